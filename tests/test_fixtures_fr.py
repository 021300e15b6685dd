"""The French and mixed fixture sets: expectations name real documents, pages are read as French,
and the French figures of the articles come out of the whole pipeline as the expectations assume."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from crosscheck.pipeline import extract_documents
from crosscheck.rules import load_rules

FIXTURES = Path(__file__).parent / "fixtures"
SETS = [("articles_fr", "articles_fr_expected.yaml"), ("articles_mixed", "articles_mixed_expected.yaml")]


@pytest.fixture(scope="module")
def extracted():
    rules = load_rules()
    docs = {}
    for folder, _ in SETS:
        found, _problems = extract_documents([FIXTURES / folder], rules)
        docs.update({d.document.id: d for d in found})
    return docs


@pytest.mark.parametrize("folder, expected", SETS)
def test_expectations_name_documents_of_their_set(folder, expected):
    spec = yaml.safe_load((FIXTURES / expected).read_text(encoding="utf-8"))
    stems = {p.stem for p in (FIXTURES / folder).iterdir()}
    entries = spec["expected"] + spec.get("must_not", [])
    assert entries and all(set(e["documents"]) <= stems for e in entries)
    kinds = {e["kind"] for e in spec["expected"]}
    assert {"agreement", "contradiction", "variant"} <= kinds


def test_french_pages_are_read_as_french(extracted):
    languages = {doc_id: d.document.language for doc_id, d in extracted.items()}
    assert {languages[i] for i in languages if "_fr" in i or i.startswith("fr_")} == {"fr"}
    assert {languages["mx_en_ap"], languages["mx_en_wire"]} == {"en"}


@pytest.mark.parametrize("doc_id, text, low, high, unit, event", [
    ("fr_rfi", "Au moins 21", 21, None, "troops", "killed"),  # a floor: no upper bound
    ("fr_jeuneafrique", "Une dizaine", 8, 12, "troops", "killed"),
    ("fr_actuniger", "Douze", 12, 12, "troops", "killed"),
    ("mx_fr_sputnik", "quelque 1 000", 900, 1100, "troops", "withdrawn"),
    ("mx_en_wire", "about 1,100", 1045, 1155, "troops", "withdrawn"),
    ("mx_en_ap", "Seven", 7, 7, "troops", "killed"),
])
def test_fixture_figures(extracted, doc_id, text, low, high, unit, event):
    figures = [(m.value.low, m.value.high, m.value.unit, m.value.event)
               for m in extracted[doc_id].mentions if m.kind == "quantity" and m.text == text]
    assert (low, high, unit, event) in figures
