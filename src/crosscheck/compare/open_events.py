"""Same event or a similar one, for claims of any event class (open vocabulary).

Two accounts report one event when they name the same kind of event (one event class:
"died", "death" and "was killed" alike), share a participant *by entity* (a person, an
organisation, or a place below the country: "Lindsay Lohan", "Betty Ford Center", "Aceh"),
and their times are compatible. A shared country is never enough ("another person's arrest in
the same country"), and neither is a shared year or decade ("a second earthquake in another
year" stays apart: its time does not overlap). An undated account is dated by its article's
publication (recent news); one with no date at all is judged by its participants alone.

Accounts are filed by (class, participant) so each claim is compared only with the accounts
that share a class and a participant with it, and grouped transitively (union-find). A group
that more than one independent source reports is an ``agreement``; statements ("said") never
make one on their own, and negated, denied or expected accounts are not reports of the event.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from ..models import EntityValue, ExtractedDocument, Finding
from .labels import make_finding, quote, time_label

_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "season": 3, "year": 4, "decade": 5, "open": 6}
_COMPARED_PER_KEY = 24  # a claim is compared with at most this many earlier accounts of one (class, participant)


@dataclass
class OpenView:
    index: int
    doc: ExtractedDocument
    claim: object
    source: str
    keys: frozenset[str]
    names: dict[str, str]
    start: date | None
    end: date | None
    granularity: str
    implied: bool


def _views(docs: list[ExtractedDocument], closed_kinds: set[str], reporting: set[str], source_of: dict[str, str],
           recent_days: int) -> list[OpenView]:
    views: list[OpenView] = []
    for ed in docs:
        by_id = {m.id: m for m in ed.mentions}
        published = ed.document.published
        for claim in ed.claims:
            if claim.kind in closed_kinds or claim.kind in reporting or claim.trigger is None:
                continue
            if claim.polarity != "positive" or claim.modality in ("denied", "expected", "planned"):
                continue
            keys, names = set(), {}
            for mention_id in claim.mentions:
                m = by_id.get(mention_id)
                if m is None or not isinstance(m.value, EntityValue):
                    continue
                value = m.value
                if m.kind == "place" and (not value.country or value.country.lower() == value.canonical.lower()):
                    continue  # a country alone does not tell one event from another
                keys.add(f"{m.kind}:{value.entity}")
                names.setdefault(value.entity, value.canonical)
            if not keys:
                continue
            time = claim.time
            if time is not None and time.start is not None and not time.invalid:
                start, end, granularity, implied = time.start, time.end, time.granularity, False
            elif published is not None:
                start, end, granularity, implied = published - min(timedelta(days=recent_days), published - date.min), published, "open", True
            else:
                start = end = None
                granularity, implied = "open", True
            views.append(OpenView(len(views), ed, claim, source_of.get(ed.document.id, ed.document.id),
                                  frozenset(keys), names, start, end, granularity, implied))
    return views


def _compatible(a: OpenView, b: OpenView) -> bool:
    """Accounts that can be one event's: neither names a person the other lacks while the other
    names one it lacks ("Putin and Goita" vs "Putin and Tiani": two calls), and their times are
    overlap; when either is undated, they must share a person or two participants."""
    persons_a = {k for k in a.keys if k.startswith("person:")}
    persons_b = {k for k in b.keys if k.startswith("person:")}
    if persons_a - persons_b and persons_b - persons_a:
        return False
    if a.start is None or b.start is None:
        # Nothing dates either account: one shared organisation or place is too little ("the
        # NBA", "Paris"); a shared person, or two shared names, make the same event likely.
        shared = a.keys & b.keys
        return len(shared) > 1 or any(k.startswith("person:") for k in shared)
    far = date.max
    return a.start <= (b.end or far) and b.start <= (a.end or far)


def open_event_groups(views: list[OpenView]) -> list[list[OpenView]]:
    """Accounts grouped into events (see module docstring), in a deterministic order."""
    parent = list(range(len(views)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    filed: dict[tuple[str, str], list[OpenView]] = defaultdict(list)
    for view in views:
        for key in sorted(view.keys):
            earlier = filed[(view.claim.kind, key)]
            for other in earlier[-_COMPARED_PER_KEY:]:
                if _compatible(view, other):
                    a, b = find(view.index), find(other.index)
                    if a != b:
                        parent[max(a, b)] = min(a, b)
            earlier.append(view)
    # Two event words of one sentence that both sources use together ("checked into rehab")
    # tell one event: their groups become one, so the event is reported once.
    sentences_of: dict[int, set[tuple[str, int]]] = defaultdict(set)
    for view in views:
        sentences_of[find(view.index)].add((view.claim.document, view.claim.sentence))
    groups_of_sentence: dict[tuple[str, int], list[int]] = defaultdict(list)
    for root, sentences in sentences_of.items():
        for sentence in sentences:
            groups_of_sentence[sentence].append(root)
    shared: dict[tuple[int, int], set[str]] = defaultdict(set)
    for (document, _), roots in groups_of_sentence.items():
        for i, a in enumerate(roots):
            for b in roots[i + 1 :]:
                shared[(min(a, b), max(a, b))].add(document)
    for (a, b), documents in sorted(shared.items()):
        if len(documents) > 1:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[OpenView]] = defaultdict(list)
    for view in views:
        groups[find(view.index)].append(view)
    return [g for _, g in sorted(groups.items())]


def open_event_findings(docs: list[ExtractedDocument], closed_kinds: set[str], reporting: set[str],
                        source_of: dict[str, str], recent_days: int) -> list[Finding]:
    """An agreement for every event of an open class that several independent sources report."""
    views = _views(docs, closed_kinds, reporting, source_of, recent_days)
    findings = []
    for group in open_event_groups(views):
        if len({v.source for v in group}) < 2:
            continue
        by_doc: dict[str, list[OpenView]] = defaultdict(list)
        for v in group:
            by_doc[v.claim.document].append(v)
        shared = defaultdict(set)
        for v in group:
            for key in v.keys:
                shared[key].add(v.source)
        common = sorted((k for k, s in shared.items() if len(s) > 1), key=lambda k: (-len(shared[k]), k))
        names = {}
        for v in group:
            names.update(v.names)
        who = " and ".join(sorted({names[k.split(":", 1)[1]] for k in common[:3]}))
        kind = " / ".join(sorted({v.claim.kind for v in group}))
        values, quotes = {}, []
        for doc_id, members in sorted(by_doc.items()):
            first = min(members, key=lambda v: (v.implied, v.claim.start))
            values[doc_id] = time_label(first.claim.time) if not first.implied else (
                f"undated, reported {first.doc.document.published.isoformat()}" if first.doc.document.published else "undated")
            c = first.claim
            quotes.append(quote(first.doc, c.start, c.end, c.line, c.text))
        sources = len({v.source for v in group})
        dated = [v for v in group if not v.implied]
        subject = f"{kind}: {who}"
        if dated:
            finest = min(dated, key=lambda v: (_RANK.get(v.granularity, 9), v.start, time_label(v.claim.time)))
            subject += f" @ {time_label(finest.claim.time)}"
        summary = f"{sources} independent sources report the same {kind} involving {who}."
        findings.append(make_finding("agreement", subject, summary, values, quotes,
                                     [v.claim.id for v in group], list(by_doc), key_values=sorted(set(values.values()))))
    return findings
