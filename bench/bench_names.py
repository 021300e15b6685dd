"""Accuracy and speed of crosscheck's name matcher on the nomenklatura name-bench.

Reads ../shared/benchmarks/name-bench/cases.csv (labelled name pairs) and logicv2-frozen.csv
(the reference matcher's verdicts at its own threshold), and prints precision, recall and F1 of
``names_match`` at its default threshold beside the reference, for Person rows and all rows,
on all cases and on the cases the reference was run on. Then prints matching speed.

    .venv/bin/python bench/bench_names.py [--bench DIR] [--threshold T] [--misses]
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

from crosscheck.normalise.names import DEFAULT_THRESHOLD, name_score

DEFAULT_BENCH = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "name-bench"


def _prf(pairs: list[tuple[bool, bool]]) -> tuple[float, float, float, int]:
    tp = sum(1 for truth, guess in pairs if truth and guess)
    fp = sum(1 for truth, guess in pairs if not truth and guess)
    fn = sum(1 for truth, guess in pairs if truth and not guess)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, len(pairs)


def _key(row: dict[str, str]) -> tuple[str, str, str]:
    return row["schema"], row["name1"], row["name2"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--misses", action="store_true", help="list the cases crosscheck gets wrong")
    args = parser.parse_args()

    with open(args.bench / "cases.csv", encoding="utf-8", newline="") as handle:
        cases = list(csv.DictReader(handle))
    with open(args.bench / "logicv2-frozen.csv", encoding="utf-8", newline="") as handle:
        reference = {_key(row): row["predicted_match"] == "true" for row in csv.DictReader(handle)}

    scores = [name_score(row["name1"], row["name2"]) for row in cases]
    ours = [score >= args.threshold for score in scores]
    truth = [row["is_match"] == "true" for row in cases]
    person = [row["schema"] == "Person" for row in cases]
    in_reference = [_key(row) in reference for row in cases]

    print(f"name-bench: {len(cases)} cases, threshold {args.threshold}")
    print(f"{'slice':<34}{'n':>5}  {'crosscheck P/R/F1':>22}  {'logic_v2 P/R/F1':>22}")
    for label, wanted in (
        ("Person, all cases", lambda i: person[i]),
        ("all rows, all cases", lambda i: True),
        ("Person, cases logic_v2 ran", lambda i: person[i] and in_reference[i]),
        ("all rows, cases logic_v2 ran", lambda i: in_reference[i]),
    ):
        rows = [i for i in range(len(cases)) if wanted(i)]
        p, r, f, n = _prf([(truth[i], ours[i]) for i in rows])
        ref_rows = [i for i in rows if in_reference[i]]
        rp, rr, rf, _ = _prf([(truth[i], reference[_key(cases[i])]) for i in ref_rows])
        print(f"{label:<34}{n:>5}  {p:6.3f} {r:6.3f} {f:6.3f}    {rp:6.3f} {rr:6.3f} {rf:6.3f}")

    if args.misses:
        for i, row in enumerate(cases):
            if ours[i] != truth[i]:
                kind = "FN" if truth[i] else "FP"
                print(f"{kind} {scores[i]:.3f} {row['schema']:<8} {row['quality']:<6} {row['name1']} | {row['name2']}")

    pairs = [(row["name1"], row["name2"]) for row in cases]
    rounds = 20
    from crosscheck.normalise.names import prepare

    started = time.perf_counter()
    for _ in range(rounds):
        prepare.cache_clear()
        for a, b in pairs:
            name_score(a, b)
    elapsed = time.perf_counter() - started
    print(f"speed: {rounds * len(pairs) / elapsed:,.0f} pairs/second (cold cache, {rounds} x {len(pairs)} pairs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
