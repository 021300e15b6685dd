"""Organisations named by a generic head, and the definite descriptions that refer back to them
(extract/name_orgs.py; issue 15, item 4)."""

from __future__ import annotations

import pytest

from claim_helpers import paragraph_document
from crosscheck.extract import Extractors
from crosscheck.extract.name_rules import TitleRules
from crosscheck.extract.names import NameExtractor
from crosscheck.extract.sentences import split_sentences
from crosscheck.rules import load_rules

RULES = load_rules()
ENGLISH = NameExtractor(RULES)
FRENCH = NameExtractor(RULES, "fr")
EXTRACTORS = Extractors(RULES)


def organisations(paragraphs: list[str], language: str = "en") -> list[tuple[str, str]]:
    """(text, entity) of every organisation mention, in text order."""
    doc = paragraph_document(paragraphs, language, "o1")
    extractor = FRENCH if language == "fr" else ENGLISH
    return [(m.text, m.value.entity) for m in extractor.extract(doc, split_sentences(doc)) if m.kind == "organization"]


@pytest.mark.parametrize(("sentence", "language", "name"), [
    ("Doctors at Eastholm Hospitals NHS Foundation Trust were told to use paper records.", "en",
     "Eastholm Hospitals NHS Foundation Trust"),
    ("The Central Bank of Arvenia cut its main rate on Thursday.", "en", "Central Bank of Arvenia"),
    ("Officials at the Ministry of Water and Sanitation said the pumps had failed.", "en", "Ministry of Water and Sanitation"),
    ("The North Atlantic Council met in Brussels.", "en", "North Atlantic Council"),
    ("La Banque centrale des États de l'Afrique de l'Ouest a maintenu son taux.", "fr",
     "Banque centrale des États de l'Afrique de l'Ouest"),
    ("Selon le ministère de la Santé, douze personnes ont été blessées.", "fr", "ministère de la Santé"),
    ("Le Comité de politique monétaire se réunira le 22 octobre.", "fr", "Comité de politique monétaire"),
    ("Le syndicat a appelé à la grève, a indiqué la Fédération nationale des cheminots.", "fr",
     "Fédération nationale des cheminots"),
    # a country's adjective, which no adjective ending tells, ends no French name
    ("Selon nos sources, la Banque nationale suisse lui avait accordé un prêt.", "fr", "Banque nationale suisse"),
    ("La Fédération royale belge a suspendu le joueur.", "fr", "Fédération royale belge"),
    # a head after an elided article
    ("L'Autorité de la concurrence a infligé une amende au groupe.", "fr", "Autorité de la concurrence"),
    ("Le porte-parole de l'Office fédéral de la santé publique a confirmé.", "fr", "Office fédéral de la santé publique"),
])
def test_an_organisation_named_by_its_head_is_a_mention(sentence, language, name) -> None:
    assert name in [text for text, _ in organisations([sentence], language)]


@pytest.mark.parametrize(("sentence", "language"), [
    ("The Minister of Health said the pumps had failed.", "en"),
    ("The bank said inflation was slowing.", "en"),
    ("Le comité a décidé de baisser le taux.", "fr"),
    ("Le ministre de l'Intérieur a annoncé un couvre-feu.", "fr"),
])
def test_a_title_or_a_lone_description_names_no_organisation(sentence, language) -> None:
    assert organisations([sentence], language) == []


def test_two_names_joined_by_of_stay_two() -> None:
    found = organisations(["The Monetary Policy Committee of the Central Bank of Arvenia cut the rate."])
    assert [text for text, _ in found] == ["Monetary Policy Committee", "Central Bank of Arvenia"]


def test_a_definite_description_refers_back_to_the_last_organisation_with_its_head() -> None:
    found = organisations([
        "Eastholm Hospitals NHS Foundation Trust said it had been hit by a cyber attack.",
        "The Central Bank of Arvenia was not affected.",
        "The trust said 900 operations had been postponed. The hospitals reopened on Friday, the bank said.",
    ])
    trust, bank = "name:eastholm-hospitals-nhs-foundation-trust", "name:central-bank-of-arvenia"
    assert found == [("Eastholm Hospitals NHS Foundation Trust", trust), ("Central Bank of Arvenia", bank),
                     ("trust", trust), ("hospitals", trust), ("bank", bank)]


def test_a_french_description_takes_the_adjective_the_name_has() -> None:
    found = organisations(["La Banque centrale de Sirvanie a abaissé son taux.",
                           "La banque centrale a déclaré que l'inflation ralentissait."], "fr")
    assert found[1] == ("banque centrale", "name:banque-centrale-de-sirvanie")


def test_a_description_before_any_name_looks_at_the_next_sentences() -> None:
    found = organisations(["A cyber attack on the trust that runs Eastholm General has disrupted care.",
                           "Eastholm Hospitals NHS Foundation Trust said it had called in experts."])
    assert ("trust", "name:eastholm-hospitals-nhs-foundation-trust") in found


