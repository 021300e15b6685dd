"""Offices, organisations as actors and places that are no people, in both languages."""

from __future__ import annotations

import pytest

from crosscheck.compare.variants import find_variants
from crosscheck.extract.sentences import split_sentences
from crosscheck.models import ExtractedDocument
from crosscheck.normalise.entities import link_entities
from test_entities import extracted
from test_names import EXTRACTOR, FRENCH, RULES, extract, extract_fr, make_document, named, persons


@pytest.mark.parametrize(
    ("paragraph", "wanted"),
    [
        # Judicial and local offices in both genders, before the name with a comma.
        ("La procureure du Roi de Liège, Marie Dubois, a ouvert une enquête.", [("Marie Dubois", None, "procureure du Roi de Liège")]),
        ("Le bourgmestre de Dinant, Luc Marchal, a décrété un deuil communal.", [("Luc Marchal", None, "bourgmestre de Dinant")]),
        ("« C'est un drame », a déclaré le bourgmestre de Dinant, Luc Marchal, qui demande une enquête.",
         [("Luc Marchal", None, "bourgmestre de Dinant")]),
        ("La préfète de la Somme, Anne Colin, s'est rendue sur place.", [("Anne Colin", None, "préfète de la Somme")]),
        ("Le juge d'instruction Paul Lenoir a inculpé le chauffeur.", [("Paul Lenoir", "juge d'instruction", None)]),
    ],
)
def test_french_offices_give_a_person_and_the_office(paragraph: str, wanted) -> None:
    _, mentions = extract_fr([paragraph])
    assert persons(mentions) == wanted


@pytest.mark.parametrize(
    ("paragraph", "wanted"),
    [
        ("Investigating judge Marie Dubois said the driver was charged.", [("Marie Dubois", "Investigating Judge", None)]),
        ("Public Prosecutor Hans Vogel opened an inquiry.", [("Hans Vogel", "Public Prosecutor", None)]),
        ("Burgomaster Luc Marchal declared a day of mourning.", [("Luc Marchal", "Burgomaster", None)]),
    ],
)
def test_english_judicial_and_local_offices_are_titles(paragraph: str, wanted) -> None:
    _, mentions = extract([paragraph])
    assert persons(mentions) == wanted


@pytest.mark.parametrize(
    "paragraph",
    [
        # The place of an office held over a place is no surname ("le général de Gaulle" is).
        "La procureure du Roi de Namur a ouvert une enquête.",
        "Une passagère est décédée au CHU de Namur, a indiqué le parquet du Roi de Namur.",
        # A determiner opening a quotation is no given name.
        "« Tout Dinant pleure avec les familles », a-t-il réagi.",
        # A church named after a saint is a place.
        "Une cérémonie aura lieu dimanche en la collégiale Saint-Martin de Dinant.",
    ],
)
def test_french_places_are_no_people(paragraph: str) -> None:
    _, mentions = extract_fr([paragraph])
    assert persons(mentions) == []


def test_a_rank_keeps_the_particle_of_a_surname() -> None:
    _, mentions = extract_fr(["Le général de Gaulle a parlé à Londres."])
    assert [m.text for m in mentions if m.kind == "person"] == ["de Gaulle"]


@pytest.mark.parametrize(
    ("paragraph", "organisation"),
    [
        # A noun after the name says what it names, whatever the possessive before it says.
        ("Germany's IG Metall union said it would fight the plan.", "IG Metall"),
        ("Italy's Fiom Cgil union called a strike.", "Fiom Cgil"),
        # Trades a company names itself by, and a trade written before the name.
        ("Brannock Dairies is recalling its cheeses.", "Brannock Dairies"),
        ("German car parts maker Halden Automotive swung to a loss.", "Halden Automotive"),
        ("Lindqvist Foods cut 300 jobs on Monday.", "Lindqvist Foods"),
    ],
)
def test_companies_and_unions_are_organisations(paragraph: str, organisation: str) -> None:
    _, mentions = extract([paragraph])
    assert ("organization", organisation) in named(mentions)
    assert persons(mentions) == []


def test_a_company_described_by_its_trade_is_no_person() -> None:
    _, mentions = extract(["Three people died, rail infrastructure manager Railnet said.", "Railnet spokeswoman Ann Peel said the barriers worked."])
    assert ("organization", "Railnet") in named(mentions)
    assert "Railnet" not in [text for text, _, _ in persons(mentions)]


def test_a_company_written_by_its_first_word_is_the_company() -> None:
    docs = [extracted(["Halden Automotive will cut 2,400 jobs, the company said."], "d1"),
            extracted(["Halden said the plant in Oehringen would close."], "d2")]
    link_entities(docs, RULES)
    ids = {m.value.entity for d in docs for m in d.mentions if m.text in ("Halden", "Halden Automotive")}
    assert ids == {"name:halden-automotive"}


