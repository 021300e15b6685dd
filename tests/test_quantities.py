"""Quantities: number reading, hedges as intervals, counted nouns, events, non-counts, rule examples."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.extract.quantities import QuantityExtractor, QuantityRules, extract_quantities_from_text
from crosscheck.extract.quantity_ages import is_age
from crosscheck.extract.quantity_fractions import is_share
from crosscheck.compare.judgement import figures_overlap
from crosscheck.extract.sentences import split_sentences
from crosscheck.models import Document, LineMap, Mention, Zone, TimeValue
from crosscheck.numbers.english import find_numbers, parse_number
from crosscheck.numbers.hedges import hedge_extent, hedged_interval, round_step
from crosscheck.rules import RulePack, default_rules_dir, load_rule_file

RULE_PATH = default_rules_dir() / "en" / "quantities.yaml"


@pytest.fixture(scope="module")
def rules() -> QuantityRules:
    model, problems = load_rule_file(RULE_PATH)
    assert not problems, [p.render() for p in problems]
    return model


@pytest.fixture(scope="module")
def extractor(rules) -> QuantityExtractor:
    return QuantityExtractor(RulePack(files={"quantities": [rules]}))


@pytest.mark.parametrize(
    "text, value",
    [
        ("1,000", 1000), ("1.5", 1.5), ("24.75", 24.75), ("4.800", 4.8), (".08", 0.08),
        ("seven", 7), ("forty-five", 45), ("fifty - two", 52), ("a dozen", 12), ("half a dozen", 6),
        ("two hundred", 200), ("one hundred and twenty", 120), ("two thousand and two hundred", 2200),
        ("1.5 billion", 1.5e9), ("1.5bn", 1.5e9), ("10k", 1e4), ("2 million", 2e6), ("three lakh", 3e5),
        ("one and a half", 1.5), ("five and a half million", 5.5e6), ("two thirds", 2 / 3),
        ("4 thousand 3 hundred and 21", 4321), ("1 234 567", 1234567), ("minus 5", -5), ("-9.5", -9.5),
        ("twenty-one trillion three hundred", 21000000000300), ("two hundred point zero three", 200.03),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "a", "the 60th", "2min", "G7", "180ml", "07:49PM", "one two", "$1.5bn loan", "hello"])
def test_parse_number_rejects(text):
    assert parse_number(text) is None


@pytest.mark.parametrize(
    "text, values",
    [
        ("192.168.1.2", [192, 168, 1, 2]),
        ("Exercises nrs. 22,24,26,31.", [22, 24, 26, 31]),
        ("Which one do you prefer?", []),
        ("3 hundred and 2.12 hundred are two valid numbers.", [300, 212, 2]),
        ("I want to earn $2000 over 3 years", [2000, 3]),
        ("2000 over 3", [2000 / 3]),
    ],
)
def test_find_numbers(text, values):
    assert [n.value for n in find_numbers(text)] == pytest.approx(values)


HEDGES = [
    # text, low, high, unit, hedge, event
    ("Earlier in September, nearly 50 people were killed.", 45, 49, "people", "below", "killed"),
    ("More than 45 civilians were killed when the group took over.", 46, 49, "people", "above", "killed"),
    ("More than 40 civilians were killed in the attack.", 41, 49, "people", "above", "killed"),
    ("in which more than 150 people were killed", 151, 199, "people", "above", "killed"),
    ("More than 1,000 people fled.", 1001, 1499, "people", "above", "displaced"),
    ("Despite the presence of approximately 1,000 US troops in Niger.", 900, 1100, "troops", "about", "deployed"),
    ("About 1,100 American soldiers were deployed.", 1045, 1155, "troops", "about", "deployed"),
    ("About a dozen soldiers died.", 11, 13, "troops", "about", "killed"),
    ("At least 12 people died.", 12, None, "people", "at_least", "killed"),  # a floor: no upper bound
    ("Gunmen killed at least 200 people.", 200, None, "people", "at_least", "killed"),
    ("They found 20 people or more.", 20, None, "people", "at_least", None),
    ("Up to 1,100 soldiers will withdraw.", 0, 1100, "troops", "at_most", "withdrawn"),
    ("Fewer than 20 people were arrested.", 0, 19, "people", "below_strict", "arrested"),
    ("Between 40 and 50 people were injured.", 40, 50, "people", None, "wounded"),
    ("40 to 50 people", 40, 50, "people", None, None),
    ("Dozens of civilians were killed.", 24, 99, "people", "vague", "killed"),
    ("Tens of thousands of residents fled.", 20000, 99999, "people", "vague", "displaced"),
    ("Seven soldiers were killed.", 7, 7, "troops", None, "killed"),
    ("The bank lent $1.5bn last year.", 1.5e9, 1.5e9, "USD", None, None),
    ("Inflation reached 24.75%.", 24.75, 24.75, "percent", None, None),
    ("It costs 1.5 to 2 billion dollars.", 1.5e9, 2e9, "USD", None, None),
    ("The 1,000-plus troops were deployed.", 1001, 1499, "troops", "above", "deployed"),
]


@pytest.mark.parametrize("text, low, high, unit, hedge, event", HEDGES)
def test_hedged_figures(extractor, text, low, high, unit, hedge, event):
    figures = extractor.extract_text(text)
    assert len(figures) == 1, figures
    value = figures[0][2]
    assert (value.low, value.high, value.unit, value.hedge, value.event) == (low, high, unit, hedge, event)


def _one(extractor, text):
    figures = extractor.extract_text(text)
    assert len(figures) == 1, figures
    return figures[0][2]


def _overlap(a, b) -> bool:
    return figures_overlap(a, b)


@pytest.mark.parametrize(
    "first, second, agree",
    [
        ("nearly 50 people were killed", "More than 45 civilians were killed", True),  # seed F9
        ("Nearly 50 people were killed", "More than 40 civilians were killed", True),
        ("Nearly 40 people were killed", "More than 35 civilians were killed", True),
        ("at least 200 people were killed", "more than 150 people were killed", False),
        ("at least 200 people were killed", "the toll rose to about 400", True),
        ("some 1,000 soldiers were deployed", "about 1,100 soldiers were deployed", True),
        ("About 30 soldiers were killed", "At least 60 soldiers were killed", False),
        ("About a dozen soldiers died", "At least 30 soldiers were killed", False),
        # a floor is revised upwards by any amount: it agrees with every figure above it
        ("At least 23 people were killed", "41 people were killed", True),
        ("At least 23 people were killed", "nearly 1,000 people were killed", True),
        ("At least 23 people were killed", "Nineteen people were killed", False),
        ("At least 23 people were killed", "more than 20 people were killed", True),
        ("About 1,500 troops are stationed there", "Some 1,000 troops are stationed there", False),
    ],
)
def test_hedged_figures_agree_as_an_editor_reads_them(extractor, first, second, agree):
    a, b = _one(extractor, first), _one(extractor, second)
    assert (a.unit, a.event) == (b.unit, b.event)
    assert _overlap(a, b) is agree, (a, b)


@pytest.mark.parametrize(
    "text, unit, event",
    [
        # A measure noun before the figure names what it counts and what happened.
        ("A United Nations source put the toll at about 400.", "people", "killed"),
        ("The death toll rose to 52 on Monday.", "people", "killed"),
        ("The blast hit the market, raising the toll to 12.", "people", "killed"),
        ("Casualties stood at more than 80, officials said.", "people", "killed"),
        ("The number of wounded has risen to 140.", "people", "wounded"),
        ("Among the dead were 12 children.", "people, part", "killed"),
        # An event that governs a bare figure says what it counts; a noun may carry its event.
        ("The bomb exploded at a market, killing at least 12.", "people", "killed"),
        ("The raid left 30 dead and dozens wounded.", "people", "killed"),
        ("Some 14 are feared dead after the flood.", "people", "killed"),
        ("There were 45 deaths in the camp.", "people", "killed"),
        ("The toll has now climbed to 9.", "people", "killed"),
        ("The death toll from the floods has risen to 120.", "people", "killed"),
        ("Officials said the toll in the attack stood at 30.", "people", "killed"),
        # The verb after the figure is the event and the figure counts people, not the noun after
        # the verb; a second noun joined to the first keeps the figure on the verb after both.
        ("Wildfire kills one, more than 2,000 flee villages", "people", "killed"),
        ("More than 2,000 flee villages near the fire.", "people", "displaced"),
        ("About 1,100 operations and appointments have been postponed.", "operations", "postponed"),
        ("More than a thousand operations and appointments have had to be put back.", "operations", "postponed"),
        ("30 soldiers and civilians were killed.", "troops", "killed"),
        ("Gunmen killed 30 and wounded 50.", "people", "killed"),
        # A measure word that does not measure what the figure counts.
        ("He paid the toll in cash at 40 stations.", "stations", None),
        ("The toll road from Bamako is 40 km long.", "km", None),
        ("He paid a toll of 5 dollars.", "USD", None),
    ],
)
def test_what_a_figure_counts_from_its_measure_or_event(extractor, text, unit, event):
    value = extractor.extract_text(text)[0][2]
    assert (value.unit, value.event) == (unit, event)


@pytest.mark.parametrize(
    "text, event",
    [
        ("500 soldiers were deployed to the border.", "deployed"),
        ("Rwanda now has about 4,000 soldiers deployed in Mozambique.", "deployed"),
        ("About 600 US troops remain stationed in Chad.", "deployed"),
        ("Militants killed 30 soldiers at the post.", "killed"),
        ("30 people were killed in the raid.", "killed"),
        ("Officials said 12 people have been confirmed dead.", "killed"),
        ("the army announced the withdrawal of 1,100 soldiers", "withdrawn"),
        ("The army deployed a further 500 troops.", "deployed"),
        ("Two soldiers who were abducted last week were freed.", "kidnapped"),
        ("At least 30 people, most of them women, were killed.", "killed"),
        ("Some 2,000 troops, including special forces, were sent north.", "deployed"),
        # Residents who fled or were moved out of danger are displaced, not withdrawn like troops.
        ("More than 2,000 residents were evacuated from three villages.", "displaced"),
        ("Authorities ordered the evacuation of 6,800 people.", "displaced"),
        ("The fire forced more than 2,000 residents to leave their homes.", "displaced"),
        # The event word is in the sentence but not tied to what the figure counts.
        ("Two journalists covering the kidnapping trial said it was adjourned.", None),
        ("Two journalists, who covered the kidnapping trial, said it was adjourned.", None),
        ("Some 300 soldiers guarded the town after the attack that killed a mayor.", None),
        ("Three reporters who covered the deployment said the base was empty.", None),
        ("The 40 delegates discussed the killing of a mayor.", None),
        ("Police questioned 15 witnesses; two suspects were arrested.", None),
        # A casualty word before the counted noun is its adjective: a verb after the noun tells the event.
        ("Three injured workers died in hospital on Monday.", "killed"),
        ("Two wounded soldiers later died of their wounds.", "killed"),
        ("Two wounded soldiers were flown to Kabul.", "wounded"),
    ],
)
def test_event_is_the_one_governing_the_figure(extractor, text, event):
    value = extractor.extract_text(text)[0][2]
    assert value.event == event, value


@pytest.mark.parametrize(
    "text, expected",
    [
        # A prison term is a measure of its sentencing, in its own unit; what was sought is another event.
        ("A court sentenced the former governor to seven years in prison for fraud.", (7, "years in prison", "sentenced")),
        ("He was jailed for 30 months in jail after the trial.", (30, "months in prison", "sentenced")),
        ("The judge handed down a 12-year sentence on Friday.", (12, "years in prison", "sentenced")),
        ("She received a three-year suspended sentence.", (3, "years suspended", "sentenced")),
        ("The prosecution had sought a 15-year prison term.", (15, "years in prison", "requested")),
        ("Prosecutors are seeking 20 years in prison for the banker.", (20, "years in prison", "requested")),
    ],
)
def test_a_prison_term_is_a_measure_of_its_sentencing(extractor, text, expected):
    ((_, _, value),) = extractor.extract_text(text)
    assert (value.low, value.unit, value.event) == expected and value.high == value.low


@pytest.mark.parametrize("text", ["The governor served seven years in office.", "He has lived there for 30 months.",
                                  "She won a four-year term in 2019.", "The 12-year-old boy was found safe."])
def test_a_duration_that_is_no_prison_term_stays_time(extractor, text):
    assert [v for _, _, v in extractor.extract_text(text) if not is_age(v)] == []  # "12-year-old boy": the boy's age


@pytest.mark.parametrize(
    "text, expected",
    [
        # A measure noun anywhere earlier in the clause, tied by a verb of `measure_verbs`.
        ("The death toll from the earthquake that struck Van late on Sunday, October 12, has risen to 212, AFAD said.",
         [("212", "people", "people", "killed")]),
        ("The death toll from the earthquake on Saturday, October 12, 2025 has risen to at least 97, officials said.",
         [("at least 97", "people", "people", "killed")]),
        ("The number of injured in the blasts that hit the city on Friday now stands at 97.", [("97", "people", "people", "wounded")]),
        ("The toll from the floods, which swept through three provinces last week, climbed to 58.", [("three", "provinces", "provinces", None), ("58", "people", "people", "killed")]),
        # ... but not a noun that does not head its phrase, nor across a semicolon
        ("The toll road near the river that flooded on Monday rose to 5 metres.", [("5 metres", "m", "length", None)]),
        ("The toll was unclear; the river rose to 5 metres.", [("5 metres", "m", "length", None)]),
        # Earthquake magnitudes, whichever side the word stands
        ("An earthquake of magnitude 6.4 struck Van.", [("6.4", "magnitude", "magnitude", None)]),
        ("A magnitude-5.1 tremor shook the town.", [("5.1", "magnitude", "magnitude", None)]),
        ("A 7.1-magnitude quake hit the region in 2011.", [("7.1", "magnitude", "magnitude", None)]),
        ("The quake measured 6.4 on the Richter scale.", [("6.4", "magnitude", "magnitude", None)]),
        ("The observatory put the magnitude of the quake at 5.1.", [("5.1", "magnitude", "magnitude", None)]),
        # What stays and the earlier level are not the figure withdrawn
        ("The US will withdraw a brigade from Romania, leaving about 1,000 U.S. troops in the country, down from some 1,700.",
         [("about 1,000", "troops", "troops", "remaining"), ("some 1,700", "troops", "troops", "previous level")]),
        ("About 500 soldiers will remain in Niger, up from 300 last year.",
         [("About 500", "troops", "troops", "remaining"), ("300", "troops", "troops", "previous level")]),
        ("Paris will pull out 2,000 troops, keeping 600 soldiers at the base.",
         [("2,000", "troops", "troops", "withdrawn"), ("600", "troops", "troops", "remaining")]),
        ("The 1,000 troops will leave by May.", [("1,000", "troops", "troops", "withdrawn")]),
        # ... while a stronger event of the figure wins over "leaving" and "remain"
        ("The blast killed 4, leaving 12 people injured.", [("4", "people", "people", "killed"), ("12", "people", "people", "wounded")]),
        ("The attack left 30 dead.", [("30", "people", "people", "killed")]),
        ("Twelve people remain missing.", [("Twelve", "people", "people", "missing")]),
        # What a percentage is a share of
        ("Turnout was 76 percent of the 7.2 million registered voters.", [("76 percent", "percent", "turnout", "turnout")]),
        ("Turnout in the September 16 vote was 51 percent, the commission said.", [("51 percent", "percent", "turnout", "turnout")]),
        ("The poll drew a turnout of 76%.", [("76%", "percent", "turnout", "turnout")]),
        ("Mutharika won 56.1% of the votes.", [("56.1%", "percent", "vote share", "vote share")]),
        ("He took about 56 percent of the vote.", [("about 56 percent", "percent", "vote share", "vote share")]),
        ("Inflation rose to 24.75% in May.", [("24.75%", "percent", None, None)]),
    ],
)
def test_measures_magnitudes_levels_and_shares(extractor, text, expected):
    found = [(v.exact, v.unit, v.noun, v.event) for _, _, v in extractor.extract_text(text)]
    assert found == expected


def test_magnitudes_are_not_rounded_to_whole_numbers(extractor):
    value = _one(extractor, "a quake of magnitude about 7")
    assert value.unit == "magnitude" and value.low > 6 and value.high < 8


@pytest.mark.parametrize(
    "text, kept",
    [
        ("The two leaders agreed to forge closer ties.", []),
        ("The Kremlin said the two leaders also discussed Gabon, where the army seized power.", []),
        ("Ties between the two countries have grown.", []),
        ("Influence has dwindled in all three landlocked countries.", []),
        ("The three nations left the bloc, and both sides signed.", []),
        ("These two governments signed the pact.", []),
        ("Mali has witnessed two military coups since 2020.", ["two"]),
        ("The 1,000 troops stationed in Niger will leave.", ["1,000"]),
        ("according to two security sources", ["two"]),
    ],
)
def test_references_back_are_not_figures(extractor, text, kept):
    assert [text[s:e] for s, e, _ in extractor.extract_text(text)] == kept


@pytest.mark.parametrize(
    "text",
    [
        "the 60th anniversary of independence in 1960",
        "Mali Tuesday, Sept. 22, 2020",
        "June 05, 2024 at 07:49PM",
        "4 Oct 2022 20:09",
        "a 45-year-old man, aged 45",
        "the G7 summit lasted 2min",
        "SCP-173 and Covid-19",
        "Flight 370 vanished",
        "since 2012 and since 2020",
        "Despite being one of the world's poorest countries",
        "He held talks for 10 years",
        "5/17/2018 and 192.168.1.2",
        "Kimani Gray, 16, was shot by police",  # an age in apposition after a name
        "John Smith, 45, of Leeds",
        "the victim was named as Amina Diallo, 9.",
        # a number glued to a name is part of it: a model, a mission, a product
        "In March 2024 a Boeing 737 of the airline landed at Lyon.",
        "The plane, a Boeing 737, landed safely.",
        "the crew of the Apollo 11 mission",
        "computers that still run the Windows 10 system",
    ],
)
def test_not_counts(extractor, text):
    assert [v for _, _, v in extractor.extract_text(text) if not is_age(v)] == []  # an age is a person's, no count


@pytest.mark.parametrize("text", ["In Brooklyn, 16 people were arrested", "The toll rose to 16, the ministry said",
                                  "Police arrested 16, including two minors", "On Tuesday, 16 were killed",
                                  # a number after a capital with no determiner before it: a weekday, a
                                  # place, a headline in title case; after a name, what it counts
                                  "on Tuesday 16 were killed", "In Kenya 16 died", "Cholera Outbreak Kills 16 in Cameroon"])
def test_a_number_after_a_comma_that_is_no_age_stays_a_figure(extractor, text):
    assert any(value.low == 16 for _, _, value in extractor.extract_text(text))


@pytest.mark.parametrize(
    "value, step",
    [(40, 10), (45, 5), (50, 10), (150, 50), (200, 100), (1000, 500), (1100, 100), (2500, 500), (12, 1),
     (7, 1), (1, 0.5), (24.75, 0.05), (1.5e9, 5e8), (0, 0), (-40, 10)],
)
def test_round_step(value, step):
    assert round_step(value) == pytest.approx(step)


def test_round_steps_are_data():
    assert round_step(750) == 50
    assert round_step(750, (1.0, 2.5, 5.0)) == 250


def test_hedge_extent_is_a_fraction_of_the_step_between_widths():
    assert hedge_extent(40, 1.0, 0.10, 0.50) == 10  # the step
    assert hedge_extent(12, 1.0, 0.10, 0.50) == pytest.approx(1.2)  # at least 10%
    assert hedge_extent(1000, 0.5, 0.05, 0.10) == 100  # at most 10%
    assert hedge_extent(200, 0, 1.0, 1.0) == 200


def test_hedged_interval_shapes():
    assert hedged_interval(50, "below", True, 5, True) == (45, 49)
    assert hedged_interval(45, "above", True, 5, True) == (46, 49)  # up to, not including, 50
    assert hedged_interval(45, "above", False, 5, True) == (45, 49)
    assert hedged_interval(12, "above", True, 1.2, True) == (13, 13)
    assert hedged_interval(1000, "band", False, 100, True) == (900, 1100)
    assert hedged_interval(12, "band", False, 0.6, True) == (11, 13)  # a hedged count admits its neighbours
    assert hedged_interval(2.5, "band", False, 0.25, False) == pytest.approx((2.25, 2.75))
    assert hedged_interval(1100, "at_most", False, 1100, True) == (0, 1100)
    assert hedged_interval(20, "at_most", True, 20, True) == (0, 19)
    assert hedged_interval(23, "floor", False, 0, True) == (23, None)  # "at least 23": 23 and up
    assert hedged_interval(23, "floor", True, 0, True) == (24, None)
    assert hedged_interval(2.5, "floor", False, 0, False) == (2.5, None)


_HEDGED = st.sampled_from(["nearly", "more than", "at least", "about", "up to", "fewer than"])
_COUNTS = st.one_of(st.integers(2, 100), st.integers(2, 200).map(lambda n: n * 50))


@settings(max_examples=150, deadline=None)
@given(_HEDGED, _COUNTS)
def test_hedged_bounds_follow_their_documented_shape(extractor, hedge, n):
    """Each hedge's bounds, for any count: "at least n" is n and up with no upper bound; "more
    than n" starts just over n and ends below a finite next round number, or has no upper bound
    when n has no round step (5, 12, 23); "nearly n" ends just
    under n; "about n" holds n; "up to n" and "fewer than n" start at 0."""
    value = _one(extractor, f"{hedge} {n:,} people were killed")
    low, high = value.low, value.high
    if hedge == "at least":
        assert (low, high) == (n, None)
    elif hedge == "more than" and round_step(n) > 1:
        assert low == n + 1 and high is not None and low <= high < 2 * n
    elif hedge == "more than":  # no round step ("more than 12"): no next round number bounds it
        assert (low, high) == (n + 1, None)
    elif hedge == "nearly":
        assert high == n - 1 and low < n
    elif hedge == "about":
        assert low < n < high
    elif hedge == "up to":
        assert (low, high) == (0, n)
    else:
        assert (low, high) == (0, n - 1)


@settings(max_examples=150, deadline=None)
@given(_COUNTS, st.integers(0, 10**6))
def test_a_floor_agrees_with_every_count_from_it_up_and_with_none_below(extractor, n, other):
    floor = _one(extractor, f"at least {n:,} people were killed")
    exact = _one(extractor, f"{other:,} people were killed") if other else None
    if exact is not None:
        assert figures_overlap(floor, exact) is (other >= n)


def _document(text: str) -> Document:
    return Document(id="d", path="d.txt", format="text", encoding="utf-8", text=text, lines=LineMap.for_text(text), body=[Zone(start=0, end=len(text))])


def test_mentions_offsets_and_time_spans(extractor):
    text = "Intro line.\nEarlier, nearly 50 people were killed. In 1,000 days, 45 civilians were hurt."
    doc = _document(text)
    sentences = split_sentences(doc)
    time_start = text.index("1,000 days")
    times = [Mention(kind="time", document="d", text="1,000 days", start=time_start, end=time_start + 10, line=2, sentence=2, value=TimeValue(granularity="day"))]
    mentions = extractor.extract(doc, sentences, times)
    assert [m.text for m in mentions] == ["nearly 50", "45"]
    first = mentions[0]
    assert text[first.start : first.end] == "nearly 50"
    assert first.line == 2 and first.kind == "quantity" and first.id == ""
    assert mentions[1].value.event == "wounded"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["On March 3, 2024, ", "nearly 50 ", "dozens of ", "two ", "people were killed", " in 2023",
                                 "three days later", ". ", "Police said 12 ", "on Monday"]), max_size=8).map("".join))
def test_sentences_whose_digits_all_lie_in_times_are_skipped_without_losing_a_figure(extractor, text):
    """The shortcut that skips a sentence whose only digits lie inside time mentions gives the
    figures of reading every sentence and dropping those that overlap a time."""
    import re

    doc = _document(text)
    sentences = split_sentences(doc)
    times = [Mention(kind="time", document="d", text=m.group(), start=m.start(), end=m.end(), line=1, sentence=0,
                     value=TimeValue(granularity="day")) for m in re.finditer(r"March 3, 2024|2023|on Monday", text)]
    expected = []
    for sentence in sentences:
        for start, end, _ in extractor.extract_text(sentence.text):
            start, end = start + sentence.start, end + sentence.start
            if not any(t.start < end and start < t.end for t in times):
                expected.append((start, end))
    assert [(m.start, m.end) for m in extractor.extract(doc, sentences, times)] == expected


def _examples(rules: QuantityRules):
    for hedge in rules.hedges:
        yield f"hedge:{hedge.name}", hedge.examples, lambda v, name=hedge.name: v.hedge == name
    yield "vague", rules.vague_examples, lambda v: v.hedge == "vague"
    yield "nouns", rules.noun_examples, lambda v: v.noun in {c.name for c in rules.nouns}
    measures = {c.name for c in rules.measures}
    yield "measures", rules.measure_examples, lambda v: v.unit in measures and (v.event is not None or v.unit in rules.measurement_units)
    yield "shares", rules.share_examples, lambda v: v.unit == "percent" and v.noun in {c.name for c in rules.shares}
    yield "amounts", rules.amount_examples, lambda v: len(v.unit) == 3 and v.noun in {c.name for c in rules.amounts}
    yield "unit measures", rules.unit_measure_examples, lambda v: v.noun in {c.name for c in rules.unit_measures}
    yield "events", rules.event_examples, lambda v: v.event is not None
    yield "currencies", rules.currency_examples, lambda v: v.unit in {c.code for c in rules.currencies}
    yield "durations", rules.duration_examples, lambda v: v.unit in {c.name for c in rules.durations}
    yield "ages", rules.ages.examples, lambda v: is_age(v)
    yield "occurrences", rules.occurrences.examples, lambda v: v.unit == rules.occurrences.name
    yield "fractions", rules.fractions.examples, lambda v: is_share(v.unit) and not any(c.isdigit() for c in v.exact)


def test_rule_examples(rules, extractor):
    for name, examples, fires in _examples(rules):
        assert examples is not None, name
        for sentence in examples.match:
            assert any(fires(v) for _, _, v in extractor.extract_text(sentence)), (name, sentence)
        for sentence in examples.no_match:
            assert not any(fires(v) for _, _, v in extractor.extract_text(sentence)), (name, sentence)


def test_anaphora_examples(rules, extractor):
    for sentence in rules.anaphora.examples.match:
        assert extractor.extract_text(sentence) == [], sentence
    for sentence in rules.anaphora.examples.no_match:
        assert extractor.extract_text(sentence), sentence


def test_not_count_examples(rules, extractor):
    for sentence in rules.not_counts.examples.match:  # an age is the person's, never a count ("a 45-year-old man")
        assert [v for _, _, v in extractor.extract_text(sentence) if not is_age(v)] == [], sentence
    for sentence in rules.not_counts.examples.no_match:
        assert extractor.extract_text(sentence), sentence


def test_bad_rule_file_reports_position(tmp_path: Path):
    bad = tmp_path / "quantities.yaml"
    bad.write_text("kind: quantities\nhedges:\n  - name: x\n    shape: sideways\n    step_fraction: '1'\n"
                   "    min_width: '0.1'\n    max_width: '0.5'\n    examples: {match: [a], no_match: [b]}\n")
    model, problems = load_rule_file(bad)
    assert model is None and problems and problems[0].line == 4


def test_default_text_function():
    figures = extract_quantities_from_text("approximately 1,000 US troops")
    assert [(v.low, v.high, v.noun) for _, _, v in figures] == [(900, 1100, "troops")]


@given(st.integers(min_value=0, max_value=10**15))
def test_digits_with_separators_round_trip(number):
    assert parse_number(f"{number:,}") == number
    assert parse_number(str(number)) == number


@settings(max_examples=300)
@given(st.text())
def test_arbitrary_text_never_raises(text):
    find_numbers(text)
    parse_number(text)
    extract_quantities_from_text(text)


@settings(max_examples=200)
@given(st.lists(st.sampled_from("one two twenty hundred thousand and a half dozen point - , 1 45 1,000 . $ % million nearly over".split(" ")), max_size=12))
def test_number_word_soup_never_raises(words):
    text = " ".join(words)
    extract_quantities_from_text(text)
    for number in find_numbers(text):
        assert 0 <= number.start < number.end <= len(text)


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 20)), max_size=12), st.integers(0, 70), st.integers(1, 15))
def test_the_time_span_index_answers_as_a_scan_of_every_span(spans, start, length):
    """Figures inside a time mention are skipped; the index (O(log n) a figure) agrees with a scan."""
    from crosscheck.extract.quantity_tables import SpanIndex

    spans = [(s, s + n) for s, n in spans]
    end = start + length
    assert SpanIndex(spans).overlaps(start, end) == any(s < end and start < e for s, e in spans)


@settings(max_examples=60, deadline=None)
@given(count=st.integers(min_value=2, max_value=99_999),
       first=st.sampled_from(["operations", "appointments", "flights", "soldiers", "patients", "homes"]),
       second=st.sampled_from(["appointments", "civilians", "trains", "staff", "buildings"]),
       verb=st.sampled_from([("have been postponed", "postponed"), ("were killed", "killed"), ("were injured", "wounded"),
                             ("were evacuated", "displaced"), ("were detained", "arrested")]))
def test_a_second_counted_noun_keeps_the_figure_on_the_verb_after_both(count, first, second, verb):
    """"N X and Y were killed" counts what "N X were killed" counts, with the same event."""
    words, event = verb
    alone = extract_quantities_from_text(f"{count:,} {first} {words}.")
    joined = extract_quantities_from_text(f"{count:,} {first} and {second} {words}.")
    assert [v.event for _, _, v in joined] == [v.event for _, _, v in alone] == [event]
    assert [(v.low, v.unit) for _, _, v in joined] == [(v.low, v.unit) for _, _, v in alone]


@pytest.mark.parametrize(("text", "language", "age", "person"), [
    ("A 78-year-old man was found dead in his home.", "en", 78, "age of man"),
    ("An 87-year-old retired man died.", "en", 87, "age of man"),
    ("Un homme de 78 ans avait été retrouvé mort.", "fr", 78, "age of man"),
    ("Une femme de 64 ans est morte lundi soir.", "fr", 64, "age of woman"),
    ("The body of a 59-year-old shepherd was found.", "en", 59, "age of shepherd"),
    ("A four-year-old girl was hurt.", "en", 4, "age of girl"),
])
def test_an_age_is_a_figure_of_the_person_it_describes(text, language, age, person):
    """Two outlets' ages of one victim (78 / 87) are one measure; a man and a shepherd are two."""
    ages = [v for _, _, v in extract_quantities_from_text(text, language=language) if is_age(v)]
    assert [(v.low, v.high, v.unit, v.noun, v.event) for v in ages] == [(age, age, person, person, None)]


