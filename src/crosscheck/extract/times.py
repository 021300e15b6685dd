"""Time mentions: every date, period and relative time of an article, resolved to the calendar.

One grammar of compiled alternations (built once from the ``time`` rule file and the shared
month and weekday names), tried only at the words of a sentence where a time can start (a
number, a month or weekday name, a few words before a unit word), finds: absolute dates in the
usual news forms, months, years, decades, seasons, quarters, weekdays, relative days and
periods ("last year", "earlier this month", "two weeks ago", "in recent months"), anchored
expressions ("the day before", "a day after ...", "the following year"), holidays (from the
rules), days written as words ("February twenty second", "Tuesday the eleventh"), days of
the month without a month ("on the 18th") or a year ("on 11/20"), weeks ("the week of April
10", "the first week of 2015", "next week on Tuesday") and ranges ending "now". A short look at the
words just before and after each candidate then reads its operator ("since", "until", "by"),
part ("mid-", "early"), relative word ("last July") and range partner ("from June 23 to 26"),
and drops bare numbers and month-like words that are not times ("75%", "may" the verb).

Resolution (:mod:`crosscheck.normalise.times`) uses the publication date, the time's
direction (a past sentence means the most recent such day, a future one the next; a deadline
or a forward cue such as "postponed to" or "due in" looks ahead whatever the tense) and, for
anchored expressions, another time of the same sentence or paragraph. "two weeks after <event>"
is a mention of its own words only: the event's words and figures belong to the clause.

Public entry points: :class:`TimeExtractor` for the pipeline and
:func:`extract_times_from_text` for one string (bench, tests, claim verification).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Literal, NamedTuple

from pydantic import Field, field_validator

from ..calendar_words import MONTHS, WEEKDAYS
from ..models import Document, Mention, Sentence, TimeValue
from ..normalise.times import (Anchor, Context, Holiday, Period, TimeExpr, Unresolvable, merge_range, previous_quarter,
                               quarter_period, resolve, shift_years, year_period)
from ..rules import RuleExamples, RuleFile, RuleModel, RulePack, default_rules_dir, load_rule_file, rule_kind
from .sentences import split_span

# ---------------------------------------------------------------------------------------------
# The rule file


_TOKEN = re.compile(r"\w+")


class VerbCues(RuleModel):
    """Openers that are a cue only right before one of ``verbs``: "is due to MEET" looks ahead,
    "is due to the rain" does not."""

    openers: list[str] = Field(min_length=1)
    verbs: list[str] = Field(min_length=1)

    @field_validator("openers", "verbs")
    @classmethod
    def _lower(cls, value: list[str]) -> list[str]:
        return _lower_words(value)

    def phrases(self) -> list[str]:
        return [f"{opener} {verb}" for opener in self.openers for verb in self.verbs]


class CueWords(RuleModel):
    """Words and phrases (matched as whole lower-case words of a sentence), with examples."""

    words: list[str] = Field(default_factory=list)
    phrases: list[str] = Field(default_factory=list)
    before_verbs: VerbCues | None = None
    examples: RuleExamples

    @field_validator("words", "phrases")
    @classmethod
    def _lower(cls, value: list[str]) -> list[str]:
        return _lower_words(value)

    def entries(self) -> list[str]:
        return self.words + self.phrases + (self.before_verbs.phrases() if self.before_verbs else [])


def _lower_words(value: list[str]) -> list[str]:
    """Each entry as its lower-case words joined by one space ("She'll" -> "she ll")."""
    return [" ".join(_TOKEN.findall(v.lower())) for v in value if _TOKEN.findall(v)]


class _Cues:
    """Cue words compiled to sets of words and word tuples, looked up in a sentence's tokens."""

    def __init__(self, groups: list[CueWords], extra: list[str] = ()):
        entries = {e for g in groups for e in g.entries()} | set(extra)
        self.words = frozenset(e for e in entries if " " not in e)
        self.phrases: dict[str, list[list[str]]] = {}
        for phrase in sorted(e for e in entries if " " in e):
            first, *rest = phrase.split()
            self.phrases.setdefault(first, []).append(rest)

    def found(self, words: list[str]) -> bool:
        if not self.words.isdisjoint(words):  # set operations run in C: most sentences stop here
            return True
        if self.phrases.keys().isdisjoint(words):
            return False
        for index, word in enumerate(words):
            for rest in self.phrases.get(word, ()):
                if words[index + 1 : index + 1 + len(rest)] == rest:
                    return True
        return False

    def search(self, text: str) -> bool:
        return self.found(_TOKEN.findall(text.lower()))

    def first_words(self) -> frozenset[str]:
        """The words a cue can start with: a sentence without any of them has no cue."""
        return self.words | self.phrases.keys()

    def ending_at(self, words: list[str], index: int) -> int | None:
        """The first word of the longest cue that ends with ``words[index]``, or None."""
        if index < 0:
            return None
        for start in range(max(0, index - 4), index):
            for rest in self.phrases.get(words[start], ()):
                if len(rest) == index - start and words[start + 1 : index + 1] == rest:
                    return start
        return index if words[index] in self.words else None

    def ends_at(self, words: list[str], index: int) -> bool:
        return self.ending_at(words, index) is not None


class ForwardCues(CueWords):
    """Words right before a time that point it forward: ``words`` and ``phrases`` whatever the
    tense ("was postponed to June"), ``present_only`` unless one of ``past_forms`` comes just
    before them ("is due in January", not "was due in January"); none of them right after one
    of ``unless_after`` ("originally scheduled for June")."""

    present_only: list[str] = Field(default_factory=list)
    past_forms: list[str] = Field(default_factory=list)
    unless_after: list[str] = Field(default_factory=list)

    @field_validator("present_only", "past_forms", "unless_after")
    @classmethod
    def _lower_more(cls, value: list[str]) -> list[str]:
        return _lower_words(value)


Operator = Literal["since", "after", "until", "before", "deadline", "from", "between"]


class HolidayRule(RuleModel):
    """One named day: a fixed date, the nth weekday of a month, or an offset from Easter."""

    names: list[str] = Field(min_length=1)
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)
    weekday: str | None = None
    nth: int | None = Field(default=None, ge=-1, le=5)
    easter: int | None = None

    @field_validator("weekday")
    @classmethod
    def _weekday(cls, value: str | None) -> str | None:
        if value is not None and value.lower() not in WEEKDAYS:
            raise ValueError(f"unknown weekday {value!r}")
        return value

    def model_post_init(self, _context) -> None:
        fixed = self.month is not None and self.day is not None and self.weekday is None and self.nth is None
        nth = self.month is not None and self.weekday is not None and self.nth not in (None, 0) and self.day is None
        easter = self.easter is not None and self.month is None and self.day is None and self.weekday is None
        if [fixed, nth, easter].count(True) != 1:
            raise ValueError("a holiday is month + day, month + weekday + nth, or easter (days from Easter Sunday)")

    def holiday(self, name: str) -> Holiday:
        weekday = WEEKDAYS[self.weekday.lower()] if self.weekday else None
        return Holiday(name, self.month, self.day, weekday, self.nth, self.easter)


class TenseWords(RuleModel):
    """How a sentence shows it tells of the past when no past verb sits right before a time:
    ``reporting`` verbs do not count (their complement keeps its own tense), words in -ed count
    unless listed in ``not_past`` or right after one of ``not_past_after`` (an auxiliary, "to",
    a modal: "is scheduled", "has extended", "to be signed")."""

    reporting: list[str] = Field(default_factory=list)
    not_past: list[str] = Field(default_factory=list)
    not_past_after: list[str] = Field(default_factory=list)


class ReportingWords(RuleModel):
    """Words of company and agency reports that name the period reported on (see time.yaml)."""

    periods: list[str] = Field(default_factory=list)
    current: list[str] = Field(default_factory=list)
    year_before: list[str] = Field(default_factory=list)
    comparable: list[str] = Field(default_factory=list)
    compared: list[str] = Field(default_factory=list)
    figures: list[str] = Field(default_factory=list)
    longer: list[str] = Field(default_factory=list)
    examples: RuleExamples | None = None


class Holidays(RuleModel):
    """Named days of the year, and words that make a name something else when they follow it."""

    days: dict[str, HolidayRule] = Field(default_factory=dict)
    not_before: list[str] = Field(default_factory=list)
    examples: RuleExamples | None = None


@rule_kind("time")
class TimeRules(RuleFile):
    """Vocabulary of time expressions (see rules/time.yaml for what each group means)."""

    future: CueWords | None = None
    past: CueWords | None = None
    auxiliary_gap: list[str] = Field(default_factory=list)
    months: dict[str, int] = Field(default_factory=dict)
    weekdays: dict[str, int] = Field(default_factory=dict)
    tense: TenseWords | None = None
    cues: list[str] = Field(default_factory=list)
    whole_year: list[str] = Field(default_factory=list)
    determiners: list[str] = Field(default_factory=list)
    reporting: ReportingWords | None = None
    perfect: CueWords | None = None
    forward: ForwardCues | None = None
    operators: dict[Operator, list[str]] = Field(default_factory=dict)
    range_joiners: list[str] = Field(default_factory=list)
    parts: dict[Literal["early", "mid", "late"], list[str]] = Field(default_factory=dict)
    relative: dict[Literal["previous", "current", "next"], list[str]] = Field(default_factory=dict)
    anchored: dict[Literal["previous", "same", "next"], list[str]] = Field(default_factory=dict)
    relative_days: dict[str, int] = Field(default_factory=dict)
    offsets: dict[Literal["ago", "hence", "earlier", "later", "before", "after"], list[str]] = Field(default_factory=dict)
    recent: list[str] = Field(default_factory=list)
    within: list[str] = Field(default_factory=list)
    seasons: dict[str, tuple[int, int]] = Field(default_factory=dict)
    numbers: dict[str, int] = Field(default_factory=dict)
    ordinals: dict[str, int] = Field(default_factory=dict)
    day_ordinals: dict[str, int] = Field(default_factory=dict)
    holidays: Holidays | None = None

    @field_validator("months")
    @classmethod
    def _month_numbers(cls, value: dict[str, int]):
        for name, number in value.items():
            if not 1 <= number <= 12:
                raise ValueError(f"month {name!r}: months are 1..12")
        return value

    @field_validator("weekdays")
    @classmethod
    def _weekday_numbers(cls, value: dict[str, int]):
        for name, number in value.items():
            if not 0 <= number <= 6:
                raise ValueError(f"weekday {name!r}: weekdays are 0 (Monday)..6")
        return value

    @field_validator("day_ordinals")
    @classmethod
    def _days(cls, value: dict[str, int]):
        for name, day in value.items():
            if not 1 <= day <= 31:
                raise ValueError(f"day ordinal {name!r}: days are 1..31")
        return value

    @field_validator("seasons")
    @classmethod
    def _months(cls, value: dict[str, tuple[int, int]]):
        for name, (first, last) in value.items():
            if not (1 <= first <= 12 and 1 <= last <= 12):
                raise ValueError(f"season {name!r}: months are 1..12")
        return value


