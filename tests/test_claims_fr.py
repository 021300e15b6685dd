"""French claim data (rules/fr/events/): French event words fall in the English event classes, so
claims from French and English articles about one event can be compared; French articles make
claims of their own."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck.extract.lexicon import lexicons
from crosscheck.pipeline import extract_documents
from crosscheck.rules import default_rules_dir, load_rule_file, load_rules

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def lexicon():
    return lexicons(load_rules())


@pytest.mark.parametrize("french, english", [
    ("tués", "killed"), ("mort", "death"), ("retirés", "withdrawn"), ("rencontré", "met"), ("rencontre", "meeting"),
    ("putsch", "coup"), ("attaque", "attack"), ("déployés", "deployed"), ("visite", "visit"), ("téléphone", "phone"),
    ("entretien", "conversation"), ("blessés", "wounded"), ("enlevés", "kidnapped"), ("arrêtés", "arrested"),
    ("signé", "signed"), ("élection", "election"), ("renversé", "overthrew"), ("évoqué", "discussed"),
    ("embuscade", "ambush"),
])
def test_french_event_words_share_the_english_class(lexicon, french, english):
    assert lexicon["fr"].lookup(french)[1] == lexicon["en"].lookup(english)[1]


def test_french_class_examples(lexicon):
    model, problems = load_rule_file(default_rules_dir() / "fr" / "events" / "classes.yaml")
    assert not problems
    for sentence in model.examples.match:
        assert lexicon["fr"].event_words(sentence), sentence
    for sentence in model.examples.no_match:
        assert not lexicon["fr"].event_words(sentence), sentence


def test_french_words_are_not_english_events(lexicon):
    assert lexicon["en"].lookup("tués") is None and lexicon["fr"].lookup("killed") is None


def test_french_article_makes_claims_with_french_predicates():
    docs, _ = extract_documents([FIXTURES / "articles_fr" / "fr_sputnik.txt"], load_rules())
    claims = docs[0].claims
    call = [c for c in claims if c.kind == "converse" and c.predicate == "entretenir"]
    assert call and {"vladimir-putin", "abdourahamane-tiani"} <= set(call[0].participants)
