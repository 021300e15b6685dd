"""Equal values share one object in the parent of a run, and the report does not change."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck.compare import compare
from crosscheck.models import Claim, EntityValue, ExtractedDocument, Mention, QuantityValue, TextSpan
from crosscheck.pipeline import RunOptions, build_report, extract_documents
from crosscheck.report import render
from crosscheck.rules import load_rules
from crosscheck.scale.sharing import ValueTable, share_document_spans, share_equal_values, share_received_values


@pytest.fixture(scope="module")
def articles(generated_corpus) -> Path:
    return generated_corpus(24, 11)


def _entity(name: str) -> EntityValue:
    return EntityValue.model_construct(entity=f"name:{name.lower()}", canonical=name, type="person")


def _document(doc_id: str, figures: list[QuantityValue]) -> ExtractedDocument:
    from crosscheck.models import Document, LineMap

    document = Document.model_construct(id=doc_id, path=f"{doc_id}.txt", format="text", encoding="utf-8", text="x",
                                        lines=LineMap())
    mention = Mention.model_construct(id=f"{doc_id}#m1", document=doc_id, kind="person", text="Ada", start=0, end=3,
                                      line=1, sentence=0, value=_entity("Ada"))
    claim = Claim.model_construct(id=f"{doc_id}#c1", document=doc_id, kind="attack", text="x", start=0, end=1, line=1,
                                  sentence=0, figures=figures,
                                  trigger=TextSpan.model_construct(start=0, end=1, text="x", role=None, mention=None))
    return ExtractedDocument.model_construct(document=document, mentions=[mention], claims=[claim])


def test_equal_values_of_different_documents_become_one_object():
    a, b = _document("a", []), _document("b", [])
    table = share_equal_values([a, b])
    assert a.mentions[0].value is b.mentions[0].value
    assert len(table) == 1  # spans are the map's to share, within their document (share_document_spans)


def test_the_equal_spans_of_one_documents_claims_become_one_object():
    from crosscheck.records import compact_document

    doc = _document("a", [])
    agent = TextSpan.model_construct(start=0, end=3, text="Ada", role="agent", mention="a#m1")
    other = doc.claims[0].model_copy(update={"id": "a#c2", "trigger": doc.claims[0].trigger.model_copy(),
                                             "arguments": [agent.model_copy()]})
    doc.claims[0].arguments = [agent]
    doc.claims.append(other)
    share_document_spans(compact_document(doc))
    first, second = doc.claims
    assert first.trigger is second.trigger and first.arguments[0] is second.arguments[0]
    assert first.arguments[0].model() == agent


def test_values_that_differ_or_were_set_differently_stay_apart():
    table = ValueTable()
    ada, bob = _entity("Ada"), _entity("Bob")
    assert table.same(ada) is ada and table.same(bob) is bob
    unset = QuantityValue.model_construct(unit="people", exact="3")
    given = QuantityValue.model_construct(unit="people", exact="3", low=None)  # 'low' set, to the same value
    assert table.same(unset) is unset and table.same(given) is given


def test_two_equal_figures_of_one_claim_become_one_object():
    first = QuantityValue.model_construct(low=3.0, high=3.0, unit="people", exact="3")
    second = QuantityValue.model_construct(low=3.0, high=3.0, unit="people", exact="3")
    doc = _document("a", [first, second])
    share_equal_values([doc])
    assert doc.claims[0].figures[0] is doc.claims[0].figures[1]


def test_received_documents_share_their_values():
    """As map results arrive, equal figures and entity values of two documents become one object."""
    from crosscheck.records import compact_document

    a = compact_document(_document("a", [QuantityValue.model_construct(low=3.0, high=3.0, unit="people", exact="3")]))
    b = compact_document(_document("b", [QuantityValue.model_construct(low=3.0, high=3.0, unit="people", exact="3")]))
    table = ValueTable()
    share_received_values([a], table)
    share_received_values([b], table)
    assert a.claims[0].figures[0] is b.claims[0].figures[0]
    assert a.mentions[0].value is b.mentions[0].value


def test_a_run_shares_received_values_before_linking(articles, monkeypatch):
    """The pipeline shares values as the map's results arrive, before linking: the figures of
    different documents with one value are one object when linking starts."""
    import crosscheck.pipeline as pipeline

    shared_before_linking = []
    original = pipeline.link_entities

    def linking(docs, rules):
        objects: dict[tuple, set[int]] = {}  # a figure's value -> the figure objects with it, over every document
        for ed in docs:
            for figure in {id(f): f for c in ed.claims for f in c.figures}.values():
                objects.setdefault(tuple(figure.model_dump().items()), set()).add(id(figure))
        shared_before_linking.append(len(objects) > 0 and all(len(ids) == 1 for ids in objects.values()))
        return original(docs, rules)

    monkeypatch.setattr(pipeline, "link_entities", linking)
    extract_documents([articles], load_rules([]))
    assert shared_before_linking == [True]


def test_compare_tells_a_claims_figures_apart_by_position_not_identity(articles):
    """Every figure of every claim given an equal twin: one findings list whether the twin is
    the same object or a copy (compare reads each figure by its index in the claim)."""
    rules = load_rules([])
    results = []
    for twin in (lambda figure: figure, lambda figure: figure.model_copy()):
        docs, _ = extract_documents([articles], rules, options=RunOptions(jobs=1))
        for ed in docs:
            for claim in ed.claims:
                claim.figures = [f for figure in claim.figures for f in (figure, twin(figure))]
        results.append(compare(docs, rules).model_dump())
    assert any(f["kind"] in ("contradiction", "consistent", "internal") and "figures" in f["subject"]
               for f in results[0]["findings"])
    assert results[0] == results[1]


def test_figure_clashes_return_each_account_with_its_index():
    from types import SimpleNamespace

    from crosscheck.compare.judgement import _figure_clashes

    figure = QuantityValue.model_construct(low=3.0, high=3.0, unit="people", exact="3", noun=None, event=None)
    other = QuantityValue.model_construct(low=9.0, high=9.0, unit="people", exact="9", noun=None, event=None)
    a, b = SimpleNamespace(source="a", published=None), SimpleNamespace(source="b", published=None)
    found = _figure_clashes([(a, figure, 0), (a, figure, 1), (b, other, 0)], False, 14)
    assert sorted((v.source, i) for v, _, i in found["contradiction"]) == [("a", 0), ("a", 1), ("b", 0)]


def test_sharing_changes_neither_the_findings_nor_the_report(articles, monkeypatch):
    rules = load_rules([])
    docs, problems = extract_documents([articles], rules, options=RunOptions(jobs=1))
    shared = render(build_report(docs, compare(docs, rules), problems), "json")
    monkeypatch.setattr("crosscheck.pipeline.share_equal_values", lambda docs: ValueTable())
    docs, problems = extract_documents([articles], rules, options=RunOptions(jobs=1))
    assert render(build_report(docs, compare(docs, rules), problems), "json") == shared


def test_a_run_shares_the_entity_values_of_its_mentions(articles):
    docs, _ = extract_documents([articles], load_rules([]), options=RunOptions(jobs=1))
    values = [m.value for ed in docs for m in ed.mentions if isinstance(m.value, EntityValue)]
    distinct = {(tuple(v.__dict__.values()), frozenset(v.model_fields_set)) for v in values}
    assert len({id(v) for v in values}) == len(distinct) < len(values)


def test_the_entity_ids_linking_gives_claims_of_different_documents_become_one_string():
    from crosscheck.records import compact_document

    a, b = (compact_document(_document(name, [])) for name in "ab")
    for doc in (a, b):
        doc.claims[0].participants = ["".join(["name:", "ada"])]  # made apart, as linking makes them
    assert a.claims[0].participants[0] is not b.claims[0].participants[0]
    share_equal_values([a, b])
    assert a.claims[0].participants == ("name:ada",) and a.claims[0].participants[0] is b.claims[0].participants[0]


def test_a_runs_findings_share_their_sets_of_set_fields_and_keep_each_their_own(articles):
    from crosscheck.pipeline import check

    report = check([articles], rules=load_rules([]), options=RunOptions(jobs=1))
    quotes = [q for f in report.findings for q in f.quotes]
    assert len(quotes) > 1 and len({id(q.model_fields_set) for q in quotes}) < len(quotes)
    assert len({id(f.model_fields_set) for f in report.findings}) < len(report.findings)
    findings = [f for f in report.findings if "preferred" not in f.model_fields_set]
    pair = next((a, b) for a in findings for b in findings if a is not b and a.model_fields_set is b.model_fields_set)
    pair[0].preferred = "changed"  # a model's set grows on its own: the shared one is copied first
    assert "preferred" in pair[0].model_fields_set and "preferred" not in pair[1].model_fields_set
