"""Rules that read a time through the grammar of its clause (negation, modals, participles) and
through what the text names rather than the story around it."""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck.extract.times import extract_times_from_text

D = date


def found(text: str, reference: date, surface: str):
    hits = [m for m in extract_times_from_text(text, reference) if m.text == surface]
    assert hits, [m.text for m in extract_times_from_text(text, reference)]
    return hits[0].value


# ---------------------------------------------------------------------------------------------
# "last year" names the calendar year; "a year ago" counts from the reported quarter


QUARTER = "Net income rose 5% in the third quarter.\n\n"


@pytest.mark.parametrize("text", [
    "Sales were $14 million, down from $21.4 million last year.",
    "Miller had a 21.2% stake last year.",
    "Profit will be lower than the 16 cents a share it reported last year.",
])
def test_last_year_is_the_calendar_year_even_in_an_article_on_a_quarter(text):
    value = found(QUARTER + text, D(1989, 10, 30), "last year")
    assert (value.start, value.end, value.granularity) == (D(1988, 1, 1), D(1988, 12, 31), "year")


def test_a_year_ago_still_counts_from_the_reported_quarter():
    value = found(QUARTER + "Revenue fell to $85.7 million from $93.3 million a year ago.", D(1989, 10, 30), "a year ago")
    assert (value.start, value.end) == (D(1988, 7, 1), D(1988, 9, 30))


def test_a_figure_for_this_year_compared_a_year_earlier_is_the_year_before():
    text = QUARTER + "Analysts predicted earnings of $4 a share for this year, up from $3.27 a share a year earlier."
    value = found(text, D(1989, 10, 30), "a year earlier")
    assert (value.start, value.end) == (D(1988, 1, 1), D(1988, 12, 31))


def test_this_years_quarter_is_no_longer_period():
    text = QUARTER + "Net sales for this year's third quarter were $14 million, down from $21.4 million a year earlier."
    value = found(text, D(1989, 10, 30), "a year earlier")
    assert (value.start, value.end) == (D(1988, 7, 1), D(1988, 9, 30))


# ---------------------------------------------------------------------------------------------
# an operator whose clause changes what the time is: negation + "until" is when the event
# happens, not how long a state lasts; a deadline at the end of a period is that period (its
# end is the deadline either way)

_NOT_UNTIL, _BY_THE_END = D(1989, 10, 30), D(1989, 10, 26)


@pytest.mark.parametrize(("text", "reference", "surface", "expected"), [
    ("He said the company wouldn't be profitable until 1994 or later.", _NOT_UNTIL, "until 1994", (D(1994, 1, 1), D(1994, 12, 31))),
    ("The plant wasn’t to begin turning out product until 1993.", _NOT_UNTIL, "until 1993", (D(1993, 1, 1), D(1993, 12, 31))),
    ("The talks did not resume until March.", _NOT_UNTIL, "until March", (D(1989, 3, 1), D(1989, 3, 31))),
    ("The bank will never pay until 1991.", _NOT_UNTIL, "until 1991", (D(1991, 1, 1), D(1991, 12, 31))),
    ("It will cut its staff by the end of the year.", _BY_THE_END, "by the end of the year", (D(1989, 1, 1), D(1989, 12, 31), "deadline", None)),
    ("It plans to halve its costs by the end of 1990.", _BY_THE_END, "by the end of 1990", (D(1990, 1, 1), D(1990, 12, 31), "deadline", None)),
    ("It plans to cut 6,000 jobs by year end.", _BY_THE_END, "by year end", (D(1989, 1, 1), D(1989, 12, 31), "deadline", None)),
    ("The rules should be in place by year's end.", _BY_THE_END, "by year's end", (D(1989, 1, 1), D(1989, 12, 31), "deadline", None)),
])
def test_the_clause_of_an_operator_decides_the_period(text, reference, surface, expected):
    """(start, end) for "not ... until"; (start, end, modality, part) for a deadline."""
    value = found(text, reference, surface)
    assert (value.start, value.end, value.modality, value.part)[: len(expected)] == expected


@pytest.mark.parametrize("text", [
    "The plant will run until 1993.",
    "The plant will run until 1993, but it will not close.",  # the negation is in another clause
    "No one expected it, and the plant ran until 1993.",
])
def test_until_without_a_negation_in_its_clause_stays_open(text):
    value = found(text, D(1989, 10, 30), "until 1993")
    assert (value.start, value.end, value.granularity) == (None, D(1993, 12, 31), "open")


# ---------------------------------------------------------------------------------------------
# "by the <time> <noun>": "by" governs the noun, the time keeps the sentence's tense


