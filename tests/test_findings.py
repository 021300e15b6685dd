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


def test_a_lone_encounter_is_named_by_who_met_and_keeps_its_fingerprint(tmp_path):
    """The subject of a single-source encounter names its people, not only their countries
    (French held-out: "s'est entretenu avec son homologue nigérien, Ali Lamine Zeine"); its
    fingerprint reads the subject without the names, as it did before they were added, so a
    baseline written then still matches it."""
    from crosscheck.compare.labels import fingerprint

    report = check(article(tmp_path, "June 23, 2025",
                           "Senegal's President Bassirou Diomaye Faye is expected to meet Ghana's President John Mahama on "
                           "Monday, according to the state broadcaster."))
    [finding] = [f for f in report.findings if f.kind == "single_source"]
    countries, _, people = finding.subject.partition(" | ")
    assert "Bassirou Diomaye Faye" in people and "John Mahama" in people
    assert "|" not in countries and "ghana" in countries
    assert finding.fingerprint == fingerprint("single_source", countries, [v.value for v in finding.values])


# -- events named in the article's own words (not the lexicon class they are filed under) ---------


def _not_compared_lines(text: str) -> list[str]:
    """The lines of the text report's "Not compared" section, one per sentence."""
    section = text.split("Not compared (", 1)[1]
    return [line for line in section.splitlines() if line.startswith("  - ")]


def test_not_compared_names_each_event_with_the_articles_own_word(tmp_path):
    """"pitching" is filed under the class "toss" and "affiliated" under "consort": a reader sees
    "pitch" and "affiliate", words of the quoted sentence."""
    from crosscheck.report import render

    report = check(article(tmp_path, "March 27, 2024",
                           "Russia seeks to strengthen relations with African countries, pitching Moscow as a friendly "
                           "country without a colonial background in Africa.",
                           "Mali remains gripped by an insurgency that began in 2012, involving extremist groups affiliated "
                           "with Al-Qaeda."))
    classes = {c.kind for c in report.claims}
    assert {"toss", "consort"} <= classes  # the keys stay the classes
    lines = _not_compared_lines(render(report, "text", width=400))
    assert any("strengthen, pitch:" in line for line in lines)
    assert any("affiliate" in line for line in lines)
    assert not any(word in line for line in lines for word in ("toss", "consort"))


def test_a_multiword_trigger_is_named_by_the_whole_phrase(tmp_path):
    """"held talks" is "hold talks" (not "hold"), "by phone" is not "by"."""
    report = check(article(tmp_path, "March 27, 2024",
                           "Russian defense officials held talks with Malian Defense Minister Sadio Camara on Monday.",
                           "Putin spoke with Goita by phone on Wednesday."))
    predicates = {c.trigger.text: c.predicate for c in report.claims if c.trigger is not None}
    assert predicates["held talks"] == "hold talks"
    assert predicates["by phone"] == "by phone"


def test_an_open_event_agreement_names_the_event_in_the_sources_words(rehab_articles):
    """Two sources tell one stay in rehab: the finding says "rehab", the sources' own word, not
    "rehabilitate", the lexicon class, which stays in the subject, the fingerprint's key."""
    folder = rehab_articles
    report = check([folder])
    [finding] = [f for f in report.findings if f.kind == "agreement"]
    assert finding.summary == "2 independent sources report the same event (rehab) involving Lindsay Lohan."
    claims = {c.id: c for c in report.claims}
    assert finding.subject.startswith(claims[finding.claims[0]].kind + ":")


def test_an_agreement_of_two_kinds_of_account_says_what_each_source_reports(news_folder):
    """One source tells a phone call, the other only what the two leaders committed to that
    month: the agreement is on one contact, and the summary never makes the second source say
    "phone call"; two sources that both tell the call agree on the call."""
    call = ("Putin and Goita speak", "March 27, 2024",
            "Russian President Vladimir Putin discussed security cooperation with Mali's junta leader Assimi Goita "
            "by phone on Wednesday, both countries said.")
    folder = news_folder("contact", {
        "call": call,
        "commitment": ("Russian delegation in Mali", "June 5, 2024",
                       "In March, Russian President Vladimir Putin and his Malian counterpart Assimi Goita committed to "
                       "intensifying cooperation in the fight against terrorism."),
    })
    [finding] = [f for f in check([folder]).findings if f.kind == "agreement"]
    assert finding.summary == ("2 independent sources report one contact involving Assimi Goita and Vladimir Putin, in "
                               "different terms (call: phone call, 2024-03-27; commitment: agreement, 2024-03).")
    both = news_folder("calls", {"call": call, "again": ("Kremlin call", "March 28, 2024",
                                                         "Vladimir Putin spoke with Assimi Goita by phone on Wednesday, "
                                                         "the Kremlin said.")})
    [finding] = [f for f in check([both]).findings if f.kind == "agreement"]
    assert finding.summary.startswith("2 independent sources agree on the phone call involving Assimi Goita and Vladimir Putin")
