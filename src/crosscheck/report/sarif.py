"""SARIF 2.1.0 as GitHub code scanning accepts it: one rule per finding kind, one result per finding.

The first quote is the result's location (GitHub annotates that line); the other sources'
quotes are related locations. Each location carries the quote as its snippet, the quote with
its context as ``contextRegion``, lines and columns (when the article text is the file's text)
and the character offsets. Every result has a location, since GitHub rejects results without
one: a finding without quotes points at its first source's file. ``partialFingerprints`` holds
the finding's fingerprint so alerts survive edits.

With a baseline, each result has a ``baselineState``; accepted findings carry a ``suppressions``
entry with the reviewer's reason, name and date; stale baseline entries become ``absent``
results located at their line in the baseline file (or, for a baseline that was never a file,
run-level notifications). Input warnings are ``toolExecutionNotifications`` of the invocation.
"""

from __future__ import annotations

import json
import os
from importlib.metadata import PackageNotFoundError, metadata
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote as url_quote

from ..models import Finding, Problem, Quote, Report
from .common import KIND_DESCRIPTIONS, KIND_ORDER, LEVELS, ordered, shown_kind
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


class _Texts:
    """Article texts by document id, for columns: only where the text is the file's own text."""

    def __init__(self, report: Report):
        self.texts = {
            extracted.document.id: extracted.document.text
            for extracted in report.extracted
            if extracted.document.format in ("text", "markdown")
        }
        self.paths = {document.id: document.path for document in report.documents}

    def region(self, quote: Quote) -> dict[str, Any]:
        """startLine/startColumn/endLine/endColumn (1-based, code points, end column exclusive)."""
        region: dict[str, Any] = {"startLine": quote.line}
        text = self.texts.get(quote.document)
        if text is None or text[quote.start : quote.end] != quote.text:
            return region
        line_start = text.rfind("\n", 0, quote.start) + 1
        region["startColumn"] = quote.start - line_start + 1
        breaks = quote.text.count("\n")
        region["endLine"] = quote.line + breaks
        last_start = text.rfind("\n", 0, quote.end) + 1
        region["endColumn"] = quote.end - last_start + 1
        return region


def _location(quote: Quote, texts: _Texts, index: int | None = None) -> dict[str, Any]:
    region = texts.region(quote) | {"snippet": {"text": quote.text}}
    location: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": {"uri": artifact_uri(quote.path)},
            "region": region,
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


def _file_location(path: str, line: int = 1) -> dict[str, Any]:
    return {"physicalLocation": {"artifactLocation": {"uri": artifact_uri(path)}, "region": {"startLine": line}}}


def _level_and_kind(kind: str) -> tuple[str, str]:
    level = LEVELS.get(kind, "note")
    return ("none", "pass") if level == "none" else (level, "fail")


def _suppression(entry: BaselineEntry) -> dict[str, Any]:
    suppression: dict[str, Any] = {
        "kind": "external",
        "status": "accepted",
        "justification": entry.reason or "accepted in the crosscheck baseline",
    }
    reviewer = {key: value for key, value in (("acceptedBy", entry.accepted_by),
                                              ("date", entry.date.isoformat() if entry.date else None)) if value}
    if reviewer:
        suppression["properties"] = reviewer
    return suppression


def _result(finding: Finding, texts: _Texts, entry: BaselineEntry | None, with_baseline: bool) -> dict[str, Any]:
    kind = shown_kind(finding)
    level, result_kind = _level_and_kind(kind)
    result: dict[str, Any] = {
        "ruleId": kind,
        "ruleIndex": KIND_ORDER.index(kind),
        "kind": result_kind,
        "level": level,
        "message": {"text": finding.summary},
        "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
        "properties": {"id": finding.id, "subject": finding.subject, "values": [v.model_dump(mode="json") for v in finding.values],
                       "documents": finding.documents},
    }
    if finding.quotes:
        result["locations"] = [_location(finding.quotes[0], texts)]
        if len(finding.quotes) > 1:
            result["relatedLocations"] = [_location(quote, texts, n) for n, quote in enumerate(finding.quotes[1:], 1)]
    else:
        paths = [texts.paths[doc] for doc in finding.documents if doc in texts.paths]
        result["locations"] = [_file_location(paths[0] if paths else ".")]
    if with_baseline:
        result["baselineState"] = "unchanged" if entry is not None else "new"
    if entry is not None:
        result["suppressions"] = [_suppression(entry)]
    return result


def _absent(entry: BaselineEntry, baseline: Baseline) -> dict[str, Any]:
    level, result_kind = _level_and_kind(entry.kind)
    return {
        "ruleId": entry.kind,
        "ruleIndex": KIND_ORDER.index(entry.kind),
        "kind": result_kind,
        "level": level,
        "message": {"text": f"Stale baseline entry (matches no finding any more; remove it): {entry.summary}"},
        "locations": [_file_location(baseline.path or ".", baseline.line_of(entry) or 1)],
        "partialFingerprints": {FINGERPRINT_KEY: entry.fingerprint},
        "baselineState": "absent",
    }


def _stale_notification(entry: BaselineEntry) -> dict[str, Any]:
    return {
        "level": "note",
        "message": {"text": f"Stale baseline entry {entry.fingerprint} ({entry.kind}) matches no finding any more; "
                            f"remove it: {entry.summary}"},
        "descriptor": {"id": "stale-baseline-entry"},
    }


def _problem_notification(problem: Problem) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": problem.line} if problem.line else {}
    if problem.line and problem.column:
        region["startColumn"] = problem.column
    physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(problem.path)}}
    if region:
        physical["region"] = region
    return {
        "level": "error" if problem.severity == "error" else "warning",
        "message": {"text": problem.message},
        "descriptor": {"id": problem.code},
        "locations": [{"physicalLocation": physical}],
    }


def sarif_data(report: Report, baseline: Baseline | None = None) -> dict[str, Any]:
    texts = _Texts(report)
    match = baseline.matcher() if baseline is not None else (lambda finding: None)
    results = [_result(finding, texts, match(finding), baseline is not None) for finding in ordered(report.findings)]
    notifications = [_problem_notification(problem) for problem in report.problems]
    if baseline is not None:
        stale = diff(report, baseline).stale
        if baseline.path:
            results += [_absent(entry, baseline) for entry in stale]
        else:
            notifications += [_stale_notification(entry) for entry in stale]
    version, homepage = _tool_metadata()
    driver = {"name": "crosscheck", "informationUri": homepage, "version": version, "rules": _rules()}
    invocation = {"executionSuccessful": True, "toolExecutionNotifications": notifications}
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": driver},
            "invocations": [invocation],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def render(report: Report, *, color: bool = False, baseline: Baseline | None = None) -> str:
    del color
    return json.dumps(sarif_data(report, baseline), indent=2, ensure_ascii=False) + "\n"
