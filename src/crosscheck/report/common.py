"""What every report format shares: the order, titles and severity of finding kinds, source
names, values side by side and safe text. Public: the command line and verify read it too."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

from ..compare.labels import document_label, short_title
from ..models import Claim, DocumentSummary, Finding, Mention, Quote, Report

# Most severe first: the order of sections, annotations and gates.
# "consistent" is agreement inside ONE source (two statements of one article that fit); it is
# shown apart from agreements between sources, which are what cross-checking establishes.
KIND_ORDER: tuple[str, ...] = (
    "contradiction", "internal", "variant", "change", "agreement", "consistent", "single_source",
)

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
        "One source is consistent with itself",
        "Two statements inside one article give compatible values for the same event or fact; no second "
        "source confirms them.",
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

# C0 and C1 control characters (tab and newline included: callers want one line) and DEL; an
# article must never move a terminal's cursor or break a CSV row or a workflow command.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")
_SPACES = re.compile(r"\s+")


def kind_rank(kind: str) -> int:
    return KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)


def shown_kind(finding: Finding) -> str:
    """The heading a finding is filed under.

    An agreement whose statements all come from one document is consistency inside that source,
    not agreement between sources: it gets its own heading (the compare stage files it as
    ``consistent`` once that kind exists; older reports file it as ``agreement``).
    """
    if finding.kind == "agreement" and len(set(finding.documents)) == 1:
        return "consistent"
    return finding.kind


def ordered(findings: Iterable[Finding]) -> list[Finding]:
    """Most severe kind first; the report's own order inside a kind (stable sort)."""
    return sorted(findings, key=lambda finding: kind_rank(shown_kind(finding)))


def grouped(findings: Iterable[Finding]) -> list[tuple[str, list[Finding]]]:
    """Non-empty groups of findings by shown kind, most severe first."""
    groups: dict[str, list[Finding]] = {}
    for finding in ordered(findings):
        groups.setdefault(shown_kind(finding), []).append(finding)
    return list(groups.items())


def counts(report: Report) -> dict[str, int]:
    """Findings per shown kind, every kind listed (zero included), most severe first."""
    tally = dict.fromkeys(KIND_ORDER, 0)
    for finding in report.findings:
        kind = shown_kind(finding)
        tally[kind] = tally.get(kind, 0) + 1
    return tally


def event_word(claim: Claim) -> str:
    """What a claim's sentence calls its event, in the text's own word (the lemma of its trigger:
    "pitch", "involve", "hold talks"); the event class (``Claim.kind``, a lexicon key such as
    "toss") is shown only when a claim has no trigger word."""
    return claim.predicate or claim.kind.replace("_", " ")


def not_compared(report: Report) -> list[Claim]:
    """Claims that no finding uses: read from an article but matched with nothing, in report order."""
    used = {claim_id for finding in report.findings for claim_id in finding.claims}
    return [claim for claim in report.claims if claim.id not in used]


def stories(report: Report) -> dict[str, str]:
    """Each document's story: the first document of its source group (the copies of one wire
    story that two sites printed), or the document itself."""
    story = {document.id: document.id for document in report.documents}
    for group in report.source_groups:
        first = min(group.documents)
        for document_id in group.documents:
            story[document_id] = first
    return story


def _said(text: str) -> str:
    return " ".join(text.split()).casefold()


def not_compared_sentences(report: Report) -> list[tuple[list[Claim], list[Claim]]]:
    """The sentences no finding used, each once, as (its claims, the first claim of each repeat):
    a sentence that one source prints twice (a standfirst repeated in the body), that the copies of
    one story all print, or that two sources print word for word (a site's boilerplate, a quoted
    statement) is listed at its first place with the others' locations, not once per place: a list
    of unused sentences that repeats a quote tells the reader nothing more."""
    sentences: dict[str, tuple[list[Claim], list[Claim]]] = {}
    first_place: dict[str, tuple[str, int]] = {}
    for claim in not_compared(report):
        key = _said(claim.text)
        place = (claim.document, claim.sentence)
        claims, repeats = sentences.setdefault(key, ([], []))
        first = first_place.setdefault(key, place)
        if place == first:
            claims.append(claim)
        elif all((c.document, c.sentence) != place for c in repeats):
            repeats.append(claim)
    return list(sentences.values())


