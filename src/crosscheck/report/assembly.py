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
  frames); never a plan into an occurrence or the reverse ("arrived on Wednesday and is due to
  meet Ruto on Friday" is two facts: what happened and what is expected).

The kept finding's fingerprint, id, kind, subject and summary do not change, so a baseline entry
for it still matches; the folded finding's claims stay "compared".

Then every finding quotes what supports its values, nothing else: a quote must show the value it
stands under, or a fact-checker reading it cannot see where the value came from.

- a finding whose values name their lines (two statements of one source: "nearly 50" on line 95,
  "more than 45" on line 99) quotes those lines of that source;
- otherwise, of one source's quotes, those whose sentence states a time, a figure or a place for
  the finding's claims are kept when there is one ("a day after ... on Wednesday" is kept, "The
  Kremlin confirmed the call" beside it is dropped); a quote holding none of the finding's claims
  (a name's spelling, a title) is not judged and stays.

The claims of a dropped quote stay in the finding: they were compared, only not quoted.
"""

from __future__ import annotations

from ..models import Claim, Finding, Quote

_SELF = ("consistent", "internal")
# The argument roles that carry a value a finding can compare: when, how many, where.
_VALUE_ROLES = frozenset({"time", "figure", "place"})


def merge_duplicates(findings: list[Finding], claims: list[Claim]) -> list[Finding]:
    """``findings`` in their order, each duplicate folded into the finding it repeats."""
    sentence_of = {claim.id: (claim.document, claim.sentence) for claim in claims}
    start_of = {claim.id: claim.start for claim in claims}
    plan_of = {claim.id: claim.modality in ("expected", "planned") for claim in claims}
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
            target = _same_sentences(index, finding, kept, candidates, removed, sentence_of, start_of, plan_of)
        if target is None:
            continue
        folded[target] = _joined(current(target), current(index))
        removed.add(index)
    by_id = {claim.id: claim for claim in claims}
    return [_quoting_values(current(index), by_id) for index in range(len(kept)) if index not in removed]


def _quoting_values(finding: Finding, claims: dict[str, Claim]) -> Finding:
    """``finding`` with, per source, only the quotes that show its values (see the module)."""
    value_lines: dict[str, set[int]] = {}
    for value in finding.values:
        if value.line is not None:
            value_lines.setdefault(value.document, set()).add(value.line)
    by_document: dict[str, list[Quote]] = {}
    for quote in finding.quotes:
        by_document.setdefault(quote.document, []).append(quote)
    own = [claims[c] for c in finding.claims if c in claims]
    kept: list[Quote] = []
    for document, quotes in by_document.items():
        lines = value_lines.get(document)
        if lines and any(q.line in lines for q in quotes):
            kept += [q for q in quotes if q.line in lines]
            continue
        shown = {id(q): _shows_value(q, own) for q in quotes}
        if any(shown.values()):
            kept += [q for q in quotes if shown[id(q)] is not False]
        else:
            kept += quotes
    if len(kept) == len(finding.quotes):
        return finding
    return finding.model_copy(update={"quotes": sorted(kept, key=lambda q: (q.document, q.start))})


def _shows_value(quote: Quote, claims: list[Claim]) -> bool | None:
    """Whether a claim of the finding inside ``quote`` states a time, figure or place in its own
    words; None when the quote holds none of the finding's claims (nothing to judge it by)."""
    inside = [c for c in claims if c.document == quote.document and quote.start <= c.start and c.end <= quote.end]
    if not inside:
        return None
    return any(argument.role in _VALUE_ROLES for c in inside for argument in c.arguments)


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
                    sentence_of: dict[str, tuple[str, int]], start_of: dict[str, int], plan_of: dict[str, bool]) -> int | None:
    """The single-source finding of the same source that quotes every sentence of ``finding`` and
    is the one to keep of the two (more claims; on a tie, the later claim in the sentence); never
    one that tells a plan when ``finding`` tells an occurrence, or the reverse (``plan_of``)."""
    sentences = {sentence_of[c] for c in finding.claims if c in sentence_of}
    if not sentences:
        return None
    for other_index in candidates:
        other = findings[other_index]
        if other_index == index or other_index in removed or other.kind != "single_source":
            continue
        if not sentences <= {sentence_of[c] for c in other.claims if c in sentence_of}:
            continue
        if _plans(finding, plan_of) != _plans(other, plan_of):
            continue  # "arrived on Wednesday and is due to meet Ruto on Friday": a plan beside what happened, two facts
        if _rank(other, start_of) > _rank(finding, start_of):
            return other_index
    return None


def _plans(finding: Finding, plan_of: dict[str, bool]) -> bool:
    """Whether a finding tells a plan or an expectation (every claim of it is one), not an occurrence."""
    return all(plan_of.get(c, False) for c in finding.claims)


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
