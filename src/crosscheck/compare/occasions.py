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

Two groups several sources tell are one occasion too when they quote one sentence of an article
(``_sharing``: "A gang of four thieves ... on Thursday stole nearly all the jewels ... at the
Harry Winston boutique" is in the group of "stole" with seven sources and in that of "thieves"
with two): one sentence told their event to both, so one finding tells it (an undated group
in the sentence of a dated one is left to ``fold_details``). Not when their times do not
overlap (a sentence may tell an arrest on Monday over a robbery on Friday; an undated group is
of the days its articles were published in), nor when one names people the other does not (the
participants its sources share are not all among the other's), nor a plan with an outcome.

And they are one occasion when the same sources tell both (``_retold``): two groups of one class
(or of one family of classes, see ``families``: "rammed", "ransacked" and "stole" are kinds of
taking) that at least two sources share, of the same people (as above, and naming some) and
known times that overlap (the same outlets tell similar events of unknown dates): "Paris hit by 2 mn-euro jewelry heist" in the headlines and "Four men rammed their car
into an upmarket jewelry store in central Paris on Monday ... stealing $2.6 million" in the
bodies of the same outlets. A second event of one class the same outlets report on another
day, or with other people (the Angels' offer to a player and the Red Sox's), stays apart.

Folding is transitive (union-find over the groups) and keeps the groups' order, so the
result does not depend on the order of the sources; but an undated group joins one dated
occasion at most (``_settled``), so that it never makes two dated events one.

A story's details with no time of their own (the decision and the provisional suspension
around a ban, the evacuation and the halt of a plane that landed) fold into its dated event
the same way (``fold_details``): one event, one finding naming its main class.
"""

from __future__ import annotations

from collections import defaultdict


def fold_occasions(groups: list[list], families: dict[str, frozenset[str]] | None = None) -> list[list]:
    """``groups`` (lists of open-event views, see ``open_events``) with the groups several
    sources tell that are one occasion (see the module docstring) merged, in first-group order;
    ``families``: event class -> its families (``families.families_of``). The groups the same
    sources retell are found among the groups the other rules folded (a headline's "hit" and
    "heist" joined by their sentence are retold by the outlets that tell the ram-raid)."""
    folded = _settled(groups, _same_day(groups) + _sharing(groups))
    return _settled(folded, _retold(folded, families or {}))


def _settled(groups: list[list], pairs: list[tuple[int, int]]) -> list[list]:
    """``groups`` joined by ``pairs``, never two dated occasions through an undated group: the
    pairs of two dated or of two undated groups join first, transitively; then each undated
    result joins the one dated result most of its pairs lead to (the first among equals), as a
    detail goes to one event (``fold_details``). "The positive test" told in the sentence of a
    ban of June and in that of a win of March is not what makes the ban and the win one event."""
    dated = [_own_span(g) is not None for g in groups]
    parent = list(range(len(groups)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        a, b = root(i), root(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    across = []
    for i, j in pairs:
        if dated[i] == dated[j]:
            join(i, j)
        else:
            across.append((i, j) if dated[j] else (j, i))
    support: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))  # undated root -> dated root -> pairs
    for undated, event in across:
        support[root(undated)][root(event)] += 1
    for undated, events in sorted(support.items()):
        join(undated, max(sorted(events), key=lambda event: events[event]))
    merged: dict[int, list] = defaultdict(list)
    for i, group in enumerate(groups):
        merged[root(i)].extend(group)
    return [merged[i] for i in sorted(merged)]


def _own_span(group: list) -> tuple | None:
    """(first, last) day of a group's own dates; None when none of its accounts is dated."""
    dated = [v for v in group if not v.implied and v.start is not None]
    return (min(v.start for v in dated), max(v.end or v.start for v in dated)) if dated else None


def _span(group: list) -> tuple | None:
    """A group's own dates, else the days its undated accounts were published in; None when
    it has neither."""
    own = _own_span(group)
    if own is not None:
        return own
    timed = [v for v in group if v.start is not None]
    return (min(v.start for v in timed), max(v.end or v.start for v in timed)) if timed else None


def _same_day(groups: list[list]) -> list[tuple[int, int]]:
    """Pairs of groups several sources tell dated to one day, with the stance and the people of
    one within the other's, that an article tells both (see the module docstring)."""
    signatures = {i: _signature(g) for i, g in enumerate(groups) if len({v.source for v in g}) > 1}
    # Two groups of one occasion share an article: each group meets only the groups of its day
    # filed under one of its articles (a scan of every pair of a day grew with the square of
    # the groups of a busy day).
    by_day_and_document: dict[tuple, list[int]] = defaultdict(list)
    for i, signature in signatures.items():
        if signature is not None:
            for document in sorted(signature[2]):
                by_day_and_document[(signature[0], document)].append(i)
    pairs = []
    for members in by_day_and_document.values():
        for n, i in enumerate(members):
            people_i = signatures[i][1]
            for j in members[n + 1 :]:
                people_j = signatures[j][1]
                if people_i <= people_j or people_j <= people_i:
                    pairs.append((i, j))
    return pairs


