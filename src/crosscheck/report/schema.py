"""The published JSON Schema of ``crosscheck/report-1``, generated from the pydantic models.

Generated, never written by hand, so it cannot drift from what ``--format json`` writes: the
``Report`` model's serialisation schema plus the two things the JSON renderer adds with a
baseline (each finding's ``baseline_state`` and the ``baseline`` block with stale entries).
"""

from __future__ import annotations

import json
from typing import Any

from ..models import REPORT_SCHEMA, Report
from .baseline import BaselineEntry

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def report_schema() -> dict[str, Any]:
    schema = Report.model_json_schema(by_alias=True, mode="serialization")
    definitions = schema.setdefault("$defs", {})
    finding = definitions["Finding"]
    finding["properties"]["baseline_state"] = {"enum": ["new", "unchanged"], "description": "with --baseline only"}
    finding["properties"]["id"] = {"type": "string", "minLength": 1, "description": "stable id, F-<fingerprint prefix>"}
    finding["required"] = sorted(set(finding.get("required", [])) | {"id", "fingerprint", "kind"})
    entry = BaselineEntry.model_json_schema(mode="serialization")
    definitions.update(entry.pop("$defs", {}))
    definitions["BaselineEntry"] = entry
    schema["properties"]["baseline"] = {
        "type": "object",
        "description": "with --baseline only",
        "properties": {"schema": {"type": "string"},
                       "stale": {"type": "array", "items": {"$ref": "#/$defs/BaselineEntry"}}},
        "required": ["schema", "stale"],
        "additionalProperties": False,
    }
    schema["properties"]["schema"] = {"const": REPORT_SCHEMA}
    return {**schema, "$schema": DIALECT, "$id": f"https://crosscheck.invalid/schemas/{REPORT_SCHEMA}.json",
            "title": REPORT_SCHEMA}


def render_schema() -> str:
    return json.dumps(report_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
