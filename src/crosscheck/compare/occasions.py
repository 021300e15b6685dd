"""One occasion told in several words is one finding (issue 15, item 7; blind sets' cause C7).

The open grouping files accounts by event class, so one by-election told as "won Sunday's
byelection", "a remporté dimanche l'élection" and "with 24,318 votes" can end as three groups
(win, election, vote), each an agreement of some of the sources, where a reader expects one
agreement naming them all. Groups that several sources tell are one occasion when:

* they are dated to the same day (a day each, not a month: two events of one month with the
  same people are often two events);
* the participants the sources share in one are all among those they share in the other
  ("Lavoie-Dubé" and "Lavoie-Dubé and Élections Gatineau"): told of the same people;
* an article tells both (the same story read twice, not two stories that happen to meet);
* both tell the event as done, or both as still to come (a plan and its outcome stay apart).

Folding is transitive (union-find over the groups) and keeps the groups' order, so the
result does not depend on the order of the sources.
"""

from __future__ import annotations

from collections import defaultdict


def fold_occasions(groups: list[list]) -> list[list]:
    """``groups`` (lists of open-event views, see ``open_events``) with the groups several
    sources tell that are one occasion (see the module docstring) merged, in first-group order."""
    signatures = {i: _signature(g) for i, g in enumerate(groups) if len({v.source for v in g}) > 1}
    parent = list(range(len(groups)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_day: dict[tuple, list[int]] = defaultdict(list)
    for i, signature in signatures.items():
        if signature is not None:
            by_day[signature[0]].append(i)
    for members in by_day.values():
        for n, i in enumerate(members):
            _, people_i, docs_i = signatures[i]
            for j in members[n + 1 :]:
                _, people_j, docs_j = signatures[j]
                if (people_i <= people_j or people_j <= people_i) and docs_i & docs_j:
                    a, b = root(i), root(j)
                    if a != b:
                        parent[max(a, b)] = min(a, b)
    merged: dict[int, list] = defaultdict(list)
    for i, group in enumerate(groups):
        merged[root(i)].extend(group)
    return [merged[i] for i in sorted(merged)]


def _signature(group: list) -> tuple | None:
    """(day and stance, participants the sources share, documents) of a group dated to one day;
    None for a group with no day of its own or no shared participant."""
    dated = {(v.start, v.end) for v in group if not v.implied and v.granularity == "day" and v.start is not None}
    if len(dated) != 1:
        return None
    sources: dict[str, set[str]] = defaultdict(set)
    for v in group:
        for key in v.keys:
            sources[key].add(v.source)
    shared = frozenset(k for k, s in sources.items() if len(s) > 1)
    if not shared:
        return None
    return (next(iter(dated)), group[0].plan), shared, {v.claim.document for v in group}
