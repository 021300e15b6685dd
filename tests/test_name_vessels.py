"""Named ships as participants (extract/name_vessels.py; issue 15, item 4)."""

from __future__ import annotations

import pytest

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


def test_two_ships_are_two_participants() -> None:
    text = ["The tanker Sea Meridian ran aground in 2026.", "In 1978 the supertanker Amoco Cadiz broke up off Portsall."]
    assert ships(text) == ["Sea Meridian", "Amoco Cadiz"]
