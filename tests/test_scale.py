"""The per-document map and its executors: the report is the same bytes whatever ran the map.

A run's map (ingest, clean, extract per file) can run in this process, in a local process pool
(``--jobs``) or on a Dask cluster (``--executor``); the reduce (dates, entity linking, compare)
always sees the results in file order. These tests compare rendered JSON byte for byte.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from crosscheck import check as api_check
from crosscheck.cli import cli
from crosscheck.pipeline import RunOptions, check, keep_used_mentions
from crosscheck.report import render
from crosscheck.scale.executors import ExecutorError, LocalExecutor, default_jobs, make_executor, scheduler_address

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
sys.path.insert(0, str(ROOT / "bench"))

from corpus import ArticleWriter  # noqa: E402


@pytest.fixture(scope="module")
def bench_articles(generated_corpus) -> Path:
    return generated_corpus(36, 5)


@pytest.fixture(scope="module")
def wire_pair(tmp_path_factory) -> Path:
    """Two articles, one a wire dateline without a year, which the reduce completes and re-extracts."""
    folder = tmp_path_factory.mktemp("wire")
    (folder / "a_page.txt").write_text(
        "Talks open in Jeddah\n\nNovember 4, 2025\n\nThe two delegations opened ceasefire talks in Jeddah on Monday, mediators said.\n",
        encoding="utf-8")
    (folder / "b_wire.txt").write_text(
        "JEDDAH, Nov 5 (Gulf Wire) - The two delegations held a second day of ceasefire talks in Jeddah on Tuesday, mediators said.\n",
        encoding="utf-8")
    return folder


def _json(paths, **options) -> str:
    return render(check(paths, options=RunOptions(**options)), "json")


@pytest.fixture(scope="module")
def corpora(bench_articles, wire_pair) -> dict[str, list[Path]]:
    return {"seeds": [SEEDS], "bench": [bench_articles], "wire": [wire_pair]}


@pytest.fixture(scope="module")
def in_process(corpora):
    """A corpus's JSON report with the map in this process (jobs=1), made once per module: the
    tests compare other ways of running (pools, Dask, the library API, the command line) with it."""
    made: dict[str, str] = {}

    def report(corpus: str) -> str:
        if corpus not in made:
            made[corpus] = _json(corpora[corpus], jobs=1)
        return made[corpus]

    return report


@pytest.fixture(scope="module")
def dask_scheduler():
    """One Dask LocalCluster of two single-threaded worker processes for the module's Dask
    tests (a cluster and its workers' imports take a dozen CPU-seconds to start)."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


@pytest.mark.parametrize("corpus", ["seeds", "bench", "wire"])
def test_reports_are_byte_identical_across_jobs(corpus, corpora, in_process):
    one = in_process(corpus)
    assert _json(corpora[corpus], jobs=2) == one
    assert _json(corpora[corpus], jobs=3) == one


def test_reports_are_byte_identical_across_runs(bench_articles, in_process):
    """A second run in the same process (after the module's other runs) writes the first's bytes."""
    assert render(check([bench_articles]), "json") == in_process("bench")


def test_a_completed_dateline_is_extracted_again_in_a_pool(wire_pair):
    report = check([wire_pair], options=RunOptions(jobs=2))
    assert {d.id: d.published for d in report.documents} == {"a_page": date(2025, 11, 4), "b_wire": date(2025, 11, 5)}
    wire_claims = [c for c in report.claims if c.document == "b_wire"]
    assert wire_claims and all(c.time is None or c.time.start is not None for c in wire_claims)


def test_the_library_api_keeps_working_without_options(in_process):
    assert render(api_check([SEEDS]), "json") == in_process("seeds")


@pytest.mark.parametrize("corpus", ["seeds", "bench"])
def test_a_dask_cluster_gives_the_local_report(corpus, corpora, in_process, dask_scheduler):
    assert _json(corpora[corpus], jobs=2, executor=dask_scheduler) == in_process(corpus)


def test_dask_local_cluster_gives_the_local_report(wire_pair, in_process):
    """``dask-local``: the executor starts (and stops) a LocalCluster of its own."""
    pytest.importorskip("distributed")
    assert _json([wire_pair], jobs=2, executor="dask-local") == in_process("wire")


def test_unknown_executor_is_a_clear_error():
    with pytest.raises(ExecutorError, match="unknown executor 'spark://x'"):
        make_executor("spark://x", None, "fp")


def test_missing_dask_is_a_one_line_usage_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails as when the extra is missing
    result = CliRunner().invoke(cli, ["check", str(SEEDS), "--executor", "dask-local", "--no-cache", "-q"])
    assert result.exit_code == 2
    assert result.output.strip() == "error: the Dask executor needs the dask extra: pip install 'crosscheck[dask]'"


def test_local_executor_returns_results_in_task_order():
    executor = LocalExecutor(pack=None, fingerprint="fp", jobs=2)
    try:
        assert executor.map(_square_after_pause, list(range(40))) == [i * i for i in range(40)]
    finally:
        executor.close()


def _square_after_pause(task, pack, fingerprint):
    import time

    time.sleep(0.001 * (task % 3))  # later tasks often finish first
    return task * task


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux")
def test_forked_workers_inherit_the_compiled_stages():
    """The pool compiles the stages before it forks: no worker compiles them again."""
    from crosscheck.rules import load_rules

    executor = LocalExecutor(pack=load_rules(), fingerprint="inherited", jobs=2)
    try:
        assert executor.map(_stages_were_there, list(range(8))) == [True] * 8
    finally:
        executor.close()


def _stages_were_there(task, pack, fingerprint):
    from crosscheck.scale import mapping

    return fingerprint in mapping._COMPILED


def test_default_jobs_is_the_usable_cores():
    assert default_jobs() >= 1


def test_cli_json_to_a_file_is_the_rendered_report(tmp_path, in_process):
    output = tmp_path / "report.json"
    result = CliRunner().invoke(cli, ["check", str(SEEDS), "-f", "json", "-o", str(output), "-q", "--jobs", "2",
                                      "--cache-dir", str(tmp_path / "cache")])
    assert result.exit_code in (0, 1), result.output
    assert output.read_text(encoding="utf-8") == in_process("seeds")


def test_used_mentions_keep_every_mention_a_claim_refers_to():
    report = check([SEEDS])
    slim = keep_used_mentions(report)
    kept = {m.id for m in slim.mentions}
    assert 0 < len(slim.mentions) < len(report.mentions)
    for claim in slim.claims:
        assert set(claim.mentions) <= kept
        assert {a.mention for a in claim.arguments if a.mention} <= kept
    assert slim.findings == report.findings and slim.claims == report.claims


def test_the_bench_corpus_is_seeded_and_varied():
    writer, again_writer = ArticleWriter(100, seed=3), ArticleWriter(100, seed=3)
    first = [writer.article(i) for i in range(3)]
    again = [again_writer.article(i) for i in range(3)]
    assert first == again
    assert len({text for _, text in first}) == 3
    assert all(3000 < len(text) < 9000 for _, text in first)


def test_bench_articles_are_not_merged_as_wire_copies(in_process):
    assert json.loads(in_process("bench"))["source_groups"] == []


def test_the_map_reads_files_as_ingest_reads_them(tmp_path):
    """Ids, shown paths and problems match ``ingest.read_paths`` on awkward inputs (the map
    reads files itself, per file, so it must not drift from the serial reader)."""
    from crosscheck.ingest import read_paths
    from crosscheck.pipeline import extract_documents
    from crosscheck.rules import load_rules

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    story = (SEEDS / "000_90ca6e7b170494c8.txt").read_bytes()
    (tmp_path / "a" / "same.txt").write_bytes(story)
    (tmp_path / "b" / "same.txt").write_bytes(story)
    (tmp_path / "esc\x1b[31mred.txt").write_bytes(story)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / "records.jsonl").write_text('{"id": "r1", "text": "Talks opened in Jeddah on Monday."}\n{"id": "r1", "text": "Again."}\nnot json\n',
                                            encoding="utf-8")
    raws, expected = read_paths([tmp_path, tmp_path / "missing"])
    for jobs in (1, 2):
        docs, problems = extract_documents([tmp_path, tmp_path / "missing"], load_rules([]), options=RunOptions(jobs=jobs))
        assert [(d.document.id, d.document.path) for d in docs] == [(r.id, r.path) for r in raws]
        ingest_problems = [p for p in problems if p.code.startswith("W1") or p.code.startswith("I1")]
        assert ingest_problems == [p for p in expected if p.code.startswith("W1") or p.code.startswith("I1")]


