"""Resolution of time expressions to calendar periods, against a reference date or another time.

The extractor (:mod:`crosscheck.extract.times`) reads a :class:`TimeExpr` off the text: what was
said, with the year, month or day it named and the words that place it ("last", "the
following", "two days after"). :func:`resolve` turns it into a :class:`Period` (inclusive
days and the granularity that was said) using a :class:`Context`: the publication date, the
sentence's direction (past or future) and, for anchored expressions, the time it refers to.
Nothing here reads a clock: without a reference date, relative expressions stay unresolved.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable

from .periods import (Direction, Holiday, Part, Period, Unresolvable, add_months, add_units, bare_weekday, day_in_year,
                      day_period, decade_period, half_period, month_period, month_year, nearer_ahead, period_of,
                      quarter_period, safe_date, season_period, shift_period, shift_years, week_weekday, weeks_in,
                      with_part, year_period)

@dataclass
class TimeExpr:
    """One time expression as read from the text, before resolution.

    ``kind`` says which fields matter:
    date (year?, month, day, weekday?), month (year?, month), year, decade (year = first year),
    season (year?, months), quarter / half (year?, number), week (shift from the reference week),
    weekday (weekday, shift or None for the bare day; ``within`` a week said with it),
    week_number (ISO week), days (offset from the reference day), day_of_month (day, and
    weekday? or shift of the month from the reference's: "the 18th", "Monday the 13th"),
    week_in (the ``number``-th week, -1 the last, ``within`` a month or year), holiday (``holiday``, year?),
    offset (n units from the reference or the anchor), period (unit shifted by ``shift`` from the
    reference's), span (the last n units up to the reference), recent (recent units, open).
    ``anchored`` expressions resolve against another time of the sentence or paragraph instead
    of the publication date; ``year_shift`` is the year relative to that time's year.
    """

    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    number: int | None = None
    months: tuple[int, int] | None = None
    unit: str | None = None
    n: int = 0
    shift: int | None = None
    part: Part | None = None
    anchored: bool = False
    year_shift: int | None = None
    relative_year: int | None = None
    end: TimeExpr | None = None
    within: TimeExpr | None = None
    container: str | None = None
    holiday: Holiday | None = None
    tense: Direction | None = None  # said with the time itself: "lundi dernier", "le 26 mars dernier"
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Anchor:
    """The time an anchored expression refers to, and how to describe it."""

    period: Period
    description: str


class Context:
    """What an expression resolves against: the publication date (``reference``), the sentence's
    ``direction``, the time an anchored expression counts from, a year an earlier time of the
    sentence gave, and ``loose``: a past direction that is only the sentence's, no verb right
    before the time.

    ``direction`` and ``loose`` may be given as functions of no arguments, called once, when the
    resolution first reads them: a sentence's tense costs more to read than most resolutions,
    and most expressions ("March 3, 2019", "two weeks ago", "last month") resolve the same
    whatever it is.
    """

    __slots__ = ("reference", "anchor", "context_year", "_direction", "_loose")

    def __init__(self, reference: date | None, direction: Direction | Callable[[], Direction] = "past",
                 anchor: Anchor | None = None, context_year: Anchor | None = None,
                 loose: bool | Callable[[], bool] = False):
        self.reference = reference
        self.anchor = anchor
        self.context_year = context_year
        self._direction = direction
        self._loose = loose

    @property
    def direction(self) -> Direction:
        if callable(self._direction):
            self._direction = self._direction()
        return self._direction

    @property
    def loose(self) -> bool:
        if callable(self._loose):
            self._loose = self._loose()
        return self._loose


def _resolve_year(expr: TimeExpr, ctx: Context, need_reference: str) -> tuple[int | None, str]:
    """The year of an expression that may not name one, and what it was taken from."""
    if expr.year is not None:
        return expr.year, "published"
    if expr.year_shift is not None:
        if ctx.anchor is not None:
            return ctx.anchor.period.start.year + expr.year_shift, ctx.anchor.description
        if ctx.reference is None:
            raise Unresolvable(need_reference)
        return ctx.reference.year + expr.year_shift, "published"
    if expr.relative_year is not None:
        if ctx.reference is None:
            raise Unresolvable(need_reference)
        return ctx.reference.year + expr.relative_year, "published"
    if ctx.context_year is not None:
        return ctx.context_year.period.start.year, ctx.context_year.description
    return None, "published"


def resolve(expr: TimeExpr, ctx: Context) -> tuple[Period, str]:
    """Place ``expr`` on the calendar; returns the period and what it was anchored to.

    Raises :class:`Unresolvable` when there is no reference to resolve a relative expression
    against, and with ``invalid`` set when the named day cannot exist (February 30).
    """
    period, anchor = _resolve_plain(expr, ctx)
    if expr.container is not None:
        period = period_of(period.start, expr.container)
    return with_part(period, expr.part), anchor


def _need(ctx: Context) -> date:
    if ctx.reference is None:
        raise Unresolvable("no publication date to resolve against")
    return ctx.reference


def _base(expr: TimeExpr, ctx: Context) -> tuple[date, str]:
    """The day an expression counts from: its anchor, or the publication date."""
    if expr.anchored and ctx.anchor is not None:
        return ctx.anchor.period.start, ctx.anchor.description
    return _need(ctx), "published"


def _resolve_plain(expr: TimeExpr, ctx: Context) -> tuple[Period, str]:
    kind = expr.kind
    missing = "no publication date to resolve against"
    if kind == "date":
        year, anchor = _resolve_year(expr, ctx, missing)
        if year is not None:
            d = safe_date(year, expr.month, expr.day)
            if d is None:
                raise Unresolvable(f"{calendar.month_name[expr.month]} {expr.day}, {year} does not exist", invalid=True)
            # a weekday that clashes with an explicit date does not void it: the date wins, and the
            # clash ("2025-10-12 is a Sunday, not a Saturday") is the article's own inconsistency,
            # read off the mention's text and its date by compare (weekday_mismatches)
            return day_period(d), anchor
        if safe_date(2000, expr.month, expr.day) is None:
            raise Unresolvable(f"{calendar.month_name[expr.month]} {expr.day} does not exist", invalid=True)
        reference = _need(ctx)
        day = day_in_year(expr.month, expr.day, reference, ctx.direction, ctx.loose)
        if expr.weekday is not None and day.weekday() != expr.weekday:
            day = _year_of_weekday(expr, day)
        return day_period(day), "published"
    if kind == "month":
        year, anchor = _resolve_year(expr, ctx, missing)
        if year is None:
            reference = _need(ctx)
            if expr.shift is not None:
                direction: Direction = "past" if expr.shift < 0 else "future"
                if expr.shift == 0:
                    return month_period(reference.year, expr.month), "published"
                return month_period(month_year(expr.month, reference, direction, strict=True), expr.month), "published"
            year = month_year(expr.month, reference, ctx.direction)
        return month_period(year, expr.month), anchor
    if kind == "year":
        return year_period(expr.year), "published"
    if kind == "decade":
        if expr.year is None:  # "the nineties": the latest such decade begun by the reference year
            reference = _need(ctx)
            first = reference.year - reference.year % 100 + expr.number
            return decade_period(first if first <= reference.year else first - 100), "published"
        return decade_period(expr.year), "published"
    if kind == "season":
        year, anchor = _resolve_year(expr, ctx, missing)
        if year is None:
            reference = _need(ctx)
            shift = expr.shift if expr.shift is not None else 0
            year = reference.year
            if shift < 0:  # "last spring", "this past spring": the latest one over, like "last July"
                while season_period(year, expr.months).end >= reference:
                    year -= 1
            elif shift > 0:  # "next spring": the first one not yet begun
                while season_period(year, expr.months).start <= reference:
                    year += 1
            if expr.shift is None:
                candidate = season_period(year, expr.months)
                if ctx.direction != "future" and candidate.start > reference:
                    year -= 1
                elif ctx.direction == "future" and candidate.end < reference:
                    year += 1
        return season_period(year, expr.months), anchor
    if kind in ("quarter", "half"):
        make = quarter_period if kind == "quarter" else half_period
        count = 4 if kind == "quarter" else 2
        number = count if expr.number == -1 else expr.number
        year, anchor = _resolve_year(expr, ctx, missing)
        if year is None:
            reference = _need(ctx)
            year = reference.year
            if expr.shift is None and ctx.direction != "future" and make(year, number).start > reference:
                year -= 1
        return make(year, number), anchor
    if kind == "weekday":
        if expr.within is not None:
            week, anchor = resolve(expr.within, ctx)
            return day_period(week.start + timedelta(days=(expr.weekday - week.start.weekday()) % 7)), anchor
        base, anchor = _base(expr, ctx)
        if expr.shift is None:
            day = bare_weekday(expr.weekday, base, ctx.direction)
            if day == base and expr.tense is not None:
                # "mercredi dernier" said on a Wednesday is a week before, "lundi prochain" said
                # on a Monday a week after: the word says it is not today
                day += timedelta(days=-7 if expr.tense == "past" else 7)
            return day_period(day), anchor
        return day_period(week_weekday(expr.weekday, base, expr.shift)), anchor
    if kind == "day_of_month":
        return day_period(_day_of_month(expr, _need(ctx), ctx.direction)), "published"
    if kind == "week_in":
        container, anchor = resolve(expr.within, ctx)
        weeks = weeks_in(container)
        if not weeks or abs(expr.number) > len(weeks) or expr.number == 0:
            raise Unresolvable(f"no week {expr.number} in {container.start.isoformat()}..{container.end.isoformat()}", invalid=True)
        monday = weeks[expr.number - 1 if expr.number > 0 else expr.number]
        return Period(monday, monday + timedelta(days=6), "week"), anchor
    if kind == "holiday":
        year, anchor = _resolve_year(expr, ctx, missing)
        if year is not None:
            return day_period(expr.holiday.on(year)), anchor
        reference = _need(ctx)
        day = expr.holiday.on(reference.year)
        if expr.shift is not None:  # "last Christmas", "this Easter", "next Thanksgiving"
            if expr.shift < 0 and day >= reference:
                day = expr.holiday.on(reference.year - 1)
            elif expr.shift > 0 and day <= reference:
                day = expr.holiday.on(reference.year + 1)
        elif ctx.direction == "nearest":
            ahead = day if day >= reference else expr.holiday.on(reference.year + 1)
            behind = day if day <= reference else expr.holiday.on(reference.year - 1)
            day = ahead if nearer_ahead((ahead - reference).days, (reference - behind).days) else behind
        elif ctx.direction == "past" and day > reference:
            day = expr.holiday.on(reference.year - 1)
        elif ctx.direction == "future" and day < reference:
            day = expr.holiday.on(reference.year + 1)
        return day_period(day), "published"
    if kind == "days":
        base, anchor = _base(expr, ctx)
        return day_period(base + timedelta(days=expr.n)), anchor
    if kind == "offset":
        base, anchor = _base(expr, ctx)
        if expr.anchored and ctx.anchor is not None and expr.unit == "year" and ctx.anchor.period.granularity in ("quarter", "month", "season"):
            # "a year earlier" than a quarter is that quarter a year before, not the whole year
            return shift_years(ctx.anchor.period, expr.n), anchor
        moved = add_units(base, expr.n, expr.unit)
        return day_period(moved) if expr.unit in ("day", "week", "fortnight") else period_of(moved, _coarse(expr.unit)), anchor
    if kind == "period":
        base, anchor = _base(expr, ctx)
        if expr.shift is None and expr.unit == "weekend":
            # "over the weekend": the last one in a past sentence, the coming one otherwise; on a
            # Saturday or Sunday, the one under way
            under_way = base.weekday() >= 5
            return shift_period(base, "weekend", 0 if under_way or ctx.direction == "future" else -1), anchor
        return shift_period(base, expr.unit, expr.shift or 0), anchor
    if kind == "week_number":
        year, anchor = _resolve_year(expr, ctx, missing)
        if year is None:
            year = _need(ctx).year
        try:
            monday = date.fromisocalendar(year, expr.number, 1)
        except ValueError:
            raise Unresolvable(f"{year} has no week {expr.number}", invalid=True) from None
        return Period(monday, monday + timedelta(days=6), "week"), anchor
    if kind == "span":
        reference = _need(ctx)
        if "next" in expr.notes:  # "the next three weeks": from tomorrow, three weeks on
            return Period(reference + timedelta(days=1), add_units(reference, expr.n, expr.unit), expr.unit), "published"
        return Period(add_units(reference, -expr.n, expr.unit), reference, expr.unit), "published"
    if kind == "recent":
        raise AssertionError("recent is an open interval, built by the extractor")
    raise ValueError(f"unknown time expression kind {kind!r}")


def _year_of_weekday(expr: TimeExpr, chosen: date) -> date:
    """A day said with its weekday and no year ("Monday, Oct. 26"): the year before or after the
    one the tense chose when the weekday agrees with it there ("Monday, Oct. 26" said in March
    2000 is 1998's, not 1999's, a Tuesday), the earlier on a tie; otherwise the chosen day (a
    weekday that agrees only further away is more likely a slip, which compare reports)."""
    options = [d for year in (chosen.year - 1, chosen.year + 1)
               if (d := safe_date(year, expr.month, expr.day)) is not None and d.weekday() == expr.weekday]
    return options[0] if options else chosen


def _day_of_month(expr: TimeExpr, reference: date, direction: Direction) -> date:
    """A day of the month said without its month ("on the 18th", "Monday the 13th"): in the
    month ``shift`` months from the reference's when one is said, otherwise the latest such day
    not after (past) or the first not before (future) the reference, matching the weekday if
    one is said."""
    if expr.shift is not None:
        first = add_months(date(reference.year, reference.month, 1), expr.shift)
        found = safe_date(first.year, first.month, expr.day)
        if found is None:
            raise Unresolvable(f"{calendar.month_name[first.month]} {first.year} has no day {expr.day}", invalid=True)
        return found
    step = -1 if direction != "future" else 1
    month_start = date(reference.year, reference.month, 1)
    for _ in range(36):
        found = safe_date(month_start.year, month_start.month, expr.day)
        if found is not None and (found <= reference if step < 0 else found >= reference):
            if expr.weekday is None or found.weekday() == expr.weekday:
                return found
        month_start = add_months(month_start, step)
    raise Unresolvable(f"no day {expr.day} of a month near {reference.isoformat()} fits", invalid=True)


def _coarse(unit: str) -> str:
    """The granularity kept for "two months ago": the month, not a made-up day; for "a decade
    ago" or "in a decade" the year it lands in (2015 from 2025), not the calendar decade (the
    2010s), which would claim years the text never names."""
    return {"fortnight": "week", "decade": "year"}.get(unit, unit)
