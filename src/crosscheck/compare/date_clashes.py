"""One event told with two dates: a date contradiction, not two occurrences.

The open grouping keeps two accounts whose times do not overlap apart: a call in 2022 and
another in 2024 are two calls. But one event of one participant that two sources both tell as
done, each on a specific day, week or month, is one event with two dates when nothing says it
happened twice: no word of a second occurrence in either sentence ("again", "another", "a
second", "new", "encore", "de nouveau", "un autre": ``second_occurrence`` in rules/compare.yaml),
both dates lie before either source was published (a later date in a later article is more
likely a new occurrence the first could not know: the talks held again on Wednesday), and the
dates are close (within ``date_clash_days`` for their coarser granularity: "on Saturday" or
"on Sunday" for one march; "in April" or "in February" for one contract's award). "The
contract was awarded in April 2025" (a wire) and "The contract was awarded in February last
year" (a radio) contradict each other on the date of the award.

The participant must be the same one: a person or organisation both accounts name, rare enough to tell an
occurrence (its rarity at least the open grouping's threshold), or one description's head noun
("the contract") in two articles of one story (they name the same rare things: their
similarity at least ``referents.SAME_STORY``). No source tells both dates, and neither side names a person
the other lacks. Counts that rise, meetings held again, weekly events are left apart.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..models import Finding
from .labels import event_words, make_finding, name_list, quote, time_label
from .referents import SAME_STORY
from .resemblance import Resemblance
from .timed_union import overlap

_SPECIFIC = ("day", "week", "month")
_PAIRED_PER_KEY = 64  # later groups of one (class, participant) a group is compared with
_NAMED = ("person:", "organization:")  # participants that tell one event of one actor (a place or a town does not)


def _second_occurrence_patterns(words_by_language: dict[str, list[str]]) -> dict[str, re.Pattern]:
    return {language: re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?![\w-])",
                                 re.IGNORECASE)
            for language, words in words_by_language.items() if words}


def _dated(group: list) -> tuple | None:
    """The one specific time every dated account of a group told as done gives (start, end,
    granularity), or None (a plan, no specific date, or dates that differ within the group)."""
    dated = [v for v in group if not v.implied and v.start is not None]
    if not dated or any(v.plan for v in group) or any(v.granularity not in _SPECIFIC for v in dated):
        return None
    finest = min(dated, key=lambda v: (_SPECIFIC.index(v.granularity), v.start))
    if not all(overlap(v.start, v.end, finest.start, finest.end) for v in dated):
        return None
    return finest.start, finest.end, finest.granularity


def told_date_clashes(groups: list[list], weight: dict[str, float], min_evidence: float, resemblance: Resemblance,
                      second_occurrence: dict[str, list[str]], windows: dict[str, int], feeds: dict[str, str]) -> list[Finding]:
    """Contradictions on the date of one event that groups of accounts tell (see the module
    docstring); groups that clash with one another (April 14, April and June for one kidnapping)
    make one finding."""
    patterns = _second_occurrence_patterns(second_occurrence)
    times, filed = {}, defaultdict(list)
    for i, group in enumerate(groups):
        time = _dated(group)
        if time is None or any(_tells_again(v, patterns) for v in group):
            continue
        times[i] = time
        for v in group:
            for key in v.keys - v.stood_for:
                filed[(v.event_class, key)].append(i)
    # Each group meets the groups of its key that begin within the widest window after it (by
    # start, at most _PAIRED_PER_KEY of them): the work stays bounded however often one name
    # and one class recur in a collection.
    widest = max(windows.values(), default=0)
    pairs = set()
    for members in filed.values():
        members = sorted(set(members), key=lambda i: (times[i][0], i))
        for x, i in enumerate(members):
            for j in members[x + 1 : x + 1 + _PAIRED_PER_KEY]:
                if (times[j][0] - times[i][1]).days > widest:
                    break
                pairs.add((min(i, j), max(i, j)))
    root = {}

    def find(i: int) -> int:
        while root.get(i, i) != i:
            root[i] = root.get(root[i], root[i])  # path halving: chains of clashing groups stay short
            i = root[i]
        return i

    sides: dict[int, _Side] = {}  # each group read once, not once per pair it is in

    def side(i: int) -> _Side:
        found = sides.get(i)
        if found is None:
            found = sides[i] = _Side(groups[i], times[i], feeds)
        return found

    for i, j in sorted(pairs):
        if _clash(side(i), side(j), weight, min_evidence, resemblance, windows):
            root.setdefault(i, i)
            root[find(j)] = find(i)
    clashing: dict[int, list] = defaultdict(list)
    for i in sorted(root):
        clashing[find(i)] += groups[i]
    return [_finding(views) for _, views in sorted(clashing.items())]


def _tells_again(view, patterns: dict[str, re.Pattern]) -> bool:
    pattern = patterns.get(view.doc.document.language or "en") or patterns.get("en")
    return pattern is not None and pattern.search(view.claim.text) is not None


class _Side:
    """What ``_clash`` reads of one group, read once: a group meets up to ``_PAIRED_PER_KEY``
    others per participant, and the unions over its accounts grew with it (a quarter of the
    open grouping's CPU at 5,000 bench articles)."""

    __slots__ = ("views", "time", "sources", "undated_source", "first_published", "persons", "named", "described")

    def __init__(self, views: list, time: tuple, feeds: dict[str, str]) -> None:
        self.views, self.time = views, time
        self.sources = frozenset(feeds.get(v.source, v.source) for v in views)
        published = [v.doc.document.published for v in views]
        self.undated_source = any(p is None for p in published)
        self.first_published = None if self.undated_source else min(published)
        self.persons = frozenset().union(*(v.persons for v in views))
        self.named = frozenset(k for v in views for k in v.keys - v.stood_for if k.startswith(_NAMED))
        self.described = frozenset().union(*(v.described for v in views))


def _clash(a: _Side, b: _Side, weight, min_evidence: float, resemblance: Resemblance, windows: dict[str, int]) -> bool:
    if a.sources & b.sources:
        return False
    time_a, time_b = a.time, b.time
    if overlap(time_a[0], time_a[1], time_b[0], time_b[1]):
        return False
    coarser = max(time_a[2], time_b[2], key=_SPECIFIC.index)
    window = windows.get(coarser)
    if window is None or max(time_a[0], time_b[0]).toordinal() - min(time_a[1], time_b[1]).toordinal() > window:
        return False
    if a.undated_source or b.undated_source or max(time_a[1], time_b[1]) > min(a.first_published, b.first_published):
        return False
    if a.persons - b.persons and b.persons - a.persons:
        return False
    if sum(weight.get(k, 0.0) for k in a.named & b.named) >= min_evidence:
        return True
    return bool(a.described & b.described) and any(resemblance.similarity(x.claim.document, y.claim.document) >= SAME_STORY
                                                   for x in a.views for y in b.views if x.described & y.described)


def _finding(views: list) -> Finding:
    names = {}
    by_doc: dict[str, list] = defaultdict(list)
    for v in views:
        names.update(v.names)
        by_doc[v.claim.document].append(v)
    told = [frozenset().union(*(v.keys - v.stood_for for v in members)) for members in by_doc.values()]
    shared = sorted(k for k in frozenset().union(*told) if sum(k in keys for keys in told) > 1)
    who = sorted({names.get(k.split(":", 1)[1], k.split(":", 1)[1]) for k in shared[:3]})
    values, quotes = {}, []
    for doc_id, views in sorted(by_doc.items()):
        first = min(views, key=lambda v: (v.implied, v.claim.zone == "headline", v.claim.start))
        values[doc_id] = time_label(first.claim.time)
        c = first.claim
        quotes.append(quote(first.doc, c.start, c.end, c.line, c.text))
    kind = " / ".join(sorted({v.event_class for v in views}))
    words = event_words(v.claim for v in views)
    what = f"the event ({words})" + (f" involving {name_list(who)}" if who else "")
    side = "; ".join(f"{d}: {value}" for d, value in values.items())
    subject = (f"{kind}: {' and '.join(who)}" if who else kind) + " | date"
    return make_finding("contradiction", subject, f"Sources give different dates for {what}: {side}.", values,
                        sorted(quotes, key=lambda q: (q.document, q.start)), sorted({v.claim.id for v in views}), sorted(values))
