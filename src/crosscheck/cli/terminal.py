"""What every command prints, and how: one-line problems, the progress bar, the report itself.

Article data reaches the terminal and CI logs through here, so everything printed is made safe
(:mod:`crosscheck.textsafe`); the report goes out as bytes, identical on stdout and in ``-o``,
and a file given to ``-o`` is replaced atomically, never left half-written.
"""

from __future__ import annotations

import codecs
import gzip
import os
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, NoReturn, Protocol

import click

from .. import exitcodes
from ..models import Problem
from ..textsafe import defuse_ci_commands, one_line, shown_path, strip_controls

JSON_FORMATS = frozenset({"json", "jsonl", "sarif", "claimreview"})
PROGRESS_DELAY = 1.0
"""Seconds a run must last before the progress bar appears (short runs print nothing)."""


def say(message: str) -> None:
    """One line on stderr, made printable (no escapes, no newline, no CI command)."""
    click.echo(defuse_ci_commands(one_line(message)), err=True)


def echo_problem(problem: Problem) -> None:
    """One line per problem on stderr: ``severity: path:line: CODE message``."""
    label = "error" if problem.severity == "error" else "warning"
    say(f"{label}: {shown_path(problem.path)}{problem.render()[len(problem.path):]}")


def fail(message: str, code: int = exitcodes.USAGE) -> NoReturn:
    """One error line on stderr, then exit (2 unless told)."""
    say(f"error: {message}")
    raise SystemExit(code)


def fail_unreadable(problems: list[Problem]) -> NoReturn:
    """Nothing given could be read: exit 2. When one problem says why (a missing path, an empty
    folder, a binary file, a malformed JSON Lines file), that is the one error line, naming the
    file and line; otherwise each problem has its line and a last one says nothing was read."""
    if len(problems) == 1:
        problem = problems[0]
        say(f"error: {shown_path(problem.path)}{problem.render()[len(problem.path):]}: no readable article")
        raise SystemExit(exitcodes.USAGE)
    for problem in problems:
        echo_problem(problem)
    fail("no readable article in the given paths")


def progress_bar(quiet: bool) -> tuple[Callable[[int, int], None] | None, Callable[[], None]]:
    """A stderr progress callback that appears only on a terminal and only after PROGRESS_DELAY seconds.

    Uses click's own bar, so the command line needs no dependency beyond click.
    """
    if quiet or not _isatty(sys.stderr):
        return None, lambda: None
    started = time.monotonic()
    state: dict[str, object] = {}

    def update(done: int, total: int) -> None:
        bar = state.get("bar")
        if bar is None:
            if time.monotonic() - started < PROGRESS_DELAY:
                return
            bar = click.progressbar(length=total, label="reading articles", file=sys.stderr, show_pos=True)
            state["bar"], state["shown"] = bar, 0
        step = done - int(state["shown"])  # type: ignore[arg-type]
        if step > 0:
            bar.update(step)  # type: ignore[union-attr]
            state["shown"] = done

    def close() -> None:
        bar = state.pop("bar", None)
        if bar is not None:
            bar.render_finish()  # type: ignore[union-attr]

    return update, close


def _isatty(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError):
        return False


def write_output(text: str, output: str | None, fmt: str = "text", color: bool = False) -> None:
    """The report to stdout (``None`` or ``-``) or to the file ``output``; exit 2 when it cannot be written.

    CI command sequences and control characters in article data are removed first (both
    destinations get the same bytes); only a coloured report keeps escape sequences, its own.
    """
    write_report(lambda stream: stream.write(text.encode("utf-8")), output, fmt, color)


class ReportStream(Protocol):
    def write(self, data: bytes) -> object: ...


def made_safe(text: str, fmt: str, color: bool) -> str:
    """``text`` as the report's destination gets it (see :func:`write_output`)."""
    if fmt not in JSON_FORMATS and not color:
        text = strip_controls(text)
    return defuse_ci_commands(text, json_escapes=fmt in JSON_FORMATS, keep_line_commands=fmt == "github")


class _SafePieces:
    """A binary stream that passes each piece of a report on made safe (:func:`made_safe`).

    Pieces are whole UTF-8 text cut where no command sequence can straddle the cut (a JSON
    report is written a chunk of records at a time), so making each piece safe gives the
    bytes of making the whole report safe at once. ``copy`` gets the same bytes."""

    def __init__(self, write: Callable[[bytes], object], fmt: str, color: bool, copy: ReportStream | None, raw: bool):
        self._write, self._fmt, self._color, self._copy, self._raw = write, fmt, color, copy, raw

    def write(self, data: bytes) -> None:
        if not self._raw:
            data = made_safe(data.decode("utf-8"), self._fmt, self._color).encode("utf-8")
        self._write(data)
        if self._copy is not None:
            self._copy.write(data)