def test_local_executor_hands_each_result_over_as_it_comes():
    """``imap`` yields in task order while the pool still works, so the run can store and drop them."""
    executor = LocalExecutor(pack=None, fingerprint="fp", jobs=2)
    try:
        results = executor.imap(_square_after_pause, list(range(40)))
        assert next(results) == 0
        assert list(results) == [i * i for i in range(1, 40)]
    finally:
        executor.close()


def test_a_run_leaves_the_garbage_collector_as_it_found_it(bench_articles):
    """The run freezes its documents out of the cyclic collector while it works (gc.freeze) and
    hands them back at the end: a library caller's objects are collected as before."""
    import gc

    threshold = gc.get_threshold()
    frozen = []
    report = check([bench_articles], options=RunOptions(jobs=2), progress=lambda done, total: frozen.append(gc.get_freeze_count()))
    assert report.documents
    assert frozen[-1] > 0  # the documents received so far were frozen while the map went on
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == threshold


def test_the_compare_step_trace_measures_every_step_and_restores_compare(bench_articles):
    """bench_scale --compare-sizes wraps compare's steps to trace them; afterwards compare is untouched."""
    import crosscheck.compare as compare_package
    from bench_scale import _COMPARE_STEPS, compare_steps

    before = {name: getattr(compare_package, name) for _, name, _ in _COMPARE_STEPS if hasattr(compare_package, name)}
    n, steps, total = compare_steps(bench_articles, 1)
    assert n == 36 and total > 0
    assert {"source_groups", "build_views", "open_event_findings", "unify"} <= set(steps)
    assert all(cpu >= 0 and peak >= 0 for cpu, _, peak in steps.values())
    assert {name: getattr(compare_package, name) for name in before} == before


