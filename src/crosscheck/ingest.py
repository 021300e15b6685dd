"""Ingest: files and folders -> decoded raw documents, with problems kept as data.

Folders are walked recursively in sorted order (hidden files and folders skipped), so the same
tree always yields the same documents in the same order. Formats by suffix: .txt/.text and
files without suffix (scraped text), .md/.markdown, .html/.htm (main text and metadata through
trafilatura), .json (one object, a list of objects, or {"articles": [...]}) and .jsonl/.ndjson
(one object a line). A file that cannot be read becomes a warning naming it; the rest goes on.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import os
import re
import stat
from collections import Counter
from datetime import date, datetime, time
from pathlib import Path

from charset_normalizer import from_bytes

from .models import LineMap, Problem, RawDocument
from .textsafe import one_line, shown_path

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
# Ids keep letters and digits of any script (日本 and 中国 stay apart), dots, slashes and hyphens.
_ID_UNSAFE = re.compile(r"[^\w./-]+")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# Share of a file's bytes that may be invalid UTF-8 for it still to be read as UTF-8 (with the
# bad bytes replaced): one stray byte in a UTF-8 article must not make it cp1252 as a whole.
_UTF8_STRAY_SHARE = 0.01


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
    """(file, root) pairs of the regular files under ``paths``: the root is what ids are made relative to.

    Anything else is named in a warning and never opened: a FIFO or a device (/dev/zero) would
    block or never end, a dangling link or an unreadable folder would otherwise vanish silently.
    Symbolic links to folders are not followed (no loops).

    Files (and the warnings about paths) are sorted by path, so the order of the arguments never
    changes a report: ``crosscheck a b`` and ``crosscheck b a`` give the same bytes.
    """
    found: list[tuple[Path, Path]] = []
    first_problem = len(problems)
    for path in paths:
        try:
            info = path.stat()
        except OSError as exc:
            if _is_link(path):
                problems.append(Problem(path=str(path), code="W100", message="dangling symbolic link"))
            else:
                message = "no such file or folder" if isinstance(exc, FileNotFoundError) else f"cannot open: {exc.strerror or exc}"
                problems.append(Problem(path=str(path), code="W100", message=message))
            continue
        if stat.S_ISDIR(info.st_mode):
            known = len(problems)
            files = _walk(path, problems)
            if not files and len(problems) == known:
                problems.append(Problem(path=str(path), code="W102", message="folder holds no files"))
            found.extend((f, path) for f in files)
        elif stat.S_ISREG(info.st_mode):
            found.append((path, path.parent))
        else:
            problems.append(Problem(path=str(path), code="W113", message=f"not a regular file ({_file_type(info.st_mode)}); skipped"))
    problems[first_problem:] = sorted(problems[first_problem:], key=lambda problem: _path_order(problem.path))
    return sorted(found, key=lambda pair: (_path_order(str(pair[0])), _path_order(str(pair[1]))))


def _path_order(path: str) -> bytes:
    """A sort key for a path that any name gives, even one with undecodable bytes (surrogates)."""
    return path.encode("utf-8", "surrogatepass")


def _walk(folder: Path, problems: list[Problem]) -> list[Path]:
    """The regular files under ``folder`` (hidden ones skipped), sorted; the rest become warnings."""

    def unreadable(error: OSError) -> None:
        problems.append(Problem(path=str(error.filename or folder), code="W110", message=f"cannot read folder: {error.strerror or error}"))

    files: list[Path] = []
    for directory, subfolders, names in os.walk(folder, onerror=unreadable):
        subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
        for name in sorted(names):
            if name.startswith("."):
                continue
            candidate = Path(directory, name)
            try:
                mode = candidate.stat().st_mode
            except OSError as exc:
                message = "dangling symbolic link" if _is_link(candidate) else f"cannot open: {exc.strerror or exc}"
                problems.append(Problem(path=str(candidate), code="W100", message=message))
                continue
            if stat.S_ISREG(mode):
                files.append(candidate)
            else:
                problems.append(Problem(path=str(candidate), code="W113", message=f"not a regular file ({_file_type(mode)}); skipped"))
    return sorted(files)


def _is_link(path: Path) -> bool:
    try:
        return stat.S_ISLNK(os.lstat(path).st_mode)
    except OSError:  # also a name too long to look up
        return False


def _file_type(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a file"


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes to text: BOMs first, then UTF-8 (also UTF-16 without a BOM), then charset detection.

    Raises _Skip for binary data or text whose encoding cannot be determined. Use
    :func:`decode_with_warnings` to learn about replaced bytes and guessed encodings.
    """
    return decode_with_warnings(data)[:2]


