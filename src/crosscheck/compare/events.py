"""Events: claims of one family about the same participants and a compatible time.

A claim is identified by its *countries*: every country that takes part in it or where it
happens (a person counts for the country they lead or serve, a city for its country). Two
claims can describe one event when one country set contains the other. Times join when they
overlap at the coarser granularity ("2024-03-27" and "March 2024"); two day-precise dates of
the same kind a few days apart also join, so that the conflict can be reported. States (a
troop level) join regardless of time.

Claims are placed finest time first; a coarse claim that fits several events ("earlier this
month", "since 2020") does not glue them together: it stays on its own and is only reported
when its document says nothing else about those events. Candidate events are looked up by
family, country set and time bucket, so the work grows with the number of accounts near a
claim's time, not with the corpus.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..extract.claims import ClaimCues, EventRule, event_target
from ..extract.event_places import is_location
from ..models import Claim, EntityValue, ExtractedDocument, Mention
from .undated import DatedPeople

_GRANULARITY_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "season": 3, "year": 4, "decade": 5, "open": 6}
_IMPLIED_RANK = 7

_BEFORE_PERSON = re.compile(r"^(?:['’]s)?\s+(?:[\w.-]+\s+){0,3}$")
_AFTER_PERSON = re.compile(r"^,\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}(?:of|in|for)\s+(?:the\s+)?$")


@dataclass(slots=True)  # one per claim of a run: no instance dict
class Interval:
    """A claim's time as inclusive days; ``end`` None is open-ended; ``implied`` when not said."""

    start: date
    end: date | None
    granularity: str
    implied: bool = False

    @property
    def rank(self) -> int:
        return _IMPLIED_RANK if self.implied else _GRANULARITY_RANK.get(self.granularity, 6)

    def overlaps(self, other: "Interval") -> bool:
        far = date.max
        return self.start <= (other.end or far) and other.start <= (self.end or far)

    def gap_days(self, other: "Interval") -> int:
        if self.overlaps(other):
            return 0
        if self.end is not None and self.end < other.start:
            return (other.start - self.end).days
        return (self.start - (other.end or self.start)).days


@dataclass(slots=True)  # one per claim of a run: no instance dict
class ClaimView:
    """A claim with everything comparison needs, resolved from the linked mentions."""

    claim: Claim
    doc: ExtractedDocument
    rule: EventRule
    source: str
    countries: frozenset[str]
    persons: dict[str, str]  # person entity (or role placeholder) -> country ("" unknown)
    names: dict[str, str]  # entity -> display name
    location: tuple[str, str] | None  # (place, its country)
    interval: Interval | None
    figures: list = field(default_factory=list)
    target: tuple[str, str] | None = None  # (entity, display name) of the person the event is done to
    background: bool = False  # an earlier occurrence of its story's own event (see news.mark_background)
    spots: frozenset[str] = frozenset()  # places below the country it names (towns, villages), by entity

    @property
    def published(self) -> date | None:
        return self.doc.document.published

    @property
    def positive(self) -> bool:
        return self.claim.polarity == "positive" and self.claim.modality != "denied"


@dataclass
class Event:
    id: int
    family: str
    members: list[ClaimView] = field(default_factory=list)
    standalone: bool = False
    # How many of its articles name each person, over members of a ``people_identify`` kind:
    # the most named are the people the event is about (see names_others).
    people: Counter = field(default_factory=Counter)
    _named: set[tuple[str, str]] = field(default_factory=set)
    # The most named people and their count, kept as people are counted (counts only grow): a
    # scan of every person of the event per account weighed grew with the event.
    _principals: set[str] = field(default_factory=set)
    _top: int = 0

    def add(self, view: ClaimView) -> None:
        self.members.append(view)
        if view.rule.people_identify:
            for person in view.persons:
                if (view.claim.document, person) not in self._named:
                    self._named.add((view.claim.document, person))
                    self.people[person] += 1
                    count = self.people[person]
                    if count > self._top:
                        self._top, self._principals = count, {person}
                    elif count == self._top:
                        self._principals.add(person)

    def principals(self) -> set[str]:
        """The people most of its articles name (all tied at the top); the event's own set, to read."""
        return self._principals


def _norm(name: str | None) -> str:
    return " ".join((name or "").lower().split())


