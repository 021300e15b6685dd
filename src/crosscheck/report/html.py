"""One self-contained HTML page for editors: summary, filterable findings, quotes side by side, timeline.

Nothing is fetched from the network (inline CSS, inline JS, inline SVG). Every string that
comes from an article goes through :func:`esc`; as a second wall, a Content-Security-Policy
allows only the page's own script (by hash), so an article holding ``<script>`` or an
``onerror=`` attribute shows it as text and nothing runs.
"""

from __future__ import annotations

import base64
import hashlib
import html
from collections.abc import Iterable
from datetime import date, timedelta

from ..models import Claim, DocumentSummary, Finding, Quote, Report
from ._shared import (
    KIND_DESCRIPTIONS,
    KIND_ORDER,
    KIND_TITLES,
    baseline_states,
    counts,
    documents_index,
    location,
    mentions_index,
    one_line,
    ordered,
    quoted_mentions,
    shorten,
    source_label,
    values_differ,
)
from .baseline import Baseline, diff


def esc(text: object) -> str:
    """Text (or a number) made inert in HTML content and in quoted attribute values."""
    return html.escape("" if text is None else str(text), quote=True)


_STYLE = """
:root{--fg:#1d2330;--muted:#5d6675;--line:#d8dde6;--bg:#fff;--soft:#f5f7fa;
--contradiction:#c62828;--internal:#d97706;--variant:#7c3aed;--change:#0e7490;--agreement:#2e7d32;--single_source:#475569}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:1200px;margin:0 auto;padding:1.5rem}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.25rem;margin:2rem 0 .75rem;border-bottom:1px solid var(--line)}
h3{font-size:1.05rem;margin:0 0 .25rem}
.muted,.meta{color:var(--muted);font-size:.85rem}
[hidden]{display:none!important}
.cards{display:flex;flex-wrap:wrap;gap:.75rem}
.card{border:1px solid var(--line);border-left:6px solid var(--k,#999);border-radius:6px;padding:.5rem .9rem;min-width:9rem;background:var(--soft)}
.card .count{font-size:1.6rem;font-weight:700}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid var(--line);padding:.4rem .5rem;text-align:left;vertical-align:top}
th{background:var(--soft);font-weight:600}
.badge{display:inline-block;border-radius:999px;padding:0 .55rem;font-size:.8rem;color:#fff;background:var(--k,#777);white-space:nowrap}
.k-contradiction{--k:var(--contradiction)}.k-internal{--k:var(--internal)}.k-variant{--k:var(--variant)}
.k-change{--k:var(--change)}.k-agreement{--k:var(--agreement)}.k-single_source{--k:var(--single_source)}
.filters{display:flex;gap:1rem;align-items:center;flex-wrap:wrap;margin:.5rem 0 1rem}
select{font:inherit;padding:.2rem .4rem}
.finding{border:1px solid var(--line);border-left:6px solid var(--k,#999);border-radius:6px;padding:1rem;margin:0 0 1rem}
.sources{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:1rem;margin-top:.75rem}
.source{background:var(--soft);border-radius:6px;padding:.6rem .8rem}
.source h4{margin:0 0 .3rem;font-size:.95rem}
.value{font-weight:600;font-family:ui-monospace,"DejaVu Sans Mono",monospace;padding:.1rem .3rem;border-radius:4px}
.value.differs{background:#fde68a;outline:2px solid #d97706}
blockquote{margin:.4rem 0;padding:.2rem .6rem;border-left:3px solid var(--line);white-space:pre-wrap;overflow-wrap:anywhere}
.context{color:var(--muted)}
mark.mention{background:#fde68a;padding:0 .1rem;border-radius:3px}
.state-new{color:var(--contradiction);font-weight:700}
svg text{font:12px system-ui,"DejaVu Sans",sans-serif;fill:var(--fg)}
.event rect{fill:var(--change);opacity:.8}.event.expected rect,.event.deadline rect{fill:#fff;stroke:var(--change);stroke-dasharray:3 2}
.published{fill:var(--contradiction)}
code{overflow-wrap:anywhere}
"""