@pytest.mark.parametrize(("text", "language"), [
    ("un contrat de cinq ans", "fr"),  # a duration after "de", no person
    ("Il a passé dix ans en prison.", "fr"),
    ("He served 10 years in prison.", "en"),
    ("Julien Marchetti, 41, and Ana Lucia Restrepo, 36, were freed.", "en"),  # a named person's age: the name tells them apart
    ("The 45-year-old was arrested on Monday.", "en"),  # no noun: nobody to compare the age under
])
def test_other_numbers_with_years_are_no_age(text, language):
    assert not [v for _, _, v in extract_quantities_from_text(text, language=language) if is_age(v)]


@settings(max_examples=60, deadline=None)
@given(age=st.integers(min_value=1, max_value=110), noun=st.sampled_from(["man", "woman", "farmer", "shepherd", "girl"]),
       verb=st.sampled_from(["was found dead", "died on Sunday", "was arrested", "was killed"]))
def test_an_age_never_becomes_a_count_of_the_event(age, noun, verb):
    """However the sentence goes on, an age is its person's and no count of what happened."""
    figures = [v for _, _, v in extract_quantities_from_text(f"A {age}-year-old {noun} {verb}.")]
    assert [(v.low, is_age(v), v.event) for v in figures] == [(age, True, None)]


