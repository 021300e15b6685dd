"""Month and weekday names of a language that has no rule files, from the Unicode CLDR.

A page in a language without ``rules/<lang>/furniture.yaml`` ("sexta-feira, 22 de outubro de
2010", "24 сентября 2018") still has a publication date a reader sees at once. The names and the
usual order of a numeric date (day or month first) come from CLDR through Babel, whose locale
data is installed with the package (nothing is downloaded), so no language list is kept here.
Languages with rule files keep their own lists: they also hold furniture words.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

# Shorter abbreviations ("ma", "de") would read ordinary words as months.
SHORTEST_NAME = 3


@dataclass(frozen=True)
class Calendar:
    """The words of dates in one language: month names (wide and abbreviated, both grammatical
    contexts: "сентября" and "сентябрь"), weekday names, and the numeric date order."""

    months: dict[str, int]
    weekdays: tuple[str, ...]
    day_first: bool


def _names(table) -> dict[str, int]:
    """Names of a CLDR width table as lower-case words with their number, without the
    abbreviation dot; names that are no words (Japanese "9月") are left out."""
    names = {}
    for number, name in sorted(table.items()):
        word = name.lower().rstrip(".")
        if len(word) >= SHORTEST_NAME and word.replace("-", "").isalpha():
            names.setdefault(word, number)
    return names


@lru_cache(maxsize=None)
def calendar_of(language: str) -> Calendar | None:
    """The calendar words of ``language`` (an ISO 639-1 code), None when CLDR does not know it."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return None
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for word, number in _names(locale.months[context][width]).items():
                months.setdefault(word, number)
            for word, number in _names(locale.days[context][width]).items():
                weekdays.setdefault(word, number)
    if not months:
        return None
    pattern = locale.date_formats["short"].pattern
    day_first = 0 <= pattern.find("d") < pattern.find("M")
    return Calendar(months, tuple(weekdays), day_first)
