"""What a figure measures and as of when: figures clash only within one measure at one time.

A figure's *measure* is what it counts and what happened to it ("troops withdrawn", "troops
remaining", "people killed", "magnitude"); its *as-of time* is when the count holds. A level (how
many troops are somewhere) holds at the time its sentence states, else at its article's
publication, unless the sentence tells it as a past state with no date ("had 1,100 troops at
its peak", "down from some 1,700"): then it held at some earlier, unstated time and is compared
with nothing. A count of what happened (killed, withdrawn) is the count as reported on the
publication day, or as of the time its claim states when that lies more than
``contradiction_window_days`` before it ("612 were killed in February"), unless its clause tells it as someone's earlier record
("Gray has four prior arrests", ``record``): then it is compared with nothing either. A count
dated well before its story's own event counts an earlier occurrence and is compared only with
counts of that occurrence. Troops stationed before a pull-out, troops withdrawn so far and troops still
remaining months later are thus three measures or three times, never one contradiction.

A figure of state ("More than 30,000 people have been displaced, the Red Cross said.") is often
told in a sentence of its own that names no participant and no time: it stands for its
article's main event (an event the article tells in its lead) when that event's kind counts
its unit (``figure_units``: a flood's people) and the article gives no figure of that measure
for the event otherwise; told without a date, it holds as of the report (see ``_as_of``).

The cues are language data (``rules/<lang>/figure_times.yaml``, ``kind: figure_times``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace

from ..extract.claim_rules import CueGroup, cues_by_language, event_rules
from ..models import QuantityValue
from ..rules import RuleFile, RulePack, rule_kind
from .events import ClaimView
from .judgement import Clashes
from .labels import _order, figure_key, measure_label, time_label

_WINDOW = 60  # characters read on each side of a figure for its tense
_LEAD_SENTENCES = 2  # sentences 0..2 (headline included) tell an article's main event
_STANDING_ZONES = ("body", "standfirst")  # where a figure of state stands for its article's event
_SAID_KEPT = 100_000  # texts whose cue searches are remembered at once (see MeasureReader.says)
_AFTER_END = re.compile(r"[,;:—–(]")
_BEFORE_END = re.compile(r"[;:—–(]")


@rule_kind("figure_times")
class FigureTimes(RuleFile):
    """Which figure events are levels, and the cues of a level told in the past or as current."""

    levels: list[str]
    earlier: list[str] = []
    thresholds: list[str] = []  # figure events that are what a result is measured against ("233 votes needed")
    at_event: list[str] = []  # levels whose own claim holds them when their event happened ("were on board")
    past: CueGroup
    present: CueGroup
    record: CueGroup | None = None  # a count told as someone's earlier record ("four prior arrests")


def level_classes(rules: RulePack) -> dict[str, bool]:
    """The classes of the claims a level's figure makes in any language (the ``levels`` of the
    ``event_states`` rule files: "aboard", "temperature"; see ``extract/states.py``), each true
    when a story tells it of its one thing (``story_levels``: the people aboard the ship)."""
    files = rules.get("event_states")
    story = {name for f in files for name in getattr(f, "story_levels", [])}
    return {name: name in story for f in files for name in getattr(f, "levels", {}).values()}


@dataclass(frozen=True)
class AsOf:
    """When a figure holds: inclusive ordinal days, ``None`` for an earlier, unstated time
    (``earlier``) or for an article without a date (compared as the same time as any other)."""

    label: str
    start: int | None = None
    end: int | None = None
    earlier: bool = False

    def gap_days(self, other: "AsOf") -> int:
        """Days between two as-of times; 0 when they overlap or one is undated."""
        if None in (self.start, self.end, other.start, other.end):
            return 0
        if self.end < other.start:
            return other.start - self.end
        if other.end < self.start:
            return self.start - other.end
        return 0


def clocked_labels(readings: list["Reading"]) -> dict[int, str]:
    """The as-of labels of the readings (by id) of sources that give one publication day, each
    with the clock time its page prints ("2026-10-14 07:30", "2026-10-14 19:05"): a change
    within one day reads as one. Other labels are left as they are (none returned)."""
    sources: dict[str, set[str]] = defaultdict(set)
    for r in readings:
        sources[r.as_of.label].add(r.view.source)
    out = {}
    for r in readings:
        published, clock = r.view.published, r.view.doc.document.published_time
        if (clock is not None and published is not None and r.as_of.label == published.isoformat()
                and len(sources[r.as_of.label]) > 1):
            out[id(r)] = f"{r.as_of.label} {clock:%H:%M}"
    return out


@dataclass(frozen=True)
class Reading:
    """One figure of one claim, with its measure and as-of time; ``index`` is the figure's
    position among its view's figures, which tells two equal figures of one claim apart."""

    view: ClaimView
    figure: QuantityValue
    measure: str
    as_of: AsOf
    level: bool
    index: int
    event: str | None = None  # what happened to what it counts, a bare figure's taken from its noun's one event
    occurrence: str | None = None  # the as-of of an earlier occurrence of the event (see MeasureReader.readings)

    @property
    def compared(self) -> QuantityValue:
        """The figure as compared across sources: with the event its noun lends ("two" beside
        "three killed"), and filed apart when it counts an earlier occurrence."""
        update = {} if self.figure.event or not self.event else {"event": self.event}
        if self.occurrence:
            update.update(event=f"{update.get('event', self.figure.event)}@{self.occurrence}",
                          noun=f"{self.figure.noun}@{self.occurrence}")
        return self.figure.model_copy(update=update) if update else self.figure


