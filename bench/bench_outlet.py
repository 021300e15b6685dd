"""How often the cleaner names the right outlet on real pages it was not written for.

Reads the clean bench (../shared/benchmarks/clean: 91 real pages as scraped text, with each page's
URL and its own title forms). A page's outlet is right when it names the site: the site name a
title form ends with ("... - Connecticut Post", "... | Space") or the web address's own name
(slashgear.com: SlashGear), compared on letters and digits only. A company's legal name from a
copyright line ("Hearst Communications, Inc") is counted apart as the publisher: true, but not
what a reader knows the source by. Everything else is wrong, and listed, so a reader can see the
general cause (a menu label, a person, a month) behind each.

    .venv/bin/python bench/bench_outlet.py [--clean DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlparse

from rapidfuzz import fuzz

from crosscheck.pipeline import extract_documents
from crosscheck.rules import load_rules

ROOT = Path(__file__).resolve().parent.parent
TITLE_SEPARATORS = re.compile(r"\s+(?:[-|–—:]|&#8211;)\s+")
GENERIC_LABELS = {"www", "m", "blog", "hosted", "com", "co", "org", "net", "gov", "ac"}
COMPANY_WORDS = re.compile(r"\b(?:inc|llc|ltd|limited|company|corporation|corp|media|network|communications|interactive|group|pty|universal|plc)\b\.?", re.I)


def letters(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def site_names(page: dict) -> list[str]:
    """The names the page's own title forms end with, and its web address's name."""
    names = []
    for variant in page["title_variants"]:
        parts = TITLE_SEPARATORS.split(variant)
        if len(parts) > 1:
            names.append(parts[-1])
    host = urlparse(page["url"]).hostname or ""
    # Every label of the address but its top-level domain and the generic ones (www, com, co).
    names += [label for label in host.split(".")[:-1] if label not in GENERIC_LABELS]
    return [name for name in names if letters(name)]


def verdict(outlet: str | None, page: dict) -> str:
    if not outlet:
        return "missing"
    said = letters(outlet)
    for name in site_names(page):
        wanted = letters(name)
        if len(said) >= 3 and (said in wanted or wanted in said or fuzz.ratio(said, wanted) >= 80):
            return "right"
    return "publisher" if COMPANY_WORDS.search(outlet) else "wrong"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clean", type=Path, default=ROOT.parent / "shared/benchmarks/clean")
    args = ap.parse_args()
    if not (args.clean / "gold.jsonl").is_file():
        print(f"bench_outlet: no clean bench at {args.clean} (pass --clean DIR)", file=sys.stderr)
        return 2
    pages = {json.loads(line)["id"]: json.loads(line) for line in (args.clean / "gold.jsonl").read_text().splitlines() if line.strip()}
    paths = sorted((args.clean / "pages").glob("*.txt"))
    documents, _ = extract_documents(paths, load_rules())
    counts: dict[str, int] = {"right": 0, "publisher": 0, "wrong": 0, "missing": 0}
    listed = []
    for extracted in documents:
        document = extracted.document
        page = pages[Path(document.path).stem]
        kind = verdict(document.outlet, page)
        counts[kind] += 1
        if kind in ("wrong", "publisher"):
            listed.append(f"  {kind:<9} {document.outlet!r:<45} {page['url'][:70]}")
    total = sum(counts.values())
    print(f"outlet on {total} real pages: right {counts['right']}, publisher {counts['publisher']}, "
          f"wrong {counts['wrong']}, missing {counts['missing']}")
    named = total - counts["missing"]
    if named:
        print(f"precision {(counts['right'] + counts['publisher']) / named:.3f} (publisher counted right); "
              f"right share of all pages {counts['right'] / total:.3f}")
    print("\n".join(sorted(listed)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