def test_a_description_with_no_organisation_of_its_head_names_nobody() -> None:
    assert organisations(["Eastholm Hospitals NHS Foundation Trust was hit.", "The bank said nothing."]) == [
        ("Eastholm Hospitals NHS Foundation Trust", "name:eastholm-hospitals-nhs-foundation-trust")]


def test_a_description_inside_a_persons_role_is_no_mention() -> None:
    found = organisations(["Eastholm Hospitals NHS Foundation Trust was hit on Monday.",
                           "Dr Ruth Adair, chief executive of the trust, apologised.",
                           "The trust's medical director, Dr Ian Pole, said care was safe."])
    assert [text for text, _ in found] == ["Eastholm Hospitals NHS Foundation Trust"]


@pytest.mark.parametrize(("paragraphs", "language"), [
    (["A criminal group calling itself Grey Lynx said it carried out the attack.", "The group asked for money."], "en"),
    (["Un groupe armé se faisant appeler Katiba Sud a revendiqué l'attaque.", "Le groupe a exigé une rançon."], "fr"),
])
def test_a_name_given_by_a_description_is_an_organisation_with_that_head(paragraphs, language) -> None:
    found = organisations(paragraphs, language)
    assert len(found) == 2 and found[0][1] == found[1][1] and found[0][0] in ("Grey Lynx", "Katiba Sud")


def test_rule_examples_name_an_organisation_or_none() -> None:
    for rule_file in RULES.get("titles"):
        naming = rule_file.organizations if isinstance(rule_file, TitleRules) else None
        if naming is None:
            continue
        for text in naming.examples.match:
            assert organisations([text], rule_file.language), text
        for text in naming.examples.no_match:
            assert not organisations([text], rule_file.language), text


def claims_of(paragraphs: list[str], language: str = "en"):
    extracted = EXTRACTORS.extract(paragraph_document(paragraphs, language, "o1"))
    return extracted.claims


def test_an_organisation_attacked_or_saying_it_was_is_a_participant() -> None:
    claims = claims_of(["Eastholm Hospitals NHS Foundation Trust said on Tuesday it had been hit by a cyber attack.",
                        "The attack on the trust disrupted blood tests."])
    trust = "name:eastholm-hospitals-nhs-foundation-trust"
    attacks = [c for c in claims if c.kind == "attack"]
    assert len(attacks) == 2 and all(trust in c.participants for c in attacks)


@pytest.mark.parametrize(("paragraphs", "language", "outlet"), [
    (["The mayor of Tillsby, Jon Berg, told the Harbour Herald that the fire had reached the town."], "en", "harbour"),
    (["« Aucune rançon n'a été versée », a déclaré le gouverneur à Radio Kora."], "fr", "radio-kora"),
])
def test_an_outlet_told_is_no_participant(paragraphs, language, outlet) -> None:
    for claim in claims_of(paragraphs, language):
        assert not any(outlet in p for p in claim.participants), claim


def test_an_indefinite_description_is_a_first_mention_before_the_name() -> None:
    trust = "name:eastholm-hospitals-nhs-foundation-trust"
    found = organisations(["Hackers who attacked an English hospital trust stole patient data.",
                           "Eastholm Hospitals NHS Foundation Trust said it had called in experts."])
    assert ("trust", trust) in found
    found = organisations(["Eastholm Hospitals NHS Foundation Trust was hit.", "A second trust was hit on Friday."])
    assert [text for text, _ in found] == ["Eastholm Hospitals NHS Foundation Trust"]


# -------------------------------------------------------------- kinds of organisation, pronouns

STORM_FIRM = ["Coastline Ferries cancelled all crossings on Friday as the storm reached the coast.",
              "The operator said the first boats would sail again on Sunday."]


@pytest.mark.parametrize(("paragraphs", "language", "description", "name"), [
    # A generic description refers back to the one organisation of its kind named before.
    (STORM_FIRM, "en", "operator", "Coastline Ferries"),
    (["Striking pilots grounded Skyrun Airlines on Monday.", "The carrier cancelled 140 flights."], "en", "carrier",
     "Skyrun Airlines"),
    (["The Data Protection Commission fined Morland Telecom on Tuesday.", "The company said it would appeal."], "en",
     "company", "Morland Telecom"),
    (["The Data Protection Commission fined Morland Telecom on Tuesday.", "The regulator said the breach was serious."],
     "en", "regulator", "Data Protection Commission"),
    # A head written before the name makes an organisation of the head's kind ("insurer X").
    (["The listing of insurer Halden was delayed.", "The company blamed the markets."], "en", "company", "Halden"),
    (["Des grévistes bloquent les dépôts de la société Mirabel Transports depuis lundi.",
      "L'entreprise dénonce un blocage illégal."], "fr", "entreprise", "Mirabel Transports"),
    (["Les ravisseurs ont libéré un ingénieur de Kasai Mining Resources.", "La société a confirmé sa libération."],
     "fr", "société", "Kasai Mining Resources"),
])
def test_a_generic_description_refers_back_to_the_one_organisation_of_its_kind(paragraphs, language, description, name) -> None:
    found = organisations(paragraphs, language)
    entity = dict(found)[name]
    assert (description, entity) in found


