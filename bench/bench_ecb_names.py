"""Named people on ECB+ (real news): detection recall and precision, cross-document linking.

Reads the ECB+ topics in ../shared/benchmarks/ecbplus/ with that benchmark's own reader
(``evaluate.py``: documents as text, title lines, gold mentions and chains, the proper-name
test), runs crosscheck's extraction and entity linking in process on each topic (both
sub-topics in one run, as ``evaluate.py`` does through the CLI), and prints:

- detection recall: gold proper-name person mentions of cross-document chains (the set
  ``evaluate.py`` scores) overlapped by a crosscheck person mention;
- detection precision: of the crosscheck person mentions that overlap a gold entity mention of
  any kind, the share that overlap a gold person (HUMAN_PART_PER); a mention on text the
  annotators did not mark is not judged (counted apart);
- cross-document linking recall and precision, defined as in ``evaluate.py``: recall over
  cross-document pairs of gold mentions of one chain (both found with one entity), precision
  over cross-document pairs of crosscheck mentions with one entity that overlap gold people
  of cross-document chains.

    .venv/bin/python bench/bench_ecb_names.py [--ecb DIR] [--topics 1,2,5 | first:5] [--misses N] [--wrong N] [--splits N]
"""

from __future__ import annotations

import argparse
import collections
import itertools
import json
import sys
import tempfile
import time
from pathlib import Path

from crosscheck.pipeline import extract_documents
from crosscheck.rules import load_rules
from ecb_corpus import DEFAULT_ECB, load_evaluator, payload, select_topics

PERSON = "HUMAN_PART_PER"


