"""The project's fast ``model_construct`` and pickling build the same models as pydantic's own:
same field values in the same order, same set fields, fresh mutable defaults, private attributes
and aliases served by pydantic."""

from __future__ import annotations

import pickle
from datetime import date

from pydantic import BaseModel

from crosscheck.models import Claim, Document, EntityValue, LineMap, Mention, Report, TextSpan, TimeValue


def _pydantic_construct(cls, **values):
    return BaseModel.model_construct.__func__(cls, **values)


CASES = [
    (TextSpan, dict(start=1, end=4, text="Ali", role="agent", mention="m1")),
    (TextSpan, dict(start=1, end=4, text="Ali")),
    (Claim, dict(document="d", kind="attack", text="t", start=0, end=1, line=1, sentence=0)),
    (Claim, dict(document="d", kind="attack", text="t", start=0, end=1, line=1, sentence=0, mentions=["m1"],
                 time=TimeValue(start=date(2024, 1, 2), end=date(2024, 1, 2), granularity="day"), polarity="negative")),
    (Document, dict(id="a", path="a.txt", format="text", encoding="utf-8", text="x", lines=LineMap())),
    (Mention, dict(document="d", kind="time", text="Monday", start=0, end=6, line=1, sentence=0,
                   value=TimeValue(granularity="day"))),
    # Every field, in field order (the shortcut that adopts the keywords as the model's dict) ...
    (Claim, {name: Claim.model_fields[name].get_default(call_default_factory=True) for name in Claim.model_fields}
     | dict(document="d", kind="attack", text="t", start=0, end=1, line=1, sentence=0)),
    # ... and every field out of order (the template's order wins).
    (TextSpan, dict(mention=None, role="place", text="Gao", end=9, start=6)),
]


def test_fast_construct_builds_what_pydantic_builds():
    for cls, values in CASES:
        fast, plain = cls.model_construct(**values), _pydantic_construct(cls, **values)
        assert fast == plain
        assert list(fast.__dict__) == list(plain.__dict__)
        assert fast.model_fields_set == plain.model_fields_set
        assert fast.model_dump_json() == plain.model_dump_json()


def test_fast_construct_gives_each_model_its_own_mutable_defaults():
    first = Claim.model_construct(document="d", kind="k", text="t", start=0, end=1, line=1, sentence=0)
    second = Claim.model_construct(document="d", kind="k", text="t", start=0, end=1, line=1, sentence=0)
    first.mentions.append("m1")
    assert second.mentions == []


def test_unknown_or_aliased_names_follow_pydantic():
    assert TextSpan.model_construct(start=1, end=2, text="x", bogus=3).model_fields_set == {"start", "end", "text"}
    assert Report.model_construct(schema="other").schema_ == "other"


def test_pickled_models_come_back_equal():
    for cls, values in CASES:
        model = cls.model_construct(**values)
        back = pickle.loads(pickle.dumps(model))
        assert back == model and back.model_fields_set == model.model_fields_set
        back.model_fields_set.add("elsewhere")  # a fresh set, not shared with the original
        assert "elsewhere" not in model.model_fields_set


def test_a_report_keeps_pickling_through_pydantic():
    report = Report()
    report.attach_documents([])
    assert pickle.loads(pickle.dumps(report)) == report


def test_shared_fields_sets_stay_each_models_own():
    from crosscheck.models import share_fields_sets

    first = TextSpan(start=1, end=2, text="x")
    second = TextSpan(start=3, end=4, text="y")
    share_fields_sets(first)
    share_fields_sets(second)
    assert first.model_fields_set is second.model_fields_set  # shared while equal
    second.role = "agent"
    assert second.model_fields_set == {"start", "end", "text", "role"}
    assert first.model_fields_set == {"start", "end", "text"}
    assert first.model_dump(exclude_unset=True) == {"start": 1, "end": 2, "text": "x"}


def test_shared_fields_sets_reach_nested_models():
    from crosscheck.models import share_fields_sets

    claims = [Claim.model_construct(**{**CASES[3][1], "time": TimeValue(start=date(2024, 1, 2), granularity="day")})
              for _ in range(2)]
    assert claims[0].time is not claims[1].time
    for claim in claims:
        share_fields_sets(claim)
    assert claims[0].model_fields_set is claims[1].model_fields_set
    assert claims[0].time.model_fields_set is claims[1].time.model_fields_set



def test_shared_fields_sets_reach_models_in_unions_and_lists_of_a_document():
    """Only fields whose declared type can hold a model are walked: a mention's value (a union
    of models) and a document's zones (a list of models) are reached, and every model of a kind
    built with the same fields ends up with one set."""
    from crosscheck.models import ExtractedDocument, Zone, share_fields_sets

    def extracted(offset: int) -> ExtractedDocument:
        document = Document(id="a", path="a.txt", format="text", encoding="utf-8", text="x", lines=LineMap(),
                            body=[Zone(start=offset, end=offset + 1, kind="body")])
        mention = Mention(document="a", kind="person", text="Ali", start=offset, end=offset + 3, line=1, sentence=0,
                          value=EntityValue(entity="ali", canonical="Ali", type="person"))
        return ExtractedDocument(document=document, mentions=[mention])

    first, second = extracted(0), extracted(5)
    share_fields_sets(first)
    share_fields_sets(second)
    assert first.mentions[0].value.model_fields_set is second.mentions[0].value.model_fields_set
    assert first.document.body[0].model_fields_set is second.document.body[0].model_fields_set
    assert first.document.lines.model_fields_set is second.document.lines.model_fields_set
    assert first.mentions[0].value.model_fields_set == {"entity", "canonical", "type"}


def test_unpickled_models_share_their_offsets_and_keep_their_values():
    """A run's parent unpickles every extracted document: equal offsets become one object; ints
    past the shared range, negative ones, bools and a line map's offsets keep value and type."""
    first = TextSpan.model_construct(start=40_000, end=40_004, text="Ali", role="agent", mention="m1")
    second = TextSpan.model_construct(start=40_000, end=40_010, text="Ali Ben", role="agent", mention="m2")
    outside = TextSpan.model_construct(start=-3, end=1 << 40, text="x")
    lines = LineMap(first_line=3, newline_offsets=[40_004, 40_010, 1 << 40])
    entity = EntityValue(entity="e1", canonical="Mali", type="place", adjective=True)
    back = pickle.loads(pickle.dumps([first, second, outside, lines, entity]))
    assert back == [first, second, outside, lines, entity]
    assert back[0].start is back[1].start
    assert back[3].newline_offsets[0] is back[0].end and back[3].newline_offsets[1] is back[1].end
    assert (back[2].start, back[2].end) == (-3, 1 << 40)
    assert back[4].adjective is True
