"""Tests of the clean stage: seeds (golden documents table, body survival, furniture removal),
synthetic pages in other outlets' styles, the rule examples, and properties on arbitrary text."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.clean import Cleaner, FurnitureRules, dateline_end
from crosscheck.clean.metadata import is_menu
from crosscheck.models import Document, LineMap, RawDocument
from crosscheck.pipeline import check, complete_publication_dates
from crosscheck.rules import RulePack, default_rules_dir, load_rule_file

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
GOLDEN = json.loads((Path(__file__).parent / "golden" / "seed_documents.json").read_text(encoding="utf-8"))


def _furniture_rules() -> FurnitureRules:
    model, problems = load_rule_file(default_rules_dir() / "en" / "furniture.yaml")
    assert not problems, [p.render() for p in problems]
    return model


RULES = _furniture_rules()
CLEANER = Cleaner(RulePack(files={"furniture": [RULES]}))


def raw(text: str, fmt: str = "text", doc_id: str = "t", **given) -> RawDocument:
    return RawDocument(id=doc_id, path=f"{doc_id}.txt", format=fmt, encoding="utf-8", text=text, lines=LineMap.for_text(text), **given)


def clean_seed(doc_id: str) -> Document:
    path = next(p for p in SEEDS if p.name.startswith(doc_id))
    return CLEANER.clean(raw(path.read_text(encoding="utf-8"), doc_id=doc_id))


def body_of(doc: Document, kinds: tuple[str, ...] = ("body", "list", "quote")) -> list[str]:
    """The article's own text (headline, standfirst and captions are read too, as their own zones)."""
    return [doc.text[s.start : s.end] for s in doc.body if s.kind in kinds]


def in_body(doc: Document, needle: str) -> bool:
    return any(needle in paragraph for paragraph in body_of(doc))


# ---------------------------------------------------------------------------------------------
# Seeds


@pytest.mark.parametrize("doc_id", sorted(k for k in GOLDEN if not k.startswith("_")))
def test_seed_documents_table(doc_id):
    doc = clean_seed(doc_id)
    got = {
        "title": doc.title,
        "published": doc.published.isoformat() if doc.published else None,
        "outlet": doc.outlet,
        "credit": doc.credit,
        "authors": doc.authors,
    }
    assert got == GOLDEN[doc_id]
    assert doc.published_evidence and doc.published_evidence.startswith("line ")


SEED_EVIDENCE = [
    ("000", "line 1: '2024-03-27'"),
    ("001", "line 32: 'June 05, 2024 at 07:49PM'"),
    ("002", "line 21: 'March 27, 2024'"),
    ("003", "line 79: '4 Oct 2022 20:09'"),
    ("004", "line 21: 'June 23, 2025'"),
]


@pytest.mark.parametrize("doc_id,evidence", SEED_EVIDENCE)
def test_seed_published_evidence(doc_id, evidence):
    assert clean_seed(doc_id).published_evidence.startswith(evidence)


# First, last and around-the-furniture paragraphs of every seed body (001's standfirst has a zone of its own).
SEED_SENTENCES = {
    "000": [
        "Russian President Vladimir Putin discussed security and economic cooperation with Mali's junta leader",
        "We agreed to cooperate further in the fight against terrorism.",
        "pitching Moscow as a friendly country without a colonial background in Africa.",
        "had agreed in a phone call to deepen political, economic and humanitarian ties.",
    ],
    "001": [
        "Both former French colonies have severed military ties with France, accusing Paris of meddling.",
        "Mali’s interim leader, Assimi Goita, hosted the officials at the presidential palace",
        "American troops in Niger are also set to withdraw by mid-September",
        "also agreed to develop military ties with Moscow and collaborate to stabilize the security situation in the region.",
    ],
    "002": [
        "General Abdourahamane Tiani, the leader of Niger’s military regime, held a telephone conversation",
        "headed a delegation to Moscow aimed at bolstering military relations between the two nations.",
        "Despite being one of the world’s most impoverished countries, Niger had previously collaborated",
        "Despite the presence of approximately 1,000 US troops in Niger",
        "they declared their intention to withdraw from the Economic Community of West African States (ECOWAS).",
    ],
    "003": [
        "Mali is one of the countries in the Sahel region most affected by terrorist attacks.",
        "reaffirmed their intentions to strengthen security cooperation to eradicate terrorist groups in the Sahel region",
        "Earlier in September, nearly 50 people were killed",
        "More than 45 civilians were killed when the Islamic State took over",
        "seized power in August 2020, then carried out another coup in May the following year.",
        "intend to pool their efforts in the fight against terrorism,\" the statement said.",
    ],
    "004": [
        "Mali’s military ruler, General Assimi Goita, arrived in Russia on Sunday",
        "following the country’s 2020 and 2021 military coups that brought his junta to power.",
        "The visit comes shortly after the announcement of the withdrawal of Russia’s Wagner paramilitary group from Mali.",
        "The visit, which runs through June 26, will focus on enhancing bilateral cooperation",
        "with Russia emerging as its most prominent international partner.",
    ],
}


