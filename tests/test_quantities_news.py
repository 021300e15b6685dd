"""Number grammar of news: how a figure is written ("£910, 000", "$31.5-million", "between $140
million and $150 million", "more than five"), what is no figure at all (records and scores, "one"
as a pronoun, sizes and model names), and the measure a figure belongs to, named by its noun
whatever verb carries it (a price, a stake, gusts, a population, a rate), in English and French."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.extract.quantities import extract_quantities_from_text
from crosscheck.numbers.hedges import round_step


def _figures(text: str, language: str | None = None) -> list[tuple[str, float | None, float | None, str]]:
    return [(text[s:e], v.low, v.high, v.unit) for s, e, v in extract_quantities_from_text(text, language=language)]


@pytest.mark.parametrize(
    "text, language, expected",
    [
        # A thousands group after a comma and a space continues the number after money or in "000".
        ("Thieves stole £910, 000 worth of jewellery.", None, [("£910, 000", 910000, 910000, "GBP")]),
        ("The robbers escaped with €60, 000 in cash.", None, [("€60, 000", 60000, 60000, "EUR")]),
        ("About 12, 000 people fled.", None, [("About 12, 000", 11400, 12600, "people")]),
        # A scale glued by a hyphen keeps its scale.
        ("He signed a three-year, $31.5-million contract.", None, [("$31.5-million", 31.5e6, 31.5e6, "USD")]),
        ("The club paid a 2 mn-euro fee.", None, [("2 mn-euro", 2e6, 2e6, "EUR")]),
        # A range with money on both ends is one range.
        ("It sold between $140 million and $150 million of bonds.", None,
         [("$140 million and $150 million", 140e6, 150e6, "USD")]),
        ("Rents rose from £500 to £800.", None, [("£500 to £800", 500, 800, "GBP")]),
        # a figure per share is another measure than a total of crowns (a rate, rules/fr/quantities.yaml)
        ("Le prix est fixé entre 92 et 108 couronnes par action.", "fr", [("entre 92 et 108 couronnes", 92, 108, "crowns, a share")]),
        # "More than" a count with no round step is open above.
        ("More than five people were killed.", None, [("More than five", 6, None, "people")]),
        ("More than 12 people were killed.", None, [("More than 12", 13, None, "people")]),
        ("More than 45 people were killed.", None, [("More than 45", 46, 49, "people")]),
        ("Plus de cinq personnes ont été tuées.", "fr", [("Plus de cinq", 6, None, "people")]),
        # Crowns are money, in every language.
        ("Shares were priced at 92 to 108 crowns each.", None, [("92 to 108 crowns", 92, 108, "crowns")]),
        ("It raised about 3.2 billion Swedish crowns.", None, [("about 3.2 billion Swedish crowns", 3.04e9, 3.36e9, "SEK")]),
        ("Des vents de 60 nœuds.", "fr", [("60 nœuds", 60, 60, "knots")]),
    ],
)
def test_number_syntax_of_news(text, language, expected):
    assert _figures(text, language) == [(exact, pytest.approx(low), None if high is None else pytest.approx(high), unit)
                                        for exact, low, high, unit in expected]


@pytest.mark.parametrize(
    "text, language, kept",
    [
        # Records, scores and tallies: a falling pair of whole numbers glued by a hyphen.
        ("Klitschko, 58-3 with 51 knockouts, floored Thompson.", None, ["51"]),
        ("Wilder (36-3) won again; the Heat won 112-107.", None, []),
        ("The Senate voted 52-48 to pass the bill.", None, []),
        ("In the end , the Colts held on to their 20 - 13 lead .", None, []),
        ("Il est désormais invaincu en 45 combats, avec un bilan de 40-0.", "fr", ["45"]),
        ("Some 40-50 people died.", None, ["Some 40-50"]),
        # "one" is a figure only before a counted noun or as the object of an event.
        ("But one doesn't exist here.", None, []),
        ("He managed to pull one off.", None, []),
        ("One small study found that 12 people were hurt.", None, ["12"]),
        ("One person was killed and one was injured.", None, ["One", "one"]),
        ("The attack killed one.", None, ["one"]),
        # Sizes and model names are attributes of a noun, no count.
        ("Apple's latest 12.9-inch iPad Pro drops to $799.", None, ["$799"]),
        ("The 16-inch MacBook and a 4x4 car and AirPods 2 were on sale.", None, []),
        ("The iPhone 15 sold 2 million units.", None, ["2 million"]),
        ("A 7.1-magnitude quake struck; a 183-metre tanker sank.", None, ["7.1", "183-metre"]),
        ("He got a 10-year sentence.", None, ["10"]),
        # Nights and seasons are spans of time, as days and years are: "over" is no hedge before them.
        ("Over 50 arrests have been made over four nights of protest.", None, ["Over 50"]),
        ("He scored 12 goals over three seasons.", None, ["12"]),
        ("He signed a five-season contract.", None, ["five"]),
    ],
)
def test_what_is_no_figure(text, language, kept):
    assert [exact for exact, *_ in _figures(text, language)] == kept


@settings(max_examples=60, deadline=None)
@given(st.integers(1_000, 10**12), st.sampled_from(["£", "€", "$"]))
def test_a_comma_and_space_group_after_money_is_one_number(n, symbol):
    written = f"{symbol}{n:,}".replace(",", ", ")
    figures = _figures(f"They stole {written} from the bank.")
    assert [(exact, low) for exact, low, *_ in figures] == [(written, pytest.approx(n))]


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 200), st.integers(0, 200))
def test_a_falling_hyphenated_pair_is_a_score_a_rising_one_a_range(a, b):
    figures = _figures(f"They played and it ended {a}-{b} people said.")
    if b <= a:
        assert figures == []
    else:
        assert [(low, high) for _, low, high, _ in figures] == [(a, b)]


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 900), st.integers(1, 900))
def test_money_on_both_ends_of_a_range_is_one_range(a, b):
    low, high = sorted((a, b))
    figures = _figures(f"The deal is worth between ${low} million and ${high} million.")
    if low < high:
        assert [(v_low, v_high, unit) for _, v_low, v_high, unit in figures] == [(low * 1e6, high * 1e6, "USD")]
    else:
        assert len(figures) == 2


@settings(max_examples=80, deadline=None)
@given(st.integers(2, 10**6))
def test_more_than_a_count_without_round_step_is_open_above(n):
    (_, low, high, _), = _figures(f"More than {n:,} people were killed.")
    assert low == n + 1
    assert (high is None) == (round_step(n) <= 1)


@pytest.mark.parametrize(
    "text, language, expected",
    [
        # Money of a listing or a sale: the price, the value, what it raises.
        ("The company had set a price range of 92 to 108 crowns per share.", None, [("crowns", "price")]),
        ("La fourchette de prix est fixée entre 92 et 108 couronnes.", "fr", [("crowns", "price")]),
        ("The offering would have raised up to 2.7 billion crowns.", None, [("crowns", "proceeds")]),
        ("It relaunched the sale, valuing the company at up to 5.6 billion crowns.", None, [("crowns", "valuation")]),
        # A stake, whatever verb or clause carries it.
        ("Northbridge Capital, which owns 62% of Solvik, will sell.", None, [("percent", "stake")]),
        ("That left the fund with a stake of about 41%.", None, [("percent", "stake")]),
        ("Le fonds, qui détient 62 % de Solvik, va vendre.", "fr", [("percent", "stake")]),
        ("Il va vendre une participation d'environ 41 %.", "fr", [("percent", "stake")]),
        ("Le taux de participation de 76 % est un record.", "fr", [("percent", "turnout")]),
        # Winds and gusts are two measures of one speed unit.
        ("Sustained winds of about 175 km/h and gusts of up to 250 km/h.", None, [("km/h", "wind speed"), ("km/h", "gusts")]),
        ("Des rafales de 210 km/h ont été mesurées.", "fr", [("km/h", "gusts")]),
        # Displaced people are people of the displacement in both languages.
        ("About 35,000 people are now displaced.", None, [("people", "people")]),
        ("There are 35,000 displaced people in camps.", None, [("people", "people")]),
        ("Quelque 41 200 personnes déplacées ont été recensées.", "fr", [("people", "people")]),
        # Ships, whatever the verb.
        ("More than 30 ships were left waiting at anchor.", None, [("vessels", "vessels")]),
        ("Une vingtaine de navires attendaient au large.", "fr", [("vessels", "vessels")]),
        # A population is no toll.
        ("A town of about 15,000 people was hit.", None, [("population", "population")]),
        ("The quake struck Qeshm island, home to 120,000 people.", None, [("population", "population")]),
        ("Qeshm has a population of more than 100,000.", None, [("population", "population")]),
        ("Une ville de 15 000 habitants a été touchée.", "fr", [("population", "population")]),
        ("In the town of Zarand, 30 people were killed.", None, [("people", "people")]),
        # "Up to" a measured peak is the peak: gusts of up to 250 km/h reached 250.
        ("Gusts of up to 250 km/h were recorded.", None, [("km/h", "gusts")]),
        # A rate is its own measure, named alike in both languages.
        ("Teixeira was offered $23 million per season.", None, [("USD, a year", "USD, a year")]),
        ("Il gagne 23 millions d'euros par saison.", "fr", [("EUR, a year", "EUR, a year")]),
    ],
)
def test_a_figure_belongs_to_the_measure_its_noun_names(text, language, expected):
    assert [(v.unit, v.noun) for _, _, v in extract_quantities_from_text(text, language=language)] == expected


@pytest.mark.parametrize(
    "text, language, bounds",
    [
        ("Velona hit the coast with gusts of up to 250 km/h.", None, (250, 250)),
        ("Waves of up to 8 metres hit the coast.", None, (8, 8)),
        ("Up to 1,100 soldiers will leave.", None, (0, 1100)),  # a count "up to" stays a ceiling
        ("The sale would raise up to $2 billion.", None, (0, 2e9)),
    ],
)
def test_up_to_a_measured_peak_is_the_peak(text, language, bounds):
    (_, _, value), = extract_quantities_from_text(text, language=language)
    assert (value.low, value.high) == bounds
