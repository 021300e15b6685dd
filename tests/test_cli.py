"""The command line: default command, bad input, exit codes, every command documented."""

from __future__ import annotations

import json
import shutil
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from crosscheck.cli import cli

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def run(*args: str, **kwargs):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False, **kwargs)


def test_default_command_is_check():
    plain = run(str(SEEDS), "--format", "json")
    explicit = run("check", str(SEEDS), "--format", "json")
    assert plain.exit_code == explicit.exit_code == 0
    assert plain.stdout == explicit.stdout
    assert json.loads(plain.stdout)["schema"] == "crosscheck/report-1"


def test_mixed_folder_reads_what_it_can_and_names_the_rest(tmp_path):
    folder = tmp_path / "mixed"
    shutil.copytree(SEEDS, folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    (folder / "latin1.txt").write_bytes(
        "Niamey, le 5 juin 2024. Le général a reçu la délégation russe au palais présidentiel.".encode("latin-1")
    )
    (folder / "utf16.txt").write_bytes("\ufeffThe Russian delegation arrived in Bamako on Monday, officials said.".encode("utf-16-le"))
    result = run(str(folder), "--format", "json")
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert {d["id"] for d in report["documents"]} >= {"latin1", "utf16", "000_90ca6e7b170494c8"}
    assert "empty.txt" in result.stderr and "picture.png" in result.stderr
    assert "Traceback" not in result.stderr


def test_malformed_rule_folder_exits_2_with_file_line_column(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "broken.yaml").write_text("kind: nonsense\n", encoding="utf-8")
    result = run(str(SEEDS), "--rules", str(rules))
    assert result.exit_code == 2
    assert f"{rules / 'broken.yaml'}:1:7: E206" in result.stderr


def test_every_command_has_help_with_an_example():
    for name, command in cli.commands.items():
        assert command.help and "crosscheck" in command.help, f"command {name} lacks an example in its help"
        assert run(name, "--help").exit_code == 0


def test_python_dash_m_entry_point():
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "crosscheck", "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "Examples" in result.stdout


def test_explain_marks_elided_context_only_where_the_article_goes_on(tmp_path):
    """A quote that is the whole of its article has no context either side: no "… [" before
    nothing, no "] …" after nothing."""
    (tmp_path / "a.txt").write_text("Published: March 27, 2024\n\nRussian President Vladimir Putin spoke with Mali's junta "
                                    "leader Assimi Goita by phone on Tuesday.\n", encoding="utf-8")
    [finding] = json.loads(run(str(tmp_path), "--format", "json").stdout)["findings"]
    shown = run("explain", finding["fingerprint"], str(tmp_path)).stdout
    assert "    [Russian President Vladimir Putin spoke with Mali's junta leader Assimi Goita by phone on Tuesday.]\n" in shown
    assert "… [" not in shown and "] …" not in shown
    seeds = run("explain", "830c843d", str(SEEDS)).stdout  # a quote inside its article keeps both
    assert "…with West and Central African leaders [Russian President Vladimir Putin" in seeds


def test_markdown_names_each_source_as_the_text_report_does():
    """An editor reads "LBCI", not "000_90ca6e7b170494c8", in both reports."""
    text = " ".join(run(str(SEEDS), "--format", "text").stdout.split())  # unwrapped
    markdown = run(str(SEEDS), "--format", "markdown").stdout
    findings = markdown.split("#### Findings", 1)[1].split("<details><summary>Documents", 1)[0]
    assert "000_90ca6e7b170494c8" not in findings.replace("000\\_90ca6e7b170494c8.txt", "")
    assert "(LBCI: 2024-03-26; AAN TV (2024-03-27): 2024-03-26)" in markdown
    assert "(LBCI: 2024-03-26; AAN TV (2024-03-27): 2024-03-26)" in text
    assert "| LBCI | 000\\_90ca6e7b170494c8 | 2024-03-27 |" in markdown


@pytest.mark.parametrize("names", [("", ""), ("!!!", "???"), (" ", "Putin")])
def test_match_refuses_a_name_with_no_letter_or_digit(names):
    """Two blank "names" are not one person: a usage error (exit 2), not "1.000 match"."""
    result = CliRunner().invoke(cli, ["match", *names])
    assert result.exit_code == 2 and "a name is empty" in result.stderr and not result.stdout


def test_match_pairs_names_the_line_of_an_empty_name(tmp_path):
    pairs = tmp_path / "names.csv"
    pairs.write_text("name1,name2\nTiani,Tchiani\nPutin,--\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["match", "--pairs", str(pairs)])
    assert result.exit_code == 2 and f"{pairs}:3: a name is empty" in result.stderr and not result.stdout


def unused_port() -> int:
    """A local port nothing listens on (bound by the OS, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def warm_cache(tmp_path_factory) -> Path:
    """A cache folder holding the seeds' report, written once by a local run: each test that
    needs a warm cache works on its own copy."""
    folder = tmp_path_factory.mktemp("warm") / "cache"
    warm = CliRunner().invoke(cli, ["check", str(SEEDS), "-q", "--jobs", "1", "--cache-dir", str(folder)])
    assert warm.exit_code == 0 and warm.output
    return folder


@pytest.mark.parametrize("executor", ["dask://bad", "dask://", "tcp://host:port", "tls://:8786", "spark://x",
                                      "dask://127.0.0.1:UNUSED"])
def test_a_bad_executor_exits_2_before_a_cached_report_is_written_again(tmp_path, warm_cache, executor):
    # The unreachable scheduler's port is picked at run time (a fixed id keeps xdist workers agreeing).
    executor = executor.replace("UNUSED", str(unused_port()))
    shutil.copytree(warm_cache, tmp_path / "cache")
    cache = ["--cache-dir", str(tmp_path / "cache")]
    result = CliRunner().invoke(cli, ["check", str(SEEDS), "-q", "--executor", executor, *cache])
    assert result.exit_code == 2
    assert result.output.startswith("error: ") and result.output.count("\n") == 1
    assert executor in result.output


def test_a_scheduler_that_answers_passes_the_check_and_the_cached_report_is_written_again(tmp_path):
    """The reachability probe only connects: a listening address is accepted, and a replayed
    report still needs no scheduler work."""
    cache = ["--cache-dir", str(tmp_path / "cache")]
    warm = CliRunner().invoke(cli, ["check", str(SEEDS), "-q", "--jobs", "1", *cache])
    with socket.socket() as listening:
        listening.bind(("127.0.0.1", 0))
        listening.listen()
        port = listening.getsockname()[1]
        again = CliRunner().invoke(cli, ["check", str(SEEDS), "-q", "--executor", f"dask://127.0.0.1:{port}", *cache])
    assert again.exit_code == 0 and again.output == warm.output
