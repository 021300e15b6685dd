"""Fixtures several test modules share."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from crosscheck.extract.claims import ClaimExtractor
from crosscheck.rules import load_rules

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture()
def articles(tmp_path) -> Path:
    """A private copy of the seed articles, for tests that change, add or cache files."""
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch) -> None:
    """Every test gets an empty default cache folder: a report saved by an earlier run of the
    same code (another test, another suite run) must not answer a test's command."""
    monkeypatch.setenv("CROSSCHECK_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture(scope="module")
def rules():
    """The shipped rule pack, loaded once per test module."""
    return load_rules()


@pytest.fixture(scope="module")
def extractor(rules) -> ClaimExtractor:
    """A claim extractor over the shipped rules, for tests that read claims from small articles."""
    return ClaimExtractor(rules)
