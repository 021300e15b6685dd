"""A demonym used as a noun ("the Ukrainian") is the article's one person of that nationality
(extract/name_demonyms.py); French demonyms link to their country like English ones, and give
the person they describe a nationality."""

from __future__ import annotations

import pytest

from claim_helpers import paragraph_document
from crosscheck.extract.names import NameExtractor
from crosscheck.extract.sentences import split_sentences
from crosscheck.rules import load_rules

RULES = load_rules()
EXTRACTORS = {"en": NameExtractor(RULES), "fr": NameExtractor(RULES, "fr")}


def mentions(paragraphs: list[str], language: str = "en"):
    doc = paragraph_document(paragraphs, language, "p1")
    return EXTRACTORS[language].extract(doc, split_sentences(doc))


def at(found, text: str, nth: int = 1):
    return [m for m in found if m.text == text][nth - 1]


@pytest.mark.parametrize(("paragraphs", "language", "demonym", "nth", "person"), [
    (["Ukrainian champion Wladimir Klitschko defended his title on Saturday.",
      "Challenger Tony Thompson barely landed a blow on the Ukrainian."], "en", "Ukrainian", 2, "Wladimir Klitschko"),
    (["Klitschko was to face Russian boxer Alexander Povetkin in Berlin.",
      "But the Russian pulled out with an ankle injury."], "en", "Russian", 2, "Alexander Povetkin"),
])
def test_a_demonym_after_the_article_with_no_noun_is_the_one_person_of_that_country(paragraphs, language, demonym, nth, person):
    m = at(mentions(paragraphs, language), demonym, nth)
    assert (m.kind, m.value.canonical, m.value.adjective) == ("person", person, False)


@pytest.mark.parametrize(("paragraphs", "demonym", "nth"), [
    # A noun follows: an adjective ("the Ukrainian boxer", "the Russian army").
    (["Ukrainian champion Wladimir Klitschko won.", "The Ukrainian boxer retired."], "Ukrainian", 2),
    (["Russian boxer Alexander Povetkin withdrew.", "The Russian army said nothing."], "Russian", 2),
    # Two people of that country: nobody.
    (["Russian boxer Alexander Povetkin met Russian coach Ivan Petrov.", "The Russian said he was ready."], "Russian", 3),
    # No person of that country at all.
    (["Tony Thompson won the fight.", "He barely landed a blow on the Ukrainian."], "Ukrainian", 1),
])
def test_a_demonym_stays_an_adjective_otherwise(paragraphs, demonym, nth):
    m = at(mentions(paragraphs), demonym, nth)
    assert m.kind == "place" and m.value.adjective


@pytest.mark.parametrize(("sentence", "word", "country"), [
    ("Deux touristes belges ont été enlevés samedi.", "belges", "Belgium"),
    ("Leur guide béninois a été relâché lundi.", "béninois", "Benin"),
    ("Le cyclone a frappé la côte malgache.", "malgache", "Madagascar"),
    ("Les autorités françaises ont réagi.", "françaises", "France"),
])
def test_french_demonyms_link_to_their_country(sentence, word, country):
    m = at(mentions([sentence], "fr"), word)
    assert (m.kind, m.value.canonical, m.value.adjective) == ("place", country, True)


def test_a_french_demonym_gives_the_person_it_describes_a_nationality():
    found = mentions(["Le guide béninois, Jean Dossou, a été enlevé samedi."], "fr")
    assert [(m.text, m.value.country) for m in found if m.kind == "person"] == [("Jean Dossou", "Benin")]
