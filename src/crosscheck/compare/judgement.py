"""The shared judgement of compatibility: whether two figures, places, dates or ranges can be one value.

Every finding that compares values (agreement and contradiction between sources, change over
time, a source against itself) and ``crosscheck verify`` judge through these functions, so
they cannot disagree on what "compatible" means.
"""


from bisect import bisect_right
from collections import defaultdict
from itertools import accumulate

from ..extract.quantity_ages import AGE_PREFIX
from ..models import QuantityValue
from .events import ClaimView
from .labels import _order


def figures_overlap(a: QuantityValue, b: QuantityValue) -> bool:
    low = max(x for x in (a.low, b.low, float("-inf")) if x is not None)
    high = min(x for x in (a.high, b.high, float("inf")) if x is not None)
    return low <= high


def figures_comparable(a: QuantityValue, b: QuantityValue) -> bool:
    if a.unit != b.unit:
        return False
    if a.event and b.event:
        return a.event == b.event
    return (a.event or "") == (b.event or "") or a.noun == b.noun


def same_place(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Whether two (place, its country) locations can be where one event happened.

    A place is compatible with itself and with the country it lies in ("Nairobi" and "Kenya").
    A place whose country nobody knows (no gazetteer entry: a county, a district, a village)
    has unknown containment: it may lie inside the other place or contain it ("Kenya" and
    "Tana River County"; "Tana River County" and a town in it), so it never clashes. Only two
    places whose containment is known and rules one out ("Nairobi" and "Mombasa") differ."""
    if a[0] == b[0] or a[0] == b[1] or b[0] == a[1]:
        return True
    return not a[1] or not b[1]


def days_apart(a: ClaimView, b: ClaimView) -> int:
    if a.published is None or b.published is None:
        return 0
    return abs((a.published - b.published).days)


class _Extremes:
    """The lowest upper bounds and highest lower bounds of a set of day ranges, the best two from
    different sources each: enough to tell whether a range lies apart from one of another source."""

    __slots__ = ("highs", "lows")

    def __init__(self) -> None:
        self.highs: list[tuple[float, str]] = []
        self.lows: list[tuple[float, str]] = []

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

    def apart(self, low, high, source: str) -> bool:
        """Whether a range of another source lies wholly below or above ``low``..``high``."""
        def best(entries):
            return next((value for value, s in entries if s != source), None)

        below = best(self.highs)
        if low is not None and below is not None and below < low:
            return True
        above = best(self.lows)
        return high is not None and above is not None and -above > high


def _date_clashes(dated: list[ClaimView]) -> list[ClaimView]:
    """Views dated apart from a view of the same kind from another source."""
    extremes: dict[str, _Extremes] = defaultdict(_Extremes)
    for v in dated:
        i = v.interval
        extremes[v.claim.kind].add(i.start.toordinal(), i.end.toordinal() if i.end else None, v.source)
    involved = []
    for v in dated:
        i = v.interval
        if extremes[v.claim.kind].apart(i.start.toordinal(), i.end.toordinal() if i.end else None, v.source):
            involved.append(v)
    return sorted(involved, key=_order)


def _told_by_both(involved: list[ClaimView], dated: list[ClaimView]) -> list[ClaimView]:
    """``involved`` without the views whose every clash (with a view of their kind) is with a day
    their own source also gives, of a source that also gives theirs: "killed June 24 ... while investigating a June 20
    shooting" and "the June 24 murder of Ortiz and on June 20, when a man was shot" each tell
    two acts on two days, and disagree on none. A view still clashes with a day of another
    source when neither gives the other's day. Days are read by their first day (the views are
    day-precise), so the work grows with the views times the event's distinct days."""
    days: dict[tuple[str, str], set[int]] = defaultdict(set)  # (source, kind) -> days it gives
    sources_on: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))  # kind -> day -> sources
    for v in dated:
        day = v.interval.start.toordinal()
        days[(v.source, v.claim.kind)].add(day)
        sources_on[v.claim.kind][day].add(v.source)
    kept = []
    for v in involved:
        kind, mine = v.claim.kind, v.interval.start.toordinal()
        own = days[(v.source, kind)]
        if any(day not in own and any(t != v.source and mine not in days[(t, kind)] for t in sources)
               for day, sources in sources_on[kind].items() if day != mine):
            kept.append(v)
    return kept


