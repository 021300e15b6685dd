"""The quantities rule file: hedges, vague amounts, counted nouns, events, number words, as models.

One file per language (``rules/<lang>/quantities.yaml`` with ``language:``); language-neutral
quantities files apply to every language. :class:`NumberWords` holds the number words of a
language whose numbers are read from data (French); without it the English grammar of
:mod:`crosscheck.numbers` reads the numbers.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator, model_validator

from ..numbers.tokens import tokenize
from ..rules import RuleExamples, RuleFile, RuleModel, rule_kind


class HedgeRule(RuleModel):
    """A hedge and how far it reaches: ``step_fraction`` of the figure's round step, kept between
    ``min_width`` and ``max_width`` times the figure (see :func:`hedge_extent`)."""

    name: str
    shape: Literal["below", "above", "band", "at_most", "floor"]
    strict: bool = False
    step_fraction: float = Field(ge=0, le=10)
    min_width: float = Field(ge=0, le=10)
    max_width: float = Field(ge=0, le=10)
    before: list[str] = Field(default_factory=list)
    after: list[str] = Field(default_factory=list)
    examples: RuleExamples

    @model_validator(mode="after")
    def _widths_ordered(self) -> "HedgeRule":
        if self.min_width > self.max_width:
            raise ValueError(f"min_width {self.min_width} is above max_width {self.max_width}")
        return self


class VagueRule(RuleModel):
    """A vague amount as a range; ``value`` is the figure a hedge before it applies to
    ("près d'une centaine" is nearly 100, not a vague 80..120)."""

    phrase: str
    low: float
    high: float
    value: float | None = None

    @model_validator(mode="after")
    def _ordered(self) -> "VagueRule":
        if self.low > self.high:
            raise ValueError(f"low {self.low} is above high {self.high}")
        return self


class WordClass(RuleModel):
    name: str
    words: list[str] = Field(min_length=1)


class NounClass(WordClass):
    """What a figure counts; ``event`` when the noun also says what happened ("30 dead"). A measure
    named before the figure may name the whole of what a counted noun counts (``wholes``): "a town
    of 15,000 people" is a population, whatever the noun says."""

    event: str | None = None
    wholes: list[str] = Field(default_factory=list)


class EventClass(WordClass):
    """An event word; ``counts`` is what a bare figure it governs counts ("killing at least 12").

    ``side``: where the word may stand, before the figure as its verb ("leaving 1,000 troops")
    or after what it counts ("1,000 troops are leaving"). A ``weak`` event gives way to any other
    event word or noun event of the figure ("leaving 30 dead" is killed, not remaining). An
    ``elliptic`` event's bare figure counts what the figure before it counts ("1,000 troops,
    down from 1,700").
    """

    counts: str | None = None
    side: Literal["both", "before", "after"] = "both"
    weak: bool = False
    elliptic: bool = False


class DurationClass(RuleModel):
    """A duration that measures an event, where durations are otherwise time, not figures: the
    length of a contract or a ban. ``units``: the unit words right after the figure ("ans",
    "-year"); the duration measures the event when a phrase of ``before`` ends right before the
    figure ("un contrat de", "signed for") or one of ``after`` follows the unit ("de contrat",
    "contract": "a four-year contract"). The name is the measure, the same in every language."""

    name: str
    event: str | None = None
    units: list[str] = Field(min_length=1)
    before: list[str] = Field(default_factory=list)
    after: list[str] = Field(default_factory=list)


class UnitClass(RuleModel):
    """A unit of measure written after a figure ("6 km", "4,300 tonnes", "une quinzaine de
    kilomètres"): the figure is a measure in ``name``, named alike in every language ("km" for
    "kilometres" and "kilomètres"), of the ``kind`` it measures (length, area, weight, volume,
    speed, temperature). Figures compare only in one unit, so a length never meets a weight.
    ``measure``: the figure event a figure in this unit is whatever words name it, for a unit
    that measures one thing only (a temperature in °C; a length may be a height or a distance)."""

    name: str
    kind: str
    words: list[str] = Field(min_length=1)
    measure: str | None = None


class UnitPlaces(RuleModel):
    """A length that places something rather than measures it: "15 km west of Kamituga", "20 km
    from the border", "à 15 kilomètres de Kamituga". ``after``: words right after the unit that
    make it a distance of a place (directions, "from", "away"); ``of_a_name``: words that make it
    one when a capitalised name follows them ("of Kamituga", "de Kamituga", not "de côtes")."""

    after: list[str] = Field(default_factory=list)
    of_a_name: list[str] = Field(default_factory=list)
    name_determiners: list[str] = Field(default_factory=list)  # may stand before the name: "from THE Syrian border"
    before: list[str] = Field(default_factory=list)  # right before the figure, with `of_a_name` after it: "À 10 km de la ville"
    examples: RuleExamples