class MeasureReader:
    """Reads each figure's measure and as-of time with its document's language cues."""

    def __init__(self, rules: RulePack):
        self.by_language: dict[str, FigureTimes] = {}
        for f in rules.get("figure_times"):
            self.by_language[f.language or "en"] = f
        self.closed_kinds = frozenset(event_rules(rules))
        self.level_classes = frozenset(level_classes(rules))
        # What a people-counting event counts (killed: people), and every class a noun is filed in:
        # a count of that event in a noun of no class ("six miners were killed", "9 inmates were
        # recaptured") is a count of people like "11 dead", not a measure of its own.
        self.counted_by_event = {e.name: e.counts for q in rules.get("quantities") for e in q.events if e.counts}
        self.noun_classes = frozenset(word.lower() for q in rules.get("quantities") for n in q.nouns for word in [n.name, *n.words])
        settings = rules.get("compare_settings")
        self.repetitions = frozenset(w.lower() for w in settings[-1].repetition_words) if settings else frozenset()
        self.gap_days = settings[-1].background_gap_days if settings else 365
        self.window_days = settings[-1].contradiction_window_days if settings else 7
        self.running = {language: c.running_toll for language, c in cues_by_language(rules).items() if c.running_toll is not None}
        self.continuing = {language: frozenset(w.lower() for w in words)
                           for language, words in (settings[-1].continuing_subjects if settings else {}).items()}
        # document id -> (id() of its extracted document, {(sentence, figure's words)} of its recalls' figures)
        self._recalled: dict[str, tuple] = {}
        # document id -> (id() of its extracted document, its claims that may stand for an event):
        # an id, not the document, so that the cache keeps no article alive
        self._standing_claims: dict[str, tuple] = {}
        self._said: dict[tuple[int, str], tuple] = {}  # (id() of a cue group, text) -> (the group, whether it matches)

    def says(self, cues, text: str) -> bool:
        """Whether ``cues`` (a cue group held by the rules, such as ``running_toll``) match in
        ``text``, remembered: an account's sentence is asked again by each step that judges its
        figures, and a search runs every pattern of the group over it."""
        kept = self._said.get((id(cues), text))
        if kept is None or kept[0] is not cues:
            if len(self._said) >= _SAID_KEPT:
                self._said.clear()
            kept = self._said[(id(cues), text)] = (cues, cues.search(text) is not None)
        return kept[1]

    def _times(self, view: ClaimView) -> FigureTimes | None:
        return self.by_language.get(view.doc.document.language or "en") or self.by_language.get("en")

    def readings(self, views: list[ClaimView]) -> list[Reading]:
        """Every figure of the positive views, with the measure a bare figure takes from the one
        event its noun is counted for in the same event ("1,000 troops" beside "1,000 troops
        withdrawn"). In a sentence that words its count as one under way ("has risen to", the
        ``running_toll`` cues), a bare figure of the noun that count counts is the increment that
        made it rise ("the toll has risen to 19 after the bodies of three people were found"): no
        second count."""
        views = views + self._standing(views)
        events_of_noun: dict[tuple, set[str]] = defaultdict(set)
        for v in views:
            times = self._times(v)
            for f in v.figures:
                if f.event and (times is None or f.event not in times.thresholds):  # a threshold names no result
                    events_of_noun[(f.unit, f.noun)].add(f.event)
        began = _story_starts(views)
        out = []
        for v in sorted(views, key=_order):
            if not v.positive:
                continue
            times = self._times(v)
            recalled = self._recalled_figures(v.doc) if v.interval is None or v.interval.implied else frozenset()
            running = self.running.get(v.doc.document.language or "en") or self.running.get("en")
            counted = ({(f.unit, f.noun) for f in v.figures if f.event}
                       if running is not None and self.says(running, v.claim.text) else set())
            for index, f in enumerate(v.figures):
                if (v.claim.sentence, f.exact) in recalled:
                    continue  # the toll of an older event its sentence recalls, not of this one
                if f.event is None and (f.unit, f.noun) in counted:
                    continue  # the increment of the running count its own sentence gives (see above)
                f = self._as_counted(f)
                event = f.event
                if event is None and len(events_of_noun.get((f.unit, f.noun), ())) == 1:
                    event = next(iter(events_of_noun[(f.unit, f.noun)]))
                level = times is not None and (f.event in times.levels or f.event in times.earlier
                                               or (f.event is None and v.rule.state))
                as_of = self._as_of(v, f, times, level)
                measure, occurrence = measure_label(f, event), None
                start = began.get(v.claim.document)
                if start is not None and as_of.end is not None and start - as_of.end > self.window_days:
                    occurrence = as_of.label  # an earlier occurrence ("612 killed in February" beside Sunday's quake)
                    measure = f"{measure} ({occurrence})"
                out.append(Reading(v, f, measure, as_of, level, index, event, occurrence))
        return out

    def _as_counted(self, f: QuantityValue) -> QuantityValue:
        """A figure of an event that counts people (killed, rescued, arrested) whose noun is in no
        noun class ("At least six miners were killed", "12 diggers were pulled out"), as the count
        of people it is: the toll of one source in "miners" and of another in "dead" ("11 morts")
        are one measure. A noun of a class of its own (troops, police, militants) stays that class:
        news counts soldiers and civilians apart; so does a tagged count ("people, more": six more
        bodies; "people, part": two of them), a part or an increment, not a toll, and a count of
        how often ("arrested four times", ``repetition_words``)."""
        counted = self.counted_by_event.get(f.event or "")
        if (counted is None or f.unit == counted or "," in f.unit
                or any(word.lower() in self.noun_classes | self.repetitions for word in (f.unit, f.noun or ""))):
            return f
        return f.model_copy(update={"unit": counted, "noun": counted})

    def _standing(self, views: list[ClaimView]) -> list[ClaimView]:
        """Figures of state that stand for this event in its articles (see the module docstring):
        one view per such claim, as the event's own account of that article, carrying the
        figures whose measure the article does not give for the event otherwise."""
        leads: dict[str, ClaimView] = {}
        given: dict[str, set[tuple]] = defaultdict(set)  # (unit, event) of the figures each article gives the event
        told: dict[str, set[int]] = defaultdict(set)  # sentences of each article that tell the event
        for v in sorted(views, key=_order):
            if v.claim.zone == "headline" or v.claim.sentence <= _LEAD_SENTENCES:
                leads.setdefault(v.claim.document, v)
            given[v.claim.document].update((f.unit, f.event) for f in v.figures)
            told[v.claim.document].add(v.claim.sentence)
        lent = []
        for document, lead in sorted(leads.items()):
            units = set(lead.rule.figure_units)
            if not units:
                continue
            given_here, told_here = given[document], told[document]
            for claim in self._standing_claims_of(lead.doc):
                if claim.sentence in told_here:
                    continue
                figures = [f for f in claim.figures if f.event and f.unit in units and (f.unit, f.event) not in given_here]
                if figures:
                    given_here.update((f.unit, f.event) for f in figures)
                    lent.append(replace(lead, claim=claim, figures=figures, interval=None, location=None))
        return lent

    def _recalled_figures(self, ed) -> frozenset:
        """(sentence, figure's words) of the figures an article's recalls carry: claims dated more
        than ``background_gap_days`` before its publication ("la collision de Buizingen, qui avait
        fait 19 morts le 15 février 2010"). An undated account of the same sentence ("the worst
        rail accident in Belgium since ...") does not take their figures: a figure belongs to the
        clause that dates it. Found once per article."""
        cached = self._recalled.get(ed.document.id)
        if cached is not None and cached[0] == id(ed):
            return cached[1]
        published = ed.document.published
        found = frozenset()
        if published is not None:
            found = frozenset((c.sentence, f.exact) for c in ed.claims if c.figures and c.time is not None
                              and c.time.start is not None and not c.time.invalid
                              and (published - (c.time.end or c.time.start)).days > self.gap_days
                              for f in c.figures)
        self._recalled[ed.document.id] = (id(ed), found)
        return found

    def _standing_claims_of(self, ed) -> tuple:
        """The claims of an article that may stand for its main event: an open class's, with
        figures, naming no participant and no time, positive and asserted. Found once per
        article (an article's events each ask)."""
        cached = self._standing_claims.get(ed.document.id)
        if cached is not None and cached[0] == id(ed):
            return cached[1]
        found = tuple(c for c in ed.claims
                      if c.figures and c.kind not in self.closed_kinds and not c.participants and c.time is None
                      and c.zone in _STANDING_ZONES and c.polarity == "positive" and c.modality in ("asserted", "reported"))
        self._standing_claims[ed.document.id] = (id(ed), found)
        return found

    def _as_of(self, view: ClaimView, f: QuantityValue, times: FigureTimes | None, level: bool) -> AsOf:
        published = view.published
        at_publication = AsOf(published.isoformat(), published.toordinal(), published.toordinal()) if published else AsOf("undated")
        earlier = AsOf(f"before {published.isoformat()}" if published else "earlier, undated", earlier=True)
        own = self._own_time(view)
        if not level:
            if times is not None and times.record is not None and times.record.search(" ".join(_clause(view, f))):
                return earlier  # someone's earlier record ("four prior arrests"), not the event's count
            if own is not None and published is not None and published.toordinal() - own.end > self.window_days:
                return own  # a count of long before the report holds as of then
            return at_publication  # the count as reported (a toll of Sunday's quake, told on Monday)
        if f.event in times.earlier:
            return earlier
        if own is not None:
            return own
        if f.event in times.at_event and view.claim.kind in self.level_classes:
            # The level's own claim ("1,124 passengers were on board", "transportait 1 042
            # passagers"): the people aboard when the ship burned, told in the past, as of the report.
            return at_publication
        before, after = _clause(view, f)
        if times.past.search(before + " " + after) and not times.present.search(after):
            return earlier
        return at_publication


    def _own_time(self, view: ClaimView) -> AsOf | None:
        """The time a claim states for itself (asserted, a day to a year), or, for a sentence
        that goes on about the last one's event under a pronoun ("The last major quake was in
        February. It killed 612 people."; ``continuing_subjects``), the time that sentence
        states for an account of the same kind."""
        t, i = view.claim.time, view.interval
        if t is not None:
            if i is not None and not i.implied and t.modality == "asserted" and t.granularity not in ("open", "decade"):
                return AsOf(time_label(t), i.start.toordinal(), (i.end or i.start).toordinal())
            return None
        first = view.claim.text.split(None, 1)[:1]
        if not first or first[0].lower() not in self.continuing.get(view.doc.document.language or "en", ()):
            return None
        for c in view.doc.claims:
            t = c.time
            if (c.sentence == view.claim.sentence - 1 and c.kind == view.claim.kind and t is not None and t.start is not None
                    and not t.invalid and t.modality == "asserted" and t.granularity in ("day", "month", "year")):
                return AsOf(time_label(t), t.start.toordinal(), (t.end or t.start).toordinal())
        return None


