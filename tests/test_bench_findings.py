"""The fixture sets that bench/bench_findings.py scores: every row's folder and expectations exist,
and a set runs through the bench (figures are measured there, never asserted here)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_findings", ROOT / "bench" / "bench_findings.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_every_row_names_a_folder_and_its_expectations(bench):
    for _, folder, expected in bench.SETS:
        assert (bench.FIXTURES / folder).is_dir(), folder
        assert (bench.FIXTURES / expected).is_file(), expected


def test_the_second_blind_set_has_its_row_and_runs(bench, capsys):
    """articles_blind10, the held-out set of wave 10: a row of its own, scored like the others."""
    assert ("blind10", "articles_blind10", "articles_blind10_expected.yaml") in bench.SETS
    figures = bench.bench(bench.FIXTURES / "articles_blind10", bench.FIXTURES / "articles_blind10_expected.yaml")
    assert set(figures) == set(bench.KINDS)
    assert all(0.0 <= p <= 1.0 and 0.0 <= r <= 1.0 for p, r in figures.values())
    assert "near misses:" in capsys.readouterr().out


def test_the_third_blind_set_has_its_row_and_runs(bench, capsys):
    """articles_blind11, the held-out set of wave 11: a row of its own, scored like the others."""
    assert ("blind11", "articles_blind11", "articles_blind11_expected.yaml") in bench.SETS
    figures = bench.bench(bench.FIXTURES / "articles_blind11", bench.FIXTURES / "articles_blind11_expected.yaml")
    assert set(figures) == set(bench.KINDS)
    assert "near misses:" in capsys.readouterr().out


def test_the_fourth_blind_set_has_its_row_and_runs(bench, capsys):
    """articles_blind12, the held-out set of wave 12: a row of its own, scored like the others."""
    assert ("blind12", "articles_blind12", "articles_blind12_expected.yaml") in bench.SETS
    figures = bench.bench(bench.FIXTURES / "articles_blind12", bench.FIXTURES / "articles_blind12_expected.yaml")
    assert set(figures) == set(bench.KINDS)
    assert "near misses:" in capsys.readouterr().out


def test_the_fifth_blind_set_has_its_row_and_runs(bench, capsys):
    """articles_blind13, the held-out set of wave 13: a row of its own, scored like the others."""
    assert ("blind13", "articles_blind13", "articles_blind13_expected.yaml") in bench.SETS
    figures = bench.bench(bench.FIXTURES / "articles_blind13", bench.FIXTURES / "articles_blind13_expected.yaml")
    assert set(figures) == set(bench.KINDS)
    assert "near misses:" in capsys.readouterr().out


def test_the_sixth_blind_set_has_its_row(bench):
    """articles_blind14, the held-out set of wave 14: a row of its own (the runs above already show a
    blind set goes through the bench; one more run would only add to the suite's time)."""
    assert ("blind14", "articles_blind14", "articles_blind14_expected.yaml") in bench.SETS


def _document_names(folder: Path) -> set[str]:
    """File stems, and the ids of JSON Lines records: the names a finding gives its documents."""
    names = {path.stem for path in folder.iterdir() if path.suffix != ".jsonl"}
    for feed in folder.glob("*.jsonl"):
        names |= {json.loads(line)["id"] for line in feed.read_text(encoding="utf-8").splitlines() if line.strip()}
    return names


@pytest.mark.parametrize("folder,expected", [("articles_blind10", "articles_blind10_expected.yaml"),
                                             ("articles_blind11", "articles_blind11_expected.yaml"),
                                             ("articles_blind12", "articles_blind12_expected.yaml"),
                                             ("articles_blind13", "articles_blind13_expected.yaml"),
                                             ("articles_blind14", "articles_blind14_expected.yaml")])
def test_every_expectation_names_documents_of_its_set(bench, folder, expected):
    """A misspelt document name would make an expectation unmatchable: a miss no code could fix."""
    spec = yaml.safe_load((bench.FIXTURES / expected).read_text(encoding="utf-8"))
    names = _document_names(bench.FIXTURES / folder)
    for entry in spec["expected"] + spec["must_not"]:
        assert entry["kind"] in bench.KINDS, entry
        assert {str(d) for d in entry["documents"]} <= names, entry
