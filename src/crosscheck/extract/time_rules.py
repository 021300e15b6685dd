"""The ``time`` rule file: its pydantic models (validated when the pack loads) and how several
files of one language add up. The vocabulary itself lives in ``rules/<lang>/time.yaml``.
"""

from __future__ import annotations

import re
from itertools import compress, count
from typing import Literal

from pydantic import Field, field_validator

from ..calendar_words import WEEKDAYS
from ..dates.periods import Holiday
from ..rules import RuleExamples, RuleFile, RuleModel, rule_kind

_TOKEN = re.compile(r"\w+")
_MARK = re.compile(r"[^\w\s'’-]")  # a mark that closes a phrase: comma, full stop, bracket


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
        # the words a cue can end with: most words of a sentence end none, and a set says so at once
        self.last_words = self.words | {rest[-1] for rests in self.phrases.values() for rest in rests}
        # the first two words of each phrase: a sentence without any of these pairs has no phrase
        self.first_pairs = frozenset((first, rest[0]) for first, rests in self.phrases.items() for rest in rests)

    def found(self, words: list[str]) -> bool:
        if not self.words.isdisjoint(words):  # set operations run in C: most sentences stop here
            return True
        if self.phrases.keys().isdisjoint(words):
            return False
        pairs = list(zip(words, words[1:]))
        if self.first_pairs.isdisjoint(pairs):  # "is", "to" are common, "is to" is not
            return False
        # only where a phrase's first two words are (picked in C): a phrase matches nowhere else
        for index in compress(count(), map(self.first_pairs.__contains__, pairs)):
            for rest in self.phrases[words[index]]:
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
        if index < 0 or words[index] not in self.last_words:
            return None
        for start in range(max(0, index - 4), index):
            for rest in self.phrases.get(words[start], ()):
                if len(rest) == index - start and words[start + 1 : index + 1] == rest:
                    return start
        return index if words[index] in self.words else None

    def ends_before(self, words: list[str], index: int) -> bool:
        """Whether a cue ends before ``words[index]``."""
        return self.found(words[:index]) if index > 0 else False

    def starting_at(self, words: list[str], index: int) -> int:
        """How many words the longest cue starting with ``words[index]`` has (0: none starts there)."""
        if index >= len(words):
            return 0
        found = [len(rest) + 1 for rest in self.phrases.get(words[index], ()) if words[index + 1 : index + 1 + len(rest)] == rest]
        return max(found, default=1 if words[index] in self.words else 0)

    def closes_at(self, words: list[str], starts: list[int], text: str, index: int) -> bool:
        """Whether a cue starts at ``words[index]`` and closes its phrase: nothing or a mark after
        it ("from Wednesday at the earliest,"; "at the latest count" is no cue). ``starts``: the
        words' offsets in ``text``."""
        size = self.starting_at(words, index)
        end = index + size
        return bool(size) and (end >= len(words) or _MARK.search(text, starts[end - 1], starts[end]) is not None)

    def ends_at(self, words: list[str], index: int) -> bool:
        # the set test first, here: most words end no cue, and a call less per word counts
        return index >= 0 and words[index] in self.last_words and self.ending_at(words, index) is not None


class ForwardCues(CueWords):
    """Words right before a time that point it forward: ``words`` and ``phrases`` whatever the
    tense ("was postponed to June"), ``present_only`` unless one of ``past_forms`` comes just
    before them ("is due in January", not "was due in January"); none of them right after one
    of ``unless_after`` ("originally scheduled for June")."""

    present_only: list[str] = Field(default_factory=list)
    past_forms: list[str] = Field(default_factory=list)
    unless_after: list[str] = Field(default_factory=list)
    # Right AFTER the time, whatever the tense: "from Wednesday at the earliest", "jeudi au plus tôt".
    after: list[str] = Field(default_factory=list)

    @field_validator("present_only", "past_forms", "unless_after", "after")
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
    # days after the nth weekday: a named day that follows a holiday ("Black Friday" is the day
    # after Thanksgiving, "Cyber Monday" four days after)
    shift: int = Field(default=0, ge=0, le=14)
    # a day that closes a period ("year-end" closes the year): a deadline by it is that period,
    # as "by the end of the year" is
    closes: Literal["year"] | None = None

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
        if self.shift and not nth:
            raise ValueError("only the nth weekday of a month takes a shift (days after it)")

    def holiday(self, name: str) -> Holiday:
        weekday = WEEKDAYS[self.weekday.lower()] if self.weekday else None
        return Holiday(name, self.month, self.day, weekday, self.nth, self.easter, self.closes, self.shift)