@pytest.mark.parametrize(("paragraphs", "language"), [
    # Two organisations of the kind: the description is not resolved.
    (["Coastline Ferries and Northsea Shipping cancelled all crossings.", "The operator said boats would sail on Sunday."], "en"),
    # An organisation of another kind only.
    (["The Data Protection Commission opened an inquiry.", "The company said it would appeal."], "en"),
    # The description that names the next name ("the operator Eirlink") refers back to nobody.
    (["Coastline Ferries cancelled all crossings.", "In 2023 the regulator fined the operator Eirlink."], "en"),
    # A fixed expression ("la société civile") and a description with an adjective the company's name lacks.
    (["La société Kivu Gold Resources rejette toute faute.", "Les organisations de la société civile réclament une enquête."], "fr"),
    (["Des grévistes bloquent Kasai Mining Resources.", "Le groupe armé a revendiqué l'attaque."], "fr"),
])
def test_a_generic_description_with_no_one_organisation_of_its_kind_names_nobody(paragraphs, language) -> None:
    found = organisations(paragraphs, language)
    assert all(text[:1].isupper() for text, _ in found), found


@pytest.mark.parametrize(("paragraphs", "linked"), [
    (["Au cœur de la polémique, la société Kivu Gold Resources, titulaire du permis.",
      "Elle a démenti jeudi avoir reçu le moindre avertissement."], True),
    (["Kasai Mining Resources a saisi la justice mardi.", "Il réclame l'expulsion des grévistes."], True),
    # The sentence before names a person too: "Il" may be either.
    (["Kasai Mining Resources et son patron, Paul Roux, ont saisi la justice.", "Il réclame l'expulsion des grévistes."], False),
    # An impersonal "il".
    (["Kasai Mining Resources a saisi la justice mardi.", "Il y a eu des heurts devant le dépôt."], False),
    # Two organisations.
    (["Kasai Mining Resources a saisi la Commission nationale des mines.", "Elle a répondu jeudi."], False),
])
def test_a_french_subject_pronoun_refers_back_to_the_organisation_of_the_sentence_before(paragraphs, linked) -> None:
    found = organisations(paragraphs, "fr")
    assert any(text in ("Elle", "Il") for text, _ in found) is linked, found


def test_an_organisation_referred_to_by_its_kind_is_the_participant_of_the_claim() -> None:
    claims = claims_of(["Coastline Ferries cancelled all crossings on Friday as the storm reached the coast.",
                        "The operator detected a fault in the engine of one ferry on Saturday."])
    detected = [c for c in claims if "Saturday" in c.text and c.kind in ("detect", "discover", "find")]  # "detected": the class of finding
    assert detected and all("name:coastline-ferries" in c.participants for c in detected), claims


def people(paragraphs: list[str], language: str = "en") -> list[str]:
    doc = paragraph_document(paragraphs, language, "o1")
    extractor = FRENCH if language == "fr" else ENGLISH
    return [m.text for m in extractor.extract(doc, split_sentences(doc)) if m.kind == "person"]


@pytest.mark.parametrize(("paragraphs", "language", "name"), [
    # "it" refers back to the subject: a company, whatever its words.
    (["Solvik Energi said it had postponed its listing on Monday."], "en", "Solvik Energi"),
    (["The ships were rerouted on Friday.", "Hanse Line, which operates 40 vessels, gave no reason."], "en", "Hanse Line"),
    # The subject of a verb, written in capitals.
    (["HAROPA PORT denied the report on Tuesday."], "en", "HAROPA PORT"),
    # The subject of a verb whose last word is a common noun of the article.
    (["The shipping line gave no reason.", "Hanse Line diverted two ships to Antwerp."], "en", "Hanse Line"),
    (["HAROPA PORT a démenti l'information mardi."], "fr", "HAROPA PORT"),
])
def test_an_organisation_by_its_position_as_a_subject(paragraphs, language, name):
    assert name in [text for text, _ in organisations(paragraphs, language)]


@pytest.mark.parametrize("paragraphs", [
    # A person says "it" of something else only after a noun; "he" refers to a person.
    ["Yannick Lemarchand said the strike would go on."],
    ["Peter Mutharika said it was time to go."],
])
def test_a_person_stays_a_person(paragraphs):
    assert people(paragraphs) and not organisations(paragraphs)
