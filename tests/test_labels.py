"""How a finding labels one document's account: its time, figures and stance (denied, did not
happen, expected, planned), the stance decided in one place (labels.stance_of / doc_stance) and
shown once, either by the time ("2025-06-23 (expected)") or after it."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from crosscheck.compare.events import ClaimView, Interval
from crosscheck.compare.labels import (doc_stance, doc_value, document_label, name_list, place_title, short_title, stance_of, time_label,
                                       time_stance)
from crosscheck.models import Claim, QuantityValue, TimeValue

PUBLISHED = date(2025, 6, 23)


def view(modality: str = "asserted", polarity: str = "positive", time: TimeValue | None = None,
         implied: bool = False) -> ClaimView:
    """A meeting claim of one article published on ``PUBLISHED``; dated by ``time`` if given."""
    claim = Claim(document="a", kind="meeting", text="...", start=0, end=3, line=1, sentence=0,
                  modality=modality, polarity=polarity, time=time)
    interval = None
    if time is not None and time.start is not None:
        interval = Interval(time.start, time.end, time.granularity, implied)
    doc = SimpleNamespace(document=SimpleNamespace(published=PUBLISHED))
    return ClaimView(claim=claim, doc=doc, rule=SimpleNamespace(state=False), source="a", countries=frozenset(),
                     persons={}, names={}, location=None, interval=interval)


def day(modality: str = "asserted", anchor: str = "published") -> TimeValue:
    return TimeValue(start=PUBLISHED, end=PUBLISHED, granularity="day", modality=modality, anchor=anchor)


@pytest.mark.parametrize(("modality", "polarity", "expected"), [
    ("asserted", "positive", None),
    ("reported", "positive", None),
    ("expected", "positive", "expected"),
    ("planned", "positive", "planned"),
    ("denied", "positive", "denied"),
    ("asserted", "negative", "did not happen"),
    ("denied", "negative", "denied"),
])
def test_stance_of_a_claim(modality, polarity, expected):
    assert stance_of(view(modality, polarity)) == expected


def test_a_document_denies_only_when_none_of_its_accounts_says_it_happened():
    assert doc_stance([view("denied"), view("asserted", "negative")]) == "denied"
    assert doc_stance([view("asserted", "negative")]) == "did not happen"
    assert doc_stance([view("denied"), view("asserted")]) is None
    assert doc_stance([view("planned"), view("expected")]) == "planned"
    assert doc_stance([view("expected"), view("asserted")]) is None


def test_only_an_expected_time_shows_a_stance_of_its_own():
    assert time_stance(day("expected")) == "expected"
    assert time_stance(day("deadline")) is None and time_stance(day()) is None and time_stance(None) is None
    assert time_label(day("expected")) == "2025-06-23 (expected)"
    assert time_label(day("deadline")) == "by 2025-06-23"


def test_the_stance_is_shown_once_when_the_time_already_says_it():
    assert doc_value([view("expected", time=day("expected"))]) == "2025-06-23 (expected)"


def test_the_stance_follows_a_time_that_does_not_say_it():
    assert doc_value([view("expected", time=day("deadline"))]) == "by 2025-06-23; expected"
    assert doc_value([view("planned", time=day("expected"))]) == "2025-06-23 (expected); planned"
    assert doc_value([view("expected")]) == "undated, reported 2025-06-23; expected"
    assert doc_value([view("denied", time=day())]) == "2025-06-23; denied"
    assert doc_value([view("asserted", "negative", time=day())]) == "2025-06-23; did not happen"


def test_an_implied_time_does_not_say_the_stance_even_if_the_time_is_expected():
    """The label of an implied time is the article's date, which carries no stance."""
    assert doc_value([view("expected", time=day("expected"), implied=True)]) == "undated, reported 2025-06-23; expected"


def test_a_time_resolved_against_the_corpus_does_not_repeat_the_stance():
    """The corpus note follows "(expected)": the label no longer ends with it, yet says it."""
    value = doc_value([view("expected", time=day("expected", anchor="corpus"))])
    assert value.count("expected") == 1 and value.startswith("2025-06-23 (expected) (article undated")


@pytest.mark.parametrize(("exact", "label"), [
    ("More than 45", "more than 45"),
    ("A dozen", "a dozen"),
    ("Thousands", "thousands"),
    ("nearly  50", "nearly 50"),
    ("US$ 5 million", "US$ 5 million"),
    ("1,000", "1,000"),
    ("UN 300", "UN 300"),
])
def test_a_figure_keeps_the_sources_words_but_not_a_sentence_opening_capital(exact, label):
    from crosscheck.compare.labels import figure_label
    from crosscheck.models import QuantityValue

    assert figure_label(QuantityValue(low=1, high=1, unit="person", exact=exact)) == label