def _merge_rules(files: list[TimeRules]) -> TimeRules:
    """Several ``time`` files (the default pack and a user's) add up, later files extending."""
    merged = TimeRules(kind="time")
    for rules in files:
        for name in ("future", "past", "perfect", "forward"):
            group, target = getattr(rules, name), getattr(merged, name)
            if group is not None and target is None:
                setattr(merged, name, group.model_copy(deep=True))
            elif group is not None:
                target.words.extend(group.words)
                target.phrases.extend(group.phrases)
                if group.before_verbs is not None and target.before_verbs is None:
                    target.before_verbs = group.before_verbs.model_copy(deep=True)
                elif group.before_verbs is not None:
                    target.before_verbs.openers.extend(group.before_verbs.openers)
                    target.before_verbs.verbs.extend(group.before_verbs.verbs)
                if name == "forward":
                    for field in ("present_only", "past_forms", "unless_after"):
                        getattr(target, field).extend(getattr(group, field))
        for name in ("operators", "parts", "relative", "anchored", "offsets"):
            target = getattr(merged, name)
            for key, words in getattr(rules, name).items():
                target.setdefault(key, []).extend(words)
        for name in ("range_joiners", "recent", "within", "auxiliary_gap", "cues", "whole_year", "determiners"):
            getattr(merged, name).extend(getattr(rules, name))
        for name in ("relative_days", "seasons", "numbers", "ordinals", "day_ordinals", "months", "weekdays"):
            getattr(merged, name).update(getattr(rules, name))
        if rules.reporting is not None and merged.reporting is None:
            merged.reporting = rules.reporting.model_copy(deep=True)
        elif rules.reporting is not None:
            for field in ("periods", "current", "year_before", "comparable", "compared", "figures", "longer"):
                getattr(merged.reporting, field).extend(getattr(rules.reporting, field))
        if rules.tense is not None and merged.tense is None:
            merged.tense = rules.tense.model_copy(deep=True)
        elif rules.tense is not None:
            for field in ("reporting", "not_past", "not_past_after"):
                getattr(merged.tense, field).extend(getattr(rules.tense, field))
        if rules.holidays is not None and merged.holidays is None:
            merged.holidays = rules.holidays.model_copy(deep=True)
        elif rules.holidays is not None:
            merged.holidays.days.update(rules.holidays.days)
            merged.holidays.not_before.extend(rules.holidays.not_before)
    return merged


# ---------------------------------------------------------------------------------------------
# The grammar


def _words(words, case_insensitive: bool = True) -> str:
    """A regex alternation of whole words, longest first, white space flexible."""
    unique = sorted({w.strip() for w in words if w.strip()}, key=lambda w: (-len(w), w))
    body = "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in unique) or r"(?!x)x"
    return f"(?i:{body})" if case_insensitive else f"(?:{body})"


_TWO_DIGIT_PIVOT = 30  # "03/18/40" is 1940, "5/7/20" is 2020
_AMBIGUOUS_MONTHS = ("may", "march", "mar")
_YEAR = r"(?:1[0-9]\d\d|20\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_ORD = r"(?:st|nd|rd|th)"
_TIME_OF_DAY = r"(?:\s*,?\s*(?:at\s+)?(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:GMT|UTC))?)?"
_UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "fortnight": "fortnight",
          "fortnights": "fortnight", "month": "month", "months": "month", "year": "year", "years": "year",
          "decade": "decade", "decades": "decade", "quarter": "quarter", "quarters": "quarter",
          "weekend": "weekend"}


def _month_names() -> dict[str, str]:
    """Month alternations: any spelling next to numbers; standalone words only when unambiguous."""
    full = [m for m in MONTHS if len(m) > 4 or m in ("june", "july")] + ["may"]
    abbreviations = [m for m in MONTHS if m not in full]
    safe_full = [m for m in full if m not in _AMBIGUOUS_MONTHS]
    capitalised = [w for m in _AMBIGUOUS_MONTHS for w in (m.capitalize(), m.upper())]
    safe_abbreviations = [m for m in abbreviations if m not in _AMBIGUOUS_MONTHS]
    not_letter = r"(?![^\W\d_])"
    # only an abbreviation takes a full stop ("Sept. 22"); "in July." ends the sentence
    any_name = f"(?:{_words(full)}{not_letter}|{_words(abbreviations)}{not_letter}\\.?)"
    alone = f"(?:{_words(safe_full)}|{_words([w for w in capitalised if w.lower() in full], False)})\\b"
    with_number = (f"(?:{_words(safe_full)}|{_words([w for w in capitalised if w.lower() in full], False)}){not_letter}"
                   f"|(?:{_words(safe_abbreviations)}|{_words([w for w in capitalised if w.lower() not in full], False)}){not_letter}\\.?")
    return {"any": any_name, "alone": alone, "with_number": with_number}


def _hyphen_words(words) -> str:
    """Like :func:`_words`, for number words whose parts a space or a hyphen joins ("thirty-first")."""
    unique = sorted({w.strip() for w in words if w.strip()}, key=lambda w: (-len(w), w))
    body = "|".join(r"[\s-]+".join(re.escape(part) for part in w.split()) for w in unique) or r"(?!x)x"
    return f"(?i:{body})"


def _day_words(rules: TimeRules) -> tuple[dict[str, int], dict[str, int]]:
    """Days of the month as ordinal words (from the rules) and as cardinal words (built from the
    count words: "twenty nine" is twenty and nine)."""
    ordinals = {_norm(k.replace("-", " ")): v for k, v in rules.day_ordinals.items()}
    single = {k.lower(): v for k, v in rules.numbers.items() if " " not in k.strip() and k.lower() not in ("a", "an")}
    cardinals = {k: v for k, v in single.items() if 1 <= v <= 31}
    for tens_word, tens in single.items():
        if tens in (20, 30):
            cardinals.update({f"{tens_word} {unit_word}": tens + unit for unit_word, unit in single.items() if 1 <= unit <= 9 and tens + unit <= 31})
    return ordinals, cardinals


def _holiday_names(rules: TimeRules) -> dict[str, Holiday]:
    """Every spelling of every holiday of the rules, lower-cased, to its day."""
    if rules.holidays is None:
        return {}
    return {_norm(alias): rule.holiday(name) for name, rule in rules.holidays.days.items() for alias in rule.names}


def _holiday_pattern(rules: TimeRules) -> str:
    names = sorted(_holiday_names(rules), key=lambda w: (-len(w), w))
    if not names:
        return r"(?!x)x"
    body = "|".join(r"\s+".join(re.escape(part).replace("'", "['’]") for part in name.split()) for name in names)
    not_before = rules.holidays.not_before if rules.holidays else []
    guard = rf"(?!\s+{_words(not_before)}\b)" if not_before else ""
    return rf"(?i:{body})(?![\w'’]){guard}"


class _Form(NamedTuple):
    name: str
    pattern: str