@pytest.mark.parametrize("doc_id,sentence", [(d, s) for d, ss in SEED_SENTENCES.items() for s in ss])
def test_seed_body_sentences_survive(doc_id, sentence):
    assert in_body(clean_seed(doc_id), sentence)


SEED_FURNITURE = [
    "six presumed dead in Baltimore bridge collapse", "Related Articles", "Recommended For You",
    "Most read", "Russian investigators to probe", "Download now the LBCI mobile app", "We use cookies",
    "Thursday, June 20, 2024", "Lavrov assesses relations with key Sahel state", "Read more",
    "June 05, 2024 at 07:49PM", "Most Popular Articles", "Tuesday, June 24, 2025", "Related posts",
    "Nigeria’s President Tinubu Hosts Queen of Denmark", "President Touadera Undergoes", "24.75%",
    "Tags:", "Previous Post", "Next Post", "Action Synergy for Mali", "Leave a Reply",
    "Egypt Emerges Overall Winners", "BREAKING", "Taiwan", "Trump", "Witkoff", "28-point plan",
    "Khan Younis", "AP Photo", "Sept. 22, 2020", "4 Oct 2022", "Source: Agencies", "Hezbollah",
    "Tabatabai", "All Rights Reserved", "Seven Ugandan Soldiers Killed", "$1.5 Billion World Bank Loan",
    "4 months ago", "Madagascar Military Seizes Power", "Nigeria: FG Removes Mathematics",
    "partner.Tools", "© 2023 AAN TV", "SHARES", "Share on Facebook",
]


@pytest.mark.parametrize("needle", SEED_FURNITURE)
def test_seed_furniture_not_in_body(needle):
    for path in SEEDS:
        doc = clean_seed(path.name[:3])
        assert not in_body(doc, needle), (path.name, needle)


def test_seed_caption_is_read_once_as_a_caption():
    doc = clean_seed("003")
    captions = [doc.text[z.start : z.end] for z in doc.body if z.kind == "caption"]
    assert len(captions) == 1 and "Sept. 22, 2020" in captions[0]


def test_seed_headlines_are_one_headline_zone_each():
    for path in SEEDS:
        doc = clean_seed(path.name[:3])
        headlines = [doc.text[z.start : z.end] for z in doc.body + doc.furniture if z.kind == "headline"]
        assert headlines == [doc.title], path.name


@pytest.mark.parametrize("doc_id", sorted(SEED_SENTENCES))
def test_seed_title_is_not_a_body_paragraph(doc_id):
    doc = clean_seed(doc_id)
    assert doc.title not in body_of(doc)


def test_seed_standfirst_is_zoned_as_a_standfirst_and_not_as_the_title():
    doc = clean_seed("001")
    standfirst = "High-ranking officials met with the leaders of Mali and Niger, according to the military regimes of both countries"
    assert doc.title == "Russian defense delegation holds talks with African allies"
    assert [doc.text[s.start : s.end] for s in doc.body if s.kind == "standfirst"] == [standfirst]


def test_glued_ui_label_is_cut_from_the_last_sentence():
    doc = clean_seed("004")
    assert body_of(doc)[-1].endswith("most prominent international partner.")


# ---------------------------------------------------------------------------------------------
# Synthetic pages in other styles (written for these tests)

WIRE_PAGE = """The Harbour Gazette
Home | World | Business | Sport
Search

Floods force thousands from homes along the Zambezi
By Maria Chanda and Peter Okello
Published: 12 March 2023, 10:14 GMT
Updated: 14 March 2023
Share this article

LUSAKA (Reuters) - Heavy rain has forced more than 4,000 families out of their homes along the Zambezi river, the disaster agency said on Sunday, as water levels kept rising.

Officials said that the worst hit districts were in the west of the country and that roads to two towns had been cut.

You may also like
Drought ends in the south after record rains
11 March 2023
Copper exports rise for a third month
10 March 2023

The agency said it had opened 30 camps and asked donors for tents, clean water and food for at least two months.

"We expect the river to peak by the end of the week," a spokesperson told reporters in the capital.

Reporting by Maria Chanda; Editing by Joe Bloggs
Tags: floods, Zambia, weather
Most read
Minister resigns over contract
Central bank holds rates
© 2023 The Harbour Gazette. All rights reserved.
"""