def test_a_quotes_context_stops_where_page_furniture_begins():
    """The words around a quote are the article's, never a share bar or a menu next to it."""
    from crosscheck.compare.labels import quote
    from crosscheck.models import Document, ExtractedDocument, LineMap, Zone

    text = "Share on FacebookShare on Twitter\nGoita arrived in Russia on Sunday. Read more: top stories"
    sentence = "Goita arrived in Russia on Sunday."
    start = text.index(sentence)
    end = start + len(sentence)
    document = Document(id="a", path="a.txt", format="text", encoding="utf-8", text=text, lines=LineMap.for_text(text),
                        body=[Zone(start=start, end=end)],
                        furniture=[Zone(start=0, end=start - 1, kind="furniture"), Zone(start=end + 1, end=len(text), kind="furniture")])
    q = quote(ExtractedDocument(document=document), start, end, 2, sentence)
    assert q.prefix == "" and q.suffix == ""
    document.furniture = []
    q = quote(ExtractedDocument(document=document), start, end, 2, sentence)
    assert q.prefix.endswith("Share on Twitter") and q.suffix == "Read more: top stories"


@pytest.mark.parametrize(("outlet", "credit", "title", "label"), [
    ("LBCI", "Reuters", "Putin discusses", "a1 (LBCI)"),
    (None, "Gulf  Wire", "Talks open", "a1 (Gulf Wire)"),
    (None, None, "Russian defense delegation holds talks with African allies", "a1 (Russian defense delegation holds…)"),
    (None, None, None, "a1"),
])
def test_a_document_is_labelled_by_its_id_and_the_name_a_reader_knows(outlet, credit, title, label):
    document = SimpleNamespace(id="a1", outlet=outlet, credit=credit, title=title)
    assert document_label(document) == label


def test_a_short_title_is_cut_at_a_word_and_never_longer_than_its_width():
    assert short_title("Russian defense delegation holds talks with African allies") == "Russian defense delegation holds…"
    assert short_title("A\nshort\ttitle") == "A short title"
    assert len(short_title("x" * 80)) == 36


@pytest.mark.parametrize(("start", "label"), [
    (date(2012, 1, 1), "since 2012"),
    (date(2023, 4, 1), "since 2023-04"),
    (date(2023, 4, 14), "since 2023-04-14"),
])
def test_an_open_interval_shows_its_start_no_finer_than_the_text_gave_it(start, label):
    """"since April 2023" is since a month: "since 2023-04-01" claimed a day the text never gave."""
    assert time_label(TimeValue(start=start, end=None, granularity="open")) == label


def _with_figures(*figures: tuple[str, str, str | None]) -> ClaimView:
    v = view(time=day())
    v.figures = [QuantityValue(low=1, high=1, unit=noun, noun=noun, event=event, exact=exact) for exact, noun, event in figures]
    return v


def test_figures_of_several_measures_each_name_their_measure():
    both = _with_figures(("at least 23", "people", "killed"), ("some 15,000", "people", "displaced"))
    assert doc_value([both]) == "2025-06-23; at least 23 people killed; some 15,000 people displaced"


def test_figures_of_one_measure_stay_as_written():
    assert doc_value([_with_figures(("at least 23", "people", "killed"), ("nearly 30", "people", "killed"))]) == (
        "2025-06-23; at least 23; nearly 30")
    assert doc_value([_with_figures(("approximately 1,000", "troops", None))]) == "2025-06-23; approximately 1,000"


def test_three_names_or_more_are_listed_as_a_reader_lists_them() -> None:
    assert name_list(["Mali"]) == "Mali"
    assert name_list(["Mali", "Niger"]) == "Mali and Niger"
    assert name_list(["Burkina Faso", "Mali", "Niger"]) == "Burkina Faso, Mali and Niger"


# Deaths that no account ties to violence are deaths, not an attack (rules/*/events/attack.yaml
# `plain_death`): the event's name and its toll's measure say so; a violent word or a killer in
# any account keeps "attack" and "people killed". The decision is the whole event's.
from crosscheck.compare.labels import death_wording, event_label, plain_death  # noqa: E402
from crosscheck.rules import load_rules  # noqa: E402

_ATTACK = {r.language: r for r in load_rules().get("events") if r.event == "attack"}


def attack_view(text: str, language: str = "en", document: str = "a") -> ClaimView:
    claim = Claim(document=document, kind="die", text=text, start=0, end=len(text), line=1, sentence=0)
    return ClaimView(claim=claim, doc=SimpleNamespace(document=SimpleNamespace(published=PUBLISHED)), rule=_ATTACK[language],
                     source=document, countries=frozenset(), persons={}, names={}, location=None, interval=None)


