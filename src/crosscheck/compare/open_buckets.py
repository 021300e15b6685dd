"""Indexes the open grouping compares accounts through (see ``open_events``): the spans of one
article's closed triggers, and the accounts of one (event class, participant) found by time.
Both keep the work per account bounded, whatever the size of the collection."""

from __future__ import annotations

from bisect import bisect_right
from datetime import date

_COMPARED_PER_KEY = 64  # a claim is compared with at most this many earlier accounts of one (class, participant)
_SHORT_DAYS = 62  # accounts whose time spans at most this are found by time (see Bucket)
_SCANNED_PER_KEY = 4 * _COMPARED_PER_KEY  # and at most this many of them are looked at


class NearSpans:
    """Spans of one article, asked whether one of them lies within a gap of a given span: by
    a binary search over the spans sorted by start with the latest end up to each (an
    article's claims asked about each of its closed triggers was a loop of loops)."""

    __slots__ = ("starts", "latest_ends")

    def __init__(self, spans) -> None:
        ordered = sorted(spans)
        self.starts = [start for start, _ in ordered]
        self.latest_ends, latest = [], None
        for _, end in ordered:
            latest = end if latest is None or end > latest else latest
            self.latest_ends.append(latest)

    def within(self, start: int, end: int, gap: int) -> bool:
        """Whether a span starts at most ``gap`` after ``end`` and ends at most ``gap`` before ``start``."""
        at = bisect_right(self.starts, end + gap)
        return at > 0 and self.latest_ends[at - 1] >= start - gap


class Bucket:
    """The accounts of one (event class, participant), found by time.

    Accounts come in order of their first day (undated ones last). Those whose time spans at
    most _SHORT_DAYS are kept in that order, so the ones a new account can overlap are the
    latest few: the scan stops at the first that began more than _SHORT_DAYS before it, and
    after _COMPARED_PER_KEY matches. Longer or open times ("in 2024", "since March") and
    undated accounts overlap far more: only their latest _COMPARED_PER_KEY are kept, and a
    long time is dropped once an account begins after its end. So
    the work per account is bounded, whatever the size of the collection or of the bucket.
    """

    __slots__ = ("short", "long", "undated")

    def __init__(self) -> None:
        self.short: list = []
        self.long: list = []
        self.undated: list = []

    def candidates(self, view):
        if view.start is None:
            yield from self.short[-_COMPARED_PER_KEY:]
        else:
            horizon = date.fromordinal(max(1, view.start.toordinal() - _SHORT_DAYS))  # no overflow at year 1
            taken = 0
            for scanned, other in enumerate(reversed(self.short)):
                if other.start < horizon or taken >= _COMPARED_PER_KEY or scanned >= _SCANNED_PER_KEY:
                    break
                if other.end is None or other.end >= view.start:
                    taken += 1
                    yield other
            # a long time that ended before this account began cannot meet any later one
            self.long = [other for other in self.long if other.end is None or other.end >= view.start]
        yield from self.long
        yield from self.undated

    def add(self, view) -> None:
        if view.start is None:
            self.undated.append(view)
            del self.undated[:-_COMPARED_PER_KEY]
        elif view.end is not None and (view.end - view.start).days <= _SHORT_DAYS:
            self.short.append(view)
        else:
            self.long.append(view)
            del self.long[:-_COMPARED_PER_KEY]
