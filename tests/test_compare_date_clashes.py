"""The pair test of one event told with two dates (compare/date_clashes._clash), on groups read once (_Side)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from crosscheck.compare.date_clashes import _clash, _Side

WINDOWS = {"day": 10, "week": 21, "month": 92}
WEIGHT = {"organization:acme": 1.0, "person:lee": 1.0}


def _view(source: str, published: date | None, keys=("organization:acme",), persons=(), described=()):
    doc = SimpleNamespace(document=SimpleNamespace(published=published))
    return SimpleNamespace(source=source, doc=doc, persons=frozenset(persons), keys=frozenset(keys), stood_for=frozenset(),
                           described=frozenset(described), claim=SimpleNamespace(document=source))


def _side(views, start: date, end: date, granularity: str = "day", feeds=None) -> _Side:
    return _Side(views, (start, end, granularity), feeds or {})


APRIL_2, APRIL_6, MAY = date(2025, 4, 2), date(2025, 4, 6), date(2025, 5, 1)


@pytest.mark.parametrize("a, b, clash", [
    # two sources, one organisation, two days four days apart, both told before either was published
    (_side([_view("wire", MAY)], APRIL_2, APRIL_2), _side([_view("radio", MAY)], APRIL_6, APRIL_6), True),
    # one source telling both dates is not a contradiction between sources
    (_side([_view("wire", MAY)], APRIL_2, APRIL_2), _side([_view("wire", MAY)], APRIL_6, APRIL_6), False),
    # a feed's copy is its outlet
    (_side([_view("wire", MAY)], APRIL_2, APRIL_2), _side([_view("copy", MAY)], APRIL_6, APRIL_6, feeds={"copy": "wire"}), False),
    # overlapping times do not clash
    (_side([_view("wire", MAY)], APRIL_2, APRIL_6), _side([_view("radio", MAY)], APRIL_6, APRIL_6), False),
    # a date after a source's publication may be a new occurrence
    (_side([_view("wire", APRIL_2)], APRIL_2, APRIL_2), _side([_view("radio", MAY)], APRIL_6, APRIL_6), False),
    # an undated source cannot say the date lies before it
    (_side([_view("wire", None)], APRIL_2, APRIL_2), _side([_view("radio", MAY)], APRIL_6, APRIL_6), False),
    # dates further apart than the granularity's window
    (_side([_view("wire", date(2025, 6, 1))], APRIL_2, APRIL_2), _side([_view("radio", date(2025, 6, 1))], MAY, MAY), False),
    # each side names a person the other lacks
    (_side([_view("wire", MAY, persons={"person:lee"})], APRIL_2, APRIL_2),
     _side([_view("radio", MAY, persons={"person:kim"})], APRIL_6, APRIL_6), False),
    # no shared participant of weight, nothing described in common
    (_side([_view("wire", MAY, keys=("place:x",))], APRIL_2, APRIL_2), _side([_view("radio", MAY, keys=("place:x",))], APRIL_6, APRIL_6), False),
])
def test_clash_between_two_groups(a, b, clash):
    assert _clash(a, b, WEIGHT, 0.6, resemblance=None, windows=WINDOWS) is clash
    assert _clash(b, a, WEIGHT, 0.6, resemblance=None, windows=WINDOWS) is clash


def test_a_side_reads_its_group_once():
    side = _side([_view("wire", MAY, persons={"person:lee"}), _view("radio", APRIL_6, keys=("person:lee", "place:x"))],
                 APRIL_2, APRIL_2, feeds={"radio": "wire"})
    assert side.sources == {"wire"} and side.first_published == APRIL_6 and not side.undated_source
    assert side.named == {"organization:acme", "person:lee"} and side.persons == {"person:lee"}