@pytest.mark.parametrize(("language", "sentences", "label"), [
    ("en", ["Five people have died of cholera since the outbreak was declared."], "deaths"),
    ("en", ["A sixth patient died in hospital on Thursday.", "The death toll rose to nine."], "deaths"),
    ("en", ["The 2021 outbreak killed more than 150 people."], "deaths"),
    ("en", ["At least 30 pilgrims died of heatstroke."], "deaths"),
    ("en", ["Nearly 50 people were killed in an attack on a village."], "attack"),
    ("en", ["Two men were shot dead at a checkpoint."], "attack"),
    ("en", ["Three people died.", "Gunmen opened fire on the market."], "attack"),  # one violent account is enough
    ("en", ["Two women were killed by a neighbour."], "attack"),
    ("en", ["Twelve people died in the blast."], "attack"),
    ("fr", ["Au moins 12 malades sont morts depuis le début de l'épidémie."], "deaths"),
    ("fr", ["Les autorités sanitaires font état de six décès."], "deaths"),
    ("fr", ["Un patient est décédé jeudi à l'hôpital."], "deaths"),
    ("fr", ["Trois villageois ont été tués par des hommes armés."], "attack"),
    ("fr", ["Douze personnes sont mortes dans l'explosion."], "attack"),
    ("fr", ["Quatre soldats sont morts lors d'affrontements avec des rebelles."], "attack"),
])
def test_deaths_without_violence_are_deaths_not_an_attack(language, sentences, label):
    views = [attack_view(s, language, f"d{i}") for i, s in enumerate(sentences)]
    assert event_label(views) == label
    measure = death_wording("people killed", plain_death(views))
    assert measure == ("people who died" if label == "deaths" else "people killed")


def test_one_sources_label_follows_the_whole_event():
    """A source telling only "died" reads "attack" when another source of the event tells the attack."""
    died, attacked = attack_view("Three people died.", "en", "a"), attack_view("Gunmen attacked the village.", "en", "b")
    assert event_label([died]) == "deaths"
    assert event_label([died], [died, attacked]) == "attack"


def test_death_wording_keeps_other_measures_and_phrases():
    death = _ATTACK["en"].plain_death
    assert death_wording("number of people killed in", death) == "number of people who died in"
    assert death_wording("people wounded", death) == "people wounded"
    assert death_wording("people killed", None) == "people killed"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_plain_death_examples(language):
    death = _ATTACK[language].plain_death
    for text in death.examples.match:
        assert any(p.search(text) for p in death.violent), text
    for text in death.examples.no_match:
        assert not any(p.search(text) for p in death.violent), text


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Eleven people were slightly injured during the evacuation."),
    ("fr", "Onze passagers ont été légèrement blessés lors de l'évacuation."),
])
def test_no_death_told_is_no_deaths(language, text):
    """An event of a violent kind that tells no death (its injured only) is not named "deaths"."""
    assert plain_death([attack_view(text, language)]) is None
    assert event_label([attack_view(text, language)]) == "attack"


@pytest.mark.parametrize(("text", "dying", "caused", "violent"), [
    ("Le district comptait 97 cas suspects de choléra, dont six décès.", True, True, False),
    ("Au moins 12 malades sont morts depuis le début de l'épidémie.", True, True, False),
    ("Five people have died of cholera since the outbreak was declared.", True, True, False),
    ("The region hosts people displaced by attacks of armed groups.", False, False, True),
    ("Des hommes armés ont tué trois villageois.", True, False, True),
    ("The death toll rose to nine.", True, False, False),
])
def test_the_comparison_rule_reads_deaths_in_every_language(text, dying, caused, violent):
    """Compare reads every language's accounts with one rule per kind (see ``event_rules``): its
    ``plain_death`` words are all languages' ("six décès" beside "five people died"), and its
    ``causes`` name a non-violent cause of death (an outbreak, "l'épidémie")."""
    from crosscheck.extract.claim_rules import event_rules
    death = event_rules(load_rules())["attack"].plain_death
    assert any(p.search(text) for p in death.dying) == dying
    assert any(p.search(text) for p in death.causes) == caused
    assert any(p.search(text) for p in death.violent) == violent


@pytest.mark.parametrize(("key", "written"), [
    ("democratic republic of the congo", "Democratic Republic of the Congo"),
    ("bosnia and herzegovina", "Bosnia and Herzegovina"),
    ("the gambia", "The Gambia"),
    ("côte d'ivoire", "Côte d'Ivoire"),
    ("burkina faso", "Burkina Faso"),
])
def test_a_place_key_is_written_as_a_name_with_its_small_words_in_lower_case(key, written):
    assert place_title(key) == written
