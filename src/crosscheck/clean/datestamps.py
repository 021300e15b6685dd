"""The shapes of a date written on a page, per language: worded ("Nov 18, 2019", "mardi 26 mars
2024", "1er mars 2024", "22 de outubro de 2010"), ISO ("2019-11-18T20:51:19Z"), and numeric ("11/18/19", "13/06/2014",
"11.15.2019"). Numeric dates are read day first or month first by the value that cannot be a
month (18 in 11/18/19), else by the language's usual order.
"""

from __future__ import annotations

import re
from datetime import date

from ..calendar_words import MONTHS, WEEKDAYS

FULL_DATE_GATE = re.compile(r"\d{4}|\d[-/.]\d{1,2}[-/.]\d")
_ORDINAL = r"(?:st|nd|rd|th|er|e|º|°)?"
# A short word linking day, month and year in many languages ("18 of November", "22 de outubro de 2010").
_LINK = r"[^\W\d_]{1,3}"


def _alternation(words) -> str:
    return "|".join(sorted({re.escape(w) for w in words}, key=lambda w: (-len(w), w)))


class DateShapes:
    """Compiled date patterns for the month and weekday names of one language (plus English)."""

    def __init__(self, months: dict[str, int] | None = None, weekdays: list[str] | None = None, day_first: bool = False):
        self.months = {**MONTHS, **{k.lower(): v for k, v in (months or {}).items()}}
        self.day_first = day_first
        month = _alternation(self.months)
        weekday = _alternation([*WEEKDAYS, *(w.lower() for w in weekdays or [])])
        # A year may be glued to a following time ("Nov 19 20197:05 AM") or label ("18.11.2019Get").
        year_end = r"(?:(?!\w)|(?=\d{1,2}:\d\d)|(?=[A-Z][a-z]))"
        self.pattern = re.compile(
            rf"(?<!\w)(?:(?:(?P<wd1>{weekday})\.?,?\s+)?(?P<mon1>{month})\.?\s+(?P<day1>\d{{1,2}}){_ORDINAL},?\s+(?P<year1>\d{{4}}){year_end}"
            rf"|(?:(?P<wd2>{weekday})\.?,?\s+(?:(?:the|le)\s+)?)?(?P<day2>\d{{1,2}}){_ORDINAL}\.?\s+(?:{_LINK}\s+)?(?P<mon2>{month})\.?,?\s+(?:{_LINK}\s+)?(?P<year2>\d{{4}}){year_end}"
            r"|(?P<year3>(?:19|20)\d\d)(?P<sep3>[-/.])(?P<mon3>\d{1,2})(?P=sep3)(?P<day3>\d{1,2})(?:(?=T\d)|(?!\w))"
            rf"|(?P<n1>\d{{1,2}})(?P<sep4>[/.-])(?P<n2>\d{{1,2}})(?P=sep4)(?P<year4>(?:19|20)\d\d|\d\d)(?![/.-]\d){year_end})",
            re.IGNORECASE,
        )
        self.partial = re.compile(
            rf"(?<!\w)(?:(?P<mon1>{month})\.?\s+(?P<day1>\d{{1,2}}){_ORDINAL}|(?P<day2>\d{{1,2}}){_ORDINAL}\s+(?P<mon2>{month})\.?)(?!\w)",
            re.IGNORECASE,
        )

    def search(self, text: str, pos: int = 0) -> re.Match | None:
        # Every full date has a four-digit year or a numeric day/month/year: a cheap gate first.
        if FULL_DATE_GATE.search(text, pos) is None:
            return None
        return self.pattern.search(text, pos)

    def month(self, name: str) -> int:
        return self.months[name.lower().rstrip(".")]

    def parse(self, found: re.Match) -> date | None:
        """The day a match of :attr:`pattern` names, None when it names no real day."""
        g = found.groupdict()
        try:
            if g["year1"]:
                return date(int(g["year1"]), self.month(g["mon1"]), int(g["day1"]))
            if g["year2"]:
                return date(int(g["year2"]), self.month(g["mon2"]), int(g["day2"]))
            if g["year3"]:
                return date(int(g["year3"]), int(g["mon3"]), int(g["day3"]))
            first, second, year = int(g["n1"]), int(g["n2"]), int(g["year4"])
            if year < 100:
                year += 2000
            if first > 12 or (self.day_first and second <= 12):
                return date(year, second, first)
            return date(year, first, second)
        except (ValueError, KeyError):
            return None

    def partial_day(self, found: re.Match) -> tuple[int, int] | None:
        """(month, day) of a match of :attr:`partial` when it is a real month-day."""
        month = self.month(found.group("mon1") or found.group("mon2"))
        day = int(found.group("day1") or found.group("day2"))
        try:
            date(2000, month, day)  # a leap year: "Feb 29" is a real month-day
        except ValueError:
            return None
        return month, day

    @staticmethod
    def has_weekday(found: re.Match) -> bool:
        return bool(found.group("wd1") or found.group("wd2"))
