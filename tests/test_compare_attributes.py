"""A thing's attributes compared across the sources of one story (crosscheck.compare.attributes):
"the 240-metre bridge" against "a 210-metre bridge", "une travée de 60 mètres" against "la travée
de 45 mètres", "a contract worth 12 million pounds" against "a £12 million contract"."""

from __future__ import annotations

import functools

import pytest

from crosscheck.compare import compare, settings
from crosscheck.compare.attributes import MeasureUnits, attribute_findings, attributes_of, values_agree
from crosscheck.compare.independence import outlet_feeds, source_groups
from crosscheck.compare.referents import referents_of
from crosscheck.compare.resemblance import Resemblance
from crosscheck.models import QuantityValue
from crosscheck.pipeline import extract_documents
from crosscheck.rules import load_rules

# One story told in other words by each outlet (two copies of one text would be one source).
_STORIES = {
    "Avel Herald": ("Engineers from Harlowe County and the Pellmore Institute inspected the site at Dunmere on "
                    "the River Avel after the collapse, and Governor Ysolde Varrick visited Dunmere."),
    "Dunmere Post": ("Governor Ysolde Varrick toured Dunmere on Tuesday. Residents along the River Avel said "
                     "the Pellmore Institute had warned Harlowe County for years."),
}


def _articles(tmp_path, texts: dict[str, str]):
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    docs, _ = extract_documents([tmp_path], _rules())
    return docs


@functools.lru_cache(maxsize=1)
def _rules():
    return load_rules()


def _attribute_findings(docs):
    rules = _rules()
    source_of, _ = source_groups(docs, 85)
    return attribute_findings(docs, source_of, outlet_feeds(docs, source_of), Resemblance(docs), referents_of(rules), rules,
                              thing_years=settings(rules).thing_years)


def _story(sentence: str, outlet: str) -> str:
    return f"{outlet}\n\nBridge collapses at Dunmere\n\nMarch 3, 2026\n\n{sentence} {_STORIES[outlet]}\n"


@pytest.mark.parametrize("a, b, kind", [
    ("The 240-metre bridge fell into the River Avel on Monday.", "The 210-metre bridge fell into the River Avel on Monday.",
     "contradiction"),
    ("The bridge, 240 metres long, fell into the River Avel on Monday.", "The bridge is 210 metres long and fell on Monday.",
     "contradiction"),
    ("The 240-metre bridge fell into the River Avel on Monday.", "The bridge fell into the River Avel on Monday, 240 metres away.",
     None),  # a distance told with no description before it
    ("The council awarded a contract worth 12 million pounds for the repairs.", "The council awarded a £12 million contract for the repairs.",
     "agreement"),
    ("The council awarded a contract worth 12 million pounds for the repairs.", "The council awarded a £9 million contract for the repairs.",
     "contradiction"),
    ("The council awarded a contract worth 1,219 million pounds for the works.", "The council awarded a contract worth 1,200 million pounds for the works.",
     "agreement"),  # rounded to the coarser figure's last digit, they are one value
    ("The 240-metre bridge fell into the River Avel on Monday.", "An ash column about 9 km high rose over the River Avel on Monday.",
     None),  # two things, two measures
    ("The 240-metre Avel bridge fell on Monday.", "The 210-metre Morton bridge fell on Monday.", None),  # two named bridges
])
def test_one_attribute_of_one_thing_in_two_sources(tmp_path, a, b, kind):
    docs = _articles(tmp_path, {"a": _story(a, "Avel Herald"), "b": _story(b, "Dunmere Post")})
    found = _attribute_findings(docs)
    assert [f.kind for f in found] == ([kind] if kind else [])
    if kind:
        assert found[0].documents == ["a", "b"] and len(found[0].quotes) == 2


@pytest.mark.parametrize("a, b, kind", [
    ("The structure, built in 1968, was inspected every year.", "Built in 1971, the bridge carried 6,000 vehicles a day.",
     "contradiction"),  # "the structure" is the bridge's kind: one thing
    ("The structure, built in 1968, was inspected every year.", "Built in 1968, the bridge carried 6,000 vehicles a day.",
     "agreement"),
    ("The structure, built in 1968, was inspected every year.", "A new bridge will be built in 2030, the council said.",
     None),  # a plan is no year the thing was built
])
def test_the_year_a_thing_was_built(tmp_path, a, b, kind):
    docs = _articles(tmp_path, {"a": _story(a, "Avel Herald"), "b": _story(b, "Dunmere Post")})
    found = [f for f in _attribute_findings(docs) if f.subject.startswith("year built")]
    assert [f.kind for f in found] == ([kind] if kind else [])