class ParticipantResolver:
    """Countries of persons and role placeholders, voted over the whole corpus."""

    def __init__(self, docs: list[ExtractedDocument]):
        votes: dict[str, Counter] = defaultdict(Counter)
        self.names: dict[str, str] = {}
        self.by_country: dict[str, Counter] = defaultdict(Counter)
        for ed in docs:
            text = ed.document.text
            places = [m for m in ed.mentions if m.kind == "place" and isinstance(m.value, EntityValue)]
            for m in ed.mentions:
                if m.kind != "person" or not isinstance(m.value, EntityValue):
                    continue
                self.names.setdefault(m.value.entity, m.value.canonical)
                country = _norm(m.value.country) or adjacent_country(text, m, places)
                if country:
                    votes[m.value.entity][country] += 1
        self.country_of = {e: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for e, c in votes.items()}
        for entity, country in self.country_of.items():
            self.by_country[country][entity] += sum(votes[entity].values())

    def resolve_role(self, placeholder: str, doc_persons: dict[str, str]) -> str:
        """``role:leader@niger`` -> the one person of that country named in the article, else the placeholder."""
        country = placeholder.rsplit("@", 1)[-1]
        local = sorted(e for e, c in doc_persons.items() if c == country)
        return local[0] if len(local) == 1 else placeholder


def adjacent_country(text: str, person: Mention, places: list[Mention]) -> str:
    """The country named right before or after a person ("Niger's Tiani", "Tiani, the leader of
    Niger"), "" when none is: the evidence of a person's country that compare and verify share."""
    for place in places:
        if 0 <= person.start - place.end <= 30 and _BEFORE_PERSON.match(text[place.end : person.start]):
            return _place_country(place.value)
        if 0 <= place.start - person.end <= 40 and _AFTER_PERSON.match(text[person.end : place.start]):
            return _place_country(place.value)
    return ""


def _place_country(value: EntityValue) -> str:
    """The country a place is in; "" for a place whose country nobody knows (a small town)."""
    return _norm(value.country)


def guessed(claim: Claim) -> bool:
    """Whether the claim's time was resolved against the run's median publication date, the
    article having none of its own (anchor "corpus"): "Saturday" in an undated article.

    Such a day keeps its weekday but not its week, month or year (the article may be years
    from the run's other articles), so compare reads it as no date: it neither dates an event
    nor tells two events apart. On ECB+ the run's median fell on the other sub-topic's days,
    and guessed days there joined two earthquakes, two deaths, two pirate attacks."""
    return claim.time is not None and claim.time.anchor == "corpus"


def interval_of(view_claim: Claim, rule: EventRule, published: date | None, recent_days: int,
                specific: bool = True) -> Interval | None:
    """The claim's time; an undated claim is recent news for `untimed: recent` kinds, and for
    `recent_if_specific` ones only when it is one event ("200 killed in Barsalogho"), not a
    trend ("attacks have intensified")."""
    time = view_claim.time
    if time is not None and time.start is not None and not time.invalid and not guessed(view_claim):
        return Interval(time.start, time.end, time.granularity)
    if rule.untimed == "recent_if_specific" and not specific:
        return None
    if rule.untimed != "none" and published is not None:
        return Interval(published - min(timedelta(days=recent_days), published - date.min), published, "open", implied=True)
    return None