def planned_days(views: list[ClaimView]) -> list[ClaimView]:
    """The accounts that tell the event as still to come on a day of their own."""
    return [v for v in views if v.positive and v.claim.modality in ("expected", "planned") and v.interval is not None
            and not v.interval.implied and v.interval.granularity == "day"]


# How far around an event word a participle naming a thing is read ("the two partially derailed carriages").
_PARTICIPLE_REACH = 48


def borrowed_time(view: ClaimView) -> bool:
    """Whether the account is a headline's whose time its own words do not say: taken from the lede
    (:func:`crosscheck.extract.headline_claims.restated_headlines`), from a sentence that may tell
    another part of the story ("le bilan s'alourdit à cinq morts" over "le corps ... a été retrouvé
    jeudi"). The lede's own account dates the event when it tells it; the headline adds no day."""
    claim = view.claim
    if claim.zone != "headline" or claim.time is None:
        return False
    own = set(claim.mentions)
    return not any(m.id in own and m.kind == "time" and m.sentence == claim.sentence for m in view.doc.mentions)


def dates_nothing(view: ClaimView, participle_cues) -> bool:
    """Whether the account's day is no date of its event: a participle naming a thing
    (:func:`referring_participle`) or a headline's time taken from another sentence (:func:`borrowed_time`)."""
    return referring_participle(view, participle_cues) or borrowed_time(view)


def referring_participle(view: ClaimView, cues) -> bool:
    """Whether the account's event word is a participle before a noun that names a thing by the
    event it went through ("cranes lifted the derailed carriages on Wednesday", "divers reached
    the collapsed span"): the sentence tells what happened to the thing later, not the event, so
    its day is no date of the event. ``cues`` (``referring_participles`` of the language, or
    None) match the determiner, the participle in the group ``word`` and the noun after it."""
    trigger = view.claim.trigger
    if cues is None or trigger is None:
        return False
    text = view.doc.document.text
    start = max(0, trigger.start - _PARTICIPLE_REACH)
    return any(m.start("word") == trigger.start and m.end("word") == trigger.end
               for m in cues.finditer(text, start, min(len(text), trigger.end + _PARTICIPLE_REACH)))


def victim_date_clashes(dated: list[ClaimView], sexes: dict[str, str] | None = None) -> list[ClaimView]:
    """Views dated apart from a view of the same kind from another source that may tell the
    same victim or act: for kinds whose occurrences are told apart by who they befall
    (``people_identify``: deaths, attacks, arrests), two accounts that each name a place below
    the country the other does not ("a 78-year-old man was found dead in Kineta on Sunday", "the
    body of a shepherd was found near Vilia on Tuesday") tell two victims of one fire, not two
    dates of one death; so do two accounts that describe their one person by sexes that differ
    ("a 78-year-old man was found dead on Sunday", "une femme de 64 ans est morte lundi":
    ``sexes`` folds the person an age describes to a sex). An account naming no such place, or
    no such person, may be either, and is compared with all.
    Other kinds: :func:`_date_clashes` over all of them. Either way, two sources that each give
    both days tell two acts, not one act on two days (:func:`_told_by_both`)."""
    identified = [v for v in dated if v.rule.people_identify]
    sex_of = {id(v): _victim_sex(v, sexes or {}) for v in identified}
    if not any(v.spots or sex_of[id(v)] for v in identified):
        return _told_by_both(_date_clashes(dated), dated)
    # Each group holds accounts that may all tell one victim: one place (or none) and one sex
    # (or none); every pair of compatible accounts meets in at least one group.
    spots = sorted({s for v in dated for s in v.spots}) if any(v.spots for v in identified) else [None]
    known_sexes = sorted({sex for sex in sex_of.values() if sex}) or [None]
    involved: dict[int, ClaimView] = {}
    for spot in spots:
        for sex in known_sexes:
            group = [v for v in dated if (spot is None or not v.spots or spot in v.spots) and sex_of.get(id(v)) in (None, sex)]
            for v in _date_clashes(group):
                involved.setdefault(id(v), v)
    return _told_by_both(sorted(involved.values(), key=_order), dated)