def test_a_place_is_no_short_form_of_a_longer_place() -> None:
    docs = [extracted(["Trains stopped near Ciney on Tuesday, in the town of Ciney."], "d1"),
            extracted(["A ceremony will be held at the town of Saint-Nicolas de Ciney on Sunday."], "d2")]
    link_entities(docs, RULES)
    places = {m.text: m.value.entity for d in docs for m in d.mentions if m.kind == "place"}
    assert places.get("Ciney") != places.get("Saint-Nicolas de Ciney")


def test_a_town_named_in_two_languages_is_one_place() -> None:
    docs = [extracted(["Two trains collided near Hal in 2010."], "d1"), extracted(["Two trains collided near Halle in 2010."], "d2")]
    link_entities(docs, RULES)
    assert {m.value.entity for d in docs for m in d.mentions if m.kind == "place"} == {"name:hal"}


@pytest.mark.parametrize(("first", "second", "entity"), [("Anvers", "Antwerp", "antwerp"), ("Bruxelles", "Brussels", "brussels"), ("Köln", "Cologne", "cologne")])
def test_exonyms_of_the_gazetteer_are_one_place(first: str, second: str, entity: str) -> None:
    docs = [extracted([f"The port of {first} reopened."], "d1"), extracted([f"The port of {second} reopened."], "d2")]
    link_entities(docs, RULES)
    assert {m.value.entity for d in docs for m in d.mentions if m.kind == "place"} == {entity}


def test_news_agencies_and_the_page_outlet_report_and_take_no_part() -> None:
    _, mentions = extract(["The quake struck at dawn, AFP reported.", "Twelve people died, Reuters said."])
    assert {m.value.role for m in mentions if m.kind == "organization"} == {"outlet"}
    doc = make_document(["Halden Automotive will cut 2,400 jobs, the firm told the Lakeside Herald."]).model_copy(update={"outlet": "Lakeside Herald"})
    mentions = EXTRACTOR.extract(doc, split_sentences(doc))
    roles = {m.text: m.value.role for m in mentions if m.kind == "organization"}
    assert roles.get("Lakeside Herald") == "outlet" and roles.get("Halden Automotive") is None


def test_umlauts_spelt_out_are_one_name() -> None:
    docs = [extracted(["Shares of Kässbohrer rose on Monday."], "d1"), extracted(["Shares of Kaessbohrer fell on Tuesday."], "d2")]
    link_entities(docs, RULES)
    ids = {m.value.entity for d in docs for m in d.mentions if m.kind == "organization"}
    assert len(ids) == 1
    docs = [extracted(["Shares of Kassbohrer rose on Monday."], "d1"), extracted(["Shares of Kaessbohrer fell on Tuesday."], "d2")]
    link_entities(docs, RULES)
    assert len({m.value.entity for d in docs for m in d.mentions if m.kind == "organization"}) == 2


ROUTE_EXAMPLES = [
    (cue, text, wanted)
    for rule_file in RULES.get("titles")
    for cue in rule_file.route_cues
    for wanted, texts in ((True, cue.examples.match), (False, cue.examples.no_match))
    for text in texts
]


@pytest.mark.parametrize(("cue", "text", "wanted"), ROUTE_EXAMPLES)
def test_route_cue_examples(cue, text: str, wanted: bool) -> None:
    """A cue matches its example written right before the place."""
    assert bool(cue.compiled.search(text + " ")) == wanted, (cue.pattern, text)


@pytest.mark.parametrize(
    ("paragraph", "language", "routes", "others"),
    [
        ("The train, travelling from Brussels to Luxembourg, hit a lorry near Namur.", "en", {"Brussels", "Luxembourg"}, {"Namur"}),
        ("A ferry bound for London sank near Dublin.", "en", {"London"}, {"Dublin"}),
        ("Le train reliant Bruxelles à Luxembourg a déraillé près de Namur.", "fr", {"Bruxelles", "Luxembourg"}, {"Namur"}),
        ("La ligne 162 entre Bruxelles et Luxembourg restera fermée.", "fr", {"Bruxelles", "Luxembourg"}, set()),
    ],
)
def test_the_ends_of_a_route_take_no_part(paragraph: str, language: str, routes: set[str], others: set[str]) -> None:
    _, mentions = extract_fr([paragraph]) if language == "fr" else extract([paragraph])
    places = {m.text: m.value.role for m in mentions if m.kind == "place"}
    assert {p for p, role in places.items() if role == "route"} == routes
    assert {p for p, role in places.items() if role is None} == others