def build_views(docs: list[ExtractedDocument], rules_by_event: dict[str, EventRule], cues: dict[str, ClaimCues],
                source_of: dict[str, str], recent_days: int) -> list[ClaimView]:
    """Every claim of a closed kind with what comparison needs; ``cues`` by language (which
    place names are locations is read with the document's own language's cues)."""
    resolver = ParticipantResolver(docs)
    views = []
    for ed in docs:
        by_id = {m.id: m for m in ed.mentions}
        text = ed.document.text
        doc_persons = {
            m.value.entity: resolver.country_of.get(m.value.entity, "")
            for m in ed.mentions
            if m.kind == "person" and isinstance(m.value, EntityValue)
        }
        home = _home_country(ed, resolver)
        doc_cues = cues.get(ed.document.language or "en") or cues["en"]
        # A headline restating an event its body tells is compared through the body's claims:
        # the same event under two headings (or one article agreeing with itself) otherwise.
        told_in_body = {c.kind for c in ed.claims if c.zone != "headline"}
        for claim in ed.claims:
            rule = rules_by_event.get(claim.kind)
            if rule is None or claim.modality == "possible" or (claim.zone == "headline" and claim.kind in told_in_body):
                continue  # a possible event ("could meet", "if they meet") is no account of one
            ordered_countries: list[str] = []
            persons: dict[str, str] = {}
            names: dict[str, str] = {}
            location = None
            spots: set[str] = set()
            for mention_id in claim.mentions:
                m = by_id.get(mention_id)
                if m is None or not isinstance(m.value, EntityValue):
                    continue
                value = m.value
                if m.kind == "person":
                    country = resolver.country_of.get(value.entity, "")
                    persons[value.entity] = country
                    names[value.entity] = value.canonical
                    ordered_countries.append(country)
                elif m.kind == "organization":
                    ordered_countries.append(_norm(value.country))
                elif m.kind == "place":
                    ordered_countries.append(_place_country(value))
                    if _norm(value.canonical) != _place_country(value):
                        spots.add(value.entity)
                    if is_location(text, m, doc_cues) and (location is None or value.canonical == claim.place):
                        location = (_norm(value.canonical), _place_country(value))
            for participant in claim.participants:
                if participant.startswith("role:"):
                    country = participant.rsplit("@", 1)[-1]
                    resolved = resolver.resolve_role(participant, doc_persons)
                    persons.setdefault(resolved, country)
                    names.setdefault(resolved, resolver.names.get(resolved, _role_label(participant)))
                    ordered_countries.append(country)
            ordered_countries = [c for c in ordered_countries if c]
            if not ordered_countries and rule.home_country and home:
                ordered_countries = [home]
            if rule.subject == "first":
                ordered_countries = ordered_countries[:1]
            if rule.state and not claim.figures:
                continue  # "American troops in Niger" alone says nothing to compare
            countries = set(ordered_countries)
            own = [by_id[i] for i in claim.mentions if i in by_id]
            target = event_target(text, rule, claim.start, claim.end, own) if rule.target_triggers else None
            views.append(
                ClaimView(
                    claim=claim,
                    doc=ed,
                    rule=rule,
                    source=source_of.get(ed.document.id, ed.document.id),
                    countries=frozenset(countries),
                    persons=persons,
                    names=names,
                    location=location,
                    interval=interval_of(claim, rule, ed.document.published, recent_days,
                                         bool(claim.figures) or (location is not None and location[0] != location[1])),
                    figures=list(claim.figures),
                    target=(target.value.entity, target.value.canonical)
                    if target is not None and isinstance(target.value, EntityValue) else None,
                    spots=frozenset(spots),
                )
            )
    return views


def _home_country(ed: ExtractedDocument, resolver: ParticipantResolver) -> str:
    """The country an article is about: the one its places, people and organisations name most
    often, if one leads; "" when two tie or none is named."""
    votes: Counter = Counter()
    for m in ed.mentions:
        if not isinstance(m.value, EntityValue):
            continue
        if m.kind == "place":
            votes[_place_country(m.value)] += 1
        elif m.kind == "person":
            votes[resolver.country_of.get(m.value.entity, "")] += 1
        elif m.kind == "organization":
            votes[_norm(m.value.country)] += 1
    votes.pop("", None)
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return ""
    return ranked[0][0]


def _role_label(placeholder: str) -> str:
    role, country = placeholder[len("role:") :].split("@", 1)
    return f"{role.replace('_', ' ')} of {country.title()}"


def participants_compatible(a: ClaimView, b: ClaimView) -> bool:
    """One country set contains the other, and, for kinds whose people identify an occurrence
    (``people_identify``: two deaths in one country), the people named do not tell two
    occurrences apart: accounts that both name people but no one in common are two events.
    Accounts sharing someone stay comparable: which of the others took part is what they
    disagree on."""
    if not a.countries or not b.countries or not people_compatible(a, b):
        return False
    return a.countries <= b.countries or b.countries <= a.countries


def people_compatible(a: ClaimView, b: ClaimView) -> bool:
    """Whether the people two accounts name leave them one occurrence: not when both are of a
    ``people_identify`` kind and both name people, but no one in common."""
    return not (a.rule.people_identify and b.rule.people_identify and a.persons and b.persons
                and a.persons.keys().isdisjoint(b.persons.keys()))


