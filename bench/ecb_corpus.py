"""The ECB+ topics as crosscheck input, shared by the benches that read them in process.

``../shared/benchmarks/ecbplus/evaluate.py`` is the benchmark's own reader (documents as text,
title lines, gold mentions and chains); a bench loads it as a module with
:func:`load_evaluator`, picks topics with :func:`select_topics` and writes each topic as one
JSON Lines file of articles, one record per document, with :func:`payload`: the same records
``evaluate.py`` gives the CLI, so the in-process benches read what the full bench reads.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

DEFAULT_ECB = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "ecbplus"


def load_evaluator(ecb: Path):
    """The benchmark's own ``evaluate.py`` as a module, for its corpus reader and gold tests."""
    spec = importlib.util.spec_from_file_location("ecb_evaluate", ecb / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["ecb_evaluate"] = module
    spec.loader.exec_module(module)
    return module


def select_topics(topics_dir: Path, wanted: str) -> list[str]:
    """Topic folders in numeric order: "all", "first:N", or a comma list ("1,3")."""
    topics = sorted((d.name for d in topics_dir.iterdir() if d.name.isdigit()), key=int)
    if wanted.startswith("first:"):
        return topics[: int(wanted.split(":")[1])]
    if wanted != "all":
        chosen = set(wanted.split(","))
        return [t for t in topics if t in chosen]
    return topics


def record(doc) -> dict:
    """One document as an article record: id, text, and the title, date and url it has."""
    rec = {"id": doc.name, "text": doc.text}
    if doc.title:
        rec["title"] = doc.title
    if doc.published:
        rec["published"] = doc.published
    if doc.url:
        rec["url"] = doc.url
    return rec


def payload(docs) -> str:
    """A topic's documents as JSON Lines, one record per line."""
    return "".join(json.dumps(record(d), ensure_ascii=False) + "\n" for d in docs)


def write_audited_topic(ev, ecb: Path, topic: str, path: Path) -> Path:
    """One ECB+ topic written to ``path`` as the wave-15 audit read it, and ``path``.

    The audit judged crosscheck's output on records of id and text only (no title, date or url)
    with the ECB documents before the ECB+ ones, each in number order; its re-counting benches
    (audit_recount, audit_findings, audit_participants) must read exactly those inputs, or a
    judged claim's line numbers would no longer match.
    """
    paths = sorted((ev.find_topics_dir(ecb) / topic).glob("*.xml"),
                   key=lambda p: (p.name.endswith("ecbplus.xml"), int(re.search(r"_(\d+)ecb", p.name).group(1))))
    path.write_text("".join(json.dumps({"id": d.name, "text": d.text}, ensure_ascii=False) + "\n"
                            for d in map(ev.Doc, paths)), encoding="utf-8")
    return path
