"""Scanning one sentence for times: the grammar tried only where a time can start, then a short
look at the words around each candidate (operators, parts, relative words, years said after,
range partners, weeks said with a weekday) and the weak candidates that no cue confirms dropped.
"""

from __future__ import annotations

import bisect
import re
from itertools import accumulate, compress, count
from operator import eq
from typing import NamedTuple

from ..dates.resolve import TimeExpr
from .time_candidates import _Candidate, _parse
from .time_grammar import _TOKEN, _Grammar, _norm

_POSSESSIVE = re.compile(r"['’]s\b")


_BACKOFF_TOKENS = 4


class _Tokens(NamedTuple):
    """A sentence's words (runs of word characters, lower-cased) and the offset each starts at."""

    starts: list[int]
    words: list[str]


def _tokens(text: str) -> _Tokens:
    """The words of a sentence whose lower-casing changes its length ("İ"): read off the text."""
    found = [(m.start(), m.group().lower()) for m in _TOKEN.finditer(text)]
    return _Tokens([start for start, _ in found], [word for _, word in found])


_SPLIT = re.compile(f"({_TOKEN.pattern})")
_ASCII_DIGIT = re.compile(r"[0-9]")
_DIGITS = b"0123456789"
# A word character outside ASCII (an accent, another script): such a sentence is split by the
# regular expression; in the others, non-ASCII characters are punctuation (curly quotes, dashes).
_NON_ASCII_WORD = re.compile(r"[^\W\x00-\x7f]")
# Each ASCII byte that is no word character as a line break: the words are then the lines.
_NON_WORD_AS_LINES = bytes(i if i > 127 or chr(i).isalnum() or chr(i) == "_" else 10 for i in range(256))


def _sentence_tokens(grammar: _Grammar, text: str) -> _Tokens | None:
    """The sentence's tokens, or None when nothing in it can start a time (no ASCII digit, no
    word that triggers a form): most sentences of an article have none.

    Most sentences are ASCII but for punctuation: their non-word characters become line breaks in
    one byte translation, and str.split, str.splitlines and itertools give the words and their
    offsets in C, several times faster than a regular expression's split; the others take that."""
    lowered = text.lower()
    if len(lowered) != len(text):  # lower-casing changed the offsets: no shortcut
        return _tokens(text)
    if lowered.isascii():
        raw = lowered.encode("ascii")
    elif _NON_ASCII_WORD.search(lowered) is None:
        raw = lowered.encode("ascii", "replace")  # one "?" for each curly quote or dash: same offsets
    else:
        return _split_tokens(grammar, text, _SPLIT.split(lowered))
    lines = raw.translate(_NON_WORD_AS_LINES).decode("ascii")
    words = lines.split()
    if len(raw.translate(None, _DIGITS)) == len(raw) and grammar.triggers.keys().isdisjoint(words):
        return None
    # each line with its break is as long as a word and the character after it: summed, the
    # offsets of every line; the non-empty lines are the words
    starts = list(compress(accumulate(map(len, (lines + "\n").splitlines(True)), initial=0), lines.split("\n")))
    return _Tokens(starts, words)


def _tense_words(grammar: _Grammar, text: str, tokens: _Tokens) -> list[str]:
    """The sentence's words for reading its tense: a past word with a capital right after an
    article is a name, no verb ("the Fed will raise rates", "a Rose Garden event"), and is left
    out (an empty word)."""
    starts, words = tokens
    past = grammar.past_or_auxiliary
    names = {i for i, word in enumerate(words) if word in past and i and text[starts[i]].isupper() and words[i - 1] in ("the", "a", "an")}
    return [("" if i in names else word) for i, word in enumerate(words)] if names else words


def _split_tokens(grammar: _Grammar, text: str, parts: list[str]) -> _Tokens | None:
    """The tokens of ``_SPLIT.split(text.lower())`` (separators and words in turn), or None as
    for :func:`_sentence_tokens`: word i starts where the parts before it end."""
    words = parts[1::2]
    if _ASCII_DIGIT.search(text) is None and grammar.triggers.keys().isdisjoint(words):
        return None
    return _Tokens(list(accumulate(map(len, parts)))[0:-1:2], words)


