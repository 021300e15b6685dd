"""The library entry point: paths in, :class:`~crosscheck.models.Report` out.

``check`` runs ingest -> clean -> extract -> normalise -> compare once over all documents and
builds the report; every stage is compiled once from the rule pack and then applied per document.
"""

from __future__ import annotations

import gc
import statistics
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from .clean import Cleaner, language_warnings
from .compare import compare
from .extract import Extractors
from .ingest import read_paths
from .models import Document, DocumentSummary, ExtractedDocument, Problem, Report
from .normalise.entities import link_entities
from .rules import RulePack, load_rules


class NoDocumentsError(Exception):
    """Nothing at all could be read from the given paths; ``problems`` says why."""

    def __init__(self, problems: list[Problem]):
        super().__init__("no readable article in the given paths")
        self.problems = problems


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Run with a higher first-generation GC threshold, restoring the caller's afterwards.

    A run allocates many small long-lived objects (mentions, claims); the default threshold
    makes the cyclic collector rescan them over and over, about 6-9% of a run on the seeds.
    """
    previous = gc.get_threshold()
    gc.set_threshold(max(previous[0], 50_000), *previous[1:])
    try:
        yield
    finally:
        gc.set_threshold(*previous)


def complete_publication_dates(documents: list[Document]) -> tuple[list[Document], list[Problem]]:
    """Give a year to datelines that have none, from the other articles of the run.

    A wire dateline "JEDDAH, Nov 4 (Gulf Wire) -" leaves ``published`` unknown, and with it
    every relative date of the story. Articles checked together are about the same events, so
    the year that puts that month and day closest to the median publication date of the fully
    dated articles is taken, with a warning (W201). Articles that stay undated get W202.
    Returns the documents (completed ones are copies) and the warnings.
    """
    dated = [doc.published for doc in documents if doc.published is not None]
    median = statistics.median_low(dated) if dated else None
    completed, problems = [], []
    for doc in documents:
        if doc.published is None and doc.published_partial and median is not None:
            month, day = (int(part) for part in doc.published_partial.split("-"))
            inferred = _closest_year(month, day, median)
            if inferred is not None:
                doc = doc.model_copy(update={
                    "published": inferred,
                    "published_evidence": f"{doc.published_evidence}; year {inferred.year} inferred from the other articles of the run",
                })
                problems.append(Problem(
                    path=doc.path, line=doc.line_of(doc.body[0].start) if doc.body else None, code="W201",
                    message=f"publication year inferred: the dateline says {inferred:%b} {inferred.day} without a year; "
                    f"{inferred.year} puts it closest to the other articles of the run (median {median.isoformat()})",
                ))
        if doc.published is None:
            problems.append(Problem(path=doc.path, line=doc.line_of(0), code="W202",
                                    message="no publication date found; relative dates stay unresolved"))
        completed.append(doc)
    return completed, problems


def _closest_year(month: int, day: int, median: date) -> date | None:
    """The date with this month and day nearest to ``median`` (the year before, of, or after it)."""
    options = []
    for year in (median.year - 1, median.year, median.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:  # 29 February outside a leap year
            continue
    return min(options, key=lambda d: (abs((d - median).days), d), default=None)


def extract_documents(
    paths: Iterable[str | Path],
    rules: RulePack,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[list[ExtractedDocument], list[Problem]]:
    """Ingest, clean and extract every document, then link entities across them."""
    raws, problems = read_paths(list(paths))
    if not raws:
        raise NoDocumentsError(problems)
    cleaner = Cleaner(rules)
    extractors = Extractors(rules)
    docs = []
    with _fewer_collections():
        cleaned, dating_problems = complete_publication_dates([cleaner.clean(raw) for raw in raws])
        problems = problems + dating_problems + language_warnings(cleaned, cleaner.languages)
        for done, document in enumerate(cleaned, 1):
            docs.append(extractors.extract(document))
            if progress is not None:
                progress(done, len(raws))
        link_entities(docs, rules)
    return docs, problems


def check(
    paths: Iterable[str | Path],
    rule_dirs: Iterable[str | Path] | None = None,
    *,
    rules: RulePack | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Report:
    """Read the articles under ``paths`` and compare them; raises NoDocumentsError or RuleError."""
    pack = rules if rules is not None else load_rules([Path(d) for d in rule_dirs or []])
    docs, problems = extract_documents(paths, pack, progress)
    with _fewer_collections():
        result = compare(docs, pack)
    report = Report(
        documents=[
            DocumentSummary(
                id=d.document.id,
                path=d.document.path,
                title=d.document.title,
                published=d.document.published,
                outlet=d.document.outlet,
                credit=d.document.credit,
                authors=d.document.authors,
                language=d.document.language,
            )
            for d in docs
        ],
        mentions=[m for d in docs for m in d.mentions],
        claims=[c for d in docs for c in d.claims],
        findings=result.findings,
        source_groups=result.source_groups,
        problems=problems,
    )
    report.attach_documents(docs)
    return report
