"""Ages of people: a figure of the person ("age of man"), compared across outlets but never a
count of the event, and never a clash between two people of one story."""

from __future__ import annotations

import pytest

from crosscheck.extract.quantity_ages import is_age
from crosscheck.pipeline import check


def _write(folder, name: str, headline: str, body: str, more: str) -> None:
    (folder / name).write_text(f"{headline}\n\nPublished: July 20, 2026\n\n{body}\n\n{more}\n", encoding="utf-8")


def _age_findings(tmp_path, first: str, second: str):
    """Two outlets' stories (different enough to be two sources) with one sentence each under test."""
    folder = tmp_path / "news"
    folder.mkdir()
    _write(folder, "a.txt", "Wildfire near Athens kills one", first,
           "Firefighters backed by aircraft battled the flames through the night as gusts pushed the front to the coast.")
    _write(folder, "b.txt", "Greek wildfire near Athens: man found dead", second,
           "Residents who fled described roads jammed with cars and ash falling like snow over the town.")
    report = check([folder])
    return [f for f in report.findings if any(v.measure and v.measure.startswith("age of") for v in f.values)], report


def test_two_outlets_ages_of_one_victim_contradict(tmp_path):
    found, _ = _age_findings(tmp_path, "A 78-year-old man was found dead in his home in Kineta late on Sunday, police said.",
                             "An 87-year-old man was found dead in his house in Kineta on Sunday, officials said.")
    assert [(f.kind, sorted(f.documents)) for f in found] == [("contradiction", ["a", "b"])]


@pytest.mark.parametrize(("first", "second"), [
    # a man and a shepherd: two people, two measures
    ("A 78-year-old man was found dead in Kineta on Sunday, police said.",
     "The body of a 59-year-old shepherd was found in Kineta on Sunday, police said."),
    # one story gives two men's ages: which one the other outlet means is unknown
    ("A 23-year-old man was killed and a 40-year-old man was wounded in the attack in Kineta on Sunday.",
     "A 31-year-old man was killed in the attack in Kineta on Sunday, police said."),
])
def test_ages_of_different_people_never_clash(tmp_path, first, second):
    found, report = _age_findings(tmp_path, first, second)
    assert not [f for f in found if f.kind in ("contradiction", "internal")], [f.summary for f in found]
    assert any(is_age(q) for c in report.claims for q in c.figures)
