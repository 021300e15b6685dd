"""A counted noun told in French counts what its English translation counts (extract/quantity_nouns.py):
"900 emplois" and "600 jobs" are one measure, "Deux hommes ont été arrêtés" counts people, not troops."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.extract.quantities import QuantityExtractor
from crosscheck.extract.quantity_nouns import CountedNounFold, english_plural, singulars
from crosscheck.rules import load_rules


@pytest.fixture(scope="module")
def extractor() -> QuantityExtractor:
    return QuantityExtractor(load_rules())


def _counted(extractor, text: str, language: str) -> list[tuple[str, str]]:
    return [(value.exact, value.unit) for _, _, value in extractor.extract_text(text, language)]


@pytest.mark.parametrize(("french", "english", "unit"), [
    ("La banque prévoit de supprimer 900 emplois.", "The bank plans to cut 600 jobs.", "jobs"),
    ("La direction veut supprimer 900 postes.", "The bank will cut 600 posts.", "jobs"),
    ("Quatre pièces d'orfèvrerie ont été dérobées.", "Four pieces of goldwork were stolen.", "pieces"),
    ("Le centre a administré 340 doses jeudi.", "The clinic gave 340 doses on Thursday.", "doses"),
    ("Quelque 25 000 ponts sont en mauvais état.", "Some 25,000 bridges are in poor condition.", "bridges"),
])
def test_a_french_count_and_an_english_count_of_one_noun_share_a_unit(extractor, french, english, unit):
    assert [u for _, u in _counted(extractor, french, "fr")] == [unit]
    assert [u for _, u in _counted(extractor, english, "en")] == [unit]


@pytest.mark.parametrize(("text", "unit"), [
    ("Deux hommes ont été arrêtés mercredi.", "people"),
    ("Douze policières ont été blessées.", "police"),  # policière -> officer -> officers: the English class
    ("Trois soldats ont été tués.", "troops"),  # a class of the French rules stays that class
])
def test_a_french_noun_counts_what_its_english_class_counts(extractor, text, unit):
    assert [u for _, u in _counted(extractor, text, "fr")] == [unit]


def test_a_french_plural_in_x_is_a_counted_noun(extractor):
    assert _counted(extractor, "Trois bijoux ont été volés.", "fr") == [("Trois", "jewels")]
    assert _counted(extractor, "Sept chevaux ont été retrouvés.", "fr") == [("Sept", "chevaux")]


def test_a_noun_without_a_translation_stays_as_written(extractor):
    assert _counted(extractor, "Trois chalutiers ont coulé.", "fr") == [("Trois", "chalutiers")]


def test_english_has_no_fold():
    assert CountedNounFold.of(load_rules(), "en") is None


@pytest.mark.parametrize(("singular", "plural"), [
    ("job", "jobs"), ("box", "boxes"), ("city", "cities"), ("day", "days"), ("church", "churches"), ("man", "men"),
])
def test_english_plurals(singular, plural):
    assert english_plural(singular, {"man": "men"}) == plural


@pytest.mark.parametrize(("word", "forms"), [
    ("emplois", ["emplois", "emploi"]), ("bijoux", ["bijoux", "bijou"]), ("chevaux", ["chevaux", "chevau", "cheval"]),
    ("pont", ["pont"]),
])
def test_french_singulars(word, forms):
    assert singulars(word) == forms


@given(st.text(alphabet="abcdeéèsxu", min_size=1, max_size=12))
def test_singulars_start_with_the_word_and_never_grow(word):
    forms = singulars(word)
    assert forms[0] == word and all(len(f) <= len(word) for f in forms)