class ShareClass(RuleModel):
    """What a percentage is a share of: measure nouns ``before`` it ("turnout was 76%"), phrases
    right ``after`` it ("51 percent of the vote", "a 76% turnout"); ``event`` files it for comparison."""

    name: str
    event: str | None = None
    before: list[str] = Field(default_factory=list)
    after: list[str] = Field(default_factory=list)


class Anaphora(RuleModel):
    before: list[str] = Field(min_length=1)
    examples: RuleExamples


class Currency(RuleModel):
    code: str
    before: list[str] = Field(default_factory=list)
    after: list[str] = Field(default_factory=list)


class NotCounts(RuleModel):
    before: list[str] = Field(default_factory=list)
    after: list[str] = Field(default_factory=list)
    # determiners before a capitalised name that a number continues: "a Boeing 737", "the Apollo
    # 11 crew", "un Boeing 737" name a model, a mission, a product, and count nothing
    name_determiners: list[str] = Field(default_factory=list)
    examples: RuleExamples


class Ages(RuleModel):
    """How a language states a person's age (see :mod:`crosscheck.extract.quantity_ages`)."""

    after: list[str] = Field(min_length=1)  # right after the number: "-year-old", "ans"
    before: list[str] = Field(default_factory=list)  # between the noun and the number: "un homme DE 78 ans"
    noun_first: bool = False  # the noun stands before the age (French), else after it (English)
    people: list[WordClass] = Field(default_factory=list)  # person nouns, by the class ages are compared under
    examples: RuleExamples


class NumberWords(RuleModel):
    """The number words of a language read from data (see :mod:`crosscheck.numbers.words`)."""

    decimal_comma: bool = True  # "4,8" is 4.8 and "1.000" is 1000
    units: dict[str, float] = Field(min_length=1)
    tens: dict[str, float] = Field(min_length=1)
    hundreds: list[str] = Field(min_length=1)
    scales: dict[str, float] = Field(min_length=1)
    compounds: dict[str, float] = Field(default_factory=dict)  # several words, one number: "quatre vingt"
    teen_tens: list[float] = Field(default_factory=list)  # tens that take 11..19 after them ("soixante-douze")
    dozens: dict[str, float] = Field(default_factory=dict)
    conjunctions: list[str] = Field(default_factory=list)  # "vingt et un"
    point_words: list[str] = Field(default_factory=list)  # "deux virgule cinq"
    over_words: list[str] = Field(default_factory=list)  # "un sur trois"
    ordinals: dict[str, float] = Field(default_factory=dict)  # denominators: "cinquième" -> 5
    fraction_words: dict[str, float] = Field(default_factory=dict)  # "tiers" -> 3, "demi" -> 2
    articles: list[str] = Field(default_factory=list)  # "un", "une": read as 1, a figure only with a hedge or an event noun
    bare_scales: list[str] = Field(default_factory=list)  # scales that stand alone: "mille" = 1000
    examples: RuleExamples


class Parts(RuleModel):
    """How a language tells a count inside a count (see :mod:`crosscheck.extract.quantity_scopes`)."""

    after: list[str] = Field(default_factory=list)  # right after the part: "of them", "d'entre eux"
    before: list[str] = Field(default_factory=list)  # right before the part: "dont", "including"
    of_whole: list[str] = Field(default_factory=list)  # between a part and its whole: "three OF ITS six"
    among: list[str] = Field(default_factory=list)  # "two passengers were AMONG THE dead"
    coordinators: list[str] = Field(default_factory=list)  # "the driver AND two passengers"
    determiners: list[str] = Field(default_factory=list)  # open the person conjunct: "THE driver and"
    people: list[str] = Field(default_factory=list)  # a person conjunct's nouns: driver, conducteur
    qualifier_starts: list[str] = Field(default_factory=list)  # open a part's qualifier of place: in, at, en, à
    qualifier_suffixes: list[str] = Field(default_factory=list)  # end an adverb that qualifies a part: -ly, -ment
    increments_before: list[str] = Field(default_factory=list)  # an increment, not a total: "a FURTHER 500 troops"
    increments_after: list[str] = Field(default_factory=list)  # "two MORE were found", "sept corps SUPPLÉMENTAIRES"
    comparatives: list[str] = Field(default_factory=list)  # "12 more THAN last year" is no increment
    relatives: list[str] = Field(default_factory=list)  # open a whole's relative clause: "of the 14 inmates WHO escaped"
    increment: str | None = None  # the measure tag of an increment: "more"
    whole: str | None = None  # the measure tag of a whole named after its part: "in all"
    part: str | None = None  # the tag of a part without a qualifier of its own: "part"
    examples: RuleExamples


