"""The per-document map of a run: one file's bytes -> its cleaned and extracted documents.

Ingest, clean and extract need nothing from other documents, so they run wherever an executor
sends them (this process, a local process pool, a Dask worker) and return the
:class:`FileResult` of one file. The stages are compiled once per worker process and rule pack
(:func:`stages`), never per task. The one cross-document step before extraction, the year of a
dateline that gives none (``pipeline.complete_publication_dates``), is done by the reduce, which
sends the few documents it completes back through :func:`extract_document`.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass, field

from ..models import Document, ExtractedDocument, Problem
from ..records import compact_document, share_kept_fields_sets
from .sharing import share_document_spans
from ..rules import RulePack

_COMPILED: dict[str, tuple] = {}


@dataclass(frozen=True)
class FileTask:
    """One input file: its bytes, the path shown in the report and the id stem ingest gave it."""

    path: str
    stem: str
    data: bytes
    key: str = ""  # the cache key (content, path, stem, rules, code); empty when not cached


@dataclass(frozen=True)
class DocumentTask:
    """A cleaned document to extract again (its publication date was completed by the reduce)."""

    document: Document
    key: str = ""


@dataclass
class FileResult:
    """What the map returns for one file: its extracted documents and the problems reading it."""

    documents: list[ExtractedDocument] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def stages(pack: RulePack, fingerprint: str) -> tuple:
    """The cleaner and extractors for ``pack``, compiled once per process (keyed by the pack's fingerprint)."""
    compiled = _COMPILED.get(fingerprint)
    if compiled is None:
        from ..clean import Cleaner
        from ..extract import Extractors

        compiled = _COMPILED[fingerprint] = (Cleaner(pack), Extractors(pack))
        compiled[0].warm()  # loaded before a pool forks, the detector's model is shared by its workers
        compiled[1].warm()
        # The compiled rules live as long as the process: moved out of the collector's reach,
        # they are not traversed again by every full collection of the run (about 8% of the
        # extract stage's CPU on realistic articles), and forked workers do not copy them.
        gc.collect()
        gc.freeze()
    return compiled


def extract_file(task: FileTask, pack: RulePack, fingerprint: str) -> FileResult:
    """Ingest, clean and extract every document of one file."""
    from ..ingest import read_bytes

    cleaner, extractors = stages(pack, fingerprint)
    raws, problems = read_bytes(task.data, task.path, task.stem)
    documents = [extractors.extract(cleaner.clean(raw)) for raw in raws]
    for document in documents:
        compact_document(document)  # its sentences, mentions and claims as records: half the memory
        share_kept_fields_sets(document)  # the models left share their sets of set fields: a third of the rest
        share_document_spans(document)  # one object per distinct span: fewer to pickle and to hold
    return FileResult(documents=documents, problems=problems)


def extract_document(task: DocumentTask, pack: RulePack, fingerprint: str) -> ExtractedDocument:
    """Extract a cleaned document again (after the reduce completed its publication date)."""
    _, extractors = stages(pack, fingerprint)
    extracted = extractors.extract(task.document)
    return share_document_spans(share_kept_fields_sets(compact_document(extracted)))