def test_the_heap_count_by_type_counts_a_shared_object_once():
    """bench_scale --profile-sizes counts what a structure holds by type: a value two lists share once."""
    from bench_scale import heap_by_type

    shared = "a value held twice" * 3
    counts = heap_by_type([[shared, shared], (shared,)])
    assert counts["str"] == [sys.getsizeof(shared), 1]
    assert counts["list"][1] == 1 and counts["tuple"][1] == 1


def test_scheduler_address_reads_the_documented_spellings_without_contacting_anything():
    pytest.importorskip("distributed")
    assert scheduler_address("local") is None
    assert scheduler_address("dask-local") is None
    assert scheduler_address("dask://scheduler.example:8786") == "tcp://scheduler.example:8786"
    assert scheduler_address("tls://10.0.0.5:8786") == "tls://10.0.0.5:8786"
    for bad in ("dask://scheduler", "dask://:8786", "tcp://host:0", "tcp://host:99999"):
        with pytest.raises(ExecutorError, match="HOST:PORT"):
            scheduler_address(bad)


def _double(task, pack, fingerprint):
    return task * 2


@pytest.mark.parametrize("jobs", [1, 2])
def test_progress_reaches_the_total_when_the_caller_stops_at_the_last_result(jobs):
    """The pipeline zips tasks with results and never resumes the generator after the last one."""
    told = []
    executor = LocalExecutor(None, "fp", jobs)
    try:
        tasks = [1, 2, 3, 4, 5]
        assert [r for _, r in zip(tasks, executor.imap(_double, tasks, lambda done, total: told.append((done, total))))] == [2, 4, 6, 8, 10]
    finally:
        executor.close()
    assert told[-1] == (5, 5)
