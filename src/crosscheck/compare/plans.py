"""Plans compared with their outcome and with each other (issue 15, item 7; blind sets' cause C5).

A plan and its outcome: an article that announces an
event ("will strike on Thursday", "is expected to complete the takeover in July") and a later
article that reports it done ("went on strike on Thursday", "completed the takeover") tell one
event at two moments. The open grouping keeps them apart (a plan never confirms the event, nor
the event the plan); this module compares them as a ``change``: the event was expected, then
reported done.

A plan group and a done group are one event when they share an event class and a participant
(a person, an organisation or a place below the country), no side names a person the other
lacks, both are dated and their times overlap (or, the plan having moved, each names one day and
they lie a day or two apart: "will meet on Monday", "met on Tuesday"), and a source
that does not itself report the
event done published the plan before the report of the event done (a headline's "X to buy Y"
over a story of the agreed deal is no earlier plan). Groups are filed by (class, participant), so each plan meets only the done
groups that share one with it.

Two plans of one event for two days (``planned_date_clashes``): a contradiction on the planned
date when announced within a day of each other, a plan that moved (a change) when later.
"""

from __future__ import annotations

from collections import defaultdict

from ..models import Finding
from .labels import event_words, make_finding, name_list, quote, time_label
from .timed_union import overlap

_MOVED_DAYS = 2  # a plan put off (or brought forward) by a day or two is still one event's plan


def plan_outcomes(groups: list[list], window_days: int | None = None) -> list[Finding]:
    """A ``change`` for every plan group (open-event views, see ``open_events``) whose event a
    later done group reports (see the module docstring), in a stable order; with ``window_days``,
    also when the plan named one day and the event was reported done on another at most that
    many days away (the plan moved: "will meet on Monday", "met on Tuesday")."""
    done_by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, group in enumerate(groups):
        if not group[0].plan and _window(group) is not None:
            for key in _filing(group):
                done_by_key[key].append(index)
    pairs: dict[tuple, tuple[list, list]] = {}
    # The articles that tell a plan for one time and its outcome make one change, however many
    # event words their sentences have ("will strike ... over pay": strike and pay, and the
    # headline); the word nearest the start of its sentence (its main event, as a rule) names it.
    plans = sorted((g for g in groups if g[0].plan and _window(g) is not None), key=_main_first)
    for group in plans:
        candidates = sorted({i for key in _filing(group) for i in done_by_key.get(key, ())})
        outcome = next((groups[i] for i in candidates if _outcome_of(group, groups[i], window_days)), None)
        if outcome is None:
            continue
        told_as = (tuple(sorted({v.claim.document for v in group})), tuple(sorted({v.claim.document for v in outcome})), _window(group))
        plan, done = pairs.setdefault(told_as, ([], []))
        plan += [v for v in group if v not in plan]
        done += [v for v in outcome if v not in done]
    return [_finding(plan, done) for _, (plan, done) in sorted(pairs.items(), key=lambda kv: (kv[0][0], kv[0][1], str(kv[0][2])))]


def planned_date_clashes(groups: list[list], window_days: int) -> list[Finding]:
    """Plans of one event that name two days ("will strike on Thursday", "will strike on
    Friday"): the grouping keeps them apart (their times do not overlap), and they are one
    plan when they share an event class and a participant, no side names a person the other
    lacks, no source tells both and the days lie at most ``window_days`` apart. Sources that
    announced it within a day of each other contradict each other on the planned date; a later
    announcement of another day tells a plan that moved (a change)."""
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    days = {i: _day(g) for i, g in enumerate(groups) if g[0].plan}
    for i, day in days.items():
        if day is not None:
            for key in _filing(groups[i]):
                by_key[key].append(i)
    # The pairs of one pair of articles (a headline and a body sentence each) make one finding.
    pairs: dict[frozenset, tuple[list, list]] = {}
    for i, day in sorted(days.items()):
        if day is None:
            continue
        for j in sorted({j for key in _filing(groups[i]) for j in by_key[key] if j > i}):
            a, b = groups[i], groups[j]
            if (days[j] == day or abs((days[j] - day).days) > window_days or {v.source for v in a} & {v.source for v in b}
                    or _persons_apart(a, b)):
                continue
            told_a, told_b = pairs.setdefault(frozenset(v.claim.document for v in a + b), ([], []))
            told_a += [v for v in a if v not in told_a]
            told_b += [v for v in b if v not in told_b]
    return [_date_finding(a, b) for _, (a, b) in sorted(pairs.items(), key=lambda kv: sorted(kv[0]))]


def _day(group: list):
    dated = {v.start for v in group if not v.implied and v.granularity == "day"}
    return next(iter(dated)) if len(dated) == 1 and all(v.implied or v.granularity == "day" for v in group) else None


def _persons_apart(a: list, b: list) -> bool:
    persons_a = frozenset().union(*(v.persons for v in a))
    persons_b = frozenset().union(*(v.persons for v in b))
    return bool(persons_a - persons_b and persons_b - persons_a)


def _date_finding(a: list, b: list) -> Finding:
    people = _people(a, b)
    who = " and ".join(people)
    kind = " / ".join(sorted({v.event_class for v in a + b}))
    values, quotes, claims = _told(a, b, lambda v: time_label(v.claim.time))
    published = sorted(v.doc.document.published for v in a + b if v.doc.document.published is not None)
    moved = bool(published) and (published[-1] - published[0]).days > 1
    words = event_words(v.claim for v in a + b)
    what = f"the planned event ({words})" + (f" involving {name_list(people)}" if who else "")
    side = "; ".join(f"{d}: {value}" for d, value in values.items())
    summary = f"The planned date of {what} moved: {side}." if moved else f"Sources give different planned dates for {what}: {side}."
    return make_finding("change" if moved else "contradiction", (f"{kind}: {who}" if who else kind) + " | planned date",
                        summary, values, quotes, claims, sorted(values))


