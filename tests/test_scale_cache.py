"""The incremental cache: a second run re-extracts only files whose bytes, rules or code changed."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

import crosscheck.pipeline as pipeline
from crosscheck.pipeline import RunOptions, check
from crosscheck.report import render
from crosscheck.rules import load_rules
from crosscheck.scale import cache as cache_module
from crosscheck.scale.cache import ResultCache, file_key, rules_fingerprint, run_fingerprint



@pytest.fixture()
def extracted_files(monkeypatch) -> list[str]:
    """The files the map actually extracts (not read from the cache), in order."""
    seen: list[str] = []
    original = pipeline.extract_file

    def counting(task, pack, fingerprint):
        seen.append(Path(task.path).name)
        return original(task, pack, fingerprint)

    monkeypatch.setattr(pipeline, "extract_file", counting)
    return seen


def _run(folder: Path, cache_dir: Path) -> str:
    return render(check([folder], options=RunOptions(jobs=1, cache_dir=cache_dir)), "json")


def test_second_run_reads_every_file_from_the_cache(articles, tmp_path, extracted_files):
    first = _run(articles, tmp_path / "cache")
    assert len(extracted_files) == 5
    extracted_files.clear()
    assert _run(articles, tmp_path / "cache") == first
    assert extracted_files == []
    assert first == render(check([articles]), "json")  # the cache never changes the report


def test_only_a_changed_file_is_extracted_again(articles, tmp_path, extracted_files):
    _run(articles, tmp_path / "cache")
    extracted_files.clear()
    changed = sorted(articles.glob("*.txt"))[2]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nA late paragraph added by the editor.\n", encoding="utf-8")
    cached = _run(articles, tmp_path / "cache")
    assert extracted_files == [changed.name]
    assert cached == render(check([articles]), "json")


def test_a_renamed_file_is_extracted_again(articles, tmp_path, extracted_files):
    _run(articles, tmp_path / "cache")
    extracted_files.clear()
    first = sorted(articles.glob("*.txt"))[0]
    first.rename(articles / "renamed.txt")
    _run(articles, tmp_path / "cache")
    assert extracted_files == ["renamed.txt"]


def test_changed_rules_or_code_change_every_key(tmp_path, monkeypatch):
    default = load_rules([])
    extra = tmp_path / "rules"
    extra.mkdir()
    (extra / "compare.yaml").write_text("kind: compare_settings\nrecent_days: 9\n", encoding="utf-8")
    assert rules_fingerprint(default) != rules_fingerprint(load_rules([extra]))
    assert rules_fingerprint(default) == rules_fingerprint(load_rules([]))
    before = run_fingerprint(default)
    assert file_key(before, "a.txt", "a", b"x") != file_key(run_fingerprint(load_rules([extra])), "a.txt", "a", b"x")
    monkeypatch.setattr(cache_module, "code_fingerprint", lambda: "another build")
    assert run_fingerprint(default) != before


def test_no_cache_folder_is_written_without_a_cache_dir(articles, tmp_path):
    check([articles], options=RunOptions(jobs=1, cache_dir=None))
    assert not (tmp_path / "cache").exists()


def test_a_damaged_cache_is_a_warning_and_the_run_goes_on(articles, tmp_path):
    folder = tmp_path / "cache"
    folder.mkdir()
    (folder / "results.sqlite").write_bytes(b"this is not a database" * 100)
    report = check([articles], options=RunOptions(jobs=1, cache_dir=folder))
    assert any(p.code == "W130" for p in report.problems)
    assert len(report.documents) == 5


def test_a_damaged_entry_is_a_miss(tmp_path):
    store = ResultCache(tmp_path)
    store.put_many([("good", {"a": 1})])
    store._db.execute("INSERT INTO results VALUES ('bad', x'00ff')")
    assert store.get_many(["good", "bad", "absent"]) == {"good": {"a": 1}}
    store.close()


def _run_in_child(folder: str, cache_dir: str, out: str) -> None:
    Path(out).write_text(_run(Path(folder), Path(cache_dir)), encoding="utf-8")


def test_two_concurrent_runs_share_one_cache(articles, tmp_path, extracted_files):
    context = multiprocessing.get_context("spawn")
    children = [context.Process(target=_run_in_child, args=(str(articles), str(tmp_path / "cache"), str(tmp_path / f"{i}.json")))
                for i in range(2)]
    for child in children:
        child.start()
    for child in children:
        child.join(120)
        assert child.exitcode == 0
    first, second = ((tmp_path / f"{i}.json").read_text(encoding="utf-8") for i in range(2))
    assert first == second
    assert _run(articles, tmp_path / "cache") == first
    assert extracted_files == []  # both wrote every file; a third run reads them all


def test_the_run_fingerprint_is_the_same_in_every_process():
    """Keys must not depend on the interpreter's string hashing (sets dump in hash order)."""
    import subprocess
    import sys

    code = "from crosscheck.rules import load_rules; from crosscheck.scale.cache import run_fingerprint; print(run_fingerprint(load_rules([])))"
    prints = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                             env={**__import__("os").environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(prints) == 1


def test_a_run_over_unchanged_files_compares_nothing_again(articles, tmp_path, monkeypatch):
    first = _run(articles, tmp_path / "cache")

    def no_compare(docs, rules):
        raise AssertionError("compare ran although no file changed")

    monkeypatch.setattr(pipeline, "compare", no_compare)
    assert _run(articles, tmp_path / "cache") == first


def test_a_changed_file_compares_again(articles, tmp_path, monkeypatch):
    _run(articles, tmp_path / "cache")
    changed = sorted(articles.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nA late paragraph added by the editor.\n", encoding="utf-8")
    compared = []
    original = pipeline.compare
    monkeypatch.setattr(pipeline, "compare", lambda docs, rules: compared.append(1) or original(docs, rules))
    second = _run(articles, tmp_path / "cache")
    assert compared == [1]
    assert second == render(check([articles]), "json")


def test_results_are_stored_as_they_come_a_batch_at_a_time(articles, tmp_path, monkeypatch, extracted_files):
    """The map writes its results to the cache in bounded batches while it runs, never all at once."""
    monkeypatch.setattr(pipeline, "_STORE_BATCH", 2)
    batches: list[int] = []
    original = ResultCache.put_many

    def recording(self, items):
        items = list(items)
        batches.append(len(items))
        return original(self, items)

    monkeypatch.setattr(ResultCache, "put_many", recording)
    first = _run(articles, tmp_path / "cache")
    assert batches[:3] == [2, 2, 1]  # five files: two full batches, then the rest (then the compare result)
    extracted_files.clear()
    assert _run(articles, tmp_path / "cache") == first
    assert extracted_files == []


def test_a_cache_that_fails_mid_map_is_one_warning_and_the_same_report(articles, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "_STORE_BATCH", 2)

    def failing(self, items):
        raise cache_module.CacheError("disk full")

    monkeypatch.setattr(ResultCache, "put_many", failing)
    report = check([articles], options=RunOptions(jobs=1, cache_dir=tmp_path / "cache"))
    assert [p.message for p in report.problems if p.code == "W130"] == ["disk full", "disk full"]  # the map's, the compare's
    monkeypatch.undo()
    uncached = check([articles])
    assert [r.model_dump() for r in report.claims] == [r.model_dump() for r in uncached.claims]
    assert [f.model_dump() for f in report.findings] == [f.model_dump() for f in uncached.findings]
