"""Time expressions: grammar, resolution against the publication date and other times, seeds."""

from __future__ import annotations

import logging
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.extract.sentences import split_sentences
from crosscheck.extract.time_resolution import _SentenceResolver
from crosscheck.extract.times import TimeExtractor, TimeRules, _default_extractor, _default_rules, extract_times_from_text
from crosscheck.models import Document
from crosscheck.dates.periods import bare_weekday, month_year, week_weekday, with_part, month_period
from crosscheck.rules import RulePack, load_rules
from times_seed_cases import SECTION3, SEED_BODIES, locate, seed_document

D = date


def times(text: str, reference: date | None = D(2024, 6, 5)):
    return extract_times_from_text(text, reference)


def only(text: str, reference: date | None = D(2024, 6, 5)):
    found = times(text, reference)
    assert len(found) == 1, found
    return found[0]


# ---------------------------------------------------------------------------------------------
# The rule file


def test_default_pack_has_the_time_rules():
    pack = load_rules()
    assert [type(f) for f in pack.get("time", language="en")] == [TimeRules]
    assert [f.language for f in pack.get("time")] == ["en", "fr"]


@pytest.mark.parametrize("group", ["future", "reported_future", "past", "perfect"])
def test_cue_examples(group):
    from crosscheck.extract.time_rules import _Cues

    rules = _default_rules()
    cue = getattr(rules, group)
    cues = _Cues([cue])
    for sentence in cue.examples.match:
        assert cues.search(sentence), sentence
    for sentence in cue.examples.no_match:
        assert not cues.search(sentence), sentence


# ---------------------------------------------------------------------------------------------
# Every form of issue 3 item 1: (text, reference, mention text, start, end, granularity, extra)

FORMS = [
    # absolute dates
    ("It happened on March 27, 2024.", D(2024, 6, 5), "March 27, 2024", D(2024, 3, 27), D(2024, 3, 27), "day", {}),
    ("It happened on 27 March 2024.", D(2024, 6, 5), "27 March 2024", D(2024, 3, 27), D(2024, 3, 27), "day", {}),
    ("Posted 4 Oct 2022 20:09", D(2024, 6, 5), "4 Oct 2022 20:09", D(2022, 10, 4), D(2022, 10, 4), "day", {}),
    ("Bamako, Mali Tuesday, Sept. 22, 2020 (AP Photo)", D(2022, 10, 4), "Tuesday, Sept. 22, 2020", D(2020, 9, 22), D(2020, 9, 22), "day", {}),
    ("Filed 2024-03-27 by staff.", D(2024, 6, 5), "2024-03-27", D(2024, 3, 27), D(2024, 3, 27), "day", {}),
    ("June 05, 2024 at 07:49PM", None, "June 05, 2024 at 07:49PM", D(2024, 6, 5), D(2024, 6, 5), "day", {}),
    ("The deal was signed on 03/18/2021.", D(2024, 6, 5), "03/18/2021", D(2021, 3, 18), D(2021, 3, 18), "day", {}),
    # month and year, year, decade, season, quarter
    ("The junta took power in August 2020.", D(2024, 6, 5), "August 2020", D(2020, 8, 1), D(2020, 8, 31), "month", {}),
    ("The insurgency began in 2012.", D(2024, 6, 5), "2012", D(2012, 1, 1), D(2012, 12, 31), "year", {}),
    ("Oil prices collapsed in the 1990s.", D(2024, 6, 5), "1990s", D(1990, 1, 1), D(1999, 12, 31), "decade", {}),
    ("Talks resumed in the summer of 2023.", D(2024, 6, 5), "summer of 2023", D(2023, 6, 1), D(2023, 8, 31), "season", {}),
    ("Sales fell in the first quarter of 2023.", D(2024, 6, 5), "the first quarter of 2023", D(2023, 1, 1), D(2023, 3, 31), "quarter", {}),
    ("Profits rose in Q3 2022.", D(2024, 6, 5), "Q3 2022", D(2022, 7, 1), D(2022, 9, 30), "quarter", {}),
    # weekdays (publication Wednesday 2024-06-05)
    ("The minister arrived on Monday.", D(2024, 6, 5), "Monday", D(2024, 6, 3), D(2024, 6, 3), "day", {}),
    ("The minister spoke on Wednesday.", D(2024, 6, 5), "Wednesday", D(2024, 6, 5), D(2024, 6, 5), "day", {}),
    ("The minister will speak on Friday.", D(2024, 6, 5), "Friday", D(2024, 6, 7), D(2024, 6, 7), "day", {"modality": "expected"}),
    ("He is expected to meet Putin on Wednesday.", D(2024, 6, 5), "Wednesday", D(2024, 6, 5), D(2024, 6, 5), "day", {"modality": "expected"}),
    ("The ministry said on Tuesday it will withdraw.", D(2024, 6, 5), "Tuesday", D(2024, 6, 4), D(2024, 6, 4), "day", {}),
    ("They met last Wednesday.", D(2024, 6, 5), "last Wednesday", D(2024, 5, 29), D(2024, 5, 29), "day", {}),
    # parts of periods
    ("Troops are set to withdraw by mid-September.", D(2024, 6, 5), "by mid-September", D(2024, 9, 11), D(2024, 9, 20), "month", {"part": "mid", "modality": "deadline"}),
    ("Rains came in early June.", D(2024, 6, 5), "early June", D(2024, 6, 1), D(2024, 6, 10), "month", {"part": "early"}),
    ("Elections were held in late 2023.", D(2024, 6, 5), "late 2023", D(2023, 9, 1), D(2023, 12, 31), "year", {"part": "late"}),
    # relative expressions
    ("The talks ended yesterday.", D(2024, 6, 5), "yesterday", D(2024, 6, 4), D(2024, 6, 4), "day", {}),
    ("Bazoum was ousted last July.", D(2024, 6, 5), "last July", D(2023, 7, 1), D(2023, 7, 31), "month", {}),
    ("The president was ousted last year.", D(2024, 3, 27), "last year", D(2023, 1, 1), D(2023, 12, 31), "year", {}),
    ("He was re-elected earlier this month.", D(2024, 3, 27), "earlier this month", D(2024, 3, 1), D(2024, 3, 31), "month", {}),
    ("The ceasefire collapsed two weeks ago.", D(2024, 6, 5), "two weeks ago", D(2024, 5, 22), D(2024, 5, 22), "day", {}),
    ("Delegates will meet next week.", D(2024, 6, 5), "next week", D(2024, 6, 10), D(2024, 6, 16), "week", {"modality": "expected"}),
    # months without a year: the latest one not after publication in a past sentence
    ("In March, Putin and Goita committed to cooperate.", D(2024, 6, 5), "March", D(2024, 3, 1), D(2024, 3, 31), "month", {}),
    ("In December, a delegation visited Niger.", D(2024, 3, 27), "December", D(2023, 12, 1), D(2023, 12, 31), "month", {}),
    ("The leaders met on September 4.", D(2022, 10, 4), "September 4", D(2022, 9, 4), D(2022, 9, 4), "day", {}),
    ("following the July coup", D(2024, 3, 27), "July", D(2023, 7, 1), D(2023, 7, 31), "month", {}),
    # ranges and open intervals
    ("The summit will run from June 23 to 26.", D(2024, 6, 5), "from June 23 to 26", D(2024, 6, 23), D(2024, 6, 26), "day", {"modality": "expected"}),
    ("The summit ran from June 23 to 26.", D(2024, 6, 5), "from June 23 to 26", D(2023, 6, 23), D(2023, 6, 26), "day", {}),
    ("since the July coup", D(2024, 3, 27), "since the July", D(2023, 7, 1), None, "open", {}),
    ("Coups shook the region between 2020 and 2021.", D(2024, 6, 5), "between 2020 and 2021", D(2020, 1, 1), D(2021, 12, 31), "year", {}),
    ("Mali has been under threat since 2012.", D(2024, 6, 5), "since 2012", D(2012, 1, 1), None, "open", {}),
    ("The mission lasted until 2020.", D(2024, 6, 5), "until 2020", None, D(2020, 12, 31), "open", {}),
    ("The visit, which runs through June 26, will focus on energy.", D(2025, 6, 23), "through June 26", None, D(2025, 6, 26), "open", {"modality": "expected"}),
]