def _matches(grammar: _Grammar, text: str, tokens: _Tokens):
    """Master-pattern matches, tried only where a time can start: at a number, a month or
    weekday name, or up to four words before a unit word ("in the past few weeks"). Scanning
    the whole alternation at every character would cost twenty times more; the words to try
    are picked in C: a word with a character other than letters, or one of letters that is a
    trigger (as a trigger of letters is all letters, "is letters" equals "is such a trigger")."""
    starts_at, words = tokens
    tried = compress(count(), map(eq, map(str.isalpha, words), map(grammar.alpha_triggers.__contains__, words)))
    done = 0
    triggers = grammar.triggers
    for index in tried:
        start, word = starts_at[index], words[index]
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
            if index and words[index - 1] == "the" and starts_at[index - 1] >= done:
                starts.insert(0, starts_at[index - 1])  # "the 1988 second quarter"
        elif "unit" in kind:
            starts = [s for s in starts_at[max(0, index - _BACKOFF_TOKENS) : index] if s >= done] + [start]
        elif "dayword" in kind and index and words[index - 1] == "the" and starts_at[index - 1] >= done:
            starts = [starts_at[index - 1], start]  # "the first quarter", "the eleventh"
        else:
            starts = [start]
        if "holiday" in kind:
            back = [starts_at[index - n] for n in grammar.holiday_ends[word] if n <= index and starts_at[index - n] >= done]
            starts = sorted({*back, *starts})
        master = grammar.masters[kind]
        for position in starts:
            match = master.match(text, position)
            if match is not None and match.end() > start:
                done = match.end()
                yield match
                break


def _scan(grammar: _Grammar, text: str, tokens: _Tokens) -> list[_Candidate]:
    """All candidates of one sentence, qualified by their surroundings, weak ones checked."""
    found: list[_Candidate] = []
    for match in _matches(grammar, text, tokens):
        tag = match.lastgroup
        form, names, keys = grammar.fields[tag]
        # one call for all the groups (a tuple), not one formatted name and call per group
        groups = dict(zip(names, match.group(*keys))) if len(keys) > 1 else {names[0]: match.group(keys[0])} if keys else {}
        expr, weak = _parse(grammar, form, groups, match.group(0))
        if expr is None:
            continue
        found.append(_Candidate(match.start(), match.end(), form, expr, weak=weak))
    kept: list[_Candidate] = []
    for cand in found:
        _read_prefix(grammar, text, cand, kept, tokens)
        if _a_verb(grammar, cand, tokens, kept) or _part_of_name(text, cand) or _a_duration(grammar, cand, tokens) \
                or _season_week(text, cand):
            continue
        if (cand.weak and not (_strong_cue(grammar, cand) if cand.form in _STRONG_CUE_FORMS else cand.cue) and not _listed(text, cand, kept, grammar)
                and not _relative_after(grammar, text, cand) and not _alone(text, cand)):
            continue
        kept.append(cand)
    if not kept:
        return kept
    kept = _read_suffixes(grammar, text, kept)
    if len(kept) > 1:
        kept = _merge_ranges(grammar, text, kept)
        kept = _merge_day_words(kept, text)
    if any(_is_week(c.expr) for c in kept):
        kept = _merge_weekdays(grammar, text, kept)
    # "now" is a time only as the end of a range or interval ("between now and May 21", "until now")
    return [c for c in kept if "now" not in c.expr.notes or c.op == "until" or c.expr.end is not None]


# Forms too common outside dates to count after any cue word ("3/4 of", "the day", "the 60th
# anniversary"): they need an operator or one of these words right before them.
_STRONG_CUE_FORMS = frozenset({"md_numeric", "month_abbreviation", "day_of_month", "the_unit", "unit_after_part"})
_LIST_SEPARATOR = re.compile(r"\s*(?:,|(?i:or|and|&|to|through|until|till)\b|[-–])\s*(?:(?i:or|and)\s+)?\Z")


