"""The time grammar: the forms of dates, periods and relative times as one compiled alternation per
start word, built once from a ``time`` rule file and the month and weekday names, with the
small patterns read around each candidate (operators, parts, relative words, range joiners).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from ..calendar_words import MONTHS, WEEKDAYS
from ..dates.periods import Holiday
from .time_rules import _TOKEN, ReportingWords, TimeRules, YearWords, _Cues, _lower_words

def _words(words, case_insensitive: bool = True) -> str:
    """A regex alternation of whole words, longest first, white space flexible."""
    unique = sorted({w.strip() for w in words if w.strip()}, key=lambda w: (-len(w), w))
    body = "|".join(r"\s+".join(re.escape(part).replace("'", "['’]") for part in w.split()) for w in unique) or r"(?!x)x"
    return f"(?i:{body})" if case_insensitive else f"(?:{body})"


_TWO_DIGIT_PIVOT = 30  # "03/18/40" is 1940, "5/7/20" is 2020
_YEAR = r"(?:1[0-9]\d\d|20\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_TIME_OF_DAY = r"(?:\s*,?\s*(?:at\s+)?(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:GMT|UTC))?)?"
_UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "fortnight": "fortnight",
          "fortnights": "fortnight", "month": "month", "months": "month", "year": "year", "years": "year",
          "decade": "decade", "decades": "decade", "quarter": "quarter", "quarters": "quarter",
          "weekend": "weekend"}


def calendar(rules: TimeRules) -> tuple[dict[str, int], dict[str, int]]:
    """The month and weekday names of the rules, lower-cased (the shared English names when a
    pack brings none)."""
    months = {k.lower(): v for k, v in rules.months.items()} or dict(MONTHS)
    weekdays = {k.lower(): v for k, v in rules.weekdays.items()} or dict(WEEKDAYS)
    return months, weekdays


def _ordinal(rules: TimeRules) -> str:
    """The letters a day number may take ("21st", "1er")."""
    return _words(rules.day_suffixes, False)


def _month_names(rules: TimeRules) -> dict[str, str]:
    """Month alternations: any spelling next to numbers; standalone words only when unambiguous."""
    months, _ = calendar(rules)
    short = {m.lower() for m in rules.month_abbreviations}
    ambiguous = [m.lower() for m in rules.ambiguous_months]
    full = [m for m in months if m not in short]
    abbreviations = [m for m in months if m in short]
    safe_full = [m for m in full if m not in ambiguous]
    capitalised = [w for m in ambiguous for w in (m.capitalize(), m.upper())]
    safe_abbreviations = [m for m in abbreviations if m not in ambiguous]
    not_letter = r"(?![^\W\d_])"
    # only an abbreviation takes a full stop ("Sept. 22"); "in July." ends the sentence
    any_name = f"(?:{_words(full)}{not_letter}|{_words(abbreviations)}{not_letter}\\.?)"
    alone = f"(?:{_words(safe_full)}|{_words([w for w in capitalised if w.lower() in full], False)})\\b"
    with_number = (f"(?:{_words(safe_full)}|{_words([w for w in capitalised if w.lower() in full], False)}){not_letter}"
                   f"|(?:{_words(safe_abbreviations)}|{_words([w for w in capitalised if w.lower() not in full], False)}){not_letter}\\.?")
    return {"any": any_name, "alone": alone, "with_number": with_number, "abbreviated": _words(safe_abbreviations) + r"\b\.?"}


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
    months = _month_names(rules)
    _, weekdays = calendar(rules)
    # four digits before a clock marker ("at 1353 local time", "at 1353 (1023 GMT)") are a time of day
    clock = _words(rules.clock_markers)
    clock_after = f"|\\s*(?:\\(\\s*\\d{{3,4}}\\s*)?{clock}\\b" if rules.clock_markers else ""
    # four digits before a unit of measure ("à 1500 mètres", "2000 hectares") are a measure
    measure_after = f"|\\s*{_words(rules.measure_words, False)}(?![\\w-])" if rules.measure_words else ""
    ordinal = _ordinal(rules)
    bare_ordinal = _words(rules.bare_day_suffixes, False) if rules.bare_day_suffixes else ordinal
    # "5/7/20"; languages that write the day first also write "15.05.99"
    short_year_after = "[/.]" if rules.day_first else "/"
    mon_any, mon_alone, mon_num = months["any"], months["alone"], months["with_number"]
    weekday_full = _words([w for w in weekdays if len(w) > 4]) + r"\b"
    weekday_any = _words(weekdays) + r"\b\.?"
    units = _words(rules.units) + r"\b"
    relative_after = _words(w for words in rules.relative_after.values() for w in words) + r"(?![\w'’-])"
    offsets_before = _words(w for words in rules.offsets_before.values() for w in words)
    number = f"(?:\\d{{1,3}}|{_words(rules.numbers)})"
    unit = r"(?:(?i:days?|weeks?|fortnights?|months?|years?|decades?)|" + _words(rules.units) + r")\b"
    offsets = _words(w for words in rules.offsets.values() for w in words) + r"\b"
    ordinals = _words(k for k, v in rules.ordinals.items() if v > 0)
    year_parts = "".join("|" + _words(words) for words in rules.year_parts.values() if words)
    week_words = "".join("|" + re.escape(w) for w, unit in rules.units.items() if unit == "week" and " " not in w)
    # plural unit words of the rules ("ces derniers mois", "ces dernières années")
    plural_units = "".join("|" + re.escape(w) for w, unit in rules.units.items() if unit in ("day", "week", "month", "year") and w.endswith(("s", "x")))
    # the calendar unit said after a part or an operator in languages with articles before it
    # ("depuis le début de l'année", "d'ici la fin du mois", "en fin d'année"): read as "the year"
    unit_words = _words(w for w, unit in rules.units.items() if unit in ("week", "month", "year") and rules.articles)
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
    followers = f"|\\s+{_words(rules.day_followers)}(?![\\w'’])" if rules.day_followers else ""
    counted_with = f"(?!(?:\\s*,\\s*\\d{{1,3}})*\\s+{_words(rules.list_words or ['and', 'or'])}\\s+\\d{{1,3}}\\s+{units})"
    clause_end = r"(?=\s*(?:$|[.,;:!?)]|\s-\s|\s+(?i:at|and|or|to|through|until|till)\b" + followers + "))"
    numeric_day = r"(?:[12]\d|3[01]|0?[1-9])"
    reporting = rules.reporting or ReportingWords()
    periods = _words(reporting.periods) + r"\b"
    year_before = _words(reporting.year_before)
    comparable = _words(reporting.comparable)
    compared = _words(reporting.compared) + r"\b"
    report_current = _words(reporting.current)
    # "the quarter to June 30", "the period from Jan. 1" name spans of their own; "in the quarter
    # to $2.35 billion" or "a gain in the quarter from the sale" do not
    year_words = rules.year_words or YearWords()
    spoken_tail = f"(?P<t>{_hyphen_words(year_words.tens)})(?:[\\s-]+(?P<u>{_words(year_words.units)}))?(?![\\w-])"
    spoken_year = f"(?P<c>{_words(year_words.centuries)})[\\s-]+{spoken_tail}"
    of = _words(["of", *rules.of_words])
    # "between 18 and 19 June", "entre le 3 et le 12 septembre": the operator stays outside the
    # match (one fixed-width look-behind per spelling), for the prefix to read
    articles = _words(rules.articles or ["the"])
    and_word = _words(rules.and_words or ["and"])
    between_words = sorted({" ".join(w.split()) for w in rules.operators.get("between", ["between"])})
    after_between = "(?:" + "|".join(f"(?<=(?i:{re.escape(w)}{re.escape(' ' + a) if a else ''}) )"
                                     for w in between_words for a in ["", *(rules.articles or ["the"])]) + ")"
    # "les années 1990", "les années 90": a decade said with a word before it
    decade_before = _words(rules.decade_words) if rules.decade_words else r"(?!x)x"
    anchored_after = _words(w for words in rules.anchored_after.values() for w in words) + r"(?![\w'’-])"
    # "02 04 2009" (languages that write the day first): a month number, and no digit either side
    spaced = (f"(?<![\\d/.-])(?<!\\d\\s)(?P<a>{_DAY})\\s(?P<b>1[0-2]|0?[1-9])\\s(?P<y>{_YEAR}|\\d\\d)(?!\\d|[/.-]\\d|\\s\\d)"
              if rules.spaced_dates else r"(?!x)x")
    # "juillet 98": in a language that puts the day before the month, two digits after a month
    # that cannot be a day are its year
    short_year = r"|(?:3[2-9]|[4-9]\d)(?!\d|\s+[^\W\d_])" if rules.day_first else ""
    hedges = f"(?:{_words(rules.offset_hedges)}\\s+)?" if rules.offset_hedges else ""
    anchored_days = _words(rules.anchored_days) + r"(?![\w'’-])(?!\s+(?i:de|du|des|d['’]|of)\b)"
    not_span = (f"(?!\\s+(?i:of|between|when|in\\s+which)\\b|\\s*\\d"
                f"|\\s+(?i:from|to)\\s+(?:\\d|{months['any']}))")
    return [
        # first: a named day that starts with a weekday ("lundi de Pâques", "Vendredi saint") is
        # read whole before its weekday alone
        _Form("holiday", f"(?P<hol>{_holiday_pattern(rules)})(?:,?\\s+(?:of\\s+)?(?P<y>{_YEAR})(?!\\d))?"),
        _Form("iso", f"(?<![\\d/.])(?P<y>{_YEAR})(?P<sep>[-/.])(?P<m>1[0-2]|0?[1-9])(?P=sep)(?P<d>{_DAY})(?!\\d|[.-]\\d)(?:T[\\d:.]+Z?)?{_TIME_OF_DAY}"),
        _Form("compact", r"(?<![\d.,])(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?![\d]|[.,]\d)"),
        _Form("numeric", f"(?<![\\d/.-])(?P<a>{_DAY})(?P<sep>[/.-])(?P<b>{_DAY})(?P=sep)(?P<y>{_YEAR}|(?<={short_year_after})\\d\\d)(?!\\d|[/.-]\\d){_TIME_OF_DAY}"),
        _Form("numeric_range", f"(?<![\\d/.-])(?P<a>{numeric_day})(?P<sep>[/-])(?P<b>{numeric_day})(?:(?P=sep)(?P<y1>{_YEAR}))?\\s*[-–]\\s*"
              f"(?P<c>{numeric_day})(?P=sep)(?P<e>{numeric_day})(?:(?:,\\s*|(?P=sep))(?P<y2>{_YEAR}))?(?![\\d/]|[.-]\\d)"),
        _Form("month_range", f"(?P<m1>{mon_any})\\s*(?:[-–]|\\s(?i:to|through|until)\\s)\\s*(?P<m2>{mon_any})(?:,?\\s+|\\s+(?i:in|of)\\s+)(?P<y>{_YEAR})(?!\\d)"),
        _Form("mdy", f"{weekday_prefix}(?P<m>{mon_any})(?:\\s*|-)(?:the\\s+)?(?P<d>{_DAY}){ordinal}?(?:\\s*,\\s*|\\s+|-|\\s+{of}\\s+|\\s+in\\s+)(?P<y>{_YEAR})(?!\\d){_TIME_OF_DAY}"),
        # "and" joins a range only after "between" ("18 and 19 June" are two days)
        _Form("day_range", f"(?:{after_between}(?P<d0>{_DAY}){ordinal}?\\s+{and_word}\\s+(?:{articles}\\s+)?|(?P<d1>{_DAY}){ordinal}?\\s*(?:[-–]|\\s{_words(rules.day_joiners)}\\s)\\s*)(?P<d2>{_DAY}){ordinal}?"
              f"(?:(?:\\s+of)?\\s+(?P<m>{mon_num})(?:,?\\s+(?P<y>{_YEAR})(?!\\d))?|\\s+(?i:of|in)\\s+(?P<rel>{relative_all})\\s+(?i:month)\\b)"),
        _Form("dmy", f"{weekday_prefix}(?:the\\s+)?(?P<d>{_DAY}){ordinal}?(?:\\s+of\\s+|\\s+|-|/)(?P<m>{mon_any})(?:,?\\s+|-|/|\\s+{of}\\s+|\\s+in\\s+)(?P<y>{_YEAR})(?!\\d){_TIME_OF_DAY}"),
        _Form("ymd_name", f"(?P<y>{_YEAR})[/-](?P<m>{mon_any})[/-](?P<d>{_DAY})(?!\\d)"),
        _Form("numeric_spaced", spaced),
        _Form("mon_year", f"(?P<m>{mon_any})(?:\\s+of\\s+|,?\\s+|[-/])(?P<y>{_YEAR}{short_year})(?![\\d%]|[.,]\\d)"),
        _Form("year_mon", f"(?<![\\d.,])(?P<y>{_YEAR})\\s+(?P<m>{mon_alone})(?!\\s*\\d)"),
        # reporting periods: "the year-ago quarter", "the comparable year-earlier period",
        # "year-earlier profit", "the 1988 second quarter", "last year's quarter", "the latest
        # period", "the quarter a year ago", "the corresponding period last year"
        _Form("report_prior", f"(?:(?i:the)\\s+)?(?:{comparable}\\s+)?(?P<yb>{year_before})(?![\\w-])"
              f"(?:\\s+(?:(?P<o>{ordinals})[\\s-]+)?(?P<u>{periods}))?"),
        _Form("report_year", f"(?:(?i:the)\\s+(?P<y>{_YEAR})|(?P<rel>{relative_all})\\s+(?i:year)['’]s)\\s+(?:(?P<o>{ordinals})[\\s-]+)?(?P<u>{periods}){not_span}"),
        _Form("report_now", f"(?P<det>(?i:the|that))\\s+(?:(?:(?P<cur>{report_current})|{comparable})\\s+)?(?P<u>{periods})(?![-–]\\w)"
              f"(?:\\s+(?P<ago>{compared})|{not_span})"),
        # "the first two quarters of 1990" (the first half), "the last three quarters of the year",
        # "the last half of 1989" ("the last quarter" alone is the one before this one)
        _Form("quarters_of", f"(?:(?i:the)\\s+)?(?P<fl>(?i:first|last))\\s+(?:(?P<n>{number})\\s+(?i:quarters)|(?<=(?i:last) )(?P<hu>(?i:half|quarter)))\\s+(?i:of)\\s+"
              f"(?:(?P<y>{_YEAR})(?!\\d)|(?:the\\s+)?(?P<ry>{relative_all}|the)\\s+(?i:year)\\b)"),
        _Form("quarter", f"(?:(?P<q>[Qq][1-4])(?:[\\s-]+(?P<y>{_YEAR}))?|(?P<y2>{_YEAR})[\\s-]*(?P<q2>[Qq][1-4]|[Hh][12])|(?P<h>[Hh][12])[\\s-]+(?P<y4>{_YEAR})"
              f"|(?:the\\s+)?(?P<o>{ordinals})[\\s-]+(?P<u>(?i:quarter|half){year_parts})(?:\\s+(?:{of})\\s+(?:(?P<y3>{_YEAR})|(?:the\\s+)?(?P<ry>{relative_all}|the)\\s+year)|\\s+(?P<y5>{_YEAR})(?![\\w%]|[.,]\\d))?)(?!\\w)"),
        _Form("decade", r"(?<![\w'’])(?:(?P<c>1\d|20)(?P<dd>\d)0s|['’](?P<d2>\d)0s)\b"),
        _Form("decade_after", f"(?:{decade_before})\\s+(?:(?P<c>1\\d|20)(?P<dd>\\d)0|(?P<d2>\\d)0)(?![\\w%]|[.,]\\d)"),
        _Form("year_range", f"(?<![\\w$€£.,/-])(?P<y1>{_YEAR})\\s*[-–/]\\s*(?P<y2>{_YEAR}|\\d\\d)(?![\\w%]|[.,]\\d)"),
        _Form("year_month_numeric", f"(?<![\\w.,/-])(?:(?P<y>{_YEAR})-(?P<m>[1-9])|(?P<m2>0[1-9]|1[0-2])[-/](?P<y2>{_YEAR}))(?![\\w%-]|[.,/]\\d|\\s*%|\\s+[a-z])"),
        _Form("md", f"{weekday_prefix}(?P<m>{mon_num})(?:\\s*|/|-|,\\s*(?=\\d+{ordinal}))(?:the\\s+)?"
              f"(?:(?P<d>{_DAY}){ordinal}?\\b{not_figure}|(?P<dw>{day_word})|(?P<dc>{day_cardinal})){_TIME_OF_DAY}"),
        _Form("dm", f"{weekday_prefix}(?:the\\s+)?(?P<d>{_DAY}){ordinal}?(?:\\s+day)?(?:\\s+of)?\\s+(?P<m>{mon_num})(?!\\w)"),
        _Form("dm_word", f"{weekday_prefix}(?:the\\s+)?(?P<dw>{day_word})(?:\\s+day)?(?:\\s+of)?\\s+(?P<m>{mon_num})(?!\\w)"),
        _Form("md_numeric", f"{weekday_prefix}(?<![\\d/.,-])(?P<a>{numeric_day})/(?P<b>{numeric_day})(?![\\d/]|[.,]\\d|-\\d){clause_end}"),
        _Form("weekday_dom", f"(?P<wd>{weekday_any}),?\\s+(?:the\\s+(?:(?P<d>{_DAY}){ordinal}?|(?P<dw>{day_word}))|(?P<d2>{_DAY}){ordinal})\\b(?!\\s*(?:[-/.]\\d|(?i:of|day)\\b))"
              # "Friday, the fourth decline": an ordinal before a noun counts, not a day
              f"(?!\\s+(?!{_words(rules.range_joiners + rules.cues + ['at', 'when', 'as', 'after', 'before', 'until'])}\\b)[^\\W\\d_A-Z])"),
        _Form("weekday", f"(?P<wd>{weekday_full})(?:\\s+of\\s+(?P<rel>{relative_all})\\s+week\\b)?"),
        _Form("week_in", f"(?:(?:{articles})\\s+)?(?P<o>{week_ordinals})\\s+(?i:week{week_words})\\s+(?:(?:{of})\\s+|(?i:d)['’])(?:(?P<m>{mon_any})(?:,?\\s+(?P<y>{_YEAR})(?!\\d))?"
              f"|(?P<y2>{_YEAR})(?!\\d)|(?P<rel>{relative_all})\\s+(?P<u>(?i:month|year))\\b|(?i:the)\\s+(?P<u2>(?i:month|year))\\b)"),
        # "Deux hommes de 24 et 31 ans", "âgées de 19, 24 et 31 ans": a number listed with a count of years is an age, no day
        # a number with decimals is no day ("entre 1,5 et 2 millions")
        _Form("day_of_month", f"(?:(?<!\\d[.,])(?P<d>{_DAY})(?![.,]\\d){bare_ordinal}{'?' if rules.bare_days else ''}{counted_with}|(?!\\d)(?P<dw>{day_word}))(?:\\s+(?i:day\\s+of)\\s+(?:(?i:the)\\s+(?i:month)|(?P<rel>{relative_all})\\s+(?i:month))\\b|{clause_end})"),
        # languages that say the relative word after the unit or the offset word before the count
        # ("la semaine dernière", "il y a trois jours"): no English form needs them
        _Form("unit_rel", f"(?P<u>{units})\\s+(?P<rel>{relative_after})"),
        _Form("offset_before", f"(?P<ob>{offsets_before})\\s+{hedges}(?P<n>{number})\\s+(?P<u>{units})"),
        # "les dix derniers mois", "les 3 prochaines semaines": a count of units up to or from now
        _Form("span_after", f"(?P<n>{number})\\s+(?:(?P<u>{units})\\s+(?P<rel>{relative_after})|(?P<rel2>{relative_after})\\s+(?P<u2>{units}))"),
        _Form("anchored_day", f"(?P<ad>{anchored_days})"),
        # years in words: "nineteen ninety-six", "January nineteen ninety-seven", "the year two
        # thousand", "the nineties"
        _Form("year_words", f"{spoken_year}|(?:{_words(year_words.before_thousands)})\\s+(?P<k>{_words(year_words.thousands)})"
              f"(?:\\s+(?:(?i:and)\\s+)?(?P<ku>{_words(year_words.units)}))?(?![\\w-])"),
        _Form("month_year_words", f"(?P<m>{mon_any})\\s+{spoken_year}"),
        _Form("season_year_words", f"(?P<s>{seasons})\\s+(?:(?i:of)\\s+)?{spoken_year}"),
        _Form("decade_words", f"(?i:the)\\s+(?P<dw>{_words(year_words.decades)})\\b"),
        _Form("now", r"(?i:now)\b"),
        _Form("reldays", _words(rules.relative_days) + r"\b"),
        _Form("span", f"(?i:the\\s+)?(?P<sd>(?i:past|last|previous|next|coming))\\s+(?P<n>{number})\\s+(?P<u>{unit}|(?i:quarters)\\b)"),
        # "two weeks ago", "a week or so ago" (the hedge changes nothing we can count)
        _Form("offset", f"(?P<n>{number})\\s+(?P<u>{unit})\\s+(?:(?i:or\\s+so)\\s+)?(?P<o>{offsets})"),
        _Form("in_n", f"(?i:in|within)\\s+(?P<n>{number})\\s+(?P<u>{unit})(?!\\s+(?i:ago|time|a\\s+row|of|old|from|after|before|later|earlier)\\b)"),
        _Form("unit_dir", r"(?i:the)\s+(?P<u>(?i:day|week|month|year))\s+(?P<o>(?i:before|after|earlier|later))\b"),
        # "la semaine suivante", "l'année précédente": the anchored word after the unit
        _Form("unit_anchored", f"(?P<u>{units})\\s+(?P<an>{anchored_after})"),
        _Form("anchored", f"(?P<a>{anchored})\\s+(?P<u>(?i:day|week|month|year|quarter|decade|weekend))\\b"),
        _Form("earlier_this", f"(?P<el>(?i:earlier|later))\\s+(?P<w>{within})\\s+(?P<u>(?i:week|month|year))\\b"),
        # "the full year", "the current fiscal year": a year of accounts, whatever follows
        _Form("whole_year", f"(?i:the)\\s+(?P<ww>{_words(rules.whole_year)})\\s+(?i:year)\\b(?![-'’])"),
        # "the year" at a clause end, before "ended", or before the figure it qualifies ("a high
        # for the year of $42.875"); "the year of his birth" is anchored to something else
        # "over the weekend", "le week-end": the weekend the sentence's tense points to (a past
        # sentence the last one, otherwise the coming one); "the weekend of ...", "the weekend
        # before" name another time's weekend
        _Form("the_weekend", f"(?:{articles})\\s+(?P<u>(?i:weekend|week-end))\\b(?!\\s+(?i:of|before|after|when|that|où|de|du|suivant|précédent|dernier|prochain)\\b|-)"),
        _Form("unit_after_part", f"(?P<u>{unit_words})(?![\\w'’-])"),
        _Form("the_unit", f"(?i:the)\\s+(?:{_words(rules.whole_year)}\\s+)?(?P<u>(?i:day|week|month|year))(?=\\s*(?:$|[.,;:!?)])|\\s+(?i:ended|ending)\\b|\\s+of\\s+[$€£]\\s?\\d)"),
        _Form("fiscal_year", f"(?:{_words(rules.whole_year)})\\s+(?P<y>{_YEAR})(?![\\w%]|[.,:]\\d)"),
        _Form("rel_period", f"(?P<rel>{relative_all})\\s+(?:(?i:calendar)\\s+)?(?P<u>(?i:week|month|year|quarter|decade|weekend)|{_words(rules.units)})\\b"),
        _Form("recent", f"(?:(?i:in|over|during)\\s+)?(?:(?i:the)\\s+)?{recent}\\s+(?P<u>(?i:days|weeks|months|years|decades){plural_units})\\b"),
        _Form("week_number", r"(?i:week)\s+(?P<n>[1-4]?\d|5[0-3])\b(?![%.,:]\d)"),
        _Form("season", f"(?P<s>{seasons})(?:\\s+(?:of\\s+)?(?P<y>{_YEAR})(?!\\d))?"),
        # "July-September" is a range of months ("the July-September quarter"); "May-day" is no month
        _Form("month", f"(?P<m>{mon_alone})(?!\\s*\\d|[’']\\w|-(?!{mon_alone})\\w)"),
        _Form("month_abbreviation", f"(?P<m>{months['abbreviated']})(?!\\s*\\d|[-’'.]\\w|\\.?\\s*[A-Z])"),
        _Form("year", f"(?<![\\w$€£#.,/:-])(?P<y>{_YEAR})(?![\\w%]|[.,:]\\d|-\\d|\\s*(?:%|per\\s?cent){clock_after}{measure_after})"),
    ]


# Which token can start each form: a number, a calendar word (a month, weekday, season, day
# word such as "today" or "eleventh", holiday, "now", "Q"/"H" of a quarter), or a unit word that
# the expression ends on ("the following year"). Each token only tries the forms it can start.
_STARTS = {
    "report_prior": "unit", "report_year": "digit unit", "report_now": "unit",
    "iso": "digit", "compact": "digit", "numeric": "digit", "numeric_range": "digit", "month_range": "month",
    "mdy": "month weekday", "day_range": "digit", "dmy": "digit weekday", "ymd_name": "digit", "mon_year": "month",
    "year_mon": "digit", "quarter": "digit quarter dayword unit", "quarters_of": "dayword unit", "decade_after": "unit", "unit_anchored": "unit", "decade": "digit", "year_range": "digit",
    "year_month_numeric": "digit", "md": "month weekday", "dm": "digit weekday", "dm_word": "dayword weekday", "md_numeric": "digit weekday",
    "weekday_dom": "weekday", "weekday": "weekday", "week_in": "digit dayword unit", "day_of_month": "digit dayword",
    "holiday": "holiday", "now": "now", "unit_rel": "unit", "offset_before": "offset",
    "numeric_spaced": "digit", "span_after": "digit unit", "anchored_day": "anchday",
    "year_words": "century unit", "month_year_words": "month", "season_year_words": "season", "decade_words": "unit", "reldays": "relday unit", "span": "unit", "offset": "digit unit", "in_n": "unit",
    "unit_dir": "unit", "anchored": "unit", "earlier_this": "unit", "the_unit": "unit", "the_weekend": "unit", "unit_after_part": "unit", "whole_year": "unit", "fiscal_year": "fiscal", "rel_period": "unit",
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
    fields: dict[str, tuple[str, list[str], tuple[str, ...]]]  # tag: form, its group names, their names in the master
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
    half_words: frozenset[str]  # "half" and the rules' words for a half year ("semestre")
    relative_days: dict[str, int]
    seasons: dict[str, tuple[int, int]]
    future: _Cues
    reported_future: _Cues
    past: _Cues
    perfect: _Cues
    forward: _Cues
    forward_present: _Cues
    forward_past_forms: _Cues
    forward_unless: _Cues
    forward_after: _Cues
    forward_first_words: frozenset[str]
    auxiliary_gap: frozenset[str]
    reporting: frozenset[str]
    determiners: frozenset[str]
    figure: re.Pattern
    longer_period: re.Pattern
    not_past: frozenset[str]
    not_past_after: frozenset[str]
    future_endings: tuple[str, ...]
    prefix_words: frozenset[str]
    day_words: dict[str, int]
    holidays: dict[str, Holiday]
    triggers: dict[str, str]
    alpha_triggers: frozenset[str]  # the triggers that are letters only (most): see time_scan._matches
    holiday_ends: dict[str, list[int]]
    months: dict[str, int]
    weekdays: dict[str, int]
    units: dict[str, str]
    day_first: bool
    relative_after: dict[str, int]
    offsets_before: dict[str, str]
    strong_cues: dict[str, frozenset[str]]
    relative_suffix: re.Pattern | None
    year_words: dict[str, dict[str, int]]
    and_word: re.Pattern
    year_list: re.Pattern
    looking_back: frozenset[str]
    comparison_span: re.Pattern | None
    week_then_weekday: re.Pattern
    anchored_days: dict[str, int]
    anchored_after: dict[str, int]
    verb_seasons: frozenset[str]
    verb_markers: frozenset[str]
    duration_words: frozenset[str]
    onsets: frozenset[str]
    state_pasts: frozenset[str]
    lasting_pasts: frozenset[str]
    anaphoric_opener: re.Pattern | None
    time_relative: re.Pattern | None
    untensed: frozenset[str]
    past_auxiliaries: frozenset[str]
    past_or_auxiliary: frozenset[str]  # the last words of past cues and the past auxiliaries
    participle_endings: tuple[str, ...]
    infinitive: frozenset[str]
    infinitive_objects: frozenset[str]
    negation: re.Pattern
    negated_until: frozenset[str]
    noun_after: re.Pattern
    complete_year: frozenset[str]
    ended_link: re.Pattern

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
                fields[tag] = (form.name, names, tuple(f"{tag}_{name}" for name in names))
        day_ordinals, day_cardinals = _day_words(rules)
        holidays = _holiday_names(rules)
        months, weekdays = calendar(rules)
        # A holiday is looked for at its last word, which is rarer than its first ("US", "New",
        # "President's"), unless the first or the last is a weekday or month ("Good Friday",
        # "Fourth of July", "lundi de Pâques": the weekday would be read alone first): the scan
        # tries the positions where a name ending there would start.
        holiday_ends: dict[str, list[int]] = {}
        for name in holidays:
            words = _TOKEN.findall(name)
            if words[-1] in weekdays or words[-1] in months or words[0] in weekdays or words[0] in months:
                holiday_ends.setdefault(words[0], []).append(0)
            else:
                holiday_ends.setdefault(words[-1], []).append(len(words) - 1)
        holiday_ends = {word: sorted(set(back), reverse=True) for word, back in holiday_ends.items()}
        categories = {
            "fiscal": [_TOKEN.findall(w.lower())[0] for w in rules.whole_year], "month": months, "weekday": weekdays, "season": [k.lower() for k in rules.seasons], "quarter": ["q", "h"], "now": ["now"],
            "relday": [_TOKEN.findall(k.lower())[0] for k in rules.relative_days if " " not in k.strip()],
            "offset": [_TOKEN.findall(w.lower())[0] for words in rules.offsets_before.values() for w in words],
            "anchday": [k.lower() for k in rules.anchored_days],
            "century": [k.lower() for k in (rules.year_words.centuries if rules.year_words else {})],
            "dayword": [_TOKEN.findall(w)[0] for w in day_ordinals], "holiday": list(holiday_ends),
            "unit": [*_UNITS, *(k.lower() for k in rules.units), *(k.lower() for k in (rules.year_words.decades if rules.year_words else {})), "half", *(_TOKEN.findall(w.lower())[-1] for w in (rules.reporting.periods if rules.reporting else [])), *(w.lower() for words in rules.year_parts.values() for w in words)] + [k.lower().split()[-1] for k in rules.relative_days if " " in k.strip()],
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
        relative_after = {w: {"previous": -1, "current": 0, "next": 1}[k] for w, k in lookup(rules.relative_after).items()}
        cue_words = [w.lower() for w in rules.cues]
        articles = [w.lower() for w in rules.articles] or ["the"]
        cues = _words(cue_words)
        bound_hedges = f"(?:{_words(rules.bound_hedges)}\\s+)?" if rules.bound_hedges else ""
        prefix = re.compile(
            r"(?<![\w'’-])(?:(?P<op>" + _words(operators) + r")\s+" + bound_hedges + r")?"
            r"(?:(?P<cue>" + cues + r")(?:\s+|(?<=['’])))?"
            r"(?:(?P<weekof>" + _words(_WEEK_OF) + r")\s+|(?P<part>" + _words(parts) + r")(?:\s*-\s*|\s+|(?<=['’])))?"
            r"(?:(?P<rel>" + _words(relative) + r")\s+|(?P<the>" + _words(articles) + r")(?:\s+|(?<=['’])))?\Z"
            r"|(?P<poss>[’']s\s+)\Z"
        )
        year_words = "|".join([_words(anchored), _words(relative)])
        suffix_year = re.compile(r",?\s+(?:of\s+)?(?P<w>" + year_words + r")\s+(?i:year)\b")
        day_range = re.compile(
            r"\s*(?:[-–]|\s(?:" + _words(rules.range_joiners) + r")\s)\s*(?P<d>" + _DAY + r")" + _ordinal(rules)
            + r"?\b(?![\d%]|[.,:]\d|\s*[-–/]|\s+(?i:of\b|" + _month_names(rules)["any"] + r"))(?:,?\s+(?P<y>" + _YEAR + r")(?!\d))?"
        )
        joiner = re.compile(r"\s*(?:[-–—]|(?:" + _words(rules.range_joiners) + r")\b)\s*(?:(?i:the)\s+)?\Z")
        # "at least 44 civilians were killed" opens a clause, "at noon" does not
        after_offset = re.compile(r"\s*(?:$|[,.;:)\]!?\"”]|(?i:and|or|but|when|while|as|to|in|at(?!\s+(?:least|most)\b)|on|with)\b)")
        forward = _Cues([rules.forward] if rules.forward else [])
        past = _Cues([rules.past] if rules.past else [])
        forward_present = _Cues([], rules.forward.present_only if rules.forward else [])
        forward_after = _Cues([], rules.forward.after if rules.forward else [])
        return cls(
            masters=masters, fields=fields, prefix=prefix, suffix_year=suffix_year, day_range=day_range,
            joiner=joiner, after_offset=after_offset,
            operators=operators, parts=parts, relative=relative, anchored=anchored,
            offsets=lookup(rules.offsets), numbers={k.lower(): v for k, v in rules.numbers.items()},
            ordinals={k.lower(): v for k, v in rules.ordinals.items()},
            half_words=frozenset(["half", *(_norm(w) for w in rules.year_parts.get("half", []))]),
            relative_days={" ".join(k.lower().split()): v for k, v in rules.relative_days.items()},
            seasons={k.lower(): v for k, v in rules.seasons.items()}, future=_Cues([rules.future] if rules.future else []),
            reported_future=_Cues([rules.reported_future] if rules.reported_future else []), past=past,
            perfect=_Cues([rules.perfect] if rules.perfect else []), forward=forward,
            forward_present=forward_present, forward_first_words=forward.first_words() | forward_present.first_words() | forward_after.first_words(),
            forward_past_forms=_Cues([], rules.forward.past_forms if rules.forward else []),
            forward_unless=_Cues([], rules.forward.unless_after if rules.forward else []),
            forward_after=forward_after,
            auxiliary_gap=frozenset(w for phrase in rules.auxiliary_gap for w in _TOKEN.findall(phrase.lower())),
            reporting=frozenset(_lower_words(rules.tense.reporting)) if rules.tense else frozenset(),
            untensed=frozenset(_lower_words(rules.tense.untensed)) if rules.tense else frozenset(),
            past_auxiliaries=frozenset(_lower_words(rules.tense.past_auxiliaries)) if rules.tense else frozenset(),
            past_or_auxiliary=(past.last_words | frozenset(_lower_words(rules.tense.past_auxiliaries))) if rules.tense else past.last_words,
            participle_endings=tuple(sorted({e.lower() for e in rules.tense.participle_endings})) if rules.tense else (),
            infinitive=frozenset(_lower_words(rules.tense.infinitive)) if rules.tense else frozenset(),
            infinitive_objects=frozenset(_lower_words(rules.tense.infinitive_objects)) if rules.tense else frozenset(),
            negation=_negation_pattern(rules.tense.negations if rules.tense else []),
            negated_until=frozenset(_norm(w) for w in rules.tense.negated_until) if rules.tense else frozenset(),
            complete_year=frozenset(_norm(w) for w in rules.complete_year),
            ended_link=re.compile(r"\s*,?\s*" + _words(rules.reporting.ended if rules.reporting else []) + r"\s+"),
            noun_after=re.compile(r"\s+(?!" + _words([*rules.not_nouns, *rules.range_joiners, *rules.cues, *operators]) + r"\b)[^\W\d_A-Z][^\W\d_]*(?![\w'’-])"),
            determiners=frozenset(_lower_words(rules.determiners)),
            longer_period=re.compile(r"\b" + _words(rules.reporting.longer if rules.reporting else []) + r"\b(?!['’]s)"),
            figure=re.compile(r"[$€£#]\s?\d|\d\s?%|\d\s+" + _words(rules.reporting.figures if rules.reporting else []) + r"\b"),
            not_past=frozenset(_lower_words(rules.tense.not_past)) if rules.tense else frozenset(),
            not_past_after=frozenset(_lower_words(rules.tense.not_past_after)) if rules.tense else frozenset(),
            future_endings=tuple(sorted({e.lower() for e in rules.tense.future_endings})) if rules.tense else (),
            prefix_words=frozenset(
                w for phrase in [*operators, *rules.bound_hedges, *parts, *relative, *cue_words, *_WEEK_OF, *articles, "s"]
                for w in _TOKEN.findall(phrase.lower())
            ),
            day_words={**day_cardinals, **day_ordinals},
            anchored_days={_norm(k): v for k, v in rules.anchored_days.items()},
            anchored_after={w: {"previous": -1, "same": 0, "next": 1}[k] for w, k in lookup(rules.anchored_after).items()},
            verb_seasons=frozenset(_lower_words(rules.verb_seasons)),
            verb_markers=frozenset(_lower_words(rules.verb_markers)),
            duration_words=frozenset(_lower_words(rules.duration_words)),
            onsets=frozenset(_norm(w) for w in rules.onsets),
            state_pasts=frozenset(_lower_words(rules.state_pasts)),
            lasting_pasts=frozenset(_lower_words(rules.lasting_pasts)),
            anaphoric_opener=re.compile(r"\s*" + _words(rules.anaphoric_openers) + r"(?:(?<=['’])|(?!\w))") if rules.anaphoric_openers else None,
            time_relative=re.compile(r"\s*,\s*" + _words(rules.time_relatives) + r"(?!\w)") if rules.time_relatives else None,
            triggers=triggers,
            alpha_triggers=frozenset(word for word in triggers if word.isalpha()),
            holiday_ends=holiday_ends,
            holidays=holidays,
            months=months, weekdays=weekdays, units={**_UNITS, **{k.lower(): v for k, v in rules.units.items()}},
            day_first=rules.day_first, relative_after=relative_after, offsets_before=lookup(rules.offsets_before),
            year_words={name: {" ".join(k.lower().replace("-", " ").split()): v for k, v in getattr(rules.year_words or YearWords(), name).items()}
                        for name in ("centuries", "tens", "units", "thousands", "decades")},
            and_word=re.compile(r"(?<!\w)" + _words(rules.and_words) + r"(?!\w)"),
            year_list=re.compile(r"\s*(?:,|&|" + _words(rules.list_words) + r")\s*"),
            looking_back=frozenset(_norm(w) for w in rules.looking_back),
            comparison_span=re.compile("|".join(f"(?:{p})" for p in rules.comparison_spans)) if rules.comparison_spans else None,
            strong_cues={form: frozenset(_lower_words(words)) for form, words in rules.strong_cues.items()},
            relative_suffix=re.compile(r"\s+(?P<rel>" + _words(relative_after) + r")(?![\w'’-])") if relative_after else None,
            week_then_weekday=re.compile(
                r"\s*(?:[-–,]\s*)?(?:(?i:on)\s+)?(?P<wd>" + _words([w for w in weekdays if len(w) > 4]) + r"\b|"
                + _words([w for w in weekdays if len(w) <= 4]) + r"\b\.?)"),
        )


def _negation_pattern(words: list[str]) -> re.Pattern:
    """Negation words as a pattern: whole words, and endings written with an apostrophe ("n't")."""
    endings = [w for w in words if "'" in w or "’" in w]
    whole = [w for w in words if w not in endings]
    return re.compile(f"(?:(?<!\\w){_words(whole)}|{_words(endings)})(?!\\w)")


def _norm(text: str | None) -> str:
    return " ".join(text.lower().replace("’", "'").split()) if text else ""