def decode_with_warnings(data: bytes) -> tuple[str, str, str | None]:
    """(text, encoding, warning): the warning says what was guessed or replaced, None when nothing was."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise _Skip(f"invalid {encoding} after its byte-order mark: {exc.reason}") from exc
            # The codec drops the byte-order mark itself; a further U+FEFF is text (offsets count it).
            return text, encoding.replace("-sig", ""), None
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16[0], utf16[1], f"decoded as {utf16[1]} (no byte-order mark)"
    nul_warning = None
    if b"\x00" in data[:4096]:
        nuls = data.count(b"\x00")
        if nuls > max(2, len(data) * _UTF8_STRAY_SHARE):
            raise _Skip("binary file (NUL bytes), not text", code="W103")
        # A stray NUL or two in a text (a scraping or copying accident): the article is read, not
        # dropped, and the NUL stays (quotes and offsets match the file; every output format
        # strips or escapes control characters).
        line = data.count(b"\n", 0, data.index(b"\x00")) + 1
        nul_warning = f"{nuls} NUL byte(s) in the text (first on line {line}); read as text"
    try:
        return data.decode("utf-8"), "utf-8", nul_warning
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    text = data.decode("utf-8", errors="replace")
    stray = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    if stray <= max(1, len(data) * _UTF8_STRAY_SHARE):
        line = data.count(b"\n", 0, first_bad) + 1
        warning = f"{stray} byte(s) not valid UTF-8 replaced by U+FFFD (first on line {line})"
        return text, "utf-8", f"{nul_warning}; {warning}" if nul_warning else warning
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise _Skip("not valid UTF-8 and no other text encoding fits", code="W104")
    text = str(best)
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(2, len(text) // 100):
        raise _Skip("binary file (control characters), not text", code="W103")
    return text, best.encoding, f"not UTF-8; decoded as {best.encoding} (a guess from the bytes)"


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """Text in UTF-16 without a byte-order mark, recognised by the zero high bytes of Latin text."""
    sample = data[:4096]
    if len(data) % 2 or len(sample) < 8 or b"\x00" not in sample:
        return None
    even_zero = sample[0::2].count(0) / (len(sample) // 2)
    odd_zero = sample[1::2].count(0) / (len(sample) // 2)
    if odd_zero >= 0.7 and even_zero <= 0.05:
        encoding = "utf-16-le"
    elif even_zero >= 0.7 and odd_zero <= 0.05:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(2, len(text) // 100):
        return None
    return text, encoding


def _parse_published(value: object) -> tuple[date, time | None]:
    """The day of a 'published' value and its clock time when it gives one ("2026-11-24T13:10:00+01:00"
    -> 13:10, as written: the outlet's own hour, no time zone applied)."""
    if isinstance(value, str):
        text = value.strip()
        try:
            stamp = datetime.fromisoformat(text.replace("Z", "+00:00"))
            return stamp.date(), (stamp.time().replace(second=0, microsecond=0) if len(text) > 10 else None)
        except ValueError:
            pass
        try:
            return date.fromisoformat(text[:10]), None
        except ValueError:
            pass
    raise _Skip(f"'published' is not a YYYY-MM-DD date: {_shown_value(value)}", code="W106")


def _shown_value(value: object, width: int = 60) -> str:
    """A JSON value for a one-line warning: repr, controls escaped, cut to ``width`` characters."""
    text = repr(value) if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)[:width * 2]
    text = one_line(text)
    return text if len(text) <= width else text[: width - 1] + "…"