class Periods(RuleModel):
    """Phrases of a total over a period ("since January", "depuis le début de l'année"), and of a
    rate right after a figure and its noun ("300 million euros a year", "25 cases a year"), unless
    a word of ``not_rates_before`` follows ("a year earlier" dates a comparison)."""

    phrases: list[str] = Field(min_length=1)
    rates: list[WordClass] = Field(default_factory=list)  # named alike in every language: "par an" is "a year"
    not_rates_before: list[str] = Field(default_factory=list)
    # Measures (``amounts`` names) already told per unit: "a price range of $92 to $108 per share" is a price.
    per_unit_measures: list[str] = Field(default_factory=list)
    examples: RuleExamples


class Ranges(RuleModel):
    """How two figures make one range: "between 40 and 50", "40 to 50", "entre 40 et 50", "40 à 50"."""

    opening: list[str] = Field(default_factory=list)  # before the first figure: between, from
    links: list[str] = Field(default_factory=list)  # between the figures: to, -, through
    closing_links: list[str] = Field(default_factory=list)  # between the figures after an opening word: and


class Occurrences(RuleModel):
    """How a language counts the times an event happened (:mod:`crosscheck.extract.quantity_occurrences`):
    ``nouns`` of times after a figure ("three times", "à deux reprises"), ``adverbs`` that are a
    count ("twice"), ``ordinals`` between ``ordinal_before`` and ``ordinal_after`` ("for the third
    time"). A noun of times before a word of ``ratio_after`` is a ratio ("1.8 times the limit").
    ``name`` and ``ratio`` are the measures, named alike in every language."""

    name: str = "occurrences"
    ratio: str = "times"
    nouns: list[str] = Field(default_factory=list)
    adverbs: dict[str, float] = Field(default_factory=dict)
    ordinals: dict[str, float] = Field(default_factory=dict)
    ordinal_before: list[str] = Field(default_factory=list)
    ordinal_after: list[str] = Field(default_factory=list)
    ratio_after: list[str] = Field(default_factory=list)
    examples: RuleExamples


class Fractions(RuleModel):
    """Fractions and proportions (:mod:`crosscheck.extract.quantity_fractions`): a numerator (a
    number, or one of ``articles``: "a third", "la moitié"; a word of ``alone`` needs none: "half
    the jobs") before a word of ``denominators`` ("third": 3), or a number, a word of ``per`` and
    a larger number ("two in five"). The base follows one of ``of`` ("of the staff", "des
    emplois"). After ``not_before`` ("the first half") or before a word of ``not_after`` ("half an
    hour"), or with a base of ``not_bases`` ("un quart d'heure"), it is no share."""

    denominators: dict[str, float] = Field(default_factory=dict)
    articles: list[str] = Field(default_factory=list)
    alone: list[str] = Field(default_factory=list)
    per: list[str] = Field(default_factory=list)
    of: list[str] = Field(default_factory=list)
    not_before: list[str] = Field(default_factory=list)
    not_after: list[str] = Field(default_factory=list)
    not_bases: list[str] = Field(default_factory=list)
    examples: RuleExamples


