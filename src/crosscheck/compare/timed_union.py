"""Accounts joined into occurrences only while the times of what they join still overlap.

Open-event grouping (``open_events``) and the lookup of a new document's accounts among a
corpus's occurrences (``open_lookup``) join accounts the same way: strongest link first, and
a join only when every dated account of both sides still allows a common time. Each group
keeps that window (the latest start, the earliest end of its dated accounts), so a chain of
links never glues two occurrences of different dates together ("a quake in 2004", "a quake
in 2013" each linked to an undated account). Both use this one union-find, so they cannot
drift apart on what a join allows.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date


def overlap(a_start: date | None, a_end: date | None, b_start: date | None, b_end: date | None) -> bool:
    """Whether two times can be one: an undated side overlaps anything; an open end runs on."""
    if a_start is None or b_start is None:
        return True
    far = date.max
    return a_start <= (b_end or far) and b_start <= (a_end or far)


class TimedUnion:
    """Disjoint groups of nodes (integers), each with the time window all its members allow.

    A group's representative is its smallest node, so the result does not depend on the order
    of equal-strength joins beyond the order the caller gives."""

    __slots__ = ("parent", "window")

    def __init__(self, nodes: Iterable[tuple[int, date | None, date | None]] = ()) -> None:
        self.parent: dict[int, int] = {}
        self.window: dict[int, tuple[date | None, date | None]] = {}
        for node, start, end in nodes:
            self.add(node, start, end)

    def __contains__(self, node: int) -> bool:
        return node in self.parent

    def add(self, node: int, start: date | None, end: date | None) -> None:
        """A new group of one node, dated from ``start`` to ``end`` (None: undated / open)."""
        self.parent[node] = node
        self.window[node] = (start, end)

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(self, a: int, b: int) -> int | None:
        """Join the groups of two representatives when their windows overlap; the new group's
        window is the time both allow. Returns the new representative, or None (no join)."""
        (sa, ea), (sb, eb) = self.window[a], self.window[b]
        if not overlap(sa, ea, sb, eb):
            return None  # the groups' times have drifted apart: two occurrences
        root, other = min(a, b), max(a, b)
        self.parent[other] = root
        if sa is None or sb is None:
            self.window[root] = (sa, ea) if sb is None else (sb, eb)
        else:
            self.window[root] = (max(sa, sb), min(ea or date.max, eb or date.max))
        return root


class ConfirmedUnion(TimedUnion):
    """A :class:`TimedUnion` whose groups know which documents tell them: one link between two
    groups that several documents each tell (one pair of sentences) may be a chance
    resemblance, so such groups join only once links between ``confirming`` different pairs of
    documents say so (single links chain a season's two play-off wins into one)."""

    __slots__ = ("confirming", "first_doc", "several", "_pairs")

    def __init__(self, confirming: int) -> None:
        super().__init__()
        self.confirming = confirming
        self.first_doc: dict[int, str] = {}
        self.several: dict[int, bool] = {}
        self._pairs: dict[tuple[int, int], set[tuple[str, str]]] = {}

    def add(self, node: int, start: date | None, end: date | None, document: str = "", several: bool = False) -> None:
        """A new group: one account of ``document`` or, with ``several``, an occurrence already
        told by several documents (``document`` the first of them)."""
        super().add(node, start, end)
        self.first_doc[node] = document
        self.several[node] = several

    def join(self, a: int, b: int) -> int | None:
        root = super().join(a, b)
        if root is not None:
            self.several[root] = self.several[a] or self.several[b] or self.first_doc[a] != self.first_doc[b]
            self.first_doc[root] = min(self.first_doc[a], self.first_doc[b])
        return root

    def link(self, x: int, doc_x: str, y: int, doc_y: str, confirms: bool = True) -> None:
        """A link between node ``x`` (of ``doc_x``) and node ``y`` (of ``doc_y``), strongest first:
        their groups join unless both are told by several documents and too few pairs of
        documents have linked them yet (a link that ``confirms`` nothing never counts), or their
        times no longer overlap."""
        a, b = self.find(x), self.find(y)
        if a == b:
            return
        if self.several[a] and self.several[b]:
            if not confirms:
                return
            pairs = self._pairs.setdefault((min(a, b), max(a, b)), set())
            pairs.add((doc_x, doc_y) if doc_x <= doc_y else (doc_y, doc_x))
            if len(pairs) < self.confirming:
                return
        self.join(a, b)
