"""Figures for the quantity reader: number accuracy, range accuracy, hedge intervals, speed.

Run: .venv/bin/python bench/bench_numbers.py

1. NumberModel.json (Recognizers-Text): a case counts as right when the multiset of values
   read by ``find_numbers`` equals the multiset of expected ``Resolution.value`` (relative
   tolerance 1e-9). Reported over all cases and over python-supported ones (cases whose
   ``NotSupported``/``NotSupportedByDesign`` do not name python).
2. NumberRangeModel.json: a case counts as right when the intervals crosscheck reads equal the
   expected ones, ends compared as numbers. crosscheck gives every hedge a bounded width
   (rules/quantities.yaml), where the suite expects open ends: the comparison maps ours back
   to the suite's notation (open end when the hedge is above/at_most, ends of "between"
   ranges as written). Every case there is marked NotSupported for python.
3. crosscheck's own hedge cases with the interval each must give, pass/fail.
4. Extraction speed on the seed bodies (sentences per second).
5. French: NumberModel.json of recognizers-text/french (values written with a decimal comma),
   read with the French number words of rules/fr/quantities.yaml, same scoring as 1; and French
   hedged figures, each of which must give the interval of its English counterpart.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from crosscheck.compare.judgement import figures_overlap  # noqa: E402
from crosscheck.extract.quantities import QuantityExtractor, _default_extractor, extract_quantities_from_text  # noqa: E402
from crosscheck.numbers.english import find_numbers  # noqa: E402

BENCH = ROOT.parent / "shared" / "benchmarks" / "recognizers-text"


def _python_supported(case: dict) -> bool:
    marks = f"{case.get('NotSupported') or ''},{case.get('NotSupportedByDesign') or ''}"
    return "python" not in marks.lower()


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


def _same_values(got: list[float], expected: list[float]) -> bool:
    got, expected = sorted(got), sorted(expected)
    return len(got) == len(expected) and all(_close(g, e) for g, e in zip(got, expected))


def number_model(language: str | None = None) -> tuple[int, int]:
    folder = BENCH / {"fr": "french"}[language] if language else BENCH
    cases = json.loads((folder / "NumberModel.json").read_text(encoding="utf-8-sig"))
    extractor = _default_extractor()
    right = right_py = total_py = 0
    failures = []
    for case in cases:
        expected = [float(r["Resolution"]["value"].replace(",", ".") if language == "fr" else r["Resolution"]["value"])
                    for r in case["Results"]]
        if language:
            got = [n.value for n in extractor.find_numbers(case["Input"], language)]
        else:
            got = [n.value for n in find_numbers(case["Input"])]
        ok = _same_values(got, expected)
        supported = _python_supported(case)
        right += ok
        total_py += supported
        right_py += ok and supported
        if not ok:
            failures.append((supported, case["Input"], expected, got))
    print(f"{'French ' if language else ''}NumberModel.json  (right = the set of values read equals the expected set)")
    print(f"  all cases:              {right}/{len(cases)} = {right / len(cases):.1%}")
    print(f"  python-supported cases: {right_py}/{total_py} = {right_py / total_py:.1%}")
    for supported, text, expected, got in failures:
        print(f"    miss{'' if supported else ' (not supported for python)'}: {text!r} expected {expected} got {got}")
    return right_py, total_py


def _interval_text(low, high, low_open, high_open) -> str:
    def end(value):
        return "" if value is None else f"{value:g}"

    return f"{'(' if low_open else '['}{end(low)},{end(high)}{')' if high_open else ']'}"


def _suite_notation(value) -> str:
    """Our bounded interval in the suite's notation, open where the hedge has no natural bound."""
    low, high = value.low, value.high
    if value.hedge in ("above", "at_least"):
        return _interval_text(_first_number(value.exact), None, value.hedge == "above", True)
    if value.hedge in ("at_most", "below_strict"):
        return _interval_text(None, _first_number(value.exact), True, value.hedge == "below_strict")
    if value.hedge is None and low != high:
        return _interval_text(low, high, False, True)
    return _interval_text(low, high, False, False)


def _canonical(interval: str) -> str:
    left, right = interval[0], interval[-1]
    parts = interval[1:-1].split(",")
    ends = ["" if not p else f"{float(p):g}" for p in parts]
    return f"{left}{ends[0]},{ends[1]}{right}"


def number_range_model() -> None:
    cases = json.loads((BENCH / "NumberRangeModel.json").read_text(encoding="utf-8-sig"))
    right = 0
    for case in cases:
        expected = sorted(_canonical(r["Resolution"]["value"]) for r in case["Results"])
        got = []
        for _start, _end, value in extract_quantities_from_text(case["Input"]):
            got.append(_canonical(_suite_notation(value)))
        right += sorted(got) == expected
    print("NumberRangeModel.json  (right = our intervals, in the suite's notation, equal the expected ones)")
    print(f"  all cases: {right}/{len(cases)} = {right / len(cases):.1%}  (python-supported: 0 cases; every one is NotSupported for python)")


