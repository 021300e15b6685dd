"""Which gold ECB+ event mentions get no claim trigger, and why: a reading aid for trigger recall.

bench_ecb.py prints claim trigger recall (strict: a claim's own ``trigger`` span overlaps a gold
event mention); this script shows the misses behind that figure. It builds each topic's
documents exactly as ``../shared/benchmarks/ecbplus/evaluate.py`` does (its ``Doc`` class),
runs crosscheck's extract stage in this process (no compare: recall depends on extraction
only, so a run over all topics takes a fraction of the full bench), and prints

  * the same strict recall figure (all gold event mentions of the topics);
  * the missed mention words, most frequent first, each with its grammatical shape, so that a
    group of misses ("the quake", "checked into", "made an arrest") shows up as one row;
  * ``--show N`` missed mentions in context, round-robin over the topics.

    .venv/bin/python bench/trigger_misses.py [--topics 1,3 | first:5] [--show 40] [--word quake]
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import os
import sys
import tempfile
from pathlib import Path

from crosscheck.extract.lexicon import WORD, lexicons
from crosscheck.pipeline import extract_documents
from crosscheck.rules import load_rules
from ecb_corpus import payload

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ECB = ROOT.parent / "shared" / "benchmarks" / "ecbplus"


def _evaluate_module(ecb: Path):
    spec = importlib.util.spec_from_file_location("ecb_evaluate", ecb / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _topic_docs(ev, topics_dir: Path, topic: str):
    paths = sorted((topics_dir / topic).glob("*.xml"), key=lambda p: p.name)
    return [ev.Doc(p) for p in paths]


def _shape(doc, spans: list[tuple[int, int]]) -> str:
    """A coarse grammatical shape of a mention, from the words around it (no parser)."""
    start, end = spans[0][0], spans[-1][1]
    line_start = doc.text.rfind("\n", 0, start) + 1
    before = doc.text[line_start:start].split()[-2:]
    lowered = [w.lower() for w in before]
    if doc.title and doc.text.startswith(doc.title, line_start):
        return "headline"
    if lowered and lowered[-1] in ("the", "a", "an", "this", "that", "its", "his", "her", "their") or (
            lowered and lowered[-1].endswith("'s")):
        return "noun after determiner"
    if lowered and lowered[-1] in ("was", "were", "been", "being", "be", "is", "are", "got"):
        return "passive or copula"
    if len(spans) > 1:
        return "multi-word"
    return "other"


def _why(lexicon, ed, claims_spans, spans: list[tuple[int, int]]) -> str:
    """Why no claim trigger sits on a mention, from what extraction saw there (first reason wins):
    its line is read as no sentence; its words name no event class (or are listed as no event);
    it lies inside a name, time or figure; a claim's trigger is in its clause but elsewhere."""
    start, end = spans[0][0], spans[-1][1]
    sentence = next((s for s in ed.sentences if s.start <= start < s.end), None)
    if sentence is None:
        return "line not read"
    text = ed.document.text
    words = [m.group() for a, b in spans for m in WORD.finditer(text, a, b)]
    hits = [lexicon.lookup(w) for w in words]
    if not any(hits):
        return "no event class" if not any(w.lower() in lexicon.skip or lexicon.lemma(w) in lexicon.skip
                                           for w in words) else "listed as no event"
    if any(m.start < end and start < m.end for m in ed.mentions):
        return "inside a mention"
    if any(lexicon.class_of.get(h[0]) is not None and h[1] in CLOSED for h in hits if h):
        return "closed kind, not its claim's trigger"
    if text[start].isupper() and start > sentence.start:
        return "capitalised"
    return "event word dropped (noun position or other)"


