"""Figures inside open-vocabulary events: the same measure at the same time, as for closed kinds.

Two sources that tell one occurrence of an open event class ("sentenced ... to five years in
prison", "was sentenced to 10 years in prison") may still disagree on its figures. Their
figures are judged exactly as a closed kind's are (:meth:`findings.EventJudge` through
:mod:`.measures` and :mod:`.judgement`): each figure has a measure (what it counts and what
happened to it: "years in prison sentenced", "people killed", "people displaced") and an as-of
time, and only figures of one measure compare. Apart as of the same time they contradict; a
level apart at times far enough apart, or a running toll worded as one ("has risen to 41"), is
a change. What prosecutors sought is another measure than what the court gave, so a request
never contradicts a sentence.

An open class has no rule file, so its accounts are judged under a plain rule: not a state, no
running toll of its own (the wording still makes one), participants named by the accounts.
Only findings between sources come out (contradiction, change): an open group is looser than a
closed event, and a figure one article gives twice is compared where its closed kind is.
"""

from __future__ import annotations

from functools import lru_cache

from ..extract.claim_rules import EventRule
from ..models import Finding
from .events import ClaimView, Event, Interval
from .findings import EventJudge

_BETWEEN_SOURCES = ("contradiction", "change")
TELLING_COUNT = 10  # a count from which one exact figure two accounts share tells their occurrence
LEVEL_KEY = "described:level:"  # the key of a level's measure ("described:level:aboard:crew|crew|aboard")


@lru_cache(maxsize=None)
def _plain_rule(event_class: str) -> EventRule:
    """The rule an open event class is judged under: its class is its kind, label and family."""
    return EventRule.model_construct(kind="events", event=event_class, label=f"event ({event_class})", family=event_class,
                                     compare_participants=True, triggers=[], examples=None)


def _claim_view(view) -> ClaimView:
    """A closed kind's view of an open account (an ``open_events.OpenView``): its participants
    by name, its time as the grouping read it (dated, or its publication window)."""
    persons = {key.split(":", 1)[1]: "" for key in view.persons}
    interval = Interval(view.start, view.end, view.granularity, view.implied) if view.start is not None else None
    return ClaimView(claim=view.claim, doc=view.doc, rule=_plain_rule(view.event_class), source=view.source,
                     countries=frozenset(), persons=persons, names=dict(view.names), location=None,
                     interval=interval, figures=list(view.claim.figures))


def open_figure_findings(judge: EventJudge, group: list, subject: str) -> list[Finding]:
    """Contradictions and changes of the figures of one open event (a group of ``OpenView``)
    that several sources tell, one finding per measure, each value with its as-of time.

    A figure measures its own event word: the figures of one event class are compared with
    each other only. A group may gather a story's many event words (a shooting, the vigil after
    it, the riot, the arrests), and "hitting Gray eleven times", "arrested four times" and "46
    were arrested" are not one measure told three ways; "sentenced to seven years" and "was
    sentenced to four years" are."""
    by_class: dict[str, list] = {}
    for v in sorted(group, key=lambda v: v.index):
        by_class.setdefault(v.event_class, []).append(v)
    found = []
    for event_class, accounts in sorted(by_class.items()):
        if len({v.source for v in accounts}) < 2 or not any(v.claim.figures for v in accounts):
            continue
        members = [_claim_view(v) for v in accounts]
        event = Event(id=0, family=members[0].rule.family, members=members)
        found += [f for f in judge.figure_findings(event, subject) if f.kind in _BETWEEN_SOURCES]
    return found


def telling_figures(claim) -> set[tuple]:
    """The exact figures of an account that can tell its occurrence: (value, unit) of a count
    of at least TELLING_COUNT or of a figure with decimals ("5.6"), and (low, high, unit) of a
    range written out ("1.5 million to 2 million euros", "entre 1,5 et 2 millions d'euros"); not
    of hedged ranges ("nearly 50")."""
    found = set()
    for f in claim.figures:
        low, high = getattr(f, "low", None), getattr(f, "high", None)
        if low is None or high is None:
            continue
        if low != high:
            if getattr(f, "hedge", None) is None and high >= TELLING_COUNT:
                found.add((low, high, getattr(f, "unit", None)))
            continue
        if low >= TELLING_COUNT or low != int(low):
            found.add((low, getattr(f, "unit", None)))
    return found


def level_key(event_class: str, f) -> str:
    """The key a level's figure files its account under: its class and its figure's measure."""
    return f"{LEVEL_KEY}{event_class}:{f.noun or f.unit}|{f.unit}|{f.event}"
