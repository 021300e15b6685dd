"""Reading stated claims: one per line of a text file, or rows of a CSV with an optional as-of date."""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from pathlib import Path

from ..models import (
    Problem,
)
from .models import CLAIMS_FILE_LIMIT, ClaimInput


class ClaimsFileError(Exception):
    """A claims file that cannot be read; ``problem`` says where (path:line) and why."""

    def __init__(self, problem: Problem):
        super().__init__(problem.render())
        self.problem = problem


def _file_error(path: str, line: int | None, message: str) -> ClaimsFileError:
    return ClaimsFileError(Problem(path=path, line=line, code="E301", message=message, severity="error"))


def read_claims_file(path: str | Path) -> list[ClaimInput]:
    """Claims from a file: a CSV with ``id`` and ``text`` columns (and an optional ``language``
    column: en, fr, ...; empty means told from the claim's words), or one claim per line.

    A file is read as CSV when it ends in ``.csv`` or its first line is a header naming both
    columns. In a plain list, blank lines and lines starting with ``#`` are skipped and a
    claim's id is its line number. Raises :class:`ClaimsFileError` (with path:line).
    """
    name = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise _file_error(name, None, f"cannot read: {exc.strerror or exc}") from None
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise _file_error(name, line, f"not valid UTF-8 (byte {raw[exc.start]:#04x})") from None
    if "\x00" in content:
        raise _file_error(name, content[: content.index("\x00")].count("\n") + 1, "binary content (NUL byte)")
    first = content.split("\n", 1)[0]
    header = {cell.strip().lower() for cell in first.split(",")}
    claims = _read_csv(name, content) if name.lower().endswith(".csv") or {"id", "text"} <= header else _read_lines(name, content)
    if not claims:
        raise _file_error(name, None, "no claims in the file")
    if len(claims) > CLAIMS_FILE_LIMIT:
        raise _file_error(name, claims[CLAIMS_FILE_LIMIT].line, f"more than {CLAIMS_FILE_LIMIT} claims; split the file")
    return claims


def _read_lines(name: str, content: str) -> list[ClaimInput]:
    claims = []
    for number, line in enumerate(content.splitlines(), 1):
        text = line.strip()
        if text and not text.startswith("#"):
            claims.append(ClaimInput(id=str(number), text=text, path=name, line=number))
    return claims


def _read_csv(name: str, content: str) -> list[ClaimInput]:
    reader = csv.reader(io.StringIO(content, newline=""), strict=True)
    claims: list[ClaimInput] = []
    seen: dict[str, int] = {}
    try:
        header = next(reader, None)
        columns = [cell.strip().lower() for cell in header or []]
        missing = [c for c in ("id", "text") if c not in columns]
        if missing:
            raise _file_error(name, 1, f"the header must name the columns id and text (missing: {', '.join(missing)})")
        id_at, text_at = columns.index("id"), columns.index("text")
        language_at = columns.index("language") if "language" in columns else None
        line = reader.line_num
        for row in reader:
            start, line = line + 1, reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(columns):
                raise _file_error(name, start, f"expected {len(columns)} columns, found {len(row)}")
            claim_id, text = row[id_at].strip(), " ".join(row[text_at].split())
            if not claim_id:
                raise _file_error(name, start, "empty id")
            if not text:
                raise _file_error(name, start, f"claim {claim_id!r} has no text")
            if claim_id in seen:
                raise _file_error(name, start, f"duplicate id {claim_id!r} (first on line {seen[claim_id]})")
            seen[claim_id] = start
            language = row[language_at].strip().lower() or None if language_at is not None else None
            claims.append(ClaimInput(id=claim_id, text=text, path=name, line=start, language=language))
    except csv.Error as exc:
        raise _file_error(name, reader.line_num, f"invalid CSV: {exc}") from None
    return claims


_AS_OF = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_as_of(value: str) -> date:
    """A YYYY-MM-DD date; ValueError with a readable message for anything else."""
    if not _AS_OF.match(value.strip()):
        raise ValueError(f"--as-of {value!r}: expected a date as YYYY-MM-DD")
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"--as-of {value!r}: no such date") from None