BLOG_PAGE = """Friday, November 3, 2023
Menu
Accept all cookies

Port workers end strike after pay deal
Posted on October 30, 2023 by Ana Lima

Dock workers at the country's largest port returned to work on Monday after the union accepted a new pay offer.

The strike had halted container traffic for nine days and left hundreds of trucks waiting outside the gates.

Photo: Port workers gather at the gate (File photo)

Union leaders said the deal raises wages by 8 percent this year and a further 5 percent next year.

Related
Ferry service resumes after storm
October 28, 2023
Rail line to reopen in December
October 25, 2023

Previous Post
Next Post
"""

TICKER_PAGE = """Breaking News
Markets fall as oil prices jump on supply fears.
Election commission confirms results in three regions.
Storm warning issued for the northern coast.

Council approves new budget for city schools
2 min read
Sat 4 Feb 2023 09:30

The city council approved a budget on Friday that adds money for teachers, school meals and repairs to old buildings.

Members voted twelve to three in favour after a debate that lasted most of the evening.

Most popular
Bridge closed for repairs until March
Local team wins cup final
"""


def test_wire_page():
    doc = CLEANER.clean(raw(WIRE_PAGE))
    assert doc.title == "Floods force thousands from homes along the Zambezi"
    assert doc.published == date(2023, 3, 12)
    assert "labelled 'published'" in doc.published_evidence
    assert doc.outlet == "The Harbour Gazette"
    assert doc.credit == "Reuters"
    assert doc.authors[:2] == ["Maria Chanda", "Peter Okello"]
    assert in_body(doc, "LUSAKA (Reuters) - Heavy rain has forced")
    assert in_body(doc, "The agency said it had opened 30 camps")
    assert in_body(doc, "a spokesperson told reporters in the capital.")
    for needle in ("Drought ends", "Copper exports", "Minister resigns", "Tags:", "Share this", "11 March 2023"):
        assert not in_body(doc, needle), needle


def test_blog_page_render_date_is_not_the_publication_date():
    doc = CLEANER.clean(raw(BLOG_PAGE))
    assert doc.title == "Port workers end strike after pay deal"
    assert doc.published == date(2023, 10, 30)
    assert doc.authors == ["Ana Lima"]
    assert doc.outlet is None
    assert in_body(doc, "Dock workers at the country's largest port")
    assert in_body(doc, "Union leaders said the deal raises wages")
    for needle in ("Photo:", "Ferry service", "Rail line", "October 28, 2023", "Previous Post", "cookies"):
        assert not in_body(doc, needle), needle


def test_ticker_page():
    doc = CLEANER.clean(raw(TICKER_PAGE))
    assert doc.title == "Council approves new budget for city schools"
    assert doc.published == date(2023, 2, 4)
    assert in_body(doc, "The city council approved a budget on Friday")
    assert in_body(doc, "Members voted twelve to three in favour")
    for needle in ("Markets fall", "Election commission", "Storm warning", "Bridge closed", "2 min read"):
        assert not in_body(doc, needle), needle


def test_lone_render_date_is_kept_as_a_fallback():
    text = "Monday, May 6, 2024\n\nA short notice\n\nThe town library will close for two weeks in June while the roof is repaired by the council.\n"
    doc = CLEANER.clean(raw(text))
    assert doc.published == date(2024, 5, 6)
    assert "render date" in doc.published_evidence


def test_a_wire_staff_credit_inside_a_feed_record_is_furniture():
    text = ("Ministers met in Accra on Tuesday to discuss the trade deal, officials said.\n"
            "(Reporting by Ama Mensah in Accra and John Roe in London; Editing by Jane Doe and Peter Smith)")
    doc = CLEANER.clean(raw(text, fmt="json", given_title="Trade talks"))
    assert body_of(doc) == ["Ministers met in Accra on Tuesday to discuss the trade deal, officials said."]