def _first_number(text: str) -> float:
    numbers = find_numbers(text)
    return numbers[0].value if numbers else float("nan")


HEDGE_CASES = [
    # Hedges on figures of different roundness (round step in brackets).
    ("nearly 50 people were killed", 45, 49, "people", "killed"),  # [10] half a step below
    ("More than 45 civilians were killed", 46, 49, "people", "killed"),  # [5] up to the next 50
    ("More than 40 civilians were killed", 41, 49, "people", "killed"),  # [10]
    ("more than 150 people were killed", 151, 199, "people", "killed"),  # [50]
    ("more than 1,000 people fled", 1001, 1499, "people", "displaced"),  # [500]
    ("over 200 villagers were displaced", 201, 299, "people", "displaced"),  # [100]
    ("more than 12 people were hurt", 13, None, "people", "wounded"),  # [1] no round step: open above
    ("More than five people were killed", 6, None, "people", "killed"),  # [1] open above
    ("a deal worth between $140 million and $150 million", 140e6, 150e6, "USD", None),  # money on both ends: one range
    ("thieves stole £910, 000 worth of jewellery", 910000, 910000, "GBP", None),  # ", 000" continues the number
    ("a three-year, $31.5-million contract", 31.5e6, 31.5e6, "USD", None),  # the glued scale stays
    ("1,000-plus troops", 1001, 1499, "troops", None),
    ("almost 300 soldiers were wounded", 270, 299, "troops", "wounded"),  # [100] capped at 10%
    ("just under 1,000 troops", 900, 999, "troops", None),
    ("Nearly 40 people were killed", 36, 39, "people", "killed"),
    ("approximately 1,000 US troops in Niger", 900, 1100, "troops", None),  # [500] capped at 10%
    ("some 1,000 soldiers were deployed", 900, 1100, "troops", "deployed"),
    ("about 1,100 American soldiers", 1045, 1155, "troops", None),  # [100] half a step, 5% floor
    ("about 400 people were killed", 360, 440, "people", "killed"),
    ("About a dozen soldiers died", 11, 13, "troops", "killed"),  # neighbours of a hedged count
    ("an estimated 5,000 people fled", 4500, 5500, "people", "displaced"),
    ("200 or so residents", 180, 220, "people", None),
    ("at least 12 people died", 12, None, "people", "killed"),  # a floor: the figure and up, no upper bound
    ("gunmen killed at least 200 people", 200, None, "people", "killed"),
    ("up to 1,100 soldiers will withdraw", 0, 1100, "troops", "withdrawn"),
    ("fewer than 20 people were arrested", 0, 19, "people", "arrested"),
    ("between 40 and 50 people were injured", 40, 50, "people", "wounded"),
    ("40-50 people", 40, 50, "people", None),
    ("dozens of civilians were killed", 24, 99, "people", "killed"),
    ("tens of thousands of residents fled", 20000, 99999, "people", "displaced"),
    ("hundreds of troops", 200, 999, "troops", None),
    ("seven soldiers were killed", 7, 7, "troops", "killed"),
    ("one hundred and twenty residents", 120, 120, "people", None),
    ("a $1.5bn loan", 1.5e9, 1.5e9, "USD", None),
    ("24.75% inflation", 24.75, 24.75, "percent", None),
    # What is counted when the figure has no noun after it.
    ("A United Nations source put the toll at about 400.", 360, 440, "people", "killed"),
    ("The death toll rose to 52.", 52, 52, "people", "killed"),
    ("The blast hit a market, killing at least 12.", 12, None, "people", "killed"),
    ("The raid left 30 dead.", 30, 30, "people", "killed"),
]

# Pairs an editor reads as consistent (True) or not (False): the intervals must agree.
HEDGE_PAIRS = [
    ("nearly 50 people were killed", "More than 45 civilians were killed", True),
    ("Nearly 50 people were killed", "More than 40 civilians were killed", True),
    ("some 1,000 soldiers were deployed", "about 1,100 soldiers were deployed", True),
    ("at least 200 people were killed", "A United Nations source put the toll at about 400.", True),
    ("at least 200 people were killed", "more than 150 people were killed", False),
    ("About a dozen soldiers died", "At least 30 soldiers were killed", False),
]


def _bounds(low, high) -> str:
    """[low, high], an unbounded end left empty ("at least 12" is [12, ])."""
    return f"[{'' if low is None else f'{low:g}'}, {'' if high is None else f'{high:g}'}]"