def times_compatible(a: ClaimView, b: ClaimView, window_days: int) -> bool:
    if a.rule.state or b.rule.state:
        return True
    if a.interval is None or b.interval is None:
        return False
    if a.interval.overlaps(b.interval):
        return True
    if a.interval.implied or b.interval.implied:
        return False
    if a.claim.document == b.claim.document:
        # One article telling one event in nearby sentences ("nearly 50 were killed ...
        # more than 45 civilians were killed (on Tuesday)") with slightly different times.
        coarse = {"year", "decade", "open"}
        # Only accounts of one kind: an arrival, a signing and a planned meeting told in
        # nearby sentences on nearby days are three events, not one with three dates.
        near = (
            a.claim.kind == b.claim.kind
            and 0 < abs(a.claim.sentence - b.claim.sentence) <= 3
            and a.interval.granularity not in coarse
            and b.interval.granularity not in coarse
        )
    else:
        near = a.claim.kind == b.claim.kind and a.interval.granularity == b.interval.granularity == "day"
    return near and a.interval.gap_days(b.interval) <= window_days


_LEVEL_WIDTHS = (8, 32, 128, 512, 2048, 8192)  # days; an interval is filed at the first level at least as long
_MAX_INDEXED_COUNTRIES = 6  # a claim about more countries is kept on a short list checked for every query