def test_given_metadata_wins_for_json():
    text = "Ministers met in Accra on Tuesday to discuss the trade deal.\nShare\nRead more: Other news\nThe talks will continue next month, officials said."
    doc = CLEANER.clean(raw(text, fmt="json", given_title="Trade talks", given_published=date(2024, 1, 9),
                            given_outlet="Example Wire", given_authors=["A. Writer"]))
    assert (doc.title, doc.published, doc.outlet, doc.authors) == ("Trade talks", date(2024, 1, 9), "Example Wire", ["A. Writer"])
    assert doc.published_evidence == "given by the input"
    assert body_of(doc) == [
        "Ministers met in Accra on Tuesday to discuss the trade deal.",
        "The talks will continue next month, officials said.",
    ]


def test_html_keeps_short_paragraphs():
    text = "Heading of the story\nIt rained.\nThe match was postponed until Sunday."
    doc = CLEANER.clean(raw(text, fmt="html", given_title="Heading of the story"))
    assert body_of(doc) == ["It rained.", "The match was postponed until Sunday."]


def test_empty_text():
    doc = CLEANER.clean(raw(""))
    assert doc.body == [] and doc.furniture == [] and doc.title is None and doc.published is None


# ---------------------------------------------------------------------------------------------
# Rule examples

GROUPS = ["section_markers", "ticker_markers", "line_markers", "prefix_markers", "line_patterns", "caption_patterns", "copyright_patterns",
          "notice_patterns"]


@pytest.mark.parametrize("group", GROUPS)
def test_rule_examples(group):
    examples = getattr(RULES, group).examples
    assert examples.match and examples.no_match
    for line in examples.match:
        assert CLEANER.matches(group, line), (group, line)
    for line in examples.no_match:
        assert not CLEANER.matches(group, line), (group, line)


def test_invalid_pattern_is_reported_with_position(tmp_path):
    path = tmp_path / "bad.yaml"
    text = (default_rules_dir() / "en" / "furniture.yaml").read_text(encoding="utf-8")
    path.write_text(text.replace("'^-?\\d+(?:[.,]\\d+)?\\s*°?\\s*[CFcf]$'", "'([unclosed'"), encoding="utf-8")
    model, problems = load_rule_file(path)
    assert model is None
    assert problems and problems[0].code == "E207" and "invalid regex" in problems[0].message
    assert problems[0].line is not None


# ---------------------------------------------------------------------------------------------
# Properties

LINES = st.sampled_from([
    "", " ", "Share", "Related posts", "BREAKING", "  • Politics", "June 5, 2024", "Tuesday, June 24, 2025",
    "The minister said on Monday that the talks would continue next week in the capital.",
    "Short Headline Of A Teaser Story", "By Jane Doe", "© 2024 Some Site - All rights reserved.",
    "2024-13-45 | 99:99", "4 months ago", "(AP Photo)", "Source: Agencies", "Reuters", "#", "•", "- ",
])


def _check_spans(doc: Document) -> None:
    spans = sorted([(s.start, s.end, "b") for s in doc.body] + [(s.start, s.end, "f") for s in doc.furniture])
    previous_end = 0
    for start, end, _ in spans:
        assert 0 <= start <= end <= len(doc.text)
        assert start >= previous_end
        previous_end = end
    assert all(doc.text[s.start : s.end].strip() for s in doc.body)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises(text):
    _check_spans(CLEANER.clean(raw(text)))
    _check_spans(CLEANER.clean(raw(text, fmt="html")))


@settings(max_examples=300, deadline=None)
@given(st.lists(LINES, max_size=40).map("\n".join))
def test_page_like_text_never_raises(text):
    doc = CLEANER.clean(raw(text))
    _check_spans(doc)
    assert doc.title is None or doc.title in text


# ---------------------------------------------------------------------------------------------
# Short articles, wire datelines and site names (regressions from unseen articles)

SHORT_WIRE = """Mali: soldiers killed in attack on army post

BAMAKO, March 10, 2025 (Reuters) - At least 30 Malian soldiers were killed when militants stormed an army post in central Mali on Saturday, two security sources told Reuters.

Mali's interim president, General Assimi Goita, met Senegalese Prime Minister Ousmane Sonko in Bamako on Sunday to discuss trade corridors, the presidency said.

(Reporting by Moussa Keita; Editing by Clare Hunt)
"""

SHORT_NAMES = """Army gives lower toll for raid

Sahel Ledger | March 11, 2025

About a dozen soldiers died in the raid on the army post in central Mali on Saturday, the army said in a statement.

General Goita received Prime Minister Ousmane Sonko at Koulouba palace in Bamako on Sunday.
"""

