"""The editor's text report: sources by name, width-bound lines, consistency and coverage sections."""

from __future__ import annotations

import pytest

from crosscheck.models import FindingValue
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