def plan_outcome_clashes(planned: list[ClaimView], done: list[ClaimView], window_days: int) -> list[ClaimView]:
    """Plans for a day (day-precise, of the event) that another source tells done on other days
    only, within ``window_days`` of the planned day, with the accounts they clash with: "the
    minister will meet the unions on Monday, March 9" against "the meeting of Tuesday" held on
    the 10th is one meeting on two dates, not an agreement. A plan published after the day
    another source tells it done plans another occurrence ("they will meet again on Friday"),
    and a plan whose day overlaps one of the other source's days agrees with it."""
    days: dict[str, list[ClaimView]] = defaultdict(list)
    for v in done:
        days[v.source].append(v)
    involved: dict[int, ClaimView] = {}
    for p in planned:
        plan, told = p.interval, p.published
        for source, accounts in sorted(days.items()):
            if source == p.source:
                continue
            before = [v for v in accounts if told is None or told <= (v.interval.end or v.interval.start)]
            if not before or any(plan.overlaps(v.interval) for v in before):
                continue
            near = [v for v in before if plan.gap_days(v.interval) <= window_days]
            if near:
                involved.setdefault(id(p), p)
                for v in near:
                    involved.setdefault(id(v), v)
    return sorted(involved.values(), key=_order)


def _victim_sex(view: ClaimView, sexes: dict[str, str]) -> str | None:
    """The sex of the one person an account's ages describe ("a 78-year-old man": male), or None
    when it describes none, people of either sex ("a man of 70 and a woman of 68"), or people
    whose sex the word does not tell ("a 59-year-old shepherd")."""
    told = {sexes.get(f.unit[len(AGE_PREFIX):]) for f in view.figures if f.unit.startswith(AGE_PREFIX)}
    return told.pop() if len(told) == 1 else None


def _figure_classes(f: QuantityValue) -> tuple[tuple, tuple]:
    """The class a figure is filed in, and the classes of the figures it is comparable with
    (see ``figures_comparable``: same unit; the same action, or no action on one side and the same noun)."""
    if f.event:
        return ("event", f.unit, f.event), (("event", f.unit, f.event), ("bare noun", f.unit, f.noun))
    return ("bare", f.unit), (("bare", f.unit), ("event noun", f.unit, f.noun))


def _figure_clashes(accounts: list[tuple], state: bool, change_after_days: int) -> dict[str, list[tuple]]:
    """Accounts (view, figure, index of the figure in its view) that clash with a comparable
    figure of another source: a contradiction, or for a state reported at least
    ``change_after_days`` apart, a change. A source contradicts another only when one of its
    values overlaps none of the other's (:class:`_Told`): {3, 58} against {3, 58} is no clash,
    {10} against {10, 612} is (the 612 and the 10 it overlaps nothing of)."""
    filed: dict[tuple, _Told] = defaultdict(_Told)
    for account in accounts:
        v, f, _ = account
        own, _ = _figure_classes(f)
        day = v.published.toordinal() if v.published else None
        filed[own].add(v.source, day, f.low, f.high, account)
        filed[("event noun" if own[0] == "event" else "bare noun", f.unit, f.noun)].add(v.source, day, f.low, f.high, account)
    clashes = Clashes()
    told = _TellersOf(filed)
    verdicts: dict[tuple, list[int]] = {}  # (keys, source, low, high) -> the other sources' positions it clashes with
    marked: set[tuple] = set()  # (keys, position): that source's entries already marked as contradicted
    for account in accounts:
        v, f, _ = account
        keys = _figure_classes(f)[1]
        others = told.of(keys)
        if not state:
            # Copies of one value of one source meet the same sources: judged once, each
            # source's entries marked once (a scan of every other entry per account grew with
            # the square of the event's accounts).
            verdict = (keys, v.source, f.low, f.high)
            clashing = verdicts.get(verdict)
            if clashing is None:
                clashing = verdicts[verdict] = [n for n, (source, entries, reach) in enumerate(others)
                                                if source != v.source and not reach.meets(f.low, f.high)]
            if clashing:
                clashes.found["contradiction"].add(id(account))
            for n in clashing:
                if (keys, n) not in marked:
                    marked.add((keys, n))
                    clashes.mark("contradiction", account, others[n][1])
            continue
        day = v.published.toordinal() if v.published else None
        for source, entries, _ in others:
            if source == v.source:
                continue
            # an undated side counts as zero days apart
            near = [e for e in entries if _gap(day, e[0]) < change_after_days]
            far = [e for e in entries if _gap(day, e[0]) >= change_after_days]
            clashes.unless_overlap("contradiction", account, f.low, f.high, near)
            clashes.unless_overlap("change", account, f.low, f.high, far)
    return clashes.in_order(accounts)