@pytest.mark.parametrize("a, b, kind", [
    ("The Marla Quay, built in 2004 in Italy, passed its inspection.",
     "Built in 2001 in a Genoa shipyard, the Marla Quay was sold in 2017.", "contradiction"),  # a thing told by its name
    ("The Marla Quay, built in 2004 in Italy, passed its inspection.",
     "Built in 2004 in a Genoa shipyard, the Marla Quay was sold in 2017.", "agreement"),
    ("The Marla Quay, built in 2004 in Italy, passed its inspection.",
     "Built in 2001 in a Genoa shipyard, the Orla Bay was sold in 2017.", None),  # two ships
    ("The canvas was found in a barn near Dunmere in March 2023.", "The canvas was found in 2024 near Dunmere.",
     "contradiction"),
    ("The canvas was found in a barn near Dunmere in March 2023.", "The canvas was found in 2023 near Dunmere.",
     "agreement"),  # a month inside the year agrees with it
    ("The canvas was found in a barn near Dunmere in March 2023.", "The canvas was found in April 2023 near Dunmere.",
     "contradiction"),
    ("The 1970 canvas was sold at auction in Dunmere on Monday.", "The canvas was sold in Dunmere on Monday.", None),
    ("The museum, opened in 1998, was closed on Monday.", "Inaugurated in 1996, the museum drew 40,000 visitors a year.",
     "contradiction"),  # two words of one opening
])
def test_the_date_of_a_thing_s_event(tmp_path, a, b, kind):
    """The year a ship was built, the date a painting was found: one thing, one date."""
    docs = _articles(tmp_path, {"a": _story(a, "Avel Herald"), "b": _story(b, "Dunmere Post")})
    found = [f for f in _attribute_findings(docs) if f.subject.startswith(("year built", "date found", "date opened"))]
    assert [f.kind for f in found] == ([kind] if kind else [])


def test_two_sources_that_agree_against_a_third_agree(tmp_path):
    """2023 in two sources, 2024 in a third: the three contradict each other, the two agree."""
    stories = {"Leeds Post": ("Governor Ysolde Varrick said the Pellmore Institute and Harlowe County would examine the "
                              "canvas at Dunmere on the River Avel.")}
    stories.update(_STORIES)
    docs = _articles(tmp_path, {
        "a": _story("The canvas was found in a barn near Dunmere in March 2023.", "Avel Herald"),
        "b": _story("The canvas was found in 2024 near Dunmere.", "Dunmere Post"),
        "c": f"Leeds Post\n\nBridge collapses at Dunmere\n\nMarch 3, 2026\n\nThe canvas was found in 2023 in a barn. "
             f"{stories['Leeds Post']}\n",
    })
    found = sorted((f.kind, f.documents) for f in _attribute_findings(docs) if f.subject.startswith("date found"))
    assert found == [("agreement", ["a", "c"]), ("contradiction", ["a", "b", "c"])]


def test_a_recent_day_is_an_event_s_date_not_a_thing_s(tmp_path):
    """ "Two bodies were found on Monday": the events compare that day; a thing's history is a
    year or a month, or a day long before the article."""
    docs = _articles(tmp_path, {"a": _story("The bodies were found in a barn on Monday, March 2.", "Avel Herald"),
                                "b": _story("The bodies were found in a barn on Sunday, March 1.", "Dunmere Post")})
    assert [f for f in _attribute_findings(docs) if f.subject.startswith("date found")] == []


@pytest.mark.parametrize("published_b, kind", [("March 5, 2026", "contradiction"), ("April 20, 2026", None)])
def test_a_value_compares_within_days_a_length_always(tmp_path, published_b, kind):
    """A contract's value may be revised weeks later (an offer raised): compared only between
    articles a few days apart; the bridge's length is one whenever it is told."""
    def story(sentence, outlet, published):
        return f"{outlet}\n\nBridge collapses at Dunmere\n\n{published}\n\n{sentence} {_STORIES[outlet]}\n"

    docs = _articles(tmp_path, {
        "a": story("The council awarded a contract worth 12 million pounds. The 240-metre bridge fell on Monday.",
                   "Avel Herald", "March 3, 2026"),
        "b": story("The council awarded a £9 million contract. The 210-metre bridge fell on Monday.", "Dunmere Post", published_b),
    })
    found = {f.subject: f.kind for f in attribute_findings(
        docs, *_sources(docs), Resemblance(docs), referents_of(_rules()), _rules(), window_days=7)}
    assert found.get("value of contract (GBP)") == kind
    assert found.get("length of bridge (m)") == "contradiction"


def _sources(docs):
    source_of, _ = source_groups(docs, 85)
    return source_of, outlet_feeds(docs, source_of)


