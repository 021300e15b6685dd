"""Time expressions: accuracy on Recognizers-Text's DateTimeModel.json, and speed and accuracy
against dateparser.search_dates on the seed articles.

Run: .venv/bin/python bench/bench_times.py [--lang fr]

With --lang fr, only (a), on the French DateTimeModel.json (../shared/benchmarks/recognizers-text/
french/), read with the French time rules; it also prints date+daterange on the cases that give a
reference date (issue 16's second figure).

(a) DateTimeModel.json (../shared/benchmarks/recognizers-text/, read with utf-8-sig): each case is
    resolved against its Context.ReferenceDateTime (when it states none, the day its gold values
    were resolved against: see reference_of). Per result type: extent recall (a gold span
    is found when one of our mentions overlaps it) and exact value accuracy (the overlapping
    mention's value, converted to the file's TIMEX-style form, equals one of the gold values),
    for all cases and for the python-supported ones (no "python" in NotSupported /
    NotSupportedByDesign). Value conversion, since crosscheck keeps inclusive days and a
    granularity:
      date           our single day == gold "value" (a bare weekday's two values are the past
                     and the next one; either counts); "not resolved" matches a date we report
                     as invalid (February 30)
      daterange      gold start/end: a whole month, quarter, year, week or season ends on the
                     first day after it (exclusive), a range of days on its last day, a range of
                     months on the first day of its last month; "not resolved" matches a range we
                     report as invalid, as for a date; an open interval compares only
                     its bound ("since X": start; "before X": the first day after our end)
      datetime(range) the date part of gold start/value against our day(s)
      time, timerange, duration, set, timezone: not expressible (crosscheck keeps days);
                     extent recall only
    The headline figures are STRICT. A second, clearly labelled figure for date + daterange
    ("convention-mapped") also counts the cases where the benchmark and crosscheck follow
    different conventions on purpose (issue 3 and seed-expectations.md fix crosscheck's side):
      granularity        crosscheck keeps the granularity that was said: "two months ago",
                         "in two years", "earlier this month", "later this year" are a whole
                         month / year / week; the benchmark's day or sub-range counts when it lies
                         inside that period
      open bounds        the benchmark ends "until April 27" on April 27 and starts "after
                         January 1" on January 1; crosscheck's inclusive bounds are a day off
      deadlines          "by the end of this month", "no later than January 1, 2010": the
                         benchmark's open interval ending there counts against crosscheck's
                         deadline period ending there
(b) The five seed bodies: articles per CPU second (time.process_time, five interleaved repeats
    of both, the best of each) of crosscheck's extractor and of dateparser.search_dates, and the accuracy of each on the seed-expectations section 3 table
    (dateparser has no granularity: "strict" needs the exact value, "lenient" accepts its day
    when it lies inside the expected period).
"""

from __future__ import annotations

import json
import sys
import time
import warnings
from collections import defaultdict
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from crosscheck.extract.sentences import split_sentences  # noqa: E402
from crosscheck.extract.times import TimeExtractor, _default_rules, extract_times_from_text  # noqa: E402
from crosscheck.models import TimeValue  # noqa: E402
from crosscheck.rules import RulePack  # noqa: E402
from times_seed_cases import SECTION3, SEED_BODIES, locate, seed_document  # noqa: E402

BENCH_FILE = ROOT.parent / "shared" / "benchmarks" / "recognizers-text" / "DateTimeModel.json"
BENCH_FILES = {"en": BENCH_FILE, "fr": BENCH_FILE.parent / "french" / "DateTimeModel.json"}
EXPRESSIBLE = {"date", "daterange", "datetime", "datetimerange"}
SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
ONE_DAY = timedelta(days=1)


def python_supported(case: dict) -> bool:
    flags = f"{case.get('NotSupported', '')},{case.get('NotSupportedByDesign', '')}".lower()
    return "python" not in flags


# The reference day of a case that states none. 715 of the 892 French cases (and 4 English ones)
# have no Context.ReferenceDateTime, yet their gold values are resolved: they are translations of
# English cases and keep the English gold ("Je partirai [dans deux mois]" 2018-09-05, as "I will
# leave [in two months]" with its reference 2018-07-05). The fair reference is the one the gold was
# resolved against: the English case (or, result by result, the English results) with the same
# gold values, when they point to one reference day (598 cases); else 2016-11-07, the specs' usual
# day (the date of every French case that states one). With no reference at all a reader could
# not resolve "demain"; the "with ref" line keeps the figure on the cases that state theirs.
SPEC_REFERENCE = date(2016, 11, 7)


