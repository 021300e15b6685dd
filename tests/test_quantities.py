"""Quantities: number reading, hedges as intervals, counted nouns, events, non-counts, rule examples."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.extract.quantities import QuantityExtractor, QuantityRules, extract_quantities_from_text
from crosscheck.extract.sentences import split_sentences
from crosscheck.models import Document, LineMap, Mention, Span, TimeValue
from crosscheck.normalise.quantities import find_numbers, hedged_interval, parse_number
from crosscheck.rules import RulePack, default_rules_dir, load_rule_file

RULE_PATH = default_rules_dir() / "quantities.yaml"


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
    ("Earlier in September, nearly 50 people were killed.", 46, 49, "people", "below", "killed"),
    ("More than 45 civilians were killed when the group took over.", 46, 49, "people", "above", "killed"),
    ("Despite the presence of approximately 1,000 US troops in Niger.", 900, 1100, "troops", "about", "deployed"),
    ("At least 12 people died.", 12, 13, "people", "at_least", "killed"),
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
    ("The 1,000-plus troops were deployed.", 1001, 1100, "troops", "above", "deployed"),
]


@pytest.mark.parametrize("text, low, high, unit, hedge, event", HEDGES)
def test_hedged_figures(extractor, text, low, high, unit, hedge, event):
    figures = extractor.extract_text(text)
    assert len(figures) == 1, figures
    value = figures[0][2]
    assert (value.low, value.high, value.unit, value.hedge, value.event) == (low, high, unit, hedge, event)


def test_nearly_and_more_than_overlap(extractor):
    nearly = extractor.extract_text("nearly 50 people were killed")[0][2]
    more = extractor.extract_text("More than 45 civilians were killed")[0][2]
    assert (nearly.noun, nearly.event) == (more.noun, more.event) == ("people", "killed")
    assert max(nearly.low, more.low) <= min(nearly.high, more.high)


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
    ],
)
def test_not_counts(extractor, text):
    assert extractor.extract_text(text) == []


def test_hedged_interval_shapes():
    assert hedged_interval(50, "below", True, 0.08, True) == (46, 49)
    assert hedged_interval(45, "above", True, 0.10, True) == (46, 49)
    assert hedged_interval(45, "above", False, 0.10, True) == (45, 49)
    assert hedged_interval(1000, "band", False, 0.10, True) == (900, 1100)
    assert hedged_interval(2.5, "band", False, 0.10, False) == pytest.approx((2.25, 2.75))
    assert hedged_interval(1100, "at_most", False, 1.0, True) == (0, 1100)


def _document(text: str) -> Document:
    return Document(id="d", path="d.txt", format="text", encoding="utf-8", text=text, lines=LineMap.for_text(text), body=[Span(start=0, end=len(text))])


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


def _examples(rules: QuantityRules):
    for hedge in rules.hedges:
        yield f"hedge:{hedge.name}", hedge.examples, lambda v, name=hedge.name: v.hedge == name
    yield "vague", rules.vague_examples, lambda v: v.hedge == "vague"
    yield "nouns", rules.noun_examples, lambda v: v.noun in {c.name for c in rules.nouns}
    yield "events", rules.event_examples, lambda v: v.event is not None
    yield "currencies", rules.currency_examples, lambda v: v.unit in {c.code for c in rules.currencies}


def test_rule_examples(rules, extractor):
    for name, examples, fires in _examples(rules):
        assert examples is not None, name
        for sentence in examples.match:
            assert any(fires(v) for _, _, v in extractor.extract_text(sentence)), (name, sentence)
        for sentence in examples.no_match:
            assert not any(fires(v) for _, _, v in extractor.extract_text(sentence)), (name, sentence)


def test_not_count_examples(rules, extractor):
    for sentence in rules.not_counts.examples.match:
        assert extractor.extract_text(sentence) == [], sentence
    for sentence in rules.not_counts.examples.no_match:
        assert extractor.extract_text(sentence), sentence


def test_bad_rule_file_reports_position(tmp_path: Path):
    bad = tmp_path / "quantities.yaml"
    bad.write_text("kind: quantities\nhedges:\n  - name: x\n    shape: sideways\n    width: '0.1'\n    examples: {match: [a], no_match: [b]}\n")
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