class _Reach:
    """The ranges of one source's entries, asked whether any overlaps a range (as
    :func:`ranges_overlap` says) by a binary search: the ranges sorted by low end (unbounded
    first) with the highest high end up to each. A value that is not a number (NaN) is
    compared one by one, as :func:`ranges_overlap` compares it."""

    __slots__ = ("ranges", "lows", "highest")

    def __init__(self, entries: list) -> None:
        self.ranges = [(e[1], e[2]) for e in entries]
        proper = sorted((-_FAR if low is None else low, _FAR if high is None else high) for low, high in self.ranges
                        if low is None or high is None or not low > high)
        self.lows = [low for low, _ in proper]
        self.highest = list(accumulate((high for _, high in proper), max))
        if any(x != x for x in self.lows + self.highest):
            self.lows = None

    def meets(self, low, high) -> bool:
        if self.lows is None or low != low or high != high:
            return any(ranges_overlap(low, high, other_low, other_high) for other_low, other_high in self.ranges)
        if low is not None and high is not None and low > high:
            return False
        at = bisect_right(self.lows, _FAR if high is None else high)
        return at > 0 and self.highest[at - 1] >= (-_FAR if low is None else low)


_FAR = float("inf")


class _TellersOf:
    """Every source's entries under a set of comparable classes (``_others`` of no one), with
    their :class:`_Reach`, built once per set of classes: the accounts of one measure ask the
    same question of the same entries."""

    __slots__ = ("filed", "built")

    def __init__(self, filed: dict[tuple, "_Told"]) -> None:
        self.filed = filed
        self.built: dict[tuple, list[tuple[str, list, _Reach]]] = {}

    def of(self, keys) -> list[tuple[str, list, _Reach]]:
        found = self.built.get(keys)
        if found is None:
            found = self.built[keys] = [(source, entries, _Reach(entries)) for source, entries in _others(self.filed, keys, None)]
        return found


class _Told:
    """The distinct ranges each source gives of one class of figures: source -> {(day, low,
    high): the accounts that give it}. Copies of one value from one source are one entry."""

    __slots__ = ("by_source",)

    def __init__(self) -> None:
        self.by_source: dict[str, dict[tuple, list]] = defaultdict(lambda: defaultdict(list))

    def add(self, source: str, day, low, high, account) -> None:
        self.by_source[source][(day, low, high)].append(account)


def _others(filed: dict[tuple, "_Told"], keys, source: str | None):
    """(source, [(day, low, high, accounts)]) of every other source's ranges under ``keys``
    (every source's, for None)."""
    merged: dict[str, dict[tuple, list]] = defaultdict(dict)
    for key in keys:
        told = filed.get(key)
        if told is None:
            continue
        for other, ranges in told.by_source.items():
            if other != source:
                for entry, members in ranges.items():
                    merged[other].setdefault(entry, []).extend(members)
    return [(other, [(*entry, members) for entry, members in ranges.items()]) for other, ranges in sorted(merged.items())]


def _gap(day: int | None, other: int | None) -> int:
    return 0 if day is None or other is None else abs(day - other)


