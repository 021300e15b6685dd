"""One finding in full, for ``crosscheck explain``: its claims, quotes, and how each value was normalised."""

from __future__ import annotations

from typing import Any

from tabulate import tabulate

from ..models import Claim, EntityValue, Finding, Mention, MentionValue, QuantityValue, Report, TimeValue
from .common import KIND_DESCRIPTIONS, documents_index, location, mentions_index, one_line, source_label, value_columns


class FindingLookupError(LookupError):
    """No finding, or several, match the fingerprint asked for; the message says which."""


def find_finding(report: Report, fingerprint: str) -> Finding:
    """The finding with this fingerprint, or the only one it is a prefix of."""
    wanted = fingerprint.strip()
    exact = [finding for finding in report.findings if finding.fingerprint == wanted]
    if exact:
        return exact[0]
    matches = [finding for finding in report.findings if wanted and finding.fingerprint.startswith(wanted)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise FindingLookupError(f"no finding has fingerprint {wanted!r} ({len(report.findings)} findings in these paths)")
    listed = ", ".join(sorted(finding.fingerprint for finding in matches)[:10])
    raise FindingLookupError(f"fingerprint prefix {wanted!r} matches {len(matches)} findings: {listed}")


def _bounds(low: float | None, high: float | None) -> str:
    def number(value: float | None) -> str:
        return "∞" if value is None else (f"{value:g}")

    return number(low) if low == high else f"{number(low)}–{number(high)}"


def describe_value(value: MentionValue | None) -> str:
    """A normalised value in words: what the pipeline understood the text to mean."""
    if isinstance(value, TimeValue):
        span = f"{value.start or '…'} to {value.end or 'open'}" if value.start != value.end else str(value.start)
        details = [value.granularity, value.modality] + ([value.part] if value.part else [])
        details.append(f"anchored on {value.anchor}")
        text = f"{span} ({', '.join(details)})"
        return text + (f" INVALID: {value.invalid}" if value.invalid else "")
    if isinstance(value, QuantityValue):
        details = [f'said "{value.exact}"'] + [f"{label} {item}" for label, item in
                                              (("hedge", value.hedge), ("noun", value.noun), ("event", value.event)) if item]
        return f"{_bounds(value.low, value.high)} {value.unit} ({', '.join(details)})"
    if isinstance(value, EntityValue):
        details = [value.type, f"entity {value.entity}"] + [f"{label} {item}" for label, item in
                                                           (("title", value.title), ("role", value.role),
                                                            ("country", value.country)) if item]
        return f"{value.canonical} ({', '.join(details)})"
    return "-"


def _claim_facts(claim: Claim) -> list[str]:
    facts = []
    if claim.time is not None:
        facts.append(f"time: {describe_value(claim.time)}")
    if claim.participants:
        facts.append(f"participants: {', '.join(claim.participants)}")
    if claim.place:
        facts.append(f"place: {claim.place}")
    facts += [f"figure: {describe_value(figure)}" for figure in claim.figures]
    if claim.attribution:
        facts.append(f"attributed to: {claim.attribution}")
    facts.append(f"modality: {claim.modality}, polarity: {claim.polarity}")
    return facts


def _mentions_table(mentions: list[Mention]) -> str:
    rows = [[f'"{one_line(m.text)}"', m.kind, m.line, f"{m.start}–{m.end}", describe_value(m.value)] for m in mentions]
    return tabulate(rows, headers=["text", "kind", "line", "chars", "normalised as"], tablefmt="simple", disable_numparse=True)


def explain(report: Report, finding: Finding) -> str:
    """The finding in full as terminal text."""
    documents = documents_index(report)
    mentions = mentions_index(report)
    claims = {claim.id: claim for claim in report.claims}
    lines = [
        f"{finding.kind}: {one_line(finding.summary)}",
        f"  {KIND_DESCRIPTIONS[finding.kind][1]}",
        f"fingerprint: {finding.fingerprint}",
        f"subject: {finding.subject}",
        "sources: " + ", ".join(source_label(d, documents) for d in finding.documents),
    ]
    if finding.values:
        lines.append("values:")
        lines += [f"  {label}: {value}" for label, value in value_columns(finding, documents)]
    if finding.preferred:
        lines.append(f"preferred: {finding.preferred}")
    for claim_id in finding.claims:
        claim = claims.get(claim_id)
        if claim is None:
            lines += ["", f"claim {claim_id}: not in the report"]
            continue
        path = documents[claim.document].path if claim.document in documents else claim.document
        lines += ["", f"claim {claim.id} ({claim.kind}) at {path}:{claim.line}, characters {claim.start}–{claim.end}",
                  f'  "{one_line(claim.text)}"']
        lines += [f"  {fact}" for fact in _claim_facts(claim)]
        claim_mentions = [mentions[m] for m in claim.mentions if m in mentions]
        if claim_mentions:
            lines.append("  mentions, and how each value was normalised:")
            lines += ["    " + row for row in _mentions_table(claim_mentions).splitlines()]
    if finding.quotes:
        lines += ["", "quotes (with context, to find them again after an edit):"]
        for quote in finding.quotes:
            lines.append(f"  {location(quote)}, characters {quote.start}–{quote.end}:")
            lines.append(f"    {_in_context(quote)}")
    return "\n".join(lines) + "\n"


def _in_context(quote) -> str:
    """The quote in brackets between its context; "…" only where the article goes on (a quote
    at the start or end of its text, or against furniture, has nothing there to elide)."""
    before, after = one_line(quote.prefix), one_line(quote.suffix)
    return (f"…{before} " if before else "") + f"[{one_line(quote.text)}]" + (f" {after}…" if after else "")


def explain_data(report: Report, finding: Finding) -> dict[str, Any]:
    """The finding with its claims and their mentions, as JSON-ready data."""
    wanted_claims = [claim for claim in report.claims if claim.id in set(finding.claims)]
    mention_ids = {m for claim in wanted_claims for m in claim.mentions}
    return {
        "schema": report.schema_,
        "finding": finding.model_dump(mode="json"),
        "claims": [claim.model_dump(mode="json") for claim in wanted_claims],
        "mentions": [m.model_dump(mode="json") for m in report.mentions if m.id in mention_ids],
    }
