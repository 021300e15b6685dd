"""Counts across reports (compare/findings.py, compare/measures.py): a toll that rises in later
reports is a change, a later death is no second date of the event, a part of a count is no rival
value of it, and one figure written twice is no finding."""

from __future__ import annotations


import pytest

from crosscheck.compare import settings
from crosscheck.compare.labels import measure_phrase
from crosscheck.models import QuantityValue
from crosscheck.pipeline import check



def found(report, kind: str) -> list[tuple[str, ...]]:
    return sorted(tuple(f.documents) for f in report.findings if f.kind == kind)


FIRST = ("a", "Bus crash kills three in Kenya", "March 2, 2026",
         "Three people were killed when a bus overturned near Nakuru in Kenya on Monday, police said. "
         "The driver and two passengers were among the dead, a police spokesman said.")
RISEN = ("b", "Kenya bus crash toll rises to five", "March 3, 2026",
         "The death toll from the bus crash near Nakuru in Kenya on Monday has risen to five, police said on Tuesday.")
LATER_DEATH = ("c", "Sixth victim dies after Kenya bus crash", "March 5, 2026",
               "A woman died in hospital in Nakuru on Wednesday, bringing the death toll from the bus crash in Kenya "
               "to six, police said.")


def test_a_toll_that_rises_in_later_reports_is_a_change_and_a_later_death_no_second_date(news_stories):
    report = check(news_stories(FIRST, RISEN, LATER_DEATH))
    assert found(report, "contradiction") == []
    [change] = [f for f in report.findings if f.kind == "change"]
    assert change.documents == ["a", "b"]
    assert change.summary.startswith("The number of people killed in the ")
    assert {v.document: v.value for v in change.values} == {"a": "three (as of 2026-03-02)", "b": "five (as of 2026-03-03)"}


def test_a_part_of_the_dead_is_no_rival_toll(news_stories):
    """"The driver and two passengers were among the dead" counts three, not two."""
    report = check(news_stories(FIRST))
    assert found(report, "internal") == [] and found(report, "consistent") == []


@pytest.mark.parametrize("second, kind", [
    ("Police said 48 people were injured in the crash.", None),  # the same figure, in digits
    ("Police said more than 45 people were injured in the crash.", "consistent"),  # another figure that fits
    ("Police said 12 people were injured in the crash.", "internal"),
])
def test_one_figure_written_twice_is_no_finding(news_stories, second, kind):
    body = ("Forty-eight people were injured when a bus overturned near Nakuru in Kenya on Monday, police said. "
            + second)
    report = check(news_stories(("a", "Bus crash in Kenya", "March 2, 2026", body)))
    within = [f.kind for f in report.findings if f.kind in ("internal", "consistent")]
    assert within == ([kind] if kind else [])


def test_a_change_lists_what_the_count_rose_from_even_when_those_values_clash(news_stories):
    """23 and 19 on one day contradict; 41 three days later is a change from both."""
    report = check(news_stories(
        ("a", "Floods kill 23 in Kenya", "April 3, 2026",
         "At least 23 people were killed when the Tana River burst its banks in Kenya on Thursday, the Red Cross said."),
        ("b", "Kenya floods death toll rises to 41", "April 6, 2026",
         "The death toll from floods in Kenya after the Tana River burst its banks on Thursday has risen to 41, "
         "officials said."),
        ("c", "Floods in Kenya", "April 3, 2026",
         "Nineteen people died after the Tana River broke its banks in Kenya on Thursday, the Interior Ministry said."),
    ))
    assert found(report, "contradiction") == [("a", "c")]
    assert found(report, "change") == [("a", "b", "c")]


@pytest.mark.parametrize("setting", ["after_the_event", "self_reports", "referring_participles"])
def test_compare_cue_examples(rules, setting):
    for language, cues in getattr(settings(rules), setting).items():
        for text in cues.examples.match:
            assert cues.search(text), (language, text)
        for text in cues.examples.no_match:
            assert not cues.search(text), (language, text)


@pytest.mark.parametrize("figure, phrase", [
    (QuantityValue(low=3, high=3, unit="people", exact="three", noun="people", event="killed"), "number of people killed in"),
    (QuantityValue(low=500, high=500, unit="troops", exact="500", noun="troops", event="withdrawn"), "number of troops withdrawn in"),
    (QuantityValue(low=31, high=31, unit="percent", exact="31%", noun="turnout", event="turnout"), "turnout of"),
    (QuantityValue(low=10, high=10, unit="years in prison", exact="10", noun="years in prison", event="sentenced"),
     "years in prison sentenced of"),
])
def test_a_measure_reads_as_english(figure, phrase):
    assert measure_phrase(figure) == phrase


