"""A verb and the nominalised event it governs are one claim (extract/governed.py): the event's
class, dated by the verb's time, with the verb's subject as agent, in both languages."""

from __future__ import annotations

import pytest

from claim_helpers import claims_in, day, org, person
from crosscheck.extract.claims import ClaimExtractor
from crosscheck.pipeline import extract_documents


@pytest.fixture(scope="module")
def extractors(rules) -> dict[str, ClaimExtractor]:
    return {"en": ClaimExtractor(rules, "en"), "fr": ClaimExtractor(rules, "fr")}


ANSM = org("ANSM")
ACME = org("Acme Corp")


@pytest.mark.parametrize(("language", "text", "spans", "kind", "governor"), [
    # health: a regulator's recall
    ("en", "France's medicines regulator ANSM on Tuesday ordered the recall of 14 batches of the drug.",
     [("ANSM", ANSM), ("on Tuesday", day("2026-06-09"))], "recall", "order"),
    ("fr", "L'agence ANSM a annoncé mardi le rappel de 14 lots du médicament.",
     [("ANSM", ANSM), ("mardi", day("2026-06-09"))], "recall", "annoncer"),
    # business: an acquisition made public
    ("en", "Acme Corp on Monday announced the acquisition of a rival for $3 billion.",
     [("Acme Corp", ACME), ("on Monday", day("2026-06-08"))], "buy", "announce"),
    ("fr", "Le groupe Acme Corp a confirmé lundi le rachat d'un concurrent.",
     [("Acme Corp", ACME), ("lundi", day("2026-06-08"))], "buy", "confirmer"),
    # disasters and public order: an evacuation or a closure ordered
    ("en", "Governor Ana Ruiz on Sunday ordered the evacuation of the coastal towns.",
     [("Ana Ruiz", person("ana-ruiz", "Ana Ruiz")), ("on Sunday", day("2026-06-07"))], "evacuate", "order"),
    ("fr", "Le préfet Jean Morel a ordonné dimanche l'évacuation des villages.",
     [("Jean Morel", person("jean-morel", "Jean Morel")), ("dimanche", day("2026-06-07"))], "evacuate", "ordonner"),
    ("en", "The board of Acme Corp on Friday approved the merger with its rival.",
     [("Acme Corp", ACME), ("on Friday", day("2026-06-05"))], "merge", "approve"),
    ("fr", "Le conseil d'Acme Corp a approuvé vendredi la fusion avec son concurrent.",
     [("Acme Corp", ACME), ("vendredi", day("2026-06-05"))], "merge", "approuver"),
])
def test_a_governing_verb_and_its_event_are_one_claim_dated_by_the_verb(extractors, language, text, spans, kind, governor):
    claims = claims_in(extractors, language, text, spans)
    assert governor not in [c.predicate for c in claims], [(c.kind, c.predicate) for c in claims]
    event = next(c for c in claims if c.kind == kind)
    assert event.time is not None and event.time.start == spans[1][1].start
    assert event.participants and event.participants[0] == spans[0][1].entity
    assert {a.role for a in event.arguments} >= {"time"}


@pytest.mark.parametrize(("language", "text", "spans"), [
    ("en", "The recall of 14 batches in France on Tuesday, ordered by the agency ANSM, followed the tests.",
     [("on Tuesday", day("2026-06-09")), ("ANSM", ANSM)]),
    ("fr", "Le rappel de 14 lots en France mardi, ordonné par l'agence ANSM, a suivi les analyses.",
     [("mardi", day("2026-06-09")), ("ANSM", ANSM)]),
])
def test_a_participle_with_its_agent_after_the_event_gives_the_event_its_agent(extractors, language, text, spans):
    claims = claims_in(extractors, language, text, spans)
    recall = next(c for c in claims if c.kind == "recall")
    assert "order" not in [c.kind for c in claims]
    assert "name:ansm" in recall.participants or "ansm" in recall.participants
    assert recall.time is not None