def _overlaps(spans, start, end) -> bool:
    return any(s < end and start < e for s, e in spans)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ecb", type=Path, default=DEFAULT_ECB)
    parser.add_argument("--topics", default="all")
    parser.add_argument("--misses", type=int, default=0, help="print this many missed gold mentions")
    parser.add_argument("--wrong", type=int, default=0, help="print this many wrong person mentions and links")
    parser.add_argument("--splits", type=int, default=0,
                        help="print this many gold chains whose found mentions went to more than one entity")
    args = parser.parse_args()

    ev = load_evaluator(args.ecb)
    topics_dir = ev.find_topics_dir(args.ecb)
    topics = select_topics(topics_dir, args.topics)
    rules = load_rules([])

    found = total = judged = right = unjudged = missed_in_title = 0
    rec_tp = rec_n = pre_tp = pre_n = 0
    misses, wrong_mentions, wrong_links = [], [], collections.Counter()
    lost_undetected = 0
    splits = []  # (pairs lost between found mentions, topic, chain, {entity: [texts]})
    seconds = 0.0
    with tempfile.TemporaryDirectory(prefix="ecb_names_") as work:
        for topic in topics:
            docs = [ev.Doc(p) for p in sorted((topics_dir / topic).glob("*.xml"))]
            path = Path(work) / f"topic_{topic}.jsonl"
            path.write_text(payload(docs), encoding="utf-8")
            started = time.perf_counter()
            extracted, _ = extract_documents([path], rules)
            seconds += time.perf_counter() - started
            persons = collections.defaultdict(list)
            for doc in extracted:
                for m in doc.mentions:
                    if m.kind == "person":
                        persons[doc.document.id].append(m)

            gold = []  # (doc, spans, chain, proper, cross, text)
            entity_spans = collections.defaultdict(list)  # doc -> (spans, tag)
            for d in docs:
                for mid, mention in d.mentions.items():
                    spans = d.span(mid)
                    if not spans:
                        continue
                    entity_spans[d.name].append((spans, mention["tag"]))
                    if mention["tag"] == PERSON and mid in d.chain:
                        text = d.text[spans[0][0] : spans[-1][1]]
                        in_title = d.title is not None and d.sentence_of(mid) == d.title_sentence
                        gold.append((d.name, spans, d.chain[mid], ev.is_proper(d, mid), mid in d.cross, text, in_title))

            def entity_of(doc_name, spans):
                return next((m.value.entity for m in persons.get(doc_name, []) if _overlaps(spans, m.start, m.end)), None)

            by_chain = collections.defaultdict(list)
            for g in gold:
                if g[3] and g[4]:
                    entity = entity_of(g[0], g[1])
                    total += 1
                    found += entity is not None
                    if entity is None:
                        misses.append((g[0], g[5] + (" [title]" if g[6] else "")))
                        missed_in_title += g[6]
                    by_chain[g[2]].append((g, entity))
            for chain, members in by_chain.items():
                split_lost = 0
                for (ga, ea), (gb, eb) in itertools.combinations(members, 2):
                    if ga[0] != gb[0]:
                        rec_n += 1
                        rec_tp += ea is not None and ea == eb
                        lost_undetected += ea is None or eb is None
                        split_lost += ea is not None and eb is not None and ea != eb
                if split_lost:
                    groups = collections.defaultdict(list)
                    for g, e in members:
                        if e is not None:
                            groups[e].append(g[5])
                    splits.append((split_lost, topic, chain, groups))

            linked = []
            for doc_name, mentions in persons.items():
                for m in mentions:
                    tags = {tag for spans, tag in entity_spans.get(doc_name, []) if _overlaps(spans, m.start, m.end)}
                    if not tags:
                        unjudged += 1
                        continue
                    judged += 1
                    if PERSON in tags:
                        right += 1
                    else:
                        wrong_mentions.append((doc_name, m.text, sorted(tags)))
                    g = next((g for g in gold if g[0] == doc_name and _overlaps(g[1], m.start, m.end)), None)
                    if g is not None and g[4]:
                        linked.append((doc_name, m.value.entity, g[2], m.text))
            by_entity = collections.defaultdict(list)
            for x in linked:
                by_entity[x[1]].append(x)
            for xs in by_entity.values():
                for a, b in itertools.combinations(xs, 2):
                    if a[0] != b[0]:
                        pre_n += 1
                        pre_tp += a[2] == b[2]
                        if a[2] != b[2]:
                            wrong_links[(a[1], a[3], b[3])] += 1
            print(f"topic {topic:>2}: gold {len(by_chain):>3} chains, found so far {found}/{total}", file=sys.stderr)

    def ratio(a, b):
        return f"{a / b:.3f}" if b else "n/a"

    print(f"ECB+ named people, topics {topics[0]}-{topics[-1]} ({len(topics)} topics), extraction+linking {seconds:.1f}s")
    print(f"detection recall    {ratio(found, total)}  ({found}/{total} gold proper-name mentions of cross-document chains)")
    print(f"                    ({missed_in_title} of the {total - found} missed are on a title line)")
    print(f"detection precision {ratio(right, judged)}  ({right}/{judged} person mentions on gold entity mentions; "
          f"{unjudged} on unannotated text, not judged)")
    print(f"linking recall      {ratio(rec_tp, rec_n)}  ({rec_tp}/{rec_n} cross-document gold pairs)")
    print(f"                    ({lost_undetected} pairs lost to undetected mentions, "
          f"{sum(x[0] for x in splits)} to found mentions on different entities)")
    print(f"linking precision   {ratio(pre_tp, pre_n)}  ({pre_tp}/{pre_n} cross-document linked pairs)")
    if args.misses:
        print("\nmissed:", "; ".join(f"{d}: {t}" for d, t in misses[: args.misses]))
    if args.wrong:
        print("\nwrong mentions:", "; ".join(f"{d}: {t} {tags}" for d, t, tags in wrong_mentions[: args.wrong]))
        print("\nwrong links:", "; ".join(f"{k} x{v}" for k, v in wrong_links.most_common(args.wrong)))
    for lost, topic, chain, groups in sorted(splits, key=lambda x: -x[0])[: args.splits]:
        parts = "; ".join(f"{e} x{len(ts)} {sorted(set(ts))[:4]}" for e, ts in sorted(groups.items(), key=lambda x: -len(x[1])))
        print(f"\nsplit chain {chain} (topic {topic}, {lost} pairs): {parts}")
    print(json.dumps({"benchmark": "ECB+ names", "topics": len(topics), "detection_recall": round(found / total, 4) if total else None,
                      "detection_precision": round(right / judged, 4) if judged else None,
                      "link_recall": round(rec_tp / rec_n, 4) if rec_n else None,
                      "link_precision": round(pre_tp / pre_n, 4) if pre_n else None}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