def ranges_overlap(low, high, other_low, other_high) -> bool:
    """Whether two ranges (None: unbounded) share a value; an inverted range (low above high)
    shares none."""
    if (low is not None and high is not None and low > high) or (
            other_low is not None and other_high is not None and other_low > other_high):
        return False
    return (low is None or other_high is None or low <= other_high) and (high is None or other_low is None or other_low <= high)


class Clashes:
    """The accounts found in each group ("contradiction", "change"), each clash with both sides:
    a value that overlaps none of another source's values, and those values."""

    def __init__(self) -> None:
        self.found: dict[str, set[int]] = {"contradiction": set(), "change": set()}

    def unless_overlap(self, group: str, account, low, high, entries: list) -> bool:
        """File ``account`` and every entry under ``group`` when its range overlaps none of the
        entries (one source's values); nothing when there are none."""
        if not entries or any(ranges_overlap(low, high, e[1], e[2]) for e in entries):
            return False
        self.mark(group, account, entries)
        return True

    def mark(self, group: str, account, entries: list) -> None:
        found = self.found[group]
        found.add(id(account))
        for entry in entries:
            found.update(id(member) for member in entry[-1])

    def in_order(self, accounts: list) -> dict[str, list]:
        return {group: [a for a in accounts if id(a) in found] for group, found in self.found.items()}


def rising_counts(accounts: list[tuple], counted: frozenset[str]) -> set[tuple[str, str]]:
    """(event, unit) of the counts that grow as reports come in (``counted``: the dead, the
    displaced) whose values never fall from one publication day to a later one, over two days or
    more: 3, then 4, then 5 dead is a running toll (a change), whoever reports it; 15, then 14,
    then 40 is sources that disagree (compared as before: a contradiction). A hedged figure
    counts at its stated value ("more than 400" as 400), and values of one day may differ
    (they contradict each other, not the rise)."""
    by_measure: dict[tuple, dict] = defaultdict(lambda: defaultdict(list))
    for v, f, _ in accounts:
        if f.event in counted and v.published is not None:
            by_measure[(f.event, f.unit)][v.published].append(_stated(f))
    rising = set()
    for measure, days in by_measure.items():
        if len(days) < 2:
            continue
        highest = None
        for day in sorted(days):
            lows = [low for low, _ in days[day] if low is not None]
            if highest is not None and lows and min(lows) < highest:
                break
            highs = [high for _, high in days[day] if high is not None]
            if highs:
                highest = max(highs) if highest is None else max(highest, max(highs))
        else:
            rising.add(measure)
    return rising


def falling_counts(accounts: list[tuple], counted: frozenset[str]) -> set[tuple[str, str]]:
    """(event, unit) of the counts that fall as reports come in (``counted``: the missing, the
    people still trapped) whose values never rise from one publication day to a later one: about
    30, then at least 20, then about ten missing is a count under way (a change), not sources
    that disagree. Read as :func:`rising_counts` of the figures turned upside down."""
    return rising_counts(upturned(accounts, {(f.event, f.unit) for _, f, _ in accounts}), counted)


def upturned(accounts: list[tuple], measures: set[tuple[str, str]]) -> list[tuple]:
    """The accounts with the figures of ``measures`` (event, unit) negated, so that a count that
    falls reads as one that rises (at least 20: -inf..-20; about ten: -11..-9)."""
    out = []
    for v, f, index in accounts:
        if (f.event, f.unit) in measures:
            f = f.model_copy(update={"low": None if f.high is None else -f.high, "high": None if f.low is None else -f.low})
        out.append((v, f, index))
    return out


def report_time(view: ClaimView) -> tuple[int, int | None] | None:
    """When the account's article was published: (ordinal day, minute of the day when the page
    prints its clock time, else None); None for an undated article."""
    published = view.published
    if published is None:
        return None
    clock = view.doc.document.published_time
    return published.toordinal(), (clock.hour * 60 + clock.minute if clock is not None else None)


