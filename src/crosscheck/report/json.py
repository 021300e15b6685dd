"""The JSON contract ``crosscheck/report-1`` (issue 2): documents, mentions, claims, findings.

Extra fields are allowed by the contract: quotes with their context, source groups, problems
and, when a baseline is given, each finding's ``baseline_state`` and the stale entries.
"""

from __future__ import annotations

import json
from typing import Any

from ..models import Report
from ._shared import baseline_states
from .baseline import Baseline, diff


def report_data(report: Report, baseline: Baseline | None = None) -> dict[str, Any]:
    """The report as JSON-ready data (dates as YYYY-MM-DD), with baseline states when given."""
    data = report.model_dump(mode="json", by_alias=True)
    if baseline is not None:
        states = baseline_states(report, baseline)
        for finding in data["findings"]:
            finding["baseline_state"] = states[finding["fingerprint"]]
        data["baseline"] = {
            "schema": baseline.schema_,
            "stale": [entry.model_dump(mode="json") for entry in diff(report, baseline).stale],
        }
    return data


def render(report: Report, *, color: bool = False, baseline: Baseline | None = None) -> str:
    del color
    return json.dumps(report_data(report, baseline), indent=2, ensure_ascii=False) + "\n"