def test_a_french_span_told_by_two_sources(tmp_path):
    story = ("La préfète Ysolde Varrick et les experts de l'institut Pellmore se sont rendus à Dunmere, sur l'Avel, "
             "mercredi après l'effondrement.")
    docs = _articles(tmp_path, {
        "a": f"Le Courrier de l'Avel\n\nEffondrement à Dunmere\n\n3 mars 2026\n\nUne travée de 60 mètres s'est effondrée lundi. {story}\n",
        "b": f"La Gazette de Dunmere\n\nDunmere sous le choc\n\n4 mars 2026\n\nLa travée de 45 mètres repose dans l'Avel. {story}\n",
    })
    found = _attribute_findings(docs)
    assert [(f.kind, f.subject) for f in found] == [("contradiction", "length of span (m)")]


def test_a_complement_is_read_past_to_the_head_noun(tmp_path):
    """ "un panache de cendres à 12 kilomètres d'altitude": the head is "panache" (an ash column),
    "de cendres" its complement; its height meets the English "ash column about 9 km high"."""
    docs = _articles(tmp_path, {
        "a": _story("The volcano sent an ash column about 9 km high over the River Avel on Monday.", "Avel Herald"),
        "b": "La Gazette de Dunmere\n\nÉruption près de Dunmere\n\n4 mars 2026\n\nLe volcan a projeté lundi un panache de "
             "cendres à 12 kilomètres d'altitude. Le gouverneur Ysolde Varrick s'est rendu à Dunmere, sur l'Avel, où "
             "l'institut Pellmore et le comté de Harlowe surveillent le volcan.\n",
    })
    found = _attribute_findings(docs)
    assert [(f.kind, f.subject) for f in found] == [("contradiction", "height of column (km)")]


def test_an_amount_of_a_kind_is_no_attribute_of_a_thing(tmp_path):
    """ "agreed to buy shares worth 400 million crowns": no determiner, an amount bought; "the
    bank paid 2 billion": a figure of an act."""
    docs = _articles(tmp_path, {"a": _story("The fund agreed to buy shares worth 400 million crowns. The bank paid 2 billion crowns.",
                                            "Avel Herald")})
    referents, rules = referents_of(_rules()), _rules()
    assert attributes_of(docs[0], referents, MeasureUnits(rules)) == []


def test_two_stories_never_compare_their_things(tmp_path):
    docs = _articles(tmp_path, {
        "a": _story("The 240-metre bridge fell into the River Avel on Monday.", "Avel Herald"),
        "b": "Leeds Post\n\nVoters go to the polls\n\nMarch 3, 2026\n\nThe 210-metre bridge in Leeds opened. Voters in Leeds "
             "and Bradford went to the polls as Mayor Tom Quill campaigned.\n",
    })
    assert _attribute_findings(docs) == []


@pytest.mark.parametrize("a, b, agree", [
    ((60, 60), (45, 45), False),
    ((60, 60), (60, 60), True),
    ((1219, 1219), (1200, 1200), True),
    ((1968, 1968), (1971, 1971), False),
    ((8.5, 9.5), (12, 12), False),
    ((3_600_000, 4_000_000), (2_500_000, 2_500_000), False),  # "près de 4 millions" and 2.5 million
    ((3_600_000, 4_000_000), (3_800_000, 3_800_000), True),
])
def test_values_agree_when_they_overlap_or_round_to_each_other(a, b, agree):
    figure = lambda low_high: QuantityValue(low=low_high[0], high=low_high[1], unit="m", exact=str(low_high[0]))  # noqa: E731
    assert values_agree(figure(a), figure(b)) is agree
    assert values_agree(figure(b), figure(a)) is agree


def test_compare_reports_a_thing_s_attribute_once(tmp_path):
    """The two accounts of the fall are one event whose figures compare already: the bridge's
    length is one contradiction, not two."""
    docs = _articles(tmp_path, {
        "a": _story("The 240-metre bridge fell into the River Avel on Monday.", "Avel Herald"),
        "b": _story("The 210-metre bridge fell into the River Avel on Monday.", "Dunmere Post"),
    })
    found = [f for f in compare(docs, _rules()).findings if f.kind == "contradiction" and "length" in f.summary]
    assert len(found) == 1 and {q.document for q in found[0].quotes} == {"a", "b"}


def test_compare_reports_a_thing_s_attribute_no_event_compares(tmp_path):
    docs = _articles(tmp_path, {
        "a": _story("Crews searched the water below the 240-metre bridge for hours.", "Avel Herald"),
        "b": _story("Divers said the 210-metre bridge was closed to traffic.", "Dunmere Post"),
    })
    found = [f for f in compare(docs, _rules()).findings if f.kind == "contradiction" and "length" in f.summary]
    assert [f.subject for f in found] == ["length of bridge (m)"]
