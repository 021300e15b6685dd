"""Re-count the wave-15 audit's hand-judged FINDINGS on the current build: of the findings the
audit judged false, how many are still made; of those it judged true, how many are kept; how many
findings are new (not judged).

The audit (audit15.md, "Findings") judged every finding of eight folders of real news nobody here
wrote: ECB+ topics 10, 24, 20 and 7 (each topic one JSON Lines file of ``id`` and ``text`` records
in ``evaluate.py``'s document order, so that lines match the audit's) and four stories told by two
or three clean-bench pages. ``bench/audit15_findings.tsv`` keeps each judged finding (kind,
documents, every ``document:line`` it quoted) with its verdicts. This script rebuilds the folders
from ``../shared``, runs the whole check on each (the library API, as ``crosscheck FOLDER`` would),
and finds each judged finding again: a finding of the same kind whose documents include the judged
one's and that quotes at least one of the same lines in each of them. A finding that folds two
judged ones together (one event told as two agreements before) holds both.

Each finding made now is counted once: true when it holds a finding the audit judged true, false
when it holds only false ones, a repeat when every judged finding it holds is held by an earlier
finding (a split or duplicated finding), new when it holds none. A new finding may be true or false, so
precision on these folders lies between "every new finding is false" and "every new finding is
true" (and so for repeats: a finding may quote a judged one's sentence for another fact); the judged
ones are the part we know.

    .venv/bin/python bench/audit_findings.py [--show]
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from collections import Counter
from pathlib import Path

import crosscheck
from ecb_corpus import DEFAULT_ECB, load_evaluator, write_audited_topic

ROOT = Path(__file__).resolve().parent.parent
JUDGED = Path(__file__).resolve().parent / "audit15_findings.tsv"
DEFAULT_CLEAN = ROOT.parent / "shared" / "benchmarks" / "clean" / "pages"
# The clean-bench pages of each story the audit grouped (page ids, first 16 hex digits).
STORIES = {
    "story_plague": ("432362af0be43f6d", "ba4dfe2d3e817ff7", "ea25dd7edff4d279"),
    "story_nasa": ("c50845a7158af12e", "d1c57d7821e5a5b2"),
    "story_doobie": ("9cb8224b660f36c9", "ac1bfdd4c510f679"),
    "story_meth": ("776a1c046798b474", "c13b9c0e04fb28d4"),
}
ECB_TOPICS = ("10", "24", "20", "7")


def judged_findings(path: Path = JUDGED) -> list[dict]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        row["documents"] = frozenset(row["documents"].split(";"))
        row["lines"] = _lines_by_document(pair.rsplit(":", 1) for pair in row["quotes"].split(";") if pair)
    return rows


def _lines_by_document(pairs) -> dict[str, set[int]]:
    out: dict[str, set[int]] = {}
    for document, line in pairs:
        out.setdefault(document, set()).add(int(line))
    return out


def build_folders(clean: Path, ecb: Path, tmp: Path) -> dict[str, Path]:
    """The audit's eight folders under ``tmp``: clean pages linked, ECB+ topics written as JSON Lines."""
    folders: dict[str, Path] = {}
    pages = {page.name[:16]: page for page in clean.iterdir()}
    for name, ids in STORIES.items():
        folder = folders[name] = tmp / name
        folder.mkdir()
        for page_id in ids:
            (folder / pages[page_id].name).symlink_to(pages[page_id].resolve())
    ev = load_evaluator(ecb)
    for topic in ECB_TOPICS:
        folder = folders[f"ecb{topic}"] = tmp / f"ecb{topic}"
        folder.mkdir()
        write_audited_topic(ev, ecb, topic, folder / f"topic_{topic}.jsonl")
    return folders