SHORT_LEAD = """Pipeline talks in Kampala

August 15, 2025

Kenyan Vice-President Kithure Kindiki met Yoweri Museveni, Uganda's president, in Kampala on Thursday.

Both governments want construction of the oil pipeline to begin next year, officials said.
"""


@pytest.mark.parametrize(
    ("page", "sentence"),
    [
        (SHORT_WIRE, "Mali's interim president, General Assimi Goita, met Senegalese Prime Minister"),
        (SHORT_NAMES, "General Goita received Prime Minister Ousmane Sonko at Koulouba palace in Bamako on Sunday."),
        (SHORT_LEAD, "Kenyan Vice-President Kithure Kindiki met Yoweri Museveni, Uganda's president, in Kampala on Thursday."),
    ],
)
def test_a_sentence_full_of_names_is_body(page: str, sentence: str) -> None:
    doc = CLEANER.clean(raw(page))
    assert in_body(doc, sentence)
    assert not in_body(doc, "Reporting by") and doc.title not in body_of(doc)


@pytest.mark.parametrize(
    "line",
    ["Putin Meets Goita In Moscow", "Niger Junta Leader Discusses Military Ties With Putin", "Mali, Russia Sign Deal"],
)
def test_headlines_without_a_full_stop_stay_headlines(line: str) -> None:
    page = f"{line}\n\nMarch 3, 2025\n\nThe two leaders met in the capital on Monday and agreed to hold further talks next month, officials said.\n"
    doc = CLEANER.clean(raw(page))
    assert doc.title == line and not in_body(doc, line)


@pytest.mark.parametrize(
    ("first_paragraph", "published", "credit"),
    [
        ("BAMAKO, March 10, 2025 (Reuters) - At least 30 soldiers were killed on Saturday, sources said.", date(2025, 3, 10), "Reuters"),
        ("DAKAR, 4 May 2024 (AFP) - Senegal's president named a new cabinet on Friday, his office said.", date(2024, 5, 4), "AFP"),
        ("NIAMEY, June 2, 2024 - Niger's junta said on Sunday that it would reopen the border soon.", date(2024, 6, 2), None),
    ],
)
def test_a_wire_dateline_dates_a_page_without_a_date_line(first_paragraph: str, published: date, credit: str | None) -> None:
    page = f"Soldiers killed in attack\n\n{first_paragraph}\n\nThe army did not comment on the figures given by the sources on Sunday.\n"
    doc = CLEANER.clean(raw(page))
    assert (doc.published, doc.credit) == (published, credit)
    assert "wire dateline" in doc.published_evidence


def test_a_date_line_wins_over_the_wire_dateline() -> None:
    page = "Soldiers killed in attack\n\nPublished: 12 March 2025\n\n" + SHORT_WIRE.split("\n\n", 1)[1]
    assert CLEANER.clean(raw(page)).published == date(2025, 3, 12)


