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

A story's details with no time of their own (the decision and the provisional suspension
around a ban, the evacuation and the halt of a plane that landed) fold into its dated event
the same way (``fold_details``): one event, one finding naming its main class.
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

    # Two groups of one occasion share an article: each group meets only the groups of its day
    # filed under one of its articles (a scan of every pair of a day grew with the square of
    # the groups of a busy day). Union-find joins the same groups whatever the order of pairs.
    by_day_and_document: dict[tuple, list[int]] = defaultdict(list)
    for i, signature in signatures.items():
        if signature is not None:
            for document in sorted(signature[2]):
                by_day_and_document[(signature[0], document)].append(i)
    for members in by_day_and_document.values():
        for n, i in enumerate(members):
            people_i = signatures[i][1]
            for j in members[n + 1 :]:
                people_j = signatures[j][1]
                if people_i <= people_j or people_j <= people_i:
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


def fold_details(groups: list[list]) -> tuple[list[list], dict[int, list[list]]]:
    """``groups`` with each detail of a story's event folded into that event's group, and, by
    the position of an event's group in the result, the detail groups folded into it (their
    accounts are quoted with the event, never named as its class: one event, one finding
    naming its main class; blind13's cause 9).

    A story tells its event and around it parts and consequences with no time of their own: the
    provisional suspension before a ban and the decision that imposed it, the flight, the
    evacuation and the halt of a plane that made an emergency landing. Each of those words is an
    event class of its own, so two outlets using it make an agreement beside the one on the
    event itself, and a reader gets the same happening three times. A group several sources
    tell is a detail of another (the event) when:

    * it has no date of its own (every account undated), while the event is dated;
    * every article telling it also tells the event (the same story, not a similar one);
    * the people its sources share are among the event's participants (told of the same people);
    * in each article it stands in the same sentence as the event, or names no person of its
      own there (it stands for the article's protagonists: "the evacuation", "the decision");
    * both tell what happened, or both what is still to come.

    Of several events a detail could belong to, the one it shares most sentences with, then the
    one most sources tell, then the first, takes it; a detail folds into an event, never into
    another detail, so nothing is folded twice."""
    several = [i for i, g in enumerate(groups) if len({v.source for v in g}) > 1]
    # A detail's articles all tell its event: the events it may belong to are found by one of
    # its articles (a scan of every dated group per detail grew with the square of the groups).
    dated_of_document: dict[str, list[int]] = defaultdict(list)
    for i in several:
        if any(not v.implied for v in groups[i]):
            for document in sorted({v.claim.document for v in groups[i]}):
                dated_of_document[document].append(i)
    owner: dict[int, int] = {}
    for i in several:
        detail = groups[i]
        if any(not v.implied for v in detail):
            continue
        best = None
        for j in dated_of_document.get(min(v.claim.document for v in detail), ()):
            rank = _detail_of(detail, groups[j])
            if rank is not None and (best is None or rank > best[0]):
                best = (rank, j)
        if best is not None:
            owner[i] = best[1]
    folded: dict[int, list] = {i: list(g) for i, g in enumerate(groups) if i not in owner}
    details_of: dict[int, list[list]] = defaultdict(list)
    for i, j in sorted(owner.items()):
        folded[j].extend(groups[i])
        details_of[j].append(groups[i])
    kept = sorted(folded)
    return [folded[i] for i in kept], {n: details_of[i] for n, i in enumerate(kept) if i in details_of}


def _detail_of(detail: list, event: list) -> tuple | None:
    """How strongly ``detail`` (an undated group) belongs to ``event`` (a dated one), as (shared
    sentences, sources of the event, -position); None when it is no detail of it (see
    ``fold_details``)."""
    if detail[0].plan != event[0].plan:
        return None
    documents = {v.claim.document for v in detail}
    if not documents <= {v.claim.document for v in event}:
        return None
    sources: dict[str, set[str]] = defaultdict(set)
    for v in detail:
        for key in v.persons:
            sources[key].add(v.source)
    if not {k for k, s in sources.items() if len(s) > 1} <= {k for v in event for k in v.keys}:
        return None
    sentences = {(v.claim.document, v.claim.sentence) for v in event}
    shared = 0
    for document in documents:
        told = [v for v in detail if v.claim.document == document]
        if any((v.claim.document, v.claim.sentence) in sentences for v in told):
            shared += 1
        elif not all(v.stands_in for v in told):
            return None
    return shared, len({v.source for v in event}), -event[0].index