@pytest.mark.parametrize(("text", "expected"), [
    # an event said once for figures joined by "and": after the last, or before the first
    ("Flight AU1482, with 174 passengers and six crew on board, landed safely.", [(174, "people", "aboard"), (6, "crew", "aboard")]),
    ("The boat was carrying 42 passengers and three crew.", [(42, "people", "aboard"), (3, "crew", "aboard")]),
    ("12 soldiers and three civilians were wounded.", [(12, "troops", "wounded"), (3, "people", "wounded")]),
    # ... but a noun's own event is no other figure's, and a verb between keeps each its own
    ("Health officials reported 64 suspected cases and five deaths.", [(64, "suspected cases", None), (5, "people", "killed")]),
    ("30 people were killed and 12 soldiers were missing.", [(30, "people", "killed"), (12, "troops", "missing")]),
    ("Police arrested 12 and killed 3.", [(12, "people", "arrested"), (3, "people", "killed")]),
    # the place said first ("on board were"), a manner adverb or the degree of an injury between
    ("On board were 174 passengers.", [(174, "people", "aboard")]),
    ("Eleven people were slightly injured.", [(11, "people", "wounded")]),
    ("About a dozen people suffered minor injuries.", [(11, "people", "wounded")]),
    ("Seven confirmed cases of listeriosis were reported.", [(7, "cases", None)]),
])
def test_a_state_of_the_event_is_its_measure(extractor, text, expected):
    assert [(v.low, v.unit, v.event) for _, _, v in extractor.extract_text(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a threshold is another measure than the result it is compared with
    ("247 lawmakers voted in favour, well above the 233 votes needed for an absolute majority.", [(247, None), (233, "required")]),
    ("The motion won 247 votes, more than the 233 votes needed, after the Greens turned.", [(247, None), (233, "required")]),
    ("It needed an absolute majority of 233.", [(233, "required")]),
    # ... but people who needed something are no threshold
    ("Some 40 people needed hospital treatment.", [(36, None)]),
    ("40 people needed to be treated.", [(40, None)]),
])
def test_a_threshold_is_its_own_measure(extractor, text, expected):
    assert [(v.low, v.event) for _, _, v in extractor.extract_text(text)] == expected