_SCRIPT = """(function () {
  var kind = document.getElementById("filter-kind"), source = document.getElementById("filter-source");
  var shown = document.getElementById("shown-count");
  function apply() {
    var k = kind.value, s = source.value, rows = 0;
    document.querySelectorAll("[data-kind][data-documents]").forEach(function (el) {
      var ok = (!k || el.getAttribute("data-kind") === k) &&
               (!s || el.getAttribute("data-documents").split(" ").indexOf(s) >= 0);
      el.hidden = !ok;
      if (ok && el.tagName === "TR") { rows += 1; }
    });
    shown.textContent = rows + " shown";
    document.body.setAttribute("data-filter", (k || "*") + "/" + (s || "*"));
  }
  var wanted = new URLSearchParams(location.hash.slice(1));
  function choose(select, value) {
    for (var i = 0; i < select.options.length; i += 1) {
      if (select.options[i].value === value) { select.value = value; }
    }
  }
  choose(kind, wanted.get("kind") || "");
  choose(source, wanted.get("source") || "");
  kind.addEventListener("change", apply);
  source.addEventListener("change", apply);
  apply();
  document.body.setAttribute("data-ready", "1");
})();
"""


def _csp() -> str:
    digest = base64.b64encode(hashlib.sha256(_SCRIPT.encode("utf-8")).digest()).decode("ascii")
    return f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'; img-src data:; base-uri 'none'; form-action 'none'"


_HIGHLIGHTED = {"contradiction", "internal", "variant", "change"}


def _badge(kind: str) -> str:
    return f'<span class="badge k-{esc(kind)}">{esc(kind.replace("_", " "))}</span>'


def _summary(report: Report, baseline: Baseline | None) -> str:
    tally = counts(report)
    cards = [
        f'<div class="card k-{kind}" data-count-kind="{kind}" title="{esc(KIND_DESCRIPTIONS[kind][1])}">'
        f'<div class="count">{tally[kind]}</div><div>{esc(KIND_TITLES[kind])}</div></div>'
        for kind in KIND_ORDER
    ]
    lead = (
        f'<p id="totals"><strong data-count="documents">{len(report.documents)}</strong> documents · '
        f'<strong data-count="findings">{len(report.findings)}</strong> findings · '
        f'<strong data-count="claims">{len(report.claims)}</strong> claims · '
        f'<strong data-count="mentions">{len(report.mentions)}</strong> mentions</p>'
    )
    if baseline is not None:
        new, unchanged, stale = diff(report, baseline)
        lead += (
            f'<p id="baseline-totals"><strong class="state-new" data-count="new">{len(new)}</strong> new, not in the '
            f'baseline · <strong data-count="unchanged">{len(unchanged)}</strong> accepted · '
            f'<strong data-count="stale">{len(stale)}</strong> stale baseline entries</p>'
        )
    return f'<section id="summary"><h2>Summary</h2>{lead}<div class="cards">{"".join(cards)}</div></section>'


def _data_documents(finding: Finding) -> str:
    ids = dict.fromkeys([*finding.documents, *(quote.document for quote in finding.quotes)])
    return esc(" ".join(ids))


def _filters(report: Report) -> str:
    kinds = "".join(f'<option value="{kind}">{esc(KIND_TITLES[kind])}</option>' for kind in KIND_ORDER)
    documents = documents_index(report)
    sources = "".join(
        f'<option value="{esc(document.id)}">{esc(source_label(document.id, documents))}</option>'
        for document in report.documents
    )
    return (
        '<div class="filters">'
        f'<label>Kind <select id="filter-kind"><option value="">all kinds</option>{kinds}</select></label>'
        f'<label>Source <select id="filter-source"><option value="">all sources</option>{sources}</select></label>'
        '<span id="shown-count" class="muted"></span></div>'
    )


def _differs(finding: Finding) -> str:
    """The class that highlights values, when their difference is the point of the finding."""
    return " differs" if finding.kind in _HIGHLIGHTED and values_differ(finding) else ""


