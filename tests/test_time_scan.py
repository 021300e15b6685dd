"""Splitting a sentence into words for the time scan: the fast byte path agrees with the regular
expression on any text, and a sentence is skipped only when nothing in it can start a time."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.extract.time_scan import _sentence_tokens
from crosscheck.extract.times import TimeExtractor, _default_rules, extract_times_from_text
from crosscheck.rules import RulePack

_GRAMMAR = TimeExtractor(RulePack(files={"time": [_default_rules()]})).grammar
_WORD = re.compile(r"\w+")

# ASCII words and punctuation, the non-ASCII punctuation of news (curly quotes, dashes, a
# non-breaking space), accented letters, other scripts and digits, a letter whose lower case is
# longer ("İ"), and separators str.splitlines knows
_PIECES = st.sampled_from(["Monday", "March", "said", "the", "year", "2019", "11/20", "U.S.", "it's", "_x", " ", "  ", ",", ".",
                           "-", "\n", "\t", "\r", "\x0b", "\x1c", "’", "“", "”", "—", "\u00a0", "José", "août", "٣", "²",
                           "İ", "ﬁ", "K", "\u2028", "\x85", "?"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_sentence_words_are_the_word_runs_of_the_lower_cased_text(text):
    tokens = _sentence_tokens(_GRAMMAR, text)
    lowered = text.lower()
    if len(lowered) != len(text):
        expected = [(m.start(), m.group().lower()) for m in _WORD.finditer(text)]
    else:
        expected = [(m.start(), m.group()) for m in _WORD.finditer(lowered)]
    if tokens is None:
        assert not re.search("[0-9]", text)
        assert not any(word in _GRAMMAR.triggers for _, word in expected)
    else:
        assert list(zip(*tokens)) == expected


def test_a_sentence_with_curly_quotes_keeps_its_offsets():
    text = "“We’ll meet on Monday,” she said — in Paris."
    starts, words = _sentence_tokens(_GRAMMAR, text)
    assert [text[s : s + len(w)].lower() for s, w in zip(starts, words)] == words
    assert words[:4] == ["we", "ll", "meet", "on"]


def test_a_sentence_without_a_digit_or_a_time_word_is_skipped():
    assert _sentence_tokens(_GRAMMAR, "The minister’s office declined to comment.") is None
    assert _sentence_tokens(_GRAMMAR, "Ministers met 3 times.") is not None


@pytest.mark.parametrize("text", [
    "The quake struck at 1353 local time on Sunday.",
    "The quake struck at 1353 (1023 GMT) on Sunday.",
    "Troops moved in at 0600 hours.",
])
def test_four_digits_before_a_clock_marker_are_a_time_of_day_not_a_year(text):
    years = [m.text for m in extract_times_from_text(text, date(2009, 1, 4)) if m.text.isdigit()]
    assert years == []


@pytest.mark.parametrize("text, year", [
    ("The abbey was founded in 1353.", "1353"),
    ("Prices fell back to 1990 levels.", "1990"),
    ("In 1990, GMT was still the standard.", "1990"),
])
def test_a_year_without_a_clock_marker_stays_a_year(text, year):
    assert year in [m.text for m in extract_times_from_text(text, date(2009, 1, 4))]


# Pieces of the forms wave 16 added or changed: weekends, season weeks, halves, spans ahead,
# ranges closed by "through", named days that start with a weekday, a capitalised past word.
_NEW_FORMS = st.sampled_from(["the", "weekend", "le", "week-end", "Week", "week", "13", "rematch", "second", "half", "next", "two",
                              "decades", "past", "quarters", "from", "2014", "through", "2018", "until", "June", "Black",
                              "Friday", "lundi", "de", "Pâques", "Fed", "hit", "a", "day", "before", "rose", "12%", " ", ",", ".",
                              "troisième", "trimestre", "semestre", "fin", "d'", "l'année", "début", "du", "mois", "ces", "derniers",
                              "première", "semaine", "octobre", "d'ici", "la"])


@settings(max_examples=300, deadline=None)
@given(words=st.lists(_NEW_FORMS, max_size=14), reference=st.dates(min_value=date(2, 1, 1), max_value=date(9998, 12, 31)),
       language=st.sampled_from(["en", "fr"]))
def test_any_run_of_the_new_forms_gives_ordered_times_inside_the_text(words, reference, language):
    text = " ".join(words)
    for match in extract_times_from_text(text, reference, language):
        assert 0 <= match.start < match.end <= len(text) and text[match.start : match.end] == match.text
        value = match.value
        if value.start is not None and value.end is not None:
            assert value.start <= value.end
