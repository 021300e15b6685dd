"""A statement is news when its occasion is told: who spoke, where and on which day
(compare/statements.py); attribution ("officials said") never is."""

from __future__ import annotations

from pathlib import Path

from crosscheck.pipeline import check


def articles(tmp_path: Path, *stories: tuple[str, str, str]) -> list[Path]:
    """Files of (name, publication date, body) in one folder."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, published, body in stories:
        (folder / f"{name}.txt").write_text(f"Report from {name}\n\nPublished: {published}\n\n{body}\n", encoding="utf-8")
    return [folder]


def statements(report):
    return [f for f in report.findings if f.subject.startswith("statement:")]


SPEECH = ("Army chief Abdel Fattah al-Burhan told troops in Omdurman on Sunday that the army would not accept "
          "any truce that left the RSF in control of cities.")


def test_a_speech_one_source_tells_is_a_single_source_claim_dated_by_its_own_day(tmp_path):
    report = check(articles(tmp_path, ("gulf", "November 4, 2025", SPEECH)))
    [finding] = statements(report)
    assert finding.kind == "single_source" and finding.documents == ["gulf"]
    assert [v.value for v in finding.values] == ["2025-11-02"]
    assert "Omdurman" in finding.summary and "Abdel Fattah al-Burhan" in finding.summary
    said = [c for c in report.claims if c.trigger is not None and c.trigger.text == "told"]
    assert [c.time.start.isoformat() for c in said] == ["2025-11-02"]


def test_a_speech_two_sources_tell_is_not_single_source(tmp_path):
    other = ("Sudan's army chief Abdel Fattah al-Burhan told soldiers in Omdurman on Sunday that there would be no "
             "truce with the paramilitary force.")
    report = check(articles(tmp_path, ("gulf", "November 4, 2025", SPEECH), ("horn", "November 5, 2025", other)))
    assert not statements(report)


def test_attribution_without_an_occasion_is_no_finding(tmp_path):
    report = check(articles(tmp_path, ("wire", "November 4, 2025",
                                       "Abdel Fattah al-Burhan said on Sunday that the army would fight on. "
                                       "The talks will resume next week, the Saudi foreign ministry said in Riyadh on Monday.")))
    assert not statements(report)
