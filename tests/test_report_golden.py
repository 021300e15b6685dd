"""Golden files of the hand-built report in every text-like format.

A change to one of them is a change users see: review the diff, then regenerate with
``CROSSCHECK_UPDATE_GOLDEN=1 pytest tests/test_report_golden.py``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from crosscheck.report import render
from report_fixtures import make_report, partial_baseline

GOLDEN = Path(__file__).resolve().parent / "golden"
CASES = {
    "report_fixture.txt": ("text", False),
    "report_fixture_baseline.txt": ("text", True),
    "report_fixture.md": ("markdown", False),
    "report_fixture.csv": ("csv", False),
    "report_fixture.json": ("json", False),
    "report_fixture.jsonl": ("jsonl", True),
    "report_fixture.github.txt": ("github", True),
}


def _matches_golden(output: str, name: str) -> None:
    """``output`` is the golden file ``name`` byte for byte (written anew with CROSSCHECK_UPDATE_GOLDEN)."""
    path = GOLDEN / name
    if os.environ.get("CROSSCHECK_UPDATE_GOLDEN"):
        path.write_text(output, encoding="utf-8", newline="")
    assert path.exists(), f"{path} is missing: run with CROSSCHECK_UPDATE_GOLDEN=1 and review it"
    assert output == path.read_bytes().decode("utf-8")


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden(name):
    fmt, with_baseline = CASES[name]
    report = make_report()
    _matches_golden(render(report, fmt, baseline=partial_baseline(report) if with_baseline else None), name)


SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.mark.parametrize(("name", "fmt"), [("seeds_report.html", "html"), ("report_fixture.html", "html")])
def test_html_golden(name, fmt, monkeypatch):
    """The HTML page of the seeds (through the pipeline, relative paths) and of the hand-built report."""
    if name.startswith("seeds"):
        from crosscheck.pipeline import check

        monkeypatch.chdir(SEEDS.parent)
        report = check(["seeds"])
    else:
        report = make_report()
    _matches_golden(render(report, fmt), name)
