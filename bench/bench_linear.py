"""Run time against input size: the whole check path must stay linear in the length of its input.

Run: nice -n 10 .venv/bin/python bench/bench_linear.py [--base-kb 50] [--steps 4]

For each kind of text, one article of 1x, 2x, 4x, 8x the base size is checked in this process,
twice: ``extract`` runs the extractors on the whole text as one body zone (cleaning would drop
a page of title words or of one unbroken line as furniture, so this is what stresses the
extractors), ``check`` runs the whole path (ingest, clean, extract, normalise, compare, text
report). The seconds are printed with the ratio to the previous size. Linear time gives ratios near 2; a quadratic step gives ratios
near 4. Kinds of text:

- ``news``: the seed articles' sentences repeated (realistic prose, many claims);
- ``titles``: one "sentence" of title words and names with no sentence end (it once took 26 s
  for 400 KB and four times longer for twice as much);
- ``one-line``: letters and digits with no blank and no punctuation (the 50 MB single line that
  once produced nothing in 240 s);
- ``numbers``: one line of figures and hedges ("nearly 50, more than 45, ...") without full stops.

The script exits 1 when the last ratio of a kind exceeds ``--max-ratio`` (default 3.0).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from datetime import date  # noqa: E402

from crosscheck.extract import Extractors  # noqa: E402
from crosscheck.models import Document, LineMap, Zone  # noqa: E402
from crosscheck.pipeline import check  # noqa: E402
from crosscheck.report import render  # noqa: E402
from crosscheck.rules import load_rules  # noqa: E402

HEADER = "Title of a test article\n\nPublished March 27, 2024\n\n"


def _news(size: int) -> str:
    prose = "\n\n".join(path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt")))
    return (prose * (size // len(prose) + 1))[:size]


def _titles(size: int) -> str:
    words = "General President Minister Colonel Abdourahamane Tiani Vladimir Putin Assimi Goita of Niger Mali Russia "
    return (words * (size // len(words) + 1))[:size]


def _one_line(size: int) -> str:
    chunk = "abcdefghij0123456789KLMNOPQRST"
    return (chunk * (size // len(chunk) + 1))[:size]


def _numbers(size: int) -> str:
    chunk = "nearly 50 people, more than 45 civilians, about 1,000 troops and 2.5 million dollars in March 2024 "
    return (chunk * (size // len(chunk) + 1))[:size]


KINDS = {"news": _news, "titles": _titles, "one-line": _one_line, "numbers": _numbers}


def time_extract(text: str, extractors: Extractors) -> float:
    document = Document(id="bench", path="bench.txt", format="text", encoding="utf-8", text=text,
                        lines=LineMap.for_text(text), body=[Zone(start=0, end=len(text))],
                        published=date(2024, 3, 27), language="en")
    started = time.perf_counter()
    extractors.extract(document)
    return time.perf_counter() - started


def time_check(text: str, folder: Path, pack) -> float:
    path = folder / "article.txt"
    path.write_text(HEADER + text, encoding="utf-8")
    started = time.perf_counter()
    report = check([path], rules=pack)
    render(report, "text")
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-kb", type=int, default=50, help="size of the 1x input in KB")
    parser.add_argument("--steps", type=int, default=4, help="sizes 1x, 2x, ... 2**(steps-1)x")
    parser.add_argument("--max-ratio", type=float, default=3.0, help="largest accepted time ratio for a doubling")
    parser.add_argument("--repeat", type=int, default=2, help="runs per size; the fastest counts (a shared machine is noisy)")
    parser.add_argument("--kinds", default=",".join(KINDS), help="comma list of kinds to run")
    args = parser.parse_args()
    pack = load_rules([])
    extractors = Extractors(pack)
    failed = []
    with tempfile.TemporaryDirectory() as tmp:
        modes = {"extract": lambda text: time_extract(text, extractors),
                 "check": lambda text: time_check(text, Path(tmp), pack)}
        for run in modes.values():
            run("A warm-up sentence on March 27, 2024.")
        for kind in args.kinds.split(","):
            for mode, run in modes.items():
                previous = None
                ratio = 0.0
                for step in range(args.steps):
                    size = args.base_kb * 1000 * 2**step
                    text = KINDS[kind](size)
                    seconds = min(run(text) for _ in range(args.repeat))  # the least disturbed of the runs
                    ratio = seconds / previous if previous else 0.0
                    shown = f"x{ratio:.2f}" if previous else "-"
                    print(f"{kind:9} {mode:8} {size / 1000:>8.0f} KB {seconds:8.2f} s  {shown}", flush=True)
                    previous = seconds
                if ratio > args.max_ratio:
                    failed.append(f"{kind} ({mode})")
    if failed:
        print(f"not linear: {', '.join(failed)} (a doubling took more than {args.max_ratio}x the time)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
