"""The incremental cache: a second run re-extracts only files whose bytes, rules or code changed.

Each file's map result (:class:`~crosscheck.scale.mapping.FileResult`) is stored in SQLite under
a key that hashes the file's bytes, its path and id stem (both appear in the report), and the
run fingerprint: the crosscheck version, a hash of the package's own source files (an edited
extractor invalidates everything, even before the version is bumped) and a hash of the bytes of every
loaded rule file. The database runs in WAL mode with a generous busy timeout, and every write is one
``INSERT OR REPLACE`` transaction of values that are a pure function of their key, so two runs
sharing a cache folder at the same time can only write the same bytes under the same key.

The folder is ``--cache-dir``, else ``$CROSSCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/crosscheck``
(``~/.cache/crosscheck``). A cache that cannot be opened or read is skipped with a warning:
the run goes on uncached.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
import tempfile
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

from ..fingerprint import code_fingerprint
from ..rules import RulePack

_SCHEMA = 1
_BATCH = 500  # keys per SELECT (SQLite's bound-parameter limit is 999 on old builds)


class CacheError(Exception):
    """The cache folder or database cannot be used."""


def default_cache_dir() -> Path:
    explicit = os.environ.get("CROSSCHECK_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "crosscheck"


def rules_fingerprint(pack: RulePack) -> str:
    """A hash of every rule file the pack was loaded from (names and bytes, in load order).

    The files' bytes, not the validated models: a model's dump can hold sets, whose order
    changes from one process to the next, and the key must be the same on every run.
    """
    digest = hashlib.blake2b(digest_size=16)
    for source in pack.sources:
        digest.update(str(source).encode("utf-8", "surrogateescape") + b"\0")
        digest.update(Path(source).read_bytes())
    return digest.hexdigest()


def run_fingerprint(pack: RulePack) -> str:
    """What every cached result of a run depends on besides its own file: code and rules."""
    return hashlib.blake2b(f"{_SCHEMA}|{code_fingerprint()}|{rules_fingerprint(pack)}".encode(), digest_size=16).hexdigest()


def file_key(fingerprint: str, path: str, stem: str, data: bytes) -> str:
    digest = hashlib.blake2b(digest_size=20)
    for part in (fingerprint.encode(), path.encode(), b"\0", stem.encode(), b"\0", data):
        digest.update(part)
    return digest.hexdigest()


def derived_key(key: str, *parts: str) -> str:
    """The key of a result derived from a cached one (a document re-extracted with a completed date)."""
    return hashlib.blake2b("|".join((key, *parts)).encode(), digest_size=20).hexdigest()


class ResultCache:
    """Pickled map results in ``folder/results.sqlite``, compressed, keyed by :func:`file_key`."""

    def __init__(self, folder: Path):
        self.path = Path(folder) / "results.sqlite"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
        except (OSError, sqlite3.Error) as error:
            raise CacheError(f"{self.path}: cannot open the cache: {error}") from None

    def get_many(self, keys: Iterable[str]) -> dict[str, Any]:
        """The cached values of those keys that are present; unreadable entries count as absent."""
        wanted = sorted(set(keys))
        found: dict[str, Any] = {}
        try:
            for at in range(0, len(wanted), _BATCH):
                batch = wanted[at: at + _BATCH]
                rows = self._db.execute(f"SELECT key, value FROM results WHERE key IN ({','.join('?' * len(batch))})", batch)
                for key, value in rows:
                    try:
                        found[key] = pickle.loads(zlib.decompress(value))
                    except Exception:  # noqa: BLE001 - a damaged or foreign entry is a miss, re-extracted and rewritten
                        continue
        except sqlite3.Error as error:
            raise CacheError(f"{self.path}: cannot read the cache: {error}") from None
        return found

    def put_many(self, items: Iterable[tuple[str, Any]]) -> None:
        rows = [(key, zlib.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), 1)) for key, value in items]
        if not rows:
            return
        try:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany("INSERT OR REPLACE INTO results (key, value) VALUES (?, ?)", rows)
            self._db.execute("COMMIT")
        except sqlite3.Error as error:
            try:
                self._db.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            raise CacheError(f"{self.path}: cannot write the cache: {error}") from None

    def close(self) -> None:
        self._db.close()


class SavedOutput(NamedTuple):
    """A report kept for a run over the same inputs: the problems the run printed,
    (documents, mentions, claims, findings) for ``--verbose``, and the open entry its bytes
    are read from, a piece at a time (:meth:`pieces`)."""

    problems: list
    counts: tuple[int, int, int, int]
    handle: BinaryIO
    offset: int  # where the compressed report starts in the entry

    def pieces(self) -> Iterator[bytes]:
        """The report's bytes, decompressed a piece at a time (joined, they are the whole
        report); the entry is closed at the end."""
        try:
            self.handle.seek(self.offset)
            yield from _inflated(self.handle)
        finally:
            self.handle.close()


_CHUNK = 1 << 20  # bytes read at a time
_SUFFIX = ".zr"


def _output_path(folder: Path, key: str) -> Path:
    return Path(folder) / "outputs" / f"{key}{_SUFFIX}"


def _inflated(handle: BinaryIO) -> Iterator[bytes]:
    """The pieces of a zlib stream read from ``handle``; ValueError when it is cut or has
    bytes after its end (zlib checks its checksum at the end)."""
    inflate = zlib.decompressobj()
    while data := handle.read(_CHUNK):
        if piece := inflate.decompress(data, _CHUNK):
            yield piece
        while inflate.unconsumed_tail:
            if piece := inflate.decompress(inflate.unconsumed_tail, _CHUNK):
                yield piece
    if piece := inflate.flush():
        yield piece
    if not inflate.eof or inflate.unused_data:
        raise ValueError("a cut or damaged saved report")


def load_output(folder: Path, key: str) -> SavedOutput | None:
    """The output saved under ``key`` in the cache ``folder``; None when absent, cut or
    unreadable (the run then goes the usual way and saves it again).

    The entry is checked whole first (decompressed and dropped, a piece at a time: zlib's
    checksum), so a damaged entry is a miss, never a report cut half-way; the report is then
    read again from the same open file while it is written, and never held whole.
    """
    handle = None
    try:
        handle = open(_output_path(folder, key), "rb")
        size = int.from_bytes(handle.read(8), "big")
        problems, counts = pickle.loads(handle.read(size))
        offset = handle.tell()
        for _ in _inflated(handle):
            pass
        return SavedOutput(problems, counts, handle, offset)
    except Exception:  # noqa: BLE001 - missing, cut or foreign: a miss
        if handle is not None:
            handle.close()
        return None


class OutputSaver:
    """Saves a report under ``key`` while it is being written (:meth:`write` each piece, then
    :meth:`commit`): the pieces are compressed as they come, so the report is never held
    whole. The file is written under a temporary name and renamed by :meth:`commit`, so a
    concurrent run reads the whole entry or none (both write the same bytes). A disk that
    refuses costs the next run its speed, never this run: errors end the saving silently."""

    def __init__(self, folder: Path, key: str, problems: list, counts: tuple[int, int, int, int]):
        self._target = _output_path(folder, key)
        self._deflate = zlib.compressobj(1)
        self._handle = None
        self._temporary: str | None = None
        header = pickle.dumps((problems, counts), protocol=pickle.HIGHEST_PROTOCOL)
        try:
            self._target.parent.mkdir(parents=True, exist_ok=True)
            descriptor, self._temporary = tempfile.mkstemp(prefix=".output-", dir=self._target.parent)
            self._handle = os.fdopen(descriptor, "wb")
            self._handle.write(len(header).to_bytes(8, "big") + header)
        except OSError:
            self.discard()

    def write(self, data: bytes) -> None:
        if self._handle is None:
            return
        try:
            self._handle.write(self._deflate.compress(data))
        except OSError:
            self.discard()

    def commit(self) -> None:
        if self._handle is None:
            return
        try:
            self._handle.write(self._deflate.flush())
            self._handle.close()
            self._handle = None
            os.replace(self._temporary, self._target)
            self._temporary = None
        except OSError:
            self.discard()

    def discard(self) -> None:
        """Drop what was written (a run that failed to write its report saves nothing)."""
        if self._handle is not None:
            try:
                self._handle.close()
            except OSError:
                pass
            self._handle = None
        if self._temporary is not None:
            Path(self._temporary).unlink(missing_ok=True)
            self._temporary = None