def same_finding(finding, judged: dict) -> bool:
    """Whether ``finding`` still says what the judged finding said (it may say more)."""
    if finding.kind != judged["kind"] or not judged["documents"] <= frozenset(finding.documents):
        return False
    quoted = _lines_by_document((q.document, q.line) for q in finding.quotes)
    return all(quoted.get(document, set()) & lines for document, lines in judged["lines"].items())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clean", type=Path, default=DEFAULT_CLEAN)
    ap.add_argument("--ecb", type=Path, default=DEFAULT_ECB)
    ap.add_argument("--show", action="store_true", help="list the false and new findings made and the true ones lost")
    args = ap.parse_args()
    if not args.clean.is_dir() or not (args.ecb / "evaluate.py").is_file():
        print(f"audit_findings: needs the clean pages ({args.clean}) and ECB+ ({args.ecb}); not found", file=sys.stderr)
        return 2
    judged = judged_findings()
    found: dict[str, object] = {}
    made: list[tuple[str, object, list[dict]]] = []  # (folder, finding, the judged findings it holds)
    with tempfile.TemporaryDirectory(prefix="audit_findings_") as tmp:
        for name, folder in build_folders(args.clean, args.ecb, Path(tmp)).items():
            of_folder = [j for j in judged if j["folder"] == name]
            for finding in crosscheck.check(folder).findings:
                holds = [j for j in of_folder if same_finding(finding, j)]
                held = [j for j in holds if j["id"] not in found]
                made.append((name, finding, held if held or not holds else [REPEAT]))
                for j in held:
                    found[j["id"]] = finding
    true = [j for j in judged if j["true"] == "1"]
    false = [j for j in judged if j["true"] == "0"]
    wanted = [j for j in true if j["wanted"] == "1"]
    print(f"judged findings: {len(judged)} ({len(true)} true, {len(false)} false; {len(wanted)} true and wanted)")
    print(f"judged true still said: {sum(j['id'] in found for j in true)}/{len(true)}; true and wanted: "
          f"{sum(j['id'] in found for j in wanted)}/{len(wanted)}; judged false still said: "
          f"{sum(j['id'] in found for j in false)}/{len(false)}")
    verdicts = Counter(verdict(held) for _, _, held in made)
    print(f"findings made now: {len(made)}: true (hold a judged true one) {verdicts['true']}, false (hold only judged "
          f"false ones) {verdicts['false']}, repeat (say again what an earlier one says) {verdicts['repeat']}, "
          f"new {verdicts['new']}")
    unknown = verdicts["new"] + verdicts["repeat"]
    print(f"precision of the findings made: {verdicts['true'] / max(1, len(made)):.2f} if every new one and repeat is false, "
          f"{(verdicts['true'] + unknown) / max(1, len(made)):.2f} if every one is true  "
          f"(audit: {len(true)}/{len(judged)} = {len(true) / len(judged):.2f})")
    for kind in sorted({j["kind"] for j in judged} | {f.kind for _, f, _ in made}):
        now = Counter(verdict(held) for _, f, held in made if f.kind == kind)
        print(f"  {kind:14} made {sum(now.values()):3}: true {now['true']:3}, false {now['false']:3}, "
              f"repeat {now['repeat']:3}, new {now['new']:3}"
              f"   (audit: {sum(j['kind'] == kind and j['true'] == '1' for j in judged)} true of "
              f"{sum(j['kind'] == kind for j in judged)})")
    if args.show:
        for name, finding, held in made:
            kind_of = verdict(held)
            if kind_of != "true":
                causes = ",".join(sorted({j["causes"] for j in held if j["causes"]}))
                print(f"  {kind_of:6} {name} {finding.kind} [{causes}] {finding.summary[:110]}")
        for j in true:
            if j["id"] not in found:
                print(f"  lost  {j['id']} {j['summary'][:110]}")
    return 0


# What a finding holds when every judged finding it holds is already held by an earlier one.
REPEAT = {"id": "", "true": "", "causes": "said again"}


def verdict(held: list[dict]) -> str:
    if held == [REPEAT]:
        return "repeat"
    if any(j["true"] == "1" for j in held):
        return "true"
    return "false" if held else "new"


if __name__ == "__main__":
    sys.exit(main())
