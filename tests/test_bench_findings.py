"""The fixture sets that bench/bench_findings.py scores: every row's folder and expectations exist,
and a set runs through the bench (figures are measured there, never asserted here)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

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
