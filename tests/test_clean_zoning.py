"""Tests of line zoning on page shapes seen on real news pages: what the body region keeps and
what it leaves out (teaser lists, gallery captions, wire datelines, pages in languages without
rules). The pages are written for these tests."""

from __future__ import annotations

from crosscheck.clean import Cleaner
from crosscheck.clean.shapes import split_lines
from crosscheck.models import Document, LineMap, RawDocument
from crosscheck.rules import load_rules

CLEANER = Cleaner(load_rules())

PARAGRAPHS = [
    "The council approved new district rules on Monday, officials said, after a long debate about the city budget.",
    "The district rules will apply from next year, and the council expects the budget to grow by a tenth.",
    "Opponents said the rules would raise rents in the old town, where most of the new housing is planned.",
]


def clean(text: str, language: str | None = "en") -> Document:
    raw = RawDocument(id="t", path="t.txt", format="text", encoding="utf-8", text=text, lines=LineMap.for_text(text))
    return CLEANER.reader(language).clean(raw, split_lines(text), language)


def body(doc: Document) -> list[str]:
    return [doc.text[s.start : s.end] for s in doc.body if s.kind in ("body", "list", "quote")]


def test_numbered_most_popular_teasers_after_the_article_stay_out():
    teasers = ("Most Popular\n1\nThousands of streaming accounts were hacked and sold online for as little as three dollars\n"
               "2\nMan charged with manslaughter in friend's shooting death\n"
               "3\nFor years, people pinned dollar bills to the ceiling of the bar. Why they finally took them down\n")
    doc = clean("Council approves new district rules\n\n" + "\n\n".join(PARAGRAPHS) + "\n\n" + teasers)
    assert body(doc) == PARAGRAPHS


def test_a_long_paragraph_of_several_sentences_without_a_final_mark_is_body():
    paragraph = ("The mayor said the plan was only a first step. Families in the old town have waited years for "
                 "the housing it promises, and the council will vote again in spring on a second part of it that "
                 "covers the harbour district and the roads around it, according to the mayor's office")
    doc = clean("Council approves new district rules\n\n" + "\n\n".join([*PARAGRAPHS, paragraph]) + "\n")
    assert paragraph in body(doc)


def test_a_wire_dateline_opens_the_body_even_when_the_paragraph_ends_with_a_colon():
    first = "HAYWARD, Calif. (AP) — The Latest on a deadly stabbing on a San Francisco Bay Area commuter train (all times local):"
    doc = clean("The Latest: Man stabbed on commuter train\nUpdated 10:01 pm PST, Tuesday, November 19, 2019\n\n"
                + first + "\n\n" + "\n\n".join(PARAGRAPHS) + "\n")
    assert body(doc)[0] == first


def test_a_label_with_a_colon_is_no_dateline():
    doc = clean("Council approves new district rules\n\n" + "\n\n".join(PARAGRAPHS)
                + "\n\nREAD MORE: Council approves new district rules in a close vote after a long and heated debate\n")
    assert body(doc) == PARAGRAPHS


def test_gallery_captions_shown_twice_are_not_body():
    caption = "The mayor, left, speaks with a business owner during a campaign stop, Tuesday, Nov. 19, 2019, in the old town."
    gallery = f"{caption}\n{caption}\nPhoto: Jane Roe, AP\nImage 1 of 5\nBack to Gallery\n"
    doc = clean("Council approves new district rules\nNovember 19, 2019\n\n" + gallery + "\n" + "\n\n".join(PARAGRAPHS) + f"\n\n{caption}\n")
    assert body(doc) == PARAGRAPHS


def test_a_sentence_the_article_repeats_between_its_paragraphs_is_kept_once():
    highlight = "Mali is one of the countries in the region most affected by attacks on villages and towns."
    text = ("Council approves new district rules\n\n" + highlight + "\n\n" + PARAGRAPHS[0] + "\n\n" + highlight
            + "\n\n" + "\n\n".join(PARAGRAPHS[1:]) + "\n")
    assert body(clean(text)) == [PARAGRAPHS[0], highlight, *PARAGRAPHS[1:]]


