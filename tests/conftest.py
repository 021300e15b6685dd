"""Fixtures several test modules share."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture()
def articles(tmp_path) -> Path:
    """A private copy of the seed articles, for tests that change, add or cache files."""
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    return folder