# Forms added for the Recognizers-Text benchmark's misses (weeks, holidays, days written as words,
# numeric days without a year, "the year", ranges with "now").
MORE_FORMS = [
    # two months joined by a hyphen are one range ("the July-September quarter"); a comparison's
    # "a year earlier" then lies a year before that range
    ("Revenue fell in the July-September quarter.", D(2026, 10, 29), "July-September", D(2026, 7, 1), D(2026, 9, 30), "month", {}),
    ("Fighting in June-July displaced thousands.", D(2026, 10, 29), "June-July", D(2026, 6, 1), D(2026, 7, 31), "month", {}),
    # days of the month without a month, and days written as words
    ("Let's go for coffee on tuesday the eleventh.", D(2019, 6, 10), "tuesday the eleventh", D(2019, 6, 11), D(2019, 6, 11), "day", {"modality": "expected"}),
    ("They met on Monday the 13th.", D(2022, 5, 1), "Monday the 13th", D(2021, 12, 13), D(2021, 12, 13), "day", {}),
    ("I'll go back Sat 14th.", D(2022, 5, 1), "Sat 14th", D(2022, 5, 14), D(2022, 5, 14), "day", {"modality": "expected"}),
    ("The vote was held on the 18th.", D(2018, 8, 7), "18th", D(2018, 7, 18), D(2018, 7, 18), "day", {}),
    ("Units must arrive before the thirty-first day of the month.", D(2019, 8, 12), "before the thirty-first day of the month", None, D(2019, 8, 30), "open", {}),
    ("The talks resumed on February twenty second.", D(2019, 4, 25), "February twenty second", D(2019, 2, 22), D(2019, 2, 22), "day", {}),
    ("I'll go back May twenty nine", D(2016, 11, 7), "May twenty nine", D(2017, 5, 29), D(2017, 5, 29), "day", {"modality": "expected"}),
    ("Ballots were counted by the second of Aug.", D(2016, 11, 7), "by the second of Aug.", D(2016, 8, 2), D(2016, 8, 2), "day", {"modality": "deadline"}),
    # numeric days and months without a year, and numeric ranges
    ("The board met on 11/20.", D(2018, 11, 28), "11/20", D(2018, 11, 20), D(2018, 11, 20), "day", {}),
    # no tense in the sentence: the nearest occurrence (the coming one when it is less than half as far)
    ("The fair runs from 10/25 to 01/25.", D(2018, 10, 24), "from 10/25 to 01/25", D(2018, 10, 25), D(2019, 1, 25), "day", {}),
    ("I will have a long vacation between 10/1-11/7", D(2018, 10, 24), "between 10/1-11/7", D(2018, 10, 1), D(2018, 11, 7), "day", {"modality": "expected"}),
    ("The period is 10/1-11/2/2017.", D(2018, 10, 24), "10/1-11/2/2017", D(2017, 10, 1), D(2017, 11, 2), "day", {}),
    ("Sales rose in 2015-12.", D(2019, 2, 27), "2015-12", D(2015, 12, 1), D(2015, 12, 31), "month", {}),
    ("Sales rose in 12-2015.", D(2019, 2, 27), "12-2015", D(2015, 12, 1), D(2015, 12, 31), "month", {}),
    ("2019 H2 will bring challenges.", D(2019, 6, 11), "2019 H2", D(2019, 7, 1), D(2019, 12, 31), "quarter", {}),
    ("It was held between 3 and 12 of Sept.", D(2016, 11, 7), "between 3 and 12 of Sept.", D(2016, 9, 3), D(2016, 9, 12), "day", {}),
    ("Total sales from april to June in 2017 were low.", D(2019, 5, 16), "from april to June in 2017", D(2017, 4, 1), D(2017, 6, 30), "month", {}),
    # weeks
    ("Dates are free the week of April 10th.", D(2018, 3, 14), "the week of April 10th", D(2018, 4, 9), D(2018, 4, 15), "week", {}),
    ("Dates were free the week of April 10th.", D(2018, 3, 14), "the week of April 10th", D(2017, 4, 10), D(2017, 4, 16), "week", {}),
    ("Schedule it for w/c Feb 4.", D(2019, 11, 7), "w/c Feb 4", D(2020, 2, 3), D(2020, 2, 9), "week", {}),
    ("How about the first week of 2015?", D(2018, 11, 29), "the first week of 2015", D(2014, 12, 29), D(2015, 1, 4), "week", {}),
    ("They left in the last week of July.", D(2017, 11, 7), "the last week of July", D(2017, 7, 24), D(2017, 7, 30), "week", {}),
    ("The vote is next week on Tuesday.", D(2017, 12, 4), "next week on Tuesday", D(2017, 12, 12), D(2017, 12, 12), "day", {}),
    ("What happened on this week Monday?", D(2018, 11, 28), "this week Monday", D(2018, 11, 26), D(2018, 11, 26), "day", {}),
    ("It's on monday of the following week.", D(2018, 7, 31), "monday of the following week", D(2018, 8, 6), D(2018, 8, 6), "day", {}),
    ("1st week of Oct. on Friday.", D(2019, 11, 7), "1st week of Oct. on Friday", D(2019, 10, 4), D(2019, 10, 4), "day", {}),
    # holidays
    ("Shops reopened after Thanksgiving.", D(2024, 12, 5), "after Thanksgiving", D(2024, 11, 29), None, "open", {}),
    ("The attack came on Good Friday.", D(2024, 6, 5), "Good Friday", D(2024, 3, 29), D(2024, 3, 29), "day", {}),
    ("Parades were held on Memorial Day.", D(2024, 6, 5), "Memorial Day", D(2024, 5, 27), D(2024, 5, 27), "day", {}),
    ("The truce ended last Christmas.", D(2024, 6, 5), "last Christmas", D(2023, 12, 25), D(2023, 12, 25), "day", {}),
    ("Juneteenth is a federal holiday.", D(2020, 6, 12), "Juneteenth", D(2020, 6, 19), D(2020, 6, 19), "day", {}),
    ("Juneteenth was a federal holiday.", D(2020, 6, 12), "Juneteenth", D(2019, 6, 19), D(2019, 6, 19), "day", {}),
    # the day / week / month / year of the publication, and the edges of a period
    ("I'm blocked for the day.", D(2018, 5, 22), "the day", D(2018, 5, 22), D(2018, 5, 22), "day", {}),
    ("We got Cloud partner of the year.", D(2018, 5, 24), "the year", D(2018, 1, 1), D(2018, 12, 31), "year", {}),
    ("Show sales in this calendar year.", D(2019, 6, 18), "this calendar year", D(2019, 1, 1), D(2019, 12, 31), "year", {}),
    ("I'll go back before the end of December", D(2016, 11, 7), "before the end of December", None, D(2016, 12, 31), "open", {}),
    ("I'll go back after the beginning of March", D(2016, 11, 7), "after the beginning of March", D(2017, 3, 1), None, "open", {"modality": "expected"}),
    # ranges with "now", offsets from a day word, "from" alone, month abbreviations after "in"
    ("I will do my work between now and November 15th.", D(2019, 4, 23), "between now and November 15th", D(2019, 4, 23), D(2019, 11, 15), "day", {}),
    ("Are you available two days after today?", D(2018, 5, 31), "two days after today", D(2018, 6, 2), D(2018, 6, 2), "day", {}),
    ("The report from 2014 was published.", D(2016, 11, 7), "from 2014", D(2014, 1, 1), D(2014, 12, 31), "year", {}),
    ("Prices fell in Dec.", D(2016, 11, 7), "Dec.", D(2015, 12, 1), D(2015, 12, 31), "month", {}),
    ("Maybe we can leave after Feb.", D(2018, 5, 29), "after Feb.", D(2018, 3, 1), None, "open", {}),
]


