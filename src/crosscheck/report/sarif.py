"""SARIF 2.1.0 as GitHub code scanning accepts it: one rule per finding kind, one result per finding.

The first quote is the result's location (GitHub annotates that line); the other sources'
quotes are related locations. Each location carries the quote as its snippet, the quote with
its context as ``contextRegion``, and the character offsets. ``partialFingerprints`` holds the
finding's fingerprint so alerts survive edits; with a baseline, each result has a
``baselineState`` and stale baseline entries become ``absent`` results.
"""

from __future__ import annotations

import json
import os
from importlib.metadata import PackageNotFoundError, metadata
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote as url_quote

from ..models import Finding, Quote, Report
from ._shared import KIND_DESCRIPTIONS, KIND_ORDER, LEVELS, baseline_states, ordered
from .baseline import Baseline, BaselineEntry, diff

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FALLBACK_URI = "https://pypi.org/project/crosscheck/"
FINGERPRINT_KEY = "crosscheckFingerprint/v1"


def _tool_metadata() -> tuple[str, str]:
    """The installed version and home page (``[project.urls]`` Homepage), for the SARIF driver."""
    try:
        meta = metadata("crosscheck")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "0", FALLBACK_URI
    homepage = FALLBACK_URI
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() in {"homepage", "repository", "source"} and url.strip():
            homepage = url.strip()
            break
    return meta["Version"] or "0", homepage


def artifact_uri(path: str) -> str:
    """A path as a SARIF URI: relative paths stay relative (GitHub resolves them against the repo)."""
    if os.path.isabs(path) or PureWindowsPath(path).drive:
        return PureWindowsPath(path).as_uri() if PureWindowsPath(path).drive else PurePosixPath(path).as_uri()
    return url_quote(path.replace("\\", "/"), safe="/")


def _rules() -> list[dict[str, Any]]:
    rules = []
    for kind in KIND_ORDER:
        short, full = KIND_DESCRIPTIONS[kind]
        rules.append({
            "id": kind,
            "name": "".join(part.capitalize() for part in kind.split("_")),
            "shortDescription": {"text": short},
            "fullDescription": {"text": full},
            "defaultConfiguration": {"level": LEVELS[kind] if LEVELS[kind] != "none" else "note"},
            "help": {"text": full},
            "properties": {"tags": ["crosscheck", kind]},
        })
    return rules


def _location(quote: Quote, index: int | None = None) -> dict[str, Any]:
    location: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": {"uri": artifact_uri(quote.path)},
            "region": {"startLine": quote.line, "snippet": {"text": quote.text}},
            "contextRegion": {"startLine": quote.line, "snippet": {"text": quote.prefix + quote.text + quote.suffix}},
        },
        "properties": {
            "document": quote.document,
            "start": quote.start,
            "end": quote.end,
            "prefix": quote.prefix,
            "exact": quote.text,
            "suffix": quote.suffix,
        },
    }
    if index is not None:
        location["id"] = index
        location["message"] = {"text": quote.text}
    return location


def _level_and_kind(kind: str) -> tuple[str, str]:
    level = LEVELS.get(kind, "note")
    return ("none", "pass") if level == "none" else (level, "fail")


def _result(finding: Finding, state: str | None) -> dict[str, Any]:
    level, result_kind = _level_and_kind(finding.kind)
    result: dict[str, Any] = {
        "ruleId": finding.kind,
        "ruleIndex": KIND_ORDER.index(finding.kind),
        "kind": result_kind,
        "level": level,
        "message": {"text": finding.summary},
        "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
        "properties": {"subject": finding.subject, "values": finding.values, "documents": finding.documents},
    }
    if finding.quotes:
        result["locations"] = [_location(finding.quotes[0])]
        if len(finding.quotes) > 1:
            result["relatedLocations"] = [_location(quote, n) for n, quote in enumerate(finding.quotes[1:], 1)]
    if state is not None:
        result["baselineState"] = state
    return result


def _absent(entry: BaselineEntry) -> dict[str, Any]:
    level, result_kind = _level_and_kind(entry.kind)
    return {
        "ruleId": entry.kind,
        "ruleIndex": KIND_ORDER.index(entry.kind),
        "kind": result_kind,
        "level": level,
        "message": {"text": f"Stale baseline entry (matches no finding any more): {entry.summary}"},
        "partialFingerprints": {FINGERPRINT_KEY: entry.fingerprint},
        "baselineState": "absent",
    }


def sarif_data(report: Report, baseline: Baseline | None = None) -> dict[str, Any]:
    states = baseline_states(report, baseline)
    results = [_result(finding, states.get(finding.fingerprint)) for finding in ordered(report.findings)]
    if baseline is not None:
        results += [_absent(entry) for entry in diff(report, baseline).stale]
    version, homepage = _tool_metadata()
    driver = {"name": "crosscheck", "informationUri": homepage, "version": version, "rules": _rules()}
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": results}],
    }


def render(report: Report, *, color: bool = False, baseline: Baseline | None = None) -> str:
    del color
    return json.dumps(sarif_data(report, baseline), indent=2, ensure_ascii=False) + "\n"
