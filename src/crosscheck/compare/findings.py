"""Findings from events: agreement, contradiction, change, single_source and internal.

Every finding carries the values side by side (keyed by document id), every source's quote,
and a fingerprint over its kind, its normalised subject and the sorted normalised values:
never line numbers, file names, document ids or order, so a baseline survives renames,
reordering and edits elsewhere in an article.

Figures inside one article that agree with each other (two hedged casualty counts of one
attack) are reported as ``consistent``: it shows the check was made, without counting as
confirmation by a second source. ``internal`` is kept for an article that disagrees with
itself.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections import defaultdict
from datetime import date
from itertools import combinations

from ..models import EntityValue, ExtractedDocument, Finding, Mention, QuantityValue, Quote, TimeValue
from ..calendar_words import WEEKDAYS
from .events import ClaimView, Event, Interval

_CONTEXT = 40


def fingerprint(kind: str, subject: str, values: list[str]) -> str:
    normalised = [kind, " ".join(subject.lower().split())] + sorted(" ".join(v.lower().split()) for v in values)
    return hashlib.sha256("\x1f".join(normalised).encode("utf-8")).hexdigest()[:16]


def make_finding(kind: str, subject: str, summary: str, values: dict[str, str], quotes: list[Quote],
                 claims: list[str], documents: list[str], key_values: list[str] | None = None) -> Finding:
    fp = fingerprint(kind, subject, key_values if key_values is not None else list(values.values()))
    return Finding(
        id=f"F-{fp[:8]}",
        fingerprint=fp,
        kind=kind,
        subject=subject,
        summary=summary,
        documents=sorted(set(documents)),
        claims=sorted(set(claims)),
        values=dict(sorted(values.items())),
        quotes=sorted(quotes, key=lambda q: (q.document, q.start)),
    )


def quote(ed: ExtractedDocument, start: int, end: int, line: int, text: str) -> Quote:
    full = ed.document.text
    return Quote(
        document=ed.document.id,
        path=ed.document.path,
        line=line,
        start=start,
        end=end,
        text=text,
        prefix=" ".join(full[max(0, start - _CONTEXT) : start].split()),
        suffix=" ".join(full[end : end + _CONTEXT].split()),
    )


def claim_quote(view: ClaimView) -> Quote:
    c = view.claim
    return quote(view.doc, c.start, c.end, c.line, c.text)


# -- labels ----------------------------------------------------------------------------


def time_label(time: TimeValue | None) -> str:
    if time is None or time.start is None:
        return "undated"
    start, end, g = time.start, time.end, time.granularity
    if g == "day":
        label = start.isoformat()
    elif g == "month":
        label = f"{start:%Y-%m}"
    elif g == "year":
        label = f"{start:%Y}"
    elif g == "open":
        label = f"since {start:%Y}" if (start.month, start.day) == (1, 1) else f"since {start.isoformat()}"
    else:
        label = f"{start.isoformat()}..{end.isoformat() if end else ''}"
    if time.part:
        label = f"{time.part} {label}"
    if time.modality == "expected":
        label += " (expected)"
    elif time.modality == "deadline":
        label = f"by {label}"
    return label


def interval_label(view: ClaimView) -> str:
    if view.claim.time is not None and view.interval is not None and not view.interval.implied:
        return time_label(view.claim.time)
    if view.rule.state and view.published:
        return f"as of {view.published.isoformat()}"
    if view.published:
        return f"undated, reported {view.published.isoformat()}"
    return "undated"


def figure_label(q: QuantityValue) -> str:
    return " ".join(q.exact.split())


def figure_key(q: QuantityValue) -> str:
    low = "" if q.low is None else f"{q.low:g}"
    high = "" if q.high is None else f"{q.high:g}"
    return f"{low}..{high} {q.unit}"


def who(views: list[ClaimView]) -> str:
    """The people named for an encounter, or else the countries the event is about."""
    names: dict[str, str] = {}
    if any(v.rule.compare_participants for v in views):
        for v in views:
            names.update(v.names)
        named_countries = {c for v in views for e, c in v.persons.items() if not e.startswith("role:")}
        role_countries: dict[str, set[str]] = defaultdict(set)
        for v in views:
            for e, c in v.persons.items():
                if e.startswith("role:"):
                    role_countries[e].add(c)
        names = {e: n for e, n in names.items() if not (e.startswith("role:") and role_countries[e] & named_countries)}
    if names:
        return " and ".join(sorted(set(names.values())))
    core = min((v.countries for v in views), key=lambda c: (len(c), sorted(c)))
    return " and ".join(c.title() for c in sorted(core))


def event_label(views: list[ClaimView]) -> str:
    """What the event is called: its most precisely dated claim, an encounter (a call) before what
    was said in it (an agreement)."""
    main = min(views, key=lambda v: (v.interval.rank if v.interval else 9, not v.rule.compare_participants, _order(v)))
    return main.rule.label


def subject_of(event: Event) -> str:
    views = event.members
    core = min((v.countries for v in views), key=lambda c: (len(c), sorted(c)))
    finest = min(views, key=lambda v: (v.interval.rank if v.interval else 9, interval_label(v)))
    label = event_label(views) if len({v.rule.family for v in views}) == 1 and len({v.rule.event for v in views}) == 1 else views[0].rule.family
    when = "" if views[0].rule.state else f" @ {interval_label(finest)}"
    return f"{label}: {', '.join(sorted(core))}{when}"


def doc_value(views: list[ClaimView]) -> str:
    """One document's account of an event: its most precise time, its figures, its stance."""
    best = min(views, key=lambda v: (v.interval.rank if v.interval else 9, interval_label(v)))
    parts = [interval_label(best)]
    figures = sorted({figure_label(f) for v in views for f in v.figures})
    parts += figures
    if not any(v.positive for v in views):
        parts.append("denied" if any(v.claim.modality == "denied" for v in views) else "did not happen")
    elif all(v.claim.modality in ("expected", "planned") for v in views):
        parts.append(views[0].claim.modality)
    return "; ".join(parts)


