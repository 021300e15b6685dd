"""Clauses told as possible, not as done (extract/modality.py): modal auxiliaries, conditions,
questions and to-infinitives make claims of modality "possible", which comparison never counts
as a report of the event."""

from __future__ import annotations

import pytest

from claim_helpers import build, extracted, person
from crosscheck.compare import compare
from crosscheck.extract.claims import ClaimExtractor
from crosscheck.rules import load_rules


@pytest.fixture(scope="module")
def french_extractor(rules) -> ClaimExtractor:
    return ClaimExtractor(rules, "fr")


def _modality(extractor, text: str, predicate: str, language: str | None = None) -> str:
    doc, sentences, mentions = build("d", "2024-03-27", text, [])
    if language is not None:
        doc = doc.model_copy(update={"language": language})
    return next(c.modality for c in extractor.extract(doc, sentences, mentions) if c.predicate == predicate)


@pytest.mark.parametrize(("text", "predicate", "modality"), [
    # A modal auxiliary: possible; "could not" is a negation of what happened, not a possibility.
    ("U.S. consumers could find tariff-free products elsewhere.", "find", "possible"),
    ("A stabbing may have occurred after the train left the station.", "occur", "possible"),
    ("We should stop the tests.", "stop", "possible"),
    # "May" in capitals is the month.
    ("In May, thieves stole jewellery from the store.", "steal", "asserted"),
    # A condition, a doubt, a question.
    ("Rahman will fight only if he drops his price.", "drop", "possible"),
    ("It's highly doubtful he would be moved.", "move", "possible"),
    ("Could they swoop in with an overwhelming offer?", "offer", "possible"),
    # What a clause before the question's comma tells is known, not asked.
    ("Now that the Angels have lost out on Sabathia, will they bid for Teixeira?", "lose", "asserted"),
    # A to-infinitive after a head that does not tell it as done, also passive and coordinated.
    ("Here's a company that's willing to pay for the eyeballs.", "pay", "possible"),
    ("Rescue teams used boats to reach families stranded on rooftops.", "reach", "possible"),
    ("He held talks on Tuesday to discuss security and combat terrorism.", "combat", "possible"),
    # After a verb of will or attempt, or a choice of who is to do it: intended.
    ("Richardson wants Rudolph to be disciplined.", "discipline", "planned"),
    ("On sighting the warship, the pirates attempted to escape.", "escape", "planned"),
    ("The agency selected 11 companies to conduct studies and build prototypes.", "build", "planned"),
    # Implicative heads, emotions about what is so and directives tell the infinitive's event as
    # done (a directive's event is the order itself); other modalities keep their own.
    ("Klitschko went on to win the fight.", "win", "asserted"),
    ("He managed to escape from prison.", "escape", "asserted"),
    ("They were forced to flee the town.", "flee", "asserted"),
    ("I am so excited to be hosting the Oscars.", "host", "asserted"),
    ("The DGAC had asked airlines to cut 40% of their flights.", "cut", "asserted"),
    ("Castelbrune agreed on Monday to buy Hollwerk.", "buy", "asserted"),
    ("Goita is expected to meet with Putin on Monday.", "meet", "expected"),
    ("The two sides agreed to meet again in Nairobi.", "meet", "planned"),
    ("Police arrested the suspect on Monday.", "arrest", "asserted"),
])
def test_possible_clauses(extractor, text, predicate, modality):
    assert _modality(extractor, text, predicate) == modality


@pytest.mark.parametrize(("text", "predicate", "modality"), [
    ("Les rebelles pourraient attaquer la ville.", "attaquer", "possible"),
    ("Est-ce que les deux hommes vont se rencontrer ?", "rencontrer", "possible"),
    ("Les rebelles se retireront si l'armée attaque la ville.", "attaque", "possible"),
    # "si" before an adjective or an adverb is no condition.
    ("La situation est si grave que l'armée a attaqué la ville.", "attaquer", "asserted"),
    ("L'armée a attaqué la ville si tôt que personne n'a fui.", "attaquer", "asserted"),
])
def test_possible_clauses_in_french(french_extractor, text, predicate, modality):
    assert _modality(french_extractor, text, predicate, "fr") == modality


def test_a_possible_account_makes_no_finding(extractor, rules):
    """Two sources telling an arrest agree; a third that says it could happen, or asks whether it
    did, neither joins them nor stands alone as a single-source account."""
    smith = person("john-smith", "John Smith", None)
    done = [extracted(extractor, f"a{i}", "2024-03-27", "Police arrested John Smith in Leeds on Monday.",
                      [("John Smith", smith)]) for i in (1, 2)]
    maybe = [extracted(extractor, "b1", "2024-03-27", "Police could arrest John Smith in Leeds soon.", [("John Smith", smith)]),
             extracted(extractor, "b2", "2024-03-27", "Will police arrest John Smith in Leeds?", [("John Smith", smith)])]
    assert [c.modality for ed in maybe for c in ed.claims if c.predicate == "arrest"] == ["possible", "possible"]
    findings = compare(done + maybe, rules).findings
    assert [tuple(f.documents) for f in findings if f.kind == "agreement"] == [("a1", "a2")]
    assert not {d for f in findings for d in f.documents} & {"b1", "b2"}
    assert not compare(maybe, rules).findings
