"""Building a resolved time's value: a run builds one per time, so the calendar's own periods are
given their :class:`~crosscheck.models.TimeValue` without re-validation; anything else is
validated as usual."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal, get_args, get_origin

from ..dates.periods import Period
from ..dates.resolve import TimeExpr
from ..models import TimeValue


def _literals(field: str) -> frozenset:
    """The values a Literal field of :class:`TimeValue` allows (None too when it is optional)."""
    allowed: set = set()
    stack = [TimeValue.model_fields[field].annotation]
    while stack:
        annotation = stack.pop()
        if annotation is type(None):
            allowed.add(None)
        elif get_origin(annotation) is Literal:
            allowed.update(get_args(annotation))
        else:
            stack.extend(get_args(annotation))
    return frozenset(allowed)


_GRANULARITIES, _PARTS, _MODALITIES = _literals("granularity"), _literals("part"), _literals("modality")
# the fields the resolver gives a value, as a validated TimeValue(...) call would record them
_VALUE_FIELDS = {"start", "end", "granularity", "modality", "part", "anchor"}


def _time_value(start: date | None, end: date | None, granularity: str, modality: str, part: str | None, anchor: str) -> TimeValue:
    """A resolved time's value, built without pydantic's validation when its words are the
    contract's (the calendar's periods always are; the days are dates and the anchor a string
    by construction): a run builds one per time. Otherwise validated, which raises as before."""
    if granularity in _GRANULARITIES and part in _PARTS and modality in _MODALITIES:
        return TimeValue.model_construct(_VALUE_FIELDS, start=start, end=end, granularity=granularity, modality=modality,
                                         part=part, anchor=anchor, invalid=None)
    return TimeValue(start=start, end=end, granularity=granularity, modality=modality, part=part, anchor=anchor)


def _yearless(expr: TimeExpr) -> bool:
    """A day or month said without a year or a word that places it ("June 23", not "last June")."""
    return (expr.kind in ("date", "month", "holiday", "day_of_month") and expr.year is None and expr.shift is None
            and expr.relative_year is None and expr.year_shift is None and not expr.anchored)


def _granularity(expr: TimeExpr) -> str:
    if expr.container is not None:
        return expr.container
    if expr.kind in ("date", "weekday", "days", "day_of_month", "holiday"):
        return "day"
    if expr.kind == "week_in":
        return "week"
    if expr.kind in ("offset", "period", "span"):
        unit = expr.unit or "day"
        return {"fortnight": "week", "weekend": "week"}.get(unit, unit) if expr.kind != "offset" or unit not in ("week", "fortnight") else "day"
    if expr.kind in ("half", "reporting"):
        return "quarter"
    if expr.kind == "week_number":
        return "week"
    if expr.kind == "recent":
        return "open"
    return expr.kind


@dataclass
class _Known:
    """A resolved time another expression may anchor to: its period and the words that said it
    (described only when something anchors to it, which few times do)."""

    period: Period
    text: str
    names_year: bool

    @property
    def description(self) -> str:
        return _describe(self.text, self.period)


def _describe(text: str, period: Period) -> str:
    shown = period.start.isoformat() if period.start == period.end else f"{period.start.isoformat()}..{period.end.isoformat()}"
    return f'"{text}" = {shown}'
