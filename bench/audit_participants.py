"""Count, on the wave-15 audit's folders, the claims whose participants are a demonym or a place.

The audit (audit15.md, cause 5) found 277 of 9,462 claims with a demonym mention ("French police",
"the Ukrainian") as a non-place participant: a demonym names a nationality, not who took part, and
a place is the claim's place or nothing. This script rebuilds the audit's inputs as
``audit_recount.py`` does (the 91 clean-bench pages; ECB+ topics 10, 24, 20 and 7 as one JSON Lines
file each), extracts them in this process and counts, per folder and in all:

  * claims with a demonym mention (``adjective: true``) among their agents or patients;
  * claims with a place mention (not a demonym) among their agents or patients;
  * claims with a participant (any) and the participant lists' mean length.

    .venv/bin/python bench/audit_participants.py [--show N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from audit_recount import DEFAULT_CLEAN, ECB_TOPICS
from crosscheck.models import EntityValue
from crosscheck.pipeline import extract_documents
from crosscheck.rules import load_rules
from ecb_corpus import DEFAULT_ECB, load_evaluator, write_audited_topic


def _documents_by_folder(clean: Path, ecb: Path, tmp: Path, rules) -> dict[str, list]:
    """The extracted documents of each audited folder (the same inputs as audit_recount)."""
    out = {"clean_all": extract_documents(sorted(clean.iterdir()), rules)[0]}
    ev = load_evaluator(ecb)
    for topic in ECB_TOPICS:
        path = write_audited_topic(ev, ecb, topic, tmp / f"topic_{topic}.jsonl")
        out[f"ecb{topic}"] = extract_documents([path], rules)[0]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clean", type=Path, default=DEFAULT_CLEAN)
    ap.add_argument("--ecb", type=Path, default=DEFAULT_ECB)
    ap.add_argument("--show", type=int, default=0, help="list this many offending arguments per kind")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="audit_participants_") as tmp:
        folders = _documents_by_folder(args.clean, args.ecb, Path(tmp), load_rules())
    totals = {"claims": 0, "demonym": 0, "place": 0, "with": 0, "names": 0}
    shown = {"demonym": [], "place": []}
    for folder, docs in folders.items():
        counts = {k: 0 for k in totals}
        for ed in docs:
            by_id = {m.id: m for m in ed.mentions}
            for claim in ed.claims:
                counts["claims"] += 1
                counts["with"] += bool(claim.participants)
                counts["names"] += len(claim.participants)
                kinds = set()
                for a in claim.arguments:
                    m = by_id.get(a.mention or "")
                    if a.role not in ("agent", "patient") or m is None or not isinstance(m.value, EntityValue):
                        continue
                    kind = "demonym" if m.value.adjective else "place" if m.kind == "place" else None
                    if kind:
                        kinds.add(kind)
                        shown[kind].append(f"{ed.document.id}:{claim.line} {a.role} {m.text!r} in {claim.text[:110]!r}")
                for kind in kinds:
                    counts[kind] += 1
        for k in totals:
            totals[k] += counts[k]
        print(f"{folder:10} claims {counts['claims']:5}  demonym participant {counts['demonym']:4}  "
              f"place participant {counts['place']:4}  with participants {counts['with']:5}  "
              f"mean {counts['names'] / max(1, counts['with']):.2f}")
    print(f"{'all':10} claims {totals['claims']:5}  demonym participant {totals['demonym']:4}  "
          f"place participant {totals['place']:4}  with participants {totals['with']:5}  "
          f"mean {totals['names'] / max(1, totals['with']):.2f}")
    for kind, rows in shown.items():
        for row in rows[: args.show]:
            print(f"  {kind}: {row}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
