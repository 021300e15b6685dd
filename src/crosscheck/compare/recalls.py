"""Two sources recalling one older event: an agreement on it, never with the story's new event.

A story often recalls an earlier occurrence of its event ("In October 2020, about 50 miners were
killed when three gold pits collapsed near Kamituga"; "En 2021, une épidémie ... avait fait 153
morts"). The recall names no one more often than not, so the grouping by participants
(:mod:`.events`, :mod:`.open_events`) leaves each source's recall alone, a single-source claim of
that source; or the country-based grouping joins them on their country and month alone, an
agreement too coarse to report (``news.reported`` drops it: two collapses in one country and
month may be two). Two such recalls from independent sources, each a single-source claim or a
part of such a dropped agreement, join as one agreement when they tell

* one event class: the class of their event words in the event-class tables ("were killed" and
  "avaient péri" are both dying), whatever kind the grouping filed them under;
* at one time no finer than a month and no coarser than a year, the same in both ("2020-10",
  "2021"), that ended more than ``background_gap_days`` before each article's publication: a
  recall, never the story's new event;
* at one place: a place below the country that both name ("near Kamituga"), or one country and
  figures of one measure that overlap ("153 morts", "more than 150 people"): a year and a
  country alone are too coarse to tell one death from another (issue 15, item 6);

each with something to check, a figure or a named person or organisation ("a previous round of
talks in Jeddah in May 2023" is a recall with nothing to check, as ``news.telling_recalls``
reads it); and give no figures of one measure that clash (sources that disagree on an old toll are left as
they were). Each recall joins at most one agreement: the other recalls of its class and time that
it meets, transitively, from sources other than its own.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from ..models import EntityValue, ExtractedDocument, Finding, QuantityValue
from .judgement import figures_overlap
from .labels import make_finding, place_title
from .resemblance import participant_key

_RECALL_GRANULARITIES = ("month", "quarter", "season", "year")


@dataclass(frozen=True)
class _Recall:
    """One source's account of an older event: a single-source finding, or its part of a dropped
    agreement (its claims, values and quotes)."""

    finding: Finding | None  # the single-source finding it replaces, None for a part of a dropped agreement
    claims: tuple[str, ...]
    values: dict[str, str]
    quotes: tuple
    source: str
    classes: frozenset[str]
    when: str  # the time label both must share: "2020-10", "2021"
    places: dict[str, str]  # the places below the country it names: entity -> canonical name
    countries: frozenset[str]
    figures: tuple[QuantityValue, ...]


def join_recalls(findings: list[Finding], docs: list[ExtractedDocument], source_of: dict[str, str], tables: dict,
                 gap_days: int, dropped: list[Finding] = ()) -> list[Finding]:
    """``findings`` with the single-source recalls of one older event that independent sources
    tell (see the module docstring) replaced by one agreement each; ``dropped``: the agreements of
    recalls alone that ``news.reported`` left out, read source by source; ``tables``: the
    event-class tables by language (``extract.lexicon``)."""
    singles = [f for f in findings if f.kind == "single_source"]
    if len(singles) + len(dropped) < 2:
        return findings
    wanted = {i for f in [*singles, *dropped] for i in f.claims}
    claims = {c.id: (ed, c) for ed in docs for c in ed.claims if c.id in wanted}
    parts = [(f, f.claims, f.values, f.quotes) for f in singles]
    for f in dropped:
        by_source: dict[str, list[str]] = defaultdict(list)
        for claim_id in f.claims:
            if claim_id in claims:
                document = claims[claim_id][0].document.id
                by_source[source_of.get(document, document)].append(claim_id)
        for ids in by_source.values():
            documents = {claims[i][0].document.id for i in ids}
            parts.append((None, ids, [v for v in f.values if v.document in documents],
                          [q for q in f.quotes if q.document in documents]))
    recalls = [r for part in parts if (r := _read(*part, claims, source_of, tables, gap_days)) is not None]
    buckets: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, r in enumerate(recalls):
        for event_class in r.classes:
            buckets[(event_class, r.when)].append(index)
    parent = list(range(len(recalls)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for members in buckets.values():
        for k, i in enumerate(members):
            for j in members[k + 1:]:
                if recalls[i].source != recalls[j].source and _one_event(recalls[i], recalls[j]):
                    parent[root(j)] = root(i)
    groups: dict[int, list[_Recall]] = defaultdict(list)
    for index, r in enumerate(recalls):
        groups[root(index)].append(r)
    joined, replaced = [], set()
    for members in groups.values():
        if len({r.source for r in members}) < 2:
            continue
        joined.append(_agreement(members))
        replaced.update(id(r.finding) for r in members if r.finding is not None)
    if not joined:
        return findings
    return [f for f in findings if id(f) not in replaced] + joined


def _read(finding: Finding | None, claim_ids, values, quotes, claims: dict, source_of: dict[str, str], tables: dict,
          gap_days: int) -> _Recall | None:
    """One source's claims as a recall, or None when they are not one: every claim dated by a
    month to a year, one and the same, more than ``gap_days`` before its article's publication."""
    whens, classes, places, countries, figures, sources, named = set(), set(), {}, set(), [], set(), False
    for claim_id in claim_ids:
        if claim_id not in claims:
            return None
        ed, claim = claims[claim_id]
        time, published = claim.time, ed.document.published
        if (time is None or time.start is None or time.invalid or time.granularity not in _RECALL_GRANULARITIES
                or published is None or (published - (time.end or time.start)).days <= gap_days):
            return None
        whens.add((time.start, time.end, time.granularity))
        classes.add(_event_class(claim, ed, tables))
        by_id = {m.id: m for m in ed.mentions if m.id in set(claim.mentions)}
        named = named or any(m.kind in ("person", "organization") for m in by_id.values())
        for m in by_id.values():
            if m.kind != "place" or not isinstance(m.value, EntityValue):
                continue
            if m.value.country:
                countries.add(m.value.country.lower())
            if participant_key(m, unknown_places=True) is not None:
                places.setdefault(m.value.entity, m.value.canonical)
        figures += claim.figures
        sources.add(source_of.get(ed.document.id, ed.document.id))
    if len(whens) != 1 or len(sources) != 1 or not (figures or named):
        return None
    start, end, granularity = whens.pop()
    return _Recall(finding, tuple(claim_ids), {v.document: v.value for v in values}, tuple(quotes), sources.pop(),
                   frozenset(classes), f"{granularity}:{start}:{end}", places, frozenset(countries), tuple(figures))


