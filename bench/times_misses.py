"""The DateTimeModel.json date / daterange results crosscheck gets wrong, one line each, for
finding the largest groups of misses. Run: .venv/bin/python bench/times_misses.py [type ...] [--all] [--fr]

Default: python-supported cases of type date and daterange. Each line shows the gold span in
[brackets], the gold values, and what crosscheck found overlapping it (text = start..end/granularity).
"""

from __future__ import annotations

import json
import sys

from bench_times import BENCH_FILES, python_supported, range_form, reference_of, value_matches
from crosscheck.extract.times import extract_times_from_text


def _gold(kind: str, values: list[dict]) -> str:
    keys = ("value",) if kind == "date" else ("start", "end", "value")
    return " | ".join(",".join(f"{k}={v[k]}" for k in keys if k in v) for v in values)


def _ours(kind: str, match) -> str:
    value = match.value
    if kind == "daterange" and (value.start or value.end):
        start, end = range_form(value)
        return f"{match.text!r}={start}..{end}/{value.granularity}"
    return f"{match.text!r}={value.start}..{value.end}/{value.granularity}"


def main(argv: list[str]) -> None:
    everything = "--all" in argv
    language = "fr" if "--fr" in argv else "en"
    kinds = [a for a in argv if not a.startswith("--")] or ["date", "daterange"]
    cases = json.loads(BENCH_FILES[language].read_text(encoding="utf-8-sig"))
    missed = 0
    for case in cases:
        if not everything and not python_supported(case):
            continue
        found = extract_times_from_text(case["Input"], reference_of(case), language)
        for result in case["Results"]:
            kind = (result.get("TypeName") or "").removeprefix("datetimeV2.")
            if kind not in kinds:
                continue
            gold_start, gold_end = result.get("Start", result.get("start")), result["End"] + 1
            overlapping = [m for m in found if m.start < gold_end and gold_start < m.end]
            best = max(overlapping, key=lambda m: min(m.end, gold_end) - max(m.start, gold_start), default=None)
            values = result["Resolution"].get("values") or []
            if best is not None and value_matches(kind, best.value, values):
                continue
            missed += 1
            text = case["Input"]
            shown = text[:gold_start] + "[" + text[gold_start:gold_end] + "]" + text[gold_end:]
            ours = _ours(kind, best) if best else "-"
            print(f"{kind:9} ref={reference_of(case)} {shown!r}\n          gold {_gold(kind, values)}\n          ours {ours}")
    print(f"{missed} missed")


if __name__ == "__main__":
    main(sys.argv[1:])
