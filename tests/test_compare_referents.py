"""Descriptions that name a participant without naming it (crosscheck.compare.referents): "the
officer", "a 71-year-old woman", "le policier", "l'agent", read next to a claim's event word."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.compare.referents import referents_of
from crosscheck.models import Claim, TextSpan
from crosscheck.rules import load_rules


@pytest.fixture(scope="module")
def referents():
    return referents_of(load_rules())


def _claim(sentence: str, trigger: str) -> Claim:
    at = sentence.rindex(trigger)
    return Claim(document="a", kind="event", text=sentence, start=100, end=100 + len(sentence), line=1, sentence=3,
                 trigger=TextSpan(start=100 + at, end=100 + at + len(trigger), text=trigger))


@pytest.mark.parametrize("language, sentence, trigger, described", [
    ("en", "The 34-year-old officer had been the subject of a complaint in 2023.", "complaint", {"officer"}),
    ("en", "A 71-year-old woman from Paama died on Monday at the centre.", "died", {"woman"}),
    ("en", "The contract, awarded in April 2025, was for advice on housing.", "awarded", {"contract"}),
    ("en", "The French police officer was charged with homicide on Wednesday.", "charged", {"officer"}),
    ("en", "The Rennes prosecutor said on Tuesday.", "said", {"prosecutor"}),
    ("en", "Two teenagers were arrested overnight.", "arrested", set()),  # no determiner: a count, not a description
    ("en", "Yanis Benali died on Monday.", "died", set()),
    ("en", "It announced a plan to cut 2,400 jobs.", "announced", set()),  # "a plan": no referent noun; "to" ends it
    ("fr", "Le policier a été placé en garde à vue dans la nuit.", "placé", {"officer", "policeman"}),
    ("fr", "L'agent a été mis en examen mercredi.", "mis", {"officer"}),
    ("fr", "Une évacuée de 71 ans est morte lundi.", "morte", {"evacuee"}),
    ("fr", "La marche blanche partira dimanche.", "partira", set()),
    # "du" is "de le": the bridge a span is part of is described too.
    ("fr", "Une travée du pont s'est écroulée mardi.", "écroulée", {"span", "bridge"}),
])
def test_the_descriptions_next_to_an_event_word(referents, language, sentence, trigger, described):
    assert referents.described(_claim(sentence, trigger), language) >= described
    if not described:
        assert referents.described(_claim(sentence, trigger), language) == frozenset()


def test_an_english_and_a_french_description_of_one_participant_share_a_concept(referents):
    english = referents.described(_claim("The teenager was taken to hospital.", "taken"), "en")
    french = referents.described(_claim("L'adolescent a été transporté à l'hôpital.", "transporté"), "fr")
    assert english & french == {"adolescent"}


def test_only_the_clause_of_the_event_word_is_read(referents):
    sentence = "The lawyer resigned; the contract was signed in April."
    assert referents.described(_claim(sentence, "signed"), "en") == {"contract"}
    assert referents.described(_claim(sentence, "resigned"), "en") == {"lawyer"}


@pytest.mark.parametrize("language, sentence, trigger, opened", [
    ("en", "Built in 1968, the bridge carried 6,000 vehicles a day.", "Built", {"bridge"}),
    ("fr", "Construit en 1971, selon les archives du département, le pont n'avait jamais été rénové.", "Construit", {"bridge"}),
    ("en", "The council said the bridge was built in 1968.", "built", set()),  # the event word opens no clause
])
def test_the_subject_a_participle_clause_opening_its_sentence_tells_of(referents, language, sentence, trigger, opened):
    assert referents.opened(_claim(sentence, trigger), language) == opened


@pytest.mark.parametrize("language, sentence, trigger, named", [
    ("en", "The Marla Quay, built in 2004 in Italy, passed its inspection.", "built", {"marla", "quay"}),
    ("en", "Built in 2001 in a Genoa shipyard, the Marla Quay was sold in 2017.", "Built", {"marla", "quay"}),
    ("fr", "Construit en 2001 dans un chantier naval, le Marla Quay a été racheté en 2017.", "Construit", {"marla", "quay"}),
    ("fr", "L'Orvanne, lancé en 1999, transporte des voitures.", "lancé", {"orvanne"}),
    ("en", "The Saint-Nicolas bridge, built in 1968, fell.", "built", set()),  # a description: its name a modifier
    ("en", "Built in 1968, the bridge carried 6,000 vehicles a day.", "Built", set()),
    ("en", "The Marla Quay's owners said on Monday that a new ferry was built in 2004.", "built", set()),  # too far
    ("en", "The Marla Quay was built in 2004.", "built", {"marla", "quay"}),
    ("en", "The Louvre said it was found in 2024.", "found", set()),  # the subject of another verb
])
def test_a_thing_told_by_its_name(referents, language, sentence, trigger, named):
    assert referents.named(_claim(sentence, trigger), language) == named


def test_the_subject_of_a_participle_clause_follows_its_comma(referents):
    """ "Built in 2001 in a Genoa shipyard, the bridge": the shipyard is where, the bridge what."""
    claim = _claim("Built in 2001 in a Genoa shipyard, the bridge was sold in 2017.", "Built")
    assert referents.opened(claim, "en") == {"bridge"}


def test_a_made_thing_may_be_told_by_its_kind(referents):
    """ "the structure" may stand for "the bridge" (WordNet's hypernyms, two levels up), never the
    most general nouns ("artifact", "object") that every made thing is."""
    assert "structure" in referents.kinds(frozenset({"bridge"}))
    assert not referents.kinds(frozenset({"bridge"})) & {"artifact", "object", "whole", "entity"}
    assert referents.kinds(frozenset({"officer"})) == frozenset()


_PIECES = st.lists(st.sampled_from(["The", "the", "Capo", "Rosso", "bridge", ",", " ", "built", "in", "2004", "le", "l'",
                                    "Orvanne", "du", "pont", "Built", "said", "was", "a", "ferry", "O'", "Brien", "."]),
                   max_size=14)


@settings(max_examples=200, deadline=None)
@given(_PIECES, st.sampled_from(["en", "fr"]))
def test_a_thing_s_name_is_words_of_its_sentence(referents, pieces, language):
    """Whatever the sentence, the name read is a few of its own capitalised words, never an error."""
    sentence = " ".join(pieces) + " built."
    claim = _claim(sentence, "built")
    name = referents.named(claim, language)
    capitalised = set()
    for word in re.findall(r"[^\W_][\w'’-]*", sentence):
        for part in (word, word.partition("'")[2]):  # "l'Orvanne": the name after its elided article
            if part[:1].isupper():
                capitalised.add(part.lower())
    assert len(name) <= 4 and name <= capitalised
