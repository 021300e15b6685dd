"""French event words with no English look-alike (rules/fr/events/translations.yaml, read by
tools/build_french_event_lexicon.py): each takes the class the English table gives its
translation, so a French and an English account of one happening fall in one class; the table's
examples are parallel sentences run here, and the shipped generated table must hold every
translated word in its translation's class."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from claim_helpers import class_of
from crosscheck.extract.lexicon import Lexicon
from crosscheck.extract.lexicon_translations import EventTranslations
from crosscheck.rules import load_rules

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import build_french_event_lexicon as generator  # noqa: E402

GENERATED = ROOT / "rules" / "fr" / "events" / "lexicon_via_english.yaml"


def _examples():
    for table in load_rules().get("event_translations"):
        for example in table.examples:
            yield pytest.param(example, id=example.french_word)


@pytest.mark.parametrize("example", list(_examples()))
def test_each_example_tells_one_happening_in_one_class(tables, example):
    en_class = class_of(tables, "en", example.english, example.english_word)
    assert en_class is not None and en_class == class_of(tables, "fr", example.french, example.french_word)


def test_the_shipped_table_holds_every_translation_in_its_english_class(rules):
    """The generated table is up to date with the translations, and no translation is missing
    an English word of an event (the build would leave such a word out)."""
    found, missing = generator.translated(rules, Lexicon(rules, "en"))
    assert not missing
    shipped = {word: name for table in rules.get("event_lexicon", "fr") for name, members in table.classes.items()
               for word in members.verbs + members.nouns}
    assert {word: shipped.get(word) for word in found} == {word: name for word, (name, _) in found.items()}


def test_no_translation_is_a_hand_word(rules):
    """A word a hand table names keeps the hand class: its translation would never be read."""
    translated = {w for table in rules.get("event_translations", "fr") for w in [*table.verbs, *table.nouns]}
    assert not translated & generator.hand_words(GENERATED.parent, GENERATED)


@pytest.mark.parametrize("text, word, expected", [
    # A news sense over a cognate's: "mater" quells a revolt, it is no "mate".
    ("L'armée a maté la révolte.", "maté", "quell"),
    # Irregular participles the lemmatiser reads as words of their own.
    ("La toile, peinte vers 1700, a été vendue.", "peinte", "paint"),
    ("Les écoles ont été rouvertes lundi.", "rouvertes", "reopen"),
    ("Le préfet a été démis de ses fonctions.", "démis", "dismiss"),
    ("La ville a été reconquise par l'armée.", "reconquise", "recapture"),
])
def test_a_translated_verb_reads_its_forms_in_its_news_sense(tables, text, word, expected):
    assert class_of(tables, "fr", text, word) == tables["en"].class_of[expected]


@pytest.mark.parametrize("entries", [
    {"Adjuger": "auction"},  # a lemma is lower case
    {"adjuger": "Auction"},
    {"adjuger": ""},
    {"adjuger": "sell at auction!"},
])
def test_a_malformed_entry_is_refused(entries):
    example = {"english": "The vase was auctioned.", "english_word": "auctioned",
               "french": "Le vase a été adjugé.", "french_word": "adjugé"}
    with pytest.raises(ValidationError):
        EventTranslations(kind="event_translations", language="fr", verbs=entries, examples=[example])


def test_the_first_english_word_of_an_event_decides():
    table = EventTranslations(kind="event_translations", language="fr", verbs={"adjuger": "auction sell"},
                              examples=[{"english": "a", "english_word": "a", "french": "b", "french_word": "b"}])
    assert table.english_of("adjuger") == ["auction", "sell"]
    assert table.english_of("vendre") == []