def stated_reference(case: dict) -> date | None:
    stamp = (case.get("Context") or {}).get("ReferenceDateTime")
    return datetime.fromisoformat(stamp).date() if stamp else None


def _gold_key(result: dict) -> str:
    return json.dumps((result.get("Resolution") or {}).get("values"), sort_keys=True)


@lru_cache(maxsize=1)
def _english_references() -> tuple[dict, dict]:
    """The English cases' reference days by their gold values: whole case, and result by result."""
    by_case: dict[tuple[str, ...], set[date]] = defaultdict(set)
    by_result: dict[str, set[date]] = defaultdict(set)
    for case in json.loads(BENCH_FILES["en"].read_text(encoding="utf-8-sig")):
        day = stated_reference(case)
        if day is not None:
            by_case[tuple(map(_gold_key, case["Results"]))].add(day)
            for result in case["Results"]:
                by_result[_gold_key(result)].add(day)
    return by_case, by_result


def reference_of(case: dict) -> date:
    """The case's reference day, or the one its gold values were resolved against (see above)."""
    stated = stated_reference(case)
    if stated is not None:
        return stated
    by_case, by_result = _english_references()
    days = by_case.get(tuple(map(_gold_key, case["Results"])), set())
    if len(days) != 1 and case["Results"]:
        days = set.intersection(*(by_result.get(_gold_key(r), set()) for r in case["Results"]))
    return next(iter(days)) if len(days) == 1 else SPEC_REFERENCE


