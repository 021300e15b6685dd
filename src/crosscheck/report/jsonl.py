"""JSON Lines: one record per line, each tagged with ``type``, for streaming tools and ``jq``.

The first line is a header naming the schema; then documents, mentions, claims, findings,
stale baseline entries (when a baseline is given), source groups and problems, each record
the same object as in the JSON format.
"""

from __future__ import annotations

import json

from ..models import Report
from .baseline import Baseline
from .json import report_data

_SECTIONS = (
    ("documents", "document"),
    ("mentions", "mention"),
    ("claims", "claim"),
    ("findings", "finding"),
    ("source_groups", "source_group"),
    ("problems", "problem"),
)


def render(report: Report, *, color: bool = False, baseline: Baseline | None = None) -> str:
    del color
    data = report_data(report, baseline)
    records = [{"type": "header", "schema": data["schema"]}]
    for key, kind in _SECTIONS:
        records += [{"type": kind, **item} for item in data[key]]
    if "baseline" in data:
        records += [{"type": "stale_baseline_entry", **entry} for entry in data["baseline"]["stale"]]
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
