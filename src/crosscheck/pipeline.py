"""The library entry point: paths in, :class:`~crosscheck.models.Report` out.

``check`` runs ingest -> clean -> extract -> normalise -> compare once over all documents and
builds the report; every stage is compiled once from the rule pack and then applied per document.
"""

from __future__ import annotations

import gc
import statistics
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .clean import Cleaner, language_warnings
from .compare import compare
from .dates import CORPUS_DATE_EVIDENCE
from .ingest import collect_inputs, file_bytes
from .models import Document, DocumentSummary, ExtractedDocument, Problem, Report, share_fields_sets, sharing_strings
from .normalise.entities import link_entities
from .normalise.surnames import add_lone_surnames
from .report.assembly import merge_duplicates
from .rules import RulePack, load_rules
from .scale.cache import CacheError, ResultCache, derived_key, file_key, run_fingerprint
from .scale.executors import Executor, make_executor
from .records import as_model, compact_document
from .scale.sharing import ValueTable, share_equal_values, share_received_values
from .scale.mapping import DocumentTask, FileTask, extract_document, extract_file
from .textsafe import shown_path


class NoDocumentsError(Exception):
    """Nothing at all could be read from the given paths; ``problems`` says why."""

    def __init__(self, problems: list[Problem]):
        super().__init__("no readable article in the given paths")
        self.problems = problems


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Run with a higher first-generation GC threshold, restoring the caller's afterwards; the
    objects :func:`_settled` froze during the run are handed back to the collector at the end.

    A run allocates many small long-lived objects (mentions, claims); the default threshold
    makes the cyclic collector rescan them over and over, about 6-9% of a run on the seeds.
    """
    previous = gc.get_threshold()
    gc.set_threshold(max(previous[0], 50_000), *previous[1:])
    _RUNS[0] += 1
    try:
        yield
    finally:
        gc.set_threshold(*previous)
        _RUNS[0] -= 1
        if not _RUNS[0]:  # the outermost run: nested ones keep the frozen documents frozen
            gc.unfreeze()


_RUNS = [0]  # how many _fewer_collections blocks are open in this process


def _settled() -> None:
    """Move every object the collector tracks into its permanent generation (``gc.freeze``).

    Called as each map result is received: the extracted documents live to the end of the run
    and hold no reference cycles to break, yet each full collection walked all of them again
    (about 8% of a run's CPU). Frozen objects are still freed by reference counting; only the
    cyclic collector skips them until :func:`_fewer_collections` unfreezes them.
    """
    gc.freeze()


def complete_publication_dates(documents: list[Document]) -> tuple[list[Document], list[Problem]]:
    """Give a year to datelines that have none, from the other articles of the run.

    A wire dateline "JEDDAH, Nov 4 (Gulf Wire) -" leaves ``published`` unknown, and with it
    every relative date of the story. Articles checked together are about the same events, so
    the year that puts that month and day closest to the median publication date of the fully
    dated articles is taken, with a warning (W201). An article with no date at all gets the
    median itself, so that its relative dates resolve against the same story's coverage; its
    evidence says so, its times are anchored to "corpus", and a warning (W202) too; a date
    written in full in it needs none of this. Articles that stay undated get W202.
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
        if doc.published is None and median is not None:
            doc = doc.model_copy(update={"published": median, "published_evidence": CORPUS_DATE_EVIDENCE})
            problems.append(Problem(path=doc.path, line=doc.line_of(0), code="W202",
                                    message=f"no publication date found; relative dates resolved against the median publication "
                                    f"date of the run's other articles ({median.isoformat()})"))
        elif doc.published is None:
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


@dataclass
class RunOptions:
    """How a run executes; none of it changes the report.

    ``jobs``: processes for the per-document map (1 = in this process; None = every core).
    ``executor``: ``local``, ``dask-local`` or ``dask://HOST:PORT`` (see :mod:`crosscheck.scale.executors`).
    ``cache_dir``: where the incremental cache lives; None runs uncached.
    """

    jobs: int | None = 1
    executor: str | None = None
    cache_dir: Path | None = None


def _read_tasks(paths: Iterable[str | Path], fingerprint: str, keyed: bool) -> tuple[list, list[Problem]]:
    """One slot per input file, in reading order: (path problems, FileTask or None).

    File names are shown as ingest shows them (:func:`~crosscheck.textsafe.shown_path`): a
    control character or undecodable byte in a name never reaches a report raw.
    """
    files, problems = collect_inputs(list(paths))
    slots = []
    for path, stem in files:
        data, found = file_bytes(path)
        task = None
        if data is not None:
            shown = shown_path(path)
            key = file_key(fingerprint, shown, stem, data) if keyed else ""
            task = FileTask(path=shown, stem=stem, data=data, key=key)
        slots.append(([_shown(p) for p in found], task))
    return slots, [_shown(p) for p in problems]


def output_key(paths: Iterable[str | Path], rules: RulePack, *parts: str) -> str:
    """The key of a run's whole output: code and rules, every input file's shown path, id stem
    and bytes in reading order, the problems met reading them, and ``parts`` (how the output is
    rendered). Two runs with the same key write the same report (reports are deterministic)."""
    fingerprint = run_fingerprint(rules)
    slots, problems = _read_tasks(paths, fingerprint, True)
    inputs = [part for found, task in slots for part in ([p.render() for p in found] + [task.key if task else "-"])]
    return derived_key(fingerprint, "output", *inputs, *(p.render() for p in problems), "|", *parts)


def _shown(problem: Problem) -> Problem:
    shown = shown_path(problem.path)
    return problem if shown == problem.path else problem.model_copy(update={"path": shown})


_STORE_BATCH = 200  # results written to the cache per transaction: few commits, bounded memory


def _run_map(executor: Executor, cache: ResultCache | None, function, tasks: list, progress,
             problems: list[Problem]) -> list:
    """Results of ``function`` over ``tasks`` in order: cached ones read, the others computed and stored.

    Computed results are written to the cache as they come, a batch at a time, so the run
    never holds the compressed copy of every result at once (it did: hundreds of megabytes at
    10,000 articles). Each result is frozen out of the cyclic collector once received
    (:func:`_settled`), its strings and values shared with the equal ones received before
    (:func:`~crosscheck.models.sharing_strings`, :func:`~crosscheck.scale.sharing.share_received_values`). A cache that fails mid-run (locked past its
    timeout, disk full) costs speed, never the run: a warning (W130) and the results are computed.
    """
    with sharing_strings():  # the results are unpickled as they arrive: one object per distinct string
        return _received(executor, cache, function, tasks, progress, problems)


def _received(executor: Executor, cache: ResultCache | None, function, tasks: list, progress,
              problems: list[Problem]) -> list:
    cached = {}
    if cache is not None:
        try:
            cached = cache.get_many(t.key for t in tasks)
            _settled()
        except CacheError as error:
            problems.append(Problem(path=str(cache.path), code="W130", message=str(error)))
            cache = None
    values = ValueTable()
    for result in cached.values():
        share_received_values(_documents_of(result), values)
    missing = [t for t in tasks if t.key not in cached]
    fresh: dict[int, object] = {}
    batch: list[tuple[str, object]] = []
    for task, result in zip(missing, executor.imap(function, missing, progress)):
        share_received_values(_documents_of(result), values)
        _settled()
        fresh[id(task)] = result
        if cache is not None:
            batch.append((task.key, result))
            if len(batch) >= _STORE_BATCH:
                cache = _put(cache, batch, problems)
                batch = []
    if cache is not None and batch:
        _put(cache, batch, problems)
    return [cached[t.key] if t.key in cached else fresh[id(t)] for t in tasks]


def _documents_of(result) -> list[ExtractedDocument]:
    """The extracted documents of a map result (a file's result, or one re-extracted document)."""
    return [result] if isinstance(result, ExtractedDocument) else result.documents


def _put(cache: ResultCache, items: list, problems: list[Problem]) -> ResultCache | None:
    """Write ``items`` to the cache; the cache, or None once it failed (W130, once per run of the map)."""
    try:
        cache.put_many(items)
        return cache
    except CacheError as error:
        problems.append(Problem(path=str(cache.path), code="W130", message=str(error)))
        return None


def extract_documents(
    paths: Iterable[str | Path],
    rules: RulePack,
    progress: Callable[[int, int], None] | None = None,
    options: RunOptions | None = None,
) -> tuple[list[ExtractedDocument], list[Problem]]:
    """Ingest, clean and extract every document (the map), then date and link them (the reduce).

    The map runs per file wherever ``options`` say (this process, a process pool, Dask) and
    its results are taken in file order, so the documents and problems are the same whatever
    ran it. A document whose publication year the run supplies is extracted again with it.
    """
    options = options or RunOptions()
    cache, problems = _open_cache(options.cache_dir)
    try:
        docs, more, _ = _extract(paths, rules, progress, options, cache)
    finally:
        if cache is not None:
            cache.close()
    return docs, problems + more


def _extract(paths: Iterable[str | Path], rules: RulePack, progress: Callable[[int, int], None] | None,
             options: RunOptions, cache: ResultCache | None) -> tuple[list[ExtractedDocument], list[Problem], str]:
    """``extract_documents`` with an open cache (or None); also returns the key of the whole
    run's extraction (empty when uncached): every document's key, in order."""
    fingerprint = run_fingerprint(rules)
    slots, problems = _read_tasks(paths, fingerprint, cache is not None)
    executor = make_executor(options.executor, rules, fingerprint, options.jobs)
    try:
        with _fewer_collections():
            tasks = [task for _, task in slots if task is not None]
            slots = [(found, task.path if task else None, task.key if task else "") for found, task in slots]
            cache_problems: list[Problem] = []
            results = iter(_run_map(executor, cache, extract_file, tasks, progress, cache_problems))
            del tasks  # the files' bytes are not needed any more
            docs, keys = [], []
            seen: set[str] = set()
            for found, path, key in slots:
                problems.extend(found)
                if path is None:
                    continue
                result = next(results)
                problems.extend(result.problems)
                for ed in result.documents:
                    if ed.document.id in seen:
                        problems.append(Problem(path=path, code="W112",
                                                message=f"duplicate document id {ed.document.id!r}; record skipped"))
                        continue
                    seen.add(ed.document.id)
                    docs.append(ed)
                    keys.append(key)
            problems.extend(cache_problems)
            if not docs:
                raise NoDocumentsError(problems)
            docs, keys = _complete_dates(docs, keys, problems, executor, cache, Cleaner(rules).languages)
    finally:
        executor.close()  # before the reduce: idle workers would hold their memory through it
    problems.extend(p for ed in docs for p in ed.problems)  # after re-extraction: once per document
    with _fewer_collections():
        link_entities(docs, rules)
        add_lone_surnames(docs)
        for ed in docs:
            compact_document(ed)  # the mentions the run added to an article are records too
        share_equal_values(docs)  # after linking, which renames entity values in place
    run_key = derived_key(fingerprint, "compare", *keys) if cache is not None else ""
    return docs, problems, run_key


def _complete_dates(docs: list[ExtractedDocument], keys: list[str], problems: list[Problem], executor: Executor,
                    cache: ResultCache | None, languages: list[str]) -> tuple[list[ExtractedDocument], list[str]]:
    """Apply ``complete_publication_dates`` and extract the documents it dated again; warn
    about documents in a language the rules do not describe (W203). Returns the documents and
    their cache keys (a re-extracted document has the key of its new result)."""
    completed, dating_problems = complete_publication_dates([ed.document for ed in docs])
    problems.extend(dating_problems)
    problems.extend(language_warnings(completed, languages))
    redo = [index for index, (ed, doc) in enumerate(zip(docs, completed)) if doc is not ed.document]
    tasks = [DocumentTask(document=completed[i], key=derived_key(keys[i], completed[i].id, str(completed[i].published))
                          if keys[i] else "") for i in redo]
    for index, task, ed in zip(redo, tasks, _run_map(executor, cache, extract_document, tasks, None, problems)):
        docs[index], keys[index] = _undated_again(ed), task.key
    return docs, keys


def _undated_again(ed: ExtractedDocument) -> ExtractedDocument:
    """An article dated only by the run's median goes on undated once its times are resolved.

    The median is the coverage's date, not the article's: comparing with it would let the run
    agree with itself (an "as of" date, a change over time, a recency window all invented). Its
    times keep the anchor "corpus", which the report shows beside each value.
    """
    if ed.document.published_evidence != CORPUS_DATE_EVIDENCE:
        return ed
    return ed.model_copy(update={"document": ed.document.model_copy(update={"published": None})})


def _open_cache(folder: Path | None) -> tuple[ResultCache | None, list[Problem]]:
    """The cache in ``folder`` (None: uncached); one that cannot be opened is a warning (W130), not a failure."""
    if folder is None:
        return None, []
    try:
        return ResultCache(folder), []
    except CacheError as error:
        return None, [Problem(path=str(folder), code="W130", message=f"{error}; running without the cache")]


def check(
    paths: Iterable[str | Path],
    rule_dirs: Iterable[str | Path] | None = None,
    *,
    rules: RulePack | None = None,
    progress: Callable[[int, int], None] | None = None,
    options: RunOptions | None = None,
    compact: bool = False,
) -> Report:
    """Read the articles under ``paths`` and compare them; raises NoDocumentsError, RuleError or ExecutorError.

    With a cache, the compare result is cached too, under the key of every document's
    extraction: a run over unchanged files (same code and rules) compares nothing again.
    The report's mentions and claims are models; with ``compact`` they stay the run's records
    (:mod:`crosscheck.records`: the same fields, half the memory), which every renderer reads
    and the JSON writer dumps as models a chunk at a time (the CLI's reports).
    """
    pack = rules if rules is not None else load_rules([Path(d) for d in rule_dirs or []])
    options = options or RunOptions()
    cache, problems = _open_cache(options.cache_dir)
    try:
        with _fewer_collections():  # one block: the documents stay frozen through compare
            docs, more, run_key = _extract(paths, pack, progress, options, cache)
            problems += more
            result = _cached(cache, run_key, problems)
            if result is None:
                result = compare(docs, pack)
                result = result.model_copy(update={"findings": merge_duplicates(result.findings, _claims(docs))})
                _store(cache, run_key, result, problems)
            _share_sets(result)
    finally:
        if cache is not None:
            cache.close()
    return _report(docs, result, problems, compact)


def _share_sets(result) -> None:
    """Let the findings, values and quotes of a compare result share their sets of set fields
    (:func:`~crosscheck.models.share_fields_sets`), and the quotes their equal texts. The
    findings live from compare to the end of the report, and each of their models had a set of
    its own: more than half of the memory they held (36 of 63 KB per article on the realistic
    bench corpus). A quote's words are read from its document by offset (a new string each:
    claims hold no text of their own, :mod:`crosscheck.records`); the findings that quote one
    sentence share one string of it."""
    texts: dict[str, str] = {}
    for finding in result.findings:
        share_fields_sets(finding)
        for quote in finding.quotes:
            fields = quote.__dict__  # in place, as the values are equal: no validation, fields set unchanged
            for name in ("text", "prefix", "suffix"):
                fields[name] = texts.setdefault(fields[name], fields[name])


def _cached(cache: ResultCache | None, key: str, problems: list[Problem]):
    """The value cached under ``key``, or None (no cache, a miss, or a cache that fails: W130)."""
    if cache is None or not key:
        return None
    try:
        return cache.get_many([key]).get(key)
    except CacheError as error:
        problems.append(Problem(path=str(cache.path), code="W130", message=str(error)))
        return None


def _store(cache: ResultCache | None, key: str, value, problems: list[Problem]) -> None:
    if cache is None or not key:
        return
    try:
        cache.put_many([(key, value)])
    except CacheError as error:
        problems.append(Problem(path=str(cache.path), code="W130", message=str(error)))


def build_report(docs: list[ExtractedDocument], result, problems: list[Problem], compact: bool = False) -> Report:
    """The report of a run: document summaries, every mention and claim, the findings (one per
    event and fact: see :mod:`crosscheck.report.assembly`); ``compact`` as for :func:`check`."""
    merged = result.model_copy(update={"findings": merge_duplicates(result.findings, _claims(docs))})
    return _report(docs, merged, problems, compact)


def _claims(docs: list[ExtractedDocument]) -> list:
    return [c for d in docs for c in d.claims]


def _report(docs: list[ExtractedDocument], result, problems: list[Problem], compact: bool = False) -> Report:
    """The report of ``docs`` and a compare ``result`` whose duplicate findings are merged; its
    mentions and claims are models, or with ``compact`` the documents' records as they are."""
    documents = [
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
    ]
    mentions = [m for d in docs for m in d.mentions]
    claims = _claims(docs)
    if compact:  # the values are of the fields' types already (records read as their models)
        report = Report.model_construct(documents=documents, mentions=mentions, claims=claims,
                                        findings=result.findings, source_groups=result.source_groups, problems=problems)
    else:
        report = Report(documents=documents, mentions=[as_model(m) for m in mentions],
                        claims=[as_model(c) for c in claims], findings=result.findings,
                        source_groups=result.source_groups, problems=problems)
    report.attach_documents(docs)
    return report


def keep_used_mentions(report: Report) -> Report:
    """The report without the mentions no claim uses (``--mentions used``): a smaller file for
    consumers that read claims and findings only. The default report keeps every mention."""
    used: set[str] = set()
    for claim in report.claims:
        used.update(claim.mentions)
        spans = [claim.trigger, *claim.arguments] if claim.trigger is not None else claim.arguments
        used.update(span.mention for span in spans if span.mention)
    slim = report.model_copy(update={"mentions": [m for m in report.mentions if m.id in used]})
    slim.attach_documents(report.extracted)
    return slim