def _forms(rules: TimeRules, weekday_first: bool = True) -> list[_Form]:
    """The grammar's forms, in the order they are tried. Without ``weekday_first`` the optional
    leading weekday ("Tuesday, Sept. 22, 2020") is left out (its group never matches): the scan
    tries those forms at a weekday only from a weekday word, and this spares the other starts
    the weekday alternation."""
    months = _month_names()
    months["abbreviated"] = _words([m for m in MONTHS if len(m) <= 4 and m not in ("june", "july", *_AMBIGUOUS_MONTHS)]) + r"\b\.?"
    mon_any, mon_alone, mon_num = months["any"], months["alone"], months["with_number"]
    weekday_full = _words([w for w in WEEKDAYS if len(w) > 4]) + r"\b"
    weekday_any = _words(WEEKDAYS) + r"\b\.?"
    number = f"(?:\\d{{1,3}}|{_words(rules.numbers)})"
    unit = r"(?i:days?|weeks?|fortnights?|months?|years?|decades?)\b"
    offsets = _words(w for words in rules.offsets.values() for w in words) + r"\b"
    ordinals = _words(k for k, v in rules.ordinals.items() if v > 0)
    relative_all = _words(w for words in rules.relative.values() for w in words)
    anchored = _words(w for words in rules.anchored.values() for w in words)
    seasons = _words(rules.seasons) + r"\b"
    within = _words(rules.within)
    recent = _words(rules.recent)
    not_figure = r"(?![\d%]|[.,:]\d|\s*(?:%|per\s?cent|percent))"
    weekday_prefix = f"(?:(?P<wd>{weekday_any}),?\\s+)?(?<![$€£])" if weekday_first else "(?P<wd>(?!x)x)?(?<![$€£])"
    day_ordinals, day_cardinals = _day_words(rules)
    day_word = _hyphen_words(day_ordinals) + r"\b"
    day_cardinal = _hyphen_words(day_cardinals) + r"(?=\s*(?:$|[.,;:!?)]))"
    week_ordinals = _words([k for k, v in {**rules.ordinals, **day_ordinals}.items() if v <= 5] + ["5th"])
    clause_end = r"(?=\s*(?:$|[.,;:!?)]|\s-\s|\s+(?i:at|and|or|to|through|until|till)\b))"
    numeric_day = r"(?:[12]\d|3[01]|0?[1-9])"
    reporting = rules.reporting or ReportingWords()
    periods = _words(reporting.periods) + r"\b"
    year_before = _words(reporting.year_before)
    comparable = _words(reporting.comparable)
    compared = _words(reporting.compared) + r"\b"
    report_current = _words(reporting.current)
    not_span = r"(?!\s+(?i:of|from|between|to|when|in\s+which)\b|\s*\d)"
    return [
        _Form("iso", f"(?<![\\d/.])(?P<y>{_YEAR})(?P<sep>[-/.])(?P<m>1[0-2]|0?[1-9])(?P=sep)(?P<d>{_DAY})(?!\\d|[.-]\\d)(?:T[\\d:.]+Z?)?{_TIME_OF_DAY}"),
        _Form("compact", r"(?<![\d.,])(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?![\d]|[.,]\d)"),
        _Form("numeric", f"(?<![\\d/.-])(?P<a>{_DAY})(?P<sep>[/.-])(?P<b>{_DAY})(?P=sep)(?P<y>{_YEAR}|(?<=/)\\d\\d)(?!\\d|[/.-]\\d){_TIME_OF_DAY}"),
        _Form("numeric_range", f"(?<![\\d/.-])(?P<a>{numeric_day})(?P<sep>[/-])(?P<b>{numeric_day})(?:(?P=sep)(?P<y1>{_YEAR}))?\\s*[-–]\\s*"
              f"(?P<c>{numeric_day})(?P=sep)(?P<e>{numeric_day})(?:(?:,\\s*|(?P=sep))(?P<y2>{_YEAR}))?(?![\\d/]|[.-]\\d)"),
        _Form("month_range", f"(?P<m1>{mon_any})\\s*(?:[-–]|\\s(?i:to|through|until)\\s)\\s*(?P<m2>{mon_any})(?:,?\\s+|\\s+(?i:in|of)\\s+)(?P<y>{_YEAR})(?!\\d)"),
        _Form("mdy", f"{weekday_prefix}(?P<m>{mon_any})(?:\\s*|-)(?:the\\s+)?(?P<d>{_DAY}){_ORD}?(?:\\s*,\\s*|\\s+|-|\\s+of\\s+|\\s+in\\s+)(?P<y>{_YEAR})(?!\\d){_TIME_OF_DAY}"),
        # "and" joins a range only after "between" ("18 and 19 June" are two days)
        _Form("day_range", f"(?:(?<=(?i:between) )(?P<d0>{_DAY}){_ORD}?\\s+(?i:and)\\s+|(?P<d1>{_DAY}){_ORD}?\\s*(?:[-–]|\\s(?i:to|through|until|till)\\s)\\s*)(?P<d2>{_DAY}){_ORD}?"
              f"(?:(?:\\s+of)?\\s+(?P<m>{mon_num})(?:,?\\s+(?P<y>{_YEAR})(?!\\d))?|\\s+(?i:of|in)\\s+(?P<rel>{relative_all})\\s+(?i:month)\\b)"),
        _Form("dmy", f"{weekday_prefix}(?:the\\s+)?(?P<d>{_DAY}){_ORD}?(?:\\s+of\\s+|\\s+|-|/)(?P<m>{mon_any})(?:,?\\s+|-|/|\\s+of\\s+|\\s+in\\s+)(?P<y>{_YEAR})(?!\\d){_TIME_OF_DAY}"),
        _Form("ymd_name", f"(?P<y>{_YEAR})[/-](?P<m>{mon_any})[/-](?P<d>{_DAY})(?!\\d)"),
        _Form("mon_year", f"(?P<m>{mon_any})(?:\\s+of\\s+|,?\\s+|[-/])(?P<y>{_YEAR})(?![\\d%]|[.,]\\d)"),
        _Form("year_mon", f"(?<![\\d.,])(?P<y>{_YEAR})\\s+(?P<m>{mon_alone})(?!\\s*\\d)"),
        # reporting periods: "the year-ago quarter", "the comparable year-earlier period",
        # "year-earlier profit", "the 1988 second quarter", "last year's quarter", "the latest
        # period", "the quarter a year ago", "the corresponding period last year"
        _Form("report_prior", f"(?:(?i:the)\\s+)?(?:{comparable}\\s+)?(?P<yb>{year_before})(?![\\w-])"
              f"(?:\\s+(?:(?P<o>{ordinals})[\\s-]+)?(?P<u>{periods}))?"),
        _Form("report_year", f"(?:(?i:the)\\s+(?P<y>{_YEAR})|(?P<rel>{relative_all})\\s+(?i:year)['’]s)\\s+(?:(?P<o>{ordinals})[\\s-]+)?(?P<u>{periods}){not_span}"),
        _Form("report_now", f"(?P<det>(?i:the|that))\\s+(?:(?:{report_current}|{comparable})\\s+)?(?P<u>{periods})"
              f"(?:\\s+(?P<ago>{compared})|{not_span})"),
        _Form("quarter", f"(?:(?P<q>[Qq][1-4])(?:[\\s-]+(?P<y>{_YEAR}))?|(?P<y2>{_YEAR})[\\s-]*(?P<q2>[Qq][1-4]|[Hh][12])|(?P<h>[Hh][12])[\\s-]+(?P<y4>{_YEAR})"
              f"|(?:the\\s+)?(?P<o>{ordinals})[\\s-]+(?P<u>(?i:quarter|half))(?:\\s+of\\s+(?:(?P<y3>{_YEAR})|(?:the\\s+)?(?P<ry>{relative_all}|the)\\s+year))?)(?!\\w)"),
        _Form("decade", r"(?<![\w'’])(?:(?P<c>1\d|20)(?P<dd>\d)0s|['’](?P<d2>\d)0s)\b"),
        _Form("year_range", f"(?<![\\w$€£.,/-])(?P<y1>{_YEAR})\\s*[-–/]\\s*(?P<y2>{_YEAR}|\\d\\d)(?![\\w%]|[.,]\\d)"),
        _Form("year_month_numeric", f"(?<![\\w.,/-])(?:(?P<y>{_YEAR})-(?P<m>[1-9])|(?P<m2>0[1-9]|1[0-2])[-/](?P<y2>{_YEAR}))(?![\\w%-]|[.,/]\\d|\\s*%|\\s+[a-z])"),
        _Form("md", f"{weekday_prefix}(?P<m>{mon_num})(?:\\s*|/|-|,\\s*(?=\\d+{_ORD}))(?:the\\s+)?"
              f"(?:(?P<d>{_DAY}){_ORD}?\\b{not_figure}|(?P<dw>{day_word})|(?P<dc>{day_cardinal})){_TIME_OF_DAY}"),
        _Form("dm", f"{weekday_prefix}(?:the\\s+)?(?P<d>{_DAY}){_ORD}?(?:\\s+day)?(?:\\s+of)?\\s+(?P<m>{mon_num})(?!\\w)"),
        _Form("dm_word", f"{weekday_prefix}(?:the\\s+)?(?P<dw>{day_word})(?:\\s+day)?(?:\\s+of)?\\s+(?P<m>{mon_num})(?!\\w)"),
        _Form("md_numeric", f"{weekday_prefix}(?<![\\d/.,-])(?P<a>{numeric_day})/(?P<b>{numeric_day})(?![\\d/]|[.,]\\d|-\\d){clause_end}"),
        _Form("weekday_dom", f"(?P<wd>{weekday_any}),?\\s+(?:the\\s+(?:(?P<d>{_DAY}){_ORD}?|(?P<dw>{day_word}))|(?P<d2>{_DAY}){_ORD})\\b(?!\\s*(?:[-/.]\\d|(?i:of|day)\\b))"),
        _Form("weekday", f"(?P<wd>{weekday_full})(?:\\s+of\\s+(?P<rel>{relative_all})\\s+week\\b)?"),
        _Form("week_in", f"(?:(?i:the)\\s+)?(?P<o>{week_ordinals})\\s+(?i:week)\\s+(?i:of)\\s+(?:(?P<m>{mon_any})(?:,?\\s+(?P<y>{_YEAR})(?!\\d))?"
              f"|(?P<y2>{_YEAR})(?!\\d)|(?P<rel>{relative_all})\\s+(?P<u>(?i:month|year))\\b|(?i:the)\\s+(?P<u2>(?i:month|year))\\b)"),
        _Form("day_of_month", f"(?:(?P<d>{_DAY}){_ORD}|(?!\\d)(?P<dw>{day_word}))(?:\\s+(?i:day\\s+of)\\s+(?:(?i:the)\\s+(?i:month)|(?P<rel>{relative_all})\\s+(?i:month))\\b|{clause_end})"),
        _Form("holiday", f"(?P<hol>{_holiday_pattern(rules)})(?:,?\\s+(?:of\\s+)?(?P<y>{_YEAR})(?!\\d))?"),
        _Form("now", r"(?i:now)\b"),
        _Form("reldays", _words(rules.relative_days) + r"\b"),
        _Form("span", f"(?i:the\\s+)?(?i:past|last|previous)\\s+(?P<n>{number})\\s+(?P<u>{unit})"),
        _Form("offset", f"(?P<n>{number})\\s+(?P<u>{unit})\\s+(?P<o>{offsets})"),
        _Form("in_n", f"(?i:in|within)\\s+(?P<n>{number})\\s+(?P<u>{unit})(?!\\s+(?i:ago|time|a\\s+row|of|old|from|after|before|later|earlier)\\b)"),
        _Form("unit_dir", r"(?i:the)\s+(?P<u>(?i:day|week|month|year))\s+(?P<o>(?i:before|after|earlier|later))\b"),
        _Form("anchored", f"(?P<a>{anchored})\\s+(?P<u>(?i:day|week|month|year|quarter|decade|weekend))\\b"),
        _Form("earlier_this", f"(?P<el>(?i:earlier|later))\\s+(?P<w>{within})\\s+(?P<u>(?i:week|month|year))\\b"),
        _Form("the_unit", f"(?i:the)\\s+(?:{_words(rules.whole_year)}\\s+)?(?P<u>(?i:day|week|month|year))(?=\\s*(?:$|[.,;:!?)])|\\s+(?i:ended|ending)\\b)"),
        _Form("fiscal_year", f"(?:{_words(rules.whole_year)})\\s+(?P<y>{_YEAR})(?![\\w%]|[.,:]\\d)"),
        _Form("rel_period", f"(?P<rel>{relative_all})\\s+(?:(?i:calendar)\\s+)?(?P<u>(?i:week|month|year|quarter|decade|weekend))\\b"),
        _Form("recent", f"(?:(?i:in|over|during)\\s+)?(?:(?i:the)\\s+)?{recent}\\s+(?P<u>(?i:days|weeks|months|years|decades))\\b"),
        _Form("week_number", r"(?i:week)\s+(?P<n>[1-4]?\d|5[0-3])\b(?![%.,:]\d)"),
        _Form("season", f"(?P<s>{seasons})(?:\\s+(?:of\\s+)?(?P<y>{_YEAR})(?!\\d))?"),
        _Form("month", f"(?P<m>{mon_alone})(?!\\s*\\d|[-’']\\w)"),
        _Form("month_abbreviation", f"(?P<m>{months['abbreviated']})(?!\\s*\\d|[-’'.]\\w|\\.?\\s*[A-Z])"),
        _Form("year", f"(?<![\\w$€£#.,/:-])(?P<y>{_YEAR})(?![\\w%]|[.,:]\\d|-\\d|\\s*(?:%|per\\s?cent))"),
    ]


