"""The baseline: findings a newsroom has reviewed and accepted, matched by what was reviewed.

An entry matches a finding by fingerprint or by review key: the finding's kind, subject and the
distinct values in dispute, without the sources that gave them. A third source repeating a value
of an accepted contradiction changes the fingerprint but not the review key, so the reviewed
finding stays accepted; a new value in dispute changes the key and is new.

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
from typing import Literal, NamedTuple

import hashlib
import re

from pydantic import ConfigDict, Field, PrivateAttr, ValidationError

from ..models import Finding, FindingKind, Model, Report
from .common import KIND_ORDER, disputed_values, kind_rank, shown_kind

BASELINE_SCHEMA = "crosscheck/baseline-1"


class BaselineError(Exception):
    """A baseline file that cannot be used; the message is one line naming the file and the problem."""


def review_key(finding: Finding) -> str:
    """What a reviewer accepted: kind, normalised subject and the distinct values in dispute."""
    parts = [shown_kind(finding), " ".join(finding.subject.lower().split()), *disputed_values(finding)]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


class BaselineEntry(Model):
    fingerprint: str = Field(min_length=1)
    # The review key (see review_key); absent in baselines written before it existed.
    key: str | None = None
    kind: FindingKind
    summary: str = ""
    values: list[str] = Field(default_factory=list)
    reason: str | None = None
    accepted_by: str | None = None
    date: datetime.date | None = None


class Baseline(Model):
    schema_: str = Field(default=BASELINE_SCHEMA, alias="schema")
    findings: list[BaselineEntry] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    # Where the baseline was read from and the line of each entry, so a stale entry can point
    # at the line to delete (SARIF locations); empty for a baseline built in memory.
    _path: str | None = PrivateAttr(default=None)
    _lines: dict[str, int] = PrivateAttr(default_factory=dict)

    @property
    def path(self) -> str | None:
        return self._path

    def line_of(self, entry: BaselineEntry) -> int | None:
        return self._lines.get(entry.fingerprint)

    def fingerprints(self) -> set[str]:
        return {entry.fingerprint for entry in self.findings}

    def matcher(self) -> "Matcher":
        return Matcher(self.findings)

    def to_json(self) -> str:
        return json.dumps(self.model_dump(mode="json", by_alias=True), indent=2, ensure_ascii=False) + "\n"


class Matcher:
    """Finds the entry accepting a finding: same fingerprint, or same review key (built once)."""

    def __init__(self, entries: Iterable[BaselineEntry]):
        self.by_fingerprint: dict[str, BaselineEntry] = {}
        self.by_key: dict[str, BaselineEntry] = {}
        for entry in entries:
            self.add(entry)

    def add(self, entry: BaselineEntry) -> None:
        self.by_fingerprint.setdefault(entry.fingerprint, entry)
        if entry.key:
            self.by_key.setdefault(entry.key, entry)

    def __call__(self, finding: Finding) -> BaselineEntry | None:
        return self.by_fingerprint.get(finding.fingerprint) or self.by_key.get(review_key(finding))

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
    except (ValueError, RecursionError) as error:  # nesting past the recursion limit; integers over 4,300 digits
        raise BaselineError(f"{source}: not valid JSON: {'nested too deeply' if isinstance(error, RecursionError) else error}") from None
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
    baseline._path = source
    baseline._lines = _entry_lines(text)
    return baseline


_FINGERPRINT_LINE = re.compile(r'"fingerprint"\s*:\s*"([^"\\]+)"')


def _entry_lines(text: str) -> dict[str, int]:
    """The 1-based line of each entry's ``"fingerprint"`` in the baseline file."""
    return {m.group(1): text.count("\n", 0, m.start()) + 1 for m in _FINGERPRINT_LINE.finditer(text)}


def read_review_file(path: str | Path, what: str, error: type[Exception]) -> str:
    """The text of a file a reviewer gives (a baseline, a decisions file); each way it cannot be
    read is one ``error`` line naming the file."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise error(f"{path}: {what} not found") from None
    except UnicodeDecodeError:
        raise error(f"{path}: not UTF-8 text") from None
    except OSError as problem:
        raise error(f"{path}: cannot read: {problem.strerror or problem}") from None


def load_baseline(path: str | Path) -> Baseline:
    """Read a baseline file; raises :class:`BaselineError` (one line) when it is missing or malformed."""
    return parse_baseline(read_review_file(path, "baseline file", BaselineError), str(path))


def diff(report: Report, baseline: Baseline, kinds: Iterable[str] | None = None) -> BaselineDiff:
    """Split the report's findings of ``kinds`` (all when None) into new and unchanged.

    Stale entries are those matching no finding of any kind: a dead suppression is dead whatever
    the gate selects.
    """
    selected = set(KIND_ORDER if kinds is None else kinds)
    new: list[Finding] = []
    unchanged: list[Finding] = []
    matched: set[str] = set()
    match = baseline.matcher()
    for finding in report.findings:
        entry = match(finding)
        if entry is not None:
            matched.add(entry.fingerprint)
        if finding.kind in selected or shown_kind(finding) in selected:
            (unchanged if entry is not None else new).append(finding)
    stale = [entry for entry in baseline.findings if entry.fingerprint not in matched]
    return BaselineDiff(new=new, unchanged=unchanged, stale=stale)


def entry_order(entry: BaselineEntry) -> tuple[int, str]:
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
    entries = [entry.model_copy() for entry in baseline.findings]
    match = Matcher(entries)
    for finding in report.findings:
        entry = match(finding)
        if entry is None:
            entry = BaselineEntry(fingerprint=finding.fingerprint, kind=finding.kind)
            entries.append(entry)
        _refresh(entry, finding)
        match.add(entry)
    return Baseline(findings=sorted(entries, key=entry_order))


def _refresh(entry: BaselineEntry, finding: Finding) -> None:
    """Kind, summary, key and values of ``entry`` from the finding it matches (the fingerprint stays)."""
    entry.kind = finding.kind
    entry.summary = finding.summary
    entry.key = review_key(finding)
    entry.values = disputed_values(finding)


BaselineState = Literal["new", "unchanged"]


def baseline_states(report: Report, baseline: Baseline | None) -> dict[str, BaselineState]:
    """Each finding's fingerprint mapped to new/unchanged against ``baseline`` (empty without one)."""
    if baseline is None:
        return {}
    match = baseline.matcher()
    return {f.fingerprint: ("unchanged" if match(f) is not None else "new") for f in report.findings}
