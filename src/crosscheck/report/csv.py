"""CSV for spreadsheets: one row per finding and source quote, formulas defused.

A cell that starts with = + - @ (or a tab or carriage return) would run as a formula in
Excel, LibreOffice or Google Sheets; it gets a leading apostrophe (OWASP's advice), which
the spreadsheets display as text.
"""

from __future__ import annotations

import csv
import io

from ..models import DocumentSummary, Finding, Quote, Report
from .common import LEVELS, documents_index, named, one_line, ordered, source_names, value_of
from .baseline import Baseline, baseline_states

COLUMNS = (
    "fingerprint", "kind", "level", "baseline_state", "summary", "subject", "document", "outlet", "published",
    "value", "path", "line", "start", "end", "prefix", "quote", "suffix",
)

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defuse(cell: str) -> str:
    """The cell as a spreadsheet shows text: a leading apostrophe before a formula character."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def _row(finding: Finding, quote: Quote | None, documents: dict[str, DocumentSummary], names: dict[str, str],
         state: str) -> list[str]:
    document_id = quote.document if quote else (finding.documents[0] if finding.documents else "")
    document = documents.get(document_id)
    published = document.published.isoformat() if document and document.published else ""
    cells = [
        finding.fingerprint, finding.kind, LEVELS.get(finding.kind, "none"), state, named(finding.summary, names),
        finding.subject,
        document_id, (document.outlet or "") if document else "", published,
        value_of(finding, document_id, quote.line if quote else None),
    ]
    if quote is None:
        cells += ["", "", "", "", "", "", ""]
    else:
        cells += [quote.path, str(quote.line), str(quote.start), str(quote.end), quote.prefix, quote.text, quote.suffix]
    return [defuse(one_line(cell)) for cell in cells]


def render(report: Report, *, color: bool = False, baseline: Baseline | None = None) -> str:
    del color
    states = baseline_states(report, baseline)
    documents = documents_index(report)
    names = source_names(report)  # the summary names sources as the other reports do; the document column keeps the id
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for finding in ordered(report.findings):
        state = states.get(finding.fingerprint, "")
        for quote in finding.quotes or [None]:
            writer.writerow(_row(finding, quote, documents, names, state))
    return buffer.getvalue()