def _strong_cue(grammar: _Grammar, cand: _Candidate) -> bool:
    if cand.form == "unit_after_part":  # "le début de l'année", "d'ici la fin du mois"; not "l'année" alone
        return cand.expr.part is not None or cand.op in ("since", "until", "deadline")
    if cand.form == "the_unit":
        allowed = grammar.strong_cues.get("the_day" if cand.expr.unit == "day" else "the_unit", frozenset())
        if cand.expr.unit != "day" and cand.op not in (None, "from", "between"):
            return True  # "by the end of the year", "until the month"
        return cand.cue_word in allowed and (cand.expr.unit != "day" or cand.expr.part is None)
    return cand.op not in (None, "deadline") or cand.cue_word in grammar.strong_cues.get(cand.form, frozenset())


def _a_verb(grammar: _Grammar, cand: _Candidate, tokens: _Tokens, before: list[_Candidate]) -> bool:
    """A season name that is a verb here ("expected to fall further", "could fall"); not the end
    of a range ("from spring to fall")."""
    if cand.form != "season" or cand.expr.year is not None or cand.op is not None:
        return False
    starts, words = tokens
    index = bisect.bisect_left(starts, cand.start)
    if index >= len(words) or words[index] not in grammar.verb_seasons or cand.end != starts[index] + len(words[index]):
        return False
    if index == 0 or words[index - 1] not in grammar.verb_markers:
        return False
    return not (before and index > 1 and before[-1].expr.kind == "season"
                and before[-1].end == starts[index - 2] + len(words[index - 2]))


def _a_duration(grammar: _Grammar, cand: _Candidate, tokens: _Tokens) -> bool:
    """An offset after a word of duration is a length of time: "banned for four years after a
    sample tested positive" is a four-year ban, not a time four years after the test."""
    if cand.expr.kind != "offset" or cand.op is not None or not grammar.duration_words:
        return False
    starts, words = tokens
    index = bisect.bisect_left(starts, cand.start)
    return index > 0 and words[index - 1] in grammar.duration_words


_QUOTES = "\"“”'‘’"


# "Week" capitalised inside a sentence, or a noun right after the number: "the Week 13 rematch",
# "in Week 5"; "sales in week 13" and "la semaine 31" stay calendar weeks.
_SEASON_WEEK = re.compile(r"(?<=\w )[A-Z]\w*\s+\d+|\w+\s+\d+\s+(?!(?:of|in|on|at|and|or|to|from|de|du|et|à)\b)[a-z]")


def _season_week(text: str, cand: _Candidate) -> bool:
    """A week number said without a year that is a week of a season (sport), no calendar week."""
    return cand.expr.kind == "week_number" and cand.expr.year is None and _SEASON_WEEK.match(text, cand.start, cand.end + 12) is not None


def _part_of_name(text: str, cand: _Candidate) -> bool:
    """A relative day or period with a capital inside a sentence, right after a quote or a name,
    is part of a title ("ABC's "This Week"", "on CNN Today"), unless the sentence is a headline
    (every word of more than three letters with a capital)."""
    if cand.form not in ("reldays", "rel_period") or not text[cand.start].isupper():
        return False
    before = text[: cand.start].rstrip()
    bare = before.rstrip(_QUOTES).rstrip()
    if not bare or bare[-1] in ".!?:;(-—–":
        return False
    if all(w[0].isupper() for w in re.findall(r"[^\W\d_]{4,}", text)):
        return False
    previous = re.search(r"([^\W\d_][\w.'’-]*)\Z", bare)
    return before[-1] in _QUOTES or (previous is not None and previous.group(1)[0].isupper())


def _alone(text: str, cand: _Candidate) -> bool:
    """A numeric day and month that is the whole sentence (a line of its own, "29/2"): nothing
    else around it to make it a fraction or a score."""
    return cand.form == "md_numeric" and not text[: cand.start].strip() and not text[cand.end :].strip(" .")