def reported_before(a: tuple[int, int | None], b: tuple[int, int | None], minutes_apart: int) -> bool:
    """Whether a report of time ``a`` came out before one of ``b``: on an earlier day, or on the
    same day at clock times both pages print at least ``minutes_apart`` apart (a toll of three
    at 07:30, four at 19:05). Closer clock times, or a day without one, are the same time: an
    outlet abroad may print the hour of another time zone."""
    if a[0] != b[0]:
        return a[0] < b[0]
    return a[1] is not None and b[1] is not None and b[1] - a[1] >= minutes_apart


def highest_of_worded(accounts: list[tuple], worded: set[int]) -> list[tuple]:
    """The accounts (view, figure, index) with only the highest figure of each measure kept from a
    view worded as a count under way (``worded``: ids of views; "the toll has risen to 14 after
    three injured workers died", "rose to 14 from 11"): its lower figures tell the rise or an
    earlier value, no rival toll."""
    best: dict[tuple, float] = {}
    for v, f, _ in accounts:
        if id(v) in worded and f.low is not None:
            key = (id(v), f.event, f.unit)
            best[key] = max(best.get(key, f.low), f.low)
    return [(v, f, i) for v, f, i in accounts if id(v) not in worded or f.low is None or f.low >= best[(id(v), f.event, f.unit)]]


def _toll_clashes(accounts: list[tuple], minutes_apart: int = 24 * 60) -> dict[str, list[tuple]]:
    """Running tolls, compared source by source: a toll that overlaps none of another source's
    tolls of the same time (:func:`reported_before` neither way; undated ones too) contradicts
    them; against the other's tolls of earlier times it is a change when it lies above them all
    (the count rose) and a contradiction otherwise (it fell), against later times a change when
    it lies below them all. Across times a hedged toll counts at its stated figure ("more than
    400" as 400), so that "more than 400" then "more than 1,100" reads as a rise; at one time
    the full ranges are compared, so "more than 400" and "450" stay compatible. A source that
    gives a value the other also gives (at those times) does not contradict it on that value."""
    filed: dict[tuple, _Told] = defaultdict(_Told)
    for account in accounts:
        v, f, _ = account
        day = report_time(v)
        filed[_figure_classes(f)[0]].add(v.source, day, f.low, f.high, account)
        filed[("event noun", f.unit, f.noun)].add(v.source, day, f.low, f.high, account)
    clashes = Clashes()
    told = _TellersOf(filed)
    for account in accounts:
        v, f, _ = account
        day = report_time(v)
        low, high = _stated(f)
        for source, entries, _ in told.of(_figure_classes(f)[1]):
            if source == v.source:
                continue
            if day is None:
                clashes.unless_overlap("contradiction", account, f.low, f.high, entries)
                continue
            clashes.unless_overlap("contradiction", account, f.low, f.high,
                                   [e for e in entries if e[0] is None or not (reported_before(e[0], day, minutes_apart)
                                                                               or reported_before(day, e[0], minutes_apart))])
            earlier = [_stated_entry(e) for e in entries if e[0] is not None and reported_before(e[0], day, minutes_apart)]
            if earlier and not any(ranges_overlap(low, high, e[1], e[2]) for e in earlier):
                rose = low is not None and all(e[2] is not None and e[2] < low for e in earlier)
                clashes.mark("change" if rose else "contradiction", account, earlier)
            later = [_stated_entry(e) for e in entries if e[0] is not None and reported_before(day, e[0], minutes_apart)]
            if later and not any(ranges_overlap(low, high, e[1], e[2]) for e in later):
                rises = high is not None and all(e[1] is not None and e[1] > high for e in later)
                clashes.mark("change" if rises else "contradiction", account, later)
    return clashes.in_order(accounts)


def _stated_entry(entry: tuple) -> tuple:
    day, low, high, members = entry
    return (day, low if low is not None else high, high if high is not None else low, members)


def _stated(f: QuantityValue) -> tuple:
    """A hedged figure's stated value as a closed range: "more than 400" -> 400..400."""
    low = f.low if f.low is not None else f.high
    high = f.high if f.high is not None else f.low
    return low, high
