"""A headline claim takes the time, place and participants of the body claim that tells its
event, never those of a background recall dated long before the article."""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import day, month, year
from crosscheck.dates.periods import long_before
from crosscheck.extract.headline_claims import restated_headlines
from crosscheck.models import Claim

PUBLISHED = date(2026, 7, 21)


def _claim(kind: str, zone: str, time=None, place: str | None = None) -> Claim:
    return Claim(document="a", kind=kind, text=kind, start=0, end=1, line=1, sentence=0, zone=zone, time=time, place=place)


@pytest.mark.parametrize(("background", "lede", "expected"), [
    # the only body claim of the headline's kind recalls a fire of 2018: the lede's day, not July 2018
    (month(2018, 7), day("2026-07-19"), day("2026-07-19")),
    (year(2023), day("2026-07-20"), day("2026-07-20")),
    # a body claim of last week is the news, not background
    (day("2026-07-14"), day("2026-07-19"), day("2026-07-14")),
])
def test_a_headline_never_takes_the_time_of_a_background_recall(background, lede, expected):
    headline = _claim("attack", "headline")
    claims = [headline, _claim("say", "body", lede), _claim("attack", "body", background)]
    restated_headlines(claims, PUBLISHED)
    assert headline.time == expected


def test_a_headline_keeps_its_own_time():
    headline = _claim("attack", "headline", day("2026-07-20"))
    restated_headlines([headline, _claim("attack", "body", month(2018, 7), "Mati")], PUBLISHED)
    assert headline.time == day("2026-07-20") and headline.place is None


@pytest.mark.parametrize(("end", "published", "background"), [
    (date(2018, 7, 31), date(2026, 7, 21), True),
    (date(2026, 7, 13), date(2026, 7, 21), False),  # last week
    (date(2026, 6, 1), date(2026, 7, 21), True),  # seven weeks before
    (None, date(2026, 7, 21), False),  # an open time running to now ("since 2012")
    (date(2018, 7, 31), None, False),  # no publication date: nothing is known to be background
    (date(2024, 3, 26), date(1, 1, 1), False),  # the calendar's edges: no overflow
    (date(1, 1, 1), date(9999, 12, 31), True),
])
def test_background_is_a_time_ending_weeks_before_publication(end, published, background):
    assert long_before(end, published) is background