# -- event findings --------------------------------------------------------------------


def _figures_overlap(a: QuantityValue, b: QuantityValue) -> bool:
    low = max(x for x in (a.low, b.low, float("-inf")) if x is not None)
    high = min(x for x in (a.high, b.high, float("inf")) if x is not None)
    return low <= high


def _comparable(a: QuantityValue, b: QuantityValue) -> bool:
    if a.unit != b.unit:
        return False
    if a.event and b.event:
        return a.event == b.event
    return (a.event or "") == (b.event or "") or a.noun == b.noun


class EventJudge:
    """Turns one event into findings."""

    def __init__(self, window_days: int, change_after_days: int, running_toll=None, date_agreement: bool = False):
        self.window_days = window_days
        self.change_after_days = change_after_days
        self.running_toll = running_toll
        self.date_agreement = date_agreement

    def _running_toll(self, event: Event) -> bool:
        """Whether the event's casualty figures are a running count: its kind says so (a disaster)
        or a source words it so ("has risen to", "now stands at")."""
        if any(v.rule.running_toll for v in event.members):
            return True
        return self.running_toll is not None and any(self.running_toll.search(v.claim.text) for v in event.members)

    def findings(self, event: Event) -> list[Finding]:
        views = event.members
        subject = subject_of(event)
        found: list[Finding] = []
        copies = _copies(event.members)
        found += [_with_copies(f, copies) if f.kind in ("contradiction", "change") else f for f in self._figures(event, subject)]
        contradictions = self._contradictions(event, subject)
        found += contradictions
        positive_sources = sorted({v.source for v in views if v.positive})
        by_doc = _by_doc(views)
        if contradictions or any(f.kind in ("contradiction", "change") for f in found):
            if self.date_agreement and not any(f.subject.endswith((" | date", " | happened")) for f in contradictions):
                found += self._date_agreement(views, subject)
            return found
        if len(positive_sources) >= 2 and not self._incompatible(views):
            values = {d: doc_value(vs) for d, vs in by_doc.items()}
            summary = f"{len(positive_sources)} independent sources agree on the {event_label(views)} involving {who(views)} ({_side_by_side(values)})."
            found.append(self._finding("agreement", subject, summary, values, views))
        elif len({v.source for v in views}) == 1 and self._reportable(event):
            values = {d: doc_value(vs) for d, vs in by_doc.items()}
            copies = f" ({len(by_doc)} copies of one story)" if len(by_doc) > 1 else ""
            summary = f"Only one source{copies} reports the {event_label(views)} involving {who(views)}: {_side_by_side(values)}."
            found.append(self._finding("single_source", subject, summary, values, views))
        return found

    def _date_agreement(self, views: list[ClaimView], subject: str) -> list[Finding]:
        """Sources that differ on the place, the figures or the people of an event may still
        agree on when it happened: an agreement on the date alone, listing the dates only."""
        dated = [v for v in views if v.positive and v.claim.modality in ("asserted", "reported")
                 and v.interval is not None and not v.interval.implied and v.interval.granularity not in ("open", "decade")]
        if len({v.source for v in dated}) < 2:
            return []
        if _clashing_values(dated, _interval_key, lambda a, b: not Interval(*a).overlaps(Interval(*b))):
            return []
        values = {d: interval_label(min(vs, key=lambda v: (v.interval.rank, _order(v)))) for d, vs in _by_doc(dated).items()}
        summary = (f"{len({v.source for v in dated})} independent sources agree on the date of the {event_label(views)} "
                   f"involving {who(views)} ({_side_by_side(values)}); they differ on other details (see the contradiction).")
        return [self._finding("agreement", subject + " | date", summary, values, dated)]

    @staticmethod
    def _incompatible(views: list[ClaimView]) -> bool:
        """Whether the sources' own dates or places for the event cannot all be true: then no
        agreement may be claimed, whatever else they share (any such clash of one kind is
        reported as a contradiction)."""
        asserted = [v for v in views if v.positive and v.claim.modality in ("asserted", "reported")]
        dated = [v for v in asserted if v.interval is not None and not v.interval.implied and v.interval.granularity == "day"]
        if _clashing_values(dated, _interval_key, lambda a, b: not Interval(*a).overlaps(Interval(*b))):
            return True
        located = [v for v in asserted if v.location is not None]
        return bool(_clashing_values(located, lambda v: v.location, lambda a, b: not _same_place(a, b)))

    @staticmethod
    def _reportable(event: Event) -> bool:
        """Every placed event except a vague claim that fits several events ("earlier this month")."""
        return not event.standalone

    @staticmethod
    def _finding(kind, subject, summary, values, views, key_values=None) -> Finding:
        return make_finding(
            kind, subject, summary, values, [claim_quote(v) for v in _one_per_sentence(views)],
            [v.claim.id for v in views], [v.claim.document for v in views], key_values,
        )

    def _contradictions(self, event: Event, subject: str) -> list[Finding]:
        copies = _copies(event.members)
        return [_with_copies(f, copies) for f in self._account_contradictions(event, subject)]

    def _account_contradictions(self, event: Event, subject: str) -> list[Finding]:
        views = _accounts(event.members)
        found = []
        positives = [v for v in views if v.positive]
        negatives = [v for v in views if not v.positive]
        # A source that tells the event and also negates part of it ("arrived ... but was unable
        # to meet X") is not denying it; only a source with nothing but negations of that kind is.
        affirming = {(v.source, v.claim.kind) for v in positives}
        denying = [n for n in negatives if (n.source, n.claim.kind) not in affirming]
        positive_sources = _sources_by(positives, lambda v: v.claim.kind)
        negative_sources = _sources_by(denying, lambda v: v.claim.kind)
        involved = sorted(
            [n for n in denying if _other_source(positive_sources.get(n.claim.kind), n.source)]
            + [p for p in positives if _other_source(negative_sources.get(p.claim.kind), p.source)],
            key=_order,
        )
        if involved:
            values = {d: doc_value(vs) for d, vs in _by_doc(involved).items()}
            summary = f"Sources disagree on whether the {event_label(views)} involving {who(views)} happened: {_side_by_side(values)}."
            found.append(self._finding("contradiction", subject + " | happened", summary, values, involved))
        dated = [
            v for v in positives
            if v.interval is not None and not v.interval.implied and v.interval.granularity == "day"
            and v.claim.modality not in ("expected", "planned")
        ]
        involved = _date_clashes(dated)
        if involved:
            values = {d: interval_label(min(vs, key=_order)) for d, vs in _by_doc(involved).items()}
            summary = f"Sources give different dates for the {event_label(views)} involving {who(views)}: {_side_by_side(values)}."
            found.append(self._finding("contradiction", subject + " | date", summary, values, involved))
        # An undated account ("signed in Mombasa") is compared too: it joined this event by its
        # kind, participants and a time that overlaps the dated accounts.
        dated_kinds = {v.claim.kind for v in positives if v.interval is not None and not v.interval.implied}
        located = [v for v in positives if v.location is not None and v.claim.modality in ("asserted", "reported")
                   and v.interval is not None and (not v.interval.implied or v.claim.kind in dated_kinds)]
        involved = _clashing_values(located, lambda v: v.location, lambda a, b: not _same_place(a, b))
        if involved:
            values = {d: min(vs, key=_order).location[0].title() for d, vs in _by_doc(involved).items()}
            summary = f"Sources place the {event_label(views)} involving {who(views)} in different places: {_side_by_side(values)}."
            found.append(self._finding("contradiction", subject + " | place", summary, values, involved))
        involved = _people_clashes([v for v in positives if v.rule.compare_participants])
        if involved:
            values = {d: ", ".join(sorted({n for v in vs for e, n in v.names.items() if not e.startswith("role:")}))
                      for d, vs in _by_doc(involved).items()}
            summary = f"Sources name different participants for the {event_label(views)} on {interval_label(involved[0])}: {_side_by_side(values)}."
            found.append(self._finding("contradiction", subject + " | participants", summary, values, involved))
        return found

    def _figures(self, event: Event, subject: str) -> list[Finding]:
        found = []
        items = [(v, f) for v in sorted(event.members, key=_order) if v.positive for f in v.figures]
        groups: dict[str, list] = defaultdict(list)
        by_doc: dict[str, list] = defaultdict(list)
        for v, f in items:
            by_doc[v.claim.document].append((v, f))
        for doc_items in by_doc.values():
            for (a, fa), (b, fb) in combinations(doc_items, 2):
                if a.claim.id == b.claim.id or not _comparable(fa, fb):
                    continue
                if not _figures_overlap(fa, fb):
                    groups["internal"].append((a, fa, b, fb))
                elif figure_label(fa).lower() != figure_label(fb).lower():
                    groups["consistent"].append((a, fa, b, fb))
        # Across sources one account per (source, figure) is enough: copies need no new comparison.
        accounts: dict[tuple, tuple] = {}
        for v, f in items:
            accounts.setdefault((v.source, figure_key(f), f.event), (v, f))
        accounts_list = list(accounts.values())
        if self._running_toll(event):
            tolls = [(v, f) for v, f in accounts_list if f.event]
            clashing = _figure_clashes([a for a in accounts_list if not a[1].event], event.members[0].rule.state,
                                       self.change_after_days)
            for group, pairs in _toll_clashes(tolls).items():
                clashing[group] += pairs
        else:
            clashing = _figure_clashes(accounts_list, event.members[0].rule.state, self.change_after_days)
        label = event_label(event.members)
        for group in ("internal", "consistent", "contradiction", "change"):
            if group in ("internal", "consistent"):
                pairs = [(v, f) for r in groups.get(group, ()) for v, f in ((r[0], r[1]), (r[2], r[3]))]
            else:
                pairs = clashing[group]
            if not pairs:
                continue
            involved = sorted({id(v): v for v, _ in pairs}.values(), key=_order)
            figures = sorted({(v.claim.document, v.claim.line, figure_label(f), figure_key(f)) for v, f in pairs})
            if group in ("internal", "consistent"):
                values = {f"{d} line {line}": text for d, line, text, _ in figures}
                doc = figures[0][0]
                word = "consistent" if group == "consistent" else "inconsistent"
                if group == "consistent":
                    summary = f"Consistent within one source: {doc} gives {' and '.join(t for _, _, t, _ in figures)} for the same {label}; the ranges overlap."
                    kind = "consistent"
                else:
                    summary = f"{doc} contradicts itself on the figures of the {label} involving {who(involved)}: {' vs '.join(t for _, _, t, _ in figures)}."
                    kind = "internal"
                found.append(self._finding(kind, f"{subject} | figures {word} within one source", summary, values, involved,
                                           [k for _, _, _, k in figures]))
            else:
                by_doc: dict[str, list[str]] = defaultdict(list)
                for d, _, text, _ in figures:
                    if text not in by_doc[d]:
                        by_doc[d].append(text)
                if group == "change":
                    values = {d: f"{'; '.join(ts)} (as of {_published(involved, d)})" for d, ts in by_doc.items()}
                    summary = f"The figure for the {label} involving {who(involved)} changed over time: {_side_by_side(values)}."
                    key_values = [f"{k} @ {_published(involved, d)}" for d, _, _, k in figures]
                else:
                    values = {d: "; ".join(ts) for d, ts in by_doc.items()}
                    summary = f"Sources give incompatible figures for the {label} involving {who(involved)}: {_side_by_side(values)}."
                    key_values = [k for _, _, _, k in figures]
                found.append(self._finding(group, f"{subject} | figures", summary, values, involved, key_values))
        return found


