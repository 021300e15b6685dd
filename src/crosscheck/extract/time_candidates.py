"""Time candidates: what one match of the grammar says, read into a :class:`TimeExpr` (and
whether the form needs a cue word before it to count as a time).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ..dates.periods import Period
from ..dates.resolve import TimeExpr
from ..models import TimeValue
from .time_grammar import _TWO_DIGIT_PIVOT, _Grammar, _norm

@dataclass
class _Candidate:
    """A time expression found in a sentence, with the words around it that qualify it."""

    start: int
    end: int
    form: str
    expr: TimeExpr
    weak: bool = False
    op: str | None = None
    op_word: str = ""
    cue: bool = False
    cue_word: str = ""
    anchor_mode: Literal["none", "adverbial", "event", "event_unknown"] = "none"
    # the time an offset names as what it counts from: "five days after the eruption of May 16"
    counts_from: _Candidate | None = None
    text: str = ""
    resolved: Period | None = None
    value: TimeValue | None = None


def _month(grammar: _Grammar, name: str) -> int:
    return grammar.months[_norm(name).rstrip(".")]


def _count(grammar: _Grammar, text: str) -> int | None:
    text = _norm(text)
    if text.isdigit():
        return int(text)
    return grammar.numbers.get(text)


def _month_day(a: int, b: int, day_first: bool = False) -> tuple[int, int] | None:
    """Month and day of a numeric "a/b": month first (US) unless the language writes the day
    first ("26/03"), or the first cannot be a month."""
    month, day = (b, a) if a > 12 or (day_first and b <= 12) else (a, b)
    return (month, day) if month <= 12 else None


def _parse(grammar: _Grammar, form: str, g: dict[str, str | None], text: str) -> tuple[TimeExpr | None, bool]:
    """The expression a form's groups describe, and whether it needs a cue word to count."""
    def day(key: str = "d") -> int | None:
        if g.get(key):
            return int(g[key])
        words = g.get("dw") or g.get("dc") if key == "d" else None
        return grammar.day_words.get(_norm(words.replace("-", " "))) if words else None

    weekday = grammar.weekdays[_norm(g["wd"]).rstrip(".")] if g.get("wd") else None
    # the commonest forms first: the chain below is tried in order
    if form in ("md", "dm", "dm_word"):
        return TimeExpr("date", month=_month(grammar, g["m"]), day=day(), weekday=weekday), False
    if form in ("month", "month_abbreviation"):
        return TimeExpr("month", month=_month(grammar, g["m"])), True
    if form == "year":
        return TimeExpr("year", year=int(g["y"])), True
    if form in ("iso", "compact", "ymd_name", "mdy", "dmy"):
        month = int(g["m"]) if form in ("iso", "compact") else _month(grammar, g["m"])
        return TimeExpr("date", year=int(g["y"]), month=month, day=day(), weekday=weekday), False
    if form in ("numeric", "numeric_spaced"):
        a, b, year = int(g["a"]), int(g["b"]), int(g["y"])
        if year < 100:
            year += 2000 if year <= _TWO_DIGIT_PIVOT else 1900
        found = _month_day(a, b, grammar.day_first)
        if found is None:
            return None, False
        return TimeExpr("date", year=year, month=found[0], day=found[1]), False
    if form in ("numeric_range", "md_numeric"):
        first = _month_day(int(g["a"]), int(g["b"]), grammar.day_first)
        if first is None:
            return None, False
        expr = TimeExpr("date", month=first[0], day=first[1], year=int(g["y1"]) if g.get("y1") else None, weekday=weekday)
        if form == "md_numeric":
            return expr, weekday is None
        last = _month_day(int(g["c"]), int(g["e"]), grammar.day_first)
        if last is None:
            return None, False
        expr.end = TimeExpr("date", month=last[0], day=last[1], year=int(g["y2"]) if g.get("y2") else None)
        if expr.year is None and expr.end.year is not None:
            expr.year = expr.end.year - 1 if first > last else expr.end.year
        return expr, False
    if form == "day_range":
        first, last = int(g["d0"] or g["d1"]), int(g["d2"])
        if last <= first:
            return None, False
        if g.get("rel"):
            shift = grammar.relative.get(_norm(g["rel"]), 0)
            expr = TimeExpr("day_of_month", day=first, shift=shift)
            expr.end = TimeExpr("day_of_month", day=last, shift=shift)
            return expr, False
        year = int(g["y"]) if g.get("y") else None
        expr = TimeExpr("date", month=_month(grammar, g["m"]), day=first, year=year)
        expr.end = TimeExpr("date", month=expr.month, day=last, year=year)
        return expr, False
    if form == "year_month_numeric":
        return TimeExpr("month", year=int(g.get("y") or g["y2"]), month=int(g.get("m") or g["m2"])), False
    if form == "weekday_dom":
        return TimeExpr("day_of_month", day=day() or day("d2"), weekday=weekday), False
    if form == "week_in":
        number = grammar.ordinals.get(_norm(g["o"])) or grammar.day_words.get(_norm(g["o"])) or (5 if _norm(g["o"]) == "5th" else None)
        if number is None:
            return None, False
        if g.get("m"):
            within = TimeExpr("month", month=_month(grammar, g["m"]), year=int(g["y"]) if g.get("y") else None)
        elif g.get("y2"):
            within = TimeExpr("year", year=int(g["y2"]))
        else:
            shift = grammar.relative.get(_norm(g["rel"]), 0) if g.get("rel") else 0
            within = TimeExpr("period", unit=grammar.units[_norm(g.get("u") or g["u2"])], shift=shift)
        return TimeExpr("week_in", number=number, within=within), False
    if form == "day_of_month":
        shift = grammar.relative.get(_norm(g["rel"]), 0) if g.get("rel") else None
        if shift is None and re.search(r"(?i)\bday\s+of\b", text):
            shift = 0
        return TimeExpr("day_of_month", day=day(), shift=shift), shift is None
    if form == "holiday":
        holiday = grammar.holidays[_norm(g["hol"].replace("’", "'"))]
        return TimeExpr("holiday", holiday=holiday, year=int(g["y"]) if g.get("y") else None), False
    if form == "unit_rel":
        return TimeExpr("period", unit=grammar.units[_norm(g["u"])], shift=grammar.relative_after[_norm(g["rel"])]), False
    if form == "offset_before":
        n = _count(grammar, g["n"])
        if n is None:
            return None, False
        direction = grammar.offsets_before[_norm(g["ob"])]
        return TimeExpr("offset", n=-n if direction == "ago" else n, unit=grammar.units[_norm(g["u"])], notes=[direction]), False
    if form == "span_after":
        n = _count(grammar, g["n"])
        if n is None:
            return None, False
        shift = grammar.relative_after[_norm(g.get("rel") or g["rel2"])]
        if shift == 0:
            return None, False
        unit = grammar.units[_norm(g.get("u") or g["u2"])]
        return TimeExpr("span", n=n, unit=unit, notes=["next"] if shift > 0 else []), False
    if form == "anchored_day":
        return TimeExpr("offset", n=grammar.anchored_days[_norm(text)], unit="day", anchored=True), False
    if form in ("year_words", "month_year_words", "season_year_words"):
        words = grammar.year_words
        key = lambda name: _norm(g[name].replace("-", " "))  # noqa: E731
        if g.get("k"):
            year = words["thousands"][key("k")] + (words["units"][key("ku")] if g.get("ku") else 0)
        else:
            year = words["centuries"][key("c")] * 100 + words["tens"][key("t")] + (words["units"][key("u")] if g.get("u") else 0)
        if form == "month_year_words":
            return TimeExpr("month", year=year, month=_month(grammar, g["m"])), False
        if form == "season_year_words":
            return TimeExpr("season", months=grammar.seasons[_norm(g["s"])], year=year), False
        return TimeExpr("year", year=year), False
    if form == "decade_words":
        return TimeExpr("decade", number=grammar.year_words["decades"][_norm(g["dw"])]), False
    if form == "now":
        return TimeExpr("days", n=0, notes=["now"]), False
    if form == "whole_year":  # "the latest fiscal year" is the last one over, "the fiscal year" this one
        return TimeExpr("period", unit="year", shift=-1 if _norm(g["ww"]) in grammar.complete_year else 0), False
    if form == "unit_after_part":
        return TimeExpr("period", unit=grammar.units[_norm(g["u"])], shift=0), True
    if form == "the_weekend":
        return TimeExpr("period", unit="weekend"), False
    if form == "the_unit":
        return TimeExpr("period", unit=grammar.units[_norm(g["u"])], shift=0), True
    if form == "fiscal_year":
        return TimeExpr("year", year=int(g["y"])), False
    if form == "month_range":
        year = int(g["y"])
        first, last = _month(grammar, g["m1"]), _month(grammar, g["m2"])
        expr = TimeExpr("month", year=year - 1 if first > last else year, month=first)
        expr.end = TimeExpr("month", year=year, month=last)
        return expr, False
    if form in ("mon_year", "year_mon"):
        year = int(g["y"])
        if year < 100:  # "juillet 98"
            year += 2000 if year <= _TWO_DIGIT_PIVOT else 1900
        return TimeExpr("month", year=year, month=_month(grammar, g["m"])), False
    if form in ("report_prior", "report_year", "report_now"):
        number = grammar.ordinals.get(_norm(g["o"])) if g.get("o") else None
        if number is not None and not 1 <= number <= 4:
            return None, False
        unit = "quarter" if g.get("u") and _norm(g["u"]) == "quarter" else "period"
        expr = TimeExpr("reporting", unit=unit, number=number)
        if form == "report_prior":
            expr.n = -1
        elif form == "report_year" and g.get("y"):
            expr.year = int(g["y"])
        elif form == "report_year":
            expr.relative_year = grammar.relative.get(_norm(g["rel"]), 0)
        elif g.get("ago"):
            expr.n = -1
        elif _norm(g.get("det")) == "that":
            expr.notes.append("that")
        if g.get("cur"):
            expr.notes.append("latest")
        return expr, False
    if form == "quarters_of":
        year = int(g["y"]) if g.get("y") else None
        if g.get("hu"):  # "the last half of 1989"
            expr = TimeExpr("half" if _norm(g["hu"]) == "half" else "quarter", number=-1, year=year)
        else:
            count = _count(grammar, g["n"])
            if count is None or not 2 <= count <= 3:
                return None, False
            first, last = (1, count) if _norm(g["fl"]) == "first" else (5 - count, 4)
            expr = TimeExpr("quarter", number=first, year=year)
            expr.end = TimeExpr("quarter", number=last, year=year)
        relative = _norm(g.get("ry"))
        if relative and relative != "the":
            expr.relative_year = grammar.relative.get(relative, 0)
            if expr.end is not None:
                expr.end.relative_year = expr.relative_year
        return expr, False
    if form == "quarter":
        if g.get("o"):
            number = grammar.ordinals.get(_norm(g["o"]))
            kind = "half" if _norm(g["u"]) in grammar.half_words else "quarter"
            if number is None or (kind == "half" and number > 2):
                return None, False
            year = g.get("y3") or g.get("y5")
            expr = TimeExpr(kind, number=number, year=int(year) if year else None)
            relative = _norm(g.get("ry"))
            if relative and relative != "the":
                expr.relative_year = grammar.relative.get(relative, 0)
            return expr, False
        code = (g.get("q") or g.get("q2") or g.get("h")).upper()
        year = g.get("y") or g.get("y2") or g.get("y4")
        return TimeExpr("half" if code[0] == "H" else "quarter", number=int(code[1]), year=int(year) if year else None), False
    if form in ("anchored", "unit_anchored"):
        # "the following month" says the word first, "la semaine suivante" after the unit
        shift = grammar.anchored[_norm(g["a"])] if form == "anchored" else grammar.anchored_after[_norm(g["an"])]
        unit = grammar.units[_norm(g["u"])]
        if unit == "day":
            return TimeExpr("offset", n=shift, unit="day", anchored=True), False
        return TimeExpr("period", unit=unit, shift=shift, anchored=True), False
    if form in ("decade", "decade_after"):
        if g.get("d2"):
            digit = int(g["d2"])
            return TimeExpr("decade", year=(2000 if digit <= 2 else 1900) + 10 * digit), False
        return TimeExpr("decade", year=int(g["c"]) * 100 + int(g["dd"]) * 10), False
    if form == "year_range":
        first = int(g["y1"])
        second = int(g["y2"]) if len(g["y2"]) == 4 else first // 100 * 100 + int(g["y2"])
        if not 0 < second - first <= 30:
            if re.fullmatch(r"\d{4}-(?:0[1-9]|1[0-2])", text):  # "2015-12": no range runs backwards, so a month
                return TimeExpr("month", year=first, month=int(g["y2"])), False
            return None, False
        expr = TimeExpr("year", year=first)
        expr.end = TimeExpr("year", year=second)
        return expr, False
    if form == "weekday":
        shift = grammar.relative.get(_norm(g.get("rel"))) if g.get("rel") else None
        return TimeExpr("weekday", weekday=weekday, shift=shift), False
    if form == "reldays":
        return TimeExpr("days", n=grammar.relative_days[_norm(text)]), False
    if form in ("span", "offset", "in_n"):
        n = _count(grammar, g["n"])
        unit = grammar.units[_norm(g["u"])]
        if n is None:
            return None, False
        if form == "span":  # "the past two quarters", "the next two decades" (from tomorrow on)
            return TimeExpr("span", n=n, unit=unit, notes=["next"] if _norm(g["sd"]) in ("next", "coming") else []), False
        if form == "in_n":
            return TimeExpr("offset", n=n, unit=unit), False
        direction = grammar.offsets[_norm(g["o"])]
        sign = -1 if direction in ("ago", "earlier", "before") else 1
        return TimeExpr("offset", n=sign * n, unit=unit, anchored=direction not in ("ago", "hence"), notes=[direction]), False
    if form == "unit_dir":
        direction = _norm(g["o"])
        sign = -1 if direction in ("before", "earlier") else 1
        unit = grammar.units[_norm(g["u"])]
        return TimeExpr("offset", n=sign, unit=unit, anchored=True, notes=["the_" + direction]), False
    if form == "earlier_this":
        anchored = _norm(g["w"]) in ("that", "in that")
        expr = TimeExpr("period", unit=grammar.units[_norm(g["u"])], shift=0, anchored=anchored)
        expr.notes.append(_norm(g["el"]))
        return expr, False
    if form == "rel_period":
        return TimeExpr("period", unit=grammar.units[_norm(g["u"])], shift=grammar.relative[_norm(g["rel"])]), False
    if form == "recent":
        return TimeExpr("recent", unit=grammar.units[_norm(g["u"])]), False
    if form == "season":
        months = grammar.seasons[_norm(g["s"])]
        return TimeExpr("season", months=months, year=int(g["y"]) if g.get("y") else None), not g.get("y")
    if form == "week_number":
        number = int(g["n"])
        return (TimeExpr("week_number", number=number), False) if number else (None, False)
    raise AssertionError(form)