@rule_kind("quantities")
class QuantityRules(RuleFile):
    """Hedge widths, vague amounts, counted-noun classes, event words, currencies, non-counts."""

    round_steps: list[float] = Field(default_factory=lambda: [1.0, 5.0])
    hedges: list[HedgeRule] = Field(default_factory=list)
    vague: list[VagueRule] = Field(default_factory=list)
    vague_examples: RuleExamples | None = None
    nouns: list[NounClass] = Field(default_factory=list)
    noun_examples: RuleExamples | None = None
    measures: list[NounClass] = Field(default_factory=list)
    measure_links: list[str] = Field(default_factory=list)
    measure_qualifiers: list[str] = Field(default_factory=list)
    measure_verbs: list[str] = Field(default_factory=list)
    measurement_units: list[str] = Field(default_factory=list)
    shares: list[ShareClass] = Field(default_factory=list)
    share_examples: RuleExamples | None = None
    # What an amount of money measures, named before it as for a percentage's `shares`:
    # "a net loss of 112 million euros", "revenue of 2.84 billion euros", "perte nette de 112 millions".
    amounts: list[ShareClass] = Field(default_factory=list)
    amount_examples: RuleExamples | None = None
    # What a figure in a unit of measure measures, named before it in the same way: "winds of about
    # 175 km/h" and "gusts of up to 250 km/h" are two measures of one unit.
    unit_measures: list[ShareClass] = Field(default_factory=list)
    unit_measure_examples: RuleExamples | None = None
    # Units of measure after a figure, and what may follow a unit: its material ("tonnes OF heavy
    # fuel oil", "hectares de forêt": ``unit_complements`` open it), or a place it is the distance of.
    units: list[UnitClass] = Field(default_factory=list)
    unit_complements: list[str] = Field(default_factory=list)
    unit_places: UnitPlaces | None = None
    unit_examples: RuleExamples | None = None
    durations: list[DurationClass] = Field(default_factory=list)
    duration_examples: RuleExamples | None = None
    measure_examples: RuleExamples | None = None
    events: list[EventClass] = Field(default_factory=list)
    # "others", "autres": a figure counting them counts what the figure before it counts.
    other_words: list[str] = Field(default_factory=list)
    occurrences: Occurrences | None = None
    fractions: Fractions | None = None
    # State verbs ("holds", "compte"): a bare figure after one counts what the figure before it counts.
    state_verbs: list[str] = Field(default_factory=list)
    event_links_after: list[str] = Field(default_factory=list)
    event_links_before: list[str] = Field(default_factory=list)
    # Prepositions of a named complement of the counted noun, which stands between the noun and
    # its event word: "3,000 residents OF Paama were evacuated", "11 000 habitants D'Ambae".
    name_complements: list[str] = Field(default_factory=list)
    # Words joining a second counted noun to the first before their event word: "about 1,100
    # operations and appointments have been postponed" counts postponements.
    noun_coordinators: list[str] = Field(default_factory=list)
    # Endings of the manner adverbs that may stand between a counted noun and its event word
    # like a link word: "Eleven people were slightly injured", "onze ont été légèrement blessés".
    adverb_endings: list[str] = Field(default_factory=list)
    event_examples: RuleExamples | None = None
    anaphora: Anaphora | None = None
    currencies: list[Currency] = Field(default_factory=list)
    currency_examples: RuleExamples | None = None
    percent_words: list[str] = Field(default_factory=list)
    not_counts: NotCounts | None = None
    ages: Ages | None = None
    numbers: NumberWords | None = None
    ranges: Ranges | None = None
    parts: Parts | None = None
    periods: Periods | None = None
    # Words between a vague amount or scale and what it counts: "dozens of people", "des dizaines de soldats".
    partitives: list[str] = Field(default_factory=list)
    # Words that end the search for an unlisted counted noun after a figure ("two military coups").
    stop_words: list[str] = Field(default_factory=list)
    # Endings of a plural noun: an unlisted counted noun after a figure above one is the first word
    # with one ("two military coups", "sept chevaux"), so that a verb after the noun is not taken.
    plural_endings: list[str] = Field(default_factory=lambda: ["s"])
    # How many adjectives may follow the counted noun before its event word (French: "soldats
    # maliens ont été tués"); 0 where adjectives come before the noun (English).
    adjectives_after_noun: int = Field(default=0, ge=0, le=3)

    @field_validator("hedges", "vague", "nouns", "measures", "events", "currencies", "shares", "amounts", "unit_measures", "durations", "units")
    @classmethod
    def _phrases_have_words(cls, value):
        for rule in value:
            for phrase in _phrases_of(rule):
                if not tokenize(phrase, decimal_comma=True):
                    raise ValueError(f"phrase {phrase!r} has no words")
        return value

    @field_validator("measure_links", "measure_qualifiers", "event_links_after", "event_links_before", "noun_coordinators")
    @classmethod
    def _links_are_single_words(cls, value):
        for word in value:
            if len(tokenize(word, decimal_comma=True)) != 1:
                raise ValueError(f"link {word!r} must be one word")
        return value

    @field_validator("round_steps")
    @classmethod
    def _steps_are_mantissas(cls, value):
        for step in value:
            if not 1 <= step < 10:
                raise ValueError(f"round step {step} must be from 1 up to (not including) 10")
        return value


def _phrases_of(rule) -> list[str]:
    if isinstance(rule, HedgeRule):
        return rule.before + rule.after
    if isinstance(rule, VagueRule):
        return [rule.phrase]
    if isinstance(rule, (WordClass, UnitClass)):
        return rule.words
    if isinstance(rule, DurationClass):
        return rule.units + rule.before + rule.after
    return rule.before + rule.after  # hedges, currencies, shares
