"""Institutions and groups named by a common noun (extract/name_institutions.py; issue 15, item 4)."""

from __future__ import annotations

import pytest

from claim_helpers import paragraph_document
from crosscheck.extract import Extractors
from crosscheck.extract.name_rules import InstitutionRules
from crosscheck.extract.names import NameExtractor
from crosscheck.extract.sentences import split_sentences
from crosscheck.rules import load_rules

RULES = load_rules()
EXTRACTORS = {"en": NameExtractor(RULES), "fr": NameExtractor(RULES, "fr")}
CLAIMS = Extractors(RULES)


def institutions(paragraphs: list[str], language: str = "en") -> list[tuple[str, str]]:
    """(text, canonical) of every organisation mention, in text order."""
    doc = paragraph_document(paragraphs, language)
    found = EXTRACTORS[language].extract(doc, split_sentences(doc))
    return [(m.text, m.value.canonical) for m in found if m.kind == "organization"]


def language_of(text: str) -> str:
    return "fr" if any(w in text.split() for w in ("Le", "La", "Les", "le", "la", "les", "a", "avaient")) else "en"


@pytest.mark.parametrize(("text", "named"), [
    (text, named)
    for rule_file in RULES.get("institutions") if isinstance(rule_file, InstitutionRules)
    for text, named in rule_file.examples.items()
])
def test_rule_examples_name_their_institution(text: str, named: str | None) -> None:
    canonicals = [c for _, c in institutions([text], language_of(text))]
    if named is None:
        assert canonicals == []
    else:
        assert named in canonicals


def test_one_place_in_two_languages_is_one_institution_and_two_places_are_two() -> None:
    english = institutions(["An investigation was opened by the Brest prosecutor's office on Sunday."])
    french = institutions(["Le parquet de Brest a ouvert lundi une enquête."], "fr")
    lyon = institutions(["The Lyon public prosecutor opened an investigation."])
    assert english[0][1] == french[0][1] == "Brest prosecutor's office"
    assert lyon[0][1] == "Lyon prosecutor's office"


def test_an_institution_without_its_place_is_the_one_named_before() -> None:
    found = institutions(["The Brest prosecutor's office opened an investigation on Sunday.",
                          "The prosecutor's office said the captain would be questioned."])
    assert [c for _, c in found] == ["Brest prosecutor's office", "Brest prosecutor's office"]


@pytest.mark.parametrize(("paragraphs", "language"), [
    (["Prosecutor Jane Roe said the driver was drunk."], "en"),
    (["The prosecutor, Jane Roe, said the driver was drunk."], "en"),
    (["Le procureur de Brest, Camille Roux, a ouvert une enquête."], "fr"),
])
def test_a_form_before_a_persons_name_is_a_title(paragraphs, language) -> None:
    assert not any("prosecutor" in c for _, c in institutions(paragraphs, language))


def test_groups_of_two_sources_in_two_languages_are_one_participant() -> None:
    english = CLAIMS.extract(paragraph_document(["Two guards were arrested on Tuesday, a security source said."], "en", "i1"))
    french = CLAIMS.extract(paragraph_document(["Deux gardiens ont été arrêtés mardi, selon une source sécuritaire."], "fr", "i2"))
    bribes = [c for c in english.claims + french.claims if "name:prison-guards" in c.participants]
    assert {c.document for c in bribes} == {"i1", "i2"}