def _accounts(views: list[ClaimView]) -> list[ClaimView]:
    """One claim per source and distinct account (kind, stance, time, place, people): copies of one
    story and repetitions inside one article add nothing to compare."""
    seen: dict[tuple, ClaimView] = {}
    for v in sorted(views, key=_order):
        seen.setdefault((v.source,) + _account_key(v), v)
    return list(seen.values())


def _account_key(v: ClaimView) -> tuple:
    i = v.interval
    return (v.claim.kind, v.positive, v.claim.modality, (i.start, i.end, i.granularity, i.implied) if i else None,
            v.location, tuple(sorted(v.persons.items())))


def _copies(views: list[ClaimView]) -> dict[tuple, list[ClaimView]]:
    """Claims by (source, account): the copies of one story that tell one account."""
    out: dict[tuple, list[ClaimView]] = defaultdict(list)
    for v in sorted(views, key=_order):
        out[(v.source,) + _account_key(v)].append(v)
    return out


def _with_copies(finding: Finding, copies: dict[tuple, list[ClaimView]]) -> Finding:
    """A contradiction compares one account per source; the articles that are copies of a
    source's story tell the same account and are named (and quoted) with it."""
    claim_ids = set(finding.claims)
    extra = [c for members in copies.values() if any(m.claim.id in claim_ids for m in members)
             for c in members if c.claim.id not in claim_ids]
    extra = [c for c in extra if c.claim.document not in finding.documents]
    if not extra:
        return finding
    return finding.model_copy(update={
        "documents": sorted(set(finding.documents) | {c.claim.document for c in extra}),
        "claims": sorted(claim_ids | {c.claim.id for c in extra}),
        "quotes": sorted(finding.quotes + [claim_quote(c) for c in _one_per_sentence(extra)], key=lambda q: (q.document, q.start)),
    })