def test_a_place_named_in_two_languages_is_no_spelling_variant() -> None:
    fr = article_of(["Deux trains sont entrés en collision près de Hal en 2010."], "fr1", "fr")
    en = article_of(["Two trains collided near Halle in 2010."], "en1", "en")
    en2 = article_of(["Two trains collided near Hal in 2010."], "en2", "en")
    link_entities([fr, en], RULES)
    assert find_variants([fr, en], RULES) == []
    link_entities([en, en2], RULES)
    assert [f.kind for f in find_variants([en, en2], RULES)] == ["variant"]


def article_of(paragraphs: list[str], doc_id: str, language: str) -> ExtractedDocument:
    doc = make_document(paragraphs, doc_id).model_copy(update={"language": language})
    sentences = split_sentences(doc)
    return ExtractedDocument(document=doc, sentences=sentences, mentions=(FRENCH if language == "fr" else EXTRACTOR).extract(doc, sentences))


@pytest.mark.parametrize(
    ("paragraph", "wanted"),
    [
        # The words after "for" / "of" in an office are its field, never a person.
        ("Cathal Moran resigned as Minister for Housing on Tuesday.", [("Cathal Moran", None, None)]),
        ("The Secretary of State for Health said so on Monday.", []),
        ("The Minister for Local Government and Heritage said so.", []),
        # Name words after the field are the person, with the whole office as title.
        ("Secretary of State for Health Wes Streeting said so on Monday.", [("Wes Streeting", "Secretary of State for Health", None)]),
        ("Minister for Housing Darragh O'Brien said so.", [("Darragh O'Brien", "Minister for Housing", None)]),
        ("Chancellor of the Exchequer Rachel Reeves spoke on Monday.", [("Rachel Reeves", "Chancellor of the Exchequer", None)]),
        ("Minister for Foreign Affairs Simon Coveney said so.", [("Simon Coveney", "Minister for Foreign Affairs", None)]),
        # The place of an office is no field, and the office no title of the place.
        ("The mayor of Tessit, Dimitris Chatzopoulos, told reporters the fire was out.",
         [("Dimitris Chatzopoulos", None, "mayor of Tessit")]),
    ],
)
def test_an_offices_field_is_no_person(paragraph: str, wanted) -> None:
    _, mentions = extract([paragraph])
    assert persons(mentions) == wanted


@pytest.mark.parametrize(
    ("paragraph", "wanted"),
    [
        # Words of rank stay in the title: a deputy prosecutor is not the prosecutor.
        ("Rennes deputy prosecutor Frédéric Lenormand told reporters on Wednesday.", [("Frédéric Lenormand", "Deputy Prosecutor", None)]),
        ("It was approved by assistant secretary Aoife Kinsella, who ran the division.", [("Aoife Kinsella", "Assistant Secretary", None)]),
        ("Acting Deputy Minister Karim Ould Sidi spoke on Monday.", [("Karim Ould Sidi", "Acting Deputy Minister", None)]),
        ("Prosecutor Frédéric Lenormand spoke on Monday.", [("Frédéric Lenormand", "Prosecutor", None)]),
        # An office in apposition keeps its "general".
        ("It was signed off by the department's secretary general, Aoife Kinsella, officials said.",
         [("Aoife Kinsella", None, "the department's secretary general")]),
    ],
)
def test_rank_words_are_part_of_the_title(paragraph: str, wanted) -> None:
    _, mentions = extract([paragraph])
    assert persons(mentions) == wanted


def test_a_deputy_is_another_office_than_the_one_he_deputises() -> None:
    from crosscheck.normalise.offices import OfficeReader

    reader = OfficeReader(RULES)
    assert reader.office("Deputy Prosecutor") == reader.office("le procureur adjoint de Rennes") == "deputy prosecutor"
    assert not reader.compatible(reader.office("procureur de la République"), reader.office("Deputy Prosecutor"))
    assert not reader.compatible(reader.office("the department's secretary general"), reader.office("assistant secretary"))
    assert reader.compatible(reader.office("acting mayor"), reader.office("Mayor"))


@pytest.mark.parametrize(
    ("paragraph", "wanted"),
    [
        # A head of government by the office's own name is a title before the name.
        ("Taoiseach Niamh Cullinane accepted the resignation.", [("Niamh Cullinane", "Taoiseach", None)]),
        ("First Minister John Swinney said so.", [("John Swinney", "First Minister", None)]),
        # "Premier" is no title: it opens a league's and a hotel chain's names.
        ("The Premier League season starts on Saturday.", []),
        # A firm named by the trade it sells is no person.
        ("The contract went to Brackwater Advisory, a small consultancy.", []),
        ("Northbridge Capital sold its stake on Monday.", []),
    ],
)
def test_heads_of_government_and_firms(paragraph: str, wanted) -> None:
    _, mentions = extract([paragraph])
    assert persons(mentions) == wanted
