"""Speed of every pipeline stage, and whether linking and comparing stay linear in the corpus size.

Part 1 (throughput): the seed articles repeated in memory (``--copies`` copies of each, each
copy with its own id; nothing is written to disk) go through ingest, clean, sentences, times,
quantities, names, claims (with mention numbering), link_entities, compare and report render
(json and text), each stage timed on its own; then the whole pipeline once more end to end.
Prints articles per second per stage and overall, and the peak resident memory.

Part 2 (scaling): synthetic corpora of ``--sizes`` documents (short articles generated from
simple sentence templates, varying people, places, dates and figures; the pool of people grows
with the corpus, as it does in real news) are extracted, then link_entities and compare are
timed. Time per document should stay roughly flat; a stage whose per-document time grows
with N by more than ``GROWTH_FLAG`` from the smallest to the largest size is flagged.

    .venv/bin/python bench/bench_pipeline.py [--copies 200] [--sizes 1000,10000,100000] [--compare-max 10000]
        [--skip-throughput] [--skip-scaling]

Copies repeat the same text, so caches keyed by text would flatter part 1; the extractors keep
no such caches (name scoring in ``normalise.names.prepare`` is cached by name, which repeats in
real corpora too).
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from crosscheck.clean import Cleaner
from crosscheck.compare import compare
from crosscheck.extract import Extractors, _number_mentions
from crosscheck.extract.sentences import split_sentences
from crosscheck.ingest import read_bytes
from crosscheck.models import DocumentSummary, ExtractedDocument, LineMap, RawDocument, Report
from crosscheck.normalise.entities import link_entities
from crosscheck.report import render
from crosscheck.rules import load_rules

ROOT = Path(__file__).resolve().parent.parent
GROWTH_FLAG = 2.0  # per-document time growing more than this factor over the sizes is flagged


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _report(docs: list[ExtractedDocument], result) -> Report:
    """The Report as ``crosscheck.pipeline.check`` builds it (kept in step by hand)."""
    report = Report(
        documents=[
            DocumentSummary(
                id=d.document.id, path=d.document.path, title=d.document.title, published=d.document.published,
                outlet=d.document.outlet, credit=d.document.credit, authors=d.document.authors,
            )
            for d in docs
        ],
        mentions=[m for d in docs for m in d.mentions],
        claims=[c for d in docs for c in d.claims],
        findings=result.findings,
        source_groups=result.source_groups,
        problems=[],
    )
    report.attach_documents(docs)
    return report


class Timer:
    """Accumulates seconds per stage name, in first-seen order."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def run(self, stage: str, function, *args):
        started = time.perf_counter()
        result = function(*args)
        self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - started
        return result