def test_long_sentences_of_a_language_without_rules_and_few_short_words_are_body():
    # Indonesian has few words of one to three letters, which stand in for function words there.
    paragraphs = [
        "Jangan lebay dalam mencintai atau membenci sesuatu. Biasa biasa saja. Jangan sampai karena kita amat membenci satu kaum, akhirnya kita justru menganiaya mereka.",
        "Kita harus berhati-hati terhadap aliran ekstrim yang menanamkan kebencian yang amat sangat pada satu kaum sehingga akhirnya membantai kaum tersebut.",
    ]
    doc = clean("Beranda\nTentang Kami\nJangan Membenci Satu Kaum Secara Berlebihan\n\n" + "\n\n".join(paragraphs) + "\n\nShare this:\nFacebook\n", language="id")
    assert body(doc) == paragraphs


def test_a_long_line_of_keywords_without_punctuation_is_no_paragraph():
    tags = " ".join(["council budget housing rents harbour roads vote district town mayor"] * 5)
    doc = clean("Council approves new district rules\n\n" + "\n\n".join(PARAGRAPHS) + f"\n\nTags\n\n{tags}\n")
    assert body(doc) == PARAGRAPHS


def test_the_summary_above_the_byline_is_the_standfirst_and_the_byline_is_no_list_item():
    standfirst = "There are more devices and services to choose from than ever before. Here is how to pick what suits your habits."
    doc = clean("Tech Review\nSo Many Ways to Play and Pay\n" + standfirst + "\nBy Sarah E. Needleman\nNov. 19, 2019 8:03 am ET\n\n"
                + "\n\n".join(PARAGRAPHS) + "\n")
    assert body(doc) == PARAGRAPHS
    assert [doc.text[s.start : s.end] for s in doc.body if s.kind == "standfirst"] == [standfirst]
    assert doc.authors == ["Sarah E. Needleman"]


def test_a_photo_credit_with_by_inside_the_article_does_not_cut_it():
    credit = "Cover image: an artist's impression of the installation by Peter Koros Design at the festival"
    doc = clean("Council approves new district rules\nBy Jane Roe - 2018-09-16\n\n" + PARAGRAPHS[0] + f"\n\n{credit}\n\n"
                + "\n\n".join(PARAGRAPHS[1:]) + "\n")
    assert body(doc)[0] == PARAGRAPHS[0]


def test_newsletter_box_and_author_bio_after_the_article_are_cut():
    tail = ("Jane Roe is a freelance writer based in Toronto. Her work has appeared in a number of publications.\n\n"
            "Get the day's top headlines delivered to your inbox every morning by subscribing to our newsletter.\n\n"
            "No spam, we promise. You can unsubscribe at any time and we will never share your details.\n")
    doc = clean("Council approves new district rules\n\n" + "\n\n".join(PARAGRAPHS) + "\n\n" + tail)
    assert body(doc) == PARAGRAPHS


def test_a_quote_about_this_case_closing_the_article_stays():
    quote = ('"We believe that justice has been served in this case. My hope is that this community will find solace," '
             "said the attorney.")
    doc = clean("Council approves new district rules\n\n" + "\n\n".join([*PARAGRAPHS, quote]) + "\n")
    assert body(doc) == [*PARAGRAPHS, quote]


def test_a_numbered_list_announced_by_a_colon_closes_the_article_with_its_links():
    items = "".join(f"{n}) Product number {n} of the list (Blu-Ray)\nhttp://example.com/{n}\n\n" for n in range(1, 6))
    doc = clean("Council approves new district rules\n\n" + "\n\n".join(PARAGRAPHS)
                + "\n\nHere are the offers not to miss this week:\n\n" + items + "Tags\nnews\n")
    kept = body(doc)
    assert kept[: len(PARAGRAPHS) + 1] == [*PARAGRAPHS, "Here are the offers not to miss this week:"]
    assert "5) Product number 5 of the list (Blu-Ray)" in kept and "http://example.com/5" in kept


