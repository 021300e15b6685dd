"""The CLI writes a JSON report piece by piece, as it is rendered: the file holds the bytes of
the whole report rendered and made safe at once, and no piece is the whole report."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from crosscheck.cli import cli, terminal
from crosscheck.pipeline import RunOptions, check
from crosscheck.report import json as json_report
from crosscheck.report import render

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
HOSTILE = "\x9b31m ##[add-mask]x\n::error::pwned"
BODY = ("The attack ##[add-mask]secret killed 40 people in Mali on Monday, officials said.\n\n"
        "::warning::x The army said on Tuesday that 45 people had died.\n")


def _pieces(monkeypatch) -> list[int]:
    """The length of every piece the CLI hands to its output (after making it safe)."""
    sizes: list[int] = []
    original = terminal._SafePieces.write
    monkeypatch.setattr(terminal._SafePieces, "write", lambda self, data: sizes.append(len(data)) or original(self, data))
    return sizes


def _written_and_whole(folder: Path, tmp_path: Path) -> tuple[Path, str]:
    """The JSON report of ``folder`` the CLI wrote to a file, and the whole report rendered and
    made safe at once, which the file must equal."""
    out = tmp_path / "report.json"
    result = CliRunner().invoke(cli, ["check", str(folder), "-f", "json", "-o", str(out), "--no-cache", "--jobs", "1"])
    assert result.exit_code == 0, result.stderr
    return out, terminal.made_safe(render(check([folder], options=RunOptions(jobs=1)), "json"), "json", False)


def test_json_file_is_written_in_pieces_with_the_bytes_of_the_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(json_report, "_CHUNK", 2)
    sizes = _pieces(monkeypatch)
    out, whole = _written_and_whole(SEEDS, tmp_path)
    assert out.read_bytes() == whole.encode("utf-8")
    assert len(sizes) > 20 and max(sizes) < len(whole) / 4


def test_pieces_are_made_safe_as_the_whole_report_would_be(tmp_path, monkeypatch):
    """Command sequences and C1 controls in article data are defused in every piece, with the
    bytes that defusing the whole report gives (a piece never ends inside a string)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.json").write_text(json.dumps({"text": f"{HOSTILE}\n\n{BODY}", "title": HOSTILE, "published": "2024-03-28"}),
                                   encoding="utf-8")
    (folder / "b.txt").write_text(BODY, encoding="utf-8")
    monkeypatch.setattr(json_report, "_CHUNK", 1)
    out, whole = _written_and_whole(folder, tmp_path)
    written = out.read_text(encoding="utf-8")
    assert written == whole
    assert "##[" not in written and "\x9b" not in written and "#\\u0023[add-mask]" in written


def test_stdout_gets_the_same_pieces(tmp_path, monkeypatch):
    monkeypatch.setattr(json_report, "_CHUNK", 3)
    out = tmp_path / "report.json"
    args = ["check", str(SEEDS), "-f", "json", "--no-cache", "--jobs", "1"]
    stdout = CliRunner().invoke(cli, args).stdout_bytes
    CliRunner().invoke(cli, [*args, "-o", str(out)])
    assert stdout == out.read_bytes()