def throughput(copies: int) -> None:
    rules = load_rules([])
    seeds = [(path, path.read_bytes()) for path in sorted((ROOT / "seeds").glob("*.txt"))]
    inputs = [(path, data, f"{path.stem}-{k:04d}") for k in range(copies) for path, data in seeds]
    n = len(inputs)
    cleaner = Cleaner(rules)
    extractors = Extractors(rules)
    for path, data in seeds:  # warm up imports and lazy compiles
        raw = read_bytes(data, path, path.stem)[0][0]
        extractors.extract(cleaner.clean(raw))

    timer = Timer()
    gc.collect()
    docs: list[ExtractedDocument] = []
    chars = 0
    for path, data, doc_id in inputs:
        raw = timer.run("ingest", read_bytes, data, path, doc_id)[0][0]
        chars += len(raw.text)
        document = timer.run("clean", cleaner.clean, raw)
        sentences = timer.run("sentences", split_sentences, document)
        mentions = timer.run("times", extractors.times.extract, document, sentences)
        mentions += timer.run("quantities", extractors.quantities.extract, document, sentences, mentions)
        mentions += timer.run("names", extractors.names.extract, document, sentences)

        def claims_of(document=document, sentences=sentences, mentions=mentions):
            numbered = _number_mentions(document.id, mentions)
            claims = extractors.claims.extract(document, sentences, numbered)
            for index, claim in enumerate(claims, 1):
                claim.id = f"{document.id}#c{index}"
            return ExtractedDocument(document=document, sentences=sentences, mentions=numbered, claims=claims)

        docs.append(timer.run("claims", claims_of))
    timer.run("link_entities", link_entities, docs, rules)
    result = timer.run("compare", compare, docs, rules)
    report = timer.run("report build", _report, docs, result)
    timer.run("render json", render, report, "json")
    timer.run("render text", render, report, "text")

    print(f"throughput: {n} articles ({len(seeds)} seeds x {copies} copies, {chars / n:.0f} chars each), one process")
    print(f"{'stage':<16}{'ms/article':>12}{'articles/s':>12}")
    total = 0.0
    for stage, seconds in timer.seconds.items():
        total += seconds
        print(f"{stage:<16}{seconds / n * 1000:>12.3f}{n / seconds:>12.0f}")
    print(f"{'all stages':<16}{total / n * 1000:>12.3f}{n / total:>12.0f}")
    print(f"peak RSS after stages: {_peak_mb():.0f} MB")

    del docs, report, result
    gc.collect()
    started = time.perf_counter()
    docs = []
    for path, data, doc_id in inputs:
        docs.append(extractors.extract(cleaner.clean(read_bytes(data, path, doc_id)[0][0])))
    link_entities(docs, rules)
    render(_report(docs, compare(docs, rules)), "json")
    seconds = time.perf_counter() - started
    print(f"end to end (ingest..render json): {seconds:.2f} s, {seconds / n * 1000:.3f} ms/article, {n / seconds:.0f} articles/s")
    print(f"peak RSS: {_peak_mb():.0f} MB")


# ---------------------------------------------------------------------------------------------
# Synthetic corpora for the scaling check

_SYLLABLES = "ba ko ma di sa ne lu ra to mi ga fe zu ho ki da we yo ri na te bo".split()
_FIRST = "Amadou Ibrahim Fatima Moussa Aminata Oumar Salif Mariam Yacouba Aissata Boubacar Hawa".split()
_TITLES = ["President", "General", "Prime Minister", "Foreign Minister", "Colonel", "Ambassador"]
_PLACES = ["Mali", "Niger", "Chad", "Senegal", "Ghana", "Togo", "Benin", "Nigeria", "Cameroon", "Sudan", "Libya", "Kenya"]
_CITIES = ["Bamako", "Niamey", "Dakar", "Accra", "Lome", "Abuja", "Khartoum", "Nairobi", "Ouagadougou", "Tripoli"]
_NOUNS = ["people", "soldiers", "civilians", "delegates", "troops", "refugees"]
_HEDGES = ["", "at least ", "about ", "nearly ", "more than "]