@pytest.mark.parametrize(
    ("header", "outlet"),
    [
        ("Sahel Observer\nMenu\nBurkina leader holds talks with Turkish diplomat\n\nSeptember 13, 2024 | by Staff reporter", "Sahel Observer"),
        ("Lakeside Courier\nSearch\nBurkina leader holds talks with Turkish diplomat\n\nSeptember 13, 2024\nBy Our Correspondent", "Lakeside Courier"),
        ("Burkina leader holds talks with Turkish diplomat\n\nSahel Ledger | September 13, 2024", "Sahel Ledger"),
        ("Burkina leader holds talks with Turkish diplomat\n\nDefence Watch\nSeptember 13, 2024", "Defence Watch"),
        # the site's name right above its menu, and not the section kicker under the date
        ("Lake Times\nNews | Counties | Politics | Business\n\nBurkina leader holds talks with Turkish diplomat\n\nSeptember 13, 2024", "Lake Times"),
        ("Sahel Matin\nAccueil  National  Politique  Sport\n\nBurkina leader holds talks with Turkish diplomat\n\nSeptember 13, 2024", "Sahel Matin"),
        ("NAIROBI DAILY\nNews | Counties | Politics\nFriday, September 13, 2024\n\nCOUNTIES\n\nBurkina leader holds talks with Turkish diplomat", "NAIROBI DAILY"),
        # the site's name as the first item of its own menu bar, items in any case
        ("Lake Times | News | Counties | Opinion | E-paper\n\n# Burkina leader holds talks with Turkish diplomat\n\n*September 13, 2024 · 08:20*", "Lake Times"),
        # an anonymous byline with the date on its line names no outlet and no author
        ("Lake Times | News | Counties | Opinion\n\n# Burkina leader holds talks with Turkish diplomat\n\n*By Staff reporter · September 13, 2024*", "Lake Times"),
        # a site's name set off from its menu by a spaced dash; a name's elided article ("l'Ouest")
        ("The Voice of l'Ouest — News | Business | Jobs | Subscribe\n\n# Burkina leader holds talks with Turkish diplomat\n\n*September 13, 2024*", "The Voice of l'Ouest"),
        # a trade site's own sections, none of them a general news section
        ("Maritime Courier | Tankers | Dry bulk | Ports | Casualty\n\n# Burkina leader holds talks with Turkish diplomat\n\n*September 13, 2024*", "Maritime Courier"),
        ("Harbour Monitor | Migration | Policy | Data | About us\n\n# Burkina leader holds talks with Turkish diplomat\n\n*September 13, 2024*", "Harbour Monitor"),
        ("Channel East | Home | News | Sport | iPlayer\n\nBurkina leader holds talks with Turkish diplomat\n\nSeptember 13, 2024", "Channel East"),
        # a name longer than a menu item, with the small words of its language ("des", "sur les")
        ("Le Journal des Collines | Politique | Sport | Société\n\n# Burkina leader holds talks with Turkish diplomat\n\n*September 13, 2024*", "Le Journal des Collines"),
        ("Échos sur la Haute Vallée | Politique | Sport\n\nBurkina leader holds talks with Turkish diplomat\n\nSeptember 13, 2024", "Échos sur la Haute Vallée"),
        # a tagline between the site's name and its menu
        ("SAHEL MATIN\nLe quotidien du Sahel\nAccueil | Politique | Sport | Annonces\n\nBurkina leader holds talks with Turkish diplomat\n\nSeptember 13, 2024", "SAHEL MATIN"),
    ],
)
def test_site_name_is_the_outlet_and_an_anonymous_byline_names_nobody(header: str, outlet: str) -> None:
    page = header + "\n\nBurkina Faso's military ruler held talks with a Turkish deputy foreign minister in Ouagadougou on Thursday, the presidency said.\n"
    doc = CLEANER.clean(raw(page))
    assert doc.outlet == outlet
    assert doc.authors == []
    assert doc.published == date(2024, 9, 13)
    assert doc.title == "Burkina leader holds talks with Turkish diplomat"


@pytest.mark.parametrize(
    ("line", "menu"),
    [
        ("Markets | Companies | Deals | Economy", True),
        ("Accueil  National  Politique  Économie  Sport", True),
        ("Menu  Search  Sign in", True),
        ("Sign in   Subscribe", False),  # two items: a pair of buttons, not a menu
        ("The talks ended.  Officials left.  Nothing was signed.", False),
        ("Kenya | the county governor said on Friday | floods", False),
    ],
)
def test_a_menu_line_is_short_capitalised_items_between_bars_or_gaps(line: str, menu: bool) -> None:
    assert is_menu(line) == menu


# ---------------------------------------------------------------------------------------------
# Datelines without a year, agencies the rules do not list, Markdown emphasis and headings


@pytest.mark.parametrize(
    ("first_paragraph", "partial", "shown", "credit"),
    [
        ("JEDDAH, Nov 4 (Gulf Wire) - Delegations of the two armies opened ceasefire talks in Jeddah on Monday, mediators said.", "11-04", "Nov 4", "Gulf Wire"),
        ("KAMPALA, 17 March (Lake Basin News) - Uganda's parliament passed the budget on Tuesday after a long debate, officials said.", "03-17", "17 March", "Lake Basin News"),
        ("ANKARA, Sept. 9th (Reuters) - Turkey's central bank held its main rate on Thursday, as economists had expected.", "09-09", "Sept. 9th", "Reuters"),
    ],
)
def test_a_dateline_without_a_year_gives_month_and_day_and_its_agency(first_paragraph, partial, shown, credit) -> None:
    page = f"{first_paragraph}\n\nThe officials did not say when the next round would take place, a spokesman added on Tuesday.\n"
    doc = CLEANER.clean(raw(page))
    assert (doc.published, doc.published_partial, doc.credit) == (None, partial, credit)
    assert doc.published_evidence == f"line 1: '{shown}' (wire dateline)"
    assert body_of(doc)[0] == first_paragraph  # the dateline stays in the body paragraph