class _RecordReader:
    """Turns one JSON object into a RawDocument, with a warning for every field it cannot use."""

    def __init__(self, path: Path, encoding: str, problems: list[Problem]):
        self.path, self.encoding, self.problems = path, encoding, problems

    def warn(self, line: int, code: str, message: str) -> None:
        self.problems.append(Problem(path=str(self.path), line=line, code=code, message=message))

    def string(self, record: dict, key: str, line: int) -> str | None:
        """A text field: numbers become text, lone surrogates U+FFFD; objects and lists are ignored with a warning."""
        value = record.get(key)
        if value is None or isinstance(value, bool):
            return None
        if isinstance(value, (int, float)):
            return str(value)
        if not isinstance(value, str):
            self.warn(line, "W107", f"'{key}' is not text ({type(value).__name__}); ignored")
            return None
        if _LONE_SURROGATE.search(value):
            self.warn(line, "W117", f"'{key}' holds unpaired UTF-16 surrogates (invalid text); replaced by U+FFFD")
            value = _LONE_SURROGATE.sub("\ufffd", value)
        return value

    def read(self, record: object, record_id: str, line: int) -> RawDocument:
        if not isinstance(record, dict):
            raise _Skip("a record is not a JSON object", line=line, code="W105")
        text = self.string(record, "text", line) if isinstance(record.get("text"), str) else None
        if text is None or not text.strip():
            raise _Skip("record has no 'text' string", line=line, code="W105")
        unknown = sorted(set(record) - _JSON_FIELDS)
        if unknown:
            self.warn(line, "W107", f"ignored fields: {_shown_value(', '.join(unknown), 120)[1:-1]}")
        published = clock = None
        if record.get("published") not in (None, ""):
            try:
                published, clock = _parse_published(record["published"])
            except _Skip as skip:
                self.warn(line, skip.code, str(skip))
        given_id = self.string(record, "id", line)
        if given_id is not None:
            record_id = _ID_UNSAFE.sub("-", given_id).strip("-") or record_id
        return RawDocument(
            id=record_id,
            path=str(self.path),
            format="json",
            encoding=self.encoding,
            text=text,
            # A JSON string never spans lines of the file: the whole text sits on the line it starts on.
            lines=LineMap(first_line=line, fixed_line=line, newline_offsets=_newlines(text)),
            given_title=_opt_str(self.string(record, "title", line)),
            given_published=published,
            given_published_time=clock,
            given_outlet=_opt_str(self.string(record, "outlet", line)),
            given_url=_opt_str(self.string(record, "url", line)),
            given_authors=self.authors(record, line),
        )

    def authors(self, record: dict, line: int) -> list[str]:
        key = "authors" if "authors" in record else "author"
        value = record.get(key)
        if value is None or value == "":
            return []
        items = value if isinstance(value, list) else [value]
        names = []
        for item in items:
            if isinstance(item, str):
                names.append(_LONE_SURROGATE.sub("\ufffd", item).strip())
            else:
                self.warn(line, "W107", f"'{key}' holds {_shown_value(item)}, not a name; ignored")
        return [name for name in names if name]


