"""Findings from events: agreement, contradiction, change, single_source, internal and consistent.

Every finding carries the values side by side (keyed by document id) and every source's quote;
its fingerprint and labels come from :mod:`.labels`, and whether two values can be one from
:mod:`.judgement`, which verify uses too. Findings outside events live in :mod:`.changes`
(ranks and offices over time) and :mod:`.internal` (a weekday that contradicts its date).

Figures inside one article that agree with each other (two hedged casualty counts of one
attack) are reported as ``consistent``: it shows the check was made, without counting as
confirmation by a second source. ``internal`` is kept for an article that disagrees with
itself.
"""


from collections import defaultdict
from itertools import combinations

from ..models import Finding
from .events import ClaimView, Event, Interval
from .judgement import (_date_clashes, _figure_clashes, _toll_clashes, falling_counts, figures_comparable, figures_overlap,
                        dates_nothing, highest_of_worded, plan_outcome_clashes, planned_days, rising_counts, same_place, upturned,
                        victim_date_clashes)
from .measures import MeasureReader, Reading, clocked_labels, complete_changes, level_clashes, restated
from .news import anchored
from .labels import (_order, claim_quote, death_wording, doc_value, event_label, figure_key, figure_label, interval_label,
                     beside_the_date, encounter_subject, make_finding, place_title, measure_phrase, plain_death, subject_of, who)


