"""bench/audit_findings.py: its table of judged findings reads whole; a finding is found again
only by kind, the judged documents and a shared quoted line in each; each finding made is counted
once."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def recount():
    sys.path.insert(0, str(ROOT / "bench"))  # it imports its neighbour ecb_corpus
    spec = importlib.util.spec_from_file_location("audit_findings", ROOT / "bench" / "audit_findings.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _finding(kind, quotes):
    from crosscheck.models import Finding, Quote
    return Finding(fingerprint="f", kind=kind, subject="s", summary="s", documents=sorted({d for d, _ in quotes}),
                   quotes=[Quote(document=d, path=f"{d}.txt", line=n, start=0, end=1, text="x") for d, n in quotes])


def test_the_judged_table_holds_every_judged_finding(recount):
    judged = recount.judged_findings()
    assert len(judged) == 203
    assert {j["folder"] for j in judged} == set(recount.STORIES) | {f"ecb{t}" for t in recount.ECB_TOPICS}
    assert all(j["true"] in ("0", "1") and j["wanted"] in ("0", "1") for j in judged)
    assert all(j["lines"] and set(j["lines"]) <= j["documents"] for j in judged)


@pytest.mark.parametrize("kind, quotes, found", [
    ("agreement", [("a", 3), ("b", 7)], True),              # the same lines
    ("agreement", [("a", 3), ("a", 9), ("b", 7)], True),    # one more quote of the same documents
    ("agreement", [("a", 4), ("b", 7)], False),             # another sentence of document a
    ("agreement", [("a", 3), ("b", 7), ("c", 1)], True),    # folded with a third document's account
    ("agreement", [("a", 3), ("c", 1)], False),             # document b left out
    ("contradiction", [("a", 3), ("b", 7)], False),         # another kind
])
def test_a_finding_is_found_again_by_kind_documents_and_a_shared_line(recount, kind, quotes, found):
    judged = {"kind": "agreement", "documents": frozenset({"a", "b"}), "lines": {"a": {3}, "b": {7}}}
    assert recount.same_finding(_finding(kind, quotes), judged) is found


def test_a_finding_that_holds_only_what_an_earlier_one_holds_is_a_repeat(recount):
    true, false = {"id": "t", "true": "1"}, {"id": "f", "true": "0"}
    assert recount.verdict([true, false]) == "true"
    assert recount.verdict([false]) == "false"
    assert recount.verdict([]) == "new"
    assert recount.verdict([recount.REPEAT]) == "repeat"