# Lengths, areas, weights, volumes and speeds are measures in their unit (named as in French), never
# counts: a figure compares only with one in the same unit. A length that places something is no figure.
@pytest.mark.parametrize(("text", "expected"), [
    ("The lava flow was about 3 km long by Friday.", [("about 3 km", "km", "length")]),
    ("Snow drifts up to 2 metres deep blocked the pass.", [("up to 2 metres", "m", "depth")]),
    ("The wildfire has burned more than 12,000 hectares of pine forest.", [("more than 12,000 hectares", "hectares", "area")]),
    ("Floods covered 40 square kilometres of farmland.", [("40 square kilometres", "km2", "area")]),
    ("Customs officers seized 1.2 tonnes of cocaine in the port.", [("1.2 tonnes", "tonnes", "weight")]),
    ("The striking dockers left 3,000 tons of grain on the quay.", [("3,000 tons", "tonnes", "weight")]),
    ("The pipeline leaked some 5,000 barrels of crude into the river.", [("some 5,000 barrels", "barrels", "volume")]),
    ("Gusts of 140 km/h tore roofs off homes.", [("140 km/h", "km/h", "gusts")]),  # what the wind measure is: gusts
    ("Trucks were limited to 80 km/h on the bridge.", [("80 km/h", "km/h", "speed")]),
    ("A 12km tailback formed at the border.", [("12km", "km", "length")]),
    ("The ash cloud rose 8,000 feet above the crater.", [("8,000 feet", "feet", "height")]),
])
def test_a_figure_with_a_unit_is_a_measure_in_that_unit(extractor, text, expected):
    found = [(text[s:e], v.unit, v.noun) for s, e, v in extractor.extract_text(text)]
    assert found == expected