class _Timeline:
    """The representatives filed under one (family, countries) key, found by time.

    An interval is filed in the bucket of its first and of its last day at the level whose
    buckets are at least as long as it, so a query reads only the buckets it overlaps: the
    work per claim grows with the number of accounts near its time, not with the corpus.
    """

    def __init__(self) -> None:
        self.events: dict[int, ClaimView] = {}  # first representative of every event filed here
        self.buckets: dict[int, dict[int, list[tuple[ClaimView, int]]]] = {}
        self.bucket_order: dict[int, list[int]] = {}
        self.unbounded: list[tuple[ClaimView, int]] = []  # open-ended or longer than every level

    def add(self, view: ClaimView, event_id: int) -> None:
        self.events.setdefault(event_id, view)
        interval = view.interval
        if interval is None or interval.end is None:
            self.unbounded.append((view, event_id))
            return
        start = interval.start.toordinal()
        end = interval.end.toordinal()
        width = next((w for w in _LEVEL_WIDTHS if end - start < w), None)
        if width is None:
            self.unbounded.append((view, event_id))
            return
        level = self.buckets.setdefault(width, {})
        order = self.bucket_order.setdefault(width, [])
        for bucket in dict.fromkeys((start // width, end // width)):
            if bucket not in level:
                level[bucket] = []
                bisect.insort(order, bucket)
            level[bucket].append((view, event_id))

    def near(self, first: int, last: int | None):
        """Representatives whose interval may touch the days ``first``..``last`` (None: no end)."""
        for width, level in self.buckets.items():
            order = self.bucket_order[width]
            low = bisect.bisect_left(order, first // width)
            high = len(order) if last is None else bisect.bisect_right(order, last // width)
            for bucket in order[low:high]:
                yield from level[bucket]
        yield from self.unbounded


class _RepresentativeIndex:
    """Representatives of the events a claim may still join, by participants and time.

    Participants are compatible when one country set contains the other, so a representative
    is filed under its exact country set (found by enumerating the subsets of the query's set)
    and under every subset of it (found by the query's own set).
    """

    def __init__(self, window_days: int):
        self.window_days = window_days
        self.exact: dict[tuple, _Timeline] = defaultdict(_Timeline)
        self.containing: dict[tuple, _Timeline] = defaultdict(_Timeline)
        self.sets_of_family: dict[str, set[frozenset]] = defaultdict(set)
        self.wide: dict[str, list[tuple[ClaimView, int]]] = defaultdict(list)

    def add(self, view: ClaimView, event_id: int) -> None:
        family, countries = view.rule.family, view.countries
        self.exact[(family, countries)].add(view, event_id)
        self.sets_of_family[family].add(countries)
        if len(countries) > _MAX_INDEXED_COUNTRIES:
            self.wide[family].append((view, event_id))
            return
        for subset in _subsets(countries):
            self.containing[(family, subset)].add(view, event_id)

    def candidates(self, view: ClaimView):
        """(representative, event id) pairs that may be compatible with ``view``, possibly repeated."""
        family, countries = view.rule.family, view.countries
        if len(countries) <= 10:
            keys = [(family, s) for s in _subsets(countries)]
        else:
            keys = [(family, s) for s in sorted(self.sets_of_family[family], key=sorted) if s <= countries]
        timelines = [self.exact[k] for k in keys if k in self.exact]
        if (family, countries) in self.containing:
            timelines.append(self.containing[(family, countries)])
        if view.rule.state:
            for timeline in timelines:
                for event_id, representative in timeline.events.items():
                    yield representative, event_id
        else:
            first = view.interval.start.toordinal() - self.window_days
            last = None if view.interval.end is None else view.interval.end.toordinal() + self.window_days
            for timeline in timelines:
                yield from timeline.near(first, last)
        yield from self.wide.get(family, ())


def _subsets(countries: frozenset[str]) -> list[frozenset[str]]:
    members = sorted(countries)
    return [frozenset(c for i, c in enumerate(members) if mask >> i & 1) for mask in range(1, 1 << len(members))]


def names_others(view: ClaimView, event: Event) -> bool:
    """Whether the account names people but none of those the event is about.

    The event is about the people most of its articles name (Felt, in every account of his
    death), not everyone a sentence mentions ("LaRue, a top Nixon campaign official, died";
    "Felt ... helped bring down Nixon"): sharing Nixon does not make LaRue's death Felt's.
    Representatives alone would not do: an event is often opened by an account naming nobody
    ("He died on Thursday"), and any death of that day matches it."""
    if not (view.rule.people_identify and view.persons and event.people):
        return False
    return event.principals().isdisjoint(view.persons)


def coarse_and_nameless(view: ClaimView, other: ClaimView) -> bool:
    """Whether an account of a kind whose occurrences are told apart by who they befall
    (``people_identify``: deaths, attacks) would join another only by its country and a year or
    decade: "a man was killed in Burkina Faso in 2024" is not the Barsalogho attack of 24 August
    2024 unless it names someone or somewhere that account names. Years and decades are too
    coarse to join two deaths or two attacks on their own (issue 15, item 6), unless both give
    the same toll: two outlets recalling "an outbreak in 2021 that killed 153" and "more than 150"
    recall one event (a telling count, see ``_same_toll``)."""
    coarse = view.interval is not None and view.interval.rank >= _GRANULARITY_RANK["year"] and not view.interval.implied
    if not (coarse and view.rule.people_identify and other.rule.people_identify):
        return False
    return (view.persons.keys().isdisjoint(other.persons) and view.spots.isdisjoint(other.spots)
            and not _same_toll(view.figures, other.figures))


def other_happening(view: ClaimView, other: ClaimView) -> bool:
    """Whether two accounts of one violent kind tell two kinds of happening that share only
    their country and a vague time: one tells violence ("people displaced by attacks of armed
    groups", a background sentence), the other deaths of a named non-violent cause and no
    violent word ("five people died ... cholera outbreak"). The deaths of an outbreak join the
    outbreak, not the region's violence, when either account has no time of its own (recent
    news) or only a year; a shared person, town or telling toll still joins them (see
    ``coarse_and_nameless``). A toll told without any cause ("the death toll rose to 50") still
    joins the attack it counts."""
    death = view.rule.plain_death
    if death is None or other.rule.plain_death is None or not death.causes:
        return False
    if not (_vague(view.interval) or _vague(other.interval)):
        return False

    def violent(v: ClaimView) -> bool:
        return any(p.search(v.claim.text) for p in v.rule.plain_death.violent)

    def caused(v: ClaimView) -> bool:
        rule = v.rule.plain_death
        return (not violent(v) and any(p.search(v.claim.text) for p in rule.dying)
                and any(p.search(v.claim.text) for p in rule.causes))
    if not ((violent(view) and caused(other)) or (violent(other) and caused(view))):
        return False
    return (view.persons.keys().isdisjoint(other.persons) and view.spots.isdisjoint(other.spots)
            and not _same_toll(view.figures, other.figures))


def _vague(interval: Interval | None) -> bool:
    """No time of its own (none, or recent news by its publication) or one of a year or coarser."""
    return interval is None or interval.implied or interval.rank >= _GRANULARITY_RANK["year"]


_TELLING_TOLL = 10  # a count of at least this many is rarely shared by two events of one country and year
_NARROW_TOLL = 1.5  # and told within this ratio of its low end ("more than 150": 151-199), not "dozens"


def _same_toll(figures: list, others: list) -> bool:
    """Whether two accounts give one telling count of one thing happening (people killed): each
    at least _TELLING_TOLL, each range narrow (its high end within _NARROW_TOLL of its low end),
    the two ranges overlapping ("153" and "more than 150")."""
    def telling(f) -> bool:
        return (f.event is not None and f.low is not None and f.high is not None
                and f.low >= _TELLING_TOLL and f.high <= f.low * _NARROW_TOLL)
    return any(a.event == b.event and a.unit == b.unit and a.low <= b.high and b.low <= a.high
               for a in figures if telling(a) for b in others if telling(b))


def is_placeable(view: ClaimView) -> bool:
    """Whether country-based grouping can place the claim: it names a country (or someone
    whose country is known) and has a time, or is a state. Others are left to the open
    grouping, which links accounts by the people, organisations and towns they share."""
    return bool(view.countries) and (view.rule.state or view.interval is not None)


def group_events(views: list[ClaimView], window_days: int) -> list[Event]:
    """Group claims into events (see module docstring); deterministic for any input order.

    A claim may join an event filed under one of its (family, country, year) cells that has a
    representative it is compatible with. Representatives are looked up by participants and
    time (:class:`_RepresentativeIndex`), so only events near the claim are examined.
    """
    placeable = [v for v in views if is_placeable(v)]
    placeable.sort(
        key=lambda v: (
            v.rule.state,
            v.interval.rank if v.interval else 0,
            v.interval.start if v.interval else date.min,
            v.claim.document,
            v.claim.start,
            v.claim.kind,
        )
    )
    events: list[Event] = []
    cells_of_event: dict[int, set[tuple]] = defaultdict(set)
    dated_people = DatedPeople()  # an undated account joins a dated event through someone it names
    representatives = _RepresentativeIndex(window_days)
    max_year = max((v.interval.start.year for v in placeable if v.interval), default=1)

    def cells(view: ClaimView) -> list[tuple]:
        family = view.rule.family
        if view.rule.state or view.interval is None:
            return [(family, c, None) for c in sorted(view.countries)]
        first = view.interval.start.year
        last = view.interval.end.year if view.interval.end else max_year
        years = range(first - 1, last + 2) if last - first < 50 else range(first, first + 1)
        return [(family, c, y) for c in sorted(view.countries) for y in years]

    for view in placeable:
        own = set(cells(view))
        day_precise = view.interval is not None and view.interval.rank == 0
        fitting: set[int] = set()
        checked_cells: dict[int, bool] = {}
        for representative, event_id in representatives.candidates(view):
            if event_id in fitting:
                continue
            if not (participants_compatible(view, representative) and times_compatible(view, representative, window_days)):
                continue
            if names_others(view, events[event_id]) or coarse_and_nameless(view, representative) \
                    or other_happening(view, representative) or dated_people.stranger(view, representative, event_id):
                continue
            if event_id not in checked_cells:
                checked_cells[event_id] = not own.isdisjoint(cells_of_event[event_id])
            if checked_cells[event_id]:
                fitting.add(event_id)
                if len(fitting) > 1 and not day_precise:
                    break  # a vague claim that fits several events stands alone; which ones does not matter
        if len(fitting) == 1 or (fitting and day_precise):
            target = events[min(fitting)]
        else:
            target = Event(id=len(events), family=view.rule.family, standalone=len(fitting) > 1)
            events.append(target)
        target.add(view)
        dated_people.add(view, target.id)
        if target.standalone:
            continue
        representatives.add(view, target.id)
        own_cells = cells(view) if view.interval is None or view.interval.end is not None or view.rule.state else [
            (view.rule.family, c, view.interval.start.year) for c in sorted(view.countries)
        ]
        cells_of_event[target.id].update(own_cells)
    return events
