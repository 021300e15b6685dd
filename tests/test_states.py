"""Facts told as states and measures told as the object of a verb of reporting (extract/states.py):
a state names the event that brought it about; a reported measure carries its figure."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claim_helpers import claims_in, day, figure, org, person
from crosscheck.extract.claims import ClaimExtractor
from crosscheck.extract.lexicon import lexicons
from crosscheck.extract.states import state_readers


@pytest.fixture(scope="module")
def tables(rules):
    found = lexicons(rules)
    return found, state_readers(rules, found)


@pytest.fixture(scope="module")
def extractors(rules) -> dict[str, ClaimExtractor]:
    return {"en": ClaimExtractor(rules, "en"), "fr": ClaimExtractor(rules, "fr")}


def _added(tables, language: str, text: str):
    found, readers = tables
    lexicon = found[language]
    words = lexicon.event_words(text, 0, len(text))
    return [w for w in readers[language].words(text, 0, len(text), words, lexicon) if w not in words]


def test_rule_examples(rules, tables):
    """Each ``match`` example of rules/<lang>/events/states.yaml gives a state or a reported
    measure; no ``no_match`` example does."""
    found, readers = tables
    for language in ("en", "fr"):
        [table] = [f for f in rules.get("event_states", language) if f.language == language]
        named = set(table.states) | set(found[language].measures.values())
        for sentence in table.examples.match:
            lexicon = found[language]
            words = readers[language].words(sentence, 0, len(sentence), lexicon.event_words(sentence, 0, len(sentence)), lexicon)
            assert {w.event_class for w in words} & named, (sentence, words)
        for sentence in table.examples.no_match:
            assert not _added(tables, language, sentence), sentence


@pytest.mark.parametrize(("language", "text", "state", "kind"), [
    ("en", "Three people are still in hospital after the blast.", "in hospital", "hospitalise"),
    ("en", "The suspect was in police custody on Friday night.", "in police custody", "arrest"),
    ("en", "Dozens of rescue workers were on the scene within minutes.", "on the scene", "deploy"),
    ("en", "The lift has been out of service since March.", "out of service", "fail"),
    ("en", "Two hikers remain unaccounted for.", "unaccounted for", "vanish"),
    ("en", "The gunman is still at large.", "at large", "escape"),
    ("en", "Some 3,000 people are homeless after the floods.", "homeless", "displace"),
    ("fr", "Quelque 3 000 personnes sont sans abri après les inondations.", "sans abri", "displace"),
    ("en", "Some 40,000 homes were still without power on Sunday.", "without power", "interrupt"),
    ("fr", "Quelque 40 000 foyers restaient privés d'électricité dimanche.", "privés d'électricité", "interrupt"),
    ("en", "The boy is in a coma in hospital.", "in a coma", "injure"),
    ("fr", "Le garçon est toujours dans le coma.", "dans le coma", "injure"),
    ("en", "The driver is in a serious condition.", "in a serious condition", "injure"),
    ("fr", "Les deux suspects sont toujours en garde à vue.", "en garde à vue", "arrest"),
    ("fr", "Une cinquantaine de gendarmes étaient sur les lieux.", "sur les lieux", "deploy"),
    ("fr", "L'ascenseur est hors d'usage depuis mars.", "hors d'usage", "fail"),
    ("fr", "Le conducteur est entre la vie et la mort.", "entre la vie et la mort", "injure"),
    ("fr", "Le tireur est toujours en fuite.", "en fuite", "escape"),
    ("en", "Two of the pumps had been reported faulty in May.", "faulty", "fail"),
    ("en", "The brakes were defective, the inquiry found.", "defective", "fail"),
    ("fr", "Deux pompes avaient été signalées défaillantes en mai.", "défaillantes", "fail"),
    ("fr", "Les freins étaient défectueux, selon l'enquête.", "défectueux", "fail"),
])
def test_a_state_after_a_copula_names_the_event_that_brought_it_about(tables, language, text, state, kind):
    [word] = [w for w in _added(tables, language, text) if w.event_class == kind]
    assert text[word.start : word.end] == state


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The scene of the crash was sealed off."),  # no copula before it
    ("en", "Hospital staff said the ward was full."),
    ("en", "The report was missing two pages."),  # a lack, not a disappearance
    ("fr", "Les lieux du drame ont été bouclés."),
    ("fr", "Le service des urgences est saturé."),
])
def test_no_state_without_its_construction(tables, language, text):
    added = _added(tables, language, text)
    assert not added, added


@pytest.mark.parametrize(("language", "text", "spans", "measure", "reporter"), [
    ("en", "Acme Corp reported a net loss of 40 million euros for the first half.",
     [("Acme Corp", org("Acme Corp")), ("40 million euros", figure(40e6, 40e6, "EUR", "40 million euros", None))], "loss", "report"),
    ("en", "Acme Corp posted a record profit of 40 million euros.",
     [("Acme Corp", org("Acme Corp")), ("40 million euros", figure(40e6, 40e6, "EUR", "40 million euros", None))], "profit", "post"),
    ("fr", "Le groupe Acme Corp a enregistré une perte nette de 40 millions d'euros.",
     [("Acme Corp", org("Acme Corp")), ("40 millions d'euros", figure(40e6, 40e6, "EUR", "40 millions d'euros", None))],
     "loss", "enregistrer"),
    ("fr", "L'Union des ports Acme Corp estime les pertes à 40 millions d'euros par jour.",
     [("Acme Corp", org("Acme Corp")), ("40 millions d'euros", figure(40e6, 40e6, "EUR", "40 millions d'euros", None))],
     "loss", "estimer"),
    ("fr", "Le groupe Acme Corp a dégagé un bénéfice de 40 millions d'euros.",
     [("Acme Corp", org("Acme Corp")), ("40 millions d'euros", figure(40e6, 40e6, "EUR", "40 millions d'euros", None))],
     "profit", "dégager"),
    ("en", "Acme Corp made a loss of 40 million euros last year.",
     [("Acme Corp", org("Acme Corp")), ("40 million euros", figure(40e6, 40e6, "EUR", "40 million euros", None))], "loss", "make"),
    ("fr", "Le groupe Acme Corp a affiché mardi un bénéfice de 40 millions d'euros.",
     [("Acme Corp", org("Acme Corp")), ("mardi", day("2026-06-09")),
      ("40 millions d'euros", figure(40e6, 40e6, "EUR", "40 millions d'euros", None))], "profit", "afficher"),
])
def test_a_measure_reported_as_an_object_is_the_claim_with_its_figure(extractors, language, text, spans, measure, reporter):
    claims = claims_in(extractors, language, text, spans)
    assert reporter not in [c.predicate for c in claims], [(c.kind, c.predicate) for c in claims]
    [claim] = [c for c in claims if c.kind == measure]
    assert [f.exact for f in claim.figures] == [spans[-1][0]]


@pytest.mark.parametrize(("language", "text", "spans", "measure"), [
    ("en", "The port's losses amount to 25 million euros a day, the employers said.",
     [("25 million euros", figure(25e6, 25e6, "EUR", "25 million euros", None))], "loss"),
    ("en", "Annual revenue totalled 3 billion dollars.", [("3 billion dollars", figure(3e9, 3e9, "USD", "3 billion dollars", None))],
     "revenue"),
    ("fr", "Les pertes s'élèvent à 25 millions d'euros par jour.",
     [("25 millions d'euros", figure(25e6, 25e6, "EUR", "25 millions d'euros", None))], "loss"),
    ("fr", "Le déficit représente 4 % du PIB.", [("4 %", figure(4, 4, "percent", "4 %", None))], "deficit"),
])
def test_a_measure_before_a_verb_of_amount_is_the_claim_with_its_figure(extractors, language, text, spans, measure):
    claims = claims_in(extractors, language, text, spans)
    [claim] = [c for c in claims if c.kind == measure]
    assert [f.exact for f in claim.figures] == [spans[-1][0]]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Acme Corp reported that the loss was smaller."),  # a statement, not an object
    ("en", "The minister recorded a message for the victims."),  # no measure
    ("en", "The loss of the archive shocked the town."),  # no verb of reporting or of amount
    ("en", "The only defeat on Bowe's record was a loss to Holyfield in 1993."),  # "record" a noun
    ("fr", "Le groupe a annoncé que la perte serait moindre."),
    ("en", "The carmaker hopes to put a production version on sale next year."),  # a modifier, no measure
    ("fr", "La perte du club a surpris ses supporters."),
])
def test_no_reported_measure_outside_the_object(tables, language, text):
    measures = set(tables[0][language].measures.values())
    assert not [w for w in _added(tables, language, text) if w.event_class in measures]


@pytest.mark.parametrize(("language", "text", "spans"), [
    ("en", "The minister Ana Ruiz announced on Thursday an audit of 300 bridges.",
     [("Ana Ruiz", person("ana-ruiz", "Ana Ruiz")), ("on Thursday", day("2026-06-04"))]),
    ("fr", "Le ministre Jean Morel a annoncé jeudi soir un audit de 300 ponts.",
     [("Jean Morel", person("jean-morel", "Jean Morel")), ("jeudi soir", day("2026-06-04"))]),
])
def test_an_announced_audit_is_the_claim_with_the_announcer_as_agent(extractors, language, text, spans):
    """A day said between the verb and its object ("announced on Thursday an audit") does not
    keep the announcement apart from what it announces."""
    claims = claims_in(extractors, language, text, spans)
    [audit] = [c for c in claims if c.kind == "inspection"]
    assert spans[0][1].entity in audit.participants
    assert not [c for c in claims if c.predicate in ("announce", "annoncer")]


_WORDS = st.sampled_from(["the", "loss", "reported", "a", "is", "still", "in", "custody", "on", "scene", "amount", "to",
                          "out", "of", "order", "remains", "missing", "profit", "posted", "firm", ",", "."])


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=14))
def test_state_words_stay_in_order_and_never_overlap(tables, words):
    text = " ".join(words)
    found, readers = tables
    lexicon = found["en"]
    out = readers["en"].words(text, 0, len(text), lexicon.event_words(text, 0, len(text)), lexicon)
    assert out == sorted(out, key=lambda w: (w.start, w.end))
    assert all(a.end <= b.start for a, b in zip(out, out[1:]))


@pytest.mark.parametrize(("text", "spans"), [
    ("Le ministre a refusé de démissionner malgré la pression.", []),
    ("Le ministre a refusé lundi de démissionner malgré la pression.", [("lundi", day("2026-06-08"))]),
])
def test_a_refused_act_did_not_happen(extractors, text, spans):
    """French says a refusal with "refuser de" (as English "refused to"): the act is negated."""
    [resign] = [c for c in claims_in(extractors, "fr", text, spans) if c.predicate == "démissionner"]
    assert resign.polarity == "negative"


@pytest.mark.parametrize(("language", "text", "spans", "kind"), [
    ("fr", "Selon l'assureur, les dégâts causés par l'incendie de l'entrepôt s'élèvent à 3 millions d'euros.",
     [("3 millions d'euros", figure(3e6, 3e6, "EUR", "3 millions d'euros", None))], "damage"),
    ("en", "The damage caused by the storm amounts to 3 million euros, the insurer said.",
     [("3 million euros", figure(3e6, 3e6, "EUR", "3 million euros", None))], "damage"),
    ("en", "The stolen paintings, a Monet and two drawings, have been valued at 9 million euros, the police said.",
     [("9 million euros", figure(9e6, 9e6, "EUR", "9 million euros", None))], "steal"),
])
def test_a_figure_given_by_a_verb_of_amount_is_its_subjects(extractors, language, text, spans, kind):
    """Not the nearest event word's ("l'incendie") nor the saying's: the subject's of the verb
    of amount, in its clause or, set apart by an apposition, at the sentence's opening."""
    claims = claims_in(extractors, language, text, spans)
    owners = [c.kind for c in claims if c.figures]
    assert owners == [kind], [(c.kind, c.predicate, c.figures) for c in claims]


