"""French figures in one place: Recognizers-Text French NumberModel and findings on the French and
mixed French/English fixture sets.

    .venv/bin/python bench/bench_french.py

1. NumberModel.json of ../shared/benchmarks/recognizers-text/french/ (python-supported cases and
   all cases), as in bench_numbers.py: a case is right when the values read equal the expected ones.
2. DateTimeModel.json of the same folder, when the times stage reads French (see bench_times.py
   for the scoring): printed by bench_times.py, not here, since the times stage owns it.
3. Findings precision and recall per kind on tests/fixtures/articles_fr/ and articles_mixed/
   (expectations in articles_fr_expected.yaml and articles_mixed_expected.yaml), as in
   bench_findings.py; then on the held-out sets articles_fr_heldout/ and articles_mixed_heldout/,
   whose articles and expectations were written (and committed) before crosscheck was run on them.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import bench_findings  # noqa: E402
import bench_numbers  # noqa: E402

HELD_OUT = [("french held-out", "articles_fr_heldout", "articles_fr_heldout_expected.yaml"),
            ("mixed held-out", "articles_mixed_heldout", "articles_mixed_heldout_expected.yaml")]


def main() -> int:
    right, total = bench_numbers.number_model("fr")
    print(f"French NumberModel python-supported: {right}/{total} = {right / total:.3f} (target 0.95)")
    print()
    bench_numbers.french_hedges()
    sets = [s for s in bench_findings.SETS if s[0] in ("french", "mixed")] + HELD_OUT
    for name, folder, expected in sets:
        print()
        print(f"== {name}: tests/fixtures/{folder}")
        bench_findings.bench(bench_findings.FIXTURES / folder, bench_findings.FIXTURES / expected)
    return 0


if __name__ == "__main__":
    sys.exit(main())