def hedge_table() -> None:
    print("Hedge cases (rules/quantities.yaml): text -> [low, high] unit/event")
    passed = 0
    for text, low, high, unit, event in HEDGE_CASES:
        figures = extract_quantities_from_text(text)
        got = figures[0][2] if len(figures) == 1 else None
        ok = got is not None and (got.low, got.high, got.unit, got.event) == (low, high, unit, event)
        passed += ok
        shown = f"{_bounds(got.low, got.high)} {got.unit}/{got.event}" if got else f"{len(figures)} figures"
        print(f"  {'pass' if ok else 'FAIL'}  {text!r:55} expected {_bounds(low, high)} {unit}/{event}  got {shown}")
    print(f"  {passed}/{len(HEDGE_CASES)} pass")
    print("Hedge pairs: do the two intervals overlap as an editor expects?")
    agreed = 0
    for first, second, expected in HEDGE_PAIRS:
        a, b = (extract_quantities_from_text(t)[0][2] for t in (first, second))
        overlap = figures_overlap(a, b) and (a.unit, a.event) == (b.unit, b.event)
        agreed += overlap is expected
        print(f"  {'pass' if overlap is expected else 'FAIL'}  {_bounds(a.low, a.high)} {a.exact!r} vs {_bounds(b.low, b.high)} {b.exact!r}: "
              f"{'agree' if overlap else 'disagree'} (expected {'agree' if expected else 'disagree'})")
    print(f"  {agreed}/{len(HEDGE_PAIRS)} pass")


def _seed_sentences() -> tuple[list[str], str]:
    """Body sentences of the seeds: through ingest and the cleaner when they run, else every prose line."""
    from crosscheck.extract.sentences import split_span

    try:
        from crosscheck.clean import Cleaner
        from crosscheck.ingest import read_paths
        from crosscheck.rules import load_rules

        raws, _problems = read_paths([ROOT / "seeds"])
        cleaner = Cleaner(load_rules())
        sentences = []
        for raw in raws:
            doc = cleaner.clean(raw)
            sentences += [doc.text[s:e] for span in doc.body for s, e in split_span(doc.text, span.start, span.end)]
        return sentences, "cleaned seed bodies"
    except Exception as exc:  # the cleaner is another stage; fall back rather than fail the bench
        sentences = []
        for path in sorted((ROOT / "seeds").glob("*.txt")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if len(line.split()) >= 12:
                    sentences += [line[s:e] for s, e in split_span(line, 0, len(line))]
        return sentences, f"seed lines of 12+ words (cleaner unavailable: {type(exc).__name__})"


def speed() -> None:
    sentences, source = _seed_sentences()
    extractor = extract_quantities_from_text.__globals__["_default_extractor"]()
    assert isinstance(extractor, QuantityExtractor)
    rounds = 200
    began = time.perf_counter()
    figures = 0
    for _ in range(rounds):
        for sentence in sentences:
            figures += len(extractor.extract_text(sentence))
    elapsed = time.perf_counter() - began
    count = len(sentences) * rounds
    print(f"Speed on {source}: {len(sentences)} sentences x {rounds} rounds in {elapsed:.2f}s")
    print(f"  {count / elapsed:,.0f} sentences/second ({elapsed / count * 1e6:.1f} us/sentence), {figures // rounds} figures per pass")


# French hedged figures and the English sentence whose interval, unit and event each must give.
FRENCH_HEDGE_CASES = [
    ("près de 50 personnes ont été tuées", "nearly 50 people were killed"),
    ("plus de 45 civils ont été tués", "More than 45 civilians were killed"),
    ("environ 1 000 soldats américains", "approximately 1,000 US troops"),
    ("quelque 1\u202f100 militaires américains", "about 1,100 American soldiers"),
    ("au moins 12 personnes sont mortes", "at least 12 people died"),
    ("jusqu'à 1 100 soldats vont se retirer", "up to 1,100 soldiers will withdraw"),
    ("moins de 20 personnes ont été arrêtées", "fewer than 20 people were arrested"),
    ("entre 40 et 50 personnes ont été blessées", "between 40 and 50 people were injured"),
    ("des dizaines de civils ont été tués", "dozens of civilians were killed"),
    ("des centaines de soldats", "hundreds of troops"),
    ("sept soldats ont été tués", "seven soldiers were killed"),
    ("Huit cents soldats ont été déployés", "800 soldiers were deployed"),
    ("quatre-vingt-dix militaires", "ninety troops"),
    ("un prêt de 1,5 milliard de dollars", "a $1.5bn loan"),
    ("Le bilan s'élève à 52 morts.", "The death toll rose to 52."),
    ("L'attaque a fait 30 morts.", "The raid left 30 dead."),
    ("le retrait de 1.100 soldats", "the withdrawal of 1,100 soldiers"),
]


def french_hedges() -> None:
    print("French hedged figures: each gives its English counterpart's [low, high] unit/event")
    passed = 0
    for french, english in FRENCH_HEDGE_CASES:
        fr, en = extract_quantities_from_text(french, language="fr"), extract_quantities_from_text(english)
        key = [(v.low, v.high, v.unit, v.event) for _, _, v in fr]
        ok = len(fr) == 1 and key == [(v.low, v.high, v.unit, v.event) for _, _, v in en]
        passed += ok
        print(f"  {'pass' if ok else 'FAIL'}  {french!r:50} {key}")
    print(f"  {passed}/{len(FRENCH_HEDGE_CASES)} pass")


if __name__ == "__main__":
    number_model()
    print()
    number_range_model()
    print()
    hedge_table()
    print()
    speed()
    print()
    number_model("fr")
    print()
    french_hedges()
