"""The JSON contract ``crosscheck/report-1`` (issue 2): documents, mentions, claims, findings.

Extra fields are allowed by the contract: quotes with their context, source groups, problems
and, when a baseline is given, each finding's ``baseline_state`` and the stale entries.

The report is written as a stream, one record at a time, each encoded by orjson (the indented
encoder of the standard library is pure Python and took a quarter of a whole run on large
corpora). The layout is the standard two-space indentation, so the bytes are the same as
``json.dumps(data, indent=2, ensure_ascii=False)`` except for floats under 1e-4, which orjson
writes without an exponent (``0.000015`` for ``1.5e-05``): the same number either way.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import IO, Any

import orjson

from ..models import Report
from .baseline import Baseline, baseline_states, diff

_INDENT = orjson.OPT_INDENT_2


def report_data(report: Report, baseline: Baseline | None = None) -> dict[str, Any]:
    """The report as JSON-ready data (dates as YYYY-MM-DD), with baseline states when given."""
    data = report.model_dump(mode="json", by_alias=True)
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


def _write_list(stream: IO[bytes], items: Iterable[Any]) -> None:
    """A list two levels deep, one item encoded at a time."""
    opened = False
    for item in items:
        stream.write(b",\n    " if opened else b"[\n    ")
        stream.write(_nested(item, 2))
        opened = True
    stream.write(b"\n  ]" if opened else b"[]")


def write(report: Report, stream: IO[bytes], *, baseline: Baseline | None = None) -> None:
    """Write the report to a binary stream, one document, mention, claim or finding at a time."""
    states = baseline_states(report, baseline) if baseline is not None else None

    def finding_items():
        for finding in report.findings:
            item = finding.model_dump(mode="json", by_alias=True)
            if states is not None:
                item["baseline_state"] = states[item["fingerprint"]]
            yield item

    stream.write(b'{\n  "schema": ' + orjson.dumps(report.schema_))
    for name, field in Report.model_fields.items():
        if name == "schema_":
            continue
        key = field.alias or name
        stream.write(b',\n  "' + key.encode() + b'": ')
        if name == "findings":
            _write_list(stream, finding_items())
        else:
            _write_list(stream, (item.model_dump(mode="json", by_alias=True) for item in getattr(report, name)))
    if baseline is not None:
        stream.write(b',\n  "baseline": ' + _nested(_baseline_data(report, baseline), 1))
    stream.write(b"\n}\n")


def render(report: Report, *, color: bool = False, baseline: Baseline | None = None) -> str:
    del color
    buffer = io.BytesIO()
    write(report, buffer, baseline=baseline)
    return buffer.getvalue().decode("utf-8")
