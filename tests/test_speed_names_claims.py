"""The shortcuts taken in the name and claim extractors for speed decide exactly what the plain
forms they replaced decide. Each plain form is kept here as the oracle, run on the real rule
pack and on text built from pieces that trip up titles, roles, credits and accents."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.extract.name_rules import FOLD_TABLE as _FOLD_TABLE
from crosscheck.extract.name_cues import NameCues
from crosscheck.extract.names import _CREDIT, fold_same_length
from crosscheck.rules import load_rules


@pytest.fixture(scope="module")
def names() -> NameCues:
    return NameCues(load_rules(), "en")


_PIECES = [
    "President", "president", "Prime Minister", "prime minister", "Minister of", "Foreign Affairs", "General",
    "Lieutenant-Colonel", "junta leader", "the leader of", "his brother", "Mr", " ", "  ", "\n", ",", ", ", ".",
    "(", ")", "(Gulf Wire)", " - ", "JEDDAH", "Ousmane Sonko", "Goïta", "`", "’", "é", "\u00a0", "**", "_", "x",
]
texts = st.lists(st.sampled_from(_PIECES), max_size=16).map("".join)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_title_trie_finds_what_the_longest_first_alternation_finds(names, text):
    plain = re.compile(r"(?:^|(?<=\W))(" + "|".join(re.escape(t) for t in names.titles) + r")\s+$", re.IGNORECASE)
    for end in range(len(text) + 1):
        before = text[:end]
        pos = max(0, len(before) - names.title_reach - 3)
        found, expected = names.title_before.search(before, pos), plain.search(before, pos)
        assert (found.span(1) if found else None) == (expected.span(1) if expected else None)


@settings(max_examples=300)
@given(st.one_of(texts, st.text(max_size=60)))
def test_fold_shortcut_is_the_translation(text):
    assert fold_same_length(text) == text.translate(_FOLD_TABLE)


@settings(max_examples=300)
@given(st.one_of(texts, st.text(max_size=60)))
def test_a_credit_needs_a_bracket(text):
    if _CREDIT.match(text):
        assert "(" in text


@settings(max_examples=300, deadline=None)
@given(texts)
def test_after_roles_need_a_comma_first(names, text):
    for role in names.roles:
        if role.after is not None and role.compiled.search(text[:80]):
            assert text[:80].lstrip().startswith(",")


_WORD_PIECES = ["into", "Into", "beat", "it's", "re-enter", "enter", "’s", "-", "_", " ", "\n", "é", "2", "a", "x"]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_WORD_PIECES), max_size=12).map("".join), st.sampled_from(["into", "enter", "beat", "a", "x", "Into", "s"]))
def test_lower_word_search_is_the_set_of_lower_words(text, word):
    """The search that answers a headline's few questions finds what the full set holds."""
    from crosscheck.extract.name_cues import _LOWER_WORD, LowerWords

    assert LowerWords(text)._written(word) == (word in set(_LOWER_WORD.findall(text)))
