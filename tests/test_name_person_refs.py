"""A person's office alone refers back to the one person named with it (extract/name_person_refs.py)."""

from __future__ import annotations

import pytest

from claim_helpers import paragraph_document
from crosscheck.extract.names import NameExtractor
from crosscheck.extract.sentences import split_sentences
from crosscheck.rules import load_rules

RULES = load_rules()
EXTRACTORS = {"en": NameExtractor(RULES), "fr": NameExtractor(RULES, "fr")}


def people(paragraphs: list[str], language: str = "en") -> list[tuple[str, str]]:
    """(text, canonical) of every person mention, in text order."""
    doc = paragraph_document(paragraphs, language, "p1")
    return [(m.text, m.value.canonical) for m in EXTRACTORS[language].extract(doc, split_sentences(doc)) if m.kind == "person"]


@pytest.mark.parametrize(("paragraphs", "language", "description", "person"), [
    (["Captain Dimitrios Karagiannis, 58, was questioned.", "The captain was taken into custody on Monday."], "en",
     "captain", "Dimitrios Karagiannis"),
    (["Le commandant du navire, Dimitris Karagiannis, est interrogé.", "Le commandant a été placé en garde à vue."], "fr",
     "commandant", "Dimitris Karagiannis"),
    # Another word of the same office ("the mayor" for "le bourgmestre"), in a strike story.
    (["Striking bin collectors met Mayor Ann Roe on Friday.", "The mayor promised a new offer by Monday."], "en",
     "mayor", "Ann Roe"),
    (["The kidnappers freed Governor Paul Amisi's driver.", "The governor thanked the army."], "en", "governor", "Paul Amisi"),
])
def test_an_office_alone_is_the_one_person_named_with_it(paragraphs, language, description, person) -> None:
    found = people(paragraphs, language)
    assert (description, person) in found


@pytest.mark.parametrize("paragraphs", [
    # Two people of the office: nobody.
    ["Governor Ann Roe met Governor Paul Amisi.", "The governor said the talks went well."],
    # The office written before a name is that name's title or apposition.
    ["Captain Ines Carvalho landed the plane.", "The captain, Rui Costa, said nothing."],
    # No person of the office before.
    ["The mayor said the talks went well.", "Governor Ann Roe agreed."],
])
def test_an_office_alone_with_no_one_person_of_it_is_nobody(paragraphs) -> None:
    assert all(text[:1].isupper() for text, _ in people(paragraphs))


def test_a_description_before_any_name_of_its_office_is_nobody() -> None:
    found = people(["The master of the ferry Kapitan Orlov was arrested on Monday.", "Captain Rui Costa, 51, denied any wrongdoing."])
    assert ("master", "Rui Costa") not in found
    assert ("master", "Rui Costa") in people(["Captain Rui Costa, 51, was questioned.", "The master was arrested on Monday."])
