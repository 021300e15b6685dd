"""Fixtures several test modules share."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import settings

from crosscheck.extract.claims import ClaimExtractor
from crosscheck.rules import load_rules

# Property tests check behaviour, not speed (speed targets live in bench/): without a deadline a
# loaded CI machine cannot fail one (test_every_dated_member_of_a_group_overlaps_every_other
# once did, under a load of 8, and passed 20,000 examples unloaded).
settings.register_profile("crosscheck", deadline=None)
settings.load_profile("crosscheck")

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
BENCH = SEEDS.parent / "bench"


@pytest.fixture(scope="session")
def generated_corpus(tmp_path_factory):
    """Writes a folder of generated realistic articles (bench/corpus.py, the scale bench's
    corpus) for a count and a seed: tests of the run's shape use articles like the bench's."""
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    from corpus import write_corpus

    def write(count: int, seed: int) -> Path:
        folder = tmp_path_factory.mktemp(f"corpus-{count}-{seed}")
        write_corpus(folder, count, seed=seed)
        return folder

    return write


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
def tables(rules):
    """The event lexicons of every language of the shipped rules, by language."""
    from crosscheck.extract.lexicon import lexicons

    return lexicons(rules)


@pytest.fixture(scope="module")
def extractor(rules) -> ClaimExtractor:
    """A claim extractor over the shipped rules, for tests that read claims from small articles."""
    return ClaimExtractor(rules)



@pytest.fixture()
def news_folder(tmp_path):
    """Writes a folder of articles as a news site's text export (headline, "Published:" line,
    body), ``{file stem: (headline, published, body)}``, and returns the folder."""
    def write(name: str, articles: dict[str, tuple[str, str, str]]) -> Path:
        folder = tmp_path / name
        folder.mkdir()
        for stem, (headline, published, body) in articles.items():
            (folder / f"{stem}.txt").write_text(f"{headline}\n\nPublished: {published}\n\n{body}\n", encoding="utf-8")
        return folder
    return write


@pytest.fixture()
def news_stories(news_folder):
    """Writes ``(name, headline, publication date, body)`` stories into one folder (see
    ``news_folder``) and returns ``[folder]``, the paths ``check`` reads."""
    def write(*stories: tuple[str, str, str, str]) -> list[Path]:
        return [news_folder("articles", {name: (headline, published, body) for name, headline, published, body in stories})]
    return write


@pytest.fixture()
def rehab_articles(news_folder) -> Path:
    """Two sources (a wire story, a magazine's) telling one open-vocabulary event, Lindsay Lohan
    checking into rehab in Malibu on Tuesday 4 May 2010: check reports one agreement of the two,
    and verify judges a claim of it against them."""
    return news_folder("open", {
        "a": ("Lohan enters rehab", "May 4, 2010", "LOS ANGELES (Star Wire) - Actress Lindsay Lohan checked into a rehab "
              "clinic in Malibu on Tuesday, her spokesman said."),
        "b": ("Lindsay Lohan in rehab again", "May 5, 2010", "Lindsay Lohan checked into the Promises clinic in Malibu on "
              "Tuesday, according to People magazine."),
    })
