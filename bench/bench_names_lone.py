"""Single-word names found without a cue of their own (extract/name_lone.py), on real news.

Runs crosscheck's extraction on the ECB+ topics (../shared/benchmarks/ecbplus/) and on the
article bodies of the clean bench (../shared/benchmarks/clean/pages/), keeps the organisation
mentions of one word that discovery made (not the gazetteer, not an acronym): from article
evidence, and the agencies of wire credits ("(Reuters)", and what looked like one: "(knee)" in
an injury report), and prints:

- on ECB+, the gold entity tags those mentions overlap: a human participant (person,
  organisation, ...) is right, a location is a name of the wrong type, anything else is wrong;
  mentions on text the annotators did not mark are counted apart;
- a seeded random sample of distinct words with one context each, for a reader to judge.

    .venv/bin/python bench/bench_names_lone.py [--ecb DIR] [--clean DIR] [--topics all] [--sample 50] [--seed 7]
"""

from __future__ import annotations

import argparse
import collections
import random
import tempfile
import time
from pathlib import Path

from crosscheck.pipeline import extract_documents
from crosscheck.rules import load_rules
from ecb_corpus import DEFAULT_ECB, load_evaluator, payload, select_topics

DEFAULT_CLEAN = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "clean" / "pages"


def lone_mentions(extracted) -> list:
    """(document, mention) of the one-word organisations discovery found: from evidence or as
    the agency of a credit."""
    out = []
    for doc in extracted:
        for m in doc.mentions:
            if (m.kind == "organization" and m.value.entity.startswith("name:") and " " not in m.text.strip()
                    and not m.text.isupper()):
                out.append((doc, m))
    return out


def _judgement(tags: set[str]) -> str:
    """What the gold tags under a mention make of it: an organisation (right), a person or another
    human participant (a name, of the wrong type), a location (a name, of the wrong type), or no
    name at all."""
    if not tags:
        return "unannotated"
    for prefix, verdict in (("HUMAN_PART_ORG", "organisation (right)"), ("HUMAN_PART_PER", "person (name, wrong type)"),
                            ("HUMAN_PART", "other participant (name)"), ("LOC", "location (name, wrong type)")):
        if any(t.startswith(prefix) for t in tags):
            return verdict
    return "no name (" + ",".join(sorted(tags)) + ")"


def context(doc, m, reach: int = 60) -> str:
    text = doc.document.text
    return (text[max(0, m.start - reach) : m.start] + "[" + m.text + "]" + text[m.end : m.end + reach]).replace("\n", " ")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ecb", type=Path, default=DEFAULT_ECB)
    parser.add_argument("--clean", type=Path, default=DEFAULT_CLEAN)
    parser.add_argument("--topics", default="all")
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rules = load_rules([])
    ev = load_evaluator(args.ecb)
    topics_dir = ev.find_topics_dir(args.ecb)
    tags: collections.Counter = collections.Counter()
    judged_words: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    found: list[tuple[str, str, str]] = []  # (corpus, word, context)
    started = time.process_time()
    with tempfile.TemporaryDirectory(prefix="names_lone_") as work:
        for topic in select_topics(topics_dir, args.topics):
            docs = [ev.Doc(p) for p in sorted((topics_dir / topic).glob("*.xml"))]
            by_name = {d.name: d for d in docs}
            path = Path(work) / f"topic_{topic}.jsonl"
            path.write_text(payload(docs), encoding="utf-8")
            extracted, _ = extract_documents([path], rules)
            for doc, m in lone_mentions(extracted):
                gold = by_name[doc.document.id]
                over = {gold.mentions[mid]["tag"] for mid in gold.mentions
                        if any(s < m.end and m.start < e for s, e in gold.span(mid) or [])}
                tags[_judgement(over)] += 1
                if over:
                    judged_words[_judgement(over)][m.text] += 1
                found.append(("ecb+", m.text, context(doc, m)))
        pages = sorted(args.clean.glob("*.txt")) if args.clean.is_dir() else []
        if pages:
            extracted, _ = extract_documents(pages, rules)
            found += [("clean", m.text, context(doc, m)) for doc, m in lone_mentions(extracted)]
    seconds = time.process_time() - started
    print(f"one-word organisations from evidence: {len(found)} mentions, {len({w for _, w, _ in found})} distinct words "
          f"({sum(c == 'ecb+' for c, _, _ in found)} on ECB+, {sum(c == 'clean' for c, _, _ in found)} on the clean pages); "
          f"{seconds:.1f} CPU s")
    judged = sum(n for t, n in tags.items() if t != "unannotated")
    print("ECB+ gold tags under them:")
    for tag, n in tags.most_common():
        print(f"  {tag:<40} {n:>5}" + (f"  ({n / judged:.2f} of the annotated)" if tag != "unannotated" and judged else ""))
        if tag in judged_words:
            print("      " + ", ".join(f"{w} {c}" for w, c in judged_words[tag].most_common(12)))
    first: dict[str, tuple[str, str, str]] = {}
    for item in found:
        first.setdefault(item[1], item)
    words = sorted(first)
    random.Random(args.seed).shuffle(words)
    print(f"\nsample of {min(args.sample, len(words))} distinct words (seed {args.seed}):")
    for number, word in enumerate(words[: args.sample], 1):
        corpus, _, where = first[word]
        print(f"{number:>3}. {word:<16} {corpus:<6} {where}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
