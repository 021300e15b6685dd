"""Prints how long the clean stage takes per seed article, rules compiled once.

Two figures per article: wall-clock time and the process's CPU time, each the best of several
rounds. On a shared machine the wall clock also counts the time other processes hold the CPU;
the CPU time is what the stage itself costs, and the figure the < 2 ms target is read on.

Usage: .venv/bin/python bench/bench_clean.py [ROUNDS]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from crosscheck.clean import Cleaner
from crosscheck.models import LineMap, RawDocument
from crosscheck.rules import load_rules

ROOT = Path(__file__).resolve().parent.parent
# Rounds of timing per figure; the best round is reported (the least disturbed by other processes).
TRIES = 7


def best_of(clocks: tuple, work, rounds: int) -> tuple[float, float]:
    """(wall, cpu) seconds per call of ``work``: the best of TRIES rounds of ``rounds`` calls."""
    wall, cpu = [], []
    for _ in range(TRIES):
        started = [clock() for clock in clocks]
        for _ in range(rounds):
            work()
        wall.append((clocks[0]() - started[0]) / rounds)
        cpu.append((clocks[1]() - started[1]) / rounds)
    return min(wall), min(cpu)


def main(rounds: int = 60) -> None:
    cleaner = Cleaner(load_rules())
    clocks = (time.perf_counter, time.process_time)
    docs = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        docs.append(RawDocument(id=path.stem[:3], path=str(path), format="text", encoding="utf-8", text=text, lines=LineMap.for_text(text)))
    for doc in docs:
        cleaner.clean(doc)
    for doc in docs:
        wall, cpu = best_of(clocks, lambda doc=doc: cleaner.clean(doc), rounds)
        print(f"{doc.id}: {wall * 1000:.3f} ms wall, {cpu * 1000:.3f} ms CPU  ({len(doc.text)} chars, {doc.text.count(chr(10)) + 1} lines)")

    def all_docs() -> None:
        for doc in docs:
            cleaner.clean(doc)

    wall, cpu = best_of(clocks, all_docs, rounds)
    wall, cpu = wall / len(docs), cpu / len(docs)
    print(f"mean: {wall * 1000:.3f} ms wall, {cpu * 1000:.3f} ms CPU per article ({1 / cpu:.0f} articles/s of CPU)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 60)