@pytest.mark.parametrize(("text", "reference", "surface", "start", "end", "granularity", "extra"), FORMS + MORE_FORMS)
def test_forms(text, reference, surface, start, end, granularity, extra):
    found = only(text, reference)
    assert found.text == surface
    assert text[found.start : found.end] == surface
    assert (found.value.start, found.value.end, found.value.granularity) == (start, end, granularity)
    for key, wanted in extra.items():
        assert getattr(found.value, key) == wanted


# ---------------------------------------------------------------------------------------------
# Anchored expressions


def test_a_day_after_an_event_is_the_day_before_the_sentence_time():
    text = "Putin spoke with Goita by phone on Wednesday, both countries said, a day after Putin held a similar call with the junta leader in neighboring Niger."
    wednesday, event = times(text, D(2024, 3, 27))
    assert (wednesday.text, wednesday.value.start) == ("Wednesday", D(2024, 3, 27))
    assert event.text == "a day after"  # the event's words stay out of the time: they hold its figures
    assert event.value.start == event.value.end == D(2024, 3, 26)
    assert "Wednesday" in event.value.anchor


def test_the_day_before_counts_from_the_sentence_time():
    text = "On Monday, Niger also announced that its leader had met the delegation in Niamey the day before and discussed cooperation."
    monday, before = times(text)
    assert monday.value.start == D(2024, 6, 3)
    assert (before.text, before.value.start) == ("the day before", D(2024, 6, 2))
    assert "Monday" in before.value.anchor


