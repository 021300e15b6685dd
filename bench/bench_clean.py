"""Prints how long the clean stage takes per seed article (mean of many runs, rules compiled once)."""

from __future__ import annotations

import time
from pathlib import Path

from crosscheck.clean import Cleaner
from crosscheck.models import LineMap, RawDocument
from crosscheck.rules import load_rules

ROOT = Path(__file__).resolve().parent.parent


def main(rounds: int = 400) -> None:
    cleaner = Cleaner(load_rules())
    docs = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        docs.append(RawDocument(id=path.stem[:3], path=str(path), format="text", encoding="utf-8", text=text, lines=LineMap.for_text(text)))
    for doc in docs:
        cleaner.clean(doc)
    for doc in docs:
        started = time.perf_counter()
        for _ in range(rounds):
            cleaner.clean(doc)
        per_doc = (time.perf_counter() - started) / rounds
        print(f"{doc.id}: {per_doc * 1000:.3f} ms  ({len(doc.text)} chars, {doc.text.count(chr(10)) + 1} lines)")
    started = time.perf_counter()
    for _ in range(rounds):
        for doc in docs:
            cleaner.clean(doc)
    mean = (time.perf_counter() - started) / rounds / len(docs)
    print(f"mean: {mean * 1000:.3f} ms per article, {1 / mean:.0f} articles/s")


if __name__ == "__main__":
    main()
