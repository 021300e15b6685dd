"""The baseline: findings a newsroom has reviewed and accepted, matched by fingerprint.

A CI gate fails only on findings that are not in the baseline, as linters ignore suppressed
warnings; baseline entries that match no finding any more are reported as stale, as linters
report unused suppressions. Reviewers fill in ``reason``, ``accepted_by`` and ``date`` by hand,
so :func:`update` never loses them.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from pydantic import ConfigDict, Field, ValidationError

from ..models import Finding, FindingKind, Model, Report
from ._shared import KIND_ORDER, kind_rank

BASELINE_SCHEMA = "crosscheck/baseline-1"


class BaselineError(Exception):
    """A baseline file that cannot be used; the message is one line naming the file and the problem."""


class BaselineEntry(Model):
    fingerprint: str = Field(min_length=1)
    kind: FindingKind
    summary: str = ""
    reason: str | None = None
    accepted_by: str | None = None
    date: datetime.date | None = None


class Baseline(Model):
    schema_: str = Field(default=BASELINE_SCHEMA, alias="schema")
    findings: list[BaselineEntry] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def fingerprints(self) -> set[str]:
        return {entry.fingerprint for entry in self.findings}

    def to_json(self) -> str:
        return json.dumps(self.model_dump(mode="json", by_alias=True), indent=2, ensure_ascii=False) + "\n"


class BaselineDiff(NamedTuple):
    """Findings of the selected kinds split by the baseline, and the entries nothing matched."""

    new: list[Finding]
    unchanged: list[Finding]
    stale: list[BaselineEntry]


def _first_error(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    more = f" (and {error.error_count() - 1} more)" if error.error_count() > 1 else ""
    return f"{where}: {first['msg']}{more}" if where else f"{first['msg']}{more}"


def parse_baseline(text: str, source: str = "<baseline>") -> Baseline:
    """Validate baseline JSON text; every problem becomes one :class:`BaselineError` line."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise BaselineError(f"{source}:{error.lineno}:{error.colno}: not valid JSON: {error.msg}") from None
    if not isinstance(data, dict):
        raise BaselineError(f"{source}: expected a JSON object with \"schema\" and \"findings\"")
    if data.get("schema") != BASELINE_SCHEMA:
        raise BaselineError(f"{source}: schema is {data.get('schema')!r}, expected {BASELINE_SCHEMA!r}")
    try:
        baseline = Baseline.model_validate(data)
    except ValidationError as error:
        raise BaselineError(f"{source}: {_first_error(error)}") from None
    seen: set[str] = set()
    for entry in baseline.findings:
        if entry.fingerprint in seen:
            raise BaselineError(f"{source}: fingerprint {entry.fingerprint} is listed twice")
        seen.add(entry.fingerprint)
    return baseline


def load_baseline(path: str | Path) -> Baseline:
    """Read a baseline file; raises :class:`BaselineError` (one line) when it is missing or malformed."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BaselineError(f"{path}: baseline file not found") from None
    except UnicodeDecodeError:
        raise BaselineError(f"{path}: not UTF-8 text") from None
    except OSError as error:
        raise BaselineError(f"{path}: cannot read: {error.strerror or error}") from None
    return parse_baseline(text, str(path))


def diff(report: Report, baseline: Baseline, kinds: Iterable[str] | None = None) -> BaselineDiff:
    """Split the report's findings of ``kinds`` (all when None) into new and unchanged.

    Stale entries are those matching no finding of any kind: a dead suppression is dead whatever
    the gate selects.
    """
    selected = set(KIND_ORDER if kinds is None else kinds)
    accepted = baseline.fingerprints()
    new: list[Finding] = []
    unchanged: list[Finding] = []
    for finding in report.findings:
        if finding.kind in selected:
            (unchanged if finding.fingerprint in accepted else new).append(finding)
    current = {finding.fingerprint for finding in report.findings}
    stale = [entry for entry in baseline.findings if entry.fingerprint not in current]
    return BaselineDiff(new=new, unchanged=unchanged, stale=stale)


def _entry_order(entry: BaselineEntry) -> tuple[int, str]:
    return kind_rank(entry.kind), entry.fingerprint


def from_report(report: Report) -> Baseline:
    """A baseline accepting every finding of ``report``, with empty reviewer fields."""
    return update(Baseline(), report)


def update(baseline: Baseline, report: Report) -> Baseline:
    """Add the report's new findings; keep every existing entry and its reviewers' fields.

    Kind and summary of an entry still matched are refreshed from the finding; stale entries are
    kept so that no reviewer's note disappears silently (``diff`` reports them for a person to
    delete).
    """
    by_fingerprint = {entry.fingerprint: entry.model_copy() for entry in baseline.findings}
    for finding in report.findings:
        entry = by_fingerprint.get(finding.fingerprint)
        if entry is None:
            by_fingerprint[finding.fingerprint] = BaselineEntry(
                fingerprint=finding.fingerprint, kind=finding.kind, summary=finding.summary
            )
        else:
            entry.kind = finding.kind
            entry.summary = finding.summary
    return Baseline(findings=sorted(by_fingerprint.values(), key=_entry_order))