# Which token can start each form: a number, a calendar word (a month, weekday, season, day
# word such as "today" or "eleventh", holiday, "now", "Q"/"H" of a quarter), or a unit word that
# the expression ends on ("the following year"). Each token only tries the forms it can start.
_STARTS = {
    "report_prior": "unit", "report_year": "digit unit", "report_now": "unit",
    "iso": "digit", "compact": "digit", "numeric": "digit", "numeric_range": "digit", "month_range": "month",
    "mdy": "month weekday", "day_range": "digit", "dmy": "digit weekday", "ymd_name": "digit", "mon_year": "month",
    "year_mon": "digit", "quarter": "digit quarter dayword unit", "decade": "digit", "year_range": "digit",
    "year_month_numeric": "digit", "md": "month weekday", "dm": "digit weekday", "dm_word": "dayword weekday", "md_numeric": "digit weekday",
    "weekday_dom": "weekday", "weekday": "weekday", "week_in": "digit dayword unit", "day_of_month": "digit dayword",
    "holiday": "holiday", "now": "now", "reldays": "relday unit", "span": "unit", "offset": "digit unit", "in_n": "unit",
    "unit_dir": "unit", "anchored": "unit", "earlier_this": "unit", "the_unit": "unit", "fiscal_year": "fiscal", "rel_period": "unit",
    "recent": "unit", "week_number": "unit", "season": "season", "month": "month", "month_abbreviation": "month",
    "year": "digit",
}

# Words before a date that make it the week containing it ("the week of April 10th").
_WEEK_OF = ["the week of", "the week beginning", "the week starting", "the week starting on", "the week commencing", "w/c"]

_GROUP = re.compile(r"\(\?P<(\w+)>")
_BACKREF = re.compile(r"\(\?P=(\w+)\)")


@dataclass
class _Grammar:
    """The master alternation and the small patterns applied around each candidate."""

    masters: dict[str, re.Pattern]
    fields: dict[str, tuple[str, list[str]]]
    prefix: re.Pattern
    suffix_year: re.Pattern
    day_range: re.Pattern
    joiner: re.Pattern
    after_offset: re.Pattern
    operators: dict[str, str]
    parts: dict[str, str]
    relative: dict[str, int]
    anchored: dict[str, int]
    offsets: dict[str, str]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    relative_days: dict[str, int]
    seasons: dict[str, tuple[int, int]]
    future: _Cues
    past: _Cues
    perfect: _Cues
    forward: _Cues
    forward_present: _Cues
    forward_past_forms: _Cues
    forward_unless: _Cues
    forward_first_words: frozenset[str]
    auxiliary_gap: frozenset[str]
    reporting: frozenset[str]
    determiners: frozenset[str]
    figure: re.Pattern
    longer_period: re.Pattern
    not_past: frozenset[str]
    not_past_after: frozenset[str]
    prefix_words: frozenset[str]
    day_words: dict[str, int]
    holidays: dict[str, Holiday]
    triggers: dict[str, str]
    holiday_ends: dict[str, list[int]]

    @classmethod
    def build(cls, rules: TimeRules) -> "_Grammar":
        alternatives: dict[bool, list[str]] = {True: [], False: []}
        fields = {}
        for weekday_first in (True, False):
            for index, form in enumerate(_forms(rules, weekday_first)):
                tag = f"f{index}"
                names = _GROUP.findall(form.pattern)
                body = _GROUP.sub(lambda m: f"(?P<{tag}_{m.group(1)}>", form.pattern)
                body = _BACKREF.sub(lambda m: f"(?P={tag}_{m.group(1)})", body)
                alternatives[weekday_first].append(f"(?P<{tag}>{body})")
                fields[tag] = (form.name, names)
        day_ordinals, day_cardinals = _day_words(rules)
        holidays = _holiday_names(rules)
        # A holiday is looked for at its last word, which is rarer than its first ("US", "New",
        # "President's"), unless that is a weekday or month: the scan tries the positions where
        # a name ending there would start.
        holiday_ends: dict[str, list[int]] = {}
        for name in holidays:
            words = _TOKEN.findall(name)
            if words[-1] in WEEKDAYS or words[-1] in MONTHS:  # "Good Friday", "Fourth of July": the first word
                holiday_ends.setdefault(words[0], []).append(0)
            else:
                holiday_ends.setdefault(words[-1], []).append(len(words) - 1)
        holiday_ends = {word: sorted(set(back), reverse=True) for word, back in holiday_ends.items()}
        categories = {
            "fiscal": [_TOKEN.findall(w.lower())[0] for w in rules.whole_year], "month": MONTHS, "weekday": WEEKDAYS, "season": [k.lower() for k in rules.seasons], "quarter": ["q", "h"], "now": ["now"],
            "relday": [k.lower() for k in rules.relative_days if " " not in k.strip()],
            "dayword": [_TOKEN.findall(w)[0] for w in day_ordinals], "holiday": list(holiday_ends),
            "unit": [*_UNITS, "half", *(_TOKEN.findall(w.lower())[-1] for w in (rules.reporting.periods if rules.reporting else []))] + [k.lower().split()[-1] for k in rules.relative_days if " " in k.strip()],
        }
        # a word that starts forms of several categories ("march", "first") tries all of them
        triggers: dict[str, str] = {}
        for category, words in categories.items():
            for word in words:
                triggers[word] = " ".join(sorted({*triggers.get(word, "").split(), category}))
        form_names = [form.name for form in _forms(rules)]
        masters = {
            key: re.compile(r"(?<![\w])(?:" + "|".join(
                alt for alt, name in zip(alternatives["weekday" in key], form_names) if set(key.split()) & set(_STARTS[name].split())) + r")")
            for key in {"digit", *triggers.values()}
        }

        def lookup(groups: dict[str, list[str]]) -> dict[str, str]:
            return {" ".join(w.lower().split()): key for key, words in groups.items() for w in words}

        operators = lookup(rules.operators)
        parts = lookup(rules.parts)
        relative = {w: {"previous": -1, "current": 0, "next": 1}[k] for w, k in lookup(rules.relative).items()}
        anchored = {w: {"previous": -1, "same": 0, "next": 1}[k] for w, k in lookup(rules.anchored).items()}
        cue_words = [w.lower() for w in rules.cues]
        cues = _words(cue_words)
        prefix = re.compile(
            r"(?<![\w'’-])(?:(?P<op>" + _words(operators) + r")\s+)?"
            r"(?:(?P<cue>" + cues + r")\s+)?"
            r"(?:(?P<weekof>" + _words(_WEEK_OF) + r")\s+|(?P<part>" + _words(parts) + r")(?:\s*-\s*|\s+))?"
            r"(?:(?P<rel>" + _words(relative) + r")\s+|(?P<the>(?i:the))\s+)?\Z"
            r"|(?P<poss>[’']s\s+)\Z"
        )
        year_words = "|".join([_words(anchored), _words(relative)])
        suffix_year = re.compile(r",?\s+(?:of\s+)?(?P<w>" + year_words + r")\s+(?i:year)\b")
        day_range = re.compile(
            r"\s*(?:[-–]|\s(?:" + _words(rules.range_joiners) + r")\s)\s*(?P<d>" + _DAY + r")" + _ORD
            + r"?\b(?![\d%]|[.,:]\d|\s*[-–/]|\s+(?i:of\b|" + _month_names()["any"] + r"))(?:,?\s+(?P<y>" + _YEAR + r")(?!\d))?"
        )
        joiner = re.compile(r"\s*(?:[-–—]|(?:" + _words(rules.range_joiners) + r")\b)\s*(?:(?i:the)\s+)?\Z")
        after_offset = re.compile(r"\s*(?:$|[,.;:)\]!?\"”]|(?i:and|or|but|when|while|as|to|in|at|on|with)\b)")
        forward = _Cues([rules.forward] if rules.forward else [])
        forward_present = _Cues([], rules.forward.present_only if rules.forward else [])
        return cls(
            masters=masters, fields=fields, prefix=prefix, suffix_year=suffix_year, day_range=day_range,
            joiner=joiner, after_offset=after_offset,
            operators=operators, parts=parts, relative=relative, anchored=anchored,
            offsets=lookup(rules.offsets), numbers={k.lower(): v for k, v in rules.numbers.items()},
            ordinals={k.lower(): v for k, v in rules.ordinals.items()},
            relative_days={" ".join(k.lower().split()): v for k, v in rules.relative_days.items()},
            seasons={k.lower(): v for k, v in rules.seasons.items()}, future=_Cues([rules.future] if rules.future else []), past=_Cues([rules.past] if rules.past else []),
            perfect=_Cues([rules.perfect] if rules.perfect else []), forward=forward,
            forward_present=forward_present, forward_first_words=forward.first_words() | forward_present.first_words(),
            forward_past_forms=_Cues([], rules.forward.past_forms if rules.forward else []),
            forward_unless=_Cues([], rules.forward.unless_after if rules.forward else []),
            auxiliary_gap=frozenset(w for phrase in rules.auxiliary_gap for w in _TOKEN.findall(phrase.lower())),
            reporting=frozenset(_lower_words(rules.tense.reporting)) if rules.tense else frozenset(),
            determiners=frozenset(_lower_words(rules.determiners)),
            longer_period=re.compile(r"\b" + _words(rules.reporting.longer if rules.reporting else []) + r"\b"),
            figure=re.compile(r"[$€£#]\s?\d|\d\s?%|\d\s+" + _words(rules.reporting.figures if rules.reporting else []) + r"\b"),
            not_past=frozenset(_lower_words(rules.tense.not_past)) if rules.tense else frozenset(),
            not_past_after=frozenset(_lower_words(rules.tense.not_past_after)) if rules.tense else frozenset(),
            prefix_words=frozenset(
                w for phrase in [*operators, *parts, *relative, *cue_words, *_WEEK_OF, "the", "s"] for w in _TOKEN.findall(phrase.lower())
            ),
            day_words={**day_cardinals, **day_ordinals},
            triggers=triggers,
            holiday_ends=holiday_ends,
            holidays=holidays,
        )