def _story_starts(views: list[ClaimView]) -> dict[str, int]:
    """Document -> the first day of its story's own event: the earliest day its headline and
    first sentences state for this event (as ``news.mark_background`` reads a story). A count
    whose as-of ends more than ``contradiction_window_days`` before it counts an earlier
    occurrence (the February quake recalled in a story of Sunday's): compared with the same
    occurrence's counts only. Within one sentence, a bare figure of the noun the sentence's own
    count counts is a part or an increment of it ("the toll has risen to 19 after the bodies of
    three people were found"; "10 people, three of them children"), no second count."""
    began: dict[str, int] = {}
    for v in views:
        i = v.interval
        if ((v.claim.zone == "headline" or v.claim.sentence <= _LEAD_SENTENCES) and v.positive and i is not None
                and not i.implied and v.claim.modality in ("asserted", "reported")):
            day = i.start.toordinal()
            began[v.claim.document] = min(began.get(v.claim.document, day), day)
    return began


def _clause(view: ClaimView, f: QuantityValue) -> tuple[str, str]:
    """The words of the figure's clause before and after it, within a few words."""
    text = view.claim.text
    at = _position(view, f)
    if at is None:
        return text, ""
    start, end = at
    before = text[max(0, start - _WINDOW):start]
    cut = list(_BEFORE_END.finditer(before))
    if cut:
        before = before[cut[-1].end():]
    after = text[end:end + _WINDOW]
    stop = _AFTER_END.search(after)
    if stop:
        after = after[:stop.start()]
    return before, after


