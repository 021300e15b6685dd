"""Tests of the headline choice: the page's structure, not the nearest short line."""

from __future__ import annotations

from crosscheck.clean import Cleaner
from crosscheck.models import LineMap, RawDocument
from crosscheck.rules import load_rules

CLEANER = Cleaner(load_rules())
BODY = (
    "The council approved new district rules on Monday, officials said, after a long debate about the city budget.\n\n"
    "The district rules will apply from next year, and the council expects the budget to grow by a tenth.\n"
)


def title_of(header: str) -> str | None:
    text = f"{header}\n\n{BODY}"
    return CLEANER.clean(RawDocument(id="t", path="t.txt", format="text", encoding="utf-8", text=text, lines=LineMap.for_text(text))).title


def test_headline_above_byline_beats_photo_credit_and_byline_without_by():
    header = "Home\nCouncil approves new district rules\nJANE ROE, EXAMPLE NEWS\nSteve Doe, AP Political Writer\nNov 18, 2019"
    assert title_of(header) == "Council approves new district rules"


def test_breadcrumbs_language_switchers_and_share_labels_are_not_headlines():
    header = "News » City » Council\nEN | FR | DE\nCouncil approves new district rules\nShow more sharing options\nShare All sharing options for: Council approves"
    assert title_of(header) == "Council approves new district rules"


def test_related_headline_far_above_loses_to_the_one_about_the_body():
    header = ("Football club signs a new striker from abroad\nWeather warning issued for the coast\n"
              "Council approves new district rules for the city budget\nBy Jane Roe\nNovember 18, 2019")
    assert title_of(header) == "Council approves new district rules for the city budget"


def test_standfirst_under_the_headline_is_not_the_title():
    header = ("Council approves new district rules\n\n"
              "The vote ends a long debate about the city budget and the district rules that divided the council for a year")
    assert title_of(header) == "Council approves new district rules"