def _order(v: ClaimView):
    return (v.claim.document, v.claim.start, v.claim.kind, v.claim.id)


def _by_doc(views: list[ClaimView]) -> dict[str, list[ClaimView]]:
    out: dict[str, list[ClaimView]] = defaultdict(list)
    for v in sorted(views, key=_order):
        out[v.claim.document].append(v)
    return dict(sorted(out.items()))


def _one_per_sentence(views: list[ClaimView]) -> list[ClaimView]:
    seen = {}
    for v in sorted(views, key=_order):
        seen.setdefault((v.claim.document, v.claim.start), v)
    return list(seen.values())


def _side_by_side(values: dict[str, str]) -> str:
    return "; ".join(f"{d}: {v}" for d, v in values.items())


def _same_place(a: tuple[str, str], b: tuple[str, str]) -> bool:
    return a[0] == b[0] or a[0] == b[1] or b[0] == a[1]


def _days_apart(a: ClaimView, b: ClaimView) -> int:
    if a.published is None or b.published is None:
        return 0
    return abs((a.published - b.published).days)


def _published(views: list[ClaimView], doc: str) -> str:
    for v in views:
        if v.claim.document == doc and v.published:
            return v.published.isoformat()
    return "undated"


# -- clashes without comparing every pair of claims ------------------------------------------