CLOSED: set[str] = set()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ecb", type=Path, default=Path(os.environ.get("ECBPLUS_DIR", DEFAULT_ECB)))
    ap.add_argument("--topics", default="all")
    ap.add_argument("--show", type=int, default=0, help="print this many missed mentions in context")
    ap.add_argument("--word", default=None, help="only misses whose text contains this word")
    ap.add_argument("--top", type=int, default=60, help="rows of the missed-word table")
    ap.add_argument("--why", action="store_true", help="group misses by why extraction missed them, not by shape")
    ap.add_argument("--claims", action="store_true", help="also count claim triggers on no gold mention (precision)")
    args = ap.parse_args()
    ev = _evaluate_module(args.ecb)
    topics_dir = ev.find_topics_dir(args.ecb)
    topics = sorted((d for d in os.listdir(topics_dir) if d.isdigit()), key=int)
    if args.topics.startswith("first:"):
        topics = topics[: int(args.topics.split(":")[1])]
    elif args.topics != "all":
        topics = [t for t in topics if t in set(args.topics.split(","))]
    rules = load_rules()
    lexicon = lexicons(rules)["en"]
    from crosscheck.extract.claim_rules import event_rules
    CLOSED.update(event_rules(rules, "en"))
    gold = hit = 0
    misses: list[tuple[str, str, str, str, str]] = []  # topic, doc, mention text, shape, line
    false_words: collections.Counter = collections.Counter()
    triggers_total = triggers_on_gold = 0
    with tempfile.TemporaryDirectory(prefix="trigger_misses_") as tmp:
        for topic in topics:
            docs = _topic_docs(ev, topics_dir, topic)
            path = Path(tmp) / f"topic_{topic}.jsonl"
            path.write_text(payload(docs), encoding="utf-8")
            extracted, _ = extract_documents([path], rules)
            triggers = collections.defaultdict(list)
            for ed in extracted:
                for c in ed.claims:
                    if c.trigger is not None:
                        triggers[c.document].append((c.trigger.start, c.trigger.end, c.trigger.text))
            by_doc = {ed.document.id: ed for ed in extracted}
            for d in docs:
                gold_spans = []
                for mid, m in d.mentions.items():
                    if not ev.EVENT_TAG.match(m["tag"]):
                        continue
                    spans = d.span(mid)
                    if not spans:
                        continue
                    gold_spans.append(spans)
                    gold += 1
                    if any(ev.overlaps(spans, s, e) for s, e, _ in triggers[d.name]):
                        hit += 1
                        continue
                    text = " ".join(d.text[a:b] for a, b in spans)
                    line_start = d.text.rfind("\n", 0, spans[0][0]) + 1
                    line_end = d.text.find("\n", spans[-1][1])
                    line = d.text[line_start: line_end if line_end >= 0 else len(d.text)]
                    marked = (line[: spans[0][0] - line_start] + "[" + d.text[spans[0][0]:spans[-1][1]] + "]"
                              + line[spans[-1][1] - line_start:])
                    shape = _why(lexicon, by_doc[d.name], triggers[d.name], spans) if args.why else _shape(d, spans)
                    misses.append((topic, d.name, text, shape, marked))
                if args.claims:
                    for s, e, word in triggers[d.name]:
                        triggers_total += 1
                        if any(ev.overlaps(spans, s, e) for spans in gold_spans):
                            triggers_on_gold += 1
                        else:
                            false_words[word.lower()] += 1
            print(f"topic {topic}: gold {gold} hit {hit}", file=sys.stderr)
    print(f"claim trigger recall (all gold event mentions, strict, extract only): {hit}/{gold} = {hit / max(gold, 1):.3f}")
    if args.claims:
        print(f"claim triggers on a gold event mention: {triggers_on_gold}/{triggers_total} = "
              f"{triggers_on_gold / max(triggers_total, 1):.3f}")
        print("most frequent triggers on no gold mention: " + ", ".join(f"{w} {n}" for w, n in false_words.most_common(args.top)))
    shown = [m for m in misses if args.word is None or args.word.lower() in m[2].lower()]
    words = collections.Counter(m[2].lower() for m in shown)
    shapes = collections.Counter(m[3] for m in shown)
    print(f"missed {len(shown)}; by shape: " + ", ".join(f"{s} {n}" for s, n in shapes.most_common()))
    for word, n in words.most_common(args.top):
        kinds = collections.Counter(m[3] for m in shown if m[2].lower() == word)
        print(f"  {n:>4}  {word:<28} {', '.join(f'{k} {c}' for k, c in kinds.most_common(3))}")
    if args.show:
        by_topic = collections.defaultdict(list)
        for m in shown:
            by_topic[m[0]].append(m)
        queues = [by_topic[t] for t in topics if by_topic[t]]
        count = 0
        while count < args.show and any(queues):
            for q in queues:
                if q and count < args.show:
                    topic, name, text, shape, line = q.pop(0)
                    print(f"\n{name} ({shape}): {line[:220]}")
                    count += 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