# ---------------------------------------------------------------------------------------------
# Candidates


@dataclass
class _Candidate:
    """A time expression found in a sentence, with the words around it that qualify it."""

    start: int
    end: int
    form: str
    expr: TimeExpr
    weak: bool = False
    op: str | None = None
    cue: bool = False
    cue_word: str = ""
    anchor_mode: Literal["none", "adverbial", "event", "event_unknown"] = "none"
    text: str = ""
    resolved: Period | None = None
    value: TimeValue | None = None


def _norm(text: str | None) -> str:
    return " ".join(text.lower().split()) if text else ""


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _count(grammar: _Grammar, text: str) -> int | None:
    text = _norm(text)
    if text.isdigit():
        return int(text)
    return grammar.numbers.get(text)


def _month_day(a: int, b: int) -> tuple[int, int] | None:
    """Month and day of a numeric "a/b": month first (US) unless the first cannot be a month."""
    month, day = (b, a) if a > 12 else (a, b)
    return (month, day) if month <= 12 else None


def _parse(grammar: _Grammar, form: str, g: dict[str, str | None], text: str) -> tuple[TimeExpr | None, bool]:
    """The expression a form's groups describe, and whether it needs a cue word to count."""
    def day(key: str = "d") -> int | None:
        if g.get(key):
            return int(g[key])
        words = g.get("dw") or g.get("dc") if key == "d" else None
        return grammar.day_words.get(_norm(words.replace("-", " "))) if words else None

    weekday = WEEKDAYS[_norm(g["wd"]).rstrip(".")] if g.get("wd") else None
    if form in ("iso", "compact", "ymd_name", "mdy", "dmy"):
        month = int(g["m"]) if form in ("iso", "compact") else _month(g["m"])
        return TimeExpr("date", year=int(g["y"]), month=month, day=day(), weekday=weekday), False
    if form == "numeric":
        a, b, year = int(g["a"]), int(g["b"]), int(g["y"])
        if year < 100:
            year += 2000 if year <= _TWO_DIGIT_PIVOT else 1900
        month, dom = (b, a) if a > 12 else (a, b)
        if month > 12:
            return None, False
        return TimeExpr("date", year=year, month=month, day=dom), False
    if form in ("numeric_range", "md_numeric"):
        first = _month_day(int(g["a"]), int(g["b"]))
        if first is None:
            return None, False
        expr = TimeExpr("date", month=first[0], day=first[1], year=int(g["y1"]) if g.get("y1") else None, weekday=weekday)
        if form == "md_numeric":
            return expr, weekday is None
        last = _month_day(int(g["c"]), int(g["e"]))
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
        expr = TimeExpr("date", month=_month(g["m"]), day=first, year=year)
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
            within = TimeExpr("month", month=_month(g["m"]), year=int(g["y"]) if g.get("y") else None)
        elif g.get("y2"):
            within = TimeExpr("year", year=int(g["y2"]))
        else:
            shift = grammar.relative.get(_norm(g["rel"]), 0) if g.get("rel") else 0
            within = TimeExpr("period", unit=_UNITS[_norm(g.get("u") or g["u2"])], shift=shift)
        return TimeExpr("week_in", number=number, within=within), False
    if form == "day_of_month":
        shift = grammar.relative.get(_norm(g["rel"]), 0) if g.get("rel") else None
        if shift is None and re.search(r"(?i)\bday\s+of\b", text):
            shift = 0
        return TimeExpr("day_of_month", day=day(), shift=shift), shift is None
    if form == "holiday":
        holiday = grammar.holidays[_norm(g["hol"].replace("’", "'"))]
        return TimeExpr("holiday", holiday=holiday, year=int(g["y"]) if g.get("y") else None), False
    if form == "now":
        return TimeExpr("days", n=0, notes=["now"]), False
    if form == "the_unit":
        return TimeExpr("period", unit=_UNITS[_norm(g["u"])], shift=0), True
    if form == "fiscal_year":
        return TimeExpr("year", year=int(g["y"])), False
    if form == "month_range":
        year = int(g["y"])
        first, last = _month(g["m1"]), _month(g["m2"])
        expr = TimeExpr("month", year=year - 1 if first > last else year, month=first)
        expr.end = TimeExpr("month", year=year, month=last)
        return expr, False
    if form in ("mon_year", "year_mon"):
        return TimeExpr("month", year=int(g["y"]), month=_month(g["m"])), False
    if form in ("md", "dm", "dm_word"):
        return TimeExpr("date", month=_month(g["m"]), day=day(), weekday=weekday), False
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
        return expr, False
    if form == "quarter":
        if g.get("o"):
            number = grammar.ordinals.get(_norm(g["o"]))
            kind = "half" if _norm(g["u"]) == "half" else "quarter"
            if number is None or (kind == "half" and number > 2):
                return None, False
            expr = TimeExpr(kind, number=number, year=int(g["y3"]) if g.get("y3") else None)
            relative = _norm(g.get("ry"))
            if relative and relative != "the":
                expr.relative_year = grammar.relative.get(relative, 0)
            return expr, False
        code = (g.get("q") or g.get("q2") or g.get("h")).upper()
        year = g.get("y") or g.get("y2") or g.get("y4")
        return TimeExpr("half" if code[0] == "H" else "quarter", number=int(code[1]), year=int(year) if year else None), False
    if form == "decade":
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
        unit = _UNITS[_norm(g["u"])]
        if n is None:
            return None, False
        if form == "span":
            return TimeExpr("span", n=n, unit=unit), False
        if form == "in_n":
            return TimeExpr("offset", n=n, unit=unit), False
        direction = grammar.offsets[_norm(g["o"])]
        sign = -1 if direction in ("ago", "earlier", "before") else 1
        return TimeExpr("offset", n=sign * n, unit=unit, anchored=direction not in ("ago", "hence"), notes=[direction]), False
    if form == "unit_dir":
        direction = _norm(g["o"])
        sign = -1 if direction in ("before", "earlier") else 1
        unit = _UNITS[_norm(g["u"])]
        return TimeExpr("offset", n=sign, unit=unit, anchored=True, notes=["the_" + direction]), False
    if form == "anchored":
        shift = grammar.anchored[_norm(g["a"])]
        unit = _UNITS[_norm(g["u"])]
        if unit == "day":
            return TimeExpr("offset", n=shift, unit="day", anchored=True), False
        return TimeExpr("period", unit=unit, shift=shift, anchored=True), False
    if form == "earlier_this":
        anchored = _norm(g["w"]) in ("that", "in that")
        expr = TimeExpr("period", unit=_UNITS[_norm(g["u"])], shift=0, anchored=anchored)
        expr.notes.append(_norm(g["el"]))
        return expr, False
    if form == "rel_period":
        return TimeExpr("period", unit=_UNITS[_norm(g["u"])], shift=grammar.relative[_norm(g["rel"])]), False
    if form == "recent":
        return TimeExpr("recent", unit=_UNITS[_norm(g["u"])]), False
    if form == "season":
        months = grammar.seasons[_norm(g["s"])]
        return TimeExpr("season", months=months, year=int(g["y"]) if g.get("y") else None), not g.get("y")
    if form == "week_number":
        number = int(g["n"])
        return (TimeExpr("week_number", number=number), False) if number else (None, False)
    if form in ("month", "month_abbreviation"):
        return TimeExpr("month", month=_month(g["m"])), True
    if form == "year":
        return TimeExpr("year", year=int(g["y"])), True
    raise AssertionError(form)


# ---------------------------------------------------------------------------------------------
# Scanning one sentence


_BACKOFF_TOKENS = 4