def _months_between(start: date, end: date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month


def range_form(value: TimeValue) -> tuple[str | None, str | None]:
    """Our value as the file's daterange (start, end) strings, None for an open side."""
    if value.granularity == "open":
        start = value.start.isoformat() if value.start else None
        end = (value.end + ONE_DAY).isoformat() if value.end else None
        return start, end
    start, end = value.start, value.end
    if value.granularity == "day":
        return start.isoformat(), end.isoformat()
    if value.granularity in ("month", "year") and value.part is None and _months_between(start, end) >= (12 if value.granularity == "year" else 1):
        whole = value.granularity == "year" and _months_between(start, end) == 11
        if not whole:
            last_start = date(end.year, end.month, 1) if value.granularity == "month" else date(end.year, 1, 1)
            return start.isoformat(), last_start.isoformat()
    return start.isoformat(), (end + ONE_DAY).isoformat()


def value_matches(kind: str, value: TimeValue, gold_values: list[dict]) -> bool:
    for gold in gold_values:
        if kind == "date":
            if gold.get("value") == "not resolved":
                if value.invalid:
                    return True
                continue
            if value.start is not None and value.start == value.end and value.start.isoformat() == gold.get("value"):
                return True
        elif kind == "daterange":
            timex = gold.get("timex", "")
            if gold.get("value") == "not resolved" and value.invalid:  # "29/2-1/3/2019": as for a date
                return True
            if gold.get("value") == "not resolved" and value.granularity == "season" and value.start:
                code = timex.split("-")[-1]
                year_ok = "-" not in timex or timex.split("-")[0] == str(value.start.year)
                if SEASON_MONTHS.get(code) == value.start.month and year_ok:
                    return True
                continue
            if value.start is None and value.end is None:
                continue
            start, end = range_form(value)
            if ("start" in gold) != (start is not None) or ("end" in gold) != (end is not None):
                continue
            if gold.get("start", start) == start and gold.get("end", end) == end:
                return True
        elif kind == "datetime":
            if value.start is not None and value.start == value.end and gold.get("value", "")[:10] == value.start.isoformat():
                return True
        elif kind == "datetimerange":
            if value.start is not None and value.end is not None:
                if gold.get("start", "")[:10] == value.start.isoformat() and gold.get("end", "")[:10] == value.end.isoformat():
                    return True
    return False


def _gold_day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def convention_matches(kind: str, value: TimeValue, gold_values: list[dict]) -> bool:
    """The strict match, or one of the documented convention mappings (see the module doc)."""
    if value_matches(kind, value, gold_values):
        return True
    coarse = value.granularity in ("week", "month", "quarter", "season", "year", "decade")
    for gold in gold_values:
        if kind == "date":
            day = _gold_day(gold.get("value"))
            if day and coarse and value.start and value.end and value.start <= day <= value.end:
                return True
        elif kind == "daterange":
            start, end = _gold_day(gold.get("start")), _gold_day(gold.get("end"))
            if start and end and coarse and value.start and value.end and value.start <= start and end <= value.end + ONE_DAY:
                return True
            if value.granularity == "open" and (start is None) == (value.start is None) and (end is None) == (value.end is None):
                near = lambda ours, theirs: ours is None or abs((ours - theirs).days) <= 1  # noqa: E731
                if (start is None or near(value.start, start)) and (end is None or near(value.end, end)):
                    return True
            if value.modality == "deadline" and start is None and end and value.end and end in (value.end, value.end + ONE_DAY):
                return True
    return False


def score_recognizers(language: str = "en") -> None:
    bench_file = BENCH_FILES[language]
    cases = json.loads(bench_file.read_text(encoding="utf-8-sig"))
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])  # gold, found, exact
    mapped: dict[str, int] = defaultdict(int)  # scope -> date/daterange matches under the convention mapping
    started = time.perf_counter()
    for case in cases:
        found = extract_times_from_text(case["Input"], reference_of(case), language)
        scopes = ["all"] + (["reference"] if stated_reference(case) else []) + (["python"] if python_supported(case) else [])
        for result in case["Results"]:
            kind = (result.get("TypeName") or result.get("Typename") or "unknown").removeprefix("datetimeV2.")
            gold_start, gold_end = result.get("Start", result.get("start")), result["End"] + 1  # one French case spells it "start"
            overlapping = [m for m in found if m.start < gold_end and gold_start < m.end]
            best = max(overlapping, key=lambda m: min(m.end, gold_end) - max(m.start, gold_start), default=None)
            exact = best is not None and kind in EXPRESSIBLE and value_matches(kind, best.value, result["Resolution"].get("values") or [])
            mapped_ok = best is not None and kind in ("date", "daterange") and convention_matches(kind, best.value, result["Resolution"].get("values") or [])
            for scope in scopes:
                mapped[scope] += mapped_ok
                row = tally[(scope, kind)]
                row[0] += 1
                row[1] += best is not None
                row[2] += exact
    elapsed = time.perf_counter() - started
    print(f"(a) Recognizers-Text {bench_file.relative_to(ROOT.parent / 'shared' / 'benchmarks')} ({language}): {len(cases)} cases in {elapsed:.2f} s")
    print(f"    {'scope':8} {'type':15} {'gold':>5} {'extent recall':>14} {'exact value':>12}")
    kinds = sorted({kind for _, kind in tally}, key=lambda k: (k not in EXPRESSIBLE, k))
    for scope in ("all", "python"):
        for kind in kinds:
            gold, hit, exact = tally.get((scope, kind), [0, 0, 0])
            if not gold:
                continue
            shown = f"{exact / gold:12.1%}" if kind in EXPRESSIBLE else f"{'n/a':>12}"
            print(f"    {scope:8} {kind:15} {gold:5d} {hit / gold:14.1%} {shown}")
    for scope in ("all", "python"):
        gold = sum(tally[(scope, k)][0] for k in ("date", "daterange"))
        exact = sum(tally[(scope, k)][2] for k in ("date", "daterange"))
        hit = sum(tally[(scope, k)][1] for k in ("date", "daterange"))
        print(f"    {scope:8} date+daterange  {gold:5d} {hit / gold:14.1%} {exact / gold:12.1%}"
              + ("   STRICT, the headline (target >= 80% exact)" if scope == "python" else "   STRICT"))
    if language != "en":
        gold = sum(tally[("reference", k)][0] for k in ("date", "daterange"))
        exact = sum(tally[("reference", k)][2] for k in ("date", "daterange"))
        print(f"    {'with ref':8} date+daterange  {gold:5d} {'':14} {exact / gold:12.1%}   STRICT, cases with a reference date (target >= 70%)")
    for scope in ("all", "python"):
        gold = sum(tally[(scope, k)][0] for k in ("date", "daterange"))
        print(f"    {scope:8} date+daterange  {gold:5d} {'':14} {mapped[scope] / gold:12.1%}   secondary: with the documented convention mapping")


def _expected_ok(value: TimeValue, expected: dict) -> bool:
    return all(getattr(value, key) == wanted for key, wanted in expected.items())


def _dateparser_ok(day: date, expected: dict, lenient: bool) -> bool:
    start, end = expected.get("start"), expected.get("end")
    if "start" not in expected:
        return day == end
    if end is None:
        return lenient and day == start
    if start == end and expected.get("granularity") == "day":
        return day == start
    return lenient and start <= day <= end


