"""Ingest: files and folders -> decoded raw documents, with problems kept as data.

Folders are walked recursively in sorted order (hidden files and folders skipped), so the same
tree always yields the same documents in the same order. Formats by suffix: .txt/.text and
files without suffix (scraped text), .md/.markdown, .html/.htm (main text and metadata through
trafilatura), .json (one object, a list of objects, or {"articles": [...]}) and .jsonl/.ndjson
(one object a line). A file that cannot be read becomes a warning naming it; the rest goes on.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date, datetime
from pathlib import Path

from charset_normalizer import from_bytes

from .models import LineMap, Problem, RawDocument

TEXT_SUFFIXES = {".txt": "text", ".text": "text", "": "text", ".md": "markdown", ".markdown": "markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = set(TEXT_SUFFIXES) | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_JSON_FIELDS = {"text", "id", "url", "title", "published", "outlet", "authors", "author"}
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9._/-]+")


_NEWLINE = re.compile("\n")


def _newlines(text: str) -> list[int]:
    """Offsets of the line breaks of ``text`` (what ``LineMap.for_text`` finds, without a Python loop per character)."""
    return [match.start() for match in _NEWLINE.finditer(text)]


class _Skip(Exception):
    """A file (or record) that cannot be used; the message becomes a warning."""

    def __init__(self, message: str, line: int | None = None, code: str = "W101"):
        super().__init__(message)
        self.line = line
        self.code = code


def _collect_files(paths: list[Path], problems: list[Problem]) -> list[tuple[Path, Path]]:
    """(file, root) pairs: the root is what ids are made relative to."""
    found: list[tuple[Path, Path]] = []
    for path in paths:
        if not path.exists():
            problems.append(Problem(path=str(path), code="W100", message="no such file or folder"))
        elif path.is_dir():
            files = []
            for candidate in sorted(path.rglob("*")):
                relative = candidate.relative_to(path)
                if any(part.startswith(".") for part in relative.parts) or not candidate.is_file():
                    continue
                files.append(candidate)
            if not files:
                problems.append(Problem(path=str(path), code="W102", message="folder holds no files"))
            found.extend((f, path) for f in files)
        else:
            found.append((path, path.parent))
    return found


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes to text: BOMs first, then strict UTF-8, then charset detection.

    Raises _Skip for binary data or text whose encoding cannot be determined.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise _Skip(f"invalid {encoding} after its byte-order mark: {exc.reason}") from exc
            return text.lstrip("\ufeff"), encoding.replace("-sig", "")
    if b"\x00" in data[:4096]:
        raise _Skip("binary file (NUL bytes), not text", code="W103")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise _Skip("not valid UTF-8 and no other text encoding fits", code="W104")
    text = str(best)
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(2, len(text) // 100):
        raise _Skip("binary file (control characters), not text", code="W103")
    return text, best.encoding


def _parse_published(value: object) -> date:
    if isinstance(value, str):
        text = value.strip()
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            pass
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            pass
    raise _Skip(f"'published' is not a YYYY-MM-DD date: {value!r}", code="W106")


def _json_record(record: object, path: Path, record_id: str, encoding: str, line: int, problems: list[Problem]) -> RawDocument:
    if not isinstance(record, dict):
        raise _Skip("a record is not a JSON object", line=line, code="W105")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise _Skip("record has no 'text' string", line=line, code="W105")
    unknown = sorted(set(record) - _JSON_FIELDS)
    if unknown:
        problems.append(Problem(path=str(path), line=line, code="W107", message=f"ignored fields: {', '.join(unknown)}"))
    published = None
    if record.get("published") not in (None, ""):
        try:
            published = _parse_published(record["published"])
        except _Skip as skip:
            problems.append(Problem(path=str(path), line=line, code=skip.code, message=str(skip)))
    authors = record.get("authors", record.get("author")) or []
    if isinstance(authors, str):
        authors = [authors]
    given_id = record.get("id")
    if given_id is not None:
        record_id = _ID_UNSAFE.sub("-", str(given_id)).strip("-") or record_id
    return RawDocument(
        id=record_id,
        path=str(path),
        format="json",
        encoding=encoding,
        text=text,
        lines=LineMap(first_line=line, fixed_line=line if "\n" not in text else None, newline_offsets=_newlines(text)),
        given_title=_opt_str(record.get("title")),
        given_published=published,
        given_outlet=_opt_str(record.get("outlet")),
        given_url=_opt_str(record.get("url")),
        given_authors=[str(a) for a in authors if str(a).strip()],
    )


def _opt_str(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None


def _read_jsonl(text: str, path: Path, stem: str, encoding: str, problems: list[Problem]) -> list[RawDocument]:
    docs = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(Problem(path=str(path), line=number, code="W105", message=f"invalid JSON: {exc.msg}"))
            continue
        try:
            docs.append(_json_record(record, path, f"{stem}:{number}", encoding, number, problems))
        except _Skip as skip:
            problems.append(Problem(path=str(path), line=skip.line, code=skip.code, message=str(skip)))
    return docs


def _read_json(text: str, path: Path, stem: str, encoding: str, problems: list[Problem]) -> list[RawDocument]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _Skip(f"invalid JSON: {exc.msg}", line=exc.lineno, code="W105") from exc
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        records = data["articles"]
    elif isinstance(data, list):
        records = data
    else:
        records = [data]
    if isinstance(data, list):
        starts = _record_lines(text, text.find("["), len(records))
    elif records is not data:
        starts = _record_lines(text, text.find("[", text.find('"articles"')), len(records))
    else:
        starts = [1]
    docs = []
    for index, record in enumerate(records):
        line = starts[index] if index < len(starts) else 1
        try:
            docs.append(_json_record(record, path, f"{stem}:{index + 1}" if len(records) > 1 else stem, encoding, line, problems))
        except _Skip as skip:
            problems.append(Problem(path=str(path), line=skip.line, code=skip.code, message=str(skip)))
    return docs


def _record_lines(text: str, position: int, count: int) -> list[int]:
    """1-based start lines of the elements of the JSON array that opens at ``position``."""
    decoder = json.JSONDecoder()
    lines: list[int] = []
    if position < 0:
        return lines
    position += 1
    while len(lines) < count:
        while position < len(text) and text[position] in " \t\r\n,":
            position += 1
        if position >= len(text) or text[position] == "]":
            break
        lines.append(text.count("\n", 0, position) + 1)
        try:
            _, position = decoder.raw_decode(text, position)
        except json.JSONDecodeError:
            break
    return lines


def _read_html(text: str, path: Path, stem: str, encoding: str) -> list[RawDocument]:
    import trafilatura

    extracted = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, include_tables=False)
    if extracted is None:
        raise _Skip("no article text found in the HTML page", code="W108")
    data = extracted if isinstance(extracted, dict) else extracted.as_dict()
    body = data.get("text") or ""
    if not body.strip():
        raise _Skip("no article text found in the HTML page", code="W108")
    published = None
    if data.get("date"):
        try:
            published = _parse_published(data["date"])
        except _Skip:
            published = None
    author = data.get("author") or ""
    return [
        RawDocument(
            id=stem,
            path=str(path),
            format="html",
            encoding=encoding,
            text=body,
            lines=LineMap(newline_offsets=_newlines(body)),
            given_title=_opt_str(data.get("title")),
            given_published=published,
            given_outlet=_opt_str(data.get("sitename")),
            given_url=_opt_str(data.get("url")),
            given_authors=[a.strip() for a in author.split(";") if a.strip()],
        )
    ]


def _check_suffix(path: Path) -> None:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise _Skip(f"unsupported file type '{suffix}' (expected .txt, .md, .html, .json or .jsonl)", code="W109")


def _read_file(path: Path, stem: str, problems: list[Problem]) -> list[RawDocument]:
    _check_suffix(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _Skip(f"cannot read: {exc.strerror or exc}", code="W110") from exc
    return _read_data(data, path, stem, problems)


def read_bytes(data: bytes, path: str | Path, stem: str) -> tuple[list[RawDocument], list[Problem]]:
    """The documents in one file's ``data`` (its format from the suffix of ``path``), without
    touching the disk: for callers that already hold the bytes (benchmarks, services)."""
    problems: list[Problem] = []
    path = Path(path)
    try:
        _check_suffix(path)
        return _read_data(data, path, stem, problems), problems
    except _Skip as skip:
        problems.append(Problem(path=str(path), line=skip.line, code=skip.code, message=str(skip)))
        return [], problems


def _read_data(data: bytes, path: Path, stem: str, problems: list[Problem]) -> list[RawDocument]:
    suffix = path.suffix.lower()
    if not data.strip():
        raise _Skip("empty file", code="W111")
    text, encoding = decode(data)
    if not text.strip():
        raise _Skip("empty file", code="W111")
    if encoding not in ("utf-8", "ascii"):
        problems.append(Problem(path=str(path), code="I100", message=f"decoded as {encoding}", severity="warning"))
    if suffix in JSONL_SUFFIXES:
        return _read_jsonl(text, path, stem, encoding, problems)
    if suffix in JSON_SUFFIXES:
        return _read_json(text, path, stem, encoding, problems)
    if suffix in HTML_SUFFIXES:
        return _read_html(text, path, stem, encoding)
    return [
        RawDocument(id=stem, path=str(path), format=TEXT_SUFFIXES[suffix], encoding=encoding, text=text, lines=LineMap(newline_offsets=_newlines(text)))
    ]


def _ids_for(files: list[tuple[Path, Path]]) -> list[str]:
    """The file stem where it is unique, else the path relative to its root without suffix."""
    stems = [f.stem for f, _ in files]
    counts = Counter(stems)
    ids = []
    for (file, root), stem in zip(files, stems):
        if counts[stem] > 1:
            stem = file.relative_to(root).with_suffix("").as_posix()
        ids.append(_ID_UNSAFE.sub("-", stem))
    return ids


def collect_inputs(paths: list[str | Path]) -> tuple[list[tuple[Path, str]], list[Problem]]:
    """Every input file under ``paths`` with the id stem its documents get, in reading order
    (for callers that read the files themselves, such as the parallel pipeline)."""
    problems: list[Problem] = []
    files = _collect_files([Path(p) for p in paths], problems)
    return [(path, stem) for (path, _root), stem in zip(files, _ids_for(files))], problems


def file_bytes(path: Path) -> tuple[bytes | None, list[Problem]]:
    """The bytes of one input file, or None and the problem that stops it being read (W109, W110)."""
    try:
        _check_suffix(path)
        try:
            return path.read_bytes(), []
        except OSError as exc:
            raise _Skip(f"cannot read: {exc.strerror or exc}", code="W110") from exc
    except _Skip as skip:
        return None, [Problem(path=str(path), line=skip.line, code=skip.code, message=str(skip))]


def read_paths(paths: list[str | Path]) -> tuple[list[RawDocument], list[Problem]]:
    """Read every supported file under ``paths``; unreadable ones become warnings."""
    problems: list[Problem] = []
    files = _collect_files([Path(p) for p in paths], problems)
    docs: list[RawDocument] = []
    seen: set[str] = set()
    for (path, _root), stem in zip(files, _ids_for(files)):
        try:
            for doc in _read_file(path, stem, problems):
                if doc.id in seen:
                    problems.append(Problem(path=str(path), code="W112", message=f"duplicate document id {doc.id!r}; record skipped"))
                    continue
                seen.add(doc.id)
                docs.append(doc)
        except _Skip as skip:
            problems.append(Problem(path=str(path), line=skip.line, code=skip.code, message=str(skip)))
    return docs, problems
