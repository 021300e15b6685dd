"""A run over inputs that a cached run already read writes that run's report again: no file is
extracted, nothing compared, the same bytes and warnings; any change to a file, the format or
the options asks for a real run, and gated runs always run."""

from __future__ import annotations

import importlib

import pytest
from click.testing import CliRunner

from crosscheck.cli import cli
from crosscheck.scale import cache as cache_module
from crosscheck.scale.cache import OutputSaver, load_output

check_command = importlib.import_module("crosscheck.cli.check")  # the module, not the command it defines


@pytest.fixture()
def runs(monkeypatch) -> list[int]:
    """One entry per run that went through the pipeline."""
    seen: list[int] = []
    original = check_command.run_check
    monkeypatch.setattr(check_command, "run_check", lambda *a, **k: seen.append(1) or original(*a, **k))
    return seen


def _check(*args: str):
    return CliRunner().invoke(cli, ["check", *args], catch_exceptions=False)


def test_an_unchanged_folder_gets_the_saved_report(articles, tmp_path, runs):
    out1, out2 = tmp_path / "one.json", tmp_path / "two.json"
    first = _check(str(articles), "-f", "json", "-o", str(out1), "--jobs", "1", "--cache-dir", str(tmp_path / "c"))
    second = _check(str(articles), "-f", "json", "-o", str(out2), "--jobs", "1", "--cache-dir", str(tmp_path / "c"))
    assert runs == [1]
    assert out1.read_bytes() == out2.read_bytes()
    assert (first.exit_code, first.stderr) == (second.exit_code, second.stderr)


def test_warnings_and_verbose_counts_are_told_again(articles, tmp_path, runs):
    (articles / "empty.txt").write_text("", encoding="utf-8")  # a warning of its own
    args = [str(articles), "-v", "--jobs", "1", "--cache-dir", str(tmp_path / "c"), "--mentions", "used"]
    first, second = _check(*args), _check(*args)
    assert runs == [1]
    assert "empty.txt" in first.stderr and " documents: " in first.stderr
    assert (first.stdout, first.stderr, first.exit_code) == (second.stdout, second.stderr, second.exit_code)


def test_a_changed_file_format_or_option_runs_again(articles, tmp_path, runs):
    cache = ["--jobs", "1", "--cache-dir", str(tmp_path / "c")]
    _check(str(articles), *cache)
    _check(str(articles), "-f", "markdown", *cache)
    _check(str(articles), "--mentions", "used", "-f", "json", *cache)
    changed = sorted(articles.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nA late paragraph.\n", encoding="utf-8")
    _check(str(articles), *cache)
    assert runs == [1, 1, 1, 1]
    _check(str(articles), *cache)
    assert runs == [1, 1, 1, 1]


def test_gated_runs_and_no_cache_always_run(articles, tmp_path, runs):
    cache = ["--jobs", "1", "--cache-dir", str(tmp_path / "c")]
    _check(str(articles), *cache)
    _check(str(articles), "--fail-on", "all", *cache)
    _check(str(articles), "--jobs", "1", "--no-cache")
    assert runs == [1, 1, 1]
    assert len(list((tmp_path / "c").glob("outputs/*"))) == 1  # only the ungated cached run saved its report


def _save(folder, key: str, pieces: list[bytes]) -> OutputSaver:
    saver = OutputSaver(folder, key, [], (1, 2, 3, 4))
    for piece in pieces:
        saver.write(piece)
    return saver


def test_a_saved_output_is_its_pieces_and_a_damaged_one_is_a_miss(tmp_path):
    _save(tmp_path, "k", [b"report ", b"text"]).commit()
    saved = load_output(tmp_path, "k")
    assert (saved.problems, saved.counts, b"".join(saved.pieces())) == ([], (1, 2, 3, 4), b"report text")
    assert saved.handle.closed
    path = next((tmp_path / "outputs").glob("k.*"))
    path.write_bytes(path.read_bytes()[:-5])
    assert load_output(tmp_path, "k") is None
    assert load_output(tmp_path, "absent") is None


def test_a_run_that_fails_to_write_its_report_saves_nothing(tmp_path):
    _save(tmp_path, "k", [b"half a rep"]).discard()
    assert load_output(tmp_path, "k") is None
    assert list((tmp_path / "outputs").iterdir()) == []


def test_a_large_saved_report_is_read_back_in_pieces(tmp_path, monkeypatch):
    """The saved report comes back a piece at a time (it can be gigabytes), not whole."""
    monkeypatch.setattr(cache_module, "_CHUNK", 64)
    data = bytes(range(256)) * 40
    _save(tmp_path, "k", [data[:5000], data[5000:]]).commit()
    pieces = list(load_output(tmp_path, "k").pieces())
    assert b"".join(pieces) == data and len(pieces) > 10 and max(map(len, pieces)) <= 64