def _people(a: list, b: list) -> list[str]:
    shared = sorted(frozenset().union(*(v.keys for v in a)) & frozenset().union(*(v.keys for v in b)))
    names = {}
    for v in a + b:
        names.update(v.names)
    return sorted({names.get(k.split(":", 1)[1], k.split(":", 1)[1]) for k in shared[:3]})


def _told(a: list, b: list, value_of) -> tuple[dict[str, str], list, list[str]]:
    """Each document's value (of its first account), its quote, and every claim id, sorted."""
    values, quotes = {}, []
    by_doc: dict[str, list] = defaultdict(list)
    for v in a + b:
        by_doc[v.claim.document].append(v)
    for doc_id, views in sorted(by_doc.items()):
        first = min(views, key=lambda v: (v.implied, v.claim.start))
        values[doc_id] = value_of(first)
        c = first.claim
        quotes.append(quote(first.doc, c.start, c.end, c.line, c.text))
    return values, sorted(quotes, key=lambda q: (q.document, q.start)), sorted({v.claim.id for v in a + b})


def _main_first(group: list) -> tuple:
    offsets = [v.claim.trigger.start - v.claim.start for v in group if v.claim.trigger is not None]
    return (min(offsets, default=0), min(v.index for v in group))


def _filing(group: list) -> set[tuple[str, str]]:
    return {(event_class, key) for v in group for event_class in (v.event_class, v.claim.kind) for key in v.keys}


def _window(group: list) -> tuple | None:
    """The time every dated account of a group allows (latest start, earliest end); None when
    no account has a date of its own."""
    dated = [v for v in group if not v.implied and v.start is not None]
    if not dated:
        return None
    return max(v.start for v in dated), min((v.end for v in dated if v.end is not None), default=None)


def _published(group: list) -> list:
    return sorted(v.doc.document.published for v in group if v.doc.document.published is not None)


def _outcome_of(plan: list, done: list, window_days: int | None = None) -> bool:
    persons_plan = frozenset().union(*(v.persons for v in plan))
    persons_done = frozenset().union(*(v.persons for v in done))
    if persons_plan - persons_done and persons_done - persons_plan:
        return False
    (plan_start, plan_end), (done_start, done_end) = _window(plan), _window(done)
    if not overlap(plan_start, plan_end, done_start, done_end) and not _moved(plan, done, window_days):
        return False
    # A source that reports the event done is not announcing it ("Castelbrune to buy Hollwerk"
    # over a story of the agreed takeover): only sources that tell the plan alone count, and
    # they must have told it before the event was reported done.
    reporting = {v.source for v in done}
    announced = _published([v for v in plan if v.source not in reporting])
    reported = _published(done)
    return bool(announced and reported) and announced[0] < reported[-1]


def _moved(plan: list, done: list, window_days: int | None) -> bool:
    """Whether a plan for one day and an event reported done on another day tell one event whose
    plan moved: at most ``_MOVED_DAYS`` apart (and within ``window_days``): a meeting put off by a
    day is one meeting, a strike planned for Thursday and one held the next Tuesday are two
    strikes, as far as their dates tell."""
    planned, happened = _day(plan), _day(done)
    return (window_days is not None and planned is not None and happened is not None
            and abs((happened - planned).days) <= min(window_days, _MOVED_DAYS))


def _finding(plan: list, done: list) -> Finding:
    reporting = {v.source for v in done}
    plan = [v for v in plan if v.source not in reporting]  # the sources that announced it
    shared = sorted(frozenset().union(*(v.keys for v in plan)) & frozenset().union(*(v.keys for v in done)))
    names = {}
    for v in plan + done:
        names.update(v.names)
    people = sorted({names.get(k.split(":", 1)[1], k.split(":", 1)[1]) for k in shared[:3]})
    stance = "planned" if all(v.claim.modality == "planned" for v in plan) else "expected"
    values, quotes, claims = {}, [], []
    for told, members in (("expected" if stance == "expected" else "planned", plan), ("done", done)):
        by_doc: dict[str, list] = defaultdict(list)
        for v in members:
            by_doc[v.claim.document].append(v)
            claims.append(v.claim.id)
        for doc_id, views in sorted(by_doc.items()):
            first = min(views, key=lambda v: (v.implied, v.claim.start))
            published = first.doc.document.published
            label = time_label(first.claim.time)
            if f"({told})" not in label:
                label += f", {told}"
            values[doc_id] = label + (f" (reported {published.isoformat()})" if published else "")
            c = first.claim
            quotes.append(quote(first.doc, c.start, c.end, c.line, c.text))
    kind = " / ".join(sorted({v.event_class for v in plan + done}))
    who = " and ".join(people)
    subject = (f"{kind}: {who}" if who else kind) + " | planned, then done"
    words = event_words(v.claim for v in plan + done)
    planned, happened = _day(plan), _day(done)
    elsewhen = " on another day" if planned is not None and happened is not None and planned != happened else ""
    summary = (f"The event ({words})" + (f" involving {name_list(people)}" if who else "")
               + f" was {stance}, then reported done{elsewhen}: " + "; ".join(f"{d}: {value}" for d, value in values.items()) + ".")
    documents = sorted({v.claim.document for v in plan + done})
    return make_finding("change", subject, summary, values, sorted(quotes, key=lambda q: (q.document, q.start)),
                        sorted(set(claims)), documents)