@pytest.mark.parametrize("tolls, kind", [
    # a count that never falls from one report to a later one is a running count: a change
    ((15, 22, "at least 40"), "change"),
    # one that falls and rises again is sources that disagree: a contradiction of all three
    ((15, "some 14", "at least 40"), "contradiction"),
])
def test_a_count_that_never_falls_runs_and_one_that_falls_contradicts(news_stories, tolls, kind):
    stories = [
        ("a", "Villagers killed in northeast Nigeria", "March 3, 2025",
         f"Gunmen killed {tolls[0]} villagers in an attack in northeastern Nigeria on Saturday, police said."),
        ("b", "Police give toll of weekend attack", "March 4, 2025",
         f"Police in Borno state said on Monday that {tolls[1]} villagers were killed when gunmen attacked "
         "their village in Nigeria on Saturday."),
        ("c", "Dozens killed in Nigeria village raid", "March 5, 2025",
         f"{str(tolls[2]).capitalize()} people were killed when gunmen raided a village in northeastern Nigeria on "
         "Saturday, a local leader said."),
    ]
    report = check(news_stories(*stories))
    figures = [(f.kind, tuple(f.documents)) for f in report.findings
               if f.kind in ("change", "contradiction") and "figures" in f.subject]
    assert figures == [(kind, ("a", "b", "c"))]


OUTBREAK = [
    ("a", "Cholera kills five in Cameroon", "August 11, 2026",
     "Five people have died of cholera in the Far North region of Cameroon since Monday, health officials said."),
    ("b", "Choléra : six décès à Maroua", "12 août 2026",
     "L'hôpital régional de Maroua comptait mardi soir 97 cas suspects de choléra, dont six décès, selon la délégation "
     "régionale de la Santé publique."),
    ("c", "Cholera toll rises to nine in Cameroon", "August 14, 2026",
     "Nine patients have died of cholera in the Far North region of Cameroon, the health ministry said on Friday."),
]


def test_every_report_of_an_outbreak_s_deaths_joins_its_change(news_stories):
    """Deaths told as part of the cases ("97 cas suspects, dont six décès") count the dead, not a
    part of the dead; patients who died are people who died: five, six, then nine is one change."""
    report = check(news_stories(*OUTBREAK))
    assert found(report, "contradiction") == []
    [change] = [f for f in report.findings if f.kind == "change"]
    assert change.documents == ["a", "b", "c"]
    # deaths that no account ties to violence read as deaths, not "people who died in the deaths"
    assert change.summary.startswith("The number of deaths involving Cameroon changed over time: "), change.summary


def test_the_toll_of_an_older_event_a_sentence_recalls_is_not_this_event_s(news_stories):
    """"the worst rail accident in Belgium since the Buizingen collision, which killed 19 on 15
    February 2010": the 19 belong to the dated recall, not to the undated account of this week's
    accident in the same sentence, so three dead is no change to 19."""
    report = check(news_stories(
        ("a", "Train derails in Belgium", "October 13, 2026",
         "Three people were killed when a train derailed near Namur in Belgium on Tuesday, police said."),
        ("b", "Déraillement meurtrier en Belgique", "14 octobre 2026",
         "Trois personnes ont été tuées mardi dans le déraillement d'un train près de Namur en Belgique. "
         "Il s'agit de l'accident ferroviaire le plus grave en Belgique depuis la collision de Buizingen, "
         "qui avait fait 19 morts le 15 février 2010."),
    ))
    assert not [f for f in report.findings if f.kind in ("change", "contradiction", "internal")
                and any("19" in v.value and "2026" in v.value for v in f.values)]


MINE = [
    ("m1", "Gold pit collapse kills six in Tanzania", "June 2, 2026",
     "At least six miners were killed when a gold pit collapsed near Geita in Tanzania on Monday, police said on Tuesday."),
    ("m2", "Tanzania mine toll rises to 11", "June 3, 2026",
     "The death toll from the collapse of a gold pit near Geita in Tanzania on Monday has risen to 11, police said."),
    ("m3", "Tanzania gold pit collapse: 17 dead", "June 4, 2026",
     "Seventeen people died in the collapse of a gold pit near Geita in Tanzania on Monday, police said on Thursday."),
]


def test_a_toll_told_in_a_noun_of_no_class_rises_with_the_tolls_told_in_people(news_stories):
    """"six miners" (a noun of no class) and "11" dead count one measure: a rise from the lower bound."""
    report = check(news_stories(*MINE))
    assert found(report, "contradiction") == []
    [change] = [f for f in report.findings if f.kind == "change"]
    assert change.documents == ["m1", "m2", "m3"]
    assert {v.document: v.value for v in change.values}["m1"] == "at least six (as of 2026-06-02)"


def test_soldiers_and_people_killed_stay_two_measures(news_stories):
    """Troops are a noun class of their own: news counts soldiers and civilians apart."""
    report = check(news_stories(
        ("s1", "Attack in Mali", "June 2, 2026", "Twelve soldiers were killed in an attack on an army post near Gao in Mali on Monday, the army said."),
        ("s2", "Attack in Mali", "June 2, 2026", "Thirty people were killed in an attack on an army post near Gao in Mali on Monday, officials said."),
    ))
    assert found(report, "contradiction") == [] and found(report, "change") == []


def missing(name: str, published: str, figure: str) -> tuple[str, str, str, str]:
    return (name, "Landslide in Nepal", published,
            f"{figure} people were missing after a landslide buried a village near Pokhara in Nepal on Monday, police said.")