def test_the_following_year_takes_the_year_of_the_earlier_time():
    text = "Colonels seized power in August 2020, then carried out another coup in May the following year."
    august, may = times(text, D(2022, 10, 4))
    assert august.value.start == D(2020, 8, 1)
    assert (may.text, may.value.start, may.value.end) == ("May the following year", D(2021, 5, 1), D(2021, 5, 31))


def test_anchor_looks_back_within_the_paragraph_and_to_the_last_time_before_it():
    text = ("The army seized power in August 2020 and in May 2021.\nThe following year, it happened again.\n\n"
            "The following year was calm.")
    found = times(text, D(2024, 6, 5))
    assert [(m.text, m.value.start) for m in found] == [
        ("August 2020", D(2020, 8, 1)),
        ("May 2021", D(2021, 5, 1)),
        ("The following year", D(2022, 1, 1)),
        ("The following year", D(2023, 1, 1)),
    ]


# ---------------------------------------------------------------------------------------------
# Future orientation: deadlines, plans and moved events point to the next occurrence, not the last.
# (text, reference, mention text, start, end, granularity, modality)

FUTURE_ORIENTED = [
    # a deadline looks ahead even in a past sentence ...
    ("The two leaders agreed to set up a joint patrol of 500 soldiers along the border by December, officials said.", D(2024, 9, 10),
     "by December", D(2024, 12, 1), D(2024, 12, 31), "month", "deadline"),
    ("The junta ordered all foreign troops out of the country by January, the statement said.", D(2024, 10, 2),
     "by January", D(2025, 1, 1), D(2025, 1, 31), "month", "deadline"),
    # ... unless the sentence tells what had happened by then (the past perfect: an as-of time,
    # asserted, no deadline), or a past verb of its own precedes it
    ("By December, the army had withdrawn from the town.", D(2024, 9, 10), "By December", D(2023, 12, 1), D(2023, 12, 31), "month", "asserted"),
    ("The fire had burned nearly 3,000 hectares of forest by Monday morning, according to Copernicus.", D(2026, 7, 20),
     "by Monday", D(2026, 7, 20), D(2026, 7, 20), "day", "asserted"),
    # an infinitive after the perfect governs the time: a deadline of the past, still a deadline
    ("The army had agreed to withdraw by December, officials said.", D(2024, 9, 10), "by December", D(2023, 12, 1), D(2023, 12, 31), "month", "deadline"),
    ("Food prices rose by March.", D(2024, 9, 10), "by March", D(2024, 3, 1), D(2024, 3, 31), "month", "deadline"),
    # "by" before a possessive names an agent, not a deadline
    ("The town was hit by Monday's strike.", D(2024, 9, 11), "Monday", D(2024, 9, 9), D(2024, 9, 9), "day", "asserted"),
    # postponed / moved / scheduled / due point forward whatever the tense
    ("The summit has been postponed to June.", D(2025, 5, 21), "June", D(2025, 6, 1), D(2025, 6, 30), "month", "expected"),
    ("A government spokesman said the talks had been postponed to June.", D(2025, 5, 21), "June", D(2025, 6, 1), D(2025, 6, 30), "month", "expected"),
    ("The match was postponed due to Monday's storm.", D(2024, 9, 11), "Monday", D(2024, 9, 9), D(2024, 9, 9), "day", "asserted"),
    ("The vote was moved to March, the electoral commission said.", D(2024, 10, 1), "March", D(2025, 3, 1), D(2025, 3, 31), "month", "expected"),
    ("The vote is scheduled for October.", D(2024, 11, 25), "October", D(2025, 10, 1), D(2025, 10, 31), "month", "expected"),
    ("The report is due in January.", D(2024, 11, 25), "January", D(2025, 1, 1), D(2025, 1, 31), "month", "expected"),
    ("The verdict is expected on Monday.", D(2024, 9, 11), "Monday", D(2024, 9, 16), D(2024, 9, 16), "day", "expected"),
    ("The vote was scheduled for October, but the junta postponed it.", D(2024, 11, 25), "October", D(2024, 10, 1), D(2024, 10, 31), "month", "asserted"),
    # ... but not a plan said to have been made before, nor "than expected"
    ("The summit, originally scheduled for June, was called off.", D(2025, 8, 1), "June", D(2025, 6, 1), D(2025, 6, 30), "month", "asserted"),
    ("Growth was slower than expected in March.", D(2024, 11, 25), "March", D(2024, 3, 1), D(2024, 3, 31), "month", "asserted"),
    # a future auxiliary governs the participle after it: "will be held" is no past verb
    ("The summit will be held on the 21st.", D(2024, 9, 25), "21st", D(2024, 10, 21), D(2024, 10, 21), "day", "expected"),
    ("The accord is expected to be signed on Friday.", D(2024, 9, 25), "Friday", D(2024, 9, 27), D(2024, 9, 27), "day", "expected"),
    ("The new constitution is to be formally adopted on Saturday.", D(2024, 9, 25), "Saturday", D(2024, 9, 28), D(2024, 9, 28), "day", "expected"),
    # "next March" is the one after the publication month; "in March" in a future sentence may be this one
    ("The election will take place next March.", D(2024, 9, 25), "next March", D(2025, 3, 1), D(2025, 3, 31), "month", "expected"),
    ("The election will take place in March.", D(2024, 9, 25), "March", D(2025, 3, 1), D(2025, 3, 31), "month", "expected"),
    ("The election will take place next March.", D(2025, 3, 10), "next March", D(2026, 3, 1), D(2026, 3, 31), "month", "expected"),
    ("The election will take place in March.", D(2025, 3, 10), "March", D(2025, 3, 1), D(2025, 3, 31), "month", "expected"),
    ("The government plans to hold a referendum in February.", D(2024, 11, 25), "February", D(2025, 2, 1), D(2025, 2, 28), "month", "expected"),
    ("Officials said they intend to reopen the border in April.", D(2024, 11, 25), "April", D(2025, 4, 1), D(2025, 4, 30), "month", "expected"),
    # "due to" / "is to" before a verb plan a weekday ahead (publication Thursday 2025-10-23) ...
    ("The minister is due to meet President Ruto on Friday.", D(2025, 10, 23), "Friday", D(2025, 10, 24), D(2025, 10, 24), "day", "expected"),
    ("The envoys are due to sign the memorandum on Monday.", D(2025, 10, 23), "Monday", D(2025, 10, 27), D(2025, 10, 27), "day", "expected"),
    ("The president is to address parliament on Tuesday.", D(2025, 10, 23), "Tuesday", D(2025, 10, 28), D(2025, 10, 28), "day", "expected"),
    # ... "due to" before a noun is a cause, not a plan
    ("The match was called off on Friday due to heavy rain.", D(2025, 10, 23), "Friday", D(2025, 10, 17), D(2025, 10, 17), "day", "asserted"),
    # "would" in a report is the future seen from the report: the coming weekday ...
    ("The president's office said he would start consultations with party leaders on Monday.", D(2025, 10, 23), "Monday",
     D(2025, 10, 27), D(2025, 10, 27), "day", "expected"),
    ("Officials said the vote would be held on Sunday.", D(2025, 10, 23), "Sunday", D(2025, 10, 26), D(2025, 10, 26), "day", "expected"),
    # ... but a past verb right before the time keeps its own tense, and a time before "would" dates the report
    ("The army chief told soldiers in Omdurman on Sunday that there would be no truce.", D(2025, 11, 5), "Sunday",
     D(2025, 11, 2), D(2025, 11, 2), "day", "asserted"),
    ("The ministry said on Tuesday it would start talks.", D(2025, 10, 23), "Tuesday", D(2025, 10, 21), D(2025, 10, 21), "day", "asserted"),
    ("He was arrested on Monday and would appear in court later.", D(2025, 10, 23), "Monday", D(2025, 10, 20), D(2025, 10, 20), "day", "asserted"),
]


