"""One finding per event and fact: duplicates compare files apart are merged (issue 18)."""

from __future__ import annotations

from crosscheck.models import Claim, Finding, Quote
from crosscheck.report.assembly import merge_duplicates


def claim(cid: str, sentence: int, start: int, kind: str = "attack", document: str = "a") -> Claim:
    return Claim(id=cid, document=document, kind=kind, text=f"sentence {sentence}", start=start, end=start + 10,
                 line=sentence + 1, sentence=sentence)


def finding(fid: str, kind: str, claims: list[Claim], documents: tuple[str, ...] = ("a",)) -> Finding:
    quotes = [Quote(document=c.document, path=f"{c.document}.txt", line=c.line, start=c.start, end=c.end, text=c.text)
              for c in claims]
    return Finding(id=f"F-{fid}", fingerprint=fid, kind=kind, subject=fid, summary=f"summary {fid}",
                   documents=list(documents), claims=[c.id for c in claims], quotes=quotes)


def test_a_single_source_event_with_consistent_figures_is_one_finding_under_consistent():
    first, raid, second = claim("a#c1", 0, 0), claim("a#c2", 1, 20), claim("a#c3", 2, 40)
    consistent = finding("cons", "consistent", [first, second])
    single = finding("single", "single_source", [first, raid, second])
    merged = merge_duplicates([consistent, single], [first, raid, second])
    assert [(f.fingerprint, f.kind) for f in merged] == [("cons", "consistent")]
    assert merged[0].claims == ["a#c1", "a#c2", "a#c3"]
    assert [q.start for q in merged[0].quotes] == [0, 20, 40]
    assert merged[0].summary == "summary cons"


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
