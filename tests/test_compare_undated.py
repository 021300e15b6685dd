"""An undated account joins a dated event through someone it names, never through its country
alone (compare/undated.py)."""

from __future__ import annotations

from pathlib import Path

from crosscheck.pipeline import check


def _articles(tmp_path: Path, *texts: str) -> list[Path]:
    folder = tmp_path / "articles"
    folder.mkdir()
    for n, body in enumerate(texts):
        (folder / f"{n}.txt").write_text(f"Report\n\nPublished: February 11, 2025\n\n{body}\n", encoding="utf-8")
    return [folder]


_MET_ON_MONDAY = ("Burkina Faso's Prime Minister Moussa Kabore travelled to Niamey on Monday, where he met Niger's "
                  "leader, General Salifou Mody, the government said.")


def test_an_undated_meeting_with_someone_else_is_not_the_dated_meeting(tmp_path):
    """Talks with the host country's prime minister, told without a day, are no account of the
    dated meeting with its leader: no contradiction on who took part, a claim one source tells."""
    report = check(_articles(tmp_path, _MET_ON_MONDAY,
                             "Burkina Faso's Prime Minister Moussa Kabore met Niger's leader, General Salifou Mody, in "
                             "Niamey on Monday.\n\nKabore also held talks with his Nigerien counterpart, Ousmane Garba, on "
                             "the security of supply convoys."))
    garba = [f for f in report.findings if "Ousmane Garba" in f.summary]
    assert garba and all(f.kind == "single_source" for f in garba)
    assert any(f.kind == "agreement" and "Salifou Mody" in f.summary for f in report.findings)


def test_an_undated_meeting_naming_one_of_its_people_is_the_dated_meeting(tmp_path):
    """Sharing a person, the undated account still joins: the two sources agree on one meeting."""
    report = check(_articles(tmp_path, _MET_ON_MONDAY,
                             "Burkina Faso's Prime Minister Moussa Kabore met Niger's leader, General Salifou Mody, to "
                             "discuss the security of supply convoys."))
    assert not any(f.kind == "single_source" and "meeting" in f.summary for f in report.findings)
