"""Light verbs before an event noun (extract/lexicon.py, ``light_verbs`` and ``object_markers``
in rules/*/events/classes.yaml): "opened an investigation", "a ouvert une enquête" name one
happening, the noun's, so that two sources meet on the investigation, not on the opening."""

from __future__ import annotations

import pytest

from claim_helpers import day, extracted, org
from crosscheck.extract.lexicon import lexicons


@pytest.fixture(scope="module")
def lexicon(rules):
    return lexicons(rules)


def _words(lexicon, language: str, text: str) -> list[tuple[str, str]]:
    return [(text[w.start : w.end], w.event_class) for w in lexicon[language].event_words(text)]


@pytest.mark.parametrize(("language", "text", "words"), [
    ("en", "The BEA opened an investigation on Monday.", [("investigation", "investigate")]),
    ("en", "The government launched an inquiry.", [("inquiry", "investigate")]),
    ("en", "The army launched a major offensive.", [("offensive", "offence")]),
    ("en", "Officers conducted a search of the house.", [("search", "search")]),
    ("en", "The rebels staged an attack on the base.", [("attack", "attack")]),
    ("en", "Unions organised a protest.", [("protest", "protest")]),
    ("en", "Prosecutors have not opened an investigation.", [("investigation", "investigate")]),
    ("en", "They welcomed the opening of an investigation.", [("welcomed", "welcome"), ("investigation", "investigate")]),
    ("fr", "Le BEA a ouvert une enquête lundi.", [("enquête", "investigate")]),
    ("fr", "Le parquet n'a pas ouvert d'enquête.", [("d'enquête", "investigate")]),
    ("fr", "Le parquet n’a pas ouvert d’enquête.", [("d’enquête", "investigate")]),
    ("fr", "Les syndicats ont lancé une grève.", [("grève", "strike")]),
    ("fr", "Ils ont organisé une manifestation.", [("manifestation", "protest")]),
    ("fr", "Elle a confirmé l'ouverture d'une information judiciaire.", [("confirmé", "say"), ("information", "investigate")]),
])
def test_a_light_verb_before_its_event_noun_leaves_the_nouns_event_alone(lexicon, language, text, words):
    assert _words(lexicon, language, text) == words


@pytest.mark.parametrize(("language", "text", "verb"), [
    ("en", "Police opened fire on protesters.", "opened"),  # a bare noun: the verb's own phrase
    ("en", "The store opened its doors on Monday.", "opened"),  # no event noun
    ("en", "NASA launched a satellite.", "launched"),
    ("en", "The bridge opened in the storm.", "opened"),  # a preposition opens no object
    ("en", "The talks opened the way for a ceasefire.", "opened"),  # the event noun is too far
    ("fr", "Le magasin a ouvert ses portes.", "ouvert"),
    ("fr", "La Chine a lancé un satellite.", "lancé"),
])
def test_a_light_verb_without_an_event_noun_for_object_keeps_its_own_event(lexicon, language, text, verb):
    assert verb in [word for word, _ in _words(lexicon, language, text)]


def test_the_nouns_claim_takes_the_verbs_subject_time_and_polarity(extractor):
    ed = extracted(extractor, "a", "2026-12-07", "The BEA did not open an investigation on Monday.",
                   [("BEA", org("BEA")), ("Monday", day("2026-12-07"))])
    assert [c.predicate for c in ed.claims] == ["investigation"]
    claim = ed.claims[0]
    assert {a.text: a.role for a in claim.arguments} == {"BEA": "agent", "Monday": "time"}
    assert claim.polarity == "negative" and claim.time is not None
