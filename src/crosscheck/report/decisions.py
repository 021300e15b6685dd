"""Reviewers' decisions exported from the HTML report, merged into the baseline.

The page writes one decision per reviewed finding: ``accept`` (the finding was reviewed and is
accepted: the gate no longer fails on it), ``reject`` or ``needs-work`` (not accepted: an entry
for it is removed, so the gate keeps failing until someone accepts it). Each decision names its
reviewer, gives a reason and a date; an accepted entry keeps them as ``accepted_by``, ``reason``
and ``date``.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Literal, NamedTuple

from pydantic import ConfigDict, Field, ValidationError

from ..models import FindingKind, Model
from .baseline import Baseline, BaselineEntry, entry_order, read_review_file

DECISIONS_SCHEMA = "crosscheck/decisions-1"


class DecisionsError(Exception):
    """A decisions file that cannot be used; the message is one line naming the file and the problem."""


class Decision(Model):
    fingerprint: str = Field(min_length=1)
    key: str | None = None
    kind: FindingKind
    summary: str = ""
    values: list[str] = Field(default_factory=list)
    decision: Literal["accept", "reject", "needs-work"]
    reason: str = Field(min_length=1)
    reviewer: str = Field(min_length=1)
    date: datetime.date


class Decisions(Model):
    schema_: str = Field(default=DECISIONS_SCHEMA, alias="schema")
    decisions: list[Decision] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Applied(NamedTuple):
    baseline: Baseline
    accepted: int
    removed: int
    not_accepted: int


def load_decisions(path: str | Path) -> Decisions:
    """Read and validate a decisions file; every problem is one :class:`DecisionsError` line."""
    text = read_review_file(path, "decisions file", DecisionsError)
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        where = f"{error.lineno}:{error.colno}: " if isinstance(error, json.JSONDecodeError) else ""
        raise DecisionsError(f"{path}:{where}not valid JSON") from None
    if not isinstance(data, dict) or data.get("schema") != DECISIONS_SCHEMA:
        raise DecisionsError(f"{path}: expected a JSON object with \"schema\": \"{DECISIONS_SCHEMA}\"")
    try:
        return Decisions.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise DecisionsError(f"{path}: {where}: {first['msg']}") from None


def apply_decisions(baseline: Baseline, decisions: Decisions) -> Applied:
    """The baseline with each decision applied in file order (a later decision on a finding wins)."""
    entries = [entry.model_copy() for entry in baseline.findings]
    accepted = removed = not_accepted = 0
    for decision in decisions.decisions:
        matching = [e for e in entries if e.fingerprint == decision.fingerprint or (decision.key and e.key == decision.key)]
        if decision.decision == "accept":
            entry = matching[0] if matching else None
            if entry is None:
                entry = BaselineEntry(fingerprint=decision.fingerprint, kind=decision.kind)
                entries.append(entry)
            entry.key = decision.key or entry.key
            entry.kind = decision.kind
            entry.summary = decision.summary or entry.summary
            entry.values = decision.values or entry.values
            entry.reason, entry.accepted_by, entry.date = decision.reason, decision.reviewer, decision.date
            accepted += 1
        else:
            entries = [e for e in entries if e not in matching]
            removed += len(matching)
            not_accepted += 1
    return Applied(Baseline(findings=sorted(entries, key=entry_order)), accepted, removed, not_accepted)