def _sharing(groups: list[list]) -> list[tuple[int, int]]:
    """Pairs of groups several sources tell that quote one sentence of an article, tell it with
    the same stance (done, or still to come), of the same people (the participants its sources
    share in one are among those shared in the other, or it names none) and have times (own dates, else the days they were published in) that may
    overlap (see the module docstring); both dated or both undated: an undated group in the
    sentence of a dated one is its detail (``fold_details`` weighs the events it may belong
    to). Each group meets only the groups filed under its sentences."""
    by_sentence: dict[tuple[str, int], list[int]] = defaultdict(list)
    spans: dict[int, tuple] = {}
    dated: dict[int, bool] = {}
    shared: dict[int, frozenset[str]] = {}
    for i, group in enumerate(groups):
        if len({v.source for v in group}) < 2:
            continue
        spans[i], dated[i] = _span(group), _own_span(group) is not None
        shared[i] = _shared_keys(group)
        for where in sorted({(v.claim.document, v.claim.sentence) for v in group}):
            by_sentence[where].append(i)
    pairs = set()
    for members in by_sentence.values():
        for n, i in enumerate(members):
            for j in members[n + 1:]:
                people = shared[i] <= shared[j] or shared[j] <= shared[i]
                if (people and dated[i] == dated[j] and groups[i][0].plan == groups[j][0].plan
                        and _may_overlap(spans[i], spans[j])):
                    pairs.add((i, j))
    return sorted(pairs)


def _retold(groups: list[list], families: dict[str, frozenset[str]]) -> list[tuple[int, int]]:
    """Pairs of groups of one stance, sharing a class or a family of classes, that two sources
    or more tell both, of the same people (the participants the sources of one share are all
    among those of the other: two offers to one player by two clubs stay apart) and known times (own dates, else the days
    they were published in) that may overlap (see the module docstring); each group meets only the groups filed under one
    of its (source, class or family, shared participant): two groups retold share all three. (Filed by source alone, the
    groups of a prolific outlet met each other: a square of its groups, growing with the archive.)"""
    filed: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    spans: dict[int, tuple] = {}
    shared: dict[int, frozenset[str]] = {}
    classes: dict[int, set[str]] = {}
    for i, group in enumerate(groups):
        if len({v.source for v in group}) < 2:
            continue
        spans[i] = _span(group)
        shared[i] = _shared_keys(group)
        if not shared[i] or spans[i] is None:
            continue  # no participant its sources share, or no known time: retold by no group
        classes[i] = {v.event_class for v in group}
        classes[i] |= {f"~{name}" for c in list(classes[i]) for name in families.get(c, ())}
        for source in sorted({v.source for v in group}):
            for event_class in sorted(classes[i]):
                for key in sorted(shared[i]):
                    filed[(source, event_class, key)].append(i)
    sources_of_pair: dict[tuple[int, int], set[str]] = defaultdict(set)
    for (source, _, _), members in filed.items():
        for n, i in enumerate(members):
            for j in members[n + 1:]:
                sources_of_pair[(i, j)].add(source)
    return sorted((i, j) for (i, j), sources in sources_of_pair.items()
                  if len(sources) > 1 and groups[i][0].plan == groups[j][0].plan
                  and (shared[i] <= shared[j] or shared[j] <= shared[i]) and _may_overlap(spans[i], spans[j]))


def _shared_keys(group: list) -> frozenset[str]:
    """The participants at least two sources of a group name."""
    sources: dict[str, set[str]] = defaultdict(set)
    for v in group:
        for key in v.keys:
            sources[key].add(v.source)
    return frozenset(k for k, s in sources.items() if len(s) > 1)


def _may_overlap(a: tuple | None, b: tuple | None) -> bool:
    """Whether two (start, end) spans overlap; an undated group (None) may be of any time."""
    return a is None or b is None or (a[0] <= b[1] and b[0] <= a[1])


def _signature(group: list) -> tuple | None:
    """(day and stance, participants the sources share, documents) of a group dated to one day;
    None for a group with no day of its own or no shared participant."""
    dated = {(v.start, v.end) for v in group if not v.implied and v.granularity == "day" and v.start is not None}
    if len(dated) != 1:
        return None
    shared = _shared_keys(group)
    if not shared:
        return None
    return (next(iter(dated)), group[0].plan), shared, {v.claim.document for v in group}


def fold_details(groups: list[list], gap_days: int = 365) -> tuple[list[list], dict[int, list[list]]]:
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
    * the people and organisations its sources share are among the event's participants (told
      of the same people: the prosecutors' investigation into a bridge's collapse is theirs, no
      detail of the collapse);
    * in each article it stands in the same sentence as the event, or names no person of its
      own there (it stands for the article's protagonists: "the evacuation", "the decision");
    * both tell what happened, or both what is still to come;
    * the event is not older than its articles by more than ``gap_days`` (the background gap):
      a detail with no date of its own is told of the time its articles were published, so
      "Paris: jewellery stolen in casty shop raid" over a 2013 story is no detail of the 2008
      heist the same articles recall.

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
            rank = _detail_of(detail, groups[j], gap_days)
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


_ACTORS = ("person:", "organization:")  # the participants a detail's sources share that its event must name too


def _detail_of(detail: list, event: list, gap_days: int = 365) -> tuple | None:
    """How strongly ``detail`` (an undated group) belongs to ``event`` (a dated one), as (shared
    sentences, sources of the event, -position); None when it is no detail of it (see
    ``fold_details``)."""
    if detail[0].plan != event[0].plan:
        return None
    told = [v.start for v in detail if v.start is not None]  # an undated account's publication window
    ends = [v.end or v.start for v in event if not v.implied and v.start is not None]
    if told and ends and (min(told) - max(ends)).days > gap_days:
        return None
    documents = {v.claim.document for v in detail}
    if not documents <= {v.claim.document for v in event}:
        return None
    sources: dict[str, set[str]] = defaultdict(set)
    for v in detail:
        for key in v.keys:
            if key.startswith(_ACTORS):
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
