"""What a finding quotes and how many it makes: the sentences that state the event, one finding
per encounter (issue 15, the seed report read by a fact-checker)."""

from __future__ import annotations

from pathlib import Path

from crosscheck.pipeline import check


def article(tmp_path: Path, published: str, *paragraphs: str) -> list[Path]:
    folder = tmp_path / "articles"
    folder.mkdir()
    body = "\n\n".join(paragraphs)
    (folder / "a.txt").write_text(f"Report\n\nPublished: {published}\n\n{body}\n", encoding="utf-8")
    return [folder]


def test_a_single_source_finding_quotes_the_sentences_that_state_the_event(tmp_path):
    """A trip that marks a pivot does not state the meeting: only the meeting's sentence is quoted."""
    report = check(article(tmp_path, "June 23, 2025",
                           "Faye's visit to Ghana and Togo marks a continuation of Senegal's pivot towards its neighbours.",
                           "Senegal's President Bassirou Diomaye Faye is expected to meet Ghana's President John Mahama on "
                           "Monday, according to the state broadcaster."))
    [finding] = [f for f in report.findings if f.kind == "single_source"]
    assert "meeting" in finding.summary
    assert [q.text.split()[:3] for q in finding.quotes] == [["Senegal's", "President", "Bassirou"]]


def test_encounters_of_one_source_that_share_nobody_are_separate_findings(tmp_path):
    report = check(article(tmp_path, "June 5, 2024",
                           "BAMAKO (Sahel Wire) - Mali's interim leader, Assimi Goita, hosted the Russian officials at the "
                           "presidential palace in Bamako on Monday.",
                           "Prior to the meeting with Goita, Deputy Defence Minister Yunus-Bek Yevkurov held talks with Malian "
                           "Defense Minister Sadio Camara, the armed forces said."))
    meetings = sorted((f.summary.split(": ")[0], sorted(q.line for q in f.quotes))
                      for f in report.findings if f.kind == "single_source" and "meeting" in f.summary)
    assert meetings == [
        ("Only one source reports the meeting involving Assimi Goita", [5]),
        ("Only one source reports the meeting involving Sadio Camara and Yunus-Bek Yevkurov", [7]),
    ]
