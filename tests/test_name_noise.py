"""Capitalised words that name nobody: units after a figure, state codes, picture credits
(extract/name_noise.py)."""

from __future__ import annotations

import pytest

from claim_helpers import paragraph_document
from crosscheck.extract.names import NameExtractor
from crosscheck.extract.sentences import split_sentences
from crosscheck.rules import load_rules

RULES = load_rules()
EXTRACTORS = {"en": NameExtractor(RULES), "fr": NameExtractor(RULES, "fr")}


def names(paragraphs: list[str], language: str = "en") -> list[str]:
    doc = paragraph_document(paragraphs, language, "p1")
    return [m.text for m in EXTRACTORS[language].extract(doc, split_sentences(doc)) if m.kind in ("person", "organization", "place")]


@pytest.mark.parametrize(("paragraph", "word"), [
    ("Hanwha Q Cells had a capacity of around 8.69 GW at the end of 2017.", "GW"),
    ("He finished the season with 121 RBI and 40 home runs.", "RBI"),
    ("Kickoff is at 8:20 PM ET on Sunday.", "PM"),
    ("Kickoff is at 8:20 PM ET on Sunday.", "ET"),
    ("The projects range from 30-600 MW.", "MW"),
    ("A man from West Palm Beach, FL was arrested on Monday.", "FL"),
    ("The prince arrives in London. (Image: GETTY)", "GETTY"),
    ("Le site produit 8,69 GW par an.", "GW"),
])
def test_a_word_that_names_nobody_is_no_name(paragraph, word):
    language = "fr" if paragraph.startswith("Le ") else "en"
    assert word not in names([paragraph], language)


@pytest.mark.parametrize(("paragraph", "word"), [
    # A name the gazetteer knows keeps its entity after a figure.
    ("Fifteen NATO soldiers and 3 NATO officers were wounded.", "NATO"),
    # A year is no figure of a unit.
    ("The 2019 NFL draft opened in Nashville.", "NFL"),
])
def test_a_known_or_dated_name_stays(paragraph, word):
    assert word in names([paragraph])


@pytest.mark.parametrize(("paragraph", "word"), [
    # Acronyms WordNet knows only as common nouns (tools/build_common_acronyms.py).
    ("Lamport Oy scraps IPO plans after a weak debut.", "IPO"),
    ("The ELISA test came back negative.", "ELISA"),
])
def test_an_acronym_of_a_common_noun_is_no_name(paragraph, word):
    assert word not in names([paragraph])