def test_a_time_qualifying_a_deadline_noun_keeps_the_past_of_its_sentence():
    text = ("Sony completed its tender offer for Columbia, with shareholders tendering 99.3% of all common "
            "shares outstanding by the Tuesday deadline.")
    hits = [m for m in extract_times_from_text(text, D(1989, 11, 2))]
    assert [(m.text, m.value.start, m.value.modality) for m in hits] == [("Tuesday", D(1989, 10, 31), "asserted")]


def test_a_time_qualifying_a_deadline_noun_in_a_future_sentence_is_the_coming_one():
    value = found("Shareholders will vote by the March 1 deadline.", D(1989, 11, 2), "March 1")
    assert (value.start, value.modality) == (D(1990, 3, 1), "expected")


@pytest.mark.parametrize(("text", "surface"), [
    ("The company will tender its shares by Tuesday.", "by Tuesday"),
    ("He will leave by the Tuesday after the vote.", "by the Tuesday"),
])
def test_a_deadline_on_the_time_itself_stays_a_deadline(text, surface):
    value = found(text, D(1989, 11, 2), surface)
    assert (value.start, value.modality) == (D(1989, 11, 7), "deadline")


# ---------------------------------------------------------------------------------------------
# participles after a determiner and an adverb are adjectives, no past verbs


def test_a_participle_after_a_determiner_and_an_adverb_gives_no_past():
    text = "The dividend would be paid on a still unspecified date in January."
    value = found(text, D(1989, 10, 26), "January")
    assert value.start == D(1990, 1, 1)


def test_a_past_verb_after_an_adverb_still_counts():
    value = found("The company quickly paid the debt in January.", D(1989, 10, 26), "January")
    assert value.start == D(1989, 1, 1)


# ---------------------------------------------------------------------------------------------
# "the day", "the year" where a cue or a figure makes them a time


def test_later_in_the_day_is_a_day_but_back_in_the_day_is_not():
    assert found("The president arrived in Philadelphia later in the day.", D(1998, 2, 13), "the day").start == D(1998, 2, 13)
    assert [m.text for m in extract_times_from_text("Back in the day, he arrived.", D(1998, 2, 13))] == []


def test_the_year_before_the_figure_it_qualifies_is_the_year():
    value = found("The stock rose to a high for the year of $42.875 a share in June.", D(1989, 10, 30), "the year")
    assert (value.start, value.end) == (D(1989, 1, 1), D(1989, 12, 31))
    assert [m.text for m in extract_times_from_text("It happened in the year of 1989.", D(1989, 10, 30))] == ["1989"]


@pytest.mark.parametrize(("text", "surface", "start", "end"), [
    ("Shares rose 10% since year-end.", "since year-end", D(1988, 12, 31), None),  # the day itself
    ("Prices fell in late 1988.", "late 1988", D(1988, 9, 1), D(1988, 12, 31)),  # no deadline: the part stays
    ("It will cut staff before the end of the year.", "before the end of the year", None, D(1989, 12, 31)),
])
def test_the_end_of_a_period_without_a_deadline_keeps_its_reading(text, surface, start, end):
    value = found(text, D(1989, 10, 26), surface)
    assert (value.start, value.end) == (start, end)


# ---------------------------------------------------------------------------------------------
# after a longer period in the sentence, a reporting period not said to be a quarter is its year


@pytest.mark.parametrize(("text", "surface", "start", "end"), [
    ("In the first nine months, net was $306 million, compared with a loss of $195 million in the 1988 period.",
     "the 1988 period", D(1988, 1, 1), D(1988, 12, 31)),
    ("For the nine months, the company reported a net loss of $608,413, compared with year-earlier net income of $967,809.",
     "year-earlier", D(1988, 1, 1), D(1988, 12, 31)),
    # said to be a quarter: the quarter, whatever came before
    ("For the nine months, net rose; in the year-ago quarter it fell.", "the year-ago quarter", D(1988, 7, 1), D(1988, 9, 30)),
    # no longer period: the reported quarter
    ("Net was $5 million, compared with a loss of $195 million in the 1988 period.", "the 1988 period", D(1988, 7, 1), D(1988, 9, 30)),
])
def test_a_reporting_period_after_a_longer_one_is_that_ones_year(text, surface, start, end):
    value = found(QUARTER + text, D(1989, 11, 2), surface)
    assert (value.start, value.end) == (start, end)


