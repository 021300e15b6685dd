"""Word senses told by object, preposition and voice, and periphrases read as the event they
name, in English and French (rules/*/events/classes.yaml ``senses``, lexicon_news.yaml, cues.yaml):
"fired three shots" is a shooting and "was fired" a dismissal; "a fait usage de son arme" fires;
"mis en examen" charges; "have until June 30 to" is a deadline."""

from __future__ import annotations

import pytest

from crosscheck.extract.lexicon import Lexicon, lexicons
from crosscheck.pipeline import extract_documents


@pytest.fixture(scope="module")
def tables(rules) -> dict[str, Lexicon]:
    return lexicons(rules)


def _class_of(tables, language: str, text: str, word: str) -> str | None:
    return next((w.event_class for w in tables[language].event_words(text)
                 if text[w.start : w.end].replace("’", "'").split("'")[-1] == word), None)


@pytest.mark.parametrize(("language", "text", "word", "expected"), [
    # firing a weapon: by its object, an adverb, a preposition, no object, or shots as its subject
    ("en", "The officer fired three shots, one of which hit the driver.", "fired", "shoot"),
    ("en", "A soldier fired his service weapon at the car.", "fired", "shoot"),
    ("en", "Police fired tear gas to disperse the crowd.", "fired", "shoot"),
    ("en", "The gunman fired twice before fleeing.", "fired", "shoot"),
    ("en", "Shots were fired outside the stadium on Sunday.", "fired", "shoot"),
    ("en", "His lawyer said he had fired because he feared for his colleague.", "fired", "shoot"),
    ("en", "The guard fired in self-defence, the prosecutor said.", "fired", "shoot"),
    ("en", "The car was fired at by the patrol.", "fired", "shoot"),
    ("en", "The officer used his service weapon during the stop.", "used", "shoot"),
    ("fr", "Un gardien de la paix a fait usage de son arme à deux reprises.", "usage", "shoot"),
    ("fr", "Les policiers ont fait usage de leurs armes.", "usage", "shoot"),
    ("fr", "Le tireur a fait feu sur les passants.", "feu", "shoot"),
    ("fr", "Les militaires ont ouvert le feu sur la foule.", "feu", "shoot"),
    # a dismissal: the passive of a person, or a person as the object
    ("en", "The coach was fired on Monday after a string of defeats.", "fired", "dismiss"),
    ("en", "The board fired the chief executive.", "fired", "dismiss"),
    # justice and police periphrases
    ("fr", "Le policier a été mis en examen mercredi pour homicide volontaire.", "examen", "charge"),
    ("fr", "Sa mise en examen a été annoncée jeudi.", "examen", "charge"),
    ("fr", "Les deux suspects ont été déférés au parquet vendredi.", "déférés", "arraign"),
    ("fr", "Le directeur aurait été informé de la présence de l'impureté dès mars.", "informé", "inform"),
    # "faire état de": to report (a verb of saying)
    ("fr", "Dimanche matin, le bilan faisait état de 31 blessés.", "état", "say"),
    ("fr", "Les autorités font état d'une dizaine de morts.", "état", "say"),
    # gatherings a group calls
    ("en", "The family has called a silent march for Saturday.", "march", "march"),
    ("en", "Unions held a rally outside parliament.", "rally", "rally"),
])
def test_a_sense_is_told_by_the_words_around_it(tables, language, text, word, expected):
    assert _class_of(tables, language, text, word) == expected


@pytest.mark.parametrize(("language", "text", "word"), [
    ("en", "The study used a new method.", "used"),
    ("fr", "L'usage du téléphone est interdit en classe.", "usage"),
    ("fr", "L'examen du projet de loi reprendra mardi.", "examen"),
    ("fr", "Le navire était en bon état.", "état"),
    ("fr", "L'état d'urgence a été prolongé.", "état"),
])
def test_a_periphrasis_word_elsewhere_names_no_event(tables, language, text, word):
    assert _class_of(tables, language, text, word) is None


@pytest.mark.parametrize(("language", "text", "predicate"), [
    ("en", "Pharmacies have until June 30 to return the boxes to wholesalers.", "return"),
    ("fr", "Les officines ont jusqu'au 30 juin pour retourner les boîtes au grossiste.", "retourner"),
])
def test_a_deadline_is_a_claim_due_by_its_date(rules, tmp_path, language, text, predicate):
    """"have until June 30 to return", "ont jusqu'au 30 juin pour retourner": the event is due by
    the deadline (expected), dated by it, in both languages alike."""
    path = tmp_path / f"{language}.txt"
    path.write_text(f"Published 10 June 2026\n\n{text}\n", encoding="utf-8")
    [doc], _ = extract_documents([path], rules)
    claim = next(c for c in doc.claims if c.predicate == predicate)
    assert claim.modality == "expected"
    assert claim.time is not None and (claim.time.end.month, claim.time.end.day) == (6, 30)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The Council of Ministers on Saturday declared a 30-day state of emergency for the province."),
    ("en", "The government declared a national disaster on Monday."),
    ("fr", "Le Conseil des ministres a décrété samedi l'état d'urgence pour trente jours dans la province."),
    ("fr", "Le gouvernement a décrété lundi l'état de sinistre national."),
])
def test_declaring_a_state_is_one_act_in_both_languages(rules, tmp_path, language, text):
    """"declared a national disaster", "a décrété l'état de sinistre national", "declared a state
    of emergency", "a décrété l'état d'urgence": a dated declaration (announcement) in both
    languages alike."""
    path = tmp_path / f"{language}.txt"
    path.write_text(f"Published 10 June 2026\n\n{text}\n", encoding="utf-8")
    [doc], _ = extract_documents([path], rules)
    assert any(c.kind == "announcement" and c.time is not None for c in doc.claims), [(c.kind, c.time) for c in doc.claims]
