"""One self-contained HTML page for editors and reviewers, rendered by Jinja2 with autoescaping.

The page (``templates/report.html.j2`` with its ``report.css`` and ``report.js``) shows the
findings by kind with the sources side by side, a timeline drawn from the findings shown (it
zooms to them and follows the filters; long gaps between clusters of dates are cut, so a one-day
contradiction stays visible next to "since 2012"), the claims no finding used (folded), and
review controls: accept, reject or needs-work with a reason and a reviewer name per finding,
exported as a decisions file for ``crosscheck baseline --apply``.

Nothing is fetched from the network. Every string from an article goes through Jinja2's
autoescaping; data for the script travels as JSON (``tojson`` escapes ``<``, ``>``, ``&``) in a
non-executable block; a Content-Security-Policy allows only the page's own script (by hash).
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import jinja2

from ..models import Claim, Finding, Quote, Report
from .common import (
    KIND_DESCRIPTIONS,
    KIND_ORDER,
    KIND_TITLES,
    counts,
    disputed_values,
    event_word,
    location,
    mentions_index,
    named,
    not_compared,
    not_compared_sentences,
    one_line,
    ordered,
    quoted_mentions,
    shown_kind,
    source_names,
    value_of,
    value_pairs,
    values_differ,
)
from .baseline import Baseline, baseline_states, diff, review_key

_HIGHLIGHTED = {"contradiction", "internal", "variant", "change"}
_CONTEXT = 60
_SPACE = re.compile(r"\s+")
_CJK = re.compile(r"[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]")


def esc(text: object) -> str:
    """Text (or a number) made inert in HTML content and quoted attributes (for pages built without
    the templates, such as verify's report)."""
    return html.escape("" if text is None else str(text), quote=True)


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    # Imported here: only an HTML report needs jinja2, and importing it was 40-90 ms of every
    # run's start-up (the report package imports every format).
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("crosscheck.report", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def _asset(name: str) -> str:
    return files("crosscheck.report").joinpath("templates", name).read_text(encoding="utf-8")


def _csp(script: str) -> str:
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return (f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'; img-src data:; "
            "base-uri 'none'; form-action 'none'")


def _joined(left: str, right: str) -> bool:
    """Whether two stretches of text meet without a space that the page must have had between them.

    Quotes start and end at sentence boundaries, which every script but CJK marks with a space;
    a context stored without it ("leaders" + "Russian President") gets the space back.
    """
    return bool(left and right and not left[-1].isspace() and not right[0].isspace()
                and not _CJK.match(left[-1]) and not _CJK.match(right[0]))


class _Page:
    """The report's indexes, built once per page."""

    def __init__(self, report: Report, baseline: Baseline | None):
        self.report = report
        self.names = source_names(report)
        self.claims = {claim.id: claim for claim in report.claims}
        self.mentions = mentions_index(report)
        self.texts = {x.document.id: x.document.text for x in report.extracted}
        self.zones = {x.document.id: sorted(x.document.body, key=lambda zone: zone.start) for x in report.extracted}
        self.states = baseline_states(report, baseline)
        self.match = baseline.matcher() if baseline is not None else None

    def name(self, document_id: str) -> str:
        return self.names.get(document_id, document_id)

    def context(self, quote: Quote) -> tuple[str, str]:
        """Prefix and suffix with the page's spacing: from the article text when it is at hand."""
        text = self.texts.get(quote.document)
        if text is not None and text[quote.start : quote.end] == quote.text:
            # context from the read zones around the quote only: page furniture never shows as context
            low, high = max(0, quote.start - _CONTEXT), quote.end + _CONTEXT
            zones = self.zones.get(quote.document) or []
            inside = [zone for zone in zones if zone.start <= quote.start < zone.end]
            if inside:
                before = [zone for zone in zones if zone.end <= quote.start and zone.end > low]
                after = [zone for zone in zones if zone.start >= quote.end and zone.start < high]
                low = max(low, (before[0] if before else inside[0]).start)
                high = min(high, (after[-1] if after else inside[0]).end)
            prefix = " ".join(text[max(low, z.start) : min(quote.start, z.end)] for z in zones
                              if z.end > low and z.start < quote.start) if inside else text[low : quote.start]
            suffix = " ".join(text[max(quote.end, z.start) : min(high, z.end)] for z in zones
                              if z.start < high and z.end > quote.end) if inside else text[quote.end : high]
        else:
            prefix, suffix = quote.prefix, quote.suffix
            prefix = prefix + " " if _joined(prefix, quote.text) else prefix
            suffix = " " + suffix if _joined(quote.text, suffix) else suffix
        return _SPACE.sub(" ", prefix), _SPACE.sub(" ", suffix)

    def zone(self, finding: Finding, quote: Quote) -> str | None:
        """The page zone of the quote's claim ("caption", "headline"), when it is not the body."""
        for claim_id in finding.claims:
            claim = self.claims.get(claim_id)
            if claim and claim.document == quote.document and claim.start <= quote.start < max(claim.end, claim.start + 1):
                return claim.zone if claim.zone != "body" else None
        return None

    def pieces(self, finding: Finding, quote: Quote) -> list[dict[str, str]]:
        """The quote split into plain and marked (mention) pieces."""
        pieces, cursor = [], 0
        for mention in quoted_mentions(finding, quote, self.claims, self.mentions):
            start, end = mention.start - quote.start, mention.end - quote.start
            if quote.text[start:end] != mention.text:
                continue  # offsets that do not fit the quote: leave it unmarked rather than mark the wrong words
            pieces.append({"text": quote.text[cursor:start], "mark": ""})
            pieces.append({"text": quote.text[start:end], "mark": mention.kind})
            cursor = end
        pieces.append({"text": quote.text[cursor:], "mark": ""})
        return [piece for piece in pieces if piece["text"]]


def _events(page: _Page, finding: Finding) -> list[dict[str, Any]]:
    """The timed claims of a finding, one per source and time, for the timeline."""
    seen, events = set(), []
    for claim_id in finding.claims:
        claim = page.claims.get(claim_id)
        if claim is None or claim.time is None or not (claim.time.start or claim.time.end):
            continue
        start = claim.time.start.isoformat() if claim.time.start else None
        end = claim.time.end.isoformat() if claim.time.end else None
        key = (claim.document, start, end)
        if key in seen:
            continue
        seen.add(key)
        events.append({"source": page.name(claim.document), "start": start, "end": end,
                       "granularity": claim.time.granularity, "modality": claim.time.modality,
                       "value": value_of(finding, claim.document, claim.line)})
    return events


def _finding_view(page: _Page, finding: Finding) -> dict[str, Any]:
    kind = shown_kind(finding)
    pairs = value_pairs(finding)
    differs = kind in _HIGHLIGHTED and values_differ(finding)
    sources = []
    for document_id in dict.fromkeys([*finding.documents, *(q.document for q in finding.quotes)]):
        quotes = []
        for quote in finding.quotes:
            if quote.document != document_id:
                continue
            prefix, suffix = page.context(quote)
            quotes.append({"prefix": prefix, "pieces": page.pieces(finding, quote), "suffix": suffix,
                           "location": location(quote), "start": quote.start, "end": quote.end,
                           "zone": page.zone(finding, quote)})
        values = [value for docs, _, value in pairs if document_id in docs]
        sources.append({"id": document_id, "name": page.name(document_id), "values": values, "quotes": quotes})
    entry = page.match(finding) if page.match is not None else None
    return {
        "id": finding.id or f"F-{finding.fingerprint[:8]}",
        "fingerprint": finding.fingerprint,
        "key": review_key(finding),
        "kind": finding.kind,
        "shown_kind": kind,
        "summary": named(one_line(finding.summary), page.names),
        "subject": finding.subject,
        "documents": " ".join(dict.fromkeys([*finding.documents, *(q.document for q in finding.quotes)])),
        "value_list": [{"who": ", ".join(page.name(d) for d in docs) or where, "where": where if docs else "",
                    "value": one_line(value)} for docs, where, value in pairs],
        "disputed": disputed_values(finding),
        "chips": _chips(page, finding) if kind == "variant" else [],
        "differs": differs,
        "sources": sources,
        "state": page.states.get(finding.fingerprint, ""),
        "accepted": ({"reason": entry.reason or "", "by": entry.accepted_by or "",
                      "date": entry.date.isoformat() if entry.date else ""} if entry is not None else None),
        "events": _events(page, finding),
    }


def _chips(page: _Page, finding: Finding) -> list[dict[str, str]]:
    """A variant's spellings, each with the sources that write it."""
    by_spelling: dict[str, list[str]] = {}
    for value in finding.values:
        by_spelling.setdefault(value.value, []).append(value.document)
    return [{"spelling": one_line(spelling), "sources": ", ".join(page.name(d) for d in documents)}
            for spelling, documents in by_spelling.items()]


def _claim_groups(page: _Page, sentences: list[tuple[list[Claim], list[Claim]]]) -> list[dict[str, Any]]:
    """The sentences no finding used, each once with the other places that print it."""
    groups = []
    for claims, repeats in sentences:
        first = claims[0]
        groups.append({
            "source": page.name(first.document), "document": " ".join(dict.fromkeys([first.document, *(r.document for r in repeats)])),
            "line": first.line, "zone": first.zone if first.zone != "body" else None,
            # the text's own word, not the lexicon class it is filed under
            "kinds": list(dict.fromkeys(event_word(claim) for claim in claims)), "text": one_line(first.text),
            # the source is named again only when it differs from the place before
            "repeats": [{"source": page.name(r.document) if r.document != p.document else None, "line": r.line}
                        for p, r in zip([first, *repeats], repeats)],
        })
    return groups


def render(report: Report, *, color: bool = False, baseline: Baseline | None = None) -> str:
    del color
    page = _Page(report, baseline)
    findings = ordered(report.findings)  # with a baseline, new findings get a group of their own, first
    views = [_finding_view(page, finding) for finding in findings]
    groups: dict[str, list[dict[str, Any]]] = {}
    for view in views:
        group = "new" if view["state"] == "new" else view["shown_kind"]
        groups.setdefault(group, []).append(view)
    titles = {"new": "New, not in the baseline", **KIND_TITLES}
    stale = diff(report, baseline).stale if baseline is not None else []
    new_count = sum(1 for state in page.states.values() if state == "new")
    script = _asset("report.js")
    timeline = {view["fingerprint"]: {"kind": view["shown_kind"], "title": view["summary"], "events": view["events"]}
                for view in views if view["events"]}
    return _environment().get_template("report.html.j2").render(
        schema=report.schema_,
        csp=_csp(script),
        style=_asset("report.css"),
        script=script,
        kinds=[{"kind": kind, "title": KIND_TITLES[kind], "description": KIND_DESCRIPTIONS[kind][1]} for kind in KIND_ORDER],
        tally=counts(report),
        totals={"documents": len(report.documents), "findings": len(report.findings), "claims": len(report.claims),
                "mentions": len(report.mentions)},
        baseline={"new": new_count, "unchanged": len(page.states) - new_count, "stale": len(stale)}
        if baseline is not None else None,
        stale=[{"kind": e.kind, "fingerprint": e.fingerprint, "summary": one_line(e.summary)} for e in stale],
        groups=[(group, titles[group], groups[group]) for group in ("new", *KIND_ORDER) if group in groups],
        documents=[{"id": d.id, "name": page.name(d.id), "published": d.published.isoformat() if d.published else "",
                    "title": one_line(d.title), "outlet": one_line(d.outlet), "credit": one_line(d.credit),
                    "authors": ", ".join(d.authors), "path": d.path} for d in report.documents],
        not_compared=_claim_groups(page, not_compared_sentences(report)),
        not_compared_count=len(not_compared(report)),
        problems=[problem.render() for problem in report.problems],
        timeline=timeline,
    )
