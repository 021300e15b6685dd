"""Terminal text: a documents table, then findings grouped by kind with values and quotes.

With a baseline, the findings not in it come first and in full (they are what a gate fails
on); accepted findings shrink to one line each and stale entries are listed for removal.
"""

from __future__ import annotations

import click
from tabulate import tabulate

from ..models import DocumentSummary, Finding, Report
from ._shared import KIND_TITLES, counts, documents_index, grouped, location, one_line, ordered, value_columns
from .baseline import Baseline, diff

_KIND_STYLE = {
    "contradiction": {"fg": "red", "bold": True},
    "internal": {"fg": "yellow", "bold": True},
    "variant": {"fg": "magenta"},
    "change": {"fg": "cyan"},
    "agreement": {"fg": "green"},
    "consistent": {"fg": "green"},
    "single_source": {"fg": "blue"},
}


class _Style:
    def __init__(self, color: bool):
        self.color = color

    def __call__(self, text: str, **style) -> str:
        return click.style(text, **style) if self.color else text

    def kind(self, kind: str, text: str) -> str:
        return self(text, **_KIND_STYLE.get(kind, {}))


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _headline(report: Report) -> str:
    tally = ", ".join(f"{count} {kind.replace('_', '-')}" for kind, count in counts(report).items() if count)
    return (
        f"crosscheck: {_plural(len(report.documents), 'document')}, {_plural(len(report.findings), 'finding')}"
        + (f" ({tally})" if tally else "")
    )


def _documents_table(report: Report) -> str:
    rows = [
        [
            document.id,
            document.published.isoformat() if document.published else "-",
            one_line(document.title) or "-",
            " / ".join(one_line(part) for part in (document.outlet, document.credit) if part) or "-",
            document.path,
        ]
        for document in report.documents
    ]
    headers = ["id", "published", "title", "outlet / credit", "path"]
    return tabulate(rows, headers=headers, tablefmt="simple", disable_numparse=True)


def _indent(block: str, prefix: str) -> str:
    return "\n".join(prefix + line if line else line for line in block.splitlines())


def _finding(finding: Finding, number: int, documents: dict[str, DocumentSummary], style: _Style) -> str:
    lines = [
        f"{number:>3}. {style.kind(finding.kind, one_line(finding.summary))}",
        "     " + style(f"fingerprint {finding.fingerprint}", dim=True),
    ]
    columns = value_columns(finding, documents)
    if columns:
        values, labels = [[value for _, value in columns]], [label for label, _ in columns]
        table = tabulate(values, headers=labels, tablefmt="simple", disable_numparse=True)
        lines.append(_indent(table, "     "))
    for quote in finding.quotes:
        lines.append(f"     {style(location(quote), bold=True)}: \"{one_line(quote.text)}\"")
    return "\n".join(lines)


def _section(title: str, findings: list[Finding], report: Report, style: _Style) -> str:
    blocks = [style(f"{title} ({len(findings)})", bold=True, underline=True)]
    documents = documents_index(report)
    blocks += [_finding(finding, n, documents, style) for n, finding in enumerate(findings, 1)]
    return "\n\n".join(blocks)


def render(report: Report, *, color: bool = False, baseline: Baseline | None = None) -> str:
    style = _Style(color)
    parts = [style(_headline(report), bold=True)]
    if baseline is None:
        parts.append(_documents_table(report))
        parts += [_section(KIND_TITLES[kind], found, report, style) for kind, found in grouped(report.findings)]
        if not report.findings:
            parts.append("No findings.")
        return "\n\n".join(parts) + "\n"

    new, unchanged, stale = diff(report, baseline)
    if new:
        parts += [_section(f"New: {KIND_TITLES[kind]}", found, report, style) for kind, found in grouped(new)]
    else:
        parts.append("No new findings: every finding is in the baseline.")
    parts.append(_documents_table(report))
    if unchanged:
        rows = [[style.kind(f.kind, f.kind), f.fingerprint, one_line(f.summary)] for f in ordered(unchanged)]
        title = style(f"Accepted in the baseline ({len(unchanged)})", bold=True, underline=True)
        parts.append(title + "\n" + _indent(tabulate(rows, tablefmt="plain", disable_numparse=True), "     "))
    if stale:
        rows = [[entry.kind, entry.fingerprint, one_line(entry.summary)] for entry in stale]
        title = f"Stale baseline entries, matching no finding ({len(stale)}): remove them from the baseline"
        parts.append(style(title, bold=True, underline=True) + "\n"
                     + _indent(tabulate(rows, tablefmt="plain", disable_numparse=True), "     "))
    return "\n\n".join(parts) + "\n"
