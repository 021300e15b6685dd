"""What a result computed by this build of crosscheck depends on in the code itself.

Shared by the caches that keep work across runs (the incremental cache of
:mod:`crosscheck.scale.cache`, the compiled rule packs of :mod:`crosscheck.rules`): an edited
source file invalidates them even before the version is bumped.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import metadata
from pathlib import Path


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """The crosscheck version plus a hash of every source file of the package."""
    package = Path(__file__).resolve().parent
    digest = hashlib.blake2b(digest_size=16)
    try:
        digest.update(metadata.version("crosscheck").encode())
    except metadata.PackageNotFoundError:
        digest.update(b"unknown")
    for source in sorted(package.rglob("*.py")):
        digest.update(source.relative_to(package).as_posix().encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()