def _sources_by(views: list[ClaimView], key) -> dict:
    """The sources of ``views`` by ``key(view)``."""
    out: dict = defaultdict(set)
    for v in views:
        out[key(v)].add(v.source)
    return out


def _other_source(sources: set[str] | None, source: str) -> bool:
    return bool(sources) and (len(sources) > 1 or source not in sources)


def _clashing_values(views: list[ClaimView], value_of, clash) -> list[ClaimView]:
    """Views whose value clashes with the value of a view from another source.

    Views are grouped by their (hashable) value first, so the pairs compared are pairs of
    distinct values, however many sources repeat each one.
    """
    by_value: dict = {}
    for v in views:
        by_value.setdefault(value_of(v), []).append(v)
    values = list(by_value)
    sources = {value: {v.source for v in members} for value, members in by_value.items()}
    involved: list[ClaimView] = []
    for value in values:
        others = set()
        for other in values:
            if other != value and clash(value, other):
                others |= sources[other]
                if len(others) > 1:
                    break
        if others:
            involved += [v for v in by_value[value] if _other_source(others, v.source)]
    return sorted(involved, key=_order)


def _people_clashes(views: list[ClaimView]) -> list[ClaimView]:
    """Views naming people of a country for the event none of whom another source's view of the
    same kind names for that country: two accounts of one encounter with different people.

    Signatures are filed by (kind, country) and by person, so for each signature only the
    signatures sharing one of its people are read, not every other signature."""
    by_value: dict[tuple, list[ClaimView]] = {}
    for v in views:
        by_value.setdefault(_people_signature(v), []).append(v)
    sources = {value: {v.source for v in members} for value, members in by_value.items()}
    groups: dict[tuple, list[tuple]] = defaultdict(list)  # (kind, country) -> signatures naming its people
    postings: dict[tuple, set[tuple]] = defaultdict(set)  # (kind, country, person) -> signatures naming them
    for value in by_value:
        kind, countries, people = value
        for country in sorted({c for _, c in people if c in countries}):
            groups[(kind, country)].append(value)
            for entity, c in people:
                if c == country:
                    postings[(kind, country, entity)].add(value)
    others: dict[tuple, set[str]] = defaultdict(set)
    for (kind, country), members in groups.items():
        for value in members:
            if len(others[value]) > 1:
                continue
            sharing = set().union(*(postings[(kind, country, e)] for e, c in value[2] if c == country))
            if len(sharing) == len(members):
                continue
            for other in members:
                if other not in sharing:
                    others[value] |= sources[other]
                    if len(others[value]) > 1:
                        break
    involved = [v for value, found in others.items() if found for v in by_value[value] if _other_source(found, v.source)]
    return sorted(involved, key=_order)


def _people_signature(v: ClaimView) -> tuple:
    """What a participants comparison reads of a view: its kind, countries and named people."""
    return (v.claim.kind, v.countries, frozenset((e, c) for e, c in v.persons.items() if not e.startswith("role:")))


class _Extremes:
    """The lowest upper bounds and highest lower bounds of a set of ranges, the best two from
    different sources each: enough to tell whether a range lies apart from one of another source."""

    __slots__ = ("highs", "lows", "inverted", "sources")

    def __init__(self) -> None:
        self.highs: list[tuple[float, str]] = []
        self.lows: list[tuple[float, str]] = []
        self.inverted: list[tuple[int, str]] = []
        self.sources: list[tuple[int, str]] = []

    @staticmethod
    def _keep(best: list, value, source: str) -> None:
        for index, (old, old_source) in enumerate(best):
            if old_source == source:
                if value < old:
                    best[index] = (value, source)
                    best.sort()
                return
        best.append((value, source))
        best.sort()
        del best[2:]

    def add(self, low, high, source: str) -> None:
        if high is not None:
            self._keep(self.highs, high, source)
        if low is not None:
            self._keep(self.lows, -low, source)
        if low is not None and high is not None and low > high:
            self._keep(self.inverted, 0, source)
        self._keep(self.sources, 0, source)

    def merge(self, other: "_Extremes") -> "_Extremes":
        merged = _Extremes()
        for mine, theirs, out in ((self.highs, other.highs, merged.highs), (self.lows, other.lows, merged.lows),
                                  (self.inverted, other.inverted, merged.inverted),
                                  (self.sources, other.sources, merged.sources)):
            for value, source in mine + theirs:
                self._keep(out, value, source)
        return merged

    def below(self, low, source: str) -> bool:
        """Whether a range of another source lies wholly below ``low``."""
        high = next((value for value, s in self.highs if s != source), None)
        return low is not None and high is not None and high < low

    def above(self, high, source: str) -> bool:
        """Whether a range of another source lies wholly above ``high``."""
        low = next((-value for value, s in self.lows if s != source), None)
        return high is not None and low is not None and low > high

    def apart(self, low, high, source: str, inverted_apart: bool) -> bool:
        """Whether a range of another source lies wholly below or above ``low``..``high``.

        With ``inverted_apart`` (figures), a range whose low exceeds its high overlaps nothing."""
        def best(entries):
            return next((value for value, s in entries if s != source), None)

        below = best(self.highs)
        if low is not None and below is not None and below < low:
            return True
        above = best(self.lows)
        if high is not None and above is not None and -above > high:
            return True
        if inverted_apart:
            if best(self.inverted) is not None:
                return True
            if low is not None and high is not None and low > high and best(self.sources) is not None:
                return True
        return False