def _tokens(text: str) -> list[tuple[int, str]]:
    """Words of a sentence, lower-cased, with their offsets."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return [(m.start(), m.group()) for m in _TOKEN.finditer(lowered)]
    return [(m.start(), m.group().lower()) for m in _TOKEN.finditer(text)]


def _matches(grammar: _Grammar, text: str, tokens: list[tuple[int, str]]):
    """Master-pattern matches, tried only where a time can start: at a number, a month or
    weekday name, or up to four words before a unit word ("in the past few weeks"). Scanning
    the whole alternation at every character would cost twenty times more."""
    done = 0
    triggers = grammar.triggers
    for index, (start, word) in enumerate(tokens):
        if start < done:
            continue
        kind = triggers.get(word)
        if kind is None:
            if "0" <= word[0] <= "9":
                kind = "digit"
            elif "0" <= word[-1] <= "9":  # "mar3", "q1"
                word = word.rstrip("0123456789")
                kind = triggers.get(word)
                if kind is None:
                    continue
            else:
                continue
        if kind == "digit":
            starts = [start - 1, start] if start and text[start - 1] in "'’" else [start]
            if index and tokens[index - 1][1] == "the" and tokens[index - 1][0] >= done:
                starts.insert(0, tokens[index - 1][0])  # "the 1988 second quarter"
        elif "unit" in kind:
            starts = [s for s, _ in tokens[max(0, index - _BACKOFF_TOKENS) : index] if s >= done] + [start]
        elif "dayword" in kind and index and tokens[index - 1][1] == "the" and tokens[index - 1][0] >= done:
            starts = [tokens[index - 1][0], start]  # "the first quarter", "the eleventh"
        else:
            starts = [start]
        if "holiday" in kind:
            back = [tokens[index - n][0] for n in grammar.holiday_ends[word] if n <= index and tokens[index - n][0] >= done]
            starts = sorted({*back, *starts})
        master = grammar.masters[kind]
        for position in starts:
            match = master.match(text, position)
            if match is not None and match.end() > start:
                done = match.end()
                yield match
                break


def _scan(grammar: _Grammar, text: str, tokens: list[tuple[int, str]]) -> list[_Candidate]:
    """All candidates of one sentence, qualified by their surroundings, weak ones checked."""
    found: list[_Candidate] = []
    for match in _matches(grammar, text, tokens):
        tag = match.lastgroup
        form, names = grammar.fields[tag]
        groups = {name: match.group(f"{tag}_{name}") for name in names}
        expr, weak = _parse(grammar, form, groups, match.group(0))
        if expr is None:
            continue
        found.append(_Candidate(match.start(), match.end(), form, expr, weak=weak))
    kept: list[_Candidate] = []
    for cand in found:
        _read_prefix(grammar, text, cand, kept, tokens)
        if cand.weak and not (_strong_cue(cand) if cand.form in _STRONG_CUE_FORMS else cand.cue) and not _listed(text, cand, kept):
            continue
        kept.append(cand)
    if not kept:
        return kept
    kept = _read_suffixes(grammar, text, kept)
    if len(kept) > 1:
        kept = _merge_ranges(grammar, text, kept)
        kept = _merge_day_words(kept, text)
    if any(_is_week(c.expr) for c in kept):
        kept = _merge_weekdays(text, kept)
    # "now" is a time only as the end of a range or interval ("between now and May 21", "until now")
    return [c for c in kept if "now" not in c.expr.notes or c.op == "until" or c.expr.end is not None]


# Forms too common outside dates to count after any cue word ("3/4 of", "the day", "the 60th
# anniversary"): they need an operator or one of these words right before them.
_STRONG_CUE_FORMS = {"md_numeric": {"on"}, "month_abbreviation": {"in", "during"}, "day_of_month": {"on"}, "the_unit": {"for", "of", "in", "during", "throughout"}}
_LIST_SEPARATOR = re.compile(r"\s*(?:,|(?i:or|and|&|to|through|until|till)\b|[-–])\s*(?:(?i:or|and)\s+)?\Z")


def _strong_cue(cand: _Candidate) -> bool:
    if cand.form == "the_unit":
        allowed = {"for"} if cand.expr.unit == "day" else _STRONG_CUE_FORMS["the_unit"]
        if cand.expr.unit != "day" and cand.op not in (None, "from", "between"):
            return True  # "by the end of the year", "until the month"
        return cand.cue_word in allowed and (cand.expr.unit != "day" or cand.expr.part is None)
    return cand.op not in (None, "deadline") or cand.cue_word in _STRONG_CUE_FORMS[cand.form]


def _listed(text: str, cand: _Candidate, before: list[_Candidate]) -> bool:
    """A date listed right after another of the same form ("on 11/20, 11/22 or 11/25")."""
    if not before or cand.form not in _STRONG_CUE_FORMS or before[-1].form != cand.form:
        return False
    return _LIST_SEPARATOR.match(text[before[-1].end : cand.start]) is not None


_WEEK_THEN_DAY = re.compile(r"\s*(?:[-–,]\s*)?(?:(?i:on)\s+)?\Z")
_WEEK_THEN_WEEKDAY = re.compile(
    r"\s*(?:[-–,]\s*)?(?:(?i:on)\s+)?(?P<wd>" + _words([w for w in WEEKDAYS if len(w) > 4]) + r"\b|" + _words([w for w in WEEKDAYS if len(w) <= 4]) + r"\b\.?)"
)
_DAY_AFTER_DAY = re.compile(r"\s+\Z")
_DAY_OF_WEEK = re.compile(r"\s+(?i:of)\s+\Z")


def _merge_day_words(cands: list[_Candidate], text: str) -> list[_Candidate]:
    """ "two days after today", "a week before tomorrow": an offset counted from a day word."""
    out: list[_Candidate] = []
    for cand in cands:
        if out:
            first = out[-1]
            expr = first.expr
            if (expr.kind == "offset" and expr.unit in ("day", "week") and expr.notes and expr.notes[0] in ("before", "after")
                    and cand.expr.kind == "days" and "now" not in cand.expr.notes and (cand.start < first.end or _DAY_AFTER_DAY.match(text, first.end, cand.start))):
                # the day word read the offset's "after" as its own operator: it is part of the offset
                days = (7 if expr.unit == "week" else 1) * (abs(expr.n) if expr.notes[0] == "after" else -abs(expr.n))
                first.expr = TimeExpr("days", n=cand.expr.n + days)
                first.end = cand.end
                continue
        out.append(cand)
    return out


def _is_week(expr: TimeExpr) -> bool:
    return (expr.kind == "period" and expr.unit == "week") or expr.kind == "week_in" or expr.container == "week"


def _merge_weekdays(text: str, cands: list[_Candidate]) -> list[_Candidate]:
    """A weekday said with a week is that day of that week: "next week on Tuesday", "this week
    Monday", "Monday of the following week", "the first week of October on Friday"."""
    out: list[_Candidate] = []
    taken_until = -1
    for cand in cands:
        if cand.start < taken_until:  # the weekday a week took in
            continue
        if _is_week(cand.expr):
            after = _WEEK_THEN_WEEKDAY.match(text, cand.end)
            if after is not None:  # "next week Mon": a weekday abbreviation counts only here
                taken_until = after.end()
                cand = _Candidate(cand.start, after.end(), "weekday", TimeExpr("weekday", weekday=WEEKDAYS[after.group("wd").lower()],
                                  within=cand.expr, anchored=cand.expr.anchored), op=cand.op, cue=True, cue_word=cand.cue_word)
        if out:
            first = out[-1]
            between = text[first.end : cand.start]
            if _is_week(first.expr) and cand.expr.kind == "weekday" and cand.expr.shift is None and _WEEK_THEN_DAY.match(between):
                out[-1] = _Candidate(first.start, cand.end, "weekday", TimeExpr("weekday", weekday=cand.expr.weekday, within=first.expr,
                                     anchored=first.expr.anchored), op=first.op, cue=True, cue_word=first.cue_word)
                continue
            if first.expr.kind == "weekday" and first.expr.shift is None and _is_week(cand.expr) and _DAY_OF_WEEK.match(between):
                first.expr = TimeExpr("weekday", weekday=first.expr.weekday, within=cand.expr, anchored=cand.expr.anchored)
                first.end = cand.end
                continue
        out.append(cand)
    return out


_PREFIX_TOKENS = 6


def _prefix_match(grammar: _Grammar, text: str, end: int, tokens: list[tuple[int, str]]) -> re.Match | None:
    """The longest qualifying words right before ``end``: only the run of prefix-vocabulary
    words just before it is tried, furthest first."""
    index = bisect.bisect_left(tokens, (end, "")) - 1
    starts: list[int] = []
    while index >= 0 and len(starts) < _PREFIX_TOKENS and tokens[index][1] in grammar.prefix_words:
        starts.append(tokens[index][0])
        index -= 1
    for start in reversed(starts):
        if start and text[start - 1] in "'’":
            start -= 1
        match = grammar.prefix.match(text, start, end)
        if match is not None:
            return match
    return None


def _read_prefix(grammar: _Grammar, text: str, cand: _Candidate, before: list[_Candidate], tokens: list[tuple[int, str]]) -> None:
    match = _prefix_match(grammar, text, cand.start, tokens)
    expr = cand.expr
    if match is None or match.start() == match.end():
        # A year listed right after another ("2020 and 2021") is a year too.
        cand.cue = bool(before) and before[-1].expr.kind == "year" and re.fullmatch(r"\s*(?:,|and|or|&)\s*", text[before[-1].end : cand.start]) is not None
        return
    if match.group("poss"):
        cand.cue = True
        return
    cand.cue = True
    cand.cue_word = _norm(match.group("cue"))
    new_start = None
    if match.group("weekof") and expr.kind in ("date", "day_of_month", "holiday"):
        expr.container = "week"
        new_start = match.start("weekof")
    if match.group("rel") and expr.kind == "holiday" and expr.year is None:
        expr.shift = grammar.relative[_norm(match.group("rel"))]
        new_start = match.start("rel")
    if match.group("rel") and expr.kind in ("month", "weekday", "season") and expr.year is None:
        expr.shift = grammar.relative[_norm(match.group("rel"))]
        new_start = match.start("rel")
    elif match.group("rel") and not any(match.group(k) for k in ("op", "cue", "part", "the")):
        # "last 2020" is no time expression; a relative word alone is no cue for a bare year.
        cand.cue = expr.kind != "year"
    if match.group("part"):
        expr.part = grammar.parts[_norm(match.group("part"))]
        new_start = match.start("part")
    operator = grammar.operators[_norm(match.group("op"))] if match.group("op") else None
    if cand.cue_word in grammar.determiners:
        operator = None  # "since his Aug. 2 power-grab": the operator governs the event the date qualifies
    if operator == "deadline" and _POSSESSIVE.match(text, cand.end):
        operator = None  # "hit by Monday's strike": "by" names the agent, no deadline
    if operator is not None:
        cand.op = operator
        new_start = match.start("op")
        # "before the end of the year" is until its end; "after the beginning of March", since its start
        edge = _norm(match.group("part"))
        if cand.op == "before" and expr.part == "late" and "end" in edge:
            cand.op, expr.part = "until", None
        elif cand.op == "after" and expr.part == "early" and ("beginning" in edge or "start" in edge):
            cand.op, expr.part = "since", None
    if new_start is not None:
        cand.start = new_start


def _read_suffixes(grammar: _Grammar, text: str, cands: list[_Candidate]) -> list[_Candidate]:
    """ "May the following year", "March last year": a year said after a month or a day."""
    out: list[_Candidate] = []
    skip_until = -1
    for cand in cands:
        if cand.start < skip_until:
            continue
        expr = cand.expr
        if expr.kind in ("month", "date", "season", "holiday") and expr.year is None and expr.shift is None:
            match = grammar.suffix_year.match(text, cand.end)
            if match:
                word = _norm(match.group("w"))
                if word in grammar.anchored:
                    expr.year_shift = grammar.anchored[word]
                    expr.anchored = True
                else:
                    expr.relative_year = grammar.relative[word]
                cand.end = match.end()
                skip_until = cand.end
        if expr.kind == "date" and expr.year is None:
            match = grammar.day_range.match(text, cand.end)
            if match and int(match.group("d")) > expr.day:
                expr.end = TimeExpr("date", month=expr.month, day=int(match.group("d")))
                if match.group("y"):
                    expr.year = expr.end.year = int(match.group("y"))
                cand.end = match.end()
                skip_until = cand.end
        out.append(cand)
    return out


