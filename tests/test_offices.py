"""Offices in any language (normalise/offices.py) and one person given two offices at one time
(compare/offices.py)."""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck.compare.offices import office_contradictions
from crosscheck.extract.sentences import split_sentences
from crosscheck.models import ExtractedDocument
from crosscheck.normalise.entities import link_entities
from crosscheck.normalise.offices import OfficeReader
from crosscheck.rules import load_rules
from test_names import EXTRACTOR, FRENCH, RULES, make_document

READER = OfficeReader(load_rules())


def office_examples() -> list[tuple[str, str | None]]:
    return [pair for f in load_rules().get("offices") for pair in f.examples.items()]


@pytest.mark.parametrize(("phrase", "office"), office_examples())
def test_office_rule_examples(phrase: str, office: str | None) -> None:
    assert READER.office(phrase) == office


@pytest.mark.parametrize(
    ("phrase", "office"),
    [
        ("former mayor", None),
        ("l'ancien procureur du Roi", None),
        ("ex-mayor", None),
        ("Namur's prosecutor", "prosecutor"),
        ("la préfète du Nord", "prefect"),
        ("juge d’instruction", "investigating judge"),
        ("the chairman", None),
        ("the chief executive", "chief executive"),
        ("the captain", "captain"),
        ("La copilote", "first officer"),
        ("Langat's agent", "agent"),
        ("his former coach", None),
        ("", None),
    ],
)
def test_offices_in_both_languages_and_past_offices(phrase: str, office: str | None) -> None:
    assert READER.office(phrase) == office


def test_an_office_agrees_with_itself_and_with_an_office_it_covers() -> None:
    assert READER.compatible("mayor", "mayor")
    assert READER.compatible("judge", "investigating judge")
    assert READER.compatible("investigating judge", "judge")
    assert not READER.compatible("prosecutor", "investigating judge")
    assert not READER.compatible("mayor", "deputy mayor")


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        # Within a domain offices exclude each other ...
        ("captain", "first officer", False),
        ("coach", "agent", False),
        ("spokesperson", "chief executive", False),
        # ... unless one covers the other, or both go together.
        ("pilot", "captain", True),
        ("manager", "agent", True),
        ("lawyer", "spokesperson", True),
        # Offices of two domains may be held together.
        ("captain", "spokesperson", True),
        ("mayor", "lawyer", True),
    ],
)
def test_offices_exclude_each_other_within_their_domain(a: str, b: str, compatible: bool) -> None:
    assert READER.compatible(a, b) == compatible
    assert READER.compatible(b, a) == compatible


def article(doc_id: str, published: date, paragraphs: list[str], language: str = "en") -> ExtractedDocument:
    doc = make_document(paragraphs, doc_id).model_copy(update={"published": published, "language": language})
    sentences = split_sentences(doc)
    extractor = FRENCH if language == "fr" else EXTRACTOR
    return ExtractedDocument(document=doc, sentences=sentences, mentions=extractor.extract(doc, sentences))


def contradictions(*docs: ExtractedDocument, window: int = 7):
    docs_list = list(docs)
    link_entities(docs_list, RULES)
    return office_contradictions(docs_list, READER, window)


def test_two_offices_of_one_person_on_one_day_contradict() -> None:
    fr = article("fr1", date(2026, 3, 4), ["La procureure du Roi de Liège, Marie Dubois, a ouvert une enquête."], "fr")
    en = article("en1", date(2026, 3, 4), ["Investigating judge Marie Dubois said the driver was charged."])
    [finding] = contradictions(fr, en)
    assert finding.kind == "contradiction"
    assert finding.subject == "office of Marie Dubois"
    assert finding.documents == ["en1", "fr1"]
    assert len(finding.quotes) == 2


@pytest.mark.parametrize(
    ("first", "second", "days"),
    [
        # One office in two languages.
        (["Le bourgmestre de Dinant, Luc Marchal, a décrété un deuil communal."], ["Dinant mayor Luc Marchal declared a day of mourning."], 0),
        # An office and an office it covers.
        (["Judge Marie Dubois opened the hearing."], ["Investigating judge Marie Dubois said the driver was charged."], 0),
        # A past office says nothing of today's.
        (["The former mayor, Luc Marchal, said the line was dangerous."], ["Prosecutor Luc Marchal opened an inquiry."], 0),
        # Sources far apart in time may tell of a new office.
        (["Prosecutor Marie Dubois opened an inquiry."], ["Judge Marie Dubois opened the hearing."], 60),
    ],
)
def test_offices_that_do_not_contradict(first: list[str], second: list[str], days: int) -> None:
    language = "fr" if first[0].startswith("Le ") else "en"
    a = article("a", date(2026, 3, 4), first, language)
    b = article("b", date.fromordinal(date(2026, 3, 4).toordinal() + days), second)
    assert contradictions(a, b) == []


@pytest.mark.parametrize(
    ("first", "second", "offices"),
    [
        # A role in apposition before the name, in two languages: a flight's two pilots.
        ((["The captain, Ines Carvalho, landed the plane calmly."], "en"),
         (["« La copilote, Inês Carvalho, a posé l'avion », a dit la compagnie."], "fr"), ["captain", "first officer"]),
        # An athlete's coach and his agent, before and after the name.
        ((["His coach, Peter Kibet, said he was shocked."], "en"),
         (["The runner will appeal, Peter Kibet, Langat's agent, said."], "en"), ["agent", "coach"]),
        ((["Le porte-parole de la compagnie, Rui Costa, a confirmé l'incident."], "fr"),
         (["The airline's chief executive, Rui Costa, said there was no delay."], "en"), ["chief executive", "spokesperson"]),
    ],
)
def test_two_roles_of_one_domain_contradict(first, second, offices) -> None:
    a = article("a", date(2026, 9, 6), first[0], first[1])
    b = article("b", date(2026, 9, 7), second[0], second[1])
    [finding] = contradictions(a, b)
    assert sorted(v.split(" (")[1].split(",")[0] for v in (x.value for x in finding.values)) == offices


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Offices of two domains: an air force captain may be its spokesman.
        ("Captain Rui Costa said the jet was grounded.", "The air force spokesman, Rui Costa, said the jet was grounded."),
        # A lawyer who speaks for the family.
        ("The family's lawyer, Ann Roe, asked for calm.", "The family's spokeswoman, Ann Roe, asked for calm."),
        # The pilot may be the captain.
        ("The pilot, Ines Carvalho, landed safely.", "The captain, Ines Carvalho, landed safely."),
    ],
)
def test_roles_that_go_together_do_not_contradict(first: str, second: str) -> None:
    a = article("a", date(2026, 9, 6), [first])
    b = article("b", date(2026, 9, 6), [second])
    assert contradictions(a, b) == []


def test_a_surname_alone_is_not_compared() -> None:
    a = article("a", date(2026, 3, 4), ["Prosecutor Dubois opened an inquiry."])
    b = article("b", date(2026, 3, 4), ["Judge Dubois opened the hearing."])
    assert contradictions(a, b) == []