@pytest.mark.parametrize(("text", "reference", "surface", "start", "end", "granularity", "modality"), FUTURE_ORIENTED)
def test_future_orientation(text, reference, surface, start, end, granularity, modality):
    found = only(text, reference)
    assert (found.text, found.value.start, found.value.end, found.value.granularity, found.value.modality) == (
        surface, start, end, granularity, modality)


def test_a_past_verb_of_another_clause_is_not_governed_by_its_future_cue():
    found = times("Delegates who will travel to Dakar next week said on Tuesday that talks were going well.", D(2024, 9, 25))
    assert [(m.text, m.value.start, m.value.modality) for m in found] == [
        ("next week", D(2024, 9, 30), "expected"), ("Tuesday", D(2024, 9, 24), "asserted")]


def test_forward_examples():
    """The forward cue examples, placed mid-year: a match lands after the reference, a no-match before."""
    reference = D(2024, 7, 15)
    examples = _default_rules().forward.examples
    for sentence in examples.match:
        assert only(sentence, reference).value.start > reference, sentence
    for sentence in examples.no_match:
        assert only(sentence, reference).value.end < reference, sentence


# "two weeks after <event>": the time is the offset words alone, so the event's figures stay free
# for the quantity extractor; the event's day counts back from the sentence's time when there is one.
EVENT_OFFSETS = [
    ("The talks came two weeks after gunmen killed at least 200 people in the town of Barsalogho, according to local officials.",
     D(2024, 9, 12), [("two weeks after", None)], "200"),
    ("The talks on Wednesday came two weeks after gunmen killed at least 200 people in Barsalogho.",
     D(2024, 9, 12), [("Wednesday", D(2024, 9, 11)), ("two weeks after", D(2024, 8, 28))], "200"),
    ("The ceasefire was announced on Friday, three days after an air strike killed 45 civilians in a market.",
     D(2024, 9, 12), [("Friday", D(2024, 9, 6)), ("three days after", D(2024, 9, 3))], "45"),
    # "at least 44" opens the event's clause; "a day after at noon" would not
    ("The talks on Wednesday came a day after at least 44 civilians were killed in Kokorou.",
     D(2024, 9, 12), [("Wednesday", D(2024, 9, 11)), ("a day after", D(2024, 9, 10))], "44"),
]


@pytest.mark.parametrize(("text", "reference", "expected", "figure"), EVENT_OFFSETS)
def test_event_offsets_leave_the_clause_to_other_mentions(text, reference, expected, figure):
    found = times(text, reference)
    assert [(m.text, m.value.start) for m in found] == expected
    at = text.index(figure)
    assert not any(m.start <= at < m.end for m in found)
    event = found[-1].value
    if event.start is None:
        assert event.anchor.startswith("unresolved")


def test_event_figures_reach_the_quantity_extractor():
    from crosscheck.extract import Extractors
    from crosscheck.models import LineMap, Zone

    text = "The talks came two weeks after gunmen killed at least 200 people in the town of Barsalogho, according to local officials."
    document = Document(id="x", path="x.txt", format="text", encoding="utf-8", text=text, lines=LineMap.for_text(text),
                        published=D(2024, 9, 12), body=[Zone(start=0, end=len(text))])
    mentions = Extractors(load_rules()).extract(document).mentions
    assert any(m.kind == "quantity" and "200" in m.text for m in mentions)


# ---------------------------------------------------------------------------------------------
# Values: invalid days, no publication date, modality