def _merge_ranges(grammar: _Grammar, text: str, cands: list[_Candidate]) -> list[_Candidate]:
    """Two times joined by "to", "-", "and" (after "between") make one range."""
    out: list[_Candidate] = []
    for cand in cands:
        if out:
            first = out[-1]
            between = text[first.end : cand.start]
            joined = grammar.joiner.match(between) is not None
            is_and = joined and re.search(r"\band\b", between, re.IGNORECASE) is not None
            if joined and cand.op is None and first.expr.end is None and (not is_and or first.op == "between") and (
                first.op in ("from", "between") or not is_and
            ) and _compatible(first.expr, cand.expr):
                _inherit_year(first.expr, cand.expr)
                first.expr.end = cand.expr
                first.end = cand.end
                first.form = "range"
                continue
        out.append(cand)
    return out


def _compatible(first: TimeExpr, last: TimeExpr) -> bool:
    kinds = ("date", "month", "year", "quarter", "half", "season", "decade", "weekday", "days", "day_of_month", "holiday")
    return first.kind in kinds and last.kind in kinds and last.end is None


def _inherit_year(first: TimeExpr, last: TimeExpr) -> None:
    """ "from May to Oct 2020", "Nov 18 - Dec 19, 2015": the first end takes the last's year."""
    if first.year is None and last.year is not None and first.kind in ("date", "month") and first.year_shift is None:
        later_in_year = (first.month or 0) > (last.month or 13)
        first.year = last.year - 1 if later_in_year else last.year


# ---------------------------------------------------------------------------------------------
# Resolution


@dataclass
class _Known:
    """A resolved time another expression may anchor to."""

    period: Period
    description: str
    names_year: bool


def _describe(text: str, period: Period) -> str:
    shown = period.start.isoformat() if period.start == period.end else f"{period.start.isoformat()}..{period.end.isoformat()}"
    return f'"{text}" = {shown}'


_PAST_WINDOW = 32
# Prepositions between a forward cue and its time ("postponed to June", "due in January").
_FORWARD_LINKS = frozenset({"to", "for", "in", "on", "until", "till", "into", "at", "around", "by", "from"})
_POSSESSIVE = re.compile(r"['’]s\b")


class _SentenceResolver:
    """Resolves the candidates of one sentence, with the paragraph's earlier times as context."""

    def __init__(self, grammar: _Grammar, reference: date | None):
        self.grammar = grammar
        self.reference = reference
        self.report_period: Period | None = None  # the quarter or half the article last reported on

    def direction(self, cand: _Candidate) -> Literal["past", "future", "nearest"]:
        """Future when a forward cue sits right before the time ("postponed to June", "due in
        January"); past when the sentence looks ahead (a future cue, or a deadline outside a
        past-perfect sentence) but a past verb of its own sits just before the time; otherwise
        past when the sentence tells of the past, and the nearest occurrence when nothing in it
        gives a tense ("payable Jan. 2 to holders of record Dec. 15")."""
        words = self._words
        if self._future is None:
            self._future = self.grammar.future.found(words)
        if self._forward(cand, words):
            return "future"
        ahead = self._future or (cand.op == "deadline" and not self.grammar.perfect.found(words))
        if not ahead:
            return "past" if self._past_sentence() or self._past_before(cand, words) else "nearest"
        first = bisect.bisect_left(self._tokens, (cand.start - _PAST_WINDOW, ""))
        last = bisect.bisect_left(self._tokens, (cand.start, ""))
        for index in range(first, last):
            if self.grammar.past.ends_at(words, index) and not self._after_future_auxiliary(words, index):
                return "past"
        return "future"

    def _past_before(self, cand: _Candidate, words: list[str]) -> bool:
        """A past verb among the few words right before the time ("said on Tuesday")."""
        first = bisect.bisect_left(self._tokens, (cand.start - _PAST_WINDOW, ""))
        last = bisect.bisect_left(self._tokens, (cand.start, ""))
        grammar = self.grammar
        # a verb of saying counts only right before the time ("said Tuesday", "said on Tuesday"),
        # not before a clause of its own ("said the rights expire Nov. 21")
        near = last - 2 if last >= 2 and words[last - 1] in _FORWARD_LINKS else last - 1
        return any(grammar.past.ends_at(words, index) and (index >= near or words[index] not in grammar.reporting)
                   for index in range(first, last))

    def _past_sentence(self) -> bool:
        """Whether the sentence tells of the past: a past verb of the rules that is no reporting
        verb ("the company said the rights expire Nov. 21" says nothing of the rights' tense), or
        a lower-case word in -ed that no auxiliary, "to" or modal governs ("the rebels seized the
        town", not "is scheduled", "has extended")."""
        if self._past is None:
            grammar = self.grammar
            words = self._words
            self._past = False
            for index, word in enumerate(words):
                if word in grammar.reporting:
                    continue
                if grammar.past.ends_at(words, index):
                    self._past = True
                    break
                if (len(word) > 4 and word.endswith("ed") and word not in grammar.not_past
                        and (index == 0 or words[index - 1] not in grammar.not_past_after)
                        and not self._text[self._tokens[index][0]].isupper()):
                    self._past = True
                    break
        return self._past

    def _after_future_auxiliary(self, words: list[str], index: int) -> bool:
        """A participle governed by a future cue ("will be held", "is expected to be signed") is
        no past verb: the cue ends right before it or before a run of auxiliaries ("be", "to")."""
        gap = self.grammar.auxiliary_gap
        position = index - 1
        while position >= 0 and (words[position] in gap or (words[position].endswith("ly") and len(words[position]) > 4)):
            if self.grammar.future.ends_at(words, position):
                return True
            position -= 1
        return self.grammar.future.ends_at(words, position)

    def _forward(self, cand: _Candidate, words: list[str]) -> bool:
        """Whether a forward cue ends right before the time, a preposition or "the" aside."""
        if not self._forward_possible or _POSSESSIVE.match(self._text, cand.end):
            return False
        end = bisect.bisect_left(self._tokens, (cand.start, "")) - 1
        if end >= 0 and words[end] == "the":
            end -= 1
        for last in (end, end - 1):
            if last < 0 or (last < end and words[end] not in _FORWARD_LINKS):
                continue
            grammar = self.grammar
            first = grammar.forward.ending_at(words, last)
            if first is None:
                first = grammar.forward_present.ending_at(words, last)
                if first is not None and grammar.forward_past_forms.ends_at(words, first - 1):
                    return False
            if first is not None:
                return not grammar.forward_unless.ends_at(words, first - 1)
        return False

    def resolve_sentence(self, text: str, tokens: list[tuple[int, str]], cands: list[_Candidate], history: list[_Known]) -> None:
        self._future: bool | None = None
        self._past: bool | None = None
        self._tokens = tokens
        self._words = [w for _, w in tokens]
        self._text = text
        self._forward_possible = not self.grammar.forward_first_words.isdisjoint(self._words)
        self._classify_anchors(text, cands)
        independent = [c for c in cands if not self._needs_anchor(c)]
        dependent = [c for c in cands if self._needs_anchor(c)]
        for cand in independent:
            context_year = self._context_year(cand, cands)
            self._resolve(text, cand, None, context_year)
        for cand in dependent:
            anchor = self._anchor_for(cand, cands, history)
            if (anchor is not None and cand.expr.kind == "offset" and cand.expr.unit == "year"
                    and self.grammar.longer_period.search(text, 0, cand.start) is not None):
                anchor = None  # "for the nine months, ... a year earlier": a year before publication
            self._resolve(text, cand, anchor, None)
        for cand in sorted(cands, key=lambda c: c.start):
            if cand.resolved is not None and cand.value is not None and cand.value.invalid is None and cand.expr.kind != "reporting":
                history.append(_Known(cand.resolved, _describe(text[cand.start : cand.end], cand.resolved), True))
                if cand.value.granularity == "quarter" and cand.op is None and cand.expr.kind in ("quarter", "half"):
                    self.report_period = cand.resolved

    def _reporting(self, expr: TimeExpr, text: str) -> Period | None:
        """A reporting period: the quarter or half the article reports on ("the quarter", "the
        latest period"), or the same period ``expr.n`` years from it ("the year-ago quarter",
        "the 1988 period"); a quarter said by number takes the year from that period. Without a
        reported period, "the quarter" is the last whole quarter before publication and a
        prior-year expression the year before it; "the period" alone is no time."""
        base = self.report_period
        if expr.relative_year is not None:
            if self.reference is None:
                raise Unresolvable("no publication date to resolve against")
            if expr.number is not None:
                return quarter_period(self.reference.year + expr.relative_year, expr.number)
            if base is None:
                return year_period(self.reference.year + expr.relative_year)
            return shift_years(base, self.reference.year + expr.relative_year - base.start.year)
        if expr.number is not None:
            year = expr.year
            if year is None:
                origin = base.start.year if base is not None else (self.reference.year if self.reference else None)
                if origin is None:
                    raise Unresolvable("no publication date to resolve against")
                year = origin + expr.n
            return quarter_period(year, expr.number)
        if base is None and expr.unit == "quarter" and expr.n == 0 and expr.year is None and self.reference is not None:
            return quarter_period(*previous_quarter(self.reference))
        if base is None:
            if expr.year is not None:
                return year_period(expr.year)
            if expr.n and self.reference is not None:
                return year_period(self.reference.year + expr.n)
            return None
        if expr.year is not None:
            return shift_years(base, expr.year - base.start.year)
        return shift_years(base, expr.n)

    def _compared_year(self, cand: _Candidate, text: str) -> bool:
        """ "a year ago", "a year earlier", "last year" said of a figure in an article on a
        reported quarter: the same quarter a year before ("net rose to $5 million from $4
        million a year earlier")."""
        expr = cand.expr
        if self.report_period is None or expr.unit != "year":
            return False
        year_back = (expr.kind == "offset" and expr.n == -1 and expr.notes and expr.notes[0] in ("ago", "earlier")) or (
            expr.kind == "period" and expr.shift == -1 and not expr.anchored)
        return (bool(year_back) and cand.op is None and self.grammar.figure.search(text, 0, cand.start) is not None
                and self.grammar.longer_period.search(text, 0, cand.start) is None)

    def _needs_anchor(self, cand: _Candidate) -> bool:
        return cand.expr.anchored

    def _classify_anchors(self, text: str, cands: list[_Candidate]) -> None:
        """ "a day after <event>" names the event's time: the sentence's time minus a day."""
        for cand in cands:
            expr = cand.expr
            if expr.kind != "offset" or not expr.anchored:
                continue
            note = expr.notes[0] if expr.notes else ""
            if note not in ("before", "after", "the_before", "the_after"):
                cand.anchor_mode = "adverbial"
                continue
            following = text[cand.end :]
            if self.grammar.after_offset.match(following):
                cand.anchor_mode = "adverbial"
            elif note.startswith("the_"):
                cand.anchor_mode = "event_unknown"
            else:
                # the mention stays "two weeks after": the event's words (and their figures,
                # "gunmen killed at least 200 people") belong to the clause, not to the time
                cand.anchor_mode = "event"
                expr.n = -expr.n

    def _context_year(self, cand: _Candidate, cands: list[_Candidate]) -> Anchor | None:
        expr = cand.expr
        if expr.kind not in ("date", "month", "season", "quarter", "half", "holiday") or expr.year is not None:
            return None
        if expr.shift is not None or expr.relative_year is not None:
            return None
        for other in reversed([c for c in cands if c.end <= cand.start]):
            if other.expr.year is not None and other.expr.kind in ("date", "month"):
                period = Period(date(other.expr.year, 1, 1), date(other.expr.year, 12, 31), "year")
                return Anchor(period, f"year {other.expr.year} of an earlier time in the sentence")
        return None

    def _anchor_for(self, cand: _Candidate, cands: list[_Candidate], history: list[_Known]) -> Anchor | None:
        needs_day = cand.expr.kind == "offset" and cand.expr.unit in ("day", "week", "fortnight")
        own = [c for c in cands if c is not cand and c.resolved is not None and not c.expr.anchored]
        preceding = [c for c in own if c.end <= cand.start]
        following = [c for c in own if c.start >= cand.end]
        ordered = list(reversed(preceding)) + following
        for other in ordered:
            if not needs_day or other.resolved.granularity == "day":
                return Anchor(other.resolved, _describe(other.text, other.resolved))
        for known in reversed(history):
            if not needs_day or known.period.granularity == "day":
                return Anchor(known.period, known.description)
        return None

    def _resolve(self, text: str, cand: _Candidate, anchor: Anchor | None, context_year: Anchor | None) -> None:
        cand.text = text[cand.start : cand.end]
        direction = self.direction(cand)
        expr = cand.expr
        granularity = _granularity(expr)
        if cand.anchor_mode == "event_unknown":
            cand.value = None
            return
        if expr.anchored and anchor is None and cand.anchor_mode == "event":
            cand.value = TimeValue(granularity=granularity, anchor="unresolved: no time to count from")
            return
        ctx = Context(self.reference, direction, anchor, context_year)
        try:
            if expr.kind == "reporting" or self._compared_year(cand, text):
                if expr.kind != "reporting":
                    expr = cand.expr = TimeExpr("reporting", unit="period", n=-1)
                period = self._reporting(expr, text)
                if period is None:
                    cand.value = None
                    return
                cand.value = self._value(cand, period, "reported period" if self.report_period else "published", direction)
                cand.resolved = period
                return
            if expr.kind == "recent":
                if self.reference is None:
                    raise Unresolvable("no publication date")
                cand.resolved = Period(self.reference, self.reference, expr.unit)
                cand.value = TimeValue(start=None, end=self.reference, granularity="open", anchor="published")
                return
            if expr.end is not None and direction == "future" and context_year is None and _yearless(expr) and _yearless(expr.end):
                # a coming range is the first whose end is not past ("between 10/1-11/7" on October 24
                # is this October and November), its start the latest one before that end
                last, _ = resolve(expr.end, ctx)
                period, anchored_to = resolve(expr, Context(last.end, "past", anchor, None))
                period = merge_range(period, last)
            else:
                period, anchored_to = resolve(expr, ctx)
                if expr.end is not None:
                    last, _ = resolve(expr.end, Context(self.reference, direction, anchor, Anchor(period, "range start")))
                    if last.end < period.start and expr.end.year is None:
                        # the end comes after the start: "from 10/25 to 01/25" ends the next January
                        last, _ = resolve(expr.end, Context(period.start, "future", anchor, None))
                    period = merge_range(period, last)
            value = self._value(cand, period, anchored_to, direction)
        except Unresolvable as problem:
            cand.value = TimeValue(granularity=granularity, invalid=str(problem) if problem.invalid else None)
            return
        except (OverflowError, ValueError):
            # counting from 0001-01-01 or 9999-12-31 can leave the calendar: the time is reported
            # as unresolved, with the reason, never dropped and never an invalid date
            cand.value = TimeValue(granularity=granularity, anchor=_OUTSIDE_CALENDAR)
            return
        cand.resolved = period
        cand.value = value

    def _value(self, cand: _Candidate, period: Period, anchored_to: str, direction: str) -> TimeValue:
        op = cand.op
        modality = "asserted"
        if op == "deadline":
            modality = "deadline"
        elif direction == "future" and (self.reference is None or period.end >= self.reference):
            modality = "expected"
        elif direction == "nearest" and self.reference is not None and period.start > self.reference:
            modality = "expected"
        common = dict(modality=modality, anchor=anchored_to, part=period.part)
        if op == "since" and cand.expr.end is None:
            return TimeValue(start=period.start, end=None, granularity="open", **common)
        if op == "after":
            return TimeValue(start=period.end + _ONE_DAY, end=None, granularity="open", **common)
        if op == "until":
            return TimeValue(start=None, end=period.end, granularity="open", **common)
        if op == "before":
            return TimeValue(start=None, end=period.start - _ONE_DAY, granularity="open", **common)
        return TimeValue(start=period.start, end=period.end, granularity=period.granularity, **common)


