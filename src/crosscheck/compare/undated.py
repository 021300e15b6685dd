"""An account with no time of its own joins a dated event through someone it shares, never
through its country alone (issue 15, item 6).

The country-based grouping (``events``) joins accounts whose country sets contain one another
and whose times overlap. An account that gives no time is dated by its article's publication
(recent news), a window that overlaps every event of the days before, so for it a shared
country is all the evidence there is, and a country's leaders meet, call and visit many
people: "the Prime Minister talked with his Nigerien counterpart, Ali Lamine Zeine" is no
account of his dated meeting with General Tiani in Niamey, though both are of Niger. So an
undated account that names people joins a dated event only when one of them is among the
people the event's dated accounts of its kind name (two meetings of one day with other people
are two meetings), or they share a place below the country (a town).
An account naming nobody ("the meeting", a headline) stands for its story's event and still
joins, and so does an account of a kind the event tells with no dated account naming someone:
a visit is the frame of the meetings it holds ("a delegation led by Yevkurov visited Niger and
Mali" and "Tiani met the delegation in Niamey on Sunday" are one trip). A role ("Niger's
president", not resolved to a name) may be any person of its country and never tells two
people apart. Kinds whose people identify an occurrence (deaths, attacks) are told apart by
their people at any time (``events.names_others``).
"""

from __future__ import annotations

from collections import defaultdict


class DatedPeople:
    """The people each event's dated accounts of each kind name, as the grouping places accounts."""

    def __init__(self) -> None:
        self.people: dict[tuple[int, str], set[str]] = defaultdict(set)  # (event, kind) -> people

    def add(self, view, event_id: int) -> None:
        """Count ``view`` (an ``events.ClaimView`` just placed in event ``event_id``) when it is dated."""
        if view.interval is not None and not view.interval.implied:
            self.people[(event_id, view.claim.kind)].update(_people(view.persons))

    def stranger(self, view, representative, event_id: int) -> bool:
        """Whether ``view``, undated, would join the dated ``representative``'s event by its
        country alone while each names someone the other does not (see the module docstring)."""
        if (view.rule.people_identify or view.interval is None or not view.interval.implied
                or representative.interval is None or representative.interval.implied):
            return False
        dated, own = self.people.get((event_id, view.claim.kind), set()), _people(view.persons)
        if not own - dated or not dated - own or any(p.startswith("role:") for p in own):
            return False
        countries = {view.persons[p] for p in own}
        if any(p.startswith("role:") and p.rsplit("@", 1)[-1] in countries for p in dated):
            return False
        return view.spots.isdisjoint(representative.spots)


def _people(persons: dict[str, str]) -> set[str]:
    """The people an account names (entity -> country), a role ("Niger's leader") left out when
    the account also names someone of its country: "Niger's leader, General Salifou Mody" is him."""
    named = {country for p, country in persons.items() if not p.startswith("role:")}
    return {p for p in persons if not p.startswith("role:") or p.rsplit("@", 1)[-1] not in named}