def _date_clashes(dated: list[ClaimView]) -> list[ClaimView]:
    """Views dated apart from a view of the same kind from another source."""
    extremes: dict[str, _Extremes] = defaultdict(_Extremes)
    for v in dated:
        i = v.interval
        extremes[v.claim.kind].add(i.start.toordinal(), i.end.toordinal() if i.end else None, v.source)
    involved = []
    for v in dated:
        i = v.interval
        if extremes[v.claim.kind].apart(i.start.toordinal(), i.end.toordinal() if i.end else None, v.source, False):
            involved.append(v)
    return sorted(involved, key=_order)


def _figure_classes(f: QuantityValue) -> tuple[tuple, tuple]:
    """The class a figure is filed in, and the classes of the figures it is comparable with
    (see ``_comparable``: same unit; the same action, or no action on one side and the same noun)."""
    if f.event:
        return ("event", f.unit, f.event), (("event", f.unit, f.event), ("bare noun", f.unit, f.noun))
    return ("bare", f.unit), (("bare", f.unit), ("event noun", f.unit, f.noun))


def _figure_clashes(accounts: list[tuple], state: bool, change_after_days: int) -> dict[str, list[tuple]]:
    """Accounts (view, figure) whose range lies apart from a comparable one of another source:
    a contradiction, or for a state reported at least ``change_after_days`` apart, a change."""
    filed: dict[tuple, list[tuple]] = defaultdict(list)
    for v, f in accounts:
        own, _ = _figure_classes(f)
        filed[own].append((v, f))
        if own[0] == "event":
            filed[("event noun", f.unit, f.noun)].append((v, f))
        else:
            filed[("bare noun", f.unit, f.noun)].append((v, f))
    clashing: dict[str, list[tuple]] = {"contradiction": [], "change": []}
    if not state:
        totals = {key: _extremes(members) for key, members in filed.items()}
        for v, f in accounts:
            found = [totals[k] for k in _figure_classes(f)[1] if k in totals]
            if any(e.apart(f.low, f.high, v.source, True) for e in found):
                clashing["contradiction"].append((v, f))
        return clashing
    timelines = {key: _DatedExtremes(members, change_after_days) for key, members in filed.items()}
    for v, f in accounts:
        found = [timelines[k] for k in _figure_classes(f)[1] if k in timelines]
        for group in ("contradiction", "change"):
            if any(t.apart(v, f, group) for t in found):
                clashing[group].append((v, f))
    return clashing


def _toll_clashes(accounts: list[tuple]) -> dict[str, list[tuple]]:
    """Running tolls: a toll published later that lies above an earlier one is a change (the
    count rose); a later one below an earlier one, or two apart on the same day (or undated),
    contradict. Figures are filed by class and publication day, so no pair is compared twice."""
    filed: dict[tuple, list[tuple]] = defaultdict(list)
    for v, f in accounts:
        filed[_figure_classes(f)[0]].append((v, f))
        filed[("event noun", f.unit, f.noun)].append((v, f))
    timelines = {key: _TollTimeline(members) for key, members in filed.items()}
    clashing: dict[str, list[tuple]] = {"contradiction": [], "change": []}
    for v, f in accounts:
        verdicts = {t.verdict(v, f) for k in _figure_classes(f)[1] if (t := timelines.get(k)) is not None}
        for group in ("contradiction", "change"):
            if group in verdicts:
                clashing[group].append((v, f))
    return clashing


class _TollTimeline:
    """Toll ranges by publication day with running extremes of the days before and after each.

    Across days a hedged toll counts at its stated figure ("more than 400" as 400), so that
    "more than 400" then "more than 1,100" reads as a rise; on one day the full ranges are
    compared, so "more than 400" and "450" stay compatible."""

    def __init__(self, members: list[tuple]):
        by_day: dict[int | None, _Extremes] = defaultdict(_Extremes)
        stated: dict[int, _Extremes] = defaultdict(_Extremes)
        for v, f in members:
            day = v.published.toordinal() if v.published else None
            by_day[day].add(f.low, f.high, v.source)
            if day is not None:
                stated[day].add(*_stated(f), v.source)
        self.undated = by_day.pop(None, _Extremes())
        self.by_day = by_day
        self.order = sorted(by_day)
        self.everything = _Extremes()
        for day in self.order:
            self.everything = self.everything.merge(by_day[day])
        self.before: list[_Extremes] = []  # [i]: stated tolls of every day before order[i]
        running = _Extremes()
        for day in self.order:
            self.before.append(running)
            running = running.merge(stated[day])
        self.after: list[_Extremes] = []  # [i]: stated tolls of every day after order[i]
        running = _Extremes()
        for day in reversed(self.order):
            self.after.append(running)
            running = running.merge(stated[day])
        self.after.reverse()

    def verdict(self, v: ClaimView, f: QuantityValue) -> str | None:
        if v.published is None:
            same = self.everything.merge(self.undated)
            return "contradiction" if same.apart(f.low, f.high, v.source, True) else None
        index = bisect.bisect_left(self.order, v.published.toordinal())
        same = self.by_day[self.order[index]].merge(self.undated)
        if same.apart(f.low, f.high, v.source, True):
            return "contradiction"
        low, high = _stated(f)
        earlier, later = self.before[index], self.after[index]
        if earlier.above(high, v.source) or later.below(low, v.source):
            return "contradiction"  # a toll that fell
        if earlier.below(low, v.source) or later.above(high, v.source):
            return "change"
        return None


