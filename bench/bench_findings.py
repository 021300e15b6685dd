"""Precision and recall of each finding kind over the claim fixtures.

Runs the whole pipeline over each fixture set (tests/fixtures/articles/, and the second set
tests/fixtures/articles_heldout/ written after the rules were tuned on the first) and compares
the findings with its expectations file, where a finding is identified by its kind and the set
of documents it names. Prints one row per kind, the misses and false alarms, the near misses
that were wrongly flagged, and the time taken.

    .venv/bin/python bench/bench_findings.py [ARTICLES_DIR EXPECTED_YAML]
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

import yaml

from crosscheck.compare import compare
from crosscheck.pipeline import extract_documents
from crosscheck.rules import load_rules

ROOT = Path(__file__).resolve().parent.parent
KINDS = ["agreement", "contradiction", "variant", "change", "single_source", "internal"]


def key(kind: str, documents) -> tuple[str, frozenset[str]]:
    return kind, frozenset(documents)


SETS = [("articles", "articles_expected.yaml"), ("articles_heldout", "articles_heldout_expected.yaml")]


def main(argv: list[str]) -> int:
    if len(argv) == 2:
        return bench(Path(argv[0]), Path(argv[1]))
    for folder, expected in SETS:
        print(f"== tests/fixtures/{folder}")
        bench(ROOT / "tests/fixtures" / folder, ROOT / "tests/fixtures" / expected)
    return 0


def bench(articles: Path, expected_file: Path) -> int:
    spec = yaml.safe_load(expected_file.read_text(encoding="utf-8"))
    expected = {key(e["kind"], e["documents"]): e.get("what", "") for e in spec["expected"]}
    must_not = {key(e["kind"], e["documents"]): e.get("why", "") for e in spec.get("must_not", [])}

    rules = load_rules()
    started = time.perf_counter()
    docs, _ = extract_documents([articles], rules)
    extracted = time.perf_counter()
    result = compare(docs, rules)
    compared = time.perf_counter()
    found = {key(f.kind, f.documents): f.summary for f in result.findings}

    tp, fp, fn = Counter(), Counter(), Counter()
    for k in found:
        (tp if k in expected else fp)[k[0]] += 1
    for k in expected:
        if k not in found:
            fn[k[0]] += 1
    print(f"{'kind':<14} {'expected':>8} {'found':>6} {'tp':>4} {'precision':>9} {'recall':>7}")
    for kind in KINDS:
        n_found, n_expected = tp[kind] + fp[kind], tp[kind] + fn[kind]
        precision = tp[kind] / n_found if n_found else 1.0
        recall = tp[kind] / n_expected if n_expected else 1.0
        print(f"{kind:<14} {n_expected:>8} {n_found:>6} {tp[kind]:>4} {precision:>9.2f} {recall:>7.2f}")
    total_tp, total_fp, total_fn = sum(tp.values()), sum(fp.values()), sum(fn.values())
    print(f"{'all':<14} {total_tp + total_fn:>8} {total_tp + total_fp:>6} {total_tp:>4} "
          f"{total_tp / max(1, total_tp + total_fp):>9.2f} {total_tp / max(1, total_tp + total_fn):>7.2f}")
    for k in sorted(expected, key=sorted_key):
        if k not in found:
            print(f"MISSED   {k[0]:<13} {', '.join(sorted(k[1]))}: {expected[k]}")
    for k in sorted(found, key=sorted_key):
        if k not in expected:
            print(f"EXTRA    {k[0]:<13} {', '.join(sorted(k[1]))}: {found[k]}")
    flagged = [k for k in must_not if k in found]
    for k in sorted(flagged, key=sorted_key):
        print(f"NEAR MISS FLAGGED {k[0]} {', '.join(sorted(k[1]))}: {must_not[k]}")
    print(f"near misses: {len(must_not) - len(flagged)}/{len(must_not)} correctly not flagged")
    print(f"{len(docs)} articles: extract {1000 * (extracted - started):.0f} ms, compare {1000 * (compared - extracted):.1f} ms")
    return 0


def sorted_key(k: tuple[str, frozenset[str]]) -> tuple[str, list[str]]:
    return k[0], sorted(k[1])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
