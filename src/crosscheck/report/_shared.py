"""What every report format shares: the order and severity of finding kinds, and safe text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal

from ..models import Claim, DocumentSummary, Finding, Mention, Quote, Report

if TYPE_CHECKING:
    from .baseline import Baseline

# Most severe first: the order of sections, annotations and gates.
KIND_ORDER: tuple[str, ...] = ("contradiction", "internal", "variant", "change", "agreement", "consistent", "single_source")

KIND_TITLES = {
    "contradiction": "Contradictions",
    "internal": "Internal inconsistencies",
    "variant": "Variants",
    "change": "Changes over time",
    "agreement": "Agreements",
    "consistent": "Consistent within one source",
    "single_source": "Single-source claims",
}

# (short description, full description): SARIF rules, the HTML legend, explain.
KIND_DESCRIPTIONS = {
    "contradiction": (
        "Sources contradict each other",
        "Independent sources state incompatible values (dates, figures, names, roles) for the same event or fact.",
    ),
    "internal": (
        "One article is inconsistent with itself",
        "Two statements inside one article give values for the same event or fact that need a second look.",
    ),
    "variant": (
        "Sources write the same thing differently",
        "The same person, place or figure appears under different spellings or forms in different sources.",
    ),
    "change": (
        "A value changed over time",
        "Sources published at different times give different values that are explained by the time between "
        "them (a promotion, a new title), not a contradiction.",
    ),
    "agreement": (
        "Sources agree",
        "Independent sources give compatible values for the same event or fact, taking granularity into account.",
    ),
    "consistent": (
        "Consistent within one source",
        "Two statements inside one article give compatible values for the same event or fact; not a confirmation.",
    ),
    "single_source": (
        "Only one source states this",
        "A claim that only one independent source makes; it cannot be cross-checked within this set of articles.",
    ),
}

Level = Literal["error", "warning", "note", "none"]
LEVELS: dict[str, Level] = {
    "contradiction": "error",
    "internal": "warning",
    "variant": "warning",
    "change": "note",
    "single_source": "note",
    "agreement": "none",
    "consistent": "none",
}

BaselineState = Literal["new", "unchanged"]

# C0 and C1 control characters (tab and newline included: callers want one line) and DEL; an
# article must never move a terminal's cursor or break a CSV row or a workflow command.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")
_SPACES = re.compile(r"\s+")


def kind_rank(kind: str) -> int:
    return KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)


def ordered(findings: Iterable[Finding]) -> list[Finding]:
    """Most severe kind first; the report's own order inside a kind (stable sort)."""
    return sorted(findings, key=lambda finding: kind_rank(finding.kind))


def grouped(findings: Iterable[Finding]) -> list[tuple[str, list[Finding]]]:
    """Non-empty groups of findings by kind, most severe first."""
    groups: dict[str, list[Finding]] = {}
    for finding in ordered(findings):
        groups.setdefault(finding.kind, []).append(finding)
    return list(groups.items())


def counts(report: Report) -> dict[str, int]:
    """Findings per kind, every kind listed (zero included), most severe first."""
    tally = dict.fromkeys(KIND_ORDER, 0)
    for finding in report.findings:
        tally[finding.kind] = tally.get(finding.kind, 0) + 1
    return tally


def one_line(text: str | None) -> str:
    """Text on one line: control characters and runs of whitespace become one space."""
    if not text:
        return ""
    return _SPACES.sub(" ", _CONTROL.sub(" ", text)).strip()


def shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)].rstrip() + "…"


def documents_index(report: Report) -> dict[str, DocumentSummary]:
    return {document.id: document for document in report.documents}


def mentions_index(report: Report) -> dict[str, Mention]:
    return {mention.id: mention for mention in report.mentions}


def source_label(document_id: str, documents: dict[str, DocumentSummary]) -> str:
    """A document as a reader knows it: its id and, when known, its outlet or credit."""
    document = documents.get(document_id)
    if document is None:
        return document_id
    who = document.outlet or document.credit
    return f"{document_id} ({one_line(who)})" if who else document_id


def value_columns(finding: Finding, documents: dict[str, DocumentSummary]) -> list[tuple[str, str]]:
    """The finding's values side by side: (source label, value) in the finding's order."""
    return [(source_label(key, documents), one_line(value)) for key, value in finding.values.items()]


def values_differ(finding: Finding) -> bool:
    return len(set(finding.values.values())) > 1


def location(quote: Quote) -> str:
    return f"{quote.path}:{quote.line}"


def baseline_states(report: Report, baseline: Baseline | None) -> dict[str, BaselineState]:
    """Each finding's fingerprint mapped to new/unchanged against ``baseline`` (empty without one)."""
    if baseline is None:
        return {}
    accepted = baseline.fingerprints()
    return {f.fingerprint: ("unchanged" if f.fingerprint in accepted else "new") for f in report.findings}


def quoted_mentions(finding: Finding, quote: Quote, claims: dict[str, Claim], mentions: dict[str, Mention]) -> list[Mention]:
    """Mentions of the finding's claims that lie inside ``quote``, in text order, not overlapping.

    Takes the report's claims and mentions by id, built once per report (not per quote).
    """
    inside: dict[str, Mention] = {}
    for claim_id in finding.claims:
        claim = claims.get(claim_id)
        if claim is None or claim.document != quote.document:
            continue
        for mention_id in claim.mentions:
            mention = mentions.get(mention_id)
            if mention is not None and quote.start <= mention.start and mention.end <= quote.end:
                inside[mention.id] = mention
    chosen: list[Mention] = []
    for mention in sorted(inside.values(), key=lambda m: (m.start, -m.end, m.id)):
        if not chosen or mention.start >= chosen[-1].end:
            chosen.append(mention)
    return chosen