def _opt_str(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


def _loads(text: str, line: int | None = None):
    """json.loads, with every way it can fail (nesting, huge integers) as a W105 warning."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise _Skip(f"invalid JSON: {exc.msg}", line=line or exc.lineno, code="W105") from None
    except RecursionError:
        raise _Skip("invalid JSON: nested too deeply to read", line=line, code="W105") from None
    except ValueError as exc:  # e.g. an integer over the interpreter's 4,300-digit limit
        raise _Skip(f"invalid JSON: {one_line(str(exc))[:120]}", line=line, code="W105") from None


def _read_jsonl(text: str, path: Path, stem: str, encoding: str, problems: list[Problem]) -> list[RawDocument]:
    """One JSON object a line. Lines end at \\n only: U+2028 or U+0085 inside a string is valid JSON."""
    reader = _RecordReader(path, encoding, problems)
    docs = []
    for number, line in enumerate(text.split("\n"), 1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        try:
            docs.append(reader.read(_loads(line, number), f"{stem}:{number}", number))
        except _Skip as skip:
            problems.append(Problem(path=str(path), line=skip.line, code=skip.code, message=str(skip)))
    return docs


def _read_json(text: str, path: Path, stem: str, encoding: str, problems: list[Problem]) -> list[RawDocument]:
    data = _loads(text)
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        records = data["articles"]
        spans = _record_spans(text, text.find("[", text.find('"articles"')), len(records))
    elif isinstance(data, list):
        records = data
        spans = _record_spans(text, text.find("["), len(records))
    else:
        records = [data]
        spans = [(0, len(text))]
    if not records:
        problems.append(Problem(path=str(path), line=1, code="W114", message="no articles in the file (an empty list)"))
        return []
    reader = _RecordReader(path, encoding, problems)
    docs = []
    for index, record in enumerate(records):
        start, end = spans[index] if index < len(spans) else (0, len(text))
        line = text.count("\n", 0, start) + 1
        text_line = _text_value_line(text, start, end, line)
        try:
            doc = reader.read(record, f"{stem}:{index + 1}" if len(records) > 1 else stem, line)
            docs.append(doc.model_copy(update={"lines": doc.lines.model_copy(update={"first_line": text_line, "fixed_line": text_line})}))
        except _Skip as skip:
            problems.append(Problem(path=str(path), line=skip.line, code=skip.code, message=str(skip)))
    return docs


_TEXT_KEY = re.compile(r'(?<!\\)"text"\s*:\s*"')


def _text_value_line(text: str, start: int, end: int, default: int) -> int:
    """The file line on which the record's "text" string starts (all of it is on that line)."""
    match = _TEXT_KEY.search(text, start, end)
    return text.count("\n", 0, match.start()) + 1 if match else default


def _record_spans(text: str, position: int, count: int) -> list[tuple[int, int]]:
    """(start, end) offsets of the elements of the JSON array that opens at ``position``."""
    decoder = json.JSONDecoder()
    spans: list[tuple[int, int]] = []
    if position < 0:
        return spans
    position += 1
    while len(spans) < count:
        while position < len(text) and text[position] in " \t\r\n,":
            position += 1
        if position >= len(text) or text[position] == "]":
            break
        try:
            _, end = decoder.raw_decode(text, position)
        except (ValueError, RecursionError):
            break
        spans.append((position, end))
        position = end
    return spans


_WORD = re.compile(r"\w+")
# What may stand between two words of a paragraph in its HTML source: spaces and punctuation, tags, entities.
_HTML_GAP = r"(?:[^\w<&]|<[^>]*>|&#?\w+;)+"


def _source_lines(body: str, html: str) -> LineMap:
    """Line numbers into the HTML file for the text extracted from it: each extracted line is
    found in the source by its first words (tags and entities may stand between them), in page
    order; a line that cannot be found gets the line of the one before it.

    ``LineMap.line_of`` counts the entries of ``newline_offsets`` before an offset, so an extracted
    line that starts h source lines below the previous one gets h entries at the offset of the
    line break before it: offsets in the extracted text then resolve to lines of the .html file."""
    html_newlines = _newlines(html)
    offsets: list[int] = []
    first_line = previous = None
    position = start = 0
    for line in body.split("\n"):
        words = _WORD.findall(line)[:4]
        found = re.compile(r"(?<!\w)" + _HTML_GAP.join(map(re.escape, words))).search(html, position) if words else None
        if found:
            position = found.start()
            source = bisect.bisect_left(html_newlines, position) + 1
        else:
            source = previous or 1
        if first_line is None:
            first_line = previous = source
        elif source > previous:
            offsets.extend([start - 1] * (source - previous))
            previous = source
        start += len(line) + 1
    return LineMap(first_line=first_line or 1, newline_offsets=offsets)


def _read_html(text: str, path: Path, stem: str, encoding: str) -> list[RawDocument]:
    import trafilatura

    extracted = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, include_tables=False)
    if extracted is None:
        raise _Skip("no article text found in the HTML page", code="W108")
    data = extracted if isinstance(extracted, dict) else extracted.as_dict()
    body = data.get("text") or ""
    if not body.strip():
        raise _Skip("no article text found in the HTML page", code="W108")
    published = clock = None
    if data.get("date"):
        try:
            published, clock = _parse_published(data["date"])
        except _Skip:
            published = clock = None
    author = data.get("author") or ""
    return [
        RawDocument(
            id=stem,
            path=str(path),
            format="html",
            encoding=encoding,
            text=body,
            lines=_source_lines(body, text),
            given_title=_opt_str(data.get("title")),
            given_published=published,
            given_published_time=clock,
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
    text, encoding, warning = decode_with_warnings(data)
    if not text.strip():
        raise _Skip("empty file", code="W111")
    if warning is not None:
        problems.append(Problem(path=str(path), code="W115", message=warning))
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
    """One distinct id per file: its stem, else its path below the root, else that plus a short hash.

    Ids are made safe (letters and digits of any script, ``._/-``), so two names that differ only
    in unsafe characters ("a b.txt", "a-b.txt") would meet: the hash of the real path keeps them apart.
    """
    stems = [f.stem for f, _ in files]
    counts = Counter(stems)
    relatives = [file.relative_to(root).with_suffix("").as_posix() for file, root in files]
    ids = [_ID_UNSAFE.sub("-", relative if counts[stem] > 1 else stem) for stem, relative in zip(stems, relatives)]
    clashes = Counter(ids)
    for index, (identifier, relative) in enumerate(zip(ids, relatives)):
        if clashes[identifier] > 1:
            digest = hashlib.sha1(relative.encode("utf-8", "surrogateescape")).hexdigest()[:8]
            ids[index] = f"{identifier}-{digest}"
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
    """Read every supported file under ``paths``; unreadable ones become warnings.

    File names are kept as the user can read them (:func:`~crosscheck.textsafe.shown_path`): an
    undecodable byte or a control character in a name never reaches a report raw.
    """
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
    docs = [doc if shown_path(doc.path) == doc.path else doc.model_copy(update={"path": shown_path(doc.path)}) for doc in docs]
    problems = [p if shown_path(p.path) == p.path else p.model_copy(update={"path": shown_path(p.path)}) for p in problems]
    return docs, problems
