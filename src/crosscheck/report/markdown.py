"""Markdown that fits a pull-request comment: counts, a findings table, quotes folded away.

Article text is escaped so it can neither break a table row, nor inject HTML, nor @-mention
a GitHub user; the whole comment stays under GitHub's 65,536-character limit.
"""

from __future__ import annotations

import re

from ..models import Finding, Report
from .common import (
    KIND_ORDER, counts, location, named, one_line, ordered, quote_copies, shorten, source_names, stories, value_pairs,
)
from .baseline import Baseline, diff

COMMENT_LIMIT = 60_000  # GitHub rejects comments over 65,536 characters; keep room for a footer.

_PUNCTUATION = re.compile(r"([\\`*_\[\]#|~])")


def md(text: str | None) -> str:
    """One line of article text made inert in Markdown (and in a table cell)."""
    escaped = _PUNCTUATION.sub(r"\\\1", one_line(text))
    escaped = escaped.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return escaped.replace("@", "@\u200b")  # a zero-width space keeps "@name" from notifying anyone


def table(headers: list[str], rows: list[list[str]]) -> str:
    """A Markdown table; an empty cell is a blank, so the row keeps its columns (verify uses it too)."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(cell or " " for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def _summary(finding: Finding, names: dict[str, str]) -> str:
    """The finding's summary with each source named as the text report names it (its outlet)."""
    return md(named(one_line(finding.summary), names))


def _values(finding: Finding, names: dict[str, str]) -> str:
    return "<br>".join(f"{md(', '.join(names.get(d, d) for d in documents) + (' ' + where if where else ''))}: {md(value)}"
                       for documents, where, value in value_pairs(finding))


def _findings_table(findings: list[Finding], report: Report, budget: int) -> str:
    names = source_names(report)
    rows, used = [], 0
    for number, finding in enumerate(findings, 1):
        sources = "<br>".join(md(location(quote)) for quote in finding.quotes)
        row = [str(number), finding.kind.replace("_", " "), _summary(finding, names), _values(finding, names), sources]
        used += sum(len(cell) + 3 for cell in row)
        if used > budget:
            rows.append(["…", " ", f"{len(findings) - number + 1} more findings in the full report", " ", " "])
            break
        rows.append(row)
    return table(["#", "kind", "summary", "values", "sources"], rows)


def _quotes(number: int, finding: Finding, names: dict[str, str], story: dict[str, str]) -> str:
    lines = [f"**{number}. {_summary(finding, names)}** (fingerprint {md(finding.fingerprint)})", ""]
    for quote, repeats in quote_copies(finding, story):  # a sentence two copies print is quoted once
        where = " and ".join(md(location(q)) for q in [quote, *repeats])
        lines.append(f"> {where}: “{md(shorten(quote.text, 600))}”")
        lines.append(">")
    if lines[-1] == ">":
        lines.pop()
    return "\n".join(lines)


def _details(findings: list[Finding], report: Report, budget: int) -> str:
    names, story = source_names(report), stories(report)
    blocks, used = [], 0
    for number, finding in enumerate(findings, 1):
        block = _quotes(number, finding, names, story)
        if used + len(block) > budget:
            blocks.append(f"_{len(findings) - number + 1} more findings' quotes left out to fit a comment; "
                          "see the full report (`--format html` or `--format json`)._")
            break
        blocks.append(block)
        used += len(block) + 2
    return "<details><summary>Quotes</summary>\n\n" + "\n\n".join(blocks) + "\n\n</details>"


def _documents_table(report: Report) -> str:
    names = source_names(report)
    rows = [
        [
            md(names[document.id]),
            md(document.id),
            document.published.isoformat() if document.published else "–",
            md(document.title),
            " / ".join(md(part) for part in (document.outlet, document.credit) if part),
            md(document.path),
        ]
        for document in report.documents
    ]
    return table(["source", "id", "published", "title", "outlet / credit", "path"], rows)


def _counts_line(report: Report) -> str:
    tally = counts(report)
    return " · ".join(f"**{tally[kind]}** {kind.replace('_', ' ')}" for kind in KIND_ORDER)


def render(report: Report, *, color: bool = False, baseline: Baseline | None = None) -> str:
    del color  # Markdown has no terminal colours
    parts = [f"### crosscheck: {len(report.documents)} documents, {len(report.findings)} findings", _counts_line(report)]
    shown = ordered(report.findings)
    if baseline is not None:
        new, unchanged, stale = diff(report, baseline)
        parts.append(f"**{len(new)} new** not in the baseline · {len(unchanged)} accepted · {len(stale)} stale baseline entries")
        shown = ordered(new)
        if stale:
            entries = "\n".join(f"- {md(entry.kind)} {md(entry.fingerprint)}: {md(entry.summary)}" for entry in stale)
            parts.append(f"<details><summary>Stale baseline entries ({len(stale)})</summary>\n\n{entries}\n\n</details>")
    if shown:
        parts.append("#### New findings" if baseline is not None else "#### Findings")
        parts.append(_findings_table(shown, report, COMMENT_LIMIT // 2))
    documents = "<details><summary>Documents</summary>\n\n" + _documents_table(report) + "\n\n</details>"
    head = "\n\n".join(parts)
    if shown:
        head += "\n\n" + _details(shown, report, COMMENT_LIMIT - len(head) - len(documents))
    return head + "\n\n" + documents + "\n"