@pytest.mark.parametrize(
    "first_paragraph",
    [
        "JEDDAH, Feb 30 (Gulf Wire) - The two delegations met again in the city on Monday, mediators said.",
        "The minister (pictured) - who spoke on Monday - said the talks would resume soon in the capital.",
    ],
)
def test_no_partial_date_or_credit_from_what_is_not_a_dateline(first_paragraph) -> None:
    doc = CLEANER.clean(raw(f"{first_paragraph}\n\nThe officials did not say when the next round would take place, a spokesman added.\n"))
    assert doc.published is None and doc.published_partial is None
    if "pictured" in first_paragraph:
        assert doc.credit is None


@pytest.mark.parametrize(
    ("paragraph", "dateline"),
    [
        ("JEDDAH, Nov 4 (Gulf Wire) - Delegations opened talks.", "JEDDAH, Nov 4 (Gulf Wire) - "),
        ("ANKARA (Anka Wire) - An earthquake struck Van.", "ANKARA (Anka Wire) - "),
        ("The talks opened in Jeddah on Monday.", ""),
    ],
)
def test_dateline_end_marks_the_dateline_for_later_stages(paragraph, dateline) -> None:
    assert paragraph[: dateline_end(paragraph)] == dateline


MARKDOWN_POSTS = [
    (
        ("# Malawi: the comeback of a former president\n\n_Ballot Box Africa blog, posted September 27, 2025_\n\n"
         "The former president won the election of September 16 with about 56 percent of the vote, well ahead of his rival.\n"),
        "Malawi: the comeback of a former president", date(2025, 9, 27),
    ),
    (
        ("## Field notes\n\n# Why the dam talks stalled again\n\n__Nile Notebook | published 3 May 2024__\n\n"
         "Negotiators from the three countries left the capital on Friday without agreeing on a schedule for filling the reservoir.\n"),
        "Why the dam talks stalled again", date(2024, 5, 3),
    ),
]


@pytest.mark.parametrize(("text", "title", "published"), MARKDOWN_POSTS)
def test_markdown_emphasis_is_not_text_and_the_top_heading_is_the_title(text, title, published) -> None:
    doc = CLEANER.clean(raw(text, fmt="markdown"))
    assert (doc.title, doc.published) == (title, published)
    assert "labelled" in doc.published_evidence


# ---------------------------------------------------------------------------------------------
# The pipeline step that completes datelines without a year


def _dated(doc_id: str, published: date | None, partial: str | None = None) -> Document:
    text = "Body."
    return Document(id=doc_id, path=f"{doc_id}.txt", format="text", encoding="utf-8", text=text, lines=LineMap.for_text(text),
                    published=published, published_partial=partial, body=[{"start": 0, "end": len(text)}],
                    published_evidence="line 1: 'x' (wire dateline)" if partial else None)


@pytest.mark.parametrize(
    ("others", "partial", "expected"),
    [
        ([date(2025, 10, 24), date(2025, 11, 5), date(2025, 9, 25)], "11-04", date(2025, 11, 4)),
        ([date(2026, 1, 3), date(2026, 1, 5)], "12-30", date(2025, 12, 30)),  # across the new year
        ([date(2023, 12, 28)], "01-02", date(2024, 1, 2)),
        ([date(2025, 3, 1)], "02-29", date(2024, 2, 29)),  # only a leap year has it
    ],
)
def test_the_year_of_a_partial_dateline_is_the_closest_to_the_other_articles(others, partial, expected) -> None:
    docs = [_dated(f"d{i}", day) for i, day in enumerate(others)] + [_dated("wire", None, partial)]
    docs, problems = complete_publication_dates(docs)
    wire = docs[-1]
    assert wire.published == expected
    assert wire.published_evidence.endswith(f"year {expected.year} inferred from the other articles of the run")
    assert [(p.code, p.path, p.line) for p in problems] == [("W201", "wire.txt", 1)]


def test_without_dated_articles_the_date_stays_unknown_and_is_reported() -> None:
    docs, problems = complete_publication_dates([_dated("wire", None, "11-04"), _dated("blog", None)])
    assert [d.published for d in docs] == [None, None]
    assert [(p.code, p.path, p.line) for p in problems] == [("W202", "wire.txt", 1), ("W202", "blog.txt", 1)]
    assert problems[0].message == "no publication date found; relative dates stay unresolved"


