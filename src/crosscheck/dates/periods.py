"""Calendar periods: inclusive spans of days at the granularity that was said, and the calendar
arithmetic on them (months, quarters, weeks, seasons, holidays, the early/mid/late part).

A lower module: the time extractor resolves what it reads with it (see
:mod:`crosscheck.dates.resolve`); it knows nothing of text or language. Nothing here reads a clock.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

# "nearest": the sentence says nothing of its tense ("payable Jan. 2", "the rights expire Nov. 21"):
# the occurrence closest to the reference, before or after it.
Direction = Literal["past", "future", "nearest"]
Part = Literal["early", "mid", "late"]


@dataclass(frozen=True)
class Period:
    """Inclusive ``start``..``end`` days of what was said, at the granularity it was said."""

    start: date
    end: date
    granularity: str
    part: Part | None = None


@dataclass(frozen=True)
class Holiday:
    """A named day of the year: a fixed date (month, day), the ``nth`` ``weekday`` of a month
    (-1: the last; ``shift`` days after it), or a number of days from Western Easter Sunday
    (``easter``)."""

    name: str
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    nth: int | None = None
    easter: int | None = None
    closes: str | None = None  # the period the day closes ("year" for year-end)
    shift: int = 0  # days after the nth weekday ("Black Friday": the day after Thanksgiving)

    def on(self, year: int) -> date:
        if self.easter is not None:
            return easter_sunday(year) + timedelta(days=self.easter)
        if self.day is not None:
            found = safe_date(year, self.month, self.day)
            if found is None:
                raise Unresolvable(f"{self.name} does not exist in {year}", invalid=True)
            return found
        if self.nth is not None and self.nth < 0:
            last = date(year, self.month, last_day(year, self.month))
            return last - timedelta(days=(last.weekday() - self.weekday) % 7)
        first = date(year, self.month, 1)
        return first + timedelta(days=(self.weekday - first.weekday()) % 7 + 7 * ((self.nth or 1) - 1) + self.shift)


def easter_sunday(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the computus's own name
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


class Unresolvable(Exception):
    """The expression cannot be placed on the calendar (no reference date, or no such day)."""

    def __init__(self, message: str, invalid: bool = False):
        super().__init__(message)
        self.invalid = invalid


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def day_period(d: date) -> Period:
    return Period(d, d, "day")


def month_period(year: int, month: int) -> Period:
    return Period(date(year, month, 1), date(year, month, last_day(year, month)), "month")


def year_period(year: int) -> Period:
    return Period(date(year, 1, 1), date(year, 12, 31), "year")


def decade_period(first_year: int) -> Period:
    return Period(date(first_year, 1, 1), date(first_year + 9, 12, 31), "decade")


def quarter_period(year: int, quarter: int) -> Period:
    first = 3 * (quarter - 1) + 1
    return Period(date(year, first, 1), date(year, first + 2, last_day(year, first + 2)), "quarter")


def half_period(year: int, half: int) -> Period:
    """A half year, at quarter granularity (two whole quarters; the contract has no "half")."""
    first = 1 if half == 1 else 7
    return Period(date(year, first, 1), date(year, first + 5, last_day(year, first + 5)), "quarter")


def quarter_ending_near(d: date) -> Period:
    """The calendar quarter whose last day is nearest ``d``: a fiscal quarter "ended July 31" is
    the one of May to July, most of it the calendar second quarter."""
    year, number = d.year, (d.month - 1) // 3 + 1
    this = quarter_period(year, number)
    before = quarter_period(*previous_quarter(this.start))
    return this if (this.end - d) < (d - before.end) else before


def previous_quarter(d: date) -> tuple[int, int]:
    """Year and number of the last whole quarter before ``d``."""
    quarter = (d.month - 1) // 3
    return (d.year, quarter) if quarter else (d.year - 1, 4)


def shift_years(period: Period, years: int) -> Period:
    """The same period ``years`` years away (a quarter a year before is that quarter)."""
    if not years:
        return period
    start = add_months(period.start, 12 * years)
    end = add_months(period.end, 12 * years)
    if period.end.day == last_day(period.end.year, period.end.month):
        end = end.replace(day=last_day(end.year, end.month))
    return Period(start, end, period.granularity, period.part)


def season_period(year: int, months: tuple[int, int]) -> Period:
    first, last = months
    end_year = year + 1 if last < first else year
    return Period(date(year, first, 1), date(end_year, last, last_day(end_year, last)), "season")


def week_period(d: date) -> Period:
    monday = d - timedelta(days=d.weekday())
    return Period(monday, monday + timedelta(days=6), "week")


def add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, last_day(year, month + 1)))


def add_units(d: date, n: int, unit: str) -> date:
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    if unit == "fortnight":
        return d + timedelta(weeks=2 * n)
    if unit == "month":
        return add_months(d, n)
    if unit == "quarter":
        return add_months(d, 3 * n)
    if unit == "year":
        return add_months(d, 12 * n)
    if unit == "decade":
        return add_months(d, 120 * n)
    raise ValueError(unit)


def period_of(d: date, unit: str) -> Period:
    """The calendar period of ``unit`` that contains ``d``."""
    if unit == "day":
        return day_period(d)
    if unit == "week":
        return week_period(d)
    if unit == "month":
        return month_period(d.year, d.month)
    if unit == "quarter":
        return quarter_period(d.year, (d.month - 1) // 3 + 1)
    if unit == "year":
        return year_period(d.year)
    if unit == "decade":
        return decade_period(d.year - d.year % 10)
    raise ValueError(unit)


def shift_period(d: date, unit: str, shift: int) -> Period:
    """The period of ``unit`` ``shift`` steps from the one containing ``d``."""
    if unit == "weekend":
        saturday = week_period(d).start + timedelta(days=5 + 7 * shift)
        return Period(saturday, saturday + timedelta(days=1), "week")
    return period_of(add_units(d, shift, unit), unit)


def with_part(period: Period, part: Part | None) -> Period:
    """The early, middle or late third of a period (of its days, months or years)."""
    if part is None or (period.start == period.end and period.granularity == "day"):
        return period  # "late yesterday" is yesterday: crosscheck keeps days
    index = {"early": 0, "mid": 1, "late": 2}[part]
    if period.granularity in ("year", "decade", "season", "quarter") or (period.end - period.start).days > 62:
        if period.granularity == "decade":
            bounds = ((0, 3), (4, 6), (7, 9))[index]
            first = period.start.year
            return Period(date(first + bounds[0], 1, 1), date(first + bounds[1], 12, 31), period.granularity, part)
        months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1
        third = months / 3
        first = add_months(period.start, round(third * index))
        last_month_start = add_months(period.start, round(third * (index + 1)) - 1)
        end = date(last_month_start.year, last_month_start.month, last_day(last_month_start.year, last_month_start.month))
        return Period(first, end, period.granularity, part)
    if period.granularity == "month":
        start_day, end_day = ((1, 10), (11, 20), (21, period.end.day))[index]
        return Period(period.start.replace(day=start_day), period.start.replace(day=end_day), period.granularity, part)
    days = (period.end - period.start).days + 1
    first = period.start + timedelta(days=round(days * index / 3))
    last = period.start + timedelta(days=max(round(days * (index + 1) / 3) - 1, 0))
    return Period(first, max(first, last), period.granularity, part)


def nearer_ahead(ahead: int, behind: int, bias: int = 2) -> bool:
    """Whether a time said without tense is the coming occurrence rather than the last one:
    news tells mostly of the past, so the coming one must be less than half as far away ("Jan.
    2" in November is the coming January; "March" in October the last one). ``bias`` is how
    many times nearer it must be."""
    return bias * ahead < behind


# A day said without a year in a past sentence, with no past verb of its own right before it, is
# the coming one when that is this many times nearer: news writes the year of a day that is not
# this year's, so "extended to Nov. 20" or "had been set to expire Nov. 6" on 2 November is this
# November, not last year's; "the summit ran from June 23" on 5 June stays last year's.
PAST_DAY_BIAS = 4


def month_year(month: int, reference: date, direction: Direction, strict: bool = False) -> int:
    """The year of the named month: the latest one not after (past) or not before (future) the
    reference month; ``strict`` excludes the reference month itself ("last July", "next July")."""
    if direction == "nearest" and not strict:
        ahead = (month - reference.month) % 12
        return reference.year + (reference.month + ahead > 12) if ahead and nearer_ahead(ahead, 12 - ahead) else month_year(month, reference, "past")
    if direction in ("past", "nearest"):
        if month < reference.month or (month == reference.month and not strict):
            return reference.year
        return reference.year - 1
    if month > reference.month or (month == reference.month and not strict):
        return reference.year
    return reference.year + 1


def day_in_year(month: int, day: int, reference: date, direction: Direction, loose: bool = False) -> date:
    """The named day-of-month: the latest one not after (past) or the first not before (future)
    the reference; when the past is only the sentence's (``loose``: no past verb governs the
    day), the coming one if it is much nearer (see :data:`PAST_DAY_BIAS`). A day that exists
    only in leap years moves to the nearest such year."""
    if direction == "nearest" or (direction == "past" and loose):
        ahead = _day_on_side(month, day, reference, 1)
        behind = _day_on_side(month, day, reference, -1)
        bias = 2 if direction == "nearest" else PAST_DAY_BIAS
        return ahead if nearer_ahead((ahead - reference).days, (reference - behind).days, bias) else behind
    return _day_on_side(month, day, reference, -1 if direction == "past" else 1)


def _day_on_side(month: int, day: int, reference: date, step: int) -> date:
    """The named day-of-month: the latest one not after the reference (``step`` -1) or the first
    not before it (1)."""
    year = reference.year
    for _ in range(9):
        candidate = safe_date(year, month, day)
        if candidate is not None and (candidate <= reference if step < 0 else candidate >= reference):
            return candidate
        year += step
    raise Unresolvable(f"{calendar.month_name[month]} {day} does not exist", invalid=True)


def bare_weekday(weekday: int, reference: date, direction: Direction) -> date:
    """A weekday said alone: the reference day itself when it falls on it, otherwise the most
    recent one (past) or the next one (future)."""
    delta = weekday - reference.weekday()
    if delta == 0:
        return reference
    if direction in ("past", "nearest"):  # news tells of days gone by: a bare weekday is the last one
        return reference + timedelta(days=delta if delta < 0 else delta - 7)
    return reference + timedelta(days=delta if delta > 0 else delta + 7)


def week_weekday(weekday: int, reference: date, shift: int) -> date:
    """The weekday of the week ``shift`` weeks from the reference week ("last Wednesday" = -1)."""
    monday = reference - timedelta(days=reference.weekday())
    return monday + timedelta(days=7 * shift + weekday)


def weeks_in(period: Period) -> list[date]:
    """The Mondays of the weeks that belong to a month or year: those whose Thursday lies in
    it (the ISO rule: "the first week of 2015" starts on 2014-12-29)."""
    thursday = period.start + timedelta(days=(3 - period.start.weekday()) % 7)
    mondays = []
    while thursday <= period.end:
        mondays.append(thursday - timedelta(days=3))
        thursday += timedelta(weeks=1)
    return mondays


def merge_range(first: Period, last: Period) -> Period:
    """A range from one period to another, at the finer of the two granularities."""
    order = ["day", "week", "month", "quarter", "season", "year", "decade", "open"]
    finer = min(first.granularity, last.granularity, key=lambda g: order.index(g) if g in order else 0)
    return Period(first.start, max(first.start, last.end), finer)


# A time that ended this long before an article was published tells an earlier event: a
# background recall ("In August 2023, a fire near the same town ...", "the 2004 tsunami", "the
# Mati fire of July 2018"), never the news the headline announces. Six weeks leaves last
# month's events (a trial of a crime of last month, a toll counted since) to the news.
BACKGROUND_GAP = timedelta(days=42)


def long_before(end: date | None, published: date | None) -> bool:
    """Whether a time ending on ``end`` lies in the background of an article of ``published``."""
    return end is not None and published is not None and published - end > BACKGROUND_GAP  # no date arithmetic to overflow at year 1
