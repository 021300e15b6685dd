"""One statistic told with other verbs by other outlets is one agreement (compare/statistics.py)."""

from __future__ import annotations

import pytest

from claim_helpers import extracted, month
from crosscheck.compare import compare
from crosscheck.compare.statistics import _measure
from crosscheck.models import QuantityValue


def percent(value: float, exact: str, hedge: str | None = None) -> QuantityValue:
    return QuantityValue(low=value, high=value, unit="percent", exact=exact, noun="percent", event=None, hedge=hedge)


def statistic(extractor, doc_id: str, sentence: str, figure: str, value: float, period: str, when, hedge=None):
    return extracted(extractor, doc_id, "2026-09-11", sentence,
                     [(figure, percent(value, figure, hedge)), (period, when)])


def agreements(result) -> list[tuple[str, tuple[str, ...]]]:
    return sorted((f.subject, tuple(f.documents)) for f in result.findings if f.kind == "agreement")


@pytest.mark.parametrize("b_sentence, b_value, b_period, b_when, hedge, agree", [
    # one measure, period and value, other verbs: one statistic
    ("Annual inflation fell to 29.4% in August, official data showed.", 29.4, "in August", month(2026, 8), None, True),
    ("Inflation eased to 29.4% in August, the statistics office said.", 29.4, "in August", month(2026, 8), None, True),
    # another value, another period, a hedged value, another measure: not one statistic
    ("Annual inflation fell to 29.6% in August, official data showed.", 29.6, "in August", month(2026, 8), None, False),
    ("Annual inflation fell to 29.4% in July, official data showed.", 29.4, "in July", month(2026, 7), None, False),
    ("Annual inflation fell to about 29.4% in August, data showed.", 29.4, "in August", month(2026, 8), "about", False),
    ("Unemployment fell to 29.4% in August, official data showed.", 29.4, "in August", month(2026, 8), None, False),
])
def test_one_statistic_told_with_other_verbs_is_one_agreement(extractor, rules, b_sentence, b_value, b_period, b_when,
                                                             hedge, agree):
    a = statistic(extractor, "a", "Annual consumer inflation slowed to 29.4 percent in August, according to TurkStat.",
                  "29.4 percent", 29.4, "in August", month(2026, 8))
    figure = b_sentence.split(" to ", 1)[1].split(" in ")[0]
    b = statistic(extractor, "b", b_sentence, figure, b_value, b_period, b_when, hedge)
    found = [s for s, docs in agreements(compare([a, b], rules)) if docs == ("a", "b") and s.startswith("inflation:")]
    assert bool(found) == agree


@pytest.mark.parametrize("sentence, trigger, measure", [
    ("Annual consumer inflation slowed to 29.4 percent in August.", "slowed", "inflation"),
    ("In August, the jobless rate rose to 5.2%.", "rose", "rate"),
    ("The figures published on Tuesday by the statistics office of the country show it fell.", "fell", None),
    ("It fell to 3.1% in May.", "fell", None),
    ("Prices, which rose to 3.1% in May, fell.", "rose", None),
])
def test_the_measure_is_the_last_word_of_a_short_subject(rules, sentence, trigger, measure):
    pronouns = set(rules.get("compare_settings")[-1].statistic_pronouns)
    assert _measure(sentence, sentence.index(trigger), pronouns) == measure


@pytest.mark.parametrize("value, unit, kept", [
    (29.4, "percent", True),
    (30.0, "percent", True),
    (5.6, "magnitude", True),
    (38.0, "people", False),  # a whole count is anyone's count
    (float("inf"), "people", False),  # a figure too large to read (10 followed by 400 zeros) is never a statistic
    (float("nan"), "percent", False),
])
def test_a_statistic_is_an_exact_percentage_or_a_value_with_decimals(value, unit, kept):
    from types import SimpleNamespace

    from crosscheck.compare.statistics import _statistic_figures

    figure = SimpleNamespace(low=value, high=value, hedge=None, unit=unit)
    assert bool(_statistic_figures(SimpleNamespace(figures=[figure]))) == kept