class EventJudge:
    """Turns one event into findings."""

    def __init__(self, measures: MeasureReader, window_days: int, change_after_days: int, running_toll: dict | None = None,
                 date_agreement: bool = False, after_the_event: dict | None = None, running_counts: frozenset[str] = frozenset(),
                 person_sexes: dict[str, str] | None = None, falling_counts: frozenset[str] = frozenset(), report_hours_apart: int = 24,
                 referring_participles: dict | None = None):
        self.window_days = window_days
        self.referring = referring_participles or {}  # language -> cues of an event word naming a thing ("the derailed carriages")
        self.report_minutes_apart = report_hours_apart * 60  # two reports of one day told apart by their clock times
        self.measures = measures
        self.change_after_days = change_after_days
        self.running_toll = running_toll or {}  # language -> cues of a count under way
        self.after_the_event = after_the_event or {}  # language -> cues of a day after the event
        self.running_counts = running_counts  # figure events whose counts grow as reports come in
        self.falling_counts = falling_counts  # and those that fall (the missing)
        self.date_agreement = date_agreement
        self.person_sexes = person_sexes or {}  # the person an age describes ("man") -> its sex

    def _worded_running(self, event: Event) -> list:
        """The accounts a source words as a count under way ("has risen to", "now stands at",
        "with 97 per cent of polling stations reporting", "s'est alourdi à"), each text searched
        once with its language's cues."""
        return [v for v in event.members if self._words_running(v)]

    def _words_running(self, v: ClaimView) -> bool:
        cues = self.running_toll.get(v.doc.document.language or "en") or self.running_toll.get("en")
        return cues is not None and self.measures.says(cues, v.claim.text)

    def _dates_the_event(self, v: ClaimView) -> bool:
        """Whether the account's day may be the event's: not when it tells what came after the
        event (``after_the_event``: "died on Thursday, bringing the toll to five": Thursday is that
        death's; "seven remained in hospital on Friday"), nor when it names no day of its own
        (:func:`.judgement.dates_nothing`: "the derailed carriages", a headline dated from the lede)."""
        language = v.doc.document.language or "en"
        cues = self.after_the_event.get(language)
        return (cues is None or cues.search(v.claim.text) is None) and not dates_nothing(v, self.referring.get(language))

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
                found += self._date_agreement(views, subject, {f.kind for f in found if f.kind in ("contradiction", "change")})
            if self.date_agreement:
                found += self._undisputed_accounts(views, subject, contradictions)
            return found
        if len(positive_sources) >= 2 and not self._incompatible(views) and self._levels_meet(event):
            values = {d: doc_value(vs) for d, vs in by_doc.items()}
            found.append(self._finding("agreement", subject, _agreement_summary(len(positive_sources), views, by_doc, values),
                                       values, _evidence(views)))
        elif len({v.source for v in views}) == 1 and self._reportable(event) and anchored(views):
            encounters = _encounters(views)
            for members in encounters:
                by_doc = _by_doc(members)
                values = {d: doc_value(vs) for d, vs in by_doc.items()}
                copies = f" ({len(by_doc)} copies of one story)" if len(by_doc) > 1 else ""
                summary = f"Only one source{copies} reports the {event_label(members)} involving {who(members)}: {_side_by_side(values)}."
                own, key = encounter_subject(subject, members, alone=len(encounters) == 1)
                found.append(self._finding("single_source", own, summary, values, _evidence(members), key_subject=key))
        return found

    def _date_agreement(self, views: list[ClaimView], subject: str, beside: set[str]) -> list[Finding]:
        """Sources that differ on the place, the figures or the people of an event may still
        agree on when it happened: an agreement on the date alone, listing the dates only.
        ``beside``: the kinds of the event's other findings (contradiction, change); the summary
        points the reader to the ones there are, never to a contradiction nobody reported (a toll
        that rose from one report to the next is a change, not a disagreement)."""
        dated = [v for v in views if v.positive and v.claim.modality in ("asserted", "reported") and self._dates_the_event(v)
                 and v.interval is not None and not v.interval.implied and v.interval.granularity not in ("open", "decade")]
        if len({v.source for v in dated}) < 2:
            return []
        if _clashing_values(dated, _interval_key, lambda a, b: not Interval(*a).overlaps(Interval(*b))):
            return []
        values = {d: interval_label(min(vs, key=lambda v: (v.interval.rank, _order(v)))) for d, vs in _by_doc(dated).items()}
        summary = (f"{len({v.source for v in dated})} independent sources agree on the date of the {event_label(views)} "
                   f"involving {who(views)} ({_side_by_side(values)}); {beside_the_date(beside)}.")
        return [self._finding("agreement", subject + " | date", summary, values, dated)]

    def _undisputed_accounts(self, views: list[ClaimView], subject: str, contradictions: list[Finding]) -> list[Finding]:
        """Sources that disagree on whether one part of an encounter happened may still agree on
        another part of it: "on a visit to Niamey on Monday, the Prime Minister did not meet
        Tiani" and "he travelled to Niamey on Monday, where he met Tiani" dispute the meeting and
        both tell the visit. Each kind of account of the event that the disputed one is not,
        that no source negates and that two independent sources assert without a clash of date
        or place, is an agreement of its own, beside the contradiction."""
        disputed_ids = {i for f in contradictions if f.subject.endswith(" | happened") for i in f.claims}
        if not disputed_ids:
            return []
        disputed = [v for v in views if v.claim.id in disputed_ids]
        disputed_kinds = {v.claim.kind for v in disputed}
        found = []
        for kind in sorted({v.claim.kind for v in views} - disputed_kinds):
            members = [v for v in views if v.claim.kind == kind]
            if not all(v.positive for v in members):
                continue
            told = [v for v in members if v.claim.modality in ("asserted", "reported")]
            if len({v.source for v in told}) < 2 or self._incompatible(told):
                continue
            values = {d: doc_value(vs) for d, vs in _by_doc(told).items()}
            label = event_label(told)
            summary = (f"{len({v.source for v in told})} independent sources agree on the {label} involving {who(told)} "
                       f"({_side_by_side(values)}); they disagree on whether the {event_label(disputed)} happened "
                       "(see the contradiction).")
            found.append(self._finding("agreement", f"{subject} | {label}", summary, values, told))
        return found

    def _levels_meet(self, event: Event) -> bool:
        """Whether sources that give the level of a state (troops present) give it for one measure
        as of one time: levels at different times or of different measures are not one fact the
        sources agree on (1,100 troops at the peak, 500 still there in July)."""
        if not event.members[0].rule.state:
            return True
        sources: dict[tuple, set[str]] = defaultdict(set)
        levels = [r for r in self.measures.readings(event.members) if r.level]
        for r in levels:
            if not r.as_of.earlier:
                sources[(r.measure, r.as_of.start, r.as_of.end)].add(r.view.source)
        return not levels or any(len(s) > 1 for s in sources.values())

    def _incompatible(self, views: list[ClaimView]) -> bool:
        """Whether the sources' own dates or places for the event cannot all be true: then no
        agreement may be claimed, whatever else they share (any such clash of one kind is
        reported as a contradiction). What came after the event dates itself, not the event."""
        asserted = [v for v in views if v.positive and v.claim.modality in ("asserted", "reported")]
        dated = [v for v in asserted if v.interval is not None and not v.interval.implied and v.interval.granularity == "day"
                 and self._dates_the_event(v)]
        if _clashing_values(dated, _interval_key, lambda a, b: not Interval(*a).overlaps(Interval(*b))):
            return True
        if _clashing_values(planned_days(views) + dated, _interval_key, lambda a, b: not Interval(*a).overlaps(Interval(*b))):
            return True  # two planned days, or a plan for one day and the event on another: no agreement
        located = [v for v in asserted if v.location is not None]
        return bool(_clashing_values(located, lambda v: v.location, lambda a, b: not same_place(a, b)))

    @staticmethod
    def _reportable(event: Event) -> bool:
        """Every placed event except a vague claim that fits several events ("earlier this month")."""
        return not event.standalone

    @staticmethod
    def _finding(kind, subject, summary, values, views, key_values=None, details=None, key_subject=None) -> Finding:
        return make_finding(
            kind, subject, summary, values, [claim_quote(v) for v in _one_per_sentence(views)],
            [v.claim.id for v in views], [v.claim.document for v in views], key_values, details, key_subject,
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
        # What came after the event ("died on Thursday, bringing the toll to five", "seven remained
        # in hospital on Friday") is dated after it: its day is no rival date of the event.
        dated = [
            v for v in positives
            if v.interval is not None and not v.interval.implied and v.interval.granularity == "day"
            and v.claim.modality not in ("expected", "planned") and self._dates_the_event(v)
        ]
        involved = victim_date_clashes(dated, self.person_sexes)  # and a plan for one day told done on another (same event)
        involved = sorted({id(v): v for v in involved + plan_outcome_clashes(planned_days(views), dated, self.window_days)}.values(), key=_order)
        if involved:
            values = {d: interval_label(min(vs, key=_order)) for d, vs in _by_doc(involved).items()}
            summary = f"Sources give different dates for the {event_label(views)} involving {who(views)}: {_side_by_side(values)}."
            found.append(self._finding("contradiction", subject + " | date", summary, values, involved))
        found += self._planned_dates(views, positives, subject)
        # An undated account ("signed in Mombasa") is compared too: it joined this event by its
        # kind, participants and a time that overlaps the dated accounts.
        dated_kinds = {v.claim.kind for v in positives if v.interval is not None and not v.interval.implied}
        located = [v for v in positives if v.location is not None and v.claim.modality in ("asserted", "reported")
                   and v.interval is not None and (not v.interval.implied or v.claim.kind in dated_kinds)]
        involved = _clashing_values(located, lambda v: v.location, lambda a, b: not same_place(a, b))
        if involved:
            values = {d: place_title(min(vs, key=_order).location[0]) for d, vs in _by_doc(involved).items()}
            summary = f"Sources place the {event_label(views)} involving {who(views)} in different places: {_side_by_side(values)}."
            found.append(self._finding("contradiction", subject + " | place", summary, values, involved))
        involved = _people_clashes([v for v in positives if v.rule.compare_participants])
        if involved:
            values = {d: ", ".join(sorted({n for v in vs for e, n in v.names.items() if not e.startswith("role:")}))
                      for d, vs in _by_doc(involved).items()}
            summary = f"Sources name different participants for the {event_label(views)} on {interval_label(involved[0])}: {_side_by_side(values)}."
            found.append(self._finding("contradiction", subject + " | participants", summary, values, involved))
        return found

    def _planned_dates(self, views: list[ClaimView], positives: list[ClaimView], subject: str) -> list[Finding]:
        """Plans of one event compared on their day, with plans only ("expected to meet on
        Tuesday", "will meet on Thursday"): sources that announced it the same day or the next
        contradict each other on the planned date; a later announcement of another day tells a
        plan that moved (a change)."""
        planned = planned_days(positives)
        involved = _date_clashes(planned)
        if not involved:
            return []
        values = {d: interval_label(min(vs, key=_order)) for d, vs in _by_doc(involved).items()}
        told = sorted(v.published for v in involved if v.published is not None)
        moved = bool(told) and (told[-1] - told[0]).days > 1
        if moved:
            summary = f"The planned date of the {event_label(views)} involving {who(views)} moved: {_side_by_side(values)}."
        else:
            summary = f"Sources give different planned dates for the {event_label(views)} involving {who(views)}: {_side_by_side(values)}."
        return [self._finding("change" if moved else "contradiction", subject + " | planned date", summary, values, involved)]

    def figure_findings(self, event: Event, subject: str) -> list[Finding]:
        """The figure findings of an event under ``subject``; open events' figures are judged so too (:mod:`.open_figures`)."""
        return self._figures(event, subject)

    def _figures(self, event: Event, subject: str) -> list[Finding]:
        """Figure findings, one per kind and measure: figures are compared only with figures of
        the same measure (see :mod:`.measures`) as of the same time; levels as of different
        times are a change, a level held at an earlier, unstated time is compared with nothing."""
        readings = self.measures.readings(event.members)
        groups: dict[tuple[str, str], list[Reading]] = defaultdict(list)
        by_doc: dict[str, list[Reading]] = defaultdict(list)
        for r in readings:
            by_doc[r.view.claim.document].append(r)
        for doc_items in by_doc.values():
            for a, b in combinations(doc_items, 2):
                if (a.view.claim.id == b.view.claim.id or a.measure != b.measure or not figures_comparable(a.figure, b.figure)
                        or a.as_of.earlier or b.as_of.earlier or a.as_of.gap_days(b.as_of)):
                    continue
                if not figures_overlap(a.figure, b.figure):
                    groups[("internal", a.measure)] += [a, b]
                elif restated(a.figure) != restated(b.figure):
                    # two different figures that overlap; one figure restated ("Forty-eight" in
                    # the standfirst, "48" in the body) is no check worth reporting
                    groups[("consistent", a.measure)] += [a, b]
        # One account per (source, figure, as-of time) across sources; the body's before the headline's.
        accounts: dict[tuple, Reading] = {}
        for r in sorted(readings, key=lambda r: r.view.claim.zone == "headline"):
            accounts.setdefault((r.view.source, figure_key(r.figure), r.figure.event, r.as_of), r)
        levels = [r for r in accounts.values() if r.level]
        flows = {(id(r.view), r.index): r for r in accounts.values() if not r.level and not r.as_of.earlier}
        worded = self._worded_running(event)  # a bare figure counts what its noun's one event counts; a count under way, its highest
        pairs = highest_of_worded([(r.view, r.compared, r.index) for r in flows.values()], {id(v) for v in worded})
        # The casualties of a kind that runs (a disaster) or of a worded account run, and so do
        # the units the worded accounts count ("according to preliminary results": the votes),
        # and a count that grows as reports come in and never falls between them (3, 4, then 5
        # dead), so a later higher figure of them is a change; other figures (a quake's
        # magnitude) do not.
        every_event = bool(worded) or any(v.rule.running_toll for v in event.members)
        units = {f.unit for v in worded for f in v.claim.figures}
        rising, falling = rising_counts(pairs, self.running_counts), falling_counts(pairs, self.falling_counts)

        def runs(f) -> bool:
            return f.unit in units or (f.event is not None and (every_event or (f.event, f.unit) in rising | falling))

        clashing = _figure_clashes([a for a in pairs if not runs(a[1])], event.members[0].rule.state, self.change_after_days)
        for group, found in _toll_clashes(upturned([a for a in pairs if runs(a[1])], falling), self.report_minutes_apart).items():
            clashing[group] += found
        for group, found in level_clashes(levels, self.change_after_days).items():
            for r in found:
                groups[(group, r.measure)].append(r)
        for group, found in clashing.items():
            for v, _, index in found:
                r = flows[(id(v), index)]
                groups[(group, r.measure)].append(r)
        kept = {(id(v), index) for v, _, index in pairs}
        complete_changes(groups, [r for r in flows.values() if (id(r.view), r.index) in kept] + levels)
        label = event_label(event.members)
        order = {"internal": 0, "consistent": 1, "contradiction": 2, "change": 3}
        found_findings = []
        for (group, measure), members in sorted(groups.items(), key=lambda kv: (order[kv[0][0]], kv[0][1])):
            if group in ("contradiction", "change") and len({r.view.source for r in members}) < 2:
                continue  # its rival values are of another measure: no clash between sources on this one
            found_findings.append(self._figure_finding(group, measure, members, subject, label))
        return found_findings

    def _figure_finding(self, group: str, measure: str, members: list[Reading], subject: str, label: str) -> Finding:
        """One figure finding of ``group`` over the readings of one measure, each value with its
        as-of time. A toll none of whose accounts tells of violence counts "people who died", not
        "people killed" (see ``labels.plain_death``): true of any death, so safe whatever the event."""
        involved = sorted({id(r.view): r.view for r in members}.values(), key=_order)
        death = plain_death(involved)
        measure = death_wording(measure, death)
        phrase = death_wording(measure_phrase(members[0].figure, members[0].event), death)  # "number of people killed in"
        # What the figures count, in the event: "the number of people killed in the attack"; deaths
        # named by no event of their own read "the number of deaths", not "... who died in the deaths".
        counted = f"{phrase} the {label}"
        if death is not None and label == death.label and phrase.startswith("number of ") and phrase.endswith(" in"):
            counted = f"number of {death.label}"
        shown = clocked_labels(members) if group == "change" else {}  # a change within one day shows the hours
        figures = sorted({(r.view.claim.document, r.view.claim.line, figure_label(r.figure), figure_key(r.figure), shown.get(id(r), r.as_of.label)) for r in members})
        if group in ("internal", "consistent"):
            values = {f"{d} line {line}": f"{text} (as of {as_of})" for d, line, text, _, as_of in figures}
            details = {f"{d} line {line}": (measure, as_of) for d, line, _, _, as_of in figures}
            doc = figures[0][0]
            texts = " and ".join(t for _, _, t, _, _ in figures)
            if group == "consistent":
                summary = f"Consistent within one source: {doc} gives {texts} {measure} for the same {label}; the ranges overlap."
            else:
                summary = (f"{doc} contradicts itself on the {counted} involving {who(involved)}: "
                           f"{' vs '.join(t for _, _, t, _, _ in figures)}.")
            word = "consistent" if group == "consistent" else "inconsistent"
            return self._finding(group, f"{subject} | figures of {measure} {word} within one source", summary, values, involved,
                                 [k for _, _, _, k, _ in figures], details)
        texts: dict[str, list[str]] = defaultdict(list)
        times: dict[str, list[str]] = defaultdict(list)
        for d, _, text, _, as_of in figures:
            if f"{text} (as of {as_of})" not in texts[d]:
                texts[d].append(f"{text} (as of {as_of})")
            if as_of not in times[d]:
                times[d].append(as_of)
        values = {d: "; ".join(ts) for d, ts in texts.items()}
        details = {d: (measure, "; ".join(times[d])) for d in texts}
        if group == "change":
            summary = f"The {counted} involving {who(involved)} changed over time: {_side_by_side(values)}."
            key_values = [f"{k} @ {as_of}" for _, _, _, k, as_of in figures]
        else:
            when = ", as of the same time" if len({as_of for *_, as_of in figures}) == 1 else ""
            summary = (f"Sources give different figures for the {counted} involving {who(involved)}{when}: "
                       f"{_side_by_side(values)}.")
            key_values = [k for _, _, _, k, _ in figures]
        return self._finding(group, f"{subject} | figures of {measure}", summary, values, involved, key_values, details)


def _evidence(views: list[ClaimView]) -> list[ClaimView]:
    """The accounts that state the event, per document: its claims of the event's own kind (the
    one its label names) and the one that gives the document's value; a claim of another kind of
    the family ("Goita's trip marks a continuation of ...", beside "is expected to meet Putin")
    is quoted only from a document that has no claim of the event's kind."""
    main = min(views, key=lambda v: (v.interval.rank if v.interval else 9, not v.rule.compare_participants, _order(v))).claim.kind
    kept = []
    for vs in _by_doc(views).values():
        if any(v.claim.kind == main for v in vs):
            best = min(vs, key=lambda v: (v.interval.rank if v.interval else 9, interval_label(v)))
            kept += [v for v in vs if v.claim.kind == main or v is best]
        else:
            kept += vs
    return kept


def _encounters(views: list[ClaimView]) -> list[list[ClaimView]]:
    """One source's accounts of an encounter (a meeting, a call) split by the people they name:
    accounts whose named people share nobody are separate encounters ("Prior to the meeting with
    Goita, Yevkurov held talks with Camara and Diarra"). An account naming nobody goes with the
    best-dated encounter. Other kinds, told through representatives, stay one."""
    if not all(v.rule.compare_participants for v in views):
        return [views]
    parent: dict[str, str] = {}

    def root(person: str) -> str:
        while parent.setdefault(person, person) != person:
            person = parent[person]
        return person

    for v in views:
        people = sorted(p for p in v.persons if not p.startswith("role:"))
        for other in people[1:]:
            parent[root(other)] = root(people[0])
    groups: dict[str, list[ClaimView]] = defaultdict(list)
    nobody = []
    for v in views:
        people = sorted(p for p in v.persons if not p.startswith("role:"))
        (groups[root(people[0])] if people else nobody).append(v)
    if len(groups) < 2:
        return [views]
    ordered = sorted(groups.values(), key=lambda vs: min((v.interval.rank if v.interval else 9, _order(v)) for v in vs))
    ordered[0] = sorted(ordered[0] + nobody, key=_order)
    # A sentence that tells one encounter and refers to another ("Prior to the meeting with Goita,
    # Yevkurov held talks with Camara") is the evidence of an encounter no other sentence tells.
    told_in: dict[tuple, int] = defaultdict(int)
    for vs in ordered:
        for key in {(v.claim.document, v.claim.sentence) for v in vs}:
            told_in[key] += 1
    own = []
    for vs in ordered:
        alone = [v for v in vs if told_in[(v.claim.document, v.claim.sentence)] == 1]
        own.append(alone or vs)
    return own


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


def _agreement_summary(sources: int, views: list[ClaimView], by_doc: dict[str, list[ClaimView]], values: dict[str, str]) -> str:
    """What the sources agree on. When they tell the event in different kinds of account (one
    a phone call, the other what the leaders committed to in that month), the summary says
    what each source reports: it never makes one source say "phone call" when its sentence
    does not."""
    told = {d: event_label(vs, views) for d, vs in by_doc.items()}
    if len(set(told.values())) == 1:
        stance = _plan_stance(views)
        what = f"that the {event_label(views)} involving {who(views)} is {stance}" if stance else \
            f"on the {event_label(views)} involving {who(views)}"
        return f"{sources} independent sources agree {what} ({_side_by_side(values)})."
    each = _side_by_side({d: f"{told[d]}, {value}" for d, value in values.items()})
    return f"{sources} independent sources report one {views[0].rule.family} involving {who(views)}, in different terms ({each})."


def _plan_stance(views: list[ClaimView]) -> str:
    """"expected" or "planned" when every account tells the event as still to come (a plan both
    sources announce is not a report that it happened); "" otherwise."""
    modalities = {v.claim.modality for v in views}
    if not modalities <= {"expected", "planned"}:
        return ""
    return "planned" if modalities == {"planned"} else "expected"


def _side_by_side(values: dict[str, str]) -> str:
    return "; ".join(f"{d}: {v}" for d, v in values.items())


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


# -- findings outside events -----------------------------------------------------------


def _interval_key(v: ClaimView) -> tuple:
    i = v.interval
    return (i.start, i.end, i.granularity, i.implied)


def unify(findings: list[Finding]) -> list[Finding]:
    """One finding per fingerprint, sorted by kind then subject."""
    order = {"contradiction": 0, "internal": 1, "change": 2, "variant": 3, "agreement": 4, "consistent": 5, "single_source": 6}
    unique: dict[str, Finding] = {}
    for f in findings:
        unique.setdefault(f.fingerprint, f)
    return sorted(unique.values(), key=lambda f: (order.get(f.kind, 9), f.subject, f.fingerprint))
