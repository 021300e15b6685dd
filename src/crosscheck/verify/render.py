"""Verdicts of ``crosscheck verify`` in every report format, plus schema.org ClaimReview.

Each format is a function ``render(result, *, color) -> str`` in :data:`VERIFY_FORMATS`. Text
from claims and articles goes through the report package's own guards: ``one_line`` (no
control characters), Markdown's ``md``, HTML's ``esc`` and CSV's formula ``defuse``.

ClaimReview (https://schema.org/ClaimReview) is written as a JSON-LD list, one object per
claim, each with its own ``@context`` so it can be pasted alone into a page. The rating uses
a 1-5 scale (contradicted 1, mixed 3, supported 5); ``unverified`` has no place on a truth
scale, so it carries only ``alternateName``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import click
from tabulate import tabulate

from ..report.common import one_line, shorten, source_label
from ..report.csv import defuse
from ..report.html import esc
from ..report.markdown import md, table
from .models import VERDICTS, PartResult, SourceDocument, Statement, Verdict, VerifyResult

_VERDICT_STYLE = {
    "supported": {"fg": "green", "bold": True},
    "contradicted": {"fg": "red", "bold": True},
    "mixed": {"fg": "yellow", "bold": True},
    "unverified": {"fg": "blue", "bold": True},
}


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _status(part: PartResult) -> str:
    if part.status == "supported":
        return f"supported ({_plural(len(part.sources), 'source')})"
    if part.status == "contradicted":
        return f"contradicted by {_plural(len(part.against), 'source')}"
    if part.status == "mixed":
        return f"mixed ({len(part.sources)} agree, {len(part.against)} disagree)"
    if part.status == "unreadable":
        return f"could not be read: {part.note}"
    return "no source speaks to it"


def _source_values(part: PartResult) -> str:
    values = part.source_values + [f"{v} (contradicts)" for v in part.against_values]
    return "; ".join(one_line(v) for v in values) or "-"


def _headline(result: VerifyResult) -> str:
    tally = {}
    for verdict in result.verdicts:
        tally[verdict.verdict] = tally.get(verdict.verdict, 0) + 1
    counts = ", ".join(f"{tally[name]} {name}" for name in VERDICTS if name in tally)
    as_of = f", as of {result.as_of.isoformat()}" if result.as_of else ""
    return (f"crosscheck verify: {_plural(len(result.verdicts), 'claim')} against "
            f"{_plural(len(result.documents), 'document')}{as_of}" + (f" ({counts})" if counts else ""))


def _statements_heading(statement: Statement, index: int, total: int) -> str | None:
    if total < 2:
        return None
    return f"Statement {index} of {total}: {statement.label}: {statement.verdict}"


# -- text ------------------------------------------------------------------------------------


def _indent(block: str, prefix: str) -> str:
    return "\n".join(prefix + line if line else line for line in block.splitlines())


def _text_verdict(number: int, verdict: Verdict, documents: dict[str, SourceDocument], style: Callable[..., str]) -> str:
    lines = [f"[{number}] \"{one_line(verdict.claim)}\"" + (f"  ({verdict.path}:{verdict.line})" if verdict.path != "<claim>" else "")]
    lines.append("    " + style(verdict.verdict.upper(), **_VERDICT_STYLE[verdict.verdict]) + f": {one_line(verdict.summary)}")
    for index, statement in enumerate(verdict.statements, 1):
        heading = _statements_heading(statement, index, len(verdict.statements))
        lines.append("")
        if heading:
            lines.append("    " + style(heading, bold=True))
        rows = [[p.part, shorten(one_line(p.claim), 50), shorten(_source_values(p), 70), _status(p)] for p in statement.parts]
        lines.append(_indent(tabulate(rows, headers=["part", "claim", "sources", "status"], tablefmt="simple",
                                      disable_numparse=True), "    "))
        if statement.evidence:
            lines.append("")
            lines.append("    " + style("Evidence", bold=True))
        for item in statement.evidence:
            where = f"{item.quote.path}:{item.quote.line}"
            lines.append(f"    {item.stance:<11} {style(where, bold=True)}  {source_label(item.quote.document, documents)}")
            lines.append(f"                \"{one_line(item.quote.text)}\"")
            values = []
            for check in item.parts:
                mark = " (contradicts)" if check.stance == "contradicts" else ""
                values.append(f"{check.part}: {one_line(check.source)}{mark}")
            lines.append("                " + " | ".join(values))
    for group in verdict.source_groups:
        lines.append(f"    counted as one source: {', '.join(source_label(d, documents) for d in group.documents)} ({one_line(group.reason)})")
    return "\n".join(lines)


def render_text(result: VerifyResult, *, color: bool = False) -> str:
    def style(text: str, **kwargs) -> str:
        return click.style(text, **kwargs) if color else text

    documents = {d.id: d for d in result.documents}
    blocks = [style(_headline(result), bold=True)]
    blocks += [_text_verdict(n, v, documents, style) for n, v in enumerate(result.verdicts, 1)]
    return "\n\n".join(blocks) + "\n"


# -- markdown --------------------------------------------------------------------------------


def render_markdown(result: VerifyResult, *, color: bool = False) -> str:
    del color
    documents = {d.id: d for d in result.documents}
    blocks = [f"### {md(_headline(result))}"]
    for number, verdict in enumerate(result.verdicts, 1):
        blocks.append(f"#### {number}. “{md(verdict.claim)}”\n\n**{verdict.verdict}**: {md(verdict.summary)}")
        for index, statement in enumerate(verdict.statements, 1):
            heading = _statements_heading(statement, index, len(verdict.statements))
            if heading:
                blocks.append(f"**{md(heading)}**")
            rows = [[md(p.part), md(p.claim), md(_source_values(p)), md(_status(p))] for p in statement.parts]
            blocks.append(table(["part", "claim", "sources", "status"], rows))
            quotes = []
            for item in statement.evidence:
                values = "; ".join(f"{md(c.part)}: {md(c.source)}" + (" ≠" if c.stance == "contradicts" else "") for c in item.parts)
                quotes.append(f"> **{item.stance}** {md(item.quote.path)}:{item.quote.line} "
                              f"({md(source_label(item.quote.document, documents))}): “{md(shorten(item.quote.text, 600))}”  \n> {values}")
            if quotes:
                blocks.append("<details><summary>Evidence</summary>\n\n" + "\n>\n".join(quotes) + "\n\n</details>")
        for group in verdict.source_groups:
            blocks.append(f"_Counted as one source: {md(', '.join(source_label(d, documents) for d in group.documents))} ({md(group.reason)})._")
    return "\n\n".join(blocks) + "\n"


# -- json ------------------------------------------------------------------------------------


def render_json(result: VerifyResult, *, color: bool = False) -> str:
    del color
    return json.dumps(result.model_dump(mode="json", by_alias=True), indent=2, ensure_ascii=False) + "\n"


# -- csv -------------------------------------------------------------------------------------

CSV_COLUMNS = (
    "claim_id", "claim", "verdict", "independent_sources", "summary", "statement", "stance", "document", "outlet",
    "path", "line", "quote", "values",
)


def render_csv(result: VerifyResult, *, color: bool = False) -> str:
    """One row per claim and piece of evidence (one row with empty evidence cells when none)."""
    del color
    documents = {d.id: d for d in result.documents}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for verdict in result.verdicts:
        head = [verdict.id, verdict.claim, verdict.verdict, str(verdict.independent_sources), verdict.summary]
        rows = []
        for statement in verdict.statements:
            for item in statement.evidence:
                document = documents.get(item.quote.document)
                values = "; ".join(f"{c.part}: {c.source} ({c.stance})" for c in item.parts)
                rows.append(head + [statement.label, item.stance, item.quote.document, (document.outlet or "") if document else "",
                                    item.quote.path, str(item.quote.line), item.quote.text, values])
        for row in rows or [head + [""] * (len(CSV_COLUMNS) - len(head))]:
            writer.writerow([defuse(one_line(cell)) for cell in row])
    return buffer.getvalue()


# -- html ------------------------------------------------------------------------------------

_STYLE = """body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1d2330}
main{max-width:1100px;margin:0 auto;padding:1.5rem}h1{font-size:1.5rem}
.claim{border:1px solid #d8dde6;border-left:6px solid var(--v,#999);border-radius:6px;padding:1rem;margin:0 0 1.25rem}
.supported{--v:#2e7d32}.contradicted{--v:#c62828}.mixed{--v:#d97706}.unverified{--v:#475569}
.badge{display:inline-block;border-radius:999px;padding:0 .6rem;color:#fff;background:var(--v,#777);font-weight:600}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border-bottom:1px solid #d8dde6;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f5f7fa}.contradicts{background:#fde2e2}.muted{color:#5d6675;font-size:.85rem}
blockquote{margin:.3rem 0;padding:.2rem .6rem;border-left:3px solid #d8dde6;overflow-wrap:anywhere}"""


def _html_verdict(number: int, verdict: Verdict, documents: dict[str, SourceDocument]) -> str:
    out = [f'<section class="claim {esc(verdict.verdict)}"><h2>{number}. “{esc(verdict.claim)}”</h2>',
           f'<p><span class="badge">{esc(verdict.verdict)}</span> {esc(verdict.summary)}</p>']
    for index, statement in enumerate(verdict.statements, 1):
        heading = _statements_heading(statement, index, len(verdict.statements))
        if heading:
            out.append(f"<h3>{esc(heading)}</h3>")
        rows = "".join(
            f'<tr class="{"contradicts" if p.status in ("contradicted", "mixed") else ""}"><td>{esc(p.part)}</td>'
            f"<td>{esc(p.claim)}</td><td>{esc(_source_values(p))}</td><td>{esc(_status(p))}</td></tr>"
            for p in statement.parts
        )
        out.append(f"<table><tr><th>part</th><th>claim</th><th>sources</th><th>status</th></tr>{rows}</table>")
        for item in statement.evidence:
            values = "; ".join(
                f'<span class="{"contradicts" if c.stance == "contradicts" else ""}">{esc(c.part)}: {esc(c.source)}</span>'
                for c in item.parts
            )
            out.append(f'<div><strong>{esc(item.stance)}</strong> <code>{esc(item.quote.path)}:{item.quote.line}</code> '
                       f'<span class="muted">{esc(source_label(item.quote.document, documents))}</span>'
                       f"<blockquote>{esc(item.quote.text)}</blockquote><div class=\"muted\">{values}</div></div>")
    for group in verdict.source_groups:
        out.append(f'<p class="muted">Counted as one source: {esc(", ".join(source_label(d, documents) for d in group.documents))} ({esc(group.reason)})</p>')
    out.append("</section>")
    return "".join(out)


def render_html(result: VerifyResult, *, color: bool = False) -> str:
    """One self-contained page; no script at all, and a policy that would block any."""
    del color
    documents = {d.id: d for d in result.documents}
    body = "".join(_html_verdict(n, v, documents) for n, v in enumerate(result.verdicts, 1))
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">"
        f"<title>crosscheck verify</title><style>{_STYLE}</style></head>"
        f"<body><main><h1>{esc(_headline(result))}</h1>{body}</main></body></html>\n"
    )


# -- schema.org ClaimReview ----------------------------------------------------------------

RATINGS = {"supported": 5, "mixed": 3, "contradicted": 1}


@dataclass(frozen=True)
class ReviewPublication:
    """What a published ClaimReview needs beyond the verdicts: the review's own page, its author
    and date, and where the claim was made (its appearance). The claim's date is ``--as-of``."""

    review_url: str | None = None
    author: str | None = None
    review_date: date | None = None
    claim_url: str | None = None


def claim_review(verdict: Verdict, result: VerifyResult, publication: ReviewPublication | None = None) -> dict:
    """One ClaimReview object: the claim (where and when it was made), the verdict, and the
    articles that speak to it as the review's citations (evidence is not where the claim appeared)."""
    publication = publication or ReviewPublication()
    documents = {d.id: d for d in result.documents}
    cited = sorted({e.quote.document for s in verdict.statements for e in s.evidence if e.stance != "related"})
    citations = []
    for document_id in cited:
        document = documents.get(document_id)
        if document is None:
            continue
        item: dict = {"@type": "NewsArticle", "url": _safe_url(document.url) or document.path}
        if document.title:
            item["headline"] = one_line(document.title)
        if document.published:
            item["datePublished"] = document.published.isoformat()
        publisher = document.outlet or document.credit
        if publisher:
            item["publisher"] = {"@type": "Organization", "name": one_line(publisher)}
        citations.append(item)
    rating: dict = {"@type": "Rating", "alternateName": verdict.verdict}
    if verdict.verdict in RATINGS:
        rating.update(ratingValue=RATINGS[verdict.verdict], bestRating=5, worstRating=1)
    rating["ratingExplanation"] = one_line(verdict.summary)
    claim: dict = {"@type": "Claim"}
    if publication.claim_url:
        claim["appearance"] = [{"@type": "CreativeWork", "url": publication.claim_url}]
    if result.as_of:
        claim["datePublished"] = result.as_of.isoformat()
    review: dict = {"@context": "https://schema.org", "@type": "ClaimReview"}
    if publication.review_url:
        review["url"] = publication.review_url
    if publication.author:
        review["author"] = {"@type": "Organization", "name": one_line(publication.author)}
    if publication.review_date:
        review["datePublished"] = publication.review_date.isoformat()
    review.update(claimReviewed=one_line(verdict.claim), itemReviewed=claim, reviewRating=rating)
    if citations:
        review["citation"] = citations
    return review


def _safe_url(url: str | None) -> str | None:
    """An article's URL only when it is http(s): a ``javascript:`` or ``data:`` URL from article
    metadata would run when a page publishing the JSON-LD turns it into a link."""
    if not url:
        return None
    scheme = url.strip().split(":", 1)[0].lower() if ":" in url else ""
    return url.strip() if scheme in ("http", "https") else None


# JSON-LD is pasted into <script type="application/ld+json"> blocks: "</script>" or "<!--" in a
# claim must not end or comment out the block, so < > & are written as JSON escapes (same data).
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def render_claimreview(result: VerifyResult, *, color: bool = False, publication: ReviewPublication | None = None) -> str:
    del color
    reviews = [claim_review(verdict, result, publication) for verdict in result.verdicts]
    return json.dumps(reviews, indent=2, ensure_ascii=False).translate(_SCRIPT_SAFE) + "\n"


VERIFY_FORMATS: dict[str, Callable[..., str]] = {
    "text": render_text,
    "markdown": render_markdown,
    "json": render_json,
    "csv": render_csv,
    "html": render_html,
    "claimreview": render_claimreview,
}


def render_verdicts(result: VerifyResult, fmt: str, *, color: bool = False,
                    publication: ReviewPublication | None = None) -> str:
    try:
        renderer = VERIFY_FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown verify format {fmt!r}; choose one of {', '.join(VERIFY_FORMATS)}") from None
    if fmt == "claimreview":
        return render_claimreview(result, color=color, publication=publication)
    return renderer(result, color=color)