@pytest.mark.parametrize(("language", "text", "spans", "kind"), [
    # a participle of ordering right after its event noun, then its time or its agent: one act
    ("en", "An investigation ordered by the prosecutor on Tuesday found no fault.",
     [("on Tuesday", day("2026-06-09"))], "investigate"),
    ("en", "The recall ordered on Tuesday covers 14 batches.", [("on Tuesday", day("2026-06-09"))], "recall"),
    ("fr", "L'enquête ordonnée mardi par le parquet a conclu à un accident.", [("mardi", day("2026-06-09"))], "investigate"),
    ("fr", "L'évacuation décidée dimanche par le préfet concerne trois villages.", [("dimanche", day("2026-06-07"))], "evacuate"),
])
def test_a_participle_of_ordering_right_after_its_event_is_that_event(extractors, language, text, spans, kind):
    """"the recount ordered on Monday", "le recomptage ordonné lundi": the order is the event's
    (two sources, one writing "ordered a recount", one "le recomptage ordonné", tell one act)."""
    claims = claims_in(extractors, language, text, spans)
    assert kind in [c.kind for c in claims] and "order" not in [c.kind for c in claims], [(c.kind, c.predicate) for c in claims]


@pytest.mark.parametrize(("language", "text", "governor"), [
    # an announcer right after a noun that is its subject ("The inquiry announced on Tuesday
    # that ..."): a statement, no participle of ordering
    ("en", "The inquiry announced on Tuesday that it had found no fault.", "announce"),
    # a participle of ordering with neither its time nor its agent after it
    ("en", "The evacuation ordered residents out of the valley.", "order"),
    # a statement with its "that" left out: the noun is the subject of what follows
    ("en", "The agency confirmed the recall was a precaution.", "confirm"),
    ("fr", "L'agence a confirmé le rappel était une précaution.", "confirmer"),
    # no event noun as the object: a person ordered to act
    ("en", "Officials ordered residents to leave the island.", "order"),
    ("fr", "Le préfet a ordonné aux habitants de quitter l'île.", "ordonner"),
    # a clause mark between the verb and the noun
    ("en", "The court ordered, after the attack on the convoy, a review.", "order"),
])
def test_a_verb_that_governs_no_event_noun_keeps_its_claim(extractors, language, text, governor):
    assert governor in [c.predicate for c in claims_in(extractors, language, text, [])]


@pytest.mark.parametrize(("language", "text", "happening", "governor"), [
    ("en", "The Health Ministry on Sunday confirmed the death of a second patient.", "die", "confirm"),
    ("en", "The ministry declared a cholera outbreak in the region on Monday.", "sicken", "declare"),  # an outbreak's class
    ("fr", "Le ministère a confirmé dimanche la mort d'un deuxième patient.", "die", "confirmer"),
])
def test_a_happening_an_announcer_only_reports_stays_apart_from_the_statement(extractors, language, text, happening, governor):
    """"confirmed the death of", "declared an outbreak": the announcer did not cause the
    happening, and the day of the statement is not the day it happened."""
    claims = claims_in(extractors, language, text, [])
    assert governor in [c.predicate for c in claims]
    assert happening in [c.kind for c in claims]


def test_rule_examples_fold_their_governor(rules, tmp_path):
    """The examples of rules/<lang>/events/governors.yaml, read with the real name and time
    extractors, one paragraph each: a governor stays a claim of its own only in ``no_match``."""
    for language in ("en", "fr"):
        governors = next(f for f in rules.get("event_governors", language) if f.language == language)
        words = set(governors.orders) | set(governors.announces)
        sentences = governors.examples.match + governors.examples.no_match
        path = tmp_path / f"{language}.txt"
        path.write_text("\n\n".join(["Published 10 June 2026"] + sentences) + "\n", encoding="utf-8")
        [doc], _ = extract_documents([path], rules)
        for sentence in sentences:
            told = {c.predicate for c in doc.claims if c.text == sentence}
            assert bool(words & told) == (sentence in governors.examples.no_match), (sentence, told)
