"""A new document's open-event accounts looked up among a corpus's occurrences, grouped once.

``verify`` asks, for each stated claim, which occurrence of the corpus (see ``open_events``)
the claim tells. Regrouping the whole corpus with each claim cost the corpus's grouping per
claim; here the corpus is grouped once, and a claim's accounts meet the accounts filed under
the same keys as in the grouping (:func:`open_events.filing_keys`: participants, and the rare
untyped names of a lead, so "a fire gutted the Waitrose store in Banstead" finds the articles
check joins by those names) and join the occurrences they link to by the same evidence
(:func:`open_events._evidence`) and the same union (:class:`timed_union.ConfirmedUnion`):
strongest link first, as long as the times of what they join still overlap, and never
bridging two occurrences several articles tell on one resemblance; and, as in the grouping,
two occurrences whose event words several documents (the claim among them) use in one
sentence become one ("checked into rehab"). A claim's shared participants weigh what they would if the claim were one more
article of the collection. So one claim never changes how the corpus is grouped, nor how
another claim is judged.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

from ..models import ExtractedDocument
from .open_events import _CONFIRMING_PAIRS, OpenView, _evidence, _rarity, _views, filing_keys, open_event_groups
from .resemblance import Resemblance, participant_key
from .timed_union import ConfirmedUnion

_PROTAGONISTS = 2  # as open_events: people an account naming nobody stands for
_PROTAGONIST_MENTIONS = 2


@dataclass(frozen=True)
class OpenMatch:
    """An occurrence a new document tells: its event classes, documents and claim ids (the
    new document's own included), as an open-event finding of ``check`` would list them."""

    classes: tuple[str, ...]
    documents: tuple[str, ...]
    claims: tuple[str, ...]


def _window(views: list[OpenView]) -> tuple[date | None, date | None]:
    """The time every dated account of a group allows (as the grouping narrows it on each join)."""
    start = end = None
    for v in views:
        if v.start is None:
            continue
        start = v.start if start is None else max(start, v.start)
        end = (v.end or date.max) if end is None else min(end, v.end or date.max)
    return start, end


class OpenEventIndex:
    """The corpus's open-event occurrences, built once; :meth:`lookup` places a new document."""

    def __init__(self, docs: list[ExtractedDocument], closed_kinds: set[str], reporting: set[str],
                 source_of: dict[str, str], recent_days: int, min_evidence: float):
        self.closed, self.reporting, self.recent_days, self.min_evidence = closed_kinds, reporting, recent_days, min_evidence
        self.count = len(docs)
        self.frequency: Counter = Counter()
        for ed in docs:
            self.frequency.update({k for k in (participant_key(m, unknown_places=False) for m in ed.mentions) if k is not None})
        weight, protagonists = _rarity(docs)
        self.resemblance = Resemblance(docs)
        views = _views(docs, closed_kinds, reporting, source_of, recent_days, protagonists, self.resemblance)
        self.groups = open_event_groups(views, weight, min_evidence, self.resemblance)
        self.group_of = {v.index: g for g, group in enumerate(self.groups) for v in group}
        self.windows = [_window(group) for group in self.groups]
        self.documents = [sorted({v.claim.document for v in group}) for group in self.groups]
        self.views = views
        self.filed: dict[tuple[str, str], list[OpenView]] = defaultdict(list)
        for v in views:
            for key in filing_keys(v, self.resemblance):
                for event_class in {v.event_class, v.claim.kind}:
                    self.filed[(event_class, key)].append(v)
        # (group, group) -> documents with a sentence that holds accounts of both
        sentences: dict[tuple[str, int], set[int]] = defaultdict(set)
        for g, group in enumerate(self.groups):
            for v in group:
                sentences[(v.claim.document, v.claim.sentence)].add(g)
        self.shared: dict[int, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
        for (document, _), groups in sentences.items():
            for a in groups:
                for b in groups:
                    if a != b:
                        self.shared[a][b].add(document)

    def _weights(self, ed: ExtractedDocument) -> tuple[dict[str, float], dict[str, list[tuple[str, str]]]]:
        """Rarity of the new document's participants as one more article of the collection, and
        its protagonists (see ``open_events._rarity``)."""
        counts: Counter = Counter()
        names: dict[str, str] = {}
        for m in ed.mentions:
            key = participant_key(m, unknown_places=False)
            if key is not None:
                counts[key] += 1
                names.setdefault(key, m.value.canonical)
        weight = {k: math.log((self.count + 2) / (self.frequency[k] + 1)) for k in counts}
        people = [k for k, times in counts.items() if k.startswith("person:") and times >= _PROTAGONIST_MENTIONS]
        people.sort(key=lambda k: (-counts[k] * weight[k], k))
        return weight, {ed.document.id: [(k, names[k]) for k in people[:_PROTAGONISTS]]}

    def lookup(self, ed: ExtractedDocument) -> list[OpenMatch]:
        """The occurrences the document's accounts tell, each reported by at least one other source."""
        weight, protagonists = self._weights(ed)
        resemblance = self.resemblance.with_document(ed)
        own = _views([ed], self.closed, self.reporting, {ed.document.id: ed.document.id}, self.recent_days, protagonists,
                     resemblance)
        # Nodes: the document's accounts (0..len(own)-1), then the corpus's groups (offset),
        # joined by check's rules (see ConfirmedUnion): a claim never bridges two occurrences
        # that several articles tell on one resemblance, as it would not in ``check``.
        offset = len(own)
        union = ConfirmedUnion(_CONFIRMING_PAIRS)
        find = union.find

        def node(n: int) -> int:
            if n not in union:
                if n < offset:
                    union.add(n, own[n].start, own[n].end, ed.document.id)
                else:
                    documents = self.documents[n - offset]
                    union.add(n, *self.windows[n - offset], documents[0], len(documents) > 1)
            return n

        def members(root: int) -> list[int]:
            return sorted(n for n in list(union.parent) if find(n) == root)

        links: dict[tuple[int, int], float] = {}
        for i, v in enumerate(own):
            node(i)
            for key in filing_keys(v, resemblance):
                for event_class in sorted({v.event_class, v.claim.kind}):
                    for other in self.filed.get((event_class, key), ()):
                        score = _evidence(v, other, weight, resemblance)
                        if score >= self.min_evidence:
                            links[(i, other.index)] = score
        for (i, other), _ in sorted(links.items(), key=lambda kv: (-kv[1], kv[0])):
            union.link(i, ed.document.id, node(offset + self.group_of[other]), self.views[other].claim.document)
        self._join_by_sentences(own, offset, node, find, union.join, members)
        found = []
        for root in sorted({find(i) for i in range(len(own))}):
            views = [v for n in members(root) for v in ([own[n]] if n < offset else self.groups[n - offset])]
            if len({v.source for v in views}) < 2:
                continue
            found.append(OpenMatch(classes=tuple(sorted({v.event_class for v in views})),
                                   documents=tuple(sorted({v.claim.document for v in views})),
                                   claims=tuple(sorted({v.claim.id for v in views}))))
        return found

    def _join_by_sentences(self, own, offset, node, find, join, members) -> None:
        """Two occurrences whose event words more than one document uses in one sentence are one
        (the grouping's last step), now that the document's accounts have joined the corpus's."""
        roots = sorted({find(i) for i in range(len(own))})
        touching = sorted({b for root in roots for n in members(root) if n >= offset for b in self.shared.get(n - offset, ())})

        def documents(a: int, b: int) -> set[str]:
            found: set[str] = set()
            for x in (n - offset for n in members(a) if n >= offset):
                for y in (n - offset for n in members(b) if n >= offset):
                    found |= self.shared.get(x, {}).get(y, set())
            if {own[n].claim.sentence for n in members(a) if n < offset} & {own[n].claim.sentence for n in members(b) if n < offset}:
                found.add(own[0].claim.document)
            return found

        others = [find(node(offset + g)) for g in touching]
        pairs = sorted({(min(a, b), max(a, b)) for a in roots for b in roots + others if a != b})
        for a, b in pairs:
            ra, rb = find(a), find(b)
            if ra != rb and len(documents(ra, rb)) > 1:
                join(ra, rb)
