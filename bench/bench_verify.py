"""Speed of claim verification: claims per second against a corpus (default: seeds/).

Usage: python bench/bench_verify.py [CORPUS] [REPEAT]
"""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

from crosscheck.pipeline import extract_documents
from crosscheck.rules import load_rules
from crosscheck.verify import ClaimInput, Verifier, read_claims_file

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    corpus = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "seeds")
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    pack = load_rules([])
    started = time.perf_counter()
    docs, _ = extract_documents([corpus], pack)
    verifier = Verifier(docs, pack)
    setup = time.perf_counter() - started
    claims = read_claims_file(ROOT / "tests" / "fixtures" / "verify" / "seed_claims.csv")
    claims += [ClaimInput(id="rel", text="Tchiani phoned Poutine on Tuesday")]
    started = time.perf_counter()
    for _ in range(repeat):
        for claim in claims:
            verifier.verify(claim, date(2024, 3, 27))
    elapsed = time.perf_counter() - started
    total = repeat * len(claims)
    print(f"corpus: {len(docs)} documents, setup (extract + link + events) {setup:.3f} s")
    print(f"verified {total} claims in {elapsed:.3f} s: {total / elapsed:.1f} claims/s, {1000 * elapsed / total:.2f} ms/claim")


if __name__ == "__main__":
    main()
