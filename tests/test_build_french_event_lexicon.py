"""The French event table derived from English cognates (tools/build_french_event_lexicon.py,
rules/fr/events/lexicon_via_english.yaml): the spelling rules find a French verb's English
cognate, the build keeps the words whose cognate the English table names as a happening and
drops false friends, ambiguous words and adverbs, and the shipped table puts a French and an
English account of one happening in one class. Words and sentences are written for this test."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claim_helpers import class_of
from crosscheck.extract.lexicon import Lexicon

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import build_french_event_lexicon as cognates  # noqa: E402


@pytest.mark.parametrize("french, english", [
    ("évacuer", "evacuate"),  # -uer -> -uate
    ("distribuer", "distribute"),  # -uer -> -ute
    ("arrêter", "arrest"),  # the circumflex of a lost s
    ("établir", "establish"),  # é- -> es-, -ir -> -ish
    ("construire", "construct"),
    ("hospitaliser", "hospitalize"),
    ("hospitaliser", "hospitalise"),
    ("identifier", "identify"),
    ("multiplier", "multiply"),
    ("attaquer", "attack"),  # qu -> ck
    ("émettre", "emit"),
    ("interrompre", "interrupt"),
    ("recevoir", "receive"),
    ("intervenir", "intervene"),
    ("exclure", "exclude"),
    ("inscrire", "inscribe"),
    ("provoquer", "provoke"),
    ("communiquer", "communicate"),
    ("réprimer", "repress"),
    ("fracturer", "fracture"),
    ("défendre", "defend"),
])
def test_a_french_verb_yields_its_english_cognate(french, english):
    assert english in cognates.english_candidates(french)


@pytest.mark.parametrize("french, english", [
    ("marcher", "march"),  # a bare stem of five letters is too short to tell
    ("révéler", "revel"),
    ("déserter", "dissertate"),  # dé- is no dis-
    ("tuer", "tue"),
])
def test_a_short_or_unlikely_spelling_is_no_candidate(french, english):
    assert english not in cognates.english_candidates(french)


@given(st.text(alphabet="abcdefgilmnoprstuvéèêàâîôûç", min_size=1, max_size=10),
       st.sampled_from(["er", "ir", "re", "iser", "uer", "ier", "endre", "uire"]))
def test_candidates_are_english_spellings(stem, ending):
    for candidate in cognates.english_candidates(stem + ending):
        assert candidate.isascii() and candidate.islower()
        assert len(candidate) >= cognates.MIN_ENGLISH


def _verb(infinitive: str) -> dict[str, str]:
    """The forms of a French -er verb that tell simplemma's dictionary it is a verb."""
    stem = infinitive[:-2]
    return {stem + "é": infinitive, stem + "ait": infinitive, stem + "ant": infinitive}


def _noun(noun: str) -> dict[str, str]:
    return {noun: noun, noun + "s": noun}


@pytest.fixture(scope="module")
def english(rules):
    return Lexicon(rules, "en")


@pytest.fixture(scope="module")
def built(rules):
    """A table built from a small dictionary of cognates, false friends and an adverb."""
    dictionary = {**_verb("évacuer"), **_noun("évacuation"), **_verb("blesser"), **_verb("fermer"),
                  "fermement": "fermement", **_verb("confisquer"), **_noun("confiscation"),
                  **_verb("opérer"), **_verb("rester"), **_noun("amendement")}
    seen = {"evacuate", "bless", "confiscate", "operate", "rest", "restate", "amend"}
    table = cognates.build(rules, dictionary, {"confisquer"}, seen)
    return {word: name for name, (verbs, nouns) in table.items() for word in verbs + nouns}


def test_a_cognate_verb_and_its_noun_take_the_english_class(built, english):
    assert built["évacuer"] == built["évacuation"] == english.class_of["evacuate"]
    assert built["amendement"] == english.class_of["amendment"]


@pytest.mark.parametrize("word", [
    "blesser",  # a false friend: it wounds
    "rester",  # "rest" or "restate": two classes, no guess
    "opérer",  # "operate" has no act noun in its class: a state or a habit more often
    "fermement",  # an adverb, no plural
    "confisquer",  # named by a hand table, which wins
])
def test_a_false_friend_an_ambiguous_word_or_a_hand_word_is_left_out(built, word):
    assert word not in built


def test_a_noun_stays_when_its_verb_is_a_hand_word(built, english):
    assert built["confiscation"] == english.class_of["confiscate"]


@pytest.mark.parametrize("english_text, english_word, french_text, french_word", [
    ("Traffic was diverted through the village.", "diverted", "La circulation a été déviée par le village.", "déviée"),
    ("The burglars cracked a window.", "cracked", "Les cambrioleurs ont fracturé une fenêtre.", "fracturé"),
    ("The mayor announced the creation of a fund.", "creation", "Le maire a annoncé la création d'un fonds.", "création"),
    ("The army demolished the building.", "demolished", "L'armée a démoli le bâtiment.", "démoli"),
    ("The council abolished the tax.", "abolished", "Le conseil a aboli la taxe.", "aboli"),
    ("The prisoners were transferred to Lyon.", "transferred", "Les détenus ont été transférés à Lyon.", "transférés"),
    ("The regime expropriated the farms.", "expropriated", "Le régime a exproprié les fermes.", "exproprié"),
    ("The court ordered the confiscation of his assets.", "confiscation", "La cour a ordonné la confiscation de ses biens.", "confiscation"),
    ("The riots intensified overnight.", "intensified", "Les émeutes se sont intensifiées dans la nuit.", "intensifiées"),
])
def test_the_shipped_table_puts_both_accounts_in_one_class(tables, english_text, english_word, french_text, french_word):
    en_class = class_of(tables, "en", english_text, english_word)
    assert en_class is not None and en_class == class_of(tables, "fr", french_text, french_word)


@pytest.mark.parametrize("text, word", [
    ("Le soldat a été blessé par balle.", "blessé"),  # wounded: the hand table's class, never "bless"
    ("Les passagers sont restés à bord.", "restés"),
])
def test_a_false_friend_never_takes_its_look_alike_class(tables, text, word):
    assert class_of(tables, "fr", text, word) not in {"bless", "rest"}


def test_a_translation_wins_over_a_cognate_guess(built, english):
    """rules/fr/events/translations.yaml: "adjudication" is a sale at auction in French news, and
    "mater" quells (no "mate"), whatever their look-alikes are in English."""
    assert built["adjudication"] == english.class_of["auction"]
    assert built["mater"] == english.class_of["quell"]


def test_an_irregular_participle_is_a_form_of_its_verb():
    dictionary = {"peint": "peindre", "peinte": "peint", "peintes": "peint", "rouvert": "rouvert",
                  "rouverte": "rouvert", "démis": "démis"}
    forms = cognates.irregular_participles(["peindre", "rouvrir", "démettre", "fermer"], dictionary, {"démis"})
    # "peint" is already read as "peindre"; "démis" is named by a hand table; "fermer" is regular.
    assert forms == {"peinte": "peindre", "peintes": "peindre", "rouvert": "rouvrir", "rouverte": "rouvrir"}