def write_report(produce: Callable[[ReportStream], object], output: str | None, fmt: str = "text",
                 color: bool = False, *, copy: ReportStream | None = None, raw: bool = False) -> None:
    """Write a report that ``produce`` writes in pieces to the stream it is given: each piece is
    made safe (unless ``raw``: bytes already made safe, as the output cache keeps them) and sent
    to stdout or the file ``output`` as it comes, so the report is never held whole in memory.
    A file is still replaced atomically and stdout still gets all or nothing when its encoding
    cannot hold a character; exit 2 when the report cannot be written."""
    if output is None or output == "-":
        _write_stdout(produce, fmt, color, copy, raw)
    else:
        _write_file_atomically(produce, output, fmt, color, copy, raw)


def _utf8(encoding: str) -> bool:
    try:
        return codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False


def _write_stdout(produce: Callable[[ReportStream], object], fmt: str, color: bool, copy: ReportStream | None,
                  raw: bool) -> None:
    """To stdout in its encoding, without touching escape sequences: piece by piece when the
    encoding is UTF-8 (every character fits), else encoded whole first (all or nothing)."""
    stream = sys.stdout
    encoding = getattr(stream, "encoding", None) or "utf-8"
    buffer = getattr(stream, "buffer", None)
    try:
        if buffer is not None and _utf8(encoding):
            stream.flush()
            produce(_SafePieces(buffer.write, fmt, color, copy, raw))
            buffer.flush()
            return
        pieces: list[bytes] = []
        produce(_SafePieces(pieces.append, fmt, color, copy, raw))
        text = b"".join(pieces).decode("utf-8")
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError as exc:
            fail(f"stdout: the output encoding {encoding} cannot hold {exc.object[exc.start]!r}; "
                 "set PYTHONIOENCODING=utf-8 or write the report with -o FILE")
        if buffer is None:
            stream.write(text)
            stream.flush()
        else:
            stream.flush()
            buffer.write(data)
            buffer.flush()
    except BrokenPipeError:
        _silence_stdout()
        raise SystemExit(exitcodes.USAGE) from None
    except OSError as exc:
        _silence_stdout()
        fail(f"stdout: cannot write the report: {exc.strerror or exc}")


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _write_file_atomically(produce: Callable[[ReportStream], object], output: str, fmt: str, color: bool,
                           copy: ReportStream | None, raw: bool) -> None:
    """Write ``output`` through a temporary file in its folder, then rename it over the old one.

    A run killed half-way leaves the previous report in place, never an empty or cut one.
    Special files (``/dev/stdout``, a FIFO) are written directly: renaming over them is wrong.
    A name ending in ``.gz`` gets the report gzip-compressed (:func:`_compressed`).
    """
    target = Path(output)
    try:
        mode = target.stat().st_mode
    except OSError:
        mode = None
    try:
        if mode is not None and not stat.S_ISREG(mode):
            with open(target, "wb") as handle, _compressed(handle, target) as stream:
                produce(_SafePieces(stream.write, fmt, color, copy, raw))
            return
        descriptor, temporary = tempfile.mkstemp(prefix=".crosscheck-", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(descriptor, "wb") as handle:
                with _compressed(handle, target) as stream:
                    produce(_SafePieces(stream.write, fmt, color, copy, raw))
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(temporary, stat.S_IMODE(mode) if mode is not None else 0o666 & ~_umask())
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        fail(f"{shown_path(output)}: cannot write: {exc.strerror or exc}")


_GZIP_LEVEL = 1  # a JSON report shrinks about 8 times at level 1 (11 at 6) for 1% of a run's CPU (2.5% at 6)


@contextmanager
def _compressed(handle: BinaryIO, target: Path) -> Iterator[BinaryIO]:
    """``handle``, or a gzip stream onto it when ``target``'s name ends in ``.gz``.

    A large run's JSON report is about 45 times its articles (every claim with its sentence,
    spans and indentation: 229 MB for 1,000 articles of 5 KB): compressed as it is written it
    takes an eighth of the disk, the same report once decompressed. No name or time goes into
    the gzip header, so one run's file is the same bytes whenever it is written."""
    if not target.name.endswith(".gz"):
        yield handle
        return
    with gzip.GzipFile(filename="", mode="wb", fileobj=handle, compresslevel=_GZIP_LEVEL, mtime=0) as stream:
        yield stream


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current
