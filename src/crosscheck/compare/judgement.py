"""The shared judgement of compatibility: whether two figures, places, dates or ranges can be one value.

Every finding that compares values (agreement and contradiction between sources, change over
time, a source against itself) and ``crosscheck verify`` judge through these functions, so
they cannot disagree on what "compatible" means.
"""


import bisect
from collections import defaultdict

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
    """Accounts (view, figure, index of the figure in its view) whose range lies apart from a comparable one of another source:
    a contradiction, or for a state reported at least ``change_after_days`` apart, a change."""
    filed: dict[tuple, list[tuple]] = defaultdict(list)
    for v, f, _ in accounts:
        own, _ = _figure_classes(f)
        filed[own].append((v, f))
        if own[0] == "event":
            filed[("event noun", f.unit, f.noun)].append((v, f))
        else:
            filed[("bare noun", f.unit, f.noun)].append((v, f))
    clashing: dict[str, list[tuple]] = {"contradiction": [], "change": []}
    if not state:
        totals = {key: _extremes(members) for key, members in filed.items()}
        for account in accounts:
            v, f, _ = account
            found = [totals[k] for k in _figure_classes(f)[1] if k in totals]
            if any(e.apart(f.low, f.high, v.source, True) for e in found):
                clashing["contradiction"].append(account)
        return clashing
    timelines = {key: _DatedExtremes(members, change_after_days) for key, members in filed.items()}
    for account in accounts:
        v, f, _ = account
        found = [timelines[k] for k in _figure_classes(f)[1] if k in timelines]
        for group in ("contradiction", "change"):
            if any(t.apart(v, f, group) for t in found):
                clashing[group].append(account)
    return clashing


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


def _toll_clashes(accounts: list[tuple]) -> dict[str, list[tuple]]:
    """Running tolls: a toll published later that lies above an earlier one is a change (the
    count rose); a later one below an earlier one, or two apart on the same day (or undated),
    contradict. Figures are filed by class and publication day, so no pair is compared twice."""
    filed: dict[tuple, list[tuple]] = defaultdict(list)
    for v, f, _ in accounts:
        filed[_figure_classes(f)[0]].append((v, f))
        filed[("event noun", f.unit, f.noun)].append((v, f))
    timelines = {key: _TollTimeline(members) for key, members in filed.items()}
    clashing: dict[str, list[tuple]] = {"contradiction": [], "change": []}
    for account in accounts:
        v, f, _ = account
        verdicts = {t.verdict(v, f) for k in _figure_classes(f)[1] if (t := timelines.get(k)) is not None}
        for group in ("contradiction", "change"):
            if group in verdicts:
                clashing[group].append(account)
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
