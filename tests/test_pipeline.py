"""The whole pipeline on the seeds: golden reports, determinism, provenance, nothing from furniture.

Golden files are reviewed, not regenerated blindly: after an intended change, run
``UPDATE_GOLDEN=1 pytest tests/test_pipeline.py`` and read the diff before committing it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from crosscheck.pipeline import check
from crosscheck.report import render

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"


@pytest.fixture(scope="module")
def seeds_report():
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        yield check(["seeds"])
    finally:
        os.chdir(cwd)


@pytest.mark.parametrize(("fmt", "name"), [("json", "seeds_report.json"), ("text", "seeds_report.txt")])
def test_seeds_report_matches_golden(seeds_report, fmt, name):
    rendered = render(seeds_report, fmt)
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(rendered, encoding="utf-8")
    assert rendered == path.read_text(encoding="utf-8"), f"{name} changed; review, then UPDATE_GOLDEN=1"


def test_same_input_gives_byte_identical_report(seeds_report):
    os.chdir(ROOT)
    assert render(check(["seeds"]), "json") == render(seeds_report, "json")


def test_every_mention_and_claim_points_at_its_text_in_the_original_file(seeds_report):
    docs = {d.document.id: d.document for d in seeds_report.extracted}
    for mention in seeds_report.mentions:
        doc = docs[mention.document]
        assert doc.text[mention.start : mention.end] == mention.text
        original_line = Path(ROOT, doc.path).read_text(encoding="utf-8").split("\n")[mention.line - 1]
        assert mention.text.split("\n")[0] in original_line
    for claim in seeds_report.claims:
        doc = docs[claim.document]
        assert doc.text[claim.start : claim.end] == claim.text
        assert doc.line_of(claim.start) == claim.line


def test_nothing_is_extracted_outside_the_article_bodies(seeds_report):
    """Claims and mentions come from the body; only people are also read in the headline, and
    no claim rests on a headline mention."""
    docs = {d.document.id: d.document for d in seeds_report.extracted}
    headline_ids = set()
    for item in [*seeds_report.mentions, *seeds_report.claims]:
        body = docs[item.document].body
        if getattr(item, "zone", None) == "headline" and getattr(item, "kind", None) == "person":
            zones = [z for z in docs[item.document].furniture if z.kind == "headline"]
            assert any(z.start <= item.start and item.end <= z.end for z in zones), item.text
            headline_ids.add(item.id)
            continue
        assert any(span.start <= item.start and item.end <= span.end for span in body), item.text
    assert headline_ids, "the seeds name people in their headlines"
    assert not any(headline_ids & set(claim.mentions) for claim in seeds_report.claims)


def test_json_contract_fields(seeds_report):
    data = json.loads(render(seeds_report, "json"))
    assert data["schema"] == "crosscheck/report-1"
    assert {"id", "path", "title", "published", "outlet", "credit", "authors"} <= set(data["documents"][0])
    mention = data["mentions"][0]
    assert {"id", "document", "kind", "text", "start", "end", "line", "value"} <= set(mention)
    times = [m for m in data["mentions"] if m["kind"] == "time"]
    assert all({"start", "end", "granularity"} <= set(m["value"]) for m in times)
    assert all({"id", "fingerprint", "kind", "summary", "documents", "claims"} <= set(f) for f in data["findings"])
