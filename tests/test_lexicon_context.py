"""Where an event word names no happening, told by the words around it (extract/lexicon_context.py
and the generated ``noun_heads``, ``happening_nouns``, ``idioms`` and ``verb_idioms`` of
rules/en/events/lexicon.yaml): a noun modifying a noun-only head, a gerund used as an adjective,
a word inside a multiword adverb or an idiomatic verb phrase. Sentences of several genres."""

from __future__ import annotations

import re

import pytest

from crosscheck.extract.lexicon_context import TriggerContext


def _words(tables, text: str) -> list[str]:
    return [text[w.start : w.end].lower() for w in tables["en"].event_words(text)]


# (sentence, a word that names no happening there)
NO_HAPPENING = [
    ("The tariffs are interrupting complex and time-sensitive supply chains.", "supply"),  # business
    ("The only way to watch the new TV series is the streaming app.", "tv"),  # entertainment
    ("Sonos sells some of the best home entertainment speakers.", "entertainment"),  # product review
    ("Those in close contact with plague victims may need antibiotics.", "plague"),  # health
    ("Of course, we still have to hear from the Red Sox.", "course"),  # sports column
    ("A fast travel system would take care of all problems.", "care"),  # game review
    ("She took care of her mother for years.", "care"),  # feature
    ("Make sure the lid is closed before you start.", "make"),  # how-to
    ("It was a challenging task for the new coach.", "challenging"),  # sports
    ("It was a striking image of the flooded city.", "striking"),  # photography
    ("Much is at stake for the ruling party.", "stake"),  # politics
]

# (sentence, a word that still names its happening)
HAPPENING = [
    ("A car bomb attack killed 12 people in the market.", "attack"),  # the compound's head
    ("The Colts clinched a playoff berth with the win.", "playoff"),  # a happening noun as modifier
    ("Earthquake victims were taken to hospital.", "earthquake"),
    ("A jury returned a guilty verdict on Friday.", "guilty"),  # a hand-assigned event word
    ("The shooting victim died in hospital.", "shooting"),
    ("Gunmen opened fire, killing civilians.", "killing"),  # a gerund with its object
    ("Police said the convicted rapist was still on the run.", "convicted"),  # a past participle
    ("The murdered woman was found on Sunday.", "murdered"),
    ("The flaw allowed hackers to take over computers.", "allowed"),  # a past tense before a noun
    ("A rule that undermined protections for plants was revoked.", "undermined"),
    ("Commandos today caught pirates in the Gulf of Aden.", "caught"),
    ("Rebels attack villages near the border.", "attack"),  # a verb before its object
    ("The government plans to supply weapons to the army.", "supply"),  # an infinitive
    ("The strike ends on Monday, and the attack Monday killed two.", "killed"),  # a number object
    ("Vitali acted as cheerleader in the third round.", "acted"),  # a verb and a preposition
]


@pytest.mark.parametrize(("text", "word"), NO_HAPPENING)
def test_a_word_in_another_phrase_names_no_happening(tables, text, word):
    assert word not in _words(tables, text)


@pytest.mark.parametrize(("text", "word"), HAPPENING)
def test_an_event_word_in_its_own_phrase_still_names_its_happening(tables, text, word):
    assert word in _words(tables, text)


def test_the_generated_lists_hold_the_general_classes(tables):
    context = tables["en"].context
    assert {"chain", "series", "expert", "task"} <= context.noun_heads
    assert not {"attack", "end", "home", "two", "week"} & context.noun_heads  # verbs, adverbs, numbers, times
    assert ("course",) in context.fixed["of"]["course"] and ("care",) in context.verbal["take"]["care"]
    assert {"playoff", "earthquake", "blaze"} <= tables["en"].happening_nouns
    assert "career" not in tables["en"].happening_nouns


def _matches(text: str) -> list[re.Match]:
    return list(re.finditer(r"\w+", text))


def test_an_idiom_needs_its_words_one_space_apart():
    context = TriggerContext([], ["of_course"], ["take_care"])
    lemma = {"took": "take"}.get
    assert context.idiom_words(_matches("they took care of it"), lambda w: lemma(w, w)) == {1, 2}
    assert context.idiom_words(_matches("out of, course"), lambda w: w) == set()
    assert context.idiom_words(_matches("out of course"), lambda w: w) == {1, 2}


def test_a_capitalised_word_or_a_verb_form_after_a_noun_is_no_head():
    context = TriggerContext(["series", "meaning"], [], [])
    assert context.head_after(_matches("the TV series"), 1, str.lower)
    assert not context.head_after(_matches("the attack Series"), 1, str.lower)
    assert not context.head_after(_matches("an injury meaning"), 1, str.lower)
