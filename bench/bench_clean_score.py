"""Body P/R/F1, title and date accuracy of the clean stage on the clean benchmark
(../shared/benchmarks/clean/, scored by its own score.py), beside the line-rule baseline: keep
every line of 16 or more words ending in . ! ? (the baseline has no title and no date).

Usage: .venv/bin/python bench/bench_clean_score.py [--data DIR] [--english]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "benchmarks" / "clean"
BASELINE_WORDS = 16


def baseline_body(text: str) -> str:
    """The lines of at least BASELINE_WORDS words that end like a sentence."""
    return "\n".join(
        line.strip() for line in text.splitlines()
        if len(line.split()) >= BASELINE_WORDS and re.search(r"[.!?][\"'”’)]*$", line.strip())
    )


def score(data: Path, extra: list[str]) -> dict:
    out = subprocess.run([sys.executable, str(data / "score.py"), "--data", str(data), "--json", *extra],
                         check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def english_subset(data: Path, folder: Path) -> Path:
    """A copy of the benchmark layout with the English pages only (pages linked, not copied)."""
    (folder / "pages").mkdir(parents=True)
    kept = []
    for line in (data / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record.get("lang") == "en":
            kept.append(line)
            (folder / "pages" / f"{record['id']}.txt").symlink_to(data / "pages" / f"{record['id']}.txt")
    (folder / "gold.jsonl").write_text("\n".join(kept) + "\n", encoding="utf-8")
    (folder / "score.py").symlink_to(data / "score.py")
    return folder


def row(name: str, result: dict) -> str:
    body = result["body"]
    text = f"{name:<28} F1 {body['f1']:.3f}  P {body['precision']:.3f}  R {body['recall']:.3f}  empty {body['empty']:>2}"
    if result.get("title", {}).get("right"):
        title, dated = result["title"], result["date"]
        text += (f"  title {title['accuracy']:.3f} ({title['right']}/{title['pages']})"
                 f"  date {dated['accuracy']:.3f} (±1 day {dated['within_1_day']:.3f}, {dated['missing']} missing, of {dated['pages']})")
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--english", action="store_true", help="also score the English pages alone")
    args = parser.parse_args()
    sets = [("all pages", args.data)]
    with tempfile.TemporaryDirectory() as tmp:
        if args.english:
            sets.append(("English pages", english_subset(args.data, Path(tmp) / "en")))
        for label, data in sets:
            pred = Path(tmp) / f"baseline-{len(label)}.jsonl"
            with pred.open("w", encoding="utf-8") as handle:
                for page in sorted((data / "pages").glob("*.txt")):
                    handle.write(json.dumps({"id": page.stem, "body": baseline_body(page.read_text(encoding="utf-8"))}) + "\n")
            print(f"{label}:")
            print("  " + row("crosscheck", score(data, [])))
            print("  " + row(f"lines >= {BASELINE_WORDS} words . ! ?", score(data, ["--pred", str(pred)])))


if __name__ == "__main__":
    main()