@pytest.mark.parametrize("text", ["on February 30, 2024", "on Feb 30", "on April 31"])
def test_impossible_days_are_reported_not_invented(text):
    found = only(text)
    assert found.value.start is None and found.value.end is None
    assert "does not exist" in found.value.invalid


@pytest.mark.parametrize(("text", "reference", "day"), [
    ("Bamako, Monday, Sept. 22, 2020", D(2022, 10, 4), D(2020, 9, 22)),
    ("The quake struck on Saturday, October 12, 2025.", D(2025, 10, 14), D(2025, 10, 12)),
    ("Talks ended on Thu 5 March 2025 in Doha.", D(2025, 3, 9), D(2025, 3, 5)),
])
def test_weekday_that_contradicts_the_date_keeps_the_date(text, reference, day):
    """The explicit date wins; the date is possible, so it is not `invalid`."""
    found = only(text, reference)
    assert (found.value.start, found.value.end, found.value.invalid) == (day, day, None)


@pytest.mark.parametrize(("text", "problem"), [
    ("The quake struck late on Saturday, October 12, 2025, officials said.", "2025-10-12 is a Sunday, not a Saturday"),
    ("Talks ended on Thu 5 March 2025 in Doha.", "2025-03-05 is a Wednesday, not a Thursday"),
    ("Talks ended on Wednesday 5 March 2025 in Doha.", None),
])
def test_weekday_clash_becomes_an_internal_finding(text, problem):
    from crosscheck.compare.internal import weekday_mismatches
    from crosscheck.extract import Extractors
    from crosscheck.models import LineMap, Zone

    document = Document(id="x", path="x.txt", format="text", encoding="utf-8", text=text, lines=LineMap.for_text(text),
                        published=D(2025, 10, 14), body=[Zone(start=0, end=len(text))])
    findings = weekday_mismatches([Extractors(load_rules()).extract(document)])
    if problem is None:
        assert findings == []
    else:
        assert [f.kind for f in findings] == ["internal"] and problem in findings[0].summary


def test_without_publication_date_relative_times_stay_unresolved():
    found = times("On Monday the army said that it took power in March, not in August 2020.", None)
    values = {m.text: m.value for m in found}
    assert values["Monday"].start is None and values["Monday"].granularity == "day"
    assert values["March"].start is None and values["March"].granularity == "month"
    assert values["August 2020"].start == D(2020, 8, 1)


# ---------------------------------------------------------------------------------------------
# Things that are not times


@pytest.mark.parametrize(
    "text",
    [
        "We discussed bilateral issues.",
        "The talks may resume soon.",
        "Turnout reached 75% of voters.",
        "Central Bank Raises Monetary Policy Rate to 24.75% to Tame Inflation",
        "on the 60th anniversary of independence",
        "2min",
        "approximately 1,000 US troops",
        "The temperature was 30.1 C.",
        "The meeting started at 11:06.",
        "Shawwal 1446 AH Crescent Sighted",
        "© 2023 AAN TV - All rights reserved.",
        "They march on the capital.",
        "He scored 2020 points over his career.",
        "Flight 2024 landed safely.",
        # added with the forms above: fractions, ordinals, "the day", "now", holiday look-alikes
        "He paid 3/4 of the bill.",
        "The channel offers 24/7 coverage.",
        "They worked a 1/2 day shift.",
        "Cut it by 1/3 and serve.",
        "Art of the 21st century.",
        "At the end of the day, voters decided.",
        "He remembered the day.",
        "It was the question of the day.",
        "The army now controls the town.",
        "She came first and he came second.",
        "The second round is open.",
        "Flights to Christmas Island resumed.",
        "The Easter Island statues were restored.",
        "Mali celebrates its Independence Day.",
        "Jan Smith spoke to Jan about the plan.",
        "The US president met new world leaders.",
        "It was the year that changed everything.",
        # a length of time before "after": no time counted from the event after it
        "He was banned for four years after a sample tested positive.",
        "She served for two years after the coup.",
    ],
)
def test_not_times(text):
    assert times(text) == []


# ---------------------------------------------------------------------------------------------
# The seed articles (seed-expectations.md section 3), through the pipeline interface


@pytest.fixture(scope="module")
def seed_mentions():
    extractor = TimeExtractor(RulePack(files={"time": [_default_rules()]}))
    out = {}
    for prefix in SEED_BODIES:
        document = seed_document(prefix)
        out[prefix] = (document, extractor.extract(document, split_sentences(document)))
    return out


@pytest.mark.parametrize(("doc", "phrase", "target", "expected"), SECTION3, ids=[f"{r[0]}:{r[1]}:{r[2]}" for r in SECTION3])
def test_section3(seed_mentions, doc, phrase, target, expected):
    document, mentions = seed_mentions[doc]
    start, end = locate(document, phrase, target)
    hits = [m for m in mentions if m.start < end and start < m.end]
    assert hits, f"no time mention at {target!r}"
    values = [m.value for m in hits]
    assert any(all(getattr(v, k) == w for k, w in expected.items()) for v in values), values


def test_seed_mentions_keep_offsets_lines_and_sentences(seed_mentions):
    for document, mentions in seed_mentions.values():
        for mention in mentions:
            assert mention.kind == "time" and mention.id == "" and mention.document == document.id
            assert document.text[mention.start : mention.end] == mention.text
            assert mention.line == document.line_of(mention.start)


def test_a_cardinal_day_word_needs_the_end_of_the_clause():
    found = only("In May twenty people died.", D(2024, 6, 5))
    assert (found.text, found.value.granularity) == ("May", "month")


def test_numeric_days_listed_after_a_cue():
    found = times("The board met on 11/20, 11/22 or 11/25.", D(2018, 11, 28))
    assert [(m.text, m.value.start) for m in found] == [("11/20", D(2018, 11, 20)), ("11/22", D(2018, 11, 22)), ("11/25", D(2018, 11, 25))]


