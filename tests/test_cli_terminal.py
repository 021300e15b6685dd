"""What the command line prints and how: at a real terminal, on a broken stdout, into -o files."""

from __future__ import annotations

import gzip
import io
import re
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from crosscheck.cli import cli, terminal

from pty_helpers import run_in_pty

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CLI = [sys.executable, "-m", "crosscheck"]


def test_check_runs_in_a_pseudo_terminal():
    """At a terminal stderr is a tty, so the progress bar code runs: it must need nothing undeclared."""
    code, output = run_in_pty([*CLI, str(SEEDS)], cwd=ROOT)
    assert code == 0, output
    assert "Traceback" not in output and "ModuleNotFoundError" not in output
    assert re.search(r"crosscheck: 5 (documents|sources)", output)


@pytest.mark.parametrize("command", [["verify", "Putin spoke with Goita by phone", str(SEEDS)],
                                     ["baseline", str(SEEDS), "-o", "-"]])
def test_other_commands_run_in_a_pseudo_terminal(command):
    code, output = run_in_pty([*CLI, *command], cwd=ROOT)
    assert code in (0, 1), output
    assert "Traceback" not in output


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_draws_on_a_terminal_after_its_delay(monkeypatch):
    stream = _Terminal()
    monkeypatch.setattr(sys, "stderr", stream)
    monkeypatch.setattr(terminal, "PROGRESS_DELAY", 0.0)
    update, close = terminal.progress_bar(quiet=False)
    assert update is not None
    for done in range(1, 4):
        update(done, 3)
    close()
    assert "reading articles" in stream.getvalue() and "3/3" in stream.getvalue()


def test_progress_bar_stays_silent_off_a_terminal_or_when_quiet(monkeypatch):
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert terminal.progress_bar(quiet=False)[0] is None
    monkeypatch.setattr(sys, "stderr", _Terminal())
    assert terminal.progress_bar(quiet=True)[0] is None


def _subprocess(args, **kwargs):
    return subprocess.run([*CLI, *args], capture_output=True, cwd=ROOT, **kwargs)


def test_full_disk_on_stdout_is_a_clean_exit_2():
    with open("/dev/full", "w") as full:
        result = subprocess.run([*CLI, str(SEEDS)], stdout=full, stderr=subprocess.PIPE, cwd=ROOT, text=True)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "cannot write the report" in result.stderr
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr


def test_stdout_that_cannot_hold_the_report_is_a_clean_exit_2():
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    result = _subprocess([str(SEEDS)], env=env, text=True)
    assert result.returncode == 2 and result.stdout == ""
    assert "PYTHONIOENCODING=utf-8" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_stdout_and_output_file_are_byte_identical(tmp_path, fmt):
    folder = tmp_path / "in"
    folder.mkdir()
    for seed in SEEDS.glob("*.txt"):
        (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "esc\x1b[31mred.txt").write_bytes((SEEDS / "000_90ca6e7b170494c8.txt").read_bytes())
    env = {"NO_COLOR": "1", "FORCE_COLOR": None}
    stdout = CliRunner().invoke(cli, [str(folder), "--format", fmt], env=env).stdout_bytes
    CliRunner().invoke(cli, [str(folder), "--format", fmt, "-o", str(tmp_path / "report")], env=env)
    assert stdout == (tmp_path / "report").read_bytes()
    assert b"\x1b" not in stdout


def test_output_file_is_replaced_atomically(tmp_path, monkeypatch):
    """A write that fails half-way (disk full) leaves the previous report whole, and no temporary file."""
    report = tmp_path / "report.txt"
    report.write_text("previous report\n", encoding="utf-8")

    def disk_full(descriptor):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(terminal.os, "fsync", disk_full)
    result = CliRunner().invoke(cli, [str(SEEDS), "-o", str(report)])
    assert result.exit_code == 2 and "No space left on device" in result.stderr
    assert report.read_text(encoding="utf-8") == "previous report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.txt"]


def test_output_file_keeps_its_permissions(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("old", encoding="utf-8")
    report.chmod(0o640)
    result = CliRunner().invoke(cli, [str(SEEDS), "-o", str(report)])
    assert result.exit_code == 0
    assert report.stat().st_mode & 0o777 == 0o640 and report.read_text(encoding="utf-8").startswith("crosscheck:")


def test_output_to_a_special_file_is_written_in_place(tmp_path):
    result = _subprocess([str(SEEDS), "-o", "/dev/stdout", "--format", "json"])
    assert result.returncode == 0 and result.stdout.startswith(b"{")


def test_output_file_named_gz_is_the_report_gzip_compressed(tmp_path):
    """``-o report.json.gz`` holds stdout's bytes compressed, and two writes of one report are one file."""
    env = {"NO_COLOR": "1", "FORCE_COLOR": None}
    stdout = CliRunner().invoke(cli, [str(SEEDS), "--format", "json", "--no-cache"], env=env).stdout_bytes
    for name in ("first.json.gz", "second.json.gz"):
        result = CliRunner().invoke(cli, [str(SEEDS), "--format", "json", "--no-cache", "-o", str(tmp_path / name)], env=env)
        assert result.exit_code == 0
    compressed = (tmp_path / "first.json.gz").read_bytes()
    assert compressed[:2] == b"\x1f\x8b" and gzip.decompress(compressed) == stdout
    assert len(compressed) * 4 < len(stdout)
    assert (tmp_path / "second.json.gz").read_bytes() == compressed


def test_output_file_named_otherwise_is_not_compressed(tmp_path):
    result = CliRunner().invoke(cli, [str(SEEDS), "--format", "json", "--no-cache", "-o", str(tmp_path / "report.gzip.json")])
    assert result.exit_code == 0 and (tmp_path / "report.gzip.json").read_bytes().startswith(b"{")
