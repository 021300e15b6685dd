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


def title_of(header: str, body: str = BODY) -> str | None:
    text = f"{header}\n\n{body}"
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


def test_quotation_over_its_speaker_is_not_the_headline():
    """A fact-check page shows the claim in quotes with its speaker under it, then its own
    headline, and quotes the claim again in the article: the quotation shares more words with
    the article, yet it is no headline."""
    header = ('Home\nFact checks\n"Smugglers bring fifty million dollars of cocaine across the river every week."\n\n'
              "— Jane Roe on Sunday, October 13th, 2019 in a radio interview\n\n"
              "How much cocaine crosses the river?\n\n"
              "By John Doe and Mary Major on Monday, November 18th, 2019 at 11:08 a.m.")
    body = ("Smugglers bring cocaine across the river every week, Jane Roe said, and she put its value at fifty million dollars.\n\n"
            '"Smugglers bring fifty million dollars of cocaine across the river every week."\n\n'
            "Police seized cocaine worth twelve million dollars at the river last year, according to the agency's own figures.\n")
    assert title_of(header, body) == "How much cocaine crosses the river?"


def test_name_under_a_byline_label_line_is_a_byline_not_the_headline():
    """"Author:" alone on its line, the name under it: a byline, which the headline stands over."""
    header = ("Subscribe\nHome\nNews\nCouncil approves new district rules\n"
              "The council's decision ends a year of debate about the city budget.\n"
              "Author:\nCity Desk Editorial Staff\nPublish date:\nNov 18, 2019")
    assert title_of(header, BODY + "\nTags\nBy\nCity Desk Editorial Staff\n") == "Council approves new district rules"


def test_byline_label_and_name_on_two_lines_name_the_author():
    text = f"Council approves new district rules\nAuthor:\nJane Roe\nNov 18, 2019\n\n{BODY}"
    doc = CLEANER.clean(RawDocument(id="t", path="t.txt", format="text", encoding="utf-8", text=text, lines=LineMap.for_text(text)))
    assert doc.authors == ["Jane Roe"]


def test_subheading_under_the_date_block_loses_to_the_headline_over_it():
    """Headline, date line, then a subheading that the first paragraph repeats: the headline is
    the line over the date block, whatever the subheading shares with the body."""
    header = "Council budget row deepens\nPublished: 2019-11-18 10:24\n\nDistrict rules approved after a long debate"
    body = ("District rules approved after a long debate: the council voted on Monday, officials said, and the rules apply next year.\n\n"
            "The district rules will apply from next year, and the council expects the budget to grow by a tenth.\n")
    assert title_of(header, body) == "Council budget row deepens"


def test_headline_under_the_date_line_still_wins_without_a_headline_over_the_date():
    header = "Search in posts\nSearch in pages\nWednesday 20 November 2019 9:22 am\nCouncil approves new district rules\nJane Roe"
    assert title_of(header) == "Council approves new district rules"


ITALIAN_BODY = (
    "In questa pagina trovate sempre la classifica aggiornata del campionato fino all'ultima gara della stagione.\n\n"
    "Salvate la pagina nei preferiti e tornate a controllare la classifica del campionato dopo ogni gara.\n"
)


def test_two_word_headline_over_a_timestamp_in_a_language_without_rules():
    """No month names for Italian: the timestamp is known by its year and time of day, and the
    short headline right over it is the title, not a menu line further up."""
    text = ("Giochi di corse automobilistiche\nPiloti e squadre del campionato\nForum\n\n"
            "Classifica campionato\nvenerdì 22 ottobre 2010 ore 20:13\nCondividi su WhatsApp\n\n" + ITALIAN_BODY)
    doc = CLEANER.clean(RawDocument(id="t", path="t.txt", format="text", encoding="utf-8", text=text, lines=LineMap.for_text(text)))
    assert doc.title == "Classifica campionato"
    assert [text[z.start:z.end] for z in doc.furniture if z.kind == "byline"] == ["venerdì 22 ottobre 2010 ore 20:13"]


def test_an_item_of_a_list_of_alike_lines_is_not_the_headline():
    """A race calendar under its heading, each line shaped '<n>th round: <date> – <place>': the
    last item is nearest the text, yet the headline is the line over the date block."""
    rounds = "\n".join(f"{n}th round: {d} March – Circuit {c}" for n, d, c in [(4, 3, "North"), (5, 10, "East"), (6, 17, "South"), (7, 24, "West")])
    header = f"Home\nRacing\n\nStock car dates announced\nPublished 22 January 2018 at 0:13\n\nCalendar of the season\n\n{rounds}"
    body = ("The round at Circuit West may move: the organisers usually change one round or more before the summer.\n\n"
            "The organisers published the calendar in January, with a round at each circuit of the country.\n")
    assert title_of(header, body) == "Stock car dates announced"


def test_headline_over_the_publication_date_far_above_the_body_beats_a_teaser_near_it():
    """A car finder (fifty makes) and related stories stand between the article's header and its
    text: the headline is the line over the article's date, not the last teaser."""
    makes = "\n".join(f"Make {chr(65 + n // 26)}{chr(97 + n % 26)}" for n in range(50))
    teasers = "\n\n".join(f"NEWS\nRoadster model {n} gets a new engine and a lighter body\n\nJuly {n}, 2016" for n in range(1, 5))
    header = ("Home\nNews\nCouncil approves new district rules for the city\nJane Roe\n"
              "The vote ends a long debate about the city budget\nCity Desk November 20, 2019 13:42\n"
              f"FIND YOUR NEXT CAR\n{makes}\n\nMORE STORIES LIKE THIS ONE\n{teasers}")
    text = f"{header}\n\n{BODY}"
    doc = CLEANER.clean(RawDocument(id="t", path="t.txt", format="text", encoding="utf-8", text=text, lines=LineMap.for_text(text)))
    assert doc.title == "Council approves new district rules for the city"
    assert [text[z.start:z.end] for z in doc.body if z.kind == "standfirst"] == ["The vote ends a long debate about the city budget"]
