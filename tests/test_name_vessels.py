"""Named ships as participants (extract/name_vessels.py; issue 15, item 4)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claim_helpers import paragraph_document
from crosscheck.extract.names import NameExtractor
from crosscheck.extract.sentences import split_sentences
from crosscheck.rules import load_rules

RULES = load_rules()
EXTRACTORS = {"en": NameExtractor(RULES), "fr": NameExtractor(RULES, "fr")}


def ships(paragraphs: list[str], language: str = "en") -> list[str]:
    doc = paragraph_document(paragraphs, language, "v1")
    return [m.text for m in EXTRACTORS[language].extract(doc, split_sentences(doc))
            if m.kind == "organization" and m.value.role == "vessel"]


@pytest.mark.parametrize(("paragraphs", "language", "expected"), [
    (["The tanker Sea Meridian ran aground off Molène on Saturday.", "The Sea Meridian did not refuse any assistance."],
     "en", ["Sea Meridian", "Sea Meridian"]),
    (["All 22 crew members of the Nordic Star were airlifted to safety."], "en", ["Nordic Star"]),
    (["Le ferry Kapitan Orlov a chaviré au large de Tanga.", "À bord du Kapitan Orlov se trouvaient 180 passagers."],
     "fr", ["Kapitan Orlov", "Kapitan Orlov"]),
    (["Fishermen on the trawler Marie-Anne said the storm came early."], "en", ["Marie-Anne"]),
    # A model is no ship's name, nor is a day after a ship noun.
    (["The ferry Monday service was cancelled.", "A Boeing 737 landed."], "en", []),
])
def test_a_named_ship_is_a_participant_at_every_mention(paragraphs, language, expected) -> None:
    assert ships(paragraphs, language) == expected


@pytest.mark.parametrize(("paragraphs", "language", "expected"), [
    # A name that an apposition calls a ship is one, there and wherever the article writes it.
    (["The fire started on the deck of the Orla Bay, a 29,000-tonne ferry operated by Vantis Lines.",
      "The Orla Bay had passed its inspection."], "en", ["Orla Bay", "Orla Bay"]),
    (["Passengers were moved to the Nordic Star, another ferry of the company."], "en", ["Nordic Star"]),
    (["L'incendie s'est déclaré à bord de l'Orvanne, un pétrolier battant pavillon maltais."], "fr", ["Orvanne"]),
    # A town, a company or a building is no ship: no determiner, or the ship word is a modifier.
    (["The ferry sailed to Tanga, a ferry port on the coast."], "en", []),
    (["Shares of the Vantis Group, a ferry operator, fell."], "en", []),
    (["La Vantis Lines, une compagnie de ferry, a suspendu la liaison."], "fr", []),
])
def test_a_ship_named_by_an_apposition(paragraphs, language, expected) -> None:
    assert ships(paragraphs, language) == expected


def test_two_ships_are_two_participants() -> None:
    text = ["The tanker Sea Meridian ran aground in 2026.", "In 1978 the supertanker Amoco Cadiz broke up off Portsall."]
    assert ships(text) == ["Sea Meridian", "Amoco Cadiz"]


def storms(paragraphs: list[str], language: str = "en") -> list[str]:
    doc = paragraph_document(paragraphs, language, "s1")
    return [m.text for m in EXTRACTORS[language].extract(doc, split_sentences(doc))
            if m.kind == "organization" and m.value.role == "storm"]


@pytest.mark.parametrize(("paragraphs", "language", "expected"), [
    # The name after a word for storms is the storm, there and wherever the article writes it,
    # also where a sentence starts ("Cyclone Velona" is no person).
    (["Cyclone Velona made landfall near Toamasina on Sunday.", "Velona weakened on Monday."], "en", ["Velona", "Velona"]),
    (["Hurricane Katrina struck New Orleans in 2005."], "en", ["Katrina"]),
    (["Le cyclone Velona a touché terre dimanche.", "Les autorités comparent Velona au cyclone Enawo de 2017."], "fr",
     ["Velona", "Velona", "Enawo"]),
    # A storm with no name is no participant, nor is a name after a storm of words.
    (["The storm made landfall on Sunday."], "en", []),
    (["The political storm Trump faced grew."], "en", []),
    (["Storm Ciarán hit Brittany on Thursday."], "en", ["Ciarán"]),
])
def test_a_named_storm_is_one_participant(paragraphs, language, expected):
    assert storms(paragraphs, language) == expected


_PIECES = st.lists(st.sampled_from(["the", "The", "le", "l'", "Orla", "Bay", "Tanga", ",", "a", "un", "another", "ferry",
                                    "pétrolier", "company", "de", "of", "operated", "29,000-tonne", "port", "O'", "Brien", "."]),
                   max_size=16)


@settings(max_examples=150, deadline=None)
@given(_PIECES, st.sampled_from(["en", "fr"]))
def test_a_ship_named_by_an_apposition_is_capitalised_words_of_the_text(pieces, language):
    text = " ".join(pieces).replace("l' ", "l'") + "."
    for name in ships([text], language):
        assert name in text and all(word[:1].isupper() for word in name.split())
