"""TimeBank DATE values: runs crosscheck on the 162 TimeBank stories, scores the report with the
benchmark's own score.py, and prints the figure with a table of the misses by category.

Run: .venv/bin/python bench/bench_timebank.py [--misses CATEGORY]

The headline is score.py's value F1 and extent recall, unchanged. Below it, each gold date that
crosscheck misses is put in one category (first that applies):
  no mention          nothing of ours overlaps the gold span
  open interval       ours is an open interval ("since March", "through Oct. 19") where TimeML
                      keeps the bare date: a convention, crosscheck keeps the richer value
  part of a period    ours is the early/mid/late part ("late September") where TimeML keeps the
                      whole period and a MOD attribute: a convention
  range               ours joins two times ("from Aug. 26 to Oct. 20") that TimeML annotates apart
  reporting period    the gold is a quarter or half, or the text names a reporting period
  wrong year          the same day or month in another year
  week off            a weekday a week away (TimeBank slips, or tense read wrongly)
  granularity         one value contains the other (a day for a month, a year for a quarter)
  other               the rest
A secondary figure counts the three convention categories as right when the gold period contains
ours or shares its bound: it says how far apart the two conventions put the same reading.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "benchmarks" / "timebank"
CONVENTIONS = ("open interval", "part of a period", "range")
_PARTS = ("early", "mid", "late", "beginning", "end of", "middle", "start of", "close of")
_REPORTING = ("quarter", "period", "year-ago", "year-earlier", "year ago", "year earlier", "fiscal", "half", "last year")


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def category(miss: dict) -> str:
    got = miss["got"]
    if not got:
        return "no mention"
    g_from, g_to, g_value = _day(miss["gold"][0]), _day(miss["gold"][1]), miss["gold"][2]
    text, start, end = got[0][0].lower(), _day(got[0][1]), _day(got[0][2])
    if start is None or end is None:
        return "open interval"
    if any(part in text for part in _PARTS) and g_from <= start and end <= g_to:
        return "part of a period"
    if start <= g_from and g_to <= end and len(miss["text"]) < len(got[0][0]) and any(j in text for j in (" to ", " and ", "-", "–")):
        return "range"
    if "Q" in g_value or "H" in g_value or any(word in miss["text"].lower() for word in _REPORTING):
        return "reporting period"
    if (end - start) == (g_to - g_from) and (start.month, start.day) == (g_from.month, g_from.day):
        return "wrong year"
    if start == end and g_from == g_to and abs((start - g_from).days) == 7:
        return "week off"
    if (start <= g_from and g_to <= end) or (g_from <= start and end <= g_to):
        return "granularity"
    return "other"


def convention_right(miss: dict) -> bool:
    """A convention miss whose reading agrees with the gold: inside it, or sharing its bound."""
    got = miss["got"]
    if not got or category(miss) not in CONVENTIONS:
        return False
    g_from, g_to = _day(miss["gold"][0]), _day(miss["gold"][1])
    start, end = _day(got[0][1]), _day(got[0][2])
    if start is None or end is None:  # "after X" starts the day after X, "before X" ends the day before
        bound = start or end
        return bound is not None and g_from - timedelta(days=1) <= bound <= g_to + timedelta(days=1)
    return (g_from <= start and end <= g_to) or (start <= g_from and g_to <= end)


def main(argv: list[str]) -> None:
    show = argv[argv.index("--misses") + 1] if "--misses" in argv else None
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "timebank.json"
        subprocess.run([sys.executable, "-m", "crosscheck", str(BENCH / "corpus.jsonl"), "--format", "json", "-o", str(report), "-q"],
                       check=False, cwd=ROOT)
        scored = subprocess.run([sys.executable, str(BENCH / "score.py"), str(report), "--misses"], capture_output=True, text=True, check=True)
    lines = scored.stdout.strip().splitlines()
    figure = json.loads(lines[-1])
    misses = [json.loads(line) for line in lines[:-1]]
    print("TimeBank DATE values (score.py):", json.dumps(figure))
    counts = Counter(category(m) for m in misses)
    print(f"\n  {'category':<20}{'misses':>7}")
    for name, count in counts.most_common():
        print(f"  {name:<20}{count:>7}{'   (convention)' if name in CONVENTIONS else ''}")
    mapped = sum(convention_right(m) for m in misses)
    right = round(figure["value_recall"] * figure["gold"]) + mapped
    precision, recall = right / figure["predicted"], right / figure["gold"]
    print(f"\n  secondary, with the convention mapping: value F1 {2 * precision * recall / (precision + recall):.3f} "
          f"({mapped} convention misses agree with the gold reading)")
    if show:
        for miss in misses:
            if category(miss) == show:
                print(json.dumps(miss, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
