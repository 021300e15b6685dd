"""Parts and period totals: a count inside a count, or a total over a period, is its own measure."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.extract.quantities import extract_quantities_from_text


def _figures(text, language=None):
    return [(text[s:e], v.unit, v.event) for s, e, v in extract_quantities_from_text(text, language=language)]


@pytest.mark.parametrize(
    "text, language, expected",
    [
        # a part after its whole: the whole's unit and event, with the part's qualifier
        ("Forty-eight people were injured, nine of them seriously, when the train hit a lorry.", None,
         [("Forty-eight", "people", "wounded"), ("nine", "people, seriously", "wounded")]),
        ("It said it would cut 2,400 jobs by 2028, about 1,100 of them in Germany, as demand weakens.", None,
         [("2,400", "jobs", None), ("about 1,100", "jobs, in germany", None)]),
        ("Of the 2,400 jobs to go, around 1,100 will be in Germany, where it has its headquarters.", None,
         [("2,400", "jobs", None), ("around 1,100", "jobs, in germany", None)]),
        ("The blast killed 30 people, including 12 children.", None,
         [("30", "people", "killed"), ("12", "people, part", "killed")]),
        ("Au total, 48 personnes ont été blessées, dont neuf grièvement, selon les secours.", "fr",
         [("48", "people", "wounded"), ("neuf", "people, grièvement", "wounded")]),
        ("Le groupe a annoncé la suppression de 2 400 postes, dont 1 500 en Allemagne, dans le cadre du plan.", "fr",
         [("2 400", "jobs", None), ("1 500", "jobs, en allemagne", None)]),
        # a figure beside one person counts only some of the dead
        ("The train driver and two passengers were among the dead.", None, [("two", "people, part", None)]),
        ("The train's driver and two passengers were killed in the crash.", None, [("two", "people, part", "killed")]),
        ("Le conducteur du train et deux passagers avaient été tués sur le coup.", "fr", [("deux", "people, partie", "killed")]),
        ("Among the dead were 12 children.", None, [("12", "people, part", "killed")]),
        ("Twelve people died, among them three children.", None, [("Twelve", "people", "killed"), ("three", "people, part", "killed")]),
        ("Among the 12 dead were 3 children.", None, [("12", "people", "killed"), ("3", "people, part", "killed")]),
        # a part named before its whole is the count told; the whole is the total
        ("Three of its six carriages left the rails.", None, [("Three", "carriages", None), ("six", "carriages, in all", None)]),
        ("Quatre des six voitures ont déraillé.", "fr", [("Quatre", "voitures", None), ("six", "voitures, au total", None)]),
        # totals over a period
        ("The IOM said more than 1,300 people had died on the route since January, making it the deadliest.", None,
         [("more than 1,300", "people, since january", "killed")]),
        ("More than 48,000 migrants have reached Italy by sea so far this year.", None,
         [("More than 48,000", "refugees, so far this year", None)]),
        ("Depuis le début de l'année, plus de 400 migrants sont morts au large des côtes tunisiennes.", "fr",
         [("plus de 400", "refugees, depuis le début de l'année", "killed")]),
        ("Sept blessés restaient hospitalisés vendredi, dont deux se trouvaient toujours dans un état critique.", "fr",
         [("Sept", "people", "hospitalised"), ("deux", "people, partie", "hospitalised")]),
        ("It will cut 2,400 jobs, about 1,100 of them in Germany and 500 in France.", None,
         [("2,400", "jobs", None), ("about 1,100", "jobs, in germany", None), ("500", "count", None)]),
        # a rate is another measure than a count
        ("The cuts would save about 300 million euros a year from 2029.", None, [("about 300 million euros", "EUR, a year", None)]),
        ("Ireland records between 15 and 25 cases a year.", None, [("between 15 and 25", "cases, a year", None)]),
        ("Les économies atteindront 300 millions d'euros par an.", "fr", [("300 millions d'euros", "EUR, a year", None)]),
        ("Revenue fell to 2.84 billion euros from 3.05 billion euros a year earlier.", None,
         [("2.84 billion euros", "EUR", None), ("3.05 billion euros", "EUR", None)]),
        # a figure per share or per person is another measure than a total
        ("The company priced its offering at 76 crowns per share.", None, [("76 crowns", "crowns, a share", None)]),
        ("Les actionnaires recevront 2 euros par action.", "fr", [("2 euros", "EUR, a share", None)]),
        ("The fund pays out 1,200 euros per person.", None, [("1,200 euros", "EUR, a person", None)]),
        # an increment is another measure than the total it adds to
        ("Another 12 people died in hospital.", None, [("12", "people, more", "killed")]),
        ("The Pentagon sent a further 500 troops.", None, [("500", "troops, more", "deployed")]),
        ("Seven more bodies were recovered on Monday.", None, [("Seven", "people, more", "killed")]),
        ("Twenty-one bodies have been recovered, after two more were found on a beach.", None,
         [("Twenty-one", "people", "killed"), ("two", "people, more", "killed")]),
        ("Deux nouveaux décès ont été signalés.", "fr", [("Deux", "people, de plus", "killed")]),
        ("Sept corps supplémentaires ont été retrouvés lundi.", "fr", [("Sept", "corps, de plus", None)]),
        ("It killed 12 more people than last year.", None, [("12", "people", "killed")]),
        ("He tried one more time.", None, []),
        # no part, no period
        ("Nearly 9,000 cheeses were sold in Ireland and exported to Britain since August.", None,
         [("Nearly 9,000", "cheeses", None)]),
        ("The quake struck at dawn and 30 people were killed.", None, [("30", "people", "killed")]),
        ("Police and 30 soldiers were deployed.", None, [("30", "troops", "deployed")]),
        ("Three carriages came off the track.", None, [("Three", "carriages", None)]),
        ("The sinking is the deadliest since March 2025, when 27 people drowned.", None, [("27", "people", None)]),
        ("Twenty-one bodies have been recovered so far.", None, [("Twenty-one", "people", "killed")]),
        ("One of them rolled down an embankment.", None, []),
        ("between 40 and 50 people were killed", None, [("between 40 and 50", "people", "killed")]),
        ("Le train a percuté vers 7 h 40 un camion-benne.", "fr", []),
    ],
)
def test_parts_and_periods(text, language, expected):
    assert _figures(text, language) == expected


_WORDS = st.sampled_from(["of", "them", "the", "its", "and", "driver", "dont", "since", "January", "so", "far", "this",
                          "year", "including", "among", "dead", ",", "people", "jobs", "in", "Germany", "nine", "six",
                          "48", "2,400", "about", "were", "killed", "des", "depuis", "le", "début", "de", "l'année"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=18), st.sampled_from([None, "fr"]))
def test_scopes_keep_every_figure_and_its_plain_unit(words, language):
    """Scopes only rename what a figure counts: any text reads without error, and a scoped unit
    is a plain unit followed by its qualifier."""
    text = " ".join(words)
    for _, _, value in extract_quantities_from_text(text, language=language):
        unit, _, qualifier = value.unit.partition(", ")
        assert unit and "," not in unit
        assert value.noun is None or value.noun.partition(", ")[2] == qualifier


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("It posted a net loss of 112 million euros, after a net profit of 45 million euros a year before.", None,
         [("112 million euros", "net loss"), ("45 million euros", "net profit")]),
        ("Third-quarter revenue of 2.84 billion euros fell short of forecasts.", None, [("2.84 billion euros", "revenue")]),
        ("Il a enregistré une perte nette de 112 millions d'euros.", "fr", [("112 millions d'euros", "net loss")]),
        ("The shares were down at 23.40 euros.", None, [("23.40 euros", None)]),
    ],
)
def test_what_an_amount_measures(text, language, expected):
    """Revenue, a net profit and a net loss are three measures of a company's results, never one."""
    assert [(text[s:e], v.event) for s, e, v in extract_quantities_from_text(text, language=language)] == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # A relative clause after the whole tells what the whole did; the part is another measure.
    ("Eleven of the 14 hikers who went missing on Sunday were found alive.", "en", [("Eleven", "part"), ("14", "in all")]),
    ("Onze des quatorze détenus qui s'étaient évadés ont été rattrapés.", "fr", [("Onze", "partie"), ("quatorze", "au total")]),
    # Without one, the part is the count the sentence tells.
    ("Two of the 14 crew were injured.", "en", [("Two", None), ("14", "in all")]),
])
def test_a_part_of_a_whole_with_a_relative_clause_is_its_own_measure(text, language, expected):
    found = extract_quantities_from_text(text, language=language)
    assert [(text[s:e], v.unit.partition(", ")[2] or None) for s, e, v in found] == expected
