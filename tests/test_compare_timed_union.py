"""The union-find open-event grouping and the verify lookup share (compare/timed_union.py): a
group keeps the time all its dated members allow, so a chain of joins through an undated
account never glues two dates together."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from crosscheck.compare.timed_union import ConfirmedUnion, TimedUnion, overlap

MAY_2004 = (date(2004, 5, 1), date(2004, 5, 31))
MAY_2013 = (date(2013, 5, 1), date(2013, 5, 31))


def test_an_undated_account_joins_one_dated_occurrence_but_not_a_second_of_another_year():
    union = TimedUnion([(0, *MAY_2004), (1, None, None), (2, *MAY_2013)])
    assert union.join(0, 1) == 0
    assert union.join(union.find(2), union.find(1)) is None
    assert union.find(2) == 2 and union.find(1) == 0


def test_a_group_narrows_to_the_time_both_sides_allow():
    union = TimedUnion([(3, date(2024, 1, 1), date(2024, 12, 31)), (5, date(2024, 3, 1), date(2024, 3, 31))])
    assert union.join(5, 3) == 3
    assert union.window[3] == (date(2024, 3, 1), date(2024, 3, 31))
    union.add(7, date(2024, 6, 1), date(2024, 6, 30))  # in the year, not in March
    assert union.join(3, 7) is None


def test_an_open_end_runs_on():
    assert overlap(date(2024, 1, 1), None, date(2030, 1, 1), date(2030, 1, 2))
    assert not overlap(date(2024, 1, 1), date(2024, 1, 2), date(2030, 1, 1), None)


days = st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31))
spans = st.one_of(st.just((None, None)), st.tuples(days, st.integers(0, 400)).map(
    lambda t: (t[0], date.fromordinal(min(t[0].toordinal() + t[1], date(2031, 12, 31).toordinal())))))


@given(st.lists(spans, min_size=2, max_size=8), st.lists(st.tuples(st.integers(0, 7), st.integers(0, 7)), max_size=20))
def test_every_dated_member_of_a_group_overlaps_every_other(times, joins):
    union = TimedUnion((i, start, end) for i, (start, end) in enumerate(times))
    for a, b in joins:
        if a < len(times) and b < len(times):
            ra, rb = union.find(a), union.find(b)
            if ra != rb:
                union.join(ra, rb)
    for i, (si, ei) in enumerate(times):
        for j, (sj, ej) in enumerate(times):
            if union.find(i) == union.find(j):
                assert overlap(si, ei, sj, ej)


def test_two_groups_several_documents_tell_join_only_on_links_of_two_pairs_of_documents():
    """Check's rule, which verify's lookup shares: one resemblance between two established
    occurrences may be chance; a second pair of documents confirms it."""
    union = ConfirmedUnion(confirming=2)
    for node, document in enumerate(["a", "b", "c", "d"]):
        union.add(node, None, None, document)
    union.link(0, "a", 1, "b")  # occurrence one: a and b
    union.link(2, "c", 3, "d")  # occurrence two: c and d
    union.link(1, "b", 2, "c")
    assert union.find(1) != union.find(2)
    union.link(1, "b", 2, "c")  # the same pair of documents again confirms nothing
    assert union.find(1) != union.find(2)
    union.link(0, "a", 3, "d")
    assert union.find(0) == union.find(3) == union.find(1) == union.find(2)


def test_an_occurrence_already_told_by_several_documents_counts_as_such():
    union = ConfirmedUnion(confirming=2)
    union.add(0, None, None, "claim")
    union.add(1, None, None, "a", several=True)
    union.add(2, None, None, "c", several=True)
    union.link(0, "claim", 1, "a")
    union.link(0, "claim", 2, "c")  # the claim, now part of occurrence one, cannot bridge alone
    assert union.find(0) == union.find(1) != union.find(2)
