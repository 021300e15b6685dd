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
from collections.abc import Iterable
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any, NamedTuple

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


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """The crosscheck version plus a hash of every source file of the package."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.blake2b(digest_size=16)
    try:
        digest.update(metadata.version("crosscheck").encode())
    except metadata.PackageNotFoundError:
        digest.update(b"unknown")
    for source in sorted(package.rglob("*.py")):
        digest.update(source.relative_to(package).as_posix().encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()


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
    """A rendered report kept for a run over the same inputs: its text, the problems the run
    printed, and (documents, mentions, claims, findings) for ``--verbose``."""

    text: str
    problems: list
    counts: tuple[int, int, int, int]


def _output_path(folder: Path, key: str) -> Path:
    return Path(folder) / "outputs" / f"{key}.z"


def load_output(folder: Path, key: str) -> SavedOutput | None:
    """The output saved under ``key`` in the cache ``folder``; None when absent or unreadable
    (the run then goes the usual way and saves it again)."""
    try:
        data = _output_path(folder, key).read_bytes()
        size = int.from_bytes(data[:8], "big")
        problems, counts = pickle.loads(data[8 : 8 + size])
        return SavedOutput(zlib.decompress(data[8 + size :]).decode("utf-8"), problems, counts)
    except Exception:  # noqa: BLE001 - missing, cut or foreign: a miss
        return None


def save_output(folder: Path, key: str, saved: SavedOutput) -> None:
    """Save ``saved`` under ``key``: written to a temporary file and renamed, so a concurrent run
    reads the whole file or none (both write the same bytes). A disk that refuses costs the
    next run its speed, never this run: errors are ignored."""
    target = _output_path(folder, key)
    header = pickle.dumps((saved.problems, saved.counts), protocol=pickle.HIGHEST_PROTOCOL)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(prefix=".output-", dir=target.parent)
        try:
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(len(header).to_bytes(8, "big") + header)
                handle.write(zlib.compress(saved.text.encode("utf-8"), 1))
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        return
