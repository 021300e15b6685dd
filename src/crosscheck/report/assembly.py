"""The findings of a report, one per event and fact: duplicates that compare files apart merged.

Compare judges each event on its own, so one source's statement can surface twice: an attack
whose two figures agree is both "consistent within one source" and "single-source"; a sentence
that tells two things ("Niger announced that its leader had met the delegation") gives a
single-source finding for each. An editor reads such a pair as one fact reported twice. Here:

- a single-source finding that shares a claim with a ``consistent`` or ``internal`` finding of
  the same source is the same event: its claims and quotes join that finding, which keeps its
  heading (what the source says about itself is the more specific finding);
- a single-source finding whose claims all lie in sentences another single-source finding of
  the same source quotes adds nothing but a second heading: it joins that finding (the one with
  more claims, then the one told later in the sentence, which is what "announced that ..."
  frames).

The kept finding's fingerprint, id, kind, subject and summary do not change, so a baseline entry
for it still matches; the folded finding's claims stay "compared".
"""

from __future__ import annotations

from ..models import Claim, Finding

_SELF = ("consistent", "internal")


def merge_duplicates(findings: list[Finding], claims: list[Claim]) -> list[Finding]:
    """``findings`` in their order, each duplicate folded into the finding it repeats."""
    sentence_of = {claim.id: (claim.document, claim.sentence) for claim in claims}
    start_of = {claim.id: claim.start for claim in claims}
    kept = list(findings)
    folded: dict[int, Finding] = {}  # index in kept -> finding grown by what was folded into it
    removed: set[int] = set()
    # Findings of the same sources, in order: a duplicate is only looked for among them
    # (a scan of every finding per finding grew with the square of the corpus).
    same_sources: dict[frozenset[str], list[int]] = {}
    for index, finding in enumerate(kept):
        same_sources.setdefault(frozenset(finding.documents), []).append(index)

    def current(index: int) -> Finding:
        return folded.get(index, kept[index])

    for index, finding in enumerate(kept):
        if finding.kind != "single_source":
            continue
        candidates = same_sources[frozenset(finding.documents)]
        target = _same_event(index, finding, kept, candidates)
        if target is None:
            target = _same_sentences(index, finding, kept, candidates, removed, sentence_of, start_of)
        if target is None:
            continue
        folded[target] = _joined(current(target), current(index))
        removed.add(index)
    return [current(index) for index in range(len(kept)) if index not in removed]


def _same_event(index: int, finding: Finding, findings: list[Finding], candidates: list[int]) -> int | None:
    """The consistent or internal finding of the same lone source sharing a claim with ``finding``
    (``candidates``: the indices of the findings of the same sources, in order)."""
    claims = set(finding.claims)
    for other_index in candidates:
        other = findings[other_index]
        if other_index != index and other.kind in _SELF and claims & set(other.claims):
            return other_index
    return None


def _same_sentences(index: int, finding: Finding, findings: list[Finding], candidates: list[int], removed: set[int],
                    sentence_of: dict[str, tuple[str, int]], start_of: dict[str, int]) -> int | None:
    """The single-source finding of the same source that quotes every sentence of ``finding`` and
    is the one to keep of the two (more claims; on a tie, the later claim in the sentence)."""
    sentences = {sentence_of[c] for c in finding.claims if c in sentence_of}
    if not sentences:
        return None
    for other_index in candidates:
        other = findings[other_index]
        if other_index == index or other_index in removed or other.kind != "single_source":
            continue
        if not sentences <= {sentence_of[c] for c in other.claims if c in sentence_of}:
            continue
        if _rank(other, start_of) > _rank(finding, start_of):
            return other_index
    return None


def _rank(finding: Finding, start_of: dict[str, int]) -> tuple[int, int, str]:
    return (len(finding.claims), max((start_of.get(c, 0) for c in finding.claims), default=0), finding.fingerprint)


def _joined(kept: Finding, folded: Finding) -> Finding:
    """``kept`` with the claims, documents and quotes of ``folded`` added (no quote twice)."""
    quotes = {(q.document, q.start, q.end): q for q in kept.quotes + folded.quotes}
    return kept.model_copy(update={
        "claims": sorted(set(kept.claims) | set(folded.claims)),
        "documents": sorted(set(kept.documents) | set(folded.documents)),
        "quotes": sorted(quotes.values(), key=lambda q: (q.document, q.start)),
    })
