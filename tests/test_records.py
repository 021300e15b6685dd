"""Records hold a run's sentences, mentions and claims in the parent: the same fields as their
models, read the same way, dumped to the same bytes."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from crosscheck.models import Claim, Mention, QuantityValue, TextSpan, sharing_strings
from crosscheck.pipeline import RunOptions, check, extract_documents
from crosscheck.records import ClaimRecord, MentionRecord, Record, as_model, as_record
from crosscheck.report import render
from crosscheck.rules import load_rules


def _claim() -> Claim:
    return Claim(id="a#c1", document="a", kind="attack", text="Rebels killed 12 people.", start=0, end=24, line=3,
                 sentence=0, mentions=["a#m1"], figures=[QuantityValue(low=12, high=12, unit="people", exact="12 people")],
                 trigger=TextSpan(start=7, end=13, text="killed", role="trigger"),
                 arguments=[TextSpan(start=14, end=23, text="12 people", role="figure", mention="a#m1")])


def test_a_claim_record_reads_and_dumps_as_its_model():
    claim = _claim()
    record = as_record(claim)
    assert type(record) is ClaimRecord and type(record.trigger).__name__ == "TextSpanRecord"
    assert record.kind == "attack" and record.figures[0].exact == "12 people" and record.arguments[0].mention == "a#m1"
    assert record == claim and as_model(record) == claim
    assert record.model_dump(mode="json") == claim.model_dump(mode="json")
    assert as_model(record).model_dump_json() == claim.model_dump_json()


@pytest.mark.parametrize("arguments", ["list", "tuple", "models"])
def test_a_records_compiled_model_is_what_the_generic_construct_builds(arguments):
    """``Record.model`` is compiled per record class (straight-line code); it must build what
    the generic method builds: the same fields in order, lists (a tuple the run made listed),
    nested records as models, every field set."""
    record = as_record(_claim())
    if arguments == "tuple":
        record.arguments = tuple(record.arguments)
    elif arguments == "models":
        record.arguments = [as_model(span) for span in record.arguments]
    compiled, generic = record.model(), Record.model(record)
    assert type(record).model is not Record.model
    assert compiled == generic and list(compiled.__dict__) == list(generic.__dict__)
    assert compiled.model_fields_set == generic.model_fields_set == set(Claim.model_fields)
    assert type(compiled.arguments) is list and all(type(span) is TextSpan for span in compiled.arguments)
    assert type(compiled.trigger) is TextSpan and compiled.model_dump_json() == _claim().model_dump_json()
    compiled.line = 7  # a field set already: the shared set of set fields is not grown
    assert record.model().line == 3 and record.model().model_fields_set == set(Claim.model_fields)


def test_records_pickle_as_values_and_copy_with_updates():
    record = as_record(_claim())
    again = pickle.loads(pickle.dumps(record))
    assert again == record and again is not record
    moved = record.model_copy(update={"line": 9})
    assert moved.line == 9 and record.line == 3 and moved.trigger is record.trigger
    assert not hasattr(record, "__dict__")  # slots: no dict per record


def test_a_mention_record_takes_a_new_value_in_place():
    mention = as_record(Mention(id="a#m1", document="a", kind="quantity", text="12", start=0, end=2, line=1, sentence=0,
                                value=QuantityValue(low=12, high=12, unit="", exact="12")))
    assert type(mention) is MentionRecord
    mention.kind = "person"
    assert as_model(mention).kind == "person"


@pytest.fixture(scope="module")
def articles(generated_corpus) -> Path:
    return generated_corpus(20, 5)


def test_a_run_holds_records_and_its_compact_report_writes_the_same_bytes(articles):
    rules = load_rules([])
    docs, _ = extract_documents([articles], rules, options=RunOptions(jobs=1))
    assert all(isinstance(item, Record) for ed in docs for item in (*ed.sentences, *ed.mentions, *ed.claims))
    modelled = check([articles], rules=rules)
    compact = check([articles], rules=rules, compact=True)
    assert all(isinstance(c, Claim) for c in modelled.claims)
    assert all(isinstance(c, ClaimRecord) for c in compact.claims)
    for fmt in ("json", "jsonl", "markdown", "csv"):
        assert render(compact, fmt) == render(modelled, fmt), fmt


def test_records_and_models_unpickled_while_sharing_strings_share_equal_texts_but_not_ids():
    """The parent receives each article pickled on its own: inside ``sharing_strings`` the words
    that recur across articles become one object each; ids stay their own, values stay equal."""
    first, second = as_record(_claim()), as_record(_claim().model_copy(update={"id": "b#c1", "document": "b"}))
    blobs = [pickle.dumps(first), pickle.dumps(second)]
    with sharing_strings():
        one, two = (pickle.loads(blob) for blob in blobs)
    assert one == first and two == second
    assert one.kind is two.kind and one.text is two.text and one.trigger.text is two.trigger.text
    assert one.figures[0].unit is two.figures[0].unit  # a model inside a record: shared too
    same_id = pickle.loads(pickle.dumps(first))
    with sharing_strings():
        kept = [pickle.loads(blob) for blob in (pickle.dumps(first), pickle.dumps(same_id))]
    assert kept[0].id == kept[1].id and kept[0].id is not kept[1].id  # ids are each their own
    outside = [pickle.loads(blob) for blob in blobs]
    assert outside[0].kind is not outside[1].kind  # no table once the block ends


def test_a_compacted_documents_zones_are_records_read_as_zones():
    from crosscheck.models import Document, ExtractedDocument, LineMap, Zone
    from crosscheck.records import ZoneRecord, compact_document

    zones = [Zone(start=0, end=5, kind="headline", evidence="the first line"), Zone(start=7, end=20)]
    furniture = [Zone(start=21, end=30, kind="furniture", evidence="a share bar")]
    document = Document(id="a", path="a.txt", format="text", encoding="utf-8", text="x" * 30, lines=LineMap(),
                        body=zones, furniture=furniture)
    ed = compact_document(ExtractedDocument(document=document))
    assert all(type(z) is ZoneRecord for z in (*ed.document.body, *ed.document.furniture))
    assert ed.document.body == zones and ed.document.furniture[0].evidence == "a share bar"
    assert ed.document.body_text(("headline",)) == "xxxxx"
    assert pickle.loads(pickle.dumps(ed)).document.body == zones


def test_records_read_their_text_by_offset_from_their_documents_text():
    """A compacted document's sentences, mentions, claims and spans hold its one text, not copies
    of their words; they read and dump the same, and the text is one object after a round trip."""
    from crosscheck.models import Document, ExtractedDocument, LineMap, Sentence
    from crosscheck.records import DocumentText, compact_document

    text = "Headline\n\nRebels killed 12 people."
    claim = _claim().model_copy(update={"start": 10, "end": 34, "trigger": TextSpan(start=17, end=23, text="killed", role="trigger"),
                                        "arguments": [TextSpan(start=24, end=33, text="12 people", role="figure", mention="a#m1")]})
    mention = Mention(id="a#m1", document="a", kind="quantity", text="12 people", start=24, end=33, line=3, sentence=0,
                      value=QuantityValue(low=12, high=12, unit="people", exact="12 people"))
    odd = mention.model_copy(update={"id": "a#m2", "text": "twelve"})  # not the text at its offsets: kept as it is
    sentence = Sentence(document="a", index=0, paragraph=1, start=10, end=34, line=3, text="Rebels killed 12 people.")
    document = Document(id="a", path="a.txt", format="text", encoding="utf-8", text=text, lines=LineMap())
    ed = compact_document(ExtractedDocument(document=document, sentences=[sentence], mentions=[mention, odd], claims=[claim]))
    assert type(ed.document.text) is DocumentText
    record, read, kept = ed.claims[0], ed.mentions[0], ed.mentions[1]
    assert record.reads_by_offset and record.trigger.reads_by_offset and read.reads_by_offset and not kept.reads_by_offset
    assert (record.text, record.trigger.text, read.text, kept.text) == ("Rebels killed 12 people.", "killed", "12 people", "twelve")
    assert as_model(record) == claim and as_model(kept) == odd and ed.sentences[0] == sentence
    assert type(as_model(read).text) is str and as_model(read).model_dump_json() == mention.model_dump_json()
    again = pickle.loads(pickle.dumps(ed))
    held = again.document.text
    assert any(v is held for v in again.claims[0].stored()) and any(v is held for v in again.mentions[0].stored())
    assert again.claims[0].text == "Rebels killed 12 people." and again.mentions == ed.mentions


def test_the_values_a_compacted_document_keeps_share_their_sets_of_set_fields():
    """After compaction the map shares the sets of set fields of the models a document keeps: a
    mention's value and a claim's figures given the same fields hold one set between them, each
    still its own to grow (a field assigned later copies it)."""
    from crosscheck.models import Document, ExtractedDocument, LineMap
    from crosscheck.records import compact_document, share_kept_fields_sets

    def figure() -> QuantityValue:
        return QuantityValue(low=12, high=12, unit="people", exact="12 people")  # validated: a set of its own

    text = "Rebels killed 12 people."
    mention = Mention(id="a#m1", document="a", kind="quantity", text="12 people", start=14, end=23, line=3, sentence=0,
                      value=figure())
    claim = _claim().model_copy(update={"figures": [figure()]})
    document = Document(id="a", path="a.txt", format="text", encoding="utf-8", text=text, lines=LineMap())
    ed = share_kept_fields_sets(compact_document(ExtractedDocument(document=document, mentions=[mention], claims=[claim])))
    value, claimed = ed.mentions[0].value, ed.claims[0].figures[0]
    assert value is not claimed and value.__pydantic_fields_set__ is claimed.__pydantic_fields_set__
    value.noun = "people"
    assert "noun" in value.model_fields_set and "noun" not in claimed.model_fields_set
