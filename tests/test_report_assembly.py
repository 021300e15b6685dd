"""One finding per event and fact: duplicates compare files apart are merged (issue 18)."""

from __future__ import annotations

import pytest

from crosscheck.models import Claim, Finding, FindingValue, Quote, TextSpan
from crosscheck.report.assembly import merge_duplicates


def claim(cid: str, sentence: int, start: int, kind: str = "attack", document: str = "a",
          roles: tuple[str, ...] = ()) -> Claim:
    """A claim of one sentence; ``roles`` are the roles of its arguments ("time", "figure", "agent")."""
    arguments = [TextSpan(start=start, end=start + 1, text="x", role=role) for role in roles]
    return Claim(id=cid, document=document, kind=kind, text=f"sentence {sentence}", start=start, end=start + 10,
                 line=sentence + 1, sentence=sentence, arguments=arguments)


def finding(fid: str, kind: str, claims: list[Claim], documents: tuple[str, ...] = ("a",),
            values: list[FindingValue] | None = None) -> Finding:
    quotes = [Quote(document=c.document, path=f"{c.document}.txt", line=c.line, start=c.start, end=c.end, text=c.text)
              for c in claims]
    return Finding(id=f"F-{fid}", fingerprint=fid, kind=kind, subject=fid, summary=f"summary {fid}",
                   documents=list(documents), claims=[c.id for c in claims], quotes=quotes, values=values or [])


def test_a_single_source_event_with_consistent_figures_is_one_finding_under_consistent():
    """The raid sentence between the two tolls (seed 003 line 97) joins the finding's claims but is
    not quoted: it shows neither figure."""
    first, raid, second = claim("a#c1", 0, 0), claim("a#c2", 1, 20), claim("a#c3", 2, 40)
    values = [FindingValue(document="a", value="nearly 50", line=1), FindingValue(document="a", value="more than 45", line=3)]
    consistent = finding("cons", "consistent", [first, second], values=values)
    single = finding("single", "single_source", [first, raid, second])
    merged = merge_duplicates([consistent, single], [first, raid, second])
    assert [(f.fingerprint, f.kind) for f in merged] == [("cons", "consistent")]
    assert merged[0].claims == ["a#c1", "a#c2", "a#c3"]
    assert [q.line for q in merged[0].quotes] == [1, 3]
    assert merged[0].summary == "summary cons"


@pytest.mark.parametrize("kind", ["agreement", "single_source", "contradiction"])
def test_a_quote_that_states_none_of_the_values_is_dropped_when_another_of_its_source_does(kind):
    """'by phone on Wednesday' is quoted, 'The Kremlin confirmed the call' beside it is not; the
    other source keeps its only quote, and both claims stay in the finding."""
    dated, confirmed = claim("a#c1", 0, 0, roles=("agent", "time")), claim("a#c2", 1, 20, roles=("agent",))
    other = claim("b#c1", 0, 0, document="b", roles=("agent",))
    merged = merge_duplicates([finding("f", kind, [dated, confirmed, other], ("a", "b"))], [dated, confirmed, other])
    assert [(q.document, q.line) for q in merged[0].quotes] == [("a", 1), ("b", 1)]
    assert merged[0].claims == ["a#c1", "a#c2", "b#c1"]


@pytest.mark.parametrize("role", ["time", "figure", "place"])
def test_every_quote_that_states_a_value_stays(role):
    first, second = claim("a#c1", 0, 0, roles=(role,)), claim("a#c2", 1, 20, roles=("time",))
    merged = merge_duplicates([finding("f", "agreement", [first, second])], [first, second])
    assert [q.line for q in merged[0].quotes] == [1, 2]


def test_a_quote_holding_none_of_the_findings_claims_is_not_judged():
    """A variant quotes a name, not a claim's sentence: its quotes stay whatever the claims say."""
    dated = claim("a#c1", 0, 0, roles=("time",))
    name = Quote(document="a", path="a.txt", line=7, start=500, end=510, text="Tchiani")
    variant = finding("v", "variant", [dated]).model_copy(update={"quotes": [name, Quote(
        document="a", path="a.txt", line=1, start=0, end=10, text="sentence 0")]})
    assert len(merge_duplicates([variant], [dated])[0].quotes) == 2


def test_an_internal_inconsistency_absorbs_the_single_source_finding_of_its_event():
    first, second = claim("a#c1", 0, 0), claim("a#c2", 1, 20)
    internal = finding("int", "internal", [first, second])
    merged = merge_duplicates([internal, finding("single", "single_source", [first, second])], [first, second])
    assert [f.kind for f in merged] == ["internal"]


def test_two_findings_from_one_sentence_of_one_source_are_one_finding():
    announced = claim("a#c1", 5, 100, kind="announcement")
    met, statement = claim("a#c2", 5, 140, kind="meeting"), claim("a#c3", 6, 300, kind="meeting")
    announcement = finding("ann", "single_source", [announced])
    meeting = finding("meet", "single_source", [met, statement])
    merged = merge_duplicates([announcement, meeting], [announced, met, statement])
    assert [f.fingerprint for f in merged] == ["meet"]
    assert merged[0].claims == ["a#c1", "a#c2", "a#c3"]
    assert len(merged[0].quotes) == 3


def test_on_a_tie_the_thing_told_later_in_the_sentence_is_kept():
    announced, met = claim("a#c1", 5, 100, kind="announcement"), claim("a#c2", 5, 140, kind="meeting")
    merged = merge_duplicates([finding("ann", "single_source", [announced]), finding("meet", "single_source", [met])],
                              [announced, met])
    assert [f.fingerprint for f in merged] == ["meet"]


def test_findings_of_different_sentences_or_sources_or_agreements_stay_apart():
    a1, a2 = claim("a#c1", 1, 0), claim("a#c2", 2, 50)
    b1 = claim("b#c1", 1, 0, document="b")
    separate = [finding("one", "single_source", [a1]), finding("two", "single_source", [a2]),
                finding("other", "single_source", [b1], documents=("b",))]
    assert [f.fingerprint for f in merge_duplicates(separate, [a1, a2, b1])] == ["one", "two", "other"]
    # two events told in one sentence and each confirmed by another source are two agreements
    agreements = [finding("x", "agreement", [a1, b1], ("a", "b")), finding("y", "agreement", [a1, b1], ("a", "b"))]
    assert [f.fingerprint for f in merge_duplicates(agreements, [a1, b1])] == ["x", "y"]


def test_the_seed_report_has_no_event_under_two_headings():
    from pathlib import Path

    from crosscheck.pipeline import check

    report = check([Path(__file__).resolve().parents[1] / "seeds"])
    by_sentence: dict[tuple, list[str]] = {}
    sentence_of = {c.id: (c.document, c.sentence) for c in report.claims}
    for f in report.findings:
        if f.kind == "single_source":
            for key in {sentence_of[c] for c in f.claims}:
                by_sentence.setdefault(key, []).append(f.id)
    assert all(len(ids) == 1 for ids in by_sentence.values())
    self_claims = {c for f in report.findings if f.kind in ("consistent", "internal") for c in f.claims}
    assert not any(self_claims & set(f.claims) for f in report.findings if f.kind == "single_source")
    assert any(f.kind == "consistent" for f in report.findings)  # F9 stays