def _listed(text: str, cand: _Candidate, before: list[_Candidate], grammar: _Grammar) -> bool:
    """A date listed right after another of the same form ("on 11/20, 11/22 or 11/25"), or a
    month closing a range with another ("entre août et octobre", "de mars à mai")."""
    if not before or before[-1].form != cand.form:
        return False
    if cand.form == "month":
        return grammar.joiner.match(text[before[-1].end : cand.start]) is not None
    return cand.form in _STRONG_CUE_FORMS and _LIST_SEPARATOR.match(text[before[-1].end : cand.start]) is not None


_WEEK_THEN_DAY = re.compile(r"\s*(?:[-–,]\s*)?(?:(?i:on)\s+)?\Z")
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


def _merge_weekdays(grammar: _Grammar, text: str, cands: list[_Candidate]) -> list[_Candidate]:
    """A weekday said with a week is that day of that week: "next week on Tuesday", "this week
    Monday", "Monday of the following week", "the first week of October on Friday"."""
    out: list[_Candidate] = []
    taken_until = -1
    for cand in cands:
        if cand.start < taken_until:  # the weekday a week took in
            continue
        if _is_week(cand.expr):
            after = grammar.week_then_weekday.match(text, cand.end)
            if after is not None:  # "next week Mon": a weekday abbreviation counts only here
                taken_until = after.end()
                cand = _Candidate(cand.start, after.end(), "weekday", TimeExpr("weekday", weekday=grammar.weekdays[after.group("wd").lower()],
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


def _prefix_match(grammar: _Grammar, text: str, end: int, tokens: _Tokens) -> re.Match | None:
    """The longest qualifying words right before ``end``: only the run of prefix-vocabulary
    words just before it is tried, furthest first."""
    starts_at, words = tokens
    index = bisect.bisect_left(starts_at, end) - 1
    starts: list[int] = []
    while index >= 0 and len(starts) < _PREFIX_TOKENS and words[index] in grammar.prefix_words:
        starts.append(starts_at[index])
        index -= 1
    for start in reversed(starts):
        if start and text[start - 1] in "'’":
            start -= 1
        match = grammar.prefix.match(text, start, end)
        if match is not None:
            return match
    return None


# Times that may qualify a noun after "the" ("the Tuesday deadline", "the March 1 vote").
_QUALIFIERS = frozenset({"weekday", "date", "month", "holiday"})


def _read_prefix(grammar: _Grammar, text: str, cand: _Candidate, before: list[_Candidate], tokens: _Tokens) -> None:
    match = _prefix_match(grammar, text, cand.start, tokens)
    expr = cand.expr
    if match is None or match.start() == match.end():
        # A year listed right after another ("2020 and 2021") is a year too.
        cand.cue = bool(before) and before[-1].expr.kind == "year" and grammar.year_list.fullmatch(text[before[-1].end : cand.start]) is not None
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
    if cand.cue_word in grammar.determiners or (match.group("the") and expr.kind == "year"):
        # "since his Aug. 2 power-grab", "after the 2023 coup": the operator governs the event the date qualifies
        operator = None
    if operator == "deadline" and match.group("the") and expr.kind in _QUALIFIERS and grammar.noun_after.match(text, cand.end):
        # "completed the offer by the Tuesday deadline": "by" governs the deadline, the day keeps
        # the sentence's tense ("since the July coup" stays an interval from July: since the coup)
        operator = None
    if operator is not None and before and before[-1].end > match.start("op") and before[-1].expr.kind == "offset" \
            and before[-1].expr.notes[:1] in (["before"], ["after"]):
        # "five days after the May 16 eruption": the cue is the count's before it, no operator here
        operator = None
    if _POSSESSIVE.match(text, cand.end):
        # "before next week's talks", "since Friday's purchases": the operator governs the event
        # the time owns, as with a determiner; "hit by Monday's strike": "by" names the agent
        operator = None
    if operator is not None:
        cand.op = operator
        cand.op_word = _norm(match.group("op"))
        new_start = match.start("op")
        # "before the end of the year" is until its end; "after the beginning of March", since its start
        # (the edge nouns of English and French: "the end of", "la fin de", "le début de")
        edge = set(_norm(match.group("part")).replace("'", " ").split())
        if cand.op == "before" and expr.part == "late" and edge & _END_NOUNS:
            cand.op, expr.part = "until", None
        elif cand.op == "after" and expr.part == "early" and edge & _START_NOUNS:
            cand.op, expr.part = "since", None
        elif cand.op == "deadline" and expr.part == "late" and edge & _END_NOUNS:
            # "by the end of 1990" is the deadline "by 1990": a deadline is the end of its period
            # either way, and the period is what the clause is about (as "by 1990", "by year-end")
            expr.part = None
    if new_start is not None:
        cand.start = new_start


_SAID_AFTER = ("weekday", "month", "date", "season", "holiday")
_END_NOUNS, _START_NOUNS = frozenset({"end", "fin"}), frozenset({"beginning", "start", "début"})


def _relative_after(grammar: _Grammar, text: str, cand: _Candidate) -> re.Match | None:
    """A relative word right after a name, in the languages that put it there ("mars dernier",
    "lundi prochain", "le 26 mars dernier")."""
    expr = cand.expr
    if grammar.relative_suffix is None or expr.kind not in _SAID_AFTER or expr.year is not None or expr.shift is not None:
        return None
    return grammar.relative_suffix.match(text, cand.end)


def _read_suffixes(grammar: _Grammar, text: str, cands: list[_Candidate]) -> list[_Candidate]:
    """ "May the following year", "March last year": a year said after a month or a day; "mars
    dernier", "lundi prochain": a relative word said after it."""
    out: list[_Candidate] = []
    skip_until = -1
    for cand in cands:
        if cand.start < skip_until:
            continue
        expr = cand.expr
        after = _relative_after(grammar, text, cand)
        if after is not None:
            shift = grammar.relative_after[_norm(after.group("rel"))]
            if expr.kind in ("date", "weekday"):
                # "lundi dernier" is the last Monday, "le 26 mars dernier" the last 26 March
                expr.tense = "past" if shift < 0 else "future" if shift > 0 else None
            else:
                expr.shift = shift
            cand.end = skip_until = after.end()
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
            is_and = joined and grammar.and_word.search(between) is not None
            # "from 2014 through 2018", "from April until June": the end read its operator in (days
            # stay apart: "from today through Nov. 17" is a day and a deadline in TimeML)
            through = cand.op == "until" and first.op in ("from", "between") and not between.strip() \
                and first.expr.kind in _PERIOD_KINDS and cand.expr.kind in _PERIOD_KINDS
            if (through or joined and cand.op is None) and first.expr.end is None and (not is_and or first.op == "between") and (
                first.op in ("from", "between") or not is_and
            ) and _compatible(first.expr, cand.expr):
                _inherit_year(first.expr, cand.expr)
                first.expr.end = cand.expr
                first.end = cand.end
                first.form = "range"
                continue
        out.append(cand)
    return out


_PERIOD_KINDS = frozenset({"month", "year", "quarter", "half", "season", "decade"})


def _compatible(first: TimeExpr, last: TimeExpr) -> bool:
    kinds = ("date", "month", "year", "quarter", "half", "season", "decade", "weekday", "days", "day_of_month", "holiday")
    return first.kind in kinds and last.kind in kinds and last.end is None


def _inherit_year(first: TimeExpr, last: TimeExpr) -> None:
    """ "from May to Oct 2020", "Nov 18 - Dec 19, 2015": the first end takes the last's year."""
    if first.year is None and last.year is not None and first.kind in ("date", "month") and first.year_shift is None:
        later_in_year = (first.month or 0) > (last.month or 13)
        first.year = last.year - 1 if later_in_year else last.year
