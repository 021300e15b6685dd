"""ECB+ event bench: runs the shared ECB+ evaluation and prints crosscheck's figures beside the baselines.

ECB+ (real news, two similar but different events per topic) tests whether compare tells the
same event from a similar one. The evaluation itself lives with the data
(``../shared/benchmarks/ecbplus/evaluate.py``); this script runs it with the crosscheck of
this checkout and prints the figures the issue tracks, with their targets:

  * document-pair P/R/F1 (target F1 >= 0.80) and cross-sub-topic merges (target < 5% of
    predicted pairs), beside the two trivial baselines;
  * claim trigger recall on gold event mentions (target >= 0.60; strict = the claim's own
    ``trigger`` span overlaps the gold mention), over all and over the annotated sentences.

    .venv/bin/python bench/bench_ecb.py [--topics first:5] [--work /tmp/ecb-claims] [--ecb DIR] [--misses N]

``--misses N`` lists N missed gold document pairs (spread over the topics) with the gold
event chains they share and, per document, the claims whose trigger sits on one of those
chains (kind, trigger, time, zone), to read why they were not grouped.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ECB = ROOT.parent / "shared" / "benchmarks" / "ecbplus"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ecb", type=Path, default=Path(os.environ.get("ECBPLUS_DIR", DEFAULT_ECB)))
    ap.add_argument("--work", type=Path, default=None)
    ap.add_argument("--topics", default="all")
    ap.add_argument("--misses", type=int, default=0, help="list this many missed gold pairs")
    args = ap.parse_args()
    evaluate = args.ecb / "evaluate.py"
    if not evaluate.is_file():
        print(f"bench_ecb: {evaluate} not found (give --ecb or set $ECBPLUS_DIR)", file=sys.stderr)
        return 2
    work = args.work or Path(tempfile.mkdtemp(prefix="bench_ecb_"))
    bindir = Path(sys.executable).parent
    env = dict(os.environ, PATH=f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}")
    proc = subprocess.run([sys.executable, str(evaluate), "--ecb", str(args.ecb), "--work", str(work),
                           "--published", "url", "--topics", args.topics], capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        print(proc.stderr[-2000:], file=sys.stderr)
        return 3
    out = proc.stdout
    headline = json.loads(out.strip().splitlines()[-1])
    strict = {scope: re.search(rf"gold action mentions \({scope}\): (\d+);.*?\(strict\) (\d+)", out) for scope in ("all", "selected")}
    cc = headline["crosscheck"]
    print(f"ECB+ topics {headline['topics']} ({headline['docs']} documents, {headline['gold_doc_pairs']} gold pairs)")
    print(f"{'system':<34} {'P':>6} {'R':>6} {'F1':>6} {'pred':>6} {'x-sub':>6} {'x-sub%':>7}")
    print(f"{'crosscheck':<34} {cc['p']:>6.3f} {cc['r']:>6.3f} {cc['f1']:>6.3f} {cc['pred']:>6} "
          f"{cc['cross_subtopic_merges']:>6} {cc['cross_subtopic_share']:>7.3f}")
    for name, key in (("baseline: all one event", "baseline_all_one_event"),
                      ("baseline: shared name + date word", "baseline_name_and_dateword")):
        b = headline[key]
        print(f"{name:<34} {b['p']:>6.3f} {b['r']:>6.3f} {b['f1']:>6.3f} {'':>6} {b['cross_subtopic_merges']:>6}")
    for scope, m in strict.items():
        if m:
            gold, hit = int(m.group(1)), int(m.group(2))
            print(f"claim trigger recall ({scope} gold event mentions, strict): {hit}/{gold} = {hit / gold:.3f}")
    recall_all = int(strict["all"].group(2)) / int(strict["all"].group(1)) if strict["all"] else 0.0
    print("targets: F1 >= 0.80: {} | cross-sub-topic < 5%: {} | trigger recall >= 0.60: {}".format(
        "met" if cc["f1"] >= 0.80 else "NOT met", "met" if cc["cross_subtopic_share"] < 0.05 else "NOT met",
        "met" if recall_all >= 0.60 else "NOT met"))
    print(f"details: {work}")
    if args.misses:
        print_misses(work / "details.url.json", args.misses)
    return 0


def print_misses(details_path: Path, count: int) -> None:
    """Missed gold pairs, round-robin over the topics so that no one topic fills the list."""
    details = json.loads(details_path.read_text(encoding="utf-8"))["details"]
    queues = [(topic, list(d["missed"])) for topic, d in sorted(details.items(), key=lambda kv: int(kv[0]))]
    shown = 0
    while shown < count and any(q for _, q in queues):
        for topic, queue in queues:
            if not queue or shown >= count:
                continue
            miss = queue.pop(0)
            shown += 1
            chains = miss["shared_chains"]
            names = [details[topic]["descriptors"].get(c, c) for c in chains]
            print(f"\nmissed {miss['docs'][0]} ~ {miss['docs'][1]} (topic {topic}); shared: {', '.join(names[:4])}")
            for doc in miss["docs"]:
                on_chain = [c for c in miss["claims"].get(doc, []) if set(c["gold_chains_strict"]) & set(chains)]
                if not on_chain:
                    print(f"  {doc}: no claim's trigger on a shared chain (of the first claims listed)")
                for c in on_chain[:3]:
                    when = (c.get("time") or {}).get("start")
                    print(f"  {doc}: {c['kind']} @ {when} | {c['text'][:110]}")


if __name__ == "__main__":
    raise SystemExit(main())