def quote_copies(finding: Finding, story: dict[str, str]) -> list[tuple[Quote, list[Quote]]]:
    """The finding's quotes, each sentence once, as (quote, its repeats' quotes): a sentence one
    source prints twice, or the copies of one story all print, is quoted once with every location."""
    listed: dict[tuple, tuple[Quote, list[Quote]]] = {}
    for quote in finding.quotes:
        key = (story.get(quote.document, quote.document), _said(quote.text))
        if key in listed:
            listed[key][1].append(quote)
        else:
            listed[key] = (quote, [])
    return list(listed.values())


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


def source_names(report: Report) -> dict[str, str]:
    """Each document's name as an editor knows it: its outlet (or agency credit, or short title).

    Where two documents would share a name (two articles of one outlet), the publication date
    tells them apart, or the document id when the dates do not; every name points at one document.
    """
    base: dict[str, str] = {}
    for document in report.documents:
        who = one_line(document.outlet or document.credit)
        base[document.id] = who or short_title(document.title) or document.id
    sharing: dict[str, list[DocumentSummary]] = {}
    for document in report.documents:
        sharing.setdefault(base[document.id], []).append(document)
    names: dict[str, str] = {}
    for name, documents in sharing.items():
        if len(documents) == 1:
            names[documents[0].id] = name
            continue
        days = [d.published.isoformat() if d.published else "" for d in documents]
        by_day = all(days) and len(set(days)) == len(days)
        for document, day in zip(documents, days):
            names[document.id] = f"{name} ({day})" if by_day else f"{name} [{document.id}]"
    return names


def source_label(document_id: str, documents: dict[str, DocumentSummary]) -> str:
    """A document as a reader knows it: its id and its outlet, credit or short title."""
    document = documents.get(document_id)
    return one_line(document_label(document)) if document is not None else document_id


def named(text: str, names: dict[str, str]) -> str:
    """``text`` with every document id replaced by the document's name (summaries cite ids).

    Ids shorter than four characters are left alone: they could be ordinary words ("a", "b").
    """
    ids = sorted((doc_id for doc_id in names if len(doc_id) >= 4), key=len, reverse=True)
    if not ids or not text:
        return text
    alternatives = "|".join(re.escape(doc_id) for doc_id in ids)
    pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")
    return pattern.sub(lambda match: names[match.group(0)], text)


def value_pairs(finding: Finding) -> list[tuple[list[str], str, str]]:
    """The finding's values as (documents, where, value) in the finding's order; ``where`` is
    "line 95" when the finding holds two statements of one document."""
    return [([v.document], f"line {v.line}" if v.line is not None else "", v.value) for v in finding.values]


def value_of(finding: Finding, document_id: str, line: int | None = None) -> str:
    """What ``document_id`` says in the finding (its values joined), or "" when it says nothing.
    With ``line`` (a quote's), a finding that gives one document's values line by line ("nearly
    50" on line 95, "more than 45" on line 99) gives the value of that line."""
    values = [v for v in finding.values if v.document == document_id]
    if line is not None and any(v.line == line for v in values):
        values = [v for v in values if v.line == line]
    return "; ".join(v.value for v in values)


def disputed_values(finding: Finding) -> list[str]:
    """The distinct values a finding is about, normalised: what a reviewer looked at.

    Which source said a value is left out, so a further source repeating a reviewed value does
    not change the list; a new value does.
    """
    return sorted({" ".join(value.lower().split()) for _, _, value in value_pairs(finding)})


def value_columns(finding: Finding, documents: dict[str, DocumentSummary]) -> list[tuple[str, str]]:
    """The finding's values side by side: (source label, value) in the finding's order."""
    return [(source_label(v.document, documents) + (f" line {v.line}" if v.line is not None else ""), one_line(v.value))
            for v in finding.values]


def values_differ(finding: Finding) -> bool:
    return len({v.value for v in finding.values}) > 1


def location(quote: Quote) -> str:
    return f"{quote.path}:{quote.line}"


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
