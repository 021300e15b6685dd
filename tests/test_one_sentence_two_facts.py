"""One sentence, two facts: a lone source's sentence that tells what happened and what is planned
("arrived on Wednesday ... and is due to meet X on Friday") gives two single-source findings,
one per fact, as the report lists them (report.assembly.merge_duplicates never folds a plan into
an occurrence); a statement and what it announces stay one finding."""

from __future__ import annotations

from pathlib import Path

from crosscheck.pipeline import check


def _single_sources(tmp_path: Path, body: str, published: str = "November 6, 2025") -> list:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "lone.txt").write_text(f"Minister in Accra\n\nPublished: {published}\n\n{body}\n", encoding="utf-8")
    return [f for f in check([folder]).findings if f.kind == "single_source"]


def test_an_arrival_and_a_planned_meeting_of_one_sentence_are_two_findings(tmp_path):
    found = _single_sources(tmp_path, "Nigeria's foreign minister Yusuf Tuggar arrived in Accra on Tuesday for a "
                                      "three-day visit and is expected to meet President John Mahama on Thursday.")
    values = sorted(v.value for f in found for v in f.values)
    assert len(found) == 2
    assert values == ["2025-11-04", "2025-11-06 (expected)"]


def test_an_announcement_and_the_meeting_it_announces_stay_one_finding(tmp_path):
    """"On Monday, Ghana announced that its president had met the delegation the day before": the
    announcement frames the meeting; the editor reads one fact."""
    found = _single_sources(tmp_path, "On Tuesday, Ghana announced that President John Mahama had met a Nigerian "
                                      "delegation led by Yusuf Tuggar in Accra the day before.")
    assert len(found) == 1