def test_and_joins_two_days_only_after_between():
    assert [m.text for m in times("Cortana, I am looking at 18 and 19 June.")] == ["19 June"]


def test_holiday_examples():
    holidays = _default_rules().holidays
    for sentence in holidays.examples.match:
        assert any(m.value.granularity in ("day", "open") for m in times(sentence)), sentence
    for sentence in holidays.examples.no_match:
        assert times(sentence) == [], sentence


@pytest.mark.parametrize(
    ("rule", "message"),
    [({"names": ["x day"], "month": 2}, "a holiday is"), ({"names": ["x day"], "month": 2, "weekday": "funday", "nth": 1}, "unknown weekday"),
     ({"names": ["x day"], "month": 13, "day": 1}, "less than or equal")],
)
def test_holiday_rules_are_checked(rule, message):
    from pydantic import ValidationError

    from crosscheck.extract.time_rules import HolidayRule

    with pytest.raises(ValidationError, match=message):
        HolidayRule(**rule)


@pytest.mark.parametrize(
    ("name", "year", "expected"),
    [("thanksgiving", 2024, D(2024, 11, 28)), ("memorial day", 2024, D(2024, 5, 27)), ("easter", 2024, D(2024, 3, 31)),
     ("easter", 2025, D(2025, 4, 20)), ("good friday", 2019, D(2019, 4, 19)), ("us labor day", 2023, D(2023, 9, 4)),
     ("christmas", 2030, D(2030, 12, 25))],
)
def test_holiday_days(name, year, expected):
    assert _default_rules().holidays.days[name].holiday(name).on(year) == expected


def test_seed_bodies_have_no_false_times(seed_mentions):
    texts = {m.text.lower() for _, mentions in seed_mentions.values() for m in mentions}
    assert not texts & {"we", "may", "75%", "24.75%", "2min"}


# ---------------------------------------------------------------------------------------------
# Calendar rules of the normaliser


@pytest.mark.parametrize(
    ("weekday", "reference", "direction", "expected"),
    [
        (2, D(2024, 3, 27), "past", D(2024, 3, 27)),  # Wednesday in a Wednesday article: that day
        (2, D(2024, 3, 27), "future", D(2024, 3, 27)),
        (1, D(2024, 3, 27), "past", D(2024, 3, 26)),
        (1, D(2024, 3, 27), "future", D(2024, 4, 2)),
        (6, D(2025, 6, 23), "past", D(2025, 6, 22)),
    ],
)
def test_bare_weekday(weekday, reference, direction, expected):
    assert bare_weekday(weekday, reference, direction) == expected


def test_relative_weekdays_are_week_based():
    assert week_weekday(2, D(2019, 1, 31), -1) == D(2019, 1, 23)
    assert week_weekday(4, D(2019, 1, 31), 1) == D(2019, 2, 8)


@pytest.mark.parametrize(
    ("month", "reference", "direction", "strict", "year"),
    [(3, D(2024, 6, 5), "past", False, 2024), (12, D(2024, 3, 27), "past", False, 2023), (7, D(2024, 6, 5), "past", True, 2023),
     (6, D(2024, 6, 5), "past", True, 2023), (9, D(2024, 6, 5), "future", False, 2024), (3, D(2024, 6, 5), "future", False, 2025)],
)
def test_month_year(month, reference, direction, strict, year):
    assert month_year(month, reference, direction, strict) == year


def test_parts_are_thirds():
    september = month_period(2024, 9)
    assert (with_part(september, "mid").start, with_part(september, "mid").end) == (D(2024, 9, 11), D(2024, 9, 20))
    assert with_part(month_period(2024, 2), "late").end == D(2024, 2, 29)


# ---------------------------------------------------------------------------------------------
# Properties

FORMATS = [
    lambda d: f"{d:%B} {d.day}, {d.year}",
    lambda d: f"{d.day} {d:%B} {d.year}",
    lambda d: f"{d.day} {d:%b} {d.year}",
    lambda d: f"{d:%b}{'' if d.month == 5 else '.'} {d.day}, {d.year}",
    lambda d: f"{d:%A}, {d:%B} {d.day}, {d.year}",
    lambda d: f"{d:%B} {d:%d}, {d.year} at {d:%I}:15PM",
    lambda d: d.isoformat(),
    lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
    lambda d: f"the {d.day}th of {d:%B} {d.year}",
]


@settings(max_examples=300, deadline=None)
@given(day=st.dates(min_value=D(1900, 1, 1), max_value=D(2099, 12, 31)), form=st.sampled_from(range(len(FORMATS))), reference=st.none() | st.dates(min_value=D(1990, 1, 1), max_value=D(2040, 12, 31)))
def test_absolute_formats_round_trip(day, form, reference):
    written = FORMATS[form](day)
    text = f"The agreement was signed on {written} in Bamako."
    found = only(text, reference)
    assert found.text.endswith(written.removeprefix("the "))
    assert (found.value.start, found.value.end, found.value.granularity, found.value.invalid) == (day, day, "day", None)


