"""Re-count the wave-15 audit's hand-judged claims on the current build: how many of its wrong
triggers and wrong modalities remain.

The audit (audit15.md) judged 150 claims of real news nobody here wrote, 90 from the clean bench
pages and 15 from each of ECB+ topics 10, 24, 20 and 7; ``bench/audit15_claims.tsv`` keeps each
judged claim (document, line, sentence, trigger word and offset, the modality and polarity the
audited build gave) with its verdicts. This script rebuilds the same inputs from ``../shared`` (the
clean pages as they are; each ECB+ topic as one JSON Lines file of ``id`` and ``text`` records
in ``evaluate.py``'s document order, as the audit wrote them, so that lines match), runs
extraction in this process (no comparison) and finds each judged claim again by its document
and its trigger's offset and word:

  * non-event triggers: of the claims judged to name no happening, how many still make a claim
    (the fewer the better);
  * event triggers kept: of the claims judged to be events, how many still make one;
  * trigger precision: events kept / all judged claims still made;
  * modality: of the event claims still made, how many have a right modality and polarity now,
    counting a judged-right one as right when it is unchanged and a judged-wrong one as right
    when it changed (an estimate: a changed modality may still be wrong; ``--show`` lists them).

    .venv/bin/python bench/audit_recount.py [--show]
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from pathlib import Path

from crosscheck.pipeline import extract_documents
from crosscheck.rules import load_rules
from ecb_corpus import DEFAULT_ECB, load_evaluator, write_audited_topic

ROOT = Path(__file__).resolve().parent.parent
JUDGED = Path(__file__).resolve().parent / "audit15_claims.tsv"
DEFAULT_CLEAN = ROOT.parent / "shared" / "benchmarks" / "clean" / "pages"
ECB_TOPICS = ("10", "24", "20", "7")


def judged_claims(path: Path = JUDGED) -> list[dict]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _claims_by_folder(clean: Path, ecb: Path, tmp: Path, rules) -> dict[str, list]:
    """Every claim of each audited folder: the clean pages, and each ECB+ topic as one file."""
    out = {"clean_all": [c for ed in extract_documents(sorted(clean.iterdir()), rules)[0] for c in ed.claims]}
    ev = load_evaluator(ecb)
    for topic in ECB_TOPICS:
        path = write_audited_topic(ev, ecb, topic, tmp / f"topic_{topic}.jsonl")
        out[f"ecb{topic}"] = [c for ed in extract_documents([path], rules)[0] for c in ed.claims]
    return out


def _same(claim, judged: dict) -> bool:
    return claim.trigger is not None and claim.document.startswith(judged["document"]) \
        and str(claim.trigger.start) == judged["trigger_start"] and claim.trigger.text == judged["trigger"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clean", type=Path, default=DEFAULT_CLEAN)
    ap.add_argument("--ecb", type=Path, default=DEFAULT_ECB)
    ap.add_argument("--show", action="store_true", help="list the judged claims whose outcome changed")
    args = ap.parse_args()
    if not args.clean.is_dir() or not (args.ecb / "evaluate.py").is_file():
        print(f"audit_recount: needs the clean pages ({args.clean}) and ECB+ ({args.ecb}); not found", file=sys.stderr)
        return 2
    judged = judged_claims()
    with tempfile.TemporaryDirectory(prefix="audit_recount_") as tmp:
        claims = _claims_by_folder(args.clean, args.ecb, Path(tmp), load_rules())
    non_event = [j for j in judged if j["event"] == "0"]
    events = [j for j in judged if j["event"] == "1"]
    found = {j["id"]: next((c for c in claims[j["folder"]] if _same(c, j)), None) for j in judged}
    non_event_left = [j for j in non_event if found[j["id"]] is not None]
    events_kept = [j for j in events if found[j["id"]] is not None]
    print(f"judged claims: {len(judged)} ({len(events)} events, {len(non_event)} non-event triggers)")
    print(f"non-event triggers still claimed: {len(non_event_left)}/{len(non_event)}")
    print(f"event triggers still claimed: {len(events_kept)}/{len(events)}")
    made = len(events_kept) + len(non_event_left)
    print(f"trigger is an event (judged claims still made): {len(events_kept)}/{made} = {len(events_kept) / max(1, made):.2f}"
          f"  (audit: {len(events)}/{len(judged)} = {len(events) / len(judged):.2f})")
    right, changed = 0, []
    for j in events_kept:
        claim = found[j["id"]]
        moved = (claim.modality, claim.polarity) != (j["modality_was"], j["polarity_was"])
        right += moved if j["modality"] == "0" else not moved
        if moved:
            changed.append((j, claim))
    was_right = sum(j["modality"] == "1" for j in events)
    print(f"modality and polarity right (event claims still made): {right}/{len(events_kept)} = {right / max(1, len(events_kept)):.2f}"
          f"  (audit: {was_right}/{len(events)} = {was_right / max(1, len(events)):.2f})")
    wrong_left = sum(1 for j in events_kept if j["modality"] == "0" and (found[j["id"]].modality, found[j["id"]].polarity)
                     == (j["modality_was"], j["polarity_was"]))
    print(f"wrong modalities left unchanged: {wrong_left}/{sum(j['modality'] == '0' for j in events)}")
    if args.show:
        for j, claim in changed:
            verdict = "fixed?" if j["modality"] == "0" else "REGRESSED"
            print(f"  {verdict:9} {j['id']} {j['trigger']!r}: {j['modality_was']}/{j['polarity_was']} -> "
                  f"{claim.modality}/{claim.polarity} | {j['text'][:100]}")
        for j in non_event_left:
            print(f"  non-event {j['id']} {j['trigger']!r} [{j['tags']}] | {j['text'][:100]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
