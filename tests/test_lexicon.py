"""The event-class table (extract/lexicon.py, rules/en/events/lexicon.yaml and classes.yaml):
which words of a text name an event, whatever the event."""

from __future__ import annotations

import pytest

from crosscheck.extract.lexicon import Lexicon, lexicons
from crosscheck.rules import load_rules


@pytest.fixture(scope="module")
def english() -> Lexicon:
    return lexicons(load_rules())["en"]


def _lemmas(lexicon: Lexicon, text: str) -> list[str]:
    return [w.lemma for w in lexicon.event_words(text)]


def test_irregular_past_forms_name_their_verbs_event(english):
    # simplemma keeps "won" (a currency) and "broke" (an adjective) as they are.
    assert _lemmas(english, "She won the title and broke the record.") == ["win", "break"]
    assert english.lookup("won")[1] == english.lookup("win")[1]
    assert english.lookup("fled")[1] == english.lookup("flee")[1]


def test_a_gerund_after_a_determiner_is_an_event_noun(english):
    assert _lemmas(english, "The shooting happened at night.")[:1] == ["shoot"]
    assert "killing" in _lemmas(english, "Police linked the two killings.")
    assert english.lookup("shooting")[1] == english.lookup("shot")[1]


def test_a_thing_named_by_an_ing_noun_is_no_event(english):
    assert "build" not in _lemmas(english, "The building stood empty.")


def test_rare_event_nouns_of_news_are_event_words(english):
    # Words the tagged corpus never saw but WordNet files as acts.
    for word in ("arson", "manslaughter", "shootout", "lockdown"):
        assert english.lookup(word) is not None, word


def test_qualities_and_rare_nominalisations_are_no_events(english):
    # "energy" is derived from "energize" but names a quantity; "capital" from the rare verb
    # "capitalise" but names money or a city.
    assert _lemmas(english, "The energy sector and the capital grew.") == ["grow"]


def test_some_verbs_are_events_only_when_inflected(english):
    assert _lemmas(english, "He was released on Friday.") == ["release"]
    assert _lemmas(english, "The press release set a new record.") == []
    assert _lemmas(english, "Police found the car.") == ["find"]


def test_verbs_of_finding_out_and_deciding_are_events(english):
    for sentence, lemma in (("The court decided the case.", "decide"), ("Divers discovered the wreck.", "discover"),
                            ("Two passengers survived.", "survive"), ("He was caught on camera.", "catch")):
        assert lemma in _lemmas(english, sentence), sentence


def test_words_mostly_used_as_adverbs_or_nouns_are_events_only_as_verbs(english):
    assert _lemmas(english, "They went out to a party.") == []
    assert "party" in _lemmas(english, "They partied all night.")