def _level(low: float, unit: str, exact: str, event: str, noun: str | None = None):
    return figure(low, low, unit, exact, event).model_copy(update={"noun": noun or unit})


@pytest.mark.parametrize(("language", "text", "spans", "kind", "measured"), [
    # a level told by nothing but a copula and a state, or under a verb of saying
    ("en", "The company confirmed the figures: 812 passengers and 40 crew were on board.",
     [("812", _level(812, "people", "812", "aboard")), ("40", _level(40, "crew", "40", "aboard"))], "aboard", ["812", "40"]),
    ("fr", "Le navire transportait 640 passagers et 31 membres d'équipage.",
     [("640", _level(640, "people", "640", "aboard")), ("31", _level(31, "crew", "31", "aboard"))], "aboard", ["640", "31"]),
    # a verb that only carries the figure gives way to the level's claim
    ("en", "The temperature at the airport reached 39.2C on Sunday, the weather service said.",
     [("39.2C", _level(39.2, "°C", "39.2C", "temperature", "temperature")), ("Sunday", day("2026-06-07"))], "temperature", ["39.2C"]),
    ("fr", "Un record de 39,8 °C a été relevé dimanche à l'aéroport.",
     [("39,8 °C", _level(39.8, "°C", "39,8 °C", "temperature", "temperature")), ("dimanche", day("2026-06-07"))],
     "temperature", ["39,8 °C"]),
])
def test_a_level_told_as_a_state_is_a_claim_of_its_own(extractors, language, text, spans, kind, measured):
    """The figures of a level (people aboard, a temperature) make a claim of the level's class
    when no event word of their clause tells what happened; the level's figures are all its own."""
    claims = claims_in(extractors, language, text, spans)
    levels = [c for c in claims if c.kind == kind]
    assert len(levels) == 1, [(c.kind, c.predicate, c.figures) for c in claims]
    assert [f.exact for f in levels[0].figures] == measured
    assert not any(c.figures for c in claims if c.kind != kind)


@pytest.mark.parametrize(("language", "text", "spans"), [
    # an event word of the figure's clause keeps it: the sinking, the landing, a closed kind
    ("en", "The boat carrying 42 people sank off the coast.", [("42", _level(42, "people", "42", "aboard"))]),
    ("en", "A cargo plane carrying 12 tonnes of tents, water and food has landed at the airstrip.",
     [("12 tonnes", _level(12, "tonnes", "12 tonnes", "aboard"))]),
    ("en", "The boat was carrying 42 people when it capsized.", [("42", _level(42, "people", "42", "aboard"))]),
    # a figure of no level
    ("en", "The company confirmed that 812 passengers were evacuated.", [("812", _level(812, "people", "812", "displaced"))]),
])
def test_no_level_claim_beside_an_event_of_its_clause(extractors, language, text, spans):
    claims = claims_in(extractors, language, text, spans)
    assert not [c for c in claims if c.kind in ("aboard", "temperature")], [(c.kind, c.predicate, c.figures) for c in claims]