@pytest.mark.parametrize("text", [
    "The kidnappers held the engineers in a camp about 40 km north of Maiduguri.",
    "The village lies 12 miles from the border.",
    "Troops set up a checkpoint within 30 km of Goma.",
    "The epicentre was 10 km away from the town.",
])
def test_a_length_that_places_something_is_no_figure(extractor, text):
    assert extractor.extract_text(text) == []


# A temperature is a temperature whatever words stand before it, in its scale; never a count.
@pytest.mark.parametrize(("text", "expected"), [
    ("The mercury reached 38.4C in the capital on Sunday.", [("38.4C", "°C", 38.4)]),
    ("A record 39.1 °C was measured at the airport.", [("39.1 °C", "°C", 39.1)]),
    ("Temperatures topped 40 degrees Celsius in the south.", [("topped 40 degrees Celsius", "°C", 40)]),
    ("Phoenix sweltered at 117F on Monday.", [("117F", "°F", 117)]),
])
def test_a_temperature_is_a_measure_of_its_own(extractor, text, expected):
    found = [(text[s:e], v.unit, v.low) for s, e, v in extractor.extract_text(text)]
    assert found == expected
    assert all(v.event == "temperature" for _, _, v in extractor.extract_text(text))


@pytest.mark.parametrize(("text", "low", "high"), [
    ("The painting had been estimated at 1.5 million to 2 million euros.", 1.5e6, 2e6),
    ("It had been estimated before the sale at 800,000 to 1.2 million euros.", 8e5, 1.2e6),
])
def test_an_estimate_is_its_own_measure_never_a_price(extractor, text, low, high):
    [(_, _, value)] = extractor.extract_text(text)
    assert (value.low, value.high, value.unit, value.event) == (low, high, "EUR", "estimate")


