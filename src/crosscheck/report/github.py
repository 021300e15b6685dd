"""GitHub Actions: workflow-command annotations, most severe first, and a job summary.

GitHub shows about ten annotations of a kind per step, so at most :data:`MAX_ANNOTATIONS` are
written, the most severe first, then one notice saying how many more there are. With a
baseline, only findings not in it are annotated (the accepted ones were reviewed already).
Agreements are not annotated: nothing needs doing. The job summary is Markdown the CLI
appends to ``$GITHUB_STEP_SUMMARY`` through :func:`write_step_summary`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from ..models import Finding, Report
from .common import LEVELS, documents_index, one_line, ordered, value_columns
from .baseline import Baseline, diff
from .markdown import render as render_markdown

MAX_ANNOTATIONS = 10

_COMMANDS = {"error": "error", "warning": "warning", "note": "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _annotation(finding: Finding, report: Report) -> str:
    command = _COMMANDS[LEVELS[finding.kind]]
    title = f"crosscheck {finding.kind.replace('_', ' ')}: {one_line(finding.summary)}"
    lines = [one_line(finding.summary)]
    lines += [f"{label}: {value}" for label, value in value_columns(finding, documents_index(report))]
    lines += [f"{quote.path}:{quote.line}: \"{one_line(quote.text)}\"" for quote in finding.quotes]
    lines.append(f"fingerprint {finding.fingerprint}")
    properties = [f"title={_escape_property(title)}"]
    if finding.quotes:
        first = finding.quotes[0]
        properties = [f"file={_escape_property(first.path)}", f"line={first.line}", *properties]
    return f"::{command} {','.join(properties)}::{_escape_data(chr(10).join(lines))}"


def annotated_findings(report: Report, baseline: Baseline | None = None) -> list[Finding]:
    """The findings worth an annotation (new ones with a baseline), most severe first."""
    findings = report.findings if baseline is None else diff(report, baseline).new
    return [finding for finding in ordered(findings) if LEVELS.get(finding.kind, "none") != "none"]


def render(report: Report, *, color: bool = False, baseline: Baseline | None = None) -> str:
    del color
    findings = annotated_findings(report, baseline)
    lines = [_annotation(finding, report) for finding in findings[:MAX_ANNOTATIONS]]
    hidden = len(findings) - MAX_ANNOTATIONS
    if hidden > 0:
        lines.append(
            f"::notice title=crosscheck::{hidden} more findings not annotated; "
            "see the job summary or run crosscheck with --format html"
        )
    stale = diff(report, baseline).stale if baseline is not None else []
    if stale:
        listed = "\n".join(f"{entry.fingerprint} {one_line(entry.summary)}" for entry in stale)
        message = f"{len(stale)} baseline entries match no finding any more; remove them:\n{listed}"
        lines.append(f"::notice title=crosscheck stale baseline entries::{_escape_data(message)}")
    return "".join(line + "\n" for line in lines)


def step_summary(report: Report, baseline: Baseline | None = None) -> str:
    """The Markdown job summary (the pull-request comment format)."""
    return render_markdown(report, baseline=baseline)


def write_step_summary(report: Report, baseline: Baseline | None = None, environ: Mapping[str, str] | None = None) -> Path | None:
    """Append the job summary to ``$GITHUB_STEP_SUMMARY`` when it is set; returns the file written."""
    target = (os.environ if environ is None else environ).get("GITHUB_STEP_SUMMARY")
    if not target:
        return None
    path = Path(target)
    with path.open("a", encoding="utf-8") as summary:
        summary.write(step_summary(report, baseline) + "\n")
    return path