def _surname(index: int) -> str:
    """A made-up surname per index: two or three syllables, so the pool is as large as asked."""
    a = _SYLLABLES[index % len(_SYLLABLES)]
    b = _SYLLABLES[(index // len(_SYLLABLES)) % len(_SYLLABLES)]
    c = _SYLLABLES[(index // len(_SYLLABLES) ** 2) % len(_SYLLABLES)] if index >= len(_SYLLABLES) ** 2 else ""
    return (a + b + c).capitalize()


def _person(rng: random.Random, pool: int) -> str:
    index = rng.randrange(pool)
    name = f"{_FIRST[index % len(_FIRST)]} {_surname(index)}"
    if rng.random() < 0.05:  # a spelling variant now and then ("Koma" / "Kouma")
        name = name.replace("o", "ou", 1)
    return name


def synthetic_corpus(size: int, seed: int = 7) -> list[RawDocument]:
    """``size`` short articles: a title, a date line, a byline and five template sentences."""
    rng = random.Random(seed)
    pool = max(50, size // 2)
    start = date(2024, 1, 1)
    docs = []
    for k in range(size):
        day = start + timedelta(days=rng.randrange(365))
        host, guest = _person(rng, pool), _person(rng, pool)
        place, other, city = rng.choice(_PLACES), rng.choice(_PLACES), rng.choice(_CITIES)
        count, noun, hedge = rng.randrange(2, 5000), rng.choice(_NOUNS), rng.choice(_HEDGES)
        when = (day - timedelta(days=rng.randrange(1, 6))).strftime("%A")
        body = [
            f"On {when}, {rng.choice(_TITLES)} {host} of {place} met with {rng.choice(_TITLES)} {guest} in the city of {city}, and"
            f" officials said that the two of them had talked for a long time about the security of the region.",
            f"The two leaders discussed security cooperation and trade between {place} and {other}.",
            f"{hedge.capitalize()}{count} {noun} were killed in an attack near {city} on {day.strftime('%B')} {day.day}, the army said.",
            f"{host.split()[-1]} said {rng.randrange(2, 900)} troops would be deployed to {other} by {rng.choice(['March', 'June', 'October'])}.",
            f"The agreement was signed in {day.year} and covers {rng.randrange(2, 40)} projects worth ${rng.randrange(1, 90)} million.",
        ]
        text = (
            f"{place} and {other} agree on security cooperation after talks in {city}\n"
            f"{day.strftime('%B')} {day.day}, {day.year}\n"
            f"By {_person(rng, pool)}\n\n" + "\n\n".join(body) + "\n"
        )
        docs.append(RawDocument(id=f"syn{k:06d}", path=f"synthetic/{k:06d}.txt", format="text", encoding="utf-8",
                                text=text, lines=LineMap.for_text(text)))
    return docs


def scaling(sizes: list[int], compare_max: int) -> None:
    rules = load_rules([])
    cleaner = Cleaner(rules)
    extractors = Extractors(rules)
    print(f"\nscaling: synthetic corpora, per-document times (flag: growth above {GROWTH_FLAG:.1f}x)")
    print(f"{'N':>8}{'extract ms/doc':>16}{'link ms/doc':>14}{'compare ms/doc':>16}{'findings':>10}{'peak MB':>9}")
    rows = []
    for size in sizes:
        gc.collect()
        raws = synthetic_corpus(size)
        started = time.perf_counter()
        docs = [extractors.extract(cleaner.clean(raw)) for raw in raws]
        extract_s = time.perf_counter() - started
        del raws
        started = time.perf_counter()
        link_entities(docs, rules)
        link_s = time.perf_counter() - started
        compare_ms, findings = None, "-"
        if size <= compare_max:
            started = time.perf_counter()
            findings = len(compare(docs, rules).findings)
            compare_ms = (time.perf_counter() - started) / size * 1000
        row = (size, extract_s / size * 1000, link_s / size * 1000, compare_ms)
        rows.append(row)
        shown = f"{compare_ms:>16.3f}" if compare_ms is not None else f"{'skipped':>16}"
        print(f"{size:>8}{row[1]:>16.3f}{row[2]:>14.3f}{shown}{findings:>10}{_peak_mb():>9.0f}", flush=True)
        del docs
    for column, stage in ((1, "extract"), (2, "link_entities"), (3, "compare")):
        measured = [row for row in rows if row[column] is not None]
        if len(measured) < 2:
            continue
        first, last = measured[0], measured[-1]
        growth = last[column] / first[column] if first[column] else 0.0
        verdict = "FLAG: grows with N" if growth > GROWTH_FLAG else "ok"
        print(f"{stage:<14} per-doc time x{growth:.2f} from N={first[0]} to N={last[0]}: {verdict}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=200, help="copies of each seed article (default 200)")
    parser.add_argument("--sizes", default="1000,10000", help="synthetic corpus sizes, comma-separated")
    parser.add_argument("--compare-max", type=int, default=10000, help="largest N to run compare on (it is slow when quadratic)")
    parser.add_argument("--no-gc", action="store_true", help="switch the cyclic garbage collector off, to see its share")
    parser.add_argument("--skip-scaling", action="store_true")
    parser.add_argument("--skip-throughput", action="store_true")
    args = parser.parse_args()
    if args.no_gc:
        gc.disable()
    if not args.skip_throughput:
        throughput(args.copies)
    if not args.skip_scaling:
        scaling([int(s) for s in args.sizes.split(",") if s.strip()], args.compare_max)
    return 0


if __name__ == "__main__":
    sys.exit(main())