def _stated(f: QuantityValue) -> tuple:
    """A hedged figure's stated value as a closed range: "more than 400" -> 400..400."""
    low = f.low if f.low is not None else f.high
    high = f.high if f.high is not None else f.low
    return low, high


def _extremes(members: list[tuple]) -> _Extremes:
    out = _Extremes()
    for v, f in members:
        out.add(f.low, f.high, v.source)
    return out


class _DatedExtremes:
    """Figure ranges by publication day, to find a clash reported less than ``days`` apart (a
    contradiction) or at least that far apart (a change) without comparing every pair."""

    def __init__(self, members: list[tuple], days: int):
        self.days = days
        by_day: dict[int | None, _Extremes] = defaultdict(_Extremes)
        for v, f in members:
            by_day[v.published.toordinal() if v.published else None].add(f.low, f.high, v.source)
        self.undated = by_day.pop(None, None)
        self.by_day = by_day
        self.order = sorted(by_day)
        self.prefix: list[_Extremes] = []
        running = _Extremes()
        for day in self.order:
            running = running.merge(by_day[day])
            self.prefix.append(running)
        self.suffix: list[_Extremes] = []
        running = _Extremes()
        for day in reversed(self.order):
            running = running.merge(by_day[day])
            self.suffix.append(running)
        self.suffix.reverse()
        self.everything = self.prefix[-1] if self.prefix else _Extremes()

    def apart(self, v: ClaimView, f: QuantityValue, group: str) -> bool:
        """Whether a clashing range of another source was published within (``contradiction``)
        or beyond (``change``) the window; an undated side counts as zero days apart."""
        def clash(extremes: _Extremes | None) -> bool:
            return extremes is not None and extremes.apart(f.low, f.high, v.source, True)

        zero_is_change = 0 >= self.days
        if v.published is None:
            if (group == "change") == zero_is_change:
                return clash(self.everything) or clash(self.undated)
            return False
        if clash(self.undated) and (group == "change") == zero_is_change:
            return True
        day = v.published.toordinal()
        if group == "contradiction":
            if self.days <= 0:
                return False
            if self.days > len(self.order):
                low = bisect.bisect_right(self.order, day - self.days)
                high = bisect.bisect_left(self.order, day + self.days)
                return any(clash(self.by_day[d]) for d in self.order[low:high])
            return any(clash(self.by_day.get(d)) for d in range(day - self.days + 1, day + self.days))
        before = bisect.bisect_right(self.order, day - self.days)
        after = bisect.bisect_left(self.order, day + self.days)
        return (before > 0 and clash(self.prefix[before - 1])) or (after < len(self.order) and clash(self.suffix[after]))


# -- findings outside events -----------------------------------------------------------


def one_off_conflicts(views: list[ClaimView]) -> list[Finding]:
    """Sources that date a one-off event (the coup that ousted a given leader) differently.

    Such claims are identified by their target, not by time, so "in August 2023" and "in
    September 2023" for the ousting of one president conflict even though coarse times that do
    not overlap otherwise mean two events. Day-precise dates a few days apart are already
    compared inside their event.
    """
    by_target: dict[tuple[str, str], list[ClaimView]] = defaultdict(list)
    for v in views:
        i = v.interval
        if (v.rule.one_off_days and v.target and v.positive and i is not None and not i.implied
                and v.claim.modality in ("asserted", "reported")):
            by_target[(v.claim.kind, v.target[0])].append(v)
    found = []
    for (kind, _), members in sorted(by_target.items()):
        members = sorted(members, key=_order)
        window = members[0].rule.one_off_days
        involved = _clashing_values(members, _interval_key, lambda a, b: _one_off_clash(Interval(*a), Interval(*b), window))
        if not involved:
            continue
        name = members[0].target[1]
        label = members[0].rule.label
        values = {d: interval_label(min(vs, key=_order)) for d, vs in _by_doc(involved).items()}
        summary = f"Sources give different dates for the {label} that ousted {name}: {_side_by_side(values)}."
        found.append(EventJudge._finding("contradiction", f"{label} ousting {name} | date", summary, values, involved))
    return found


def _interval_key(v: ClaimView) -> tuple:
    i = v.interval
    return (i.start, i.end, i.granularity, i.implied)


def _one_off_clash(a: Interval, b: Interval, window: int) -> bool:
    return not a.overlaps(b) and a.gap_days(b) <= window and not (a.granularity == b.granularity == "day")