def _event_class(claim, ed: ExtractedDocument, tables: dict) -> str:
    """The class of the claim's event word in its language's table, else its kind."""
    table = tables.get(ed.document.language or "en") or tables.get("en")
    if table is not None and claim.trigger is not None:
        for word in claim.trigger.text.split():
            hit = table.lookup(word.strip(".,;:'\"()"))
            if hit is not None:
                return hit[1]
    return claim.kind


def _one_event(a: _Recall, b: _Recall) -> bool:
    """Whether two recalls of one class and time tell one event: one place, or one country and
    figures that agree; never figures that clash."""
    pairs = [(f, g) for f in a.figures for g in b.figures if _one_measure(f, g)]
    if any(not figures_overlap(f, g) for f, g in pairs):
        return False
    if a.places.keys() & b.places.keys():
        return True
    return bool(pairs) and bool(a.countries & b.countries)


def _one_measure(f: QuantityValue, g: QuantityValue) -> bool:
    """Two figures of one measure: one event of what they count (killed), else one unit."""
    if f.event or g.event:
        return f.event == g.event
    return f.unit == g.unit


def _agreement(members: list[_Recall]) -> Finding:
    members = sorted(members, key=lambda r: sorted(r.values))
    event_class = sorted(set.intersection(*(set(r.classes) for r in members)) or members[0].classes)[0]
    names = {entity: name for r in members for entity, name in sorted(r.places.items())}
    named = Counter(entity for r in members for entity in r.places)
    countries = Counter(country for r in members for country in r.countries)
    shared = sorted(entity for entity, times in named.items() if times > 1)
    # Where they agree it happened: a place two of them name, else the country they share.
    where = names[shared[0]] if shared else place_title(max(sorted(countries), key=lambda c: countries[c]))
    values = {document: value for r in members for document, value in r.values.items()}
    when = next(iter(values.values())).split(";")[0]
    quotes = [q for r in members for q in r.quotes]
    summary = (f"{len({r.source for r in members})} independent sources recall the same earlier event ({event_class}) "
               f"in {where}, {when}: " + "; ".join(f"{d}: {v}" for d, v in sorted(values.items())) + ".")
    return make_finding("agreement", f"{event_class}: {where} @ {when} | recalled", summary, values, quotes,
                        [i for r in members for i in r.claims], list(values),
                        key_values=sorted(set(values.values())))