_ONE_DAY = date(2000, 1, 2) - date(2000, 1, 1)
_OUTSIDE_CALENDAR = "unresolved: outside the calendar (years 1 to 9999)"


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


# ---------------------------------------------------------------------------------------------
# Public interface


class TimeMatch(NamedTuple):
    """One time found by :func:`extract_times_from_text`: offsets into the text and its value."""

    start: int
    end: int
    text: str
    value: TimeValue


class TimeExtractor:
    """Finds and resolves the time mentions of a document's sentences."""

    def __init__(self, rules: RulePack):
        self._rules = rules
        self._grammars: dict[str, _Grammar] = {}
        self.grammar = self.grammar_for("en")

    def grammar_for(self, language: str | None) -> _Grammar:
        """The grammar compiled (once) from ``language``'s time files and the language-neutral
        ones; a language without time rules of its own is read with the English ones."""
        language = language or "en"
        if language not in self._grammars:
            files = self._rules.get("time", language=language)
            if language != "en" and not any(f.language == language for f in files):
                self._grammars[language] = self.grammar_for("en")
            else:
                self._grammars[language] = _Grammar.build(_merge_rules(files) if files else _default_rules())
        return self._grammars[language]

    def extract(self, doc: Document, sentences: list[Sentence]) -> list[Mention]:
        mentions: list[Mention] = []
        grammar = self.grammar_for(doc.language)
        for sentence, found in self._sentences(doc.text, doc.published, [(s.start, s.end, s.paragraph) for s in sentences], sentences, grammar):
            for start, end, value in found:
                mentions.append(
                    Mention(kind="time", document=doc.id, text=doc.text[start:end], start=start, end=end,
                            line=doc.line_of(start), sentence=sentence.index, value=value)
                )
        return mentions

    def extract_text(self, text: str, reference: date | None) -> list[TimeMatch]:
        """Times of a plain string: paragraphs split at blank lines, then sentences."""
        spans: list[tuple[int, int, int]] = []
        for paragraph, block in enumerate(re.finditer(r"\S(?:.|\n(?!\s*\n))*", text)):
            spans.extend((s, e, paragraph) for s, e in split_span(text, block.start(), block.end()))
        return [
            TimeMatch(start, end, text[start:end], value)
            for _, found in self._sentences(text, reference, spans, spans)
            for start, end, value in found
        ]

    def _sentences(self, text: str, reference: date | None, spans, items, grammar: _Grammar | None = None):
        grammar = grammar or self.grammar
        resolver = _SentenceResolver(grammar, reference)
        history: list[_Known] = []
        current_paragraph = None
        for (start, end, paragraph), item in zip(spans, items):
            if paragraph != current_paragraph:
                # a new paragraph starts afresh, but keeps the last time of the one before: "The
                # following month, ..." opens a paragraph about the month after the last one named
                history, current_paragraph = history[-1:], paragraph
            sentence_text = text[start:end]
            try:
                tokens = _tokens(sentence_text)
                cands = _scan(grammar, sentence_text, tokens)
                if cands:
                    resolver.resolve_sentence(sentence_text, tokens, cands, history)
            except Exception:  # noqa: BLE001 - bad input never stops the run; the sentence just has no times
                continue
            found = [(start + c.start, start + c.end, c.value) for c in cands if c.value is not None]
            yield item, sorted(found, key=lambda f: (f[0], f[1]))


@lru_cache(maxsize=1)
def _default_rules() -> TimeRules:
    model, problems = load_rule_file(default_rules_dir() / "en" / "time.yaml")
    if model is None:
        raise RuntimeError("; ".join(p.render() for p in problems))
    return model


@lru_cache(maxsize=1)
def _default_extractor() -> TimeExtractor:
    return TimeExtractor(RulePack(files={"time": [_default_rules()]}))


def extract_times_from_text(text: str, reference: date | None = None) -> list[TimeMatch]:
    """Every time in ``text`` resolved against ``reference`` (the publication date), with the
    default rules: a list of :class:`TimeMatch` (start, end, text, value), by position.

    Blank lines separate paragraphs (anchored expressions look back within a paragraph).
    """
    return _default_extractor().extract_text(text, reference)
