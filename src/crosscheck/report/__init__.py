"""The report stage: one module per output format behind one interface.

Every format is a function ``render(report, *, color, baseline) -> str`` registered in
:data:`FORMATS`; :func:`render` picks one by name. Renderers never write anywhere: the CLI
sends machine-readable output to stdout or ``-o FILE`` untouched and logs to stderr.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Mapping
from typing import IO, Protocol

from ..models import Report
from . import csv, github, html, json, jsonl, markdown, sarif, text
from .baseline import Baseline, BaselineDiff, BaselineEntry, BaselineError, diff, load_baseline, update


class Renderer(Protocol):
    def __call__(self, report: Report, *, color: bool = False, baseline: Baseline | None = None) -> str: ...


FORMATS: dict[str, Renderer] = {
    "text": text.render,
    "markdown": markdown.render,
    "json": json.render,
    "jsonl": jsonl.render,
    "csv": csv.render,
    "html": html.render,
    "sarif": sarif.render,
    "github": github.render,
}


def render(report: Report, fmt: str, *, color: bool = False, baseline: Baseline | None = None,
           width: int | None = None) -> str:
    """The report in format ``fmt`` (a key of :data:`FORMATS`); colour and width apply to ``text`` only."""
    try:
        renderer = FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown report format {fmt!r}; choose one of {', '.join(FORMATS)}") from None
    report = with_finding_ids(report)
    if fmt == "text":
        return text.render(report, color=color, baseline=baseline, width=width)
    return renderer(report, color=color, baseline=baseline)


def write(report: Report, fmt: str, stream: IO[bytes], *, color: bool = False, baseline: Baseline | None = None,
          width: int | None = None) -> None:
    """The report in format ``fmt`` written to a binary stream as UTF-8: the bytes of
    :func:`render`. JSON is written a chunk of records at a time (the report of a large
    archive is gigabytes, and never held whole); the other formats are rendered whole."""
    if fmt == "json":
        json.write(with_finding_ids(report), stream, baseline=baseline)
    else:
        stream.write(render(report, fmt, color=color, baseline=baseline, width=width).encode("utf-8"))


def with_finding_ids(report: Report) -> Report:
    """The report with an id on every finding (``F-`` and the fingerprint's first 8 characters,
    as the compare stage names them), for findings a stage left without one."""
    if all(finding.id for finding in report.findings):
        return report
    findings = [f if f.id else f.model_copy(update={"id": f"F-{f.fingerprint[:8]}"}) for f in report.findings]
    copy = report.model_copy(update={"findings": findings})
    copy.attach_documents(report.extracted)
    return copy


def terminal_width(stream: IO[str]) -> int | None:
    """The width to wrap text for ``stream``: the terminal's columns, or None (the fixed default).

    Only a terminal gets its own width (``COLUMNS`` wins, as ``shutil`` reads it); files and pipes
    get :data:`text.DEFAULT_WIDTH` so that a saved report is the same on every machine.
    """
    isatty = getattr(stream, "isatty", None)
    try:
        if not (isatty and isatty()):
            return None
    except ValueError:  # a closed stream
        return None
    return shutil.get_terminal_size((text.DEFAULT_WIDTH, 24)).columns


def should_color(stream: IO[str], environ: Mapping[str, str] | None = None) -> bool:
    """Colour on a terminal; never when NO_COLOR is set, always when FORCE_COLOR is set.

    Both follow their conventions (no-color.org, force-color.org): set means present and not
    empty. FORCE_COLOR wins, since a user setting it asks explicitly.
    """
    env = os.environ if environ is None else environ
    if env.get("FORCE_COLOR"):
        return True
    if env.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


__all__ = [
    "FORMATS",
    "Baseline",
    "BaselineDiff",
    "BaselineEntry",
    "BaselineError",
    "Renderer",
    "diff",
    "load_baseline",
    "render",
    "should_color",
    "terminal_width",
    "update",
    "write",
]