def bench_seeds() -> None:
    import dateparser.search  # noqa: PLC0415 - bench-only dependency

    warnings.simplefilter("ignore")
    extractor = TimeExtractor(RulePack(files={"time": [_default_rules()]}))
    documents = {prefix: seed_document(prefix) for prefix in SEED_BODIES}
    sentences = {prefix: split_sentences(doc) for prefix, doc in documents.items()}
    bodies = {prefix: doc.body_text() for prefix, doc in documents.items()}

    def run_ours():
        return {prefix: extractor.extract(documents[prefix], sentences[prefix]) for prefix in documents}

    def run_dateparser():
        out = {}
        for prefix, doc in documents.items():
            base = datetime.combine(doc.published, datetime.min.time())
            out[prefix] = dateparser.search.search_dates(bodies[prefix], languages=["en"], settings={"RELATIVE_BASE": base}) or []
        return out

    ours = run_ours()
    theirs = run_dateparser()

    def cpu_seconds(run, rounds: int) -> float:
        """CPU seconds of this process for ``rounds`` runs: on a machine other processes load,
        CPU time counts only our own work, where wall time counts theirs too."""
        started = time.process_time()
        for _ in range(rounds):
            run()
        return time.process_time() - started

    # interleaved: each repeat times both, so a busy spell slows both alike; the best repeat of
    # each (as timeit does) is the figure
    ours_best = theirs_best = float("inf")
    for _ in range(5):
        ours_best = min(ours_best, cpu_seconds(run_ours, 40) / 40)
        theirs_best = min(theirs_best, cpu_seconds(run_dateparser, 1))
    ours_rate, theirs_rate = len(documents) / ours_best, len(documents) / theirs_best

    ours_ok = strict_ok = lenient_ok = 0
    failures = []
    for prefix, phrase, target, expected in SECTION3:
        doc = documents[prefix]
        start, end = locate(doc, phrase, target)
        hits = [m for m in ours[prefix] if m.start < end and start < m.end]
        good = any(_expected_ok(m.value, expected) for m in hits)
        ours_ok += good
        if not good:
            failures.append(f"crosscheck misses {prefix} {phrase!r}: {[(m.text, m.value.start, m.value.end) for m in hits]}")
        # dateparser gives (text, datetime) without offsets: place each text in the body in order.
        body = bodies[prefix]
        body_start = body.find(phrase)
        inner = body.find(target, body_start) if body_start >= 0 else -1
        cursor, placed = 0, []
        for text, when in theirs[prefix]:
            at = body.find(text, cursor)
            if at >= 0:
                placed.append((at, at + len(text), when.date()))
                cursor = at + len(text)
        overlapping = [day for s, e, day in placed if inner >= 0 and s < inner + len(target) and inner < e]
        strict_ok += any(_dateparser_ok(day, expected, lenient=False) for day in overlapping)
        lenient_ok += any(_dateparser_ok(day, expected, lenient=True) for day in overlapping)
    total = len(SECTION3)
    false_positives = sum(1 for items in theirs.values() for text, _ in items if text.strip().lower() in ("we", "may") or "%" in text)
    print()
    print("(b) seed bodies (5 articles)")
    print(f"    crosscheck TimeExtractor : {ours_rate:10.1f} articles/CPU-s ({1000 / ours_rate:.3f} CPU ms/article)")
    print(f"    dateparser.search_dates  : {theirs_rate:10.1f} articles/CPU-s ({1000 / theirs_rate:.3f} CPU ms/article)")
    print(f"    speed-up                 : {ours_rate / theirs_rate:10.1f}x (target >= 20x)")
    print(f"    section 3 table ({total} values): crosscheck {ours_ok}/{total} = {ours_ok / total:.1%}; "
          f"dateparser strict {strict_ok}/{total} = {strict_ok / total:.1%}, lenient {lenient_ok}/{total} = {lenient_ok / total:.1%}")
    print(f"    dateparser results on the bodies: {sum(len(v) for v in theirs.values())}, of which 'We'/'may'/percent texts: {false_positives}")
    for line in failures:
        print("    " + line)


if __name__ == "__main__":
    if "--lang" in sys.argv:
        score_recognizers(sys.argv[sys.argv.index("--lang") + 1])
    else:
        score_recognizers()
        bench_seeds()