def test_a_lower_case_c_after_digits_is_no_temperature(extractor):
    assert not [v for _, _, v in extractor.extract_text("Stamps cost 5c more from Monday.") if v.unit == "°C"]


def test_a_hedged_measure_is_not_rounded_to_whole_numbers(extractor):
    [(_, _, value)] = extractor.extract_text("The slick was about 6.5 km long.")
    assert value.low < 6.5 < value.high and not float(value.low).is_integer()


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=2, max_value=999_999), st.sampled_from([("km", "km"), ("hectares", "hectares"), ("tonnes", "tonnes"),
                                                                    ("barrels", "barrels"), ("square miles", "square miles")]))
def test_any_figure_before_a_unit_is_read_in_that_unit(extractor, value, unit):
    written, name = unit
    text = f"By Monday the spill had reached {value:,} {written}, officials said."
    [(_, _, found)] = extractor.extract_text(text)
    assert (found.low, found.high, found.unit) == (value, value, name)


# A figure before "of the" and a noun counts that noun ("Five of the escapees"): it is what the
# sentence tells happened to them. A whole with a figure makes a part (quantity_scopes); a noun
# that carries an event ("two of the dead") gives no toll of two.
@pytest.mark.parametrize(("text", "expected"), [
    ("Five of the escapees had been recaptured by Thursday.", [("Five", "escapees")]),
    ("Three of the kidnapped students were freed on Sunday.", [("Three", "people")]),
    ("Twelve of the striking drivers returned to work.", [("Twelve", "drivers")]),
    ("Two of the 14 crew were injured.", [("Two", "crew"), ("14", "crew, in all")]),
    ("Two of the dead were children.", []),
    ("One of the hostages was a nurse.", []),
])
def test_a_figure_of_a_named_whole_counts_its_noun(extractor, text, expected):
    assert [(text[s:e], v.unit) for s, e, v in extractor.extract_text(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # What a place holds now counts what it was built for (a measure of its own).
    ("The jail, built for about 300 inmates, now holds more than 800.", [("inmates", "capacity"), ("inmates", None)]),
    ("The shelter, designed for 200 people, now houses 650.", [("people", "capacity"), ("people", None)]),
    ("The arena has a capacity of 18,000.", [("count", "capacity")]),
    ("The ferry was carrying about 4,300 tonnes of fuel.", [("tonnes", "aboard")]),
    ("The freighter ran aground with 1,200 tonnes of fertiliser on board.", [("tonnes", "aboard")]),
])
def test_a_state_verb_gives_its_figure_a_measure(extractor, text, expected):
    assert [(v.unit, v.event) for _, _, v in extractor.extract_text(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # People not yet found after a collapse, a quake or a flood: trapped, buried or missing, one count.
    ("At least four climbers were killed and about 20 others were buried by the avalanche.", [("people", "killed"), ("people", "missing")]),
    ("Rescuers said about ten workers were still trapped under the rubble.", [("people", "missing")]),
    ("Twelve fishermen remain unaccounted for after the storm.", [("people", "missing")]),
    # "others" counts what the figure before it counts
    ("Three pilgrims died and 40 others were injured in the crush.", [("people", "killed"), ("people", "wounded")]),
])
def test_trapped_buried_and_missing_people_are_one_count_and_others_count_the_same(extractor, text, expected):
    assert [(v.unit, v.event) for _, _, v in extractor.extract_text(text)] == expected


