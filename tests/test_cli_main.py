"""The command line's exit codes: 0 ok, 1 new findings only, 2 usage/input/output, 3 a bug, 130 Ctrl-C.

A crash must never exit 1: CI steps written as the README suggests (`|| [ $? -eq 1 ]`) accept 1
as "new findings" and would take a crash for a result.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from crosscheck import exitcodes
from crosscheck.cli import cli, main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
CHECK_MODULE = sys.modules["crosscheck.cli.check"]


def _crash(*args, **kwargs):
    raise RuntimeError("kaboom\n::error::injected")


def test_unexpected_exception_is_one_line_and_exit_3(monkeypatch):
    monkeypatch.setattr(CHECK_MODULE, "run_check", _crash)
    monkeypatch.delenv("CROSSCHECK_DEBUG", raising=False)
    result = CliRunner().invoke(cli, [str(SEEDS)])
    assert result.exit_code == exitcodes.INTERNAL == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "internal error: RuntimeError: kaboom" in lines[0]
    assert "Traceback" not in result.stderr and "\n::" not in result.stderr


@pytest.mark.parametrize("how", ["--verbose", "CROSSCHECK_DEBUG"])
def test_traceback_only_when_asked_for(monkeypatch, how):
    monkeypatch.setattr(CHECK_MODULE, "run_check", _crash)
    args = [str(SEEDS)]
    if how == "--verbose":
        args.append("--verbose")
    else:
        monkeypatch.setenv("CROSSCHECK_DEBUG", "1")
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 3
    assert "Traceback" in result.stderr and "internal error" in result.stderr


def _run_main(script: str, *args: str) -> subprocess.Popen:
    code = textwrap.dedent(script) + "\nfrom crosscheck.cli import main\nmain()\n"
    # A shell without job control starts background jobs with SIGINT ignored, and Python keeps an
    # inherited SIG_IGN; the child gets the default disposition so the test means the same
    # wherever pytest was started.
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def test_sigint_exits_130_without_traceback():
    process = _run_main(
        """
        import sys, time
        import crosscheck.cli.check
        def slow(*args, **kwargs):
            print("ready", file=sys.stderr, flush=True)
            time.sleep(60)
        sys.modules["crosscheck.cli.check"].run_check = slow
        """,
        str(SEEDS),
    )
    assert process.stderr.readline().strip() == "ready"
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=180)
    assert process.returncode == exitcodes.INTERRUPTED == 130
    assert "Traceback" not in stderr and "interrupted" in stderr


def test_crash_outside_a_command_is_exit_3_through_main():
    process = _run_main(
        """
        import crosscheck.cli
        def broken_parse(self, ctx, args):
            raise ValueError("parser bug")
        crosscheck.cli.DefaultCommandGroup.parse_args = broken_parse
        """,
        str(SEEDS),
    )
    _, stderr = process.communicate(timeout=180)
    assert process.returncode == 3
    assert "Traceback" not in stderr and "internal error: ValueError: parser bug" in stderr


def test_usage_error_exits_2_through_main():
    process = _run_main("", str(SEEDS), "--no-such-option")
    _, stderr = process.communicate(timeout=180)
    assert process.returncode == 2 and "No such option" in stderr


def test_readme_documents_every_exit_code():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("### Exit codes"):]
    for code in ("| 0 |", "| 1 |", "| 2 |", "| 3 |", "| 130 |"):
        assert code in table, code


@pytest.fixture()
def crosscheck(capsys, monkeypatch):
    """Runs ``crosscheck ARGS`` through ``main()`` in this process: the command line's own exit
    code and one-line error handling, without a new interpreter's two CPU-seconds of imports
    (the tests above and test_cli.py's entry-point test start real processes)."""
    def run(*args: str) -> subprocess.CompletedProcess:
        monkeypatch.setattr(sys, "argv", ["crosscheck", *args])
        capsys.readouterr()
        with pytest.raises(SystemExit) as exited:
            main()
        out, err = capsys.readouterr()
        return subprocess.CompletedProcess(args, exited.value.code, out, err)
    return run


@pytest.mark.parametrize(("setup", "named"), [
    ("missing", "in: W100 no such file or folder"),
    ("empty_folder", "in: W102 folder holds no files"),
    ("binary", "x.txt: W10"),  # W103 (NUL bytes) or W104 (no text encoding fits)
    ("malformed_jsonl", "a.jsonl:2: W105 invalid JSON"),
])
def test_unreadable_input_is_one_error_line_naming_the_file_and_exit_2(tmp_path, crosscheck, setup, named):
    """What a new user meets first: one line that says which file (and line) and why, no usage
    dump, no traceback; the same through ``verify``."""
    target = tmp_path / "in"
    if setup != "missing":
        target.mkdir()
    if setup == "binary":
        (target / "x.txt").write_bytes(bytes(range(256)) * 4)
    if setup == "malformed_jsonl":
        (target / "a.jsonl").write_text('\n{"id": "b", "text": broken\n', encoding="utf-8")
    for args in ([str(target)], ["verify", "Putin met Goita", str(target)]):
        result = crosscheck(*args)
        assert result.returncode == exitcodes.USAGE
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: ")
        assert named in result.stderr and "no readable article" in result.stderr


@pytest.mark.parametrize(("args", "said"), [
    ([str(SEEDS), "--format", "xml"], "Invalid value for '-f' / '--format': 'xml'"),
    ([str(SEEDS), "--no-such-option"], "No such option"),
    ([], "Missing argument 'PATHS...'"),
    (["match", "only-one"], "give exactly two names"),
    (["verify", "a claim"], "give the PATHS"),
])
def test_usage_errors_are_one_line_with_where_help_is(crosscheck, args, said):
    result = crosscheck(*args)
    assert result.returncode == exitcodes.USAGE
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: ") and said in result.stderr
    assert result.stdout == ""
