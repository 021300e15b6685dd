"""What verify reads and returns: stated claims, part checks, evidence, verdicts."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from ..models import (
    DocumentSummary,
    Model,
    Problem,
    Quote,
    SourceGroup,
)


VerdictName = Literal["supported", "contradicted", "mixed", "unverified"]
PartName = Literal["what", "who", "when", "how many", "where"]
Stance = Literal["agrees", "contradicts", "silent"]
PartStatus = Literal["supported", "contradicted", "mixed", "unconfirmed", "unreadable"]
EvidenceStance = Literal["supports", "contradicts", "related"]

PARTS: tuple[PartName, ...] = ("what", "who", "when", "how many", "where")
PART_WORDS = {"what": "event", "who": "participants", "when": "time", "how many": "figure", "where": "place"}
VERDICTS: tuple[VerdictName, ...] = ("supported", "contradicted", "mixed", "unverified")
CLAIMS_FILE_LIMIT = 10_000


class ClaimInput(Model):
    """A claim to verify and where it was written (the command line, or a line of a claims file)."""

    id: str
    text: str
    path: str = "<claim>"
    line: int = 1
    # ISO 639-1 code of the claim's language; None: told from its words among the rule pack's languages.
    language: str | None = None


class PartCheck(Model):
    """One part of the claim as one source states it."""

    part: PartName
    claim: str
    source: str
    stance: Stance


class Evidence(Model):
    """A source sentence about the claim's event, with its values beside the claim's."""

    quote: Quote
    source: str  # the independent source (first document of its group of copies)
    kind: str
    stance: EvidenceStance
    parts: list[PartCheck] = Field(default_factory=list)


class PartResult(Model):
    """A part of the claim over all sources: ``sources`` agree, ``against`` contradict."""

    part: PartName
    claim: str
    status: PartStatus
    sources: list[str] = Field(default_factory=list)
    against: list[str] = Field(default_factory=list)
    source_values: list[str] = Field(default_factory=list)
    against_values: list[str] = Field(default_factory=list)
    note: str = ""


class Statement(Model):
    """One event or fact that the claim states (a claim can state several)."""

    kind: str
    label: str
    verdict: VerdictName
    parts: list[PartResult] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


class Verdict(Model):
    id: str
    claim: str
    path: str
    line: int
    verdict: VerdictName
    summary: str
    independent_sources: int = 0
    single_source: bool = False
    needs_as_of: bool = False
    unread: list[str] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    source_groups: list[SourceGroup] = Field(default_factory=list)


class SourceDocument(DocumentSummary):
    """A corpus document as a verdict cites it (the URL lets ClaimReview link the article)."""

    url: str | None = None


class VerifyResult(Model):
    schema_: str = Field(default="crosscheck/verify-1", alias="schema")
    as_of: date | None = None
    documents: list[SourceDocument] = Field(default_factory=list)
    verdicts: list[Verdict] = Field(default_factory=list)
    problems: list[Problem] = Field(default_factory=list)

    model_config = {"extra": "forbid", "populate_by_name": True}


# -- reading claims ----------------------------------------------------------------------