# A length may measure how high or how deep the event's object is, named before the figure or
# after its unit: a measure (height, depth), never the distance of a place (rules unit_measures).
@pytest.mark.parametrize(("text", "expected"), [
    ("The ash column rose to an altitude of 12 km.", [("12 km", "km", "height")]),
    ("Mount Tavuru erupted, sending an ash column about 9 km into the sky.", [("about 9 km", "km", "height")]),
    ("The quake struck at a depth of 10 km.", [("10 km", "km", "depth")]),
    ("The quake's focus was 10 km deep, the survey said.", [("10 km", "km", "depth")]),
    ("The epicentre was 12 km from the town.", []),  # a place, still no figure
])
def test_a_length_named_a_height_or_a_depth_is_that_measure(extractor, text, expected):
    assert [(text[s:e], v.unit, v.noun) for s, e, v in extractor.extract_text(text)] == expected


# A named complement of the counted noun stands between the noun and its event word: the event
# after it still governs the figure.
@pytest.mark.parametrize(("text", "event"), [
    ("More than 3,000 residents of Paama were evacuated.", "displaced"),
    ("About 40 people in Port-Vila were injured.", "wounded"),
    ("Some 300 troops from France were withdrawn.", "withdrawn"),
])
def test_the_event_after_a_named_complement_governs_the_figure(extractor, text, event):
    assert [v.event for _, _, v in extractor.extract_text(text)] == [event]


