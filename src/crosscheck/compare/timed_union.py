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
