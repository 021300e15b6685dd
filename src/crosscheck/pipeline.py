"""The library entry point: paths in, :class:`~crosscheck.models.Report` out.

``check`` runs ingest -> clean -> extract -> normalise -> compare once over all documents and
builds the report; every stage is compiled once from the rule pack and then applied per document.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .clean import Cleaner
from .compare import compare
from .extract import Extractors
from .ingest import read_paths
from .models import DocumentSummary, ExtractedDocument, Problem, Report
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
        for done, raw in enumerate(raws, 1):
            docs.append(extractors.extract(cleaner.clean(raw)))
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
