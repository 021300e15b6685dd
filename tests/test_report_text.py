"""The editor's text report: sources by name, width-bound lines, consistency and coverage sections."""

from __future__ import annotations

import pytest

from crosscheck.models import FindingValue, SourceGroup
from crosscheck.report import render
from crosscheck.report.common import not_compared, source_names
from crosscheck.report.text import DEFAULT_WIDTH
from report_fixtures import make_report


@pytest.mark.parametrize("width", [40, 60, DEFAULT_WIDTH, 132])
def test_no_line_is_wider_than_the_width(width):
    report = make_report()
    report.findings[0].summary = "word " * 80 + "https://example.org/" + "x" * 300
    text = render(report, "text", width=width)
    assert max(len(line) for line in text.splitlines()) <= width


def test_default_width_is_fixed_for_files_and_pipes():
    text = render(make_report(), "text")
    assert max(len(line) for line in text.splitlines()) <= DEFAULT_WIDTH


def test_sources_named_by_outlet_and_ids_only_where_outlets_are_shared():
    report = make_report()
    assert source_names(report) == {"a": "Harbour Times", "b": "Coast Daily", "c": "Bridge story C"}
    report.documents[1].outlet = "Harbour Times"
    names = source_names(report)
    assert names["a"] == "Harbour Times (2024-03-27)" and names["b"] == "Harbour Times (2024-03-28)"
    report.documents[1].published = report.documents[0].published
    names = source_names(report)
    assert names["a"] == "Harbour Times [a]" and names["b"] == "Harbour Times [b]"


def test_summaries_and_values_name_sources_not_ids():
    report = make_report()
    for document in report.documents:
        document.id = f"doc-{document.id}"
    for finding in report.findings:
        finding.values = [v.model_copy(update={"document": f"doc-{v.document}"}) for v in finding.values]
        finding.documents = [f"doc-{d}" for d in finding.documents]
    report.findings[0].summary = "doc-a and doc-b agree on the workforce"
    text = render(report, "text", width=200)
    assert "Harbour Times and Coast Daily agree on the workforce" in text
    assert "- Harbour Times: 36–44 person" in text


def test_not_compared_section_lists_claims_no_finding_uses():
    report = make_report()
    report.findings = [f for f in report.findings if "a#c3" not in f.claims]
    assert [claim.id for claim in not_compared(report)] == ["a#c3"]
    text = render(report, "text", width=200)
    left = not_compared(report)
    assert f"Not compared ({len(left)} of {len(report.claims)} claims matched no finding)" in text
    assert "Harbour Times, line 1, budget:" in text


def test_not_compared_kinds_are_written_as_words():
    report = make_report()
    report.findings = [f for f in report.findings if "a#c3" not in f.claims]
    (left,) = not_compared(report)
    left.kind = "phone_call"
    assert "Harbour Times, line 1, phone call:" in render(report, "text", width=200)
    assert "phone call:" in render(report, "html")


def test_agreement_inside_one_source_is_filed_as_consistent():
    report = make_report()
    agreement = report.findings[0]
    report.findings = [agreement.model_copy(update={
        "documents": ["a"], "values": [FindingValue(document="a", line=1, value="about 40"), FindingValue(document="a", line=3, value="some 45")],
        "summary": "Consistent within one source: a gives about 40 and some 45",
    })]
    text = render(report, "text", width=100)
    assert "Consistent within one source (1)" in text and "Agreements (" not in text
    assert "- Harbour Times line 1: about 40" in text


def _told_twice(report, documents=("a", "b"), sentences=(0, 5)):
    """``report`` where the budget sentence of ``a`` is also printed at ``documents[1]``'s sentence
    ``sentences[1]`` (line 9), and no finding uses either."""
    budget = next(c for c in report.claims if c.id == "a#c3")
    repeat = budget.model_copy(update={"id": f"{documents[1]}#c9", "document": documents[1], "line": 9,
                                       "sentence": sentences[1]})
    report.claims.append(repeat)
    report.findings = [f for f in report.findings if "a#c3" not in f.claims]
    return report


def test_a_sentence_the_copies_of_one_story_print_is_listed_once_with_every_place():
    """One wire story printed by two sites (a source group): "Burhan told troops ..." was listed
    once per copy; it is one statement of one source."""
    report = _told_twice(make_report())
    report.source_groups = [SourceGroup(documents=["a", "b"], reason="near-duplicate text")]
    text = render(report, "text", width=200)
    assert text.count("The council approved the budget in January.") == 1
    assert "Harbour Times, line 1 and Coast Daily, line 9, budget:" in text
    assert "counted as one source with Coast Daily: near-duplicate text" in text
    html = render(report, "html")
    assert html.count("The council approved the budget in January.”</li>") == 1
    assert '<li data-documents="a b">' in html


def test_a_sentence_one_source_prints_twice_is_listed_once():
    """A standfirst repeated in the body is one statement, not two lines of the list."""
    text = render(_told_twice(make_report(), documents=("a", "a")), "text", width=200)
    assert "Harbour Times, line 1 and line 9, budget:" in text
    assert text.count("The council approved the budget in January.") == 1


def test_the_same_sentence_in_two_independent_sources_is_listed_once_with_both_places():
    """A site's boilerplate or a statement two outlets print word for word was listed once per
    source; the list of unused sentences names it once, at its first place, with the other."""
    text = render(_told_twice(make_report()), "text", width=200)
    assert text.count("The council approved the budget in January.") == 1
    assert "Harbour Times, line 1 and Coast Daily, line 9, budget:" in text


def test_repeated_sentences_keep_the_order_of_their_first_place():
    report = _told_twice(make_report())
    later = next(c for c in report.claims if c.id == "a#c3").model_copy(update={
        "id": "b#c10", "document": "b", "line": 12, "sentence": 7, "text": "An unrelated sentence."})
    report.claims.append(later)
    text = render(report, "text", width=200)
    assert text.index("The council approved the budget in January.") < text.index("An unrelated sentence.")


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_finding_quotes_a_sentence_its_copies_print_once_with_both_places(fmt):
    report = make_report()
    report.source_groups = [SourceGroup(documents=["a", "b"], reason="near-duplicate text")]
    agreement = report.findings[0]
    copy = agreement.quotes[0].model_copy(update={"document": "b", "path": "news/coast-daily.txt", "line": 4})
    report.findings = [agreement.model_copy(update={"quotes": [agreement.quotes[0], copy]})]
    out = render(report, fmt, width=200)
    assert out.count("About 40 workers built it over two years.") == 1
    assert "harbour-times.txt:1 and news/coast-daily.txt:4" in out.replace("\\", "")


def test_a_report_without_claims_does_not_say_every_claim_was_compared():
    report = make_report()
    report.claims, report.findings = [], []
    text = render(report, "text", width=200)
    assert "No claim was read from these articles." in text and "Every claim is part of a finding" not in text
