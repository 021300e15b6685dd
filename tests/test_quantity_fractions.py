"""Fractions and proportions are figures, shares of a base (extract/quantity_fractions.py): "a third of
the staff" is 33.33 percent of staff, compared with shares of the same base only."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.extract.quantities import QuantityExtractor
from crosscheck.extract.quantity_fractions import is_share
from crosscheck.rules import load_rules


@pytest.fixture(scope="module")
def extractor() -> QuantityExtractor:
    return QuantityExtractor(load_rules())


def _shares(extractor, text: str, language: str = "en") -> list[tuple[str, float, float, str]]:
    return [(v.exact, v.low, v.high, v.unit) for _, _, v in extractor.extract_text(text, language) if is_share(v.unit)]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Half the jobs will go.", "en", [("Half", 50, 50, "percent of jobs")]),
    ("Two-thirds of the staff were laid off.", "en", [("Two-thirds", 66.67, 66.67, "percent of staff")]),
    ("A quarter of the population was evacuated.", "en", [("A quarter", 25, 25, "percent of population")]),
    ("Two in five voters stayed home.", "en", [("Two in five", 40, 40, "percent of voter")]),
    ("The stock fell by a third.", "en", [("a third", 33.33, 33.33, "percent")]),
    # a hedged fraction lies below the next common fraction, as "more than 40" lies below 50
    ("The shares lost more than a third of their value.", "en", [("more than a third", 33.33, 50, "percent of value")]),
    ("Nearly half of the 300 workers were sent home.", "en", [("Nearly half", 45, 50, "percent of people")]),
    ("Some 60 per cent of the staff were laid off.", "en", [("Some 60 per cent", 55, 65, "percent of staff")]),
    ("Près de la moitié des emplois pourraient disparaître.", "fr", [("Près de la moitié", 45, 50, "percent of jobs")]),
    ("L'action a perdu plus d'un tiers de sa valeur.", "fr", [("plus d'un tiers", 33.33, 50, "percent of value")]),
    ("Les deux tiers des salariés sont partis.", "fr", [("deux tiers", 66.67, 66.67, "percent of employee")]),
    ("Un salarié sur trois est au chômage partiel.", "fr", [("Un salarié sur trois", 33.33, 33.33, "percent of employee")]),
])
def test_fractions_are_shares_of_their_base(extractor, text, language, expected):
    got = _shares(extractor, text, language)
    assert [(exact, unit) for exact, _, _, unit in got] == [(exact, unit) for exact, _, _, unit in expected]
    assert [bound for _, low, high, _ in got for bound in (low, high)] == \
        pytest.approx([bound for _, low, high, _ in expected for bound in (low, high)], abs=0.01)


@pytest.mark.parametrize(("text", "language"), [
    ("A third suspect was arrested.", "en"),
    ("He scored for a third time.", "en"),
    ("Profits rose in the first half of the year.", "en"),
    ("Rescuers arrived half an hour later.", "en"),
    ("The quarter-final was postponed.", "en"),
    ("It drew one and a half million visitors.", "en"),
    ("Les secours sont arrivés un quart d'heure plus tard.", "fr"),
    ("Dans la première moitié de l'année, les ventes ont chuté.", "fr"),
    ("Les quarts de finale ont été reportés.", "fr"),
])
def test_ordinals_and_parts_of_a_time_are_no_share(extractor, text, language):
    assert _shares(extractor, text, language) == []


def test_one_base_in_two_languages_is_one_measure(extractor):
    assert _shares(extractor, "La moitié des emplois vont disparaître.", "fr")[0][3] == _shares(extractor, "Half the jobs will go.")[0][3]


def test_a_share_of_a_counted_whole_is_no_count_of_it(extractor):
    values = [(v.exact, v.unit) for _, _, v in extractor.extract_text("Half of the 2,400 jobs will go.")]
    assert values == [("Half", "percent of jobs"), ("2,400", "jobs")]


@given(st.integers(min_value=1, max_value=9), st.integers(min_value=2, max_value=10))
def test_a_proportion_is_its_quotient(extractor, part, whole):
    words = "one two three four five six seven eight nine ten".split()
    shares = _shares(extractor, f"{words[part - 1].capitalize()} in {words[whole - 1]} voters stayed home.")
    if part < whole:
        assert [(low, unit) for _, low, _, unit in shares] == [(pytest.approx(100 * part / whole, abs=0.01), "percent of voter")]
    else:
        assert shares == []
