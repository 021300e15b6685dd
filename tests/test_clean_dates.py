"""Tests of the date shapes and the publication-date choice of the clean stage."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.clean import Cleaner
from crosscheck.clean.dates import clock_after, clock_of
from crosscheck.clean.datestamps import DateShapes
from crosscheck.models import LineMap, RawDocument
from crosscheck.rules import load_rules

CLEANER = Cleaner(load_rules())
US = DateShapes()
FRENCH = CLEANER.reader("fr")._dates

BODY = (
    "The council said on Monday that the new rules would apply to every district of the city from next year.\n\n"
    "Officials added that the budget for the programme had been approved by a large majority of its members.\n"
)


def read(text: str):
    return CLEANER.clean(RawDocument(id="t", path="t.txt", format="text", encoding="utf-8", text=text, lines=LineMap.for_text(text)))


@pytest.mark.parametrize("text,day", [
    ("11/18/19 11:04 PM EST", date(2019, 11, 18)),
    ("13/06/2014", date(2014, 6, 13)),
    ("11.15.2019", date(2019, 11, 15)),
    ("2019-11-18T20:51:19Z", date(2019, 11, 18)),
    ("21:17 18.11.2019Get short URL", date(2019, 11, 18)),
    ("Published Tue, Nov 19 20197:05 AM EST", date(2019, 11, 19)),
    ("Wednesday, 20th November 2019", date(2019, 11, 20)),
])
def test_numeric_timestamped_and_glued_dates(text, day):
    found = US.search(text)
    assert found is not None and US.parse(found) == day


def test_ambiguous_numeric_date_follows_the_language():
    assert US.parse(US.search("03/04/2024")) == date(2024, 3, 4)
    assert FRENCH.parse(FRENCH.search("03/04/2024")) == date(2024, 4, 3)
    assert FRENCH.parse(FRENCH.search("Publié le mardi 26 mars 2024 à 10h30")) == date(2024, 3, 26)
    assert FRENCH.parse(FRENCH.search("le 1er août 2023")) == date(2023, 8, 1)


@given(st.text(max_size=40))
def test_date_shapes_never_raise(text):
    found = US.search(text)
    if found:
        US.parse(found)


@pytest.mark.parametrize("date_line,day", [
    ("By Justine Coleman - 11/18/19 11:04 PM EST", date(2019, 11, 18)),
    ("Nov 18, 2019 at 9:24 pm ET • 2 min read", date(2019, 11, 18)),
    ("By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy", date(2019, 11, 18)),
    ("November 19, 2019 | 4:20am | Updated November 20, 2019 | 9:32pm", date(2019, 11, 19)),
    ("Written by Jane Roe, MS, RD on November 14, 2019", date(2019, 11, 14)),
    # a meta line of short parts: outlet, section, date, reading time
    ("*Desert Times Online · Politics · March 18, 2026 · 2 min read*", date(2026, 3, 18)),
    ("Lake Basin Herald | World News | 18 March 2026 | 3 min read", date(2026, 3, 18)),
])
def test_date_line_under_the_headline_is_the_publication_date(date_line, day):
    doc = read(f"Menu\nCouncil approves new district rules for the city\n{date_line}\n\n{BODY}")
    assert doc.published == day, doc.published_evidence


def test_updated_stamp_is_used_only_without_a_publication_date():
    doc = read(f"Council approves new district rules for the city\nUpdated 1:39 am EST, Wednesday, November 20, 2019\n\n{BODY}")
    assert doc.published == date(2019, 11, 20)
    doc = read(f"Council approves new district rules\nPublished November 18, 2019\nUpdated November 20, 2019\n\n{BODY}")
    assert doc.published == date(2019, 11, 18)


def test_the_date_under_the_first_copy_of_a_repeated_headline_counts_as_under_the_title():
    # The headline sits in the navigation block with its date, and the gallery shows it again.
    headline = "Council approves new district rules for the city"
    caption = "The mayor speaks with a business owner during a campaign stop in the old town, Tuesday, Nov. 19, 2019."
    page = (f"Sections\nMost Popular\nNews\nSport\n{headline}\nJane Roe, Associated Press\nUpdated 12:24 am EST, Wednesday, November 20, 2019\n"
            f"{caption}\n{caption}\nImage 1 of 5\n{headline}\nBack to Gallery\n\n{BODY}\nMost Popular\nTuesday, November 19, 2019\n")
    doc = read(page)
    assert doc.title == headline
    assert doc.published == date(2019, 11, 20)


def test_the_date_in_the_menu_block_that_runs_into_the_header_beats_a_related_post_date():
    page = ("Videos\nNews\nSport\nCouncil approves new district rules for the city\nNov. 18th 2019 8:54 am\n\n" + BODY
            + "\nA related post about the budget of the city\nNovember 4, 2019\n")
    assert read(page).published == date(2019, 11, 18)


def test_a_date_in_the_readers_comments_never_dates_the_article():
    paragraphs = "\n\n".join([
        "The council said on Monday that the new rules would apply to every district of the city from next year.",
        "Officials added that the budget for the programme had been approved by a large majority of its members.",
        "Opponents said the rules would raise rents in the old town, where most of the new housing is planned.",
    ])
    text = (f"Council approves new district rules\n\n{paragraphs}\n\n"
            "2 responses to “Council approves new district rules”\n"
            "Alex on September 17, 2018 at 6:34 am said:\n\nI think the rules will not change anything in my street.\n")
    assert read(text).published is None


def test_a_line_of_long_parts_under_the_headline_is_not_a_meta_line():
    doc = read("Council approves new district rules for the city\n"
               f"Plan · approved on March 18, 2026 by the full council · in force\n\n{BODY}")
    assert doc.published is None


FRENCH_BODY = (
    "Le conseil a déclaré lundi que les nouvelles règles s'appliqueraient à tous les quartiers de la ville dès l'année prochaine.\n\n"
    "Les responsables ont ajouté que le budget du programme avait été approuvé par une large majorité de ses membres.\n"
)


@pytest.mark.parametrize("date_line,day", [
    # a byline of a desk or outlet, then the date with its clock time in any form
    ("*Par la rédaction de Radio Armorique Rennes · vendredi 9 octobre 2026 à 18 h 05*", date(2026, 10, 9)),
    ("Par la rédaction de Radio Armorique Rennes · vendredi 9 octobre 2026 à 18h05", date(2026, 10, 9)),
    ("Radio Armorique, rédaction de Rennes et de Brest | 9 oct. 2026 à 18h", date(2026, 10, 9)),
    ("Publié le 9 octobre 2026 à 18 heures", date(2026, 10, 9)),
    ("Mis à jour le 09/10/2026 à 18:05", date(2026, 10, 9)),
    ("9 oct. 2026 à 18h05", date(2026, 10, 9)),
])
def test_a_french_date_with_its_clock_time_is_the_publication_date(date_line, day):
    doc = read(f"Le conseil adopte les nouvelles règles des quartiers\n{date_line}\n\n{FRENCH_BODY}")
    assert doc.published == day, doc.published_evidence


@pytest.mark.parametrize("date_line,day", [
    ("Published 9 October 2026, 18:05 BST", date(2026, 10, 9)),
    ("The Lake Basin Herald's political desk in the capital · 9 October 2026 at 6.05pm", date(2026, 10, 9)),
    ("Staff and wire reports from the newsroom of the Herald - October 9, 2026 - 6:05 p.m. ET", date(2026, 10, 9)),
])
def test_an_english_date_with_its_clock_time_is_the_publication_date(date_line, day):
    doc = read(f"Council approves new district rules for the city\n{date_line}\n\n{BODY}")
    assert doc.published == day, doc.published_evidence


def test_a_sentence_with_a_date_and_a_time_is_no_date_line():
    doc = read("Council approves new district rules for the city\n"
               f"The council voted on 9 October 2026 at 18:05 after a long debate.\n\n{BODY}")
    assert doc.published is None


@given(hour=st.integers(0, 23), minute=st.integers(0, 59),
       form=st.sampled_from(["{h}:{m:02d}", "{h}h{m:02d}", "{h} h {m:02d}", "{h}h", "{h} heures", "{h}.{m:02d}pm"]))
def test_every_printed_clock_time_follows_a_date(hour, minute, form):
    text = "vendredi 9 octobre 2026 à " + form.format(h=hour, m=minute)
    found = FRENCH.search(text)
    assert clock_after(text, found).group() == text[text.index(" à ") + 3:]


@pytest.mark.parametrize("text, clock", [
    ("07 h 30", "07:30"), ("7:05 PM", "19:05"), ("18h05", "18:05"), ("6 pm", "18:00"), ("12:10 a.m.", "00:10"),
    ("17 heures", "17:00"), ("11 h 15", "11:15"), ("25:00", None), ("13 pm", None),
])
def test_the_clock_time_printed_with_a_date(text, clock):
    found = clock_of(text)
    assert (found.strftime("%H:%M") if found else None) == clock


@pytest.mark.parametrize("date_line, clock", [
    ("October 14, 2026 7:05 PM CEST", "19:05"),
    ("By Mathilde Dupont, Wednesday 14 October 2026 at 07:30", "07:30"),
    ("October 14, 2026", None),
])
def test_a_page_keeps_the_clock_time_of_its_publication_date(date_line, clock):
    doc = read(f"Bridge toll rises to four\n\n{date_line}\n\n{BODY}")
    assert str(doc.published) == "2026-10-14"
    assert (doc.published_time.strftime("%H:%M") if doc.published_time else None) == clock


def test_a_given_day_takes_the_clock_time_the_page_prints_with_it_on_a_line_of_its_own():
    text = ("Par Mathilde Dupont — mercredi 14 octobre 2026 à 07 h 30\n"
            "Le pont s'est effondré le 14 octobre 2026 à 17 h 40, selon la préfecture.\n")
    given = RawDocument(id="t", path="t.json", format="json", encoding="utf-8", text=text, lines=LineMap.for_text(text),
                        given_published=date(2026, 10, 14))
    assert CLEANER.clean(given).published_time.strftime("%H:%M") == "07:30"
    later = text.split("\n", 1)[1]  # a sentence's hour is an event's, not the page's
    given = given.model_copy(update={"text": later, "lines": LineMap.for_text(later)})
    assert CLEANER.clean(given).published_time is None