@settings(max_examples=200, deadline=None)
@given(month=st.integers(1, 12), year=st.integers(1900, 2099), reference=st.dates(min_value=D(1990, 1, 1), max_value=D(2040, 12, 31)))
def test_month_year_round_trips(month, year, reference):
    written = f"{date(year, month, 1):%B} {year}"
    found = only(f"It began in {written}.", reference)
    last = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1))
    assert (found.value.start, found.value.end, found.value.granularity) == (date(year, month, 1), last, "month")


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=300), reference=st.none() | st.dates())
def test_arbitrary_text_never_raises(text, reference):
    dropped = _default_extractor().dropped
    for found in extract_times_from_text(text, reference):
        assert 0 <= found.start < found.end <= len(text)
        assert text[found.start : found.end] == found.text
    assert _default_extractor().dropped == dropped  # no sentence lost to a fault of the reader


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(st.sampled_from(["on", "Monday", "the", "day", "before", "since", "2012", "mid-", "March", "last", "year", "a", "after", "by",
                                    "September", "4", ",", "2020", "and", "2021", "from", "to", "26", "following", "that", "month", "ago", "two", "weeks", "in", "recent", "months"]), max_size=30),
    reference=st.none() | st.dates(),
)
def test_calendar_word_soup_never_raises(words, reference):
    text = " ".join(words)
    dropped = _default_extractor().dropped
    for found in extract_times_from_text(text, reference):
        assert text[found.start : found.end] == found.text
    assert _default_extractor().dropped == dropped


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.sampled_from(["the", "third", "quarter", "a", "year", "ago", "earlier", "net", "rose", "$5", "million", "1",
                                       "in", "fourth", "period", "of", "1989", "until", "Friday", "by", "days", "after", "two", "."]),
                      max_size=25),
       reference=st.sampled_from([D(1, 1, 1), D(1, 3, 1), D(9999, 12, 31), D(2026, 5, 21)]))
def test_reporting_periods_at_the_ends_of_the_calendar_lose_no_sentence(words, reference):
    """A publication date in year 1 or 9999 leaves no year before or after it: the times that
    would leave the calendar are unresolved, and no sentence is lost to an overflow."""
    dropped = _default_extractor().dropped
    extract_times_from_text(" ".join(words), reference)
    assert _default_extractor().dropped == dropped


def test_a_sentence_the_reader_fails_on_is_counted_and_logged_with_its_line(monkeypatch, caplog):
    """A fault of the time reader never stops the run, nor hides the loss: the sentence is
    counted in ``dropped`` and logged with its file and line."""
    extractor = TimeExtractor(RulePack(files={"time": [_default_rules()]}))

    def fail(self, *args):
        raise RuntimeError("boom")

    monkeypatch.setattr(_SentenceResolver, "resolve_sentence", fail)
    with caplog.at_level(logging.DEBUG, logger="crosscheck.extract.times"):
        found = extractor.extract_text("Nothing here.\n\nIt rained on May 3, 2024.", None)
    assert found == [] and extractor.dropped == 1
    assert "<text>:3" in caplog.text and "RuntimeError" in caplog.text


def test_a_plan_after_a_past_arrival_keeps_each_day_in_its_tense():
    found = times("The minister arrived in Nairobi on Wednesday and is due to meet President Ruto on Friday.", D(2025, 10, 23))
    assert [(m.text, m.value.start, m.value.modality) for m in found] == [
        ("Wednesday", D(2025, 10, 22), "asserted"), ("Friday", D(2025, 10, 24), "expected"),
    ]


def test_a_year_earlier_lies_a_year_before_the_months_it_compares():
    """"Revenue fell in the July-September quarter from 3.05 billion euros a year earlier": the
    comparison's time is the same months a year before, not the whole earlier year."""
    found = extract_times_from_text("Revenue fell 7% to 2.84 billion euros in the July-September quarter from "
                                    "3.05 billion euros a year earlier, the company said.", D(2026, 10, 29))
    assert [(m.text, m.value.start, m.value.end) for m in found] == [
        ("July-September", D(2026, 7, 1), D(2026, 9, 30)), ("a year earlier", D(2025, 7, 1), D(2025, 9, 30))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a superlative's "since" names the earlier event compared with: no interval of this one
        ("The sinking is the deadliest off Tunisia since March 2025.", []),
        ("It was the worst attack since 2019.", []),
        # an interval still is one
        ("The curfew has been in force since July 26.", [("since July 26", D(2026, 7, 26), None)]),
        ("Since March 2025, 27 boats have sunk.", [("Since March 2025", D(2025, 3, 1), None)]),
    ],
)
def test_a_superlatives_since_is_no_interval(text, expected):
    found = extract_times_from_text(text, D(2026, 9, 23))
    assert [(m.text, m.value.start, m.value.end) for m in found] == expected



@pytest.mark.parametrize(("text", "expected"), [
    # after a superlative, "since <time>, when ..." names the earlier event the clause tells: a point
    ("It was the first successful no-confidence motion in Romania since October 2021, when the cabinet was ousted.",
     [(D(2021, 10, 1), D(2021, 10, 31), "month")]),
    ("The sinking is the deadliest off Tunisia since March 2025, when 27 people drowned.", [(D(2025, 3, 1), D(2025, 3, 31), "month")]),
    # without the clause, the earlier event is not told: the time dates nothing
    ("It was the deadliest sinking off Tunisia since March 2025.", []),
    # without a superlative, "since" stays an interval, whatever follows
    ("Prices have risen since March, when the war began.", [(D(2026, 3, 1), None, "open")]),
])
def test_since_a_time_when_names_the_earlier_event(text, expected):
    assert [(m.value.start, m.value.end, m.value.granularity) for m in times(text, D(2026, 10, 1))] == expected


@pytest.mark.parametrize(("text", "kept"), [
    # four digits before a unit of measure ("1500 metres", "a 2000-hectare fire") are a measure
    ("The climbers were found at 1500 metres.", []),
    ("The fire spread to 2000 hectares overnight.", []),
    ("A 1500-metre stretch of road collapsed.", []),
    ("The plant emits 1990 tonnes a year.", []),
    # a year before other words stays a year
    ("In 2020 voters chose a new council.", ["2020"]),
    ("The 1999 floods cost 2000 jobs.", ["1999"]),
])
def test_four_digits_before_a_unit_are_no_year(text, kept):
    # the whole rule pack: the units of measure come from rules/en/quantities.yaml
    found = TimeExtractor(load_rules()).extract_text(text, date(2024, 3, 28), "en")
    assert [m.text for m in found] == kept