# How often an event happened is a figure of the event, in one measure with French (occurrences);
# times before a determiner or a comparative make a ratio.
@pytest.mark.parametrize(("text", "expected"), [
    ("The officer fired three times at the car.", [("three", 3, "occurrences")]),
    ("He fired twice at the car.", [("twice", 2, "occurrences")]),
    ("The volcano erupted for the third time this year.", [("third time", 3, "occurrences")]),
    ("He has been arrested at least 12 times.", [("at least 12", 12, "occurrences")]),
    ("The impurity reached 1.8 times the acceptable limit.", [("1.8", 1.8, "times")]),
    ("Twice as many people voted.", []),
    ("It takes about one and a half times longer to finish.", [("about one and a half", 1.35, "times")]),
    ("The country was hit for the first time.", []),  # news, no count
])
def test_a_count_of_times_is_a_figure_of_occurrences(extractor, text, expected):
    assert [(text[s:e], v.low, v.unit) for s, e, v in extractor.extract_text(text)] == expected


# A population is a population, never the people of the clause's event, unless a verb takes it as
# its object ("evacuated the entire population of ...").
@pytest.mark.parametrize(("text", "expected"), [
    ("A town of 15,000 people was flooded.", [("population", "population")]),
    ("In 2018 the government evacuated the entire population of Ambae, about 11,000 people, after the eruption.",
     [("people", "displaced")]),
    ("The government evacuated the entire population of 11,000.", [("people", "displaced")]),
])
def test_a_population_counts_people_only_as_the_object_of_an_event(extractor, text, expected):
    assert [(v.unit, v.event) for _, _, v in extractor.extract_text(text)] == expected