def _position(view: ClaimView, f: QuantityValue) -> tuple[int, int] | None:
    """Where the figure stands in its claim's text (offsets in the claim's text)."""
    for span in view.claim.arguments:
        if span.role == "figure" and span.text == f.exact:
            return span.start - view.claim.start, span.end - view.claim.start
    index = view.claim.text.find(f.exact)
    return (index, index + len(f.exact)) if index >= 0 else None


def level_clashes(readings: list[Reading], change_after_days: int) -> dict[str, list[Reading]]:
    """Levels of one measure that overlap none of another source's levels as of one time: as of
    the same time (or less than ``change_after_days`` apart) a contradiction, further apart a
    change; each clash lists both sides. A level held at an earlier, unstated time compares with
    nothing. Levels are filed by as-of time and source, so a source that gives the other's value
    too ({500, 900} and {500}) is compared on it and does not clash. Each measure is compared
    with itself only: the 96 crew two sources agree on never clash beside their passengers."""
    filed: dict[tuple[str, AsOf], dict[str, dict[tuple, list[Reading]]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    timed = [r for r in readings if not r.as_of.earlier]
    for r in timed:
        filed[(r.measure, r.as_of)][r.view.source][(None, r.figure.low, r.figure.high)].append(r)
    clashes = Clashes()
    for r in timed:
        for (measure, as_of), sources in filed.items():
            if measure != r.measure:
                continue
            group = "change" if r.as_of.gap_days(as_of) >= change_after_days else "contradiction"
            for source, ranges in sorted(sources.items()):
                if source != r.view.source:
                    clashes.unless_overlap(group, r, r.figure.low, r.figure.high,
                                           [(*entry, members) for entry, members in ranges.items()])
    return clashes.in_order(timed)


def restated(f) -> tuple:
    """What stays when one figure is written again: its range and its hedge, not its words
    ("Forty-eight" and "48"; "nearly 40" and "more than 35" are two figures)."""
    return figure_key(f), (f.hedge or "").lower()


def complete_changes(groups: dict[tuple[str, str], list[Reading]], readings: list[Reading]) -> None:
    """A change of a measure lists every value of that measure the sources give, each with its
    as-of time: "23 (Red Cross) and 19 (Interior Ministry) on April 3, 41 on April 6" is one
    rising toll, even when the two values of April 3 also contradict each other; the change
    alone would show the 41 and not what it rose from."""
    for group, measure in [key for key in groups if key[0] == "change"]:
        have = {(id(r.view), r.index) for r in groups[(group, measure)]}
        groups[(group, measure)] += [r for r in readings if r.measure == measure and not r.as_of.earlier
                                     and (id(r.view), r.index) not in have]