def test_a_list_after_a_short_lead_in_and_its_heading_closes_the_article():
    lead = "This game will help you!\n\nThe game has:\n\n"
    items = ("Hundreds of new tasks that will make the evening more interesting\nDozens of questions to know each other better\n"
             "Challenges to perform within a week after the game\n")
    doc = clean("Council approves new district rules\n\n" + "\n\n".join(PARAGRAPHS) + "\n\n" + lead + items + "\nFacebook\nTwitter\n")
    kept = body(doc)
    assert "Dozens of questions to know each other better" in kept and "The game has:" in kept


def test_link_titles_after_the_article_are_no_list():
    links = "Floods force thousands from homes\nCopper exports rise for a third month\nNew stadium opens in the capital\n"
    doc = clean("Council approves new district rules\n\n" + "\n\n".join(PARAGRAPHS) + "\n\n" + links)
    assert body(doc) == PARAGRAPHS


def test_a_table_between_paragraphs_is_body_and_does_not_split_the_article():
    rows = [f"{n}\tDriver {chr(64 + n)}\t{5100 - 10 * n}\t{n % 3}" for n in range(1, 31)]
    text = ("Home\nNews\n\n" + PARAGRAPHS[0] + "\n\nStandings after the last race:\n\nPos.\tDriver\tPoints\tWins\n"
            + "\n".join(rows) + "\n\n" + PARAGRAPHS[1] + "\n\n" + PARAGRAPHS[2] + "\n\nShare this:\nFacebook\n")
    kept = body(clean(text))
    assert kept[0] == PARAGRAPHS[0]
    assert rows[0] in kept and rows[-1] in kept
    assert kept[-1] == PARAGRAPHS[2]


def test_related_story_cards_after_the_article_are_cut_with_the_tags_over_them():
    cards = "\n".join(
        f"{title}\n{author}\nWednesday November 20, 2019\n{summary}" for title, author, summary in [
            ("Harbour plan divides the port town", "Jane Roe", "The port town has argued about its harbour for a decade, and the new plan has not settled it."),
            ("Why the bridge vote matters", "John Doe", "The bridge vote is the first test of the new mayor, who promised to finish the works by spring."),
        ])
    text = ("Council approves new district rules\n\n" + "\n\n".join(PARAGRAPHS)
            + "\n\nCity\nHousing\nShare your thoughts with friends.\nMore from the paper\n" + cards + "\n")
    assert body(clean(text)) == PARAGRAPHS


def test_dated_entries_of_several_paragraphs_are_no_related_cards():
    entries = "\n".join(
        f"November {day}, 2019\nOn day {day} the council heard the district plan again, and members asked for new figures.\n"
        f"The mayor said on day {day} that the district rules would be voted on before the end of the year."
        for day in (18, 19, 20))
    text = f"Council approves new district rules\n{PARAGRAPHS[0]}\n{entries}\n"
    kept = body(clean(text))
    assert [line[:9] for line in kept] == ["On day 18", "The mayor", "On day 19", "The mayor", "On day 20", "The mayor"]


def test_a_short_closing_sentence_of_background_is_body():
    closing = "City voters rejected similar district rules in 2019."  # few function words: short prose
    doc = clean("Council approves new district rules\n\n" + "\n\n".join([*PARAGRAPHS, closing])
                + "\n\nSource: news agencies\n\nAdvertisement\n")
    assert body(doc) == [*PARAGRAPHS, closing]


def test_a_short_line_without_a_past_verb_after_the_article_stays_out():
    doc = clean("Council approves new district rules\n\n" + "\n\n".join(PARAGRAPHS)
                + "\n\nSign up for our daily newsletter today.\n")
    assert body(doc) == PARAGRAPHS