_PAST_TITLE = re.compile(r"\b(?:former|ex-?|late|then|onetime|one-time)\s*$", re.IGNORECASE)


def rank_changes(docs: list[ExtractedDocument], ranks: list[str], what: str = "rank") -> list[Finding]:
    """A person's military rank (or, with ``what="title"``, office) that differs between articles
    of different dates: a change. A past title ("former president") says nothing of today's."""
    if not ranks:
        return []
    alternatives = "|".join(sorted((re.escape(r).replace(r"\-", "[- ]").replace(r"\ ", "[- ]") for r in ranks), key=len, reverse=True))
    before = re.compile(rf"\b({alternatives})\.?\s+$", re.IGNORECASE)
    whole = re.compile(rf"^({alternatives})$", re.IGNORECASE)
    canonical = {_rank_norm(r): r for r in ranks}
    seen: dict[str, list[tuple[date, str, ExtractedDocument, Mention]]] = defaultdict(list)
    names: dict[str, str] = {}
    for ed in docs:
        if ed.document.published is None:
            continue
        for m in ed.mentions:
            if m.kind != "person" or not isinstance(m.value, EntityValue):
                continue
            title = (m.value.title or "").strip()
            window = ed.document.text[max(0, m.start - 60) : m.start]
            found = before.search(window) or whole.match(title)
            if not found or (found.re is before and _PAST_TITLE.search(window[: found.start()])):
                continue
            rank = canonical.get(_rank_norm(found.group(1)), found.group(1).title())
            seen[m.value.entity].append((ed.document.published, rank, ed, m))
            names.setdefault(m.value.entity, m.value.canonical)
    findings = []
    for entity, rows in sorted(seen.items()):
        rows.sort(key=lambda r: (r[0], r[2].document.id, r[3].start))
        per_doc: dict[str, tuple[date, str, ExtractedDocument, Mention]] = {}
        for row in rows:
            per_doc.setdefault(row[2].document.id, row)
        dated_ranks = {(r[0], r[1]) for r in per_doc.values()}
        if len({r for _, r in dated_ranks}) < 2 or len({d for d, _ in dated_ranks}) < 2:
            continue
        ordered = sorted(per_doc.values(), key=lambda r: (r[0], r[2].document.id))
        values = {r[2].document.id: f"{r[1]} (as of {r[0].isoformat()})" for r in ordered}
        steps = " -> ".join(dict.fromkeys(f"{r[1]} ({r[0].isoformat()})" for r in ordered))
        name = names[entity]
        quotes = [_sentence_quote(r[2], r[3]) for r in ordered]
        findings.append(make_finding(
            "change", f"{what} of {name}", f"{name}'s {what} changed over time: {steps}. Not a contradiction.",
            values, quotes, [], list(values), [f"{r[1]} @ {r[0].isoformat()}" for r in ordered],
        ))
    return findings


def _rank_norm(rank: str) -> str:
    return " ".join(rank.lower().replace("-", " ").split())


def _sentence_quote(ed: ExtractedDocument, m: Mention) -> Quote:
    for s in ed.sentences:
        if s.start <= m.start < s.end:
            return quote(ed, s.start, s.end, s.line, s.text)
    return quote(ed, m.start, m.end, m.line, m.text)


_WEEKDAY_WORD = re.compile(r"\b(" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\b\.?", re.IGNORECASE)
_WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def weekday_mismatches(docs: list[ExtractedDocument]) -> list[Finding]:
    """A weekday written next to an explicit date that falls on another day: the article disagrees with itself."""
    findings = []
    for ed in docs:
        for m in ed.mentions:
            if m.kind != "time" or not isinstance(m.value, TimeValue):
                continue
            value = m.value
            said = _WEEKDAY_WORD.search(m.text)
            if not said or value.granularity != "day" or not re.search(r"\d", m.text):
                continue
            written = _WEEKDAY_NAMES[WEEKDAYS[said.group(1).lower()]]
            if value.start is not None and value.start.weekday() == WEEKDAYS[said.group(1).lower()] and not value.invalid:
                continue
            if value.start is not None:
                actual = _WEEKDAY_NAMES[value.start.weekday()]
                problem = f"{value.start.isoformat()} is a {actual}, not a {written}"
            else:
                problem = value.invalid or "the weekday does not match the date"
            said_text = " ".join(m.text.split())
            summary = f"{ed.document.id} writes \"{said_text}\": {problem}."
            findings.append(make_finding(
                "internal", f"weekday of {said_text.lower()}", summary, {ed.document.id: f"{said_text} ({problem})"},
                [_sentence_quote(ed, m)], [], [ed.document.id], [problem],
            ))
    return findings


def unify(findings: list[Finding]) -> list[Finding]:
    """One finding per fingerprint, sorted by kind then subject."""
    order = {"contradiction": 0, "internal": 1, "change": 2, "variant": 3, "agreement": 4, "consistent": 5, "single_source": 6}
    unique: dict[str, Finding] = {}
    for f in findings:
        unique.setdefault(f.fingerprint, f)
    return sorted(unique.values(), key=lambda f: (order.get(f.kind, 9), f.subject, f.fingerprint))


