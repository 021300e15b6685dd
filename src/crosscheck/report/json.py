"""The JSON contract ``crosscheck/report-1`` (issue 2): documents, mentions, claims, findings.

Extra fields are allowed by the contract: quotes with their context, source groups, problems
and, when a baseline is given, each finding's ``baseline_state`` and the stale entries.

The report is written as a stream, a chunk of records at a time, each chunk encoded by pydantic's
JSON encoder (findings with baseline states by orjson, which writes the same bytes; the indented
encoder of the standard library is pure Python and took a quarter of a whole run on large
corpora). The layout is the standard two-space indentation, so the bytes are the same as
``json.dumps(data, indent=2, ensure_ascii=False)`` except for floats under 1e-4, which orjson
writes without an exponent (``0.000015`` for ``1.5e-05``): the same number either way.
"""

from __future__ import annotations

import gc
import io
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from itertools import islice
from typing import IO, Any

import orjson
from pydantic import TypeAdapter

from ..models import Finding, Report
from ..records import Record, as_model
from .baseline import Baseline, baseline_states, diff

_INDENT = orjson.OPT_INDENT_2


def report_data(report: Report, baseline: Baseline | None = None) -> dict[str, Any]:
    """The report as JSON-ready data (dates as YYYY-MM-DD), with baseline states when given."""
    data = modelled(report).model_dump(mode="json", by_alias=True)
    if baseline is not None:
        states = baseline_states(report, baseline)
        for finding in data["findings"]:
            finding["baseline_state"] = states[finding["fingerprint"]]
        data["baseline"] = _baseline_data(report, baseline)
    return data


def _baseline_data(report: Report, baseline: Baseline) -> dict[str, Any]:
    return {"schema": baseline.schema_, "stale": [entry.model_dump(mode="json") for entry in diff(report, baseline).stale]}


def _nested(value: Any, depth: int) -> bytes:
    """``value`` encoded as it appears ``depth`` levels deep in an indented document."""
    encoded = orjson.dumps(value, option=_INDENT)
    return encoded.replace(b"\n", b"\n" + b"  " * depth) if b"\n" in encoded else encoded


_CHUNK = 512  # records dumped and encoded per call: few calls, bounded extra memory


@lru_cache(maxsize=None)
def _list_adapter(model: type) -> TypeAdapter:
    return TypeAdapter(list[model])


def _chunks(items: list) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, _CHUNK)):
        yield chunk


def _encoded(items: list, model: type) -> Iterator[bytes]:
    """``items`` encoded as indented JSON lists of up to ``_CHUNK`` records, by pydantic's own
    encoder (no Python dicts in between); its bytes are orjson's, floats and escapes included.
    Records (:mod:`crosscheck.records`) are dumped as their models, a chunk of them at a time."""
    adapter = _list_adapter(model)
    for chunk in _chunks(items):
        yield adapter.dump_json([as_model(item) for item in chunk], indent=2, by_alias=True)


def modelled(report: Report) -> Report:
    """``report`` with models for the records among its mentions and claims (for a whole dump)."""
    if not any(isinstance(item, Record) for items in (report.mentions, report.claims) for item in items):
        return report
    return report.model_copy(update={"mentions": [as_model(m) for m in report.mentions],
                                     "claims": [as_model(c) for c in report.claims]})


def _write_list(stream: IO[bytes], chunks: Iterable[bytes]) -> None:
    """A list two levels deep from its chunks, each encoded as its own indented list.

    A chunk's items sit one level deep (b"[\\n  item,\\n  item\\n]"); shifted one level deeper and
    joined they are the bytes of the whole document encoded at once.
    """
    opened = False
    for encoded in chunks:
        if encoded == b"[]":
            continue
        stream.write(b",\n    " if opened else b"[\n    ")
        stream.write(encoded[4:-2].replace(b"\n", b"\n  "))
        opened = True
    stream.write(b"\n  ]" if opened else b"[]")


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """A higher first-generation GC threshold while the report is written, the caller's restored.

    Each chunk makes thousands of short-lived models (a record's model, its spans'), freed by
    reference counting when the chunk is encoded; the default threshold ran the cyclic
    collector every 700 of them, about a fifth of the writing's CPU on the realistic corpus.
    """
    previous = gc.get_threshold()
    gc.set_threshold(max(previous[0], 50_000), *previous[1:])
    try:
        yield
    finally:
        gc.set_threshold(*previous)


def write(report: Report, stream: IO[bytes], *, baseline: Baseline | None = None) -> None:
    """Write the report to a binary stream, a chunk of documents, mentions, claims or findings at a time."""
    with _fewer_collections():
        _write(report, stream, baseline)


def _write(report: Report, stream: IO[bytes], baseline: Baseline | None) -> None:
    states = baseline_states(report, baseline) if baseline is not None else None

    def finding_chunks():
        adapter = _list_adapter(Finding)
        for chunk in _chunks(report.findings):
            items = adapter.dump_python(chunk, mode="json", by_alias=True)
            for item in items:
                item["baseline_state"] = states[item["fingerprint"]]
            yield orjson.dumps(items, option=_INDENT)

    stream.write(b'{\n  "schema": ' + orjson.dumps(report.schema_))
    for name, field in Report.model_fields.items():
        if name == "schema_":
            continue
        key = field.alias or name
        stream.write(b',\n  "' + key.encode() + b'": ')
        if name == "findings" and states is not None:
            _write_list(stream, finding_chunks())
        else:
            _write_list(stream, _encoded(getattr(report, name), _item_model(field.annotation)))
    if baseline is not None:
        stream.write(b',\n  "baseline": ' + _nested(_baseline_data(report, baseline), 1))
    stream.write(b"\n}\n")


def _item_model(annotation: Any) -> type:
    """``X`` of a ``list[X]`` field annotation."""
    return annotation.__args__[0]


def render(report: Report, *, color: bool = False, baseline: Baseline | None = None) -> str:
    del color
    buffer = io.BytesIO()
    write(report, buffer, baseline=baseline)
    return buffer.getvalue().decode("utf-8")