@pytest.mark.parametrize("figures, kind", [
    (("About 30", "At least 20", "About ten"), "change"),  # the missing found one by one
    (("About 30", "About ten", "About 25"), "contradiction"),  # it rose again: 30 and ten disagree
])
def test_a_count_of_the_missing_that_falls_is_a_change_and_one_that_rises_again_a_contradiction(news_stories, figures, kind):
    days = ("June 2, 2026", "June 3, 2026", "June 4, 2026")
    report = check(news_stories(*(missing(f"n{i}", day, figure) for i, (day, figure) in enumerate(zip(days, figures), 1))))
    clashes = [f for f in report.findings if f.kind in ("change", "contradiction")]
    assert kind in {f.kind for f in clashes}
    assert kind == "contradiction" or {f.kind for f in clashes} == {"change"}


def test_a_date_agreement_beside_a_change_points_to_the_change(news_stories):
    report = check(news_stories(*MINE))
    for agreement in (f for f in report.findings if f.kind == "agreement" and f.subject.endswith("| date")):
        assert "see the contradiction" not in agreement.summary and "see the change" in agreement.summary


MORNING = ("a", "Bridge collapse: three dead", "October 14, 2026 7:30 AM",
           "Three people were killed when a road bridge collapsed into the river near Albi in France on Tuesday, "
           "the prefecture said.")


@pytest.mark.parametrize("evening_at, evening_toll, kind", [
    ("October 14, 2026 7:05 PM", "Four", "change"),  # later that day, higher: the toll rose
    ("October 14, 2026 7:05 PM", "Two", "contradiction"),  # later that day, lower: a toll does not fall
    ("October 14, 2026 9:15 AM", "Four", "contradiction"),  # two hours apart: the same time (a time zone away)
    ("October 14, 2026", "Four", "contradiction"),  # no clock on one page: the same day is the same time
])
def test_two_reports_of_one_day_are_told_apart_by_the_clock_times_their_pages_print(news_stories, evening_at, evening_toll, kind):
    evening = ("b", "Bridge collapse toll", evening_at,
               f"{evening_toll} people were killed when a road bridge collapsed into the river near Albi in France on "
               "Tuesday, officials said.")
    report = check(news_stories(MORNING, evening))
    assert [f.kind for f in report.findings if f.kind in ("contradiction", "change")] == [kind]
    if kind == "change":
        [change] = [f for f in report.findings if f.kind == "change"]
        assert {v.document: v.value for v in change.values} == {"a": "three (as of 2026-10-14 07:30)",
                                                               "b": "four (as of 2026-10-14 19:05)"}


def test_an_event_word_naming_a_thing_gives_no_date_of_the_event(news_stories):
    """"cranes lifted the derailed carriages on Wednesday": Wednesday is the lifting's day."""
    report = check(news_stories(
        ("a", "Train derails in Belgium", "October 13, 2026",
         "A passenger train derailed near Ciney in Belgium on Tuesday, killing three people, officials said."),
        ("b", "Belgian line still closed", "October 14, 2026",
         "Investigators in Belgium are examining the signals at the crossing near Ciney where three people died. "
         "Trains between Namur and Ciney remained suspended on Wednesday while cranes lifted the derailed carriages."),
    ))
    assert [f.summary for f in report.findings if f.kind == "contradiction"] == []


def test_a_headline_dated_from_its_lede_gives_no_date_of_the_event(news_stories):
    """"Le bilan s'alourdit à cinq morts" over "Le corps ... a été retrouvé jeudi": Thursday is the
    finding's day; the headline's deaths are the collapse's of Tuesday, told by the other source."""
    report = check(news_stories(
        ("a", "Effondrement du pont : le bilan s'alourdit à cinq morts", "vendredi 16 octobre 2026",
         "Le corps de la dernière personne portée disparue a été retrouvé jeudi, à deux kilomètres en aval. "
         "Le pont de Castelnau sur le Tarn s'était effondré mardi 13 octobre en France."),
        ("b", "Bridge collapse in France", "October 14, 2026",
         "Four people were killed when a road bridge over the Tarn collapsed in France on Tuesday, officials said."),
    ))
    assert [f.summary for f in report.findings if f.kind == "contradiction" and f.subject.endswith("| date")] == []


def test_a_rise_told_with_its_cause_is_one_toll(news_stories):
    """"has risen to 14 after three injured workers died": three died (not three injured) and is
    the rise, no rival toll; the change lists 14."""
    report = check(news_stories(
        ("a", "Blast at chemical plant", "April 21, 2026",
         "An explosion ripped through a chemical factory in Dahej in India on Tuesday, killing at least 11 workers "
         "and injuring nearly 40, officials said."),
        ("b", "Dahej blast toll rises", "April 27, 2026",
         "The death toll from the explosion at the chemical factory in Dahej in India last Tuesday has risen to 14 "
         "after three injured workers died in hospital, officials said on Monday."),
    ))
    assert [f.summary for f in report.findings if f.kind == "contradiction"] == []
    [change] = [f for f in report.findings if f.kind == "change"]
    assert {v.document: v.value for v in change.values} == {"a": "at least 11 (as of 2026-04-21)", "b": "14 (as of 2026-04-27)"}