class TenseWords(RuleModel):
    """How a sentence shows it tells of the past when no past verb sits right before a time:
    ``reporting`` verbs do not count (their complement keeps its own tense), words in -ed count
    unless listed in ``not_past`` or right after one of ``not_past_after`` (an auxiliary, "to",
    a modal: "is scheduled", "has extended", "to be signed")."""

    reporting: list[str] = Field(default_factory=list)
    not_past: list[str] = Field(default_factory=list)
    not_past_after: list[str] = Field(default_factory=list)
    # endings of a future tense that inflects ("partiront", "signera"): a lower-case word of more
    # than five letters ending so puts the sentence in the future, like a future cue
    future_endings: list[str] = Field(default_factory=list)
    # words right before a time that leave it without the sentence's tense ("authorized a split,
    # payable Dec. 7", "created an office, effective Feb. 1", "set to expire Nov. 6"): the
    # nearest such day, past or coming
    # a past made of an auxiliary and a participle ("il est arrivé", "ils se sont rendus"): the
    # auxiliaries, and the endings of the participle after them (not_past lists the exceptions,
    # "il est prévu")
    past_auxiliaries: list[str] = Field(default_factory=list)
    participle_endings: list[str] = Field(default_factory=list)
    untensed: list[str] = Field(default_factory=list)
    # an infinitive between the sentence's past verb and the time governs the time ("announced
    # an agreement to acquire the bank in January"): the infinitive's marker ("to"), and the
    # words that open its object ("the", "a", "down"); a digit or a currency sign counts too
    infinitive: list[str] = Field(default_factory=list)
    infinitive_objects: list[str] = Field(default_factory=list)
    # "wouldn't be profitable until 1994", "wasn't to begin production until 1993": a negation
    # before one of ``negated_until`` in the same clause says when the event happens (1994), not
    # how long a state lasts. A negation with an apostrophe is a word's ending ("n't")
    negations: list[str] = Field(default_factory=list)
    negated_until: list[str] = Field(default_factory=list)


class ReportingWords(RuleModel):
    """Words of company and agency reports that name the period reported on (see time.yaml)."""

    periods: list[str] = Field(default_factory=list)
    current: list[str] = Field(default_factory=list)
    year_before: list[str] = Field(default_factory=list)
    comparable: list[str] = Field(default_factory=list)
    compared: list[str] = Field(default_factory=list)
    figures: list[str] = Field(default_factory=list)
    longer: list[str] = Field(default_factory=list)
    # "the quarter ended July 31": the words that tie a quarter to the day it ended on
    ended: list[str] = Field(default_factory=list)
    examples: RuleExamples | None = None