@pytest.mark.parametrize(("previous", "start", "end"), [
    # after a year, the year-before results are that year's
    ("Last year catastrophe losses totaled $5 million, when net was $235.5 million.", D(1988, 1, 1), D(1988, 12, 31)),
    ("In the first nine months, net was $306 million, compared with $195 million in the 1988 period.", D(1988, 1, 1), D(1988, 12, 31)),
    # after a quarter, the quarter's
    ("Coast earned $10.2 million in the year-ago quarter.", D(1988, 7, 1), D(1988, 9, 30)),
])
def test_the_year_ago_results_opening_a_sentence_are_the_period_last_talked_of(previous, start, end):
    text = QUARTER + previous + " The year-earlier results have been restated."
    value = found(text, D(1989, 10, 30), "The year-earlier")
    assert (value.start, value.end) == (start, end)


# ---------------------------------------------------------------------------------------------
# "the latest fiscal year" is the last one over, as "the latest quarter" is the last whole quarter


@pytest.mark.parametrize(("text", "surface", "year"), [
    ("Provigo had sales of C$7.38 billion in the latest fiscal year.", "the latest fiscal year", 1988),
    ("It expects sales in the current fiscal year to rise.", "the current fiscal year", 1989),
    ("Sales for the full year were $6.6 billion.", "the full year", 1989),
])
def test_the_latest_year_of_accounts_is_the_last_one_over(text, surface, year):
    value = found(text, D(1989, 10, 26), surface)
    assert (value.start, value.end) == (D(year, 1, 1), D(year, 12, 31))


# ---------------------------------------------------------------------------------------------
# "the quarter ended July 31": the calendar quarter whose end is nearest the day it ended


@pytest.mark.parametrize(("text", "start", "end"), [
    ("In the quarter ended July 31, Jayark had 5.6 million shares outstanding.", D(1989, 4, 1), D(1989, 6, 30)),
    ("It lost $92.2 million for the quarter ended Sept. 30.", D(1989, 7, 1), D(1989, 9, 30)),
    ("It lost $1 million in the quarter ending Aug. 31.", D(1989, 7, 1), D(1989, 9, 30)),
])
def test_a_quarter_tied_to_the_day_it_ended_is_the_calendar_quarter_ending_nearest(text, start, end):
    value = found(text, D(1989, 10, 30), "the quarter")
    assert (value.start, value.end, value.granularity) == (start, end, "quarter")


def test_a_quarter_said_with_its_number_keeps_the_number():
    value = found("Profit rose 8% in its fourth quarter ended Aug. 26.", D(1989, 10, 30), "fourth quarter")
    assert (value.start, value.end) == (D(1989, 10, 1), D(1989, 12, 31))


# ---------------------------------------------------------------------------------------------
# A weekday with a forward cue after it ("at the earliest", "au plus tôt") or a reported future
# of a lasting verb ("would last until Friday") is the coming one, whatever the tense around it


TUESDAY = D(2026, 11, 10)


@pytest.mark.parametrize(("text", "language", "surface", "day"), [
    ("Forecasters expect the storm to weaken from Wednesday at the earliest.", "en", "from Wednesday", D(2026, 11, 11)),
    ("Ferries could sail again Thursday at the earliest, the operator said.", "en", "Thursday", D(2026, 11, 12)),
    ("The ransom must be paid by Friday at the latest.", "en", "by Friday", D(2026, 11, 13)),
    ("Les vols pourraient reprendre jeudi au plus tôt.", "fr", "jeudi", D(2026, 11, 12)),
    ("La ministre de l'Environnement est attendue mercredi sur le volcan.", "fr", "mercredi", D(2026, 11, 11)),
])
def test_a_forward_cue_after_or_before_a_weekday_points_it_ahead(text, language, surface, day):
    [hit] = [m for m in extract_times_from_text(text, TUESDAY, language) if m.text == surface]
    assert hit.value.start == day


@pytest.mark.parametrize(("text", "language", "surface", "day"), [
    ("The eruption began on Friday at the latest count of the observatory.", "en", "Friday", D(2026, 11, 6)),
    ("La ministre était attendue mercredi sur le volcan.", "fr", "mercredi", D(2026, 11, 4)),
    ("Les secours ont repris jeudi.", "fr", "jeudi", D(2026, 11, 5)),
])
def test_without_a_forward_cue_a_past_weekday_stays_past(text, language, surface, day):
    [hit] = [m for m in extract_times_from_text(text, TUESDAY, language) if m.text == surface]
    assert hit.value.start == day


def test_a_reported_future_of_a_lasting_verb_looks_ahead():
    [hit] = extract_times_from_text("The union said the walkout would last until Friday.", TUESDAY)
    assert hit.value.end == D(2026, 11, 13)
