"""An agreement on the date beside a contradiction on another detail (rules/compare.yaml,
``agree_on_date_despite_other_clashes``): what the sources corroborate is listed beside what
they dispute, but never a date that is itself disputed, implied or told by one source."""

from __future__ import annotations

from claim_helpers import day, extracted, figure, place
from crosscheck.compare import compare


def attack(extractor, doc_id, figure_text, value, when_text="on Sunday", when=None):
    text = f"{figure_text} soldiers were killed in an attack in northern Burkina Faso {when_text}.".replace("  ", " ")
    spans = [(figure_text, value), ("Burkina Faso", place("Burkina Faso"))]
    if when is not None:
        spans.append((when_text, when))
    return extracted(extractor, doc_id, "2025-04-15", text, spans)


def date_agreements(result):
    return [f for f in result.findings if f.kind == "agreement" and f.subject.endswith("| date")]


def test_sources_that_clash_on_the_toll_agree_on_the_date_they_both_state(extractor, rules):
    a = attack(extractor, "a", "About 30", figure(27, 33, "soldiers", "About 30"), when=day("2025-04-13"))
    b = attack(extractor, "b", "At least 60", figure(60, None, "soldiers", "At least 60"), when=day("2025-04-13"))
    result = compare([a, b], rules)
    [agreement] = date_agreements(result)
    assert {v.document: v.value for v in agreement.values} == {"a": "2025-04-13", "b": "2025-04-13"}
    assert "differ on other details" in agreement.summary
    assert [f.kind for f in result.findings if f.documents == ["a", "b"]].count("contradiction") == 1


def test_no_date_agreement_when_the_dates_clash_too(extractor, rules):
    a = attack(extractor, "a", "About 30", figure(27, 33, "soldiers", "About 30"), when=day("2025-04-13"))
    b = attack(extractor, "b", "At least 60", figure(60, None, "soldiers", "At least 60"), "on Saturday", day("2025-04-12"))
    result = compare([a, b], rules)
    assert not [f for f in result.findings if f.kind == "agreement"]


def test_no_date_agreement_when_neither_source_states_a_date(extractor, rules):
    """Two undated accounts placed by their publication date share a window, not a stated date."""
    a = attack(extractor, "a", "About 30", figure(27, 33, "soldiers", "About 30"), "")
    b = attack(extractor, "b", "At least 60", figure(60, None, "soldiers", "At least 60"), "")
    result = compare([a, b], rules)
    assert not date_agreements(result)