class YearWords(RuleModel):
    """Years and decades said in words ("nineteen ninety-six", "the year two thousand", "the
    nineties"), as broadcast transcripts write them (see time.yaml)."""

    centuries: dict[str, int] = Field(default_factory=dict)
    tens: dict[str, int] = Field(default_factory=dict)
    units: dict[str, int] = Field(default_factory=dict)
    thousands: dict[str, int] = Field(default_factory=dict)
    before_thousands: list[str] = Field(default_factory=list)
    decades: dict[str, int] = Field(default_factory=dict)
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
    # the future seen from a report ("said he would start"): forward only for the times after it
    reported_future: CueWords | None = None
    past: CueWords | None = None
    auxiliary_gap: list[str] = Field(default_factory=list)
    months: dict[str, int] = Field(default_factory=dict)
    weekdays: dict[str, int] = Field(default_factory=dict)
    tense: TenseWords | None = None
    cues: list[str] = Field(default_factory=list)
    whole_year: list[str] = Field(default_factory=list)
    complete_year: list[str] = Field(default_factory=list)
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
    # the words of a year's quarter and half after an ordinal, besides English "quarter" and "half"
    # ("le troisième trimestre", "le premier semestre 2024")
    year_parts: dict[Literal["quarter", "half"], list[str]] = Field(default_factory=dict)
    holidays: Holidays | None = None
    year_words: YearWords | None = None
    # How a language writes its calendar (see time.yaml): which month names are abbreviations
    # (they may take a full stop), which need a capital to be a month ("may", "march"), the
    # letters after a day number ("21st", "1er"), whether "3/4" is the 3rd of April.
    month_abbreviations: list[str] = Field(default_factory=list)
    ambiguous_months: list[str] = Field(default_factory=list)
    day_suffixes: list[str] = Field(default_factory=list)
    day_first: bool = False
    # whether a day of the month is written without letters after it ("le 23", not "the 23rd")
    bare_days: bool = False
    # Words of languages that order a time differently from English: articles before a time
    # ("le", "l'"), unit words ("semaine"), relative words after the unit or name ("la semaine
    # dernière", "lundi prochain") and offset words before the count ("il y a trois jours").
    articles: list[str] = Field(default_factory=list)
    # words joining two days of one month ("June 23 to 26", "du 18 au 19 novembre"), and the
    # word "and", which joins a range only after "between" ("18 and 19 June" are two days)
    day_joiners: list[str] = Field(default_factory=list)
    and_words: list[str] = Field(default_factory=list)
    # words that list a year after another ("2020 and 2021", "2020 or 2021"): the second counts too
    list_words: list[str] = Field(default_factory=list)
    # operators after which a time lies in the past whatever the sentence's tense ("in force
    # since July 26", "en vigueur depuis le 26 juillet"); "starting Monday" may look ahead
    looking_back: list[str] = Field(default_factory=list)
    # words that make "N units after ..." a length of time, not a time counted from an event
    # ("banned for four years after a sample tested positive"): the offset is dropped
    duration_words: list[str] = Field(default_factory=list)
    # "since" operators that give the earliest time of what follows ("dès dimanche", "starting
    # Sunday"): with a one-off event told in the past ("a ouvert une enquête dès dimanche") the
    # event happened then, a point; with a state or a time ahead ("est fermé dès lundi") the
    # interval stays. state_pasts are past words that tell a state, no event ("était", "was").
    onsets: list[str] = Field(default_factory=list)
    state_pasts: list[str] = Field(default_factory=list)
    # past verbs that tell how long something went on ("lasted", "a duré"): "until Tuesday" after
    # one is a bound already reached; after any other verb a bare weekday bound lies ahead.
    lasting_pasts: list[str] = Field(default_factory=list)
    # words that open a noun phrase naming an event already told ("five days after the eruption",
    # "two days after his arrest"): with no time of the sentence's own, the paragraph's last time
    # is that event's, and the offset counts from it.
    anaphoric_openers: list[str] = Field(default_factory=list)
    # relative words that make a time the antecedent of the clause after it ("since October
    # 2021, when the cabinet was ousted"): after a superlative the time dates that clause
    time_relatives: list[str] = Field(default_factory=list)
    # Patterns of a superlative ("the strongest", "the worst", "the first") that, earlier in the
    # clause of an "in N units" span, make it the span a comparison covers ("the strongest quake
    # to hit the region in a decade"): a length of time, not a time of the event
    comparison_spans: list[str] = Field(default_factory=list)
    units: dict[str, Literal["day", "week", "fortnight", "month", "quarter", "year", "decade", "weekend"]] = Field(default_factory=dict)
    relative_after: dict[Literal["previous", "current", "next"], list[str]] = Field(default_factory=dict)
    offsets_before: dict[Literal["ago", "hence"], list[str]] = Field(default_factory=dict)
    # The forms too common outside dates to count after any cue word, and the cue words that
    # make each count (see time.yaml); without them, only an operator does.
    strong_cues: dict[Literal["md_numeric", "month_abbreviation", "day_of_month", "the_unit", "the_day"], list[str]] = Field(default_factory=dict)
    # whether a numeric date may be written with spaces, day first ("02 04 2009")
    spaced_dates: bool = False
    # words besides "of" between a month and its year ("23 novembre de 1987")
    of_words: list[str] = Field(default_factory=list)
    # hedges between an offset word and its count ("il y a à peu près un mois")
    offset_hedges: list[str] = Field(default_factory=list)
    # hedges between an operator and its time ("until at least Tuesday", "jusqu'à au moins mardi"):
    # the operator still governs the time
    bound_hedges: list[str] = Field(default_factory=list)
    # single words for the day before or after the time the text is about ("le lendemain")
    anchored_days: dict[str, int] = Field(default_factory=dict)
    # words after a unit that tie it to another time of the text ("la semaine suivante")
    anchored_after: dict[Literal["previous", "same", "next"], list[str]] = Field(default_factory=dict)
    # words before a decade's first year ("les années 1990", "les années 90")
    decade_words: list[str] = Field(default_factory=list)
    # words after a bare day of the month that end its phrase as a comma would ("le 17 à Niamey")
    day_followers: list[str] = Field(default_factory=list)
    # words that may follow "the Tuesday", "the March 1" without being a noun the time qualifies
    # ("by the Tuesday deadline": "by" governs the deadline, not the day)
    not_nouns: list[str] = Field(default_factory=list)
    # words after four digits that make them a 24-hour clock time, not a year ("struck at 1353
    # local time", "at 1400 (1100 GMT)")
    clock_markers: list[str] = Field(default_factory=list)
    # words of a unit of measure after four digits that make them a measure, not a year ("à 1500
    # mètres", "2000 hectares"): filled from the language's quantity units (``units`` of its
    # ``quantities`` file) when the grammar is built, not written in time files
    measure_words: list[str] = Field(default_factory=list)
    # the suffixes a bare day of the month may take, when fewer than ``day_suffixes``: French
    # writes "le 1er" but never "le 3e" for a date ("dans le 3e" is a district, a rank)
    bare_day_suffixes: list[str] = Field(default_factory=list)
    # season names that are also verbs ("prices are expected to fall"), and the words before
    # them that make them verbs
    verb_seasons: list[str] = Field(default_factory=list)
    verb_markers: list[str] = Field(default_factory=list)

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
        for name in ("future", "reported_future", "past", "perfect", "forward"):
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
        for name in ("operators", "parts", "relative", "anchored", "offsets", "relative_after", "offsets_before", "strong_cues", "anchored_after",
                     "year_parts"):
            target = getattr(merged, name)
            for key, words in getattr(rules, name).items():
                target.setdefault(key, []).extend(words)
        for name in ("range_joiners", "recent", "within", "auxiliary_gap", "cues", "whole_year", "complete_year", "determiners",
                     "month_abbreviations", "ambiguous_months", "day_suffixes", "articles", "day_joiners", "and_words", "list_words", "looking_back", "duration_words", "onsets", "state_pasts", "lasting_pasts", "anaphoric_openers", "time_relatives", "comparison_spans",
                     "of_words", "offset_hedges", "bound_hedges", "verb_seasons", "verb_markers", "decade_words", "day_followers", "not_nouns", "clock_markers", "measure_words", "bare_day_suffixes"):
            getattr(merged, name).extend(getattr(rules, name))
        for name in ("relative_days", "seasons", "numbers", "ordinals", "day_ordinals", "months", "weekdays", "units", "anchored_days"):
            getattr(merged, name).update(getattr(rules, name))
        merged.day_first = merged.day_first or rules.day_first
        merged.bare_days = merged.bare_days or rules.bare_days
        merged.spaced_dates = merged.spaced_dates or rules.spaced_dates
        if rules.reporting is not None and merged.reporting is None:
            merged.reporting = rules.reporting.model_copy(deep=True)
        elif rules.reporting is not None:
            for field in ("periods", "current", "year_before", "comparable", "compared", "figures", "longer", "ended"):
                getattr(merged.reporting, field).extend(getattr(rules.reporting, field))
        if rules.tense is not None and merged.tense is None:
            merged.tense = rules.tense.model_copy(deep=True)
        elif rules.tense is not None:
            for field in ("reporting", "not_past", "not_past_after", "future_endings", "untensed", "infinitive", "infinitive_objects",
                          "past_auxiliaries", "participle_endings", "negations", "negated_until"):
                getattr(merged.tense, field).extend(getattr(rules.tense, field))
        if rules.year_words is not None and merged.year_words is None:
            merged.year_words = rules.year_words.model_copy(deep=True)
        elif rules.year_words is not None:
            for field in ("centuries", "tens", "units", "thousands", "decades"):
                getattr(merged.year_words, field).update(getattr(rules.year_words, field))
            merged.year_words.before_thousands.extend(rules.year_words.before_thousands)
        if rules.holidays is not None and merged.holidays is None:
            merged.holidays = rules.holidays.model_copy(deep=True)
        elif rules.holidays is not None:
            merged.holidays.days.update(rules.holidays.days)
            merged.holidays.not_before.extend(rules.holidays.not_before)
    return merged