def _findings_table(findings: list[Finding], report: Report, states: dict[str, str]) -> str:
    documents = documents_index(report)
    rows = []
    for finding in findings:
        values = "<br>".join(
            f"{esc(source_label(key, documents))}: <span class=\"value{_differs(finding)}\">"
            f"{esc(one_line(value))}</span>"
            for key, value in finding.values.items()
        )
        places = dict.fromkeys((quote.document, quote.line, quote.path) for quote in finding.quotes)
        sources = "<br>".join(f'<code title="{esc(path)}:{line}">{esc(document)}:{line}</code>' for document, line, path in places)
        state = states.get(finding.fingerprint, "")
        state_cell = f'<td class="state-{esc(state)}">{esc(state)}</td>' if states else ""
        rows.append(
            f'<tr class="finding-row" data-kind="{esc(finding.kind)}" data-documents="{_data_documents(finding)}" '
            f'data-fingerprint="{esc(finding.fingerprint)}"><td>{_badge(finding.kind)}</td>'
            f'<td><a href="#f-{esc(finding.fingerprint)}">{esc(one_line(finding.summary))}</a></td>'
            f"<td>{values}</td><td>{sources}</td>{state_cell}</tr>"
        )
    state_head = "<th>baseline</th>" if states else ""
    return (
        '<table id="findings-table"><thead><tr><th>kind</th><th>finding</th><th>values</th><th>sources</th>'
        f"{state_head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


class _Index:
    """The report's documents, claims and mentions by id, built once per page."""

    def __init__(self, report: Report):
        self.documents = documents_index(report)
        self.claims = {claim.id: claim for claim in report.claims}
        self.mentions = mentions_index(report)


def _quote_html(index: _Index, finding: Finding, quote: Quote) -> str:
    """The quote with its context, the finding's mentions inside it marked."""
    pieces, cursor = [], 0
    for mention in quoted_mentions(finding, quote, index.claims, index.mentions):
        start, end = mention.start - quote.start, mention.end - quote.start
        if quote.text[start:end] != mention.text:
            continue  # offsets that do not fit the quote: show it unmarked rather than mark the wrong words
        pieces.append(esc(quote.text[cursor:start]))
        pieces.append(f'<mark class="mention" title="{esc(mention.kind)}">{esc(quote.text[start:end])}</mark>')
        cursor = end
    pieces.append(esc(quote.text[cursor:]))
    return (
        f'<blockquote><span class="context">{esc(quote.prefix)}</span>{"".join(pieces)}'
        f'<span class="context">{esc(quote.suffix)}</span></blockquote>'
        f'<div class="meta"><code>{esc(location(quote))}</code> · characters {quote.start}–{quote.end}</div>'
    )


def _finding_detail(finding: Finding, index: _Index, state: str | None) -> str:
    documents = index.documents
    columns = list(dict.fromkeys([*finding.documents, *(q.document for q in finding.quotes)]))
    differs = _differs(finding)
    loose_values = [(key, value) for key, value in finding.values.items() if key not in columns]
    cells = []
    for document_id in columns:
        value = finding.values.get(document_id)
        value_html = f'<div>value: <span class="value{differs}">{esc(one_line(value))}</span></div>' if value else ""
        quotes = "".join(_quote_html(index, finding, q) for q in finding.quotes if q.document == document_id)
        cells.append(
            f'<div class="source" data-document="{esc(document_id)}"><h4>{esc(source_label(document_id, documents))}</h4>'
            f"{value_html}{quotes}</div>"
        )
    extra = "".join(
        f'<div>{esc(key)}: <span class="value{differs}">{esc(one_line(value))}</span></div>' for key, value in loose_values
    )
    state_html = f' · <span class="state-{esc(state)}">{esc(state)}</span>' if state else ""
    return (
        f'<article class="finding k-{esc(finding.kind)}" id="f-{esc(finding.fingerprint)}" data-kind="{esc(finding.kind)}" '
        f'data-documents="{_data_documents(finding)}"><h3>{esc(one_line(finding.summary))}</h3>'
        f'<div class="meta">{_badge(finding.kind)} · subject {esc(finding.subject)} · fingerprint '
        f"<code>{esc(finding.fingerprint)}</code>{state_html}</div>{extra}"
        f'<div class="sources">{"".join(cells)}</div></article>'
    )


# --- timeline ---------------------------------------------------------------------------------

_LABEL_WIDTH, _PLOT_WIDTH, _ROW, _PAD = 190, 760, 14, 10


def _timed(claims: Iterable[Claim]) -> list[Claim]:
    return [claim for claim in claims if claim.time is not None and (claim.time.start or claim.time.end)]


def _domain(claims: list[Claim], documents: list[DocumentSummary]) -> tuple[date, date]:
    days = [d for claim in claims for d in (claim.time.start, claim.time.end) if d is not None]
    days += [document.published for document in documents if document.published]
    low, high = min(days), max(days)
    pad = max((high - low).days // 40, 15)
    return low - timedelta(days=pad), high + timedelta(days=pad)


def _ticks(low: date, high: date) -> list[date]:
    years = high.year - low.year
    if years >= 2:
        step = max(1, years // 10)
        return [date(year, 1, 1) for year in range(low.year + 1, high.year + 1, step)]
    ticks, month = [], date(low.year, low.month, 1)
    while month <= high:
        if month > low:
            ticks.append(month)
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    step = max(1, len(ticks) // 12)
    return ticks[::step]


def _span(claim: Claim, published: date | None, high: date) -> tuple[date, date]:
    """The days a bar covers; an open side stops at the publication day ("since 2012" is true as of then)."""
    start, end = claim.time.start, claim.time.end
    if start is None:
        start = published if published is not None and published < end else end
    if end is None:
        end = published if published is not None and published >= start else high
    return start, end


def _lanes(claims: list[Claim], published: date | None, high: date) -> list[list[tuple[Claim, date, date]]]:
    """Events packed into rows so that none overlaps another (greedy, by start day)."""
    spans = sorted(
        ((claim, *_span(claim, published, high)) for claim in claims),
        key=lambda item: (item[1], item[2], item[0].id),
    )
    rows: list[list[tuple[Claim, date, date]]] = []
    for span in spans:
        for row in rows:
            if row[-1][2] < span[1]:
                row.append(span)
                break
        else:
            rows.append([span])
    return rows


def _timeline(report: Report) -> str:
    claims = _timed(report.claims)
    if not claims:
        return '<section id="timeline"><h2>Timeline</h2><p class="muted">No claim carries a time.</p></section>'
    low, high = _domain(claims, report.documents)
    total = max((high - low).days + 1, 1)

    def x(day: date) -> float:
        return round(_LABEL_WIDTH + (day - low).days / total * _PLOT_WIDTH, 1)

    documents = documents_index(report)
    by_document: dict[str, list[Claim]] = {}
    for claim in claims:
        by_document.setdefault(claim.document, []).append(claim)
    order = [d.id for d in report.documents if d.id in by_document] + sorted(set(by_document) - set(documents))
    parts, y = [], 24
    for document_id in order:
        published = documents[document_id].published if document_id in documents else None
        rows = _lanes(by_document[document_id], published, high)
        height = len(rows) * _ROW + _PAD
        parts.append(
            f'<g class="lane" data-document="{esc(document_id)}"><line x1="0" x2="{_LABEL_WIDTH + _PLOT_WIDTH}" '
            f'y1="{y + height}" y2="{y + height}" stroke="#d8dde6"/>'
            f'<text x="4" y="{y + height / 2 + 4}">{esc(shorten(source_label(document_id, documents), 25))}</text>'
        )
        for index, row in enumerate(rows):
            for claim, start, end in row:
                top = y + _PAD / 2 + index * _ROW
                left, right = x(start), x(end + timedelta(days=1))
                open_end = "" if claim.time.end else " →"
                label = f"{start.isoformat()} – {claim.time.end.isoformat() if claim.time.end else 'open'}{open_end}"
                parts.append(
                    f'<g class="event {esc(claim.time.modality)}" data-claim="{esc(claim.id)}">'
                    f'<rect x="{left}" y="{top}" width="{max(right - left, 3)}" height="{_ROW - 4}" rx="2"/>'
                    f"<title>{esc(claim.kind)} ({esc(claim.time.granularity)}, {esc(claim.time.modality)}): {esc(label)}"
                    f"\n{esc(one_line(claim.text))}</title></g>"
                )
        if published and low <= published <= high:
            px = x(published)
            parts.append(
                f'<path class="published" d="M{px} {y + 2} l4 5 l-4 5 l-4 -5 z"><title>published '
                f"{published.isoformat()}</title></path>"
            )
        parts.append("</g>")
        y += height
    axis = "".join(
        f'<line x1="{x(tick)}" x2="{x(tick)}" y1="18" y2="{y}" stroke="#eef0f4"/>'
        f'<text x="{x(tick)}" y="14" text-anchor="middle">{tick.year if tick.month == 1 else tick.strftime("%Y-%m")}</text>'
        for tick in _ticks(low, high)
    )
    svg = (
        f'<svg id="timeline-svg" role="img" aria-label="Timeline of events per source" xmlns="http://www.w3.org/2000/svg" '
        f'width="{_LABEL_WIDTH + _PLOT_WIDTH}" height="{y + 6}" viewBox="0 0 {_LABEL_WIDTH + _PLOT_WIDTH} {y + 6}">'
        f"{axis}{''.join(parts)}</svg>"
    )
    note = ('<p class="muted">Bars span each claim\'s time (inclusive); dashed bars are expected or deadline times; '
            "a red diamond marks the day the source was published. Hover a bar for its sentence.</p>")
    return f'<section id="timeline"><h2>Timeline of events per source</h2>{note}{svg}</section>'


def _documents_table(report: Report) -> str:
    rows = "".join(
        f"<tr><td>{esc(d.id)}</td><td>{esc(d.published.isoformat() if d.published else '–')}</td>"
        f"<td>{esc(one_line(d.title))}</td><td>{esc(' / '.join(one_line(p) for p in (d.outlet, d.credit) if p))}</td>"
        f"<td>{esc(', '.join(d.authors))}</td><td><code>{esc(d.path)}</code></td></tr>"
        for d in report.documents
    )
    return (
        '<section id="documents"><h2>Documents</h2><table><thead><tr><th>id</th><th>published</th><th>title</th>'
        f"<th>outlet / credit</th><th>authors</th><th>path</th></tr></thead><tbody>{rows}</tbody></table></section>"
    )


def _stale(baseline: Baseline | None, report: Report) -> str:
    if baseline is None:
        return ""
    stale = diff(report, baseline).stale
    if not stale:
        return ""
    items = "".join(
        f"<li>{_badge(e.kind)} <code>{esc(e.fingerprint)}</code> {esc(one_line(e.summary))}</li>" for e in stale
    )
    return f'<section id="stale"><h2>Stale baseline entries</h2><p>They match no finding any more; remove them.</p><ul>{items}</ul></section>'


def _problems(report: Report) -> str:
    if not report.problems:
        return ""
    items = "".join(f"<li><code>{esc(problem.render())}</code></li>" for problem in report.problems)
    return f'<section id="problems"><h2>Input problems</h2><ul>{items}</ul></section>'


def render(report: Report, *, color: bool = False, baseline: Baseline | None = None) -> str:
    del color
    states = baseline_states(report, baseline)
    findings = ordered(report.findings)
    if baseline is not None:  # new findings first: they are what a reviewer must look at
        findings.sort(key=lambda finding: states.get(finding.fingerprint) != "new")
    index = _Index(report)
    details = "".join(_finding_detail(f, index, states.get(f.fingerprint)) for f in findings)
    body = (
        "<main><header><h1>crosscheck report</h1>"
        f'<p class="muted">schema {esc(report.schema_)}</p></header>'
        f"{_summary(report, baseline)}"
        f'<section id="discrepancies"><h2>Findings</h2>{_filters(report)}{_findings_table(findings, report, states)}</section>'
        f'<section id="details"><h2>Sources side by side</h2>{details or "<p>No findings.</p>"}</section>'
        f"{_timeline(report)}{_documents_table(report)}{_stale(baseline, report)}{_problems(report)}</main>"
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_csp()}">'
        '<meta name="referrer" content="no-referrer">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>crosscheck report</title><style>{_STYLE}</style></head>"
        f"<body>{body}<script>{_SCRIPT}</script></body></html>\n"
    )