def test_an_inferred_year_resolves_relative_dates_end_to_end(tmp_path) -> None:
    (tmp_path / "a_page.txt").write_text(
        "Talks open in Jeddah\n\nNovember 4, 2025\n\nThe two delegations opened ceasefire talks in Jeddah on Monday, mediators said in a statement.\n",
        encoding="utf-8")
    (tmp_path / "b_wire.txt").write_text(
        "JEDDAH, Nov 5 (Gulf Wire) - The two delegations held a second day of ceasefire talks in Jeddah on Tuesday, mediators said.\n",
        encoding="utf-8")
    report = check([tmp_path])
    published = {d.id: d.published for d in report.documents}
    assert published == {"a_page": date(2025, 11, 4), "b_wire": date(2025, 11, 5)}
    assert [(p.code, Path(p.path).name) for p in report.problems] == [("W201", "b_wire.txt")]
    tuesday = [m for m in report.mentions if m.document == "b_wire" and m.kind == "time" and "Tuesday" in m.text]
    assert tuesday and tuesday[0].value.start == date(2025, 11, 4)


def test_a_json_article_without_a_date_keeps_its_dateline_month_and_day() -> None:
    text = "NAIROBI, Oct 23 (East Wire) - The two ministers signed a memorandum on water cooperation in Nairobi on Thursday.\n"
    doc = CLEANER.clean(raw(text, fmt="json"))
    assert (doc.published, doc.published_partial, doc.credit) == (None, "10-23", "East Wire")
    given = CLEANER.clean(raw(text, fmt="json", given_published=date(2025, 10, 23)))
    assert (given.published, given.published_partial) == (date(2025, 10, 23), None)


def test_seed_caption_date_is_extracted_as_a_caption_fact():
    report = check([ROOT / "seeds"])
    captions = [m for m in report.mentions if m.kind == "time" and m.zone == "caption"]
    assert any(m.value.start == date(2020, 9, 22) for m in captions)
    assert all(m.zone in ("body", "list", "headline", "standfirst", "caption", "quote") for m in report.mentions)



# ---------------------------------------------------------------------------------------------
# The outlet on real pages: what is not a site's name (bench/bench_outlet.py measures it)

ARTICLE = "Burkina Faso's military ruler held talks with a Turkish deputy foreign minister in Ouagadougou on Thursday, the presidency said."


@pytest.mark.parametrize(
    ("page", "outlet"),
    [
        # a copyright holder without the sentence after it, in any language
        (f"Leader holds talks\n\n{ARTICLE}\n\n© 2019 CNBC LLC. All Rights Reserved. A Division of NBCUniversal", "CNBC LLC"),
        (f"Leader holds talks\n\n{ARTICLE}\n\nCopyright © 2010 AUTORACING. Todos os direitos reservados.", "AUTORACING"),
        (f"Leader holds talks\n\n{ARTICLE}\n\n© Zurek Design LLC — Read our fascinating terms of service", "Zurek Design LLC"),
        (f"Leader holds talks\n\n{ARTICLE}\n\n© 2019 U.S. News Group", "U.S. News Group"),
        # a byline crediting a site's staff names the site; "Staff Reports" names nobody
        (f"Sahel Observer\nMenu\nLeader holds talks\n\nBy Sahel Observer Editorial Staff\n\n{ARTICLE}", "Sahel Observer"),
        # page chrome on the first line is no site name
        (f"Skip to main content\nSections\nNews | Politics | Sport\n\nLeader holds talks\n\n{ARTICLE}", None),
        (f"Search for:  Search\nHome\nAbout\nContact\n\nLeader holds talks\n\n{ARTICLE}", None),
        # one menu printed twice: its first item is no site name
        (f"Platform\nFeatures\nPricing\n\nLeader holds talks\n\n{ARTICLE}\n\nPlatform\nFeatures\nPricing", None),
        # a section label the page repeats is no site name either
        (f"Leader holds talks\n\n{ARTICLE}\n\nMore in History\nHistory\nScience\nHistory\nArts\nHistory\nTravel", None),
    ],
)
def test_outlet_is_never_page_chrome_a_section_or_a_legal_notice(page: str, outlet: str | None) -> None:
    assert CLEANER.clean(raw(page)).outlet == outlet


def test_an_author_whose_name_stands_in_an_author_box_below_the_byline_is_an_author_not_the_outlet() -> None:
    page = f"Leader holds talks\n\nBy Carrie Arnold\n\n{ARTICLE}\n\nCarrie Arnold\nCarrie Arnold is a freelance writer.\n"
    doc = CLEANER.clean(raw(page))
    assert doc.outlet is None
    assert doc.authors == ["Carrie Arnold"]
