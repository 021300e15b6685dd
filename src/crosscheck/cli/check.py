"""``crosscheck check PATHS``: the main job (also what ``crosscheck PATHS`` runs)."""

from __future__ import annotations

import socket
import sys
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import click

from .. import exitcodes
from ..models import Report
from ..pipeline import NoDocumentsError, RunOptions, check as run_check, keep_used_mentions, output_key
from ..scale.cache import OutputSaver, default_cache_dir, load_output
from ..scale.executors import ExecutorError, scheduler_address
from ..rules import RuleError, RulePack, configured_rule_dirs, load_rules
from .gate import apply_gate, gate_options, read_gate_baseline
from .terminal import echo_problem, fail_unreadable, progress_bar, say, write_report

FORMAT_NAMES = ("text", "markdown", "json", "jsonl", "csv", "html", "sarif", "github")


def load_pack(rule_dirs: tuple[str, ...], cache_dir: Path | None = None) -> RulePack:
    """The default rules plus ``[tool.crosscheck]`` folders plus ``--rules`` folders; exit 2 on any error.
    ``cache_dir``: where a validated pack is kept for the next run (None: the run's cache is off)."""
    try:
        folders = configured_rule_dirs(Path.cwd()) + [Path(d) for d in rule_dirs]
        return load_rules(folders, cache_dir=cache_dir)
    except RuleError as error:
        for problem in error.problems:
            echo_problem(problem)
        raise SystemExit(exitcodes.USAGE) from None


def run_options(function):
    """The options that say how a run executes (``--jobs``, ``--executor``, the cache); none changes the report."""
    function = click.option("--mentions", "mentions", type=click.Choice(["all", "used"]), default="all", show_default=True,
                            help="'used' leaves out mentions that no claim uses (a smaller report).")(function)
    function = click.option("--cache-dir", type=click.Path(file_okay=False), default=None,
                            help="Folder of the incremental cache [default: $CROSSCHECK_CACHE_DIR or ~/.cache/crosscheck].")(function)
    function = click.option("--no-cache", is_flag=True, help="Extract every file again; neither read nor write the cache.")(function)
    function = click.option("--executor", default="local", show_default=True,
                            help="Where the per-article work runs: local, dask-local or dask://HOST:PORT.")(function)
    function = click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
                            help="Worker processes [default: every core].")(function)
    return function


def make_run_options(jobs: int | None, executor: str, no_cache: bool, cache_dir: str | None) -> RunOptions:
    """The run's options; exits 2 on an ``--executor`` value that names no usable executor or a
    scheduler nothing answers at, before any work (a cached report written again must not hide it)."""
    try:
        address = scheduler_address(executor)
        if address is not None:
            _answers(executor, address)
    except ExecutorError as error:
        say(f"error: {error}")
        raise SystemExit(exitcodes.USAGE) from None
    return RunOptions(jobs=jobs, executor=executor, cache_dir=None if no_cache else Path(cache_dir) if cache_dir else default_cache_dir())


def _answers(executor: str, address: str) -> None:
    """Raise ExecutorError unless something accepts a connection at the scheduler's address: a
    replayed cached report never contacts the scheduler, so an unreachable one would pass unseen."""
    host, _, port = address.partition("://")[2].rpartition(":")
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=5).close()
    except OSError as error:
        raise ExecutorError(f"cannot reach the Dask scheduler of --executor {executor!r}: {error.strerror or error}") from None


def build_report(paths: tuple[str, ...], rule_dirs: tuple[str, ...], quiet: bool, verbose: bool,
                 options: RunOptions | None = None, pack: RulePack | None = None) -> Report:
    """Run the pipeline for a command; print warnings; exit 2 when nothing could be read."""
    pack = pack if pack is not None else load_pack(rule_dirs)
    update, close = progress_bar(quiet)
    try:
        report = run_check(paths, rules=pack, progress=update, options=options, compact=True)
    except NoDocumentsError as error:
        close()
        fail_unreadable(error.problems)
    except ExecutorError as error:
        close()
        say(f"error: {error}")
        raise SystemExit(exitcodes.USAGE) from None
    close()
    _tell(report.problems, _counts(report), quiet, verbose)
    return report


def _counts(report: Report) -> tuple[int, int, int, int]:
    return len(report.documents), len(report.mentions), len(report.claims), len(report.findings)


def _replay(pieces: Iterator[bytes], stream) -> None:
    """Write a saved report's pieces (already made safe when they were saved)."""
    for piece in pieces:
        stream.write(piece)


def _tell(problems: list, counts: tuple[int, int, int, int], quiet: bool, verbose: bool) -> None:
    """The run's warnings (and with ``verbose`` its counts) on stderr."""
    for problem in problems:
        if problem.code.startswith("I") and not verbose:
            continue
        if not quiet or problem.severity == "error":
            echo_problem(problem)
    if verbose:
        click.echo(f"read {counts[0]} documents: {counts[1]} mentions, {counts[2]} claims, {counts[3]} findings", err=True)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-f", "--format", "fmt", type=click.Choice(FORMAT_NAMES), default="text", show_default=True, help="Report format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), help="Write the report to this file instead of stdout.")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False), help="An extra rule folder (repeatable).")
@click.option("-q", "--quiet", is_flag=True, help="No warnings or progress on stderr.")
@click.option("-v", "--verbose", is_flag=True, help="More detail on stderr.")
@gate_options
@run_options
def check(paths: tuple[str, ...], fmt: str, output: str | None, rule_dirs: tuple[str, ...], quiet: bool, verbose: bool,
          baseline_path: str | None, fail_on: tuple[str, ...] | None, update_baseline: bool,
          jobs: int | None, executor: str, no_cache: bool, cache_dir: str | None, mentions: str) -> None:
    """Read the articles under PATHS and report what the sources agree on,
    which names are spelled differently, what contradicts what, what changed
    over time and what rests on a single source.

    \b
    Examples:
      crosscheck seeds/
      crosscheck seeds/ more/article.html --format markdown -o report.md
      crosscheck seeds/ --format json | jq '.findings[] | .summary'
      crosscheck seeds/ --baseline crosscheck-baseline.json --fail-on contradiction,variant

    Exit codes: 0 clean, 1 a finding of a --fail-on kind is not in the baseline (new findings
    are printed first), 2 usage, configuration, input or output error, 3 internal error,
    130 interrupted.
    """
    from ..report import should_color, terminal_width, write
    from ..report.github import write_step_summary

    baseline = read_gate_baseline(baseline_path, update_baseline)
    options = make_run_options(jobs, executor, no_cache, cache_dir)
    color = output in (None, "-") and should_color(sys.stdout)
    width = terminal_width(sys.stdout) if output in (None, "-") else None
    pack = load_pack(rule_dirs, options.cache_dir)
    # A run without a gate over inputs a cached run had already read (same bytes, names, rules
    # and code) writes that run's report again instead of extracting and comparing everything.
    key = None
    if options.cache_dir is not None and baseline_path is None and fail_on is None and fmt != "github":
        key = output_key(paths, pack, fmt, mentions, str(color), str(width))
        saved = load_output(options.cache_dir, key)
        if saved is not None:
            _tell(saved.problems, saved.counts, quiet, verbose)
            write_report(partial(_replay, saved.pieces()), output, fmt, color, raw=True)
            raise SystemExit(exitcodes.OK)
    report = build_report(paths, rule_dirs, quiet, verbose, options, pack)
    counts = _counts(report)
    if mentions == "used":
        report = keep_used_mentions(report)
    # The report is written as it is rendered (and saved for the next run at the same time).
    saver = None
    if key is not None and not any(problem.code == "W130" for problem in report.problems):
        saver = OutputSaver(options.cache_dir, key, report.problems, counts)
    try:
        write_report(lambda stream: write(report, fmt, stream, color=color, baseline=baseline, width=width),
                     output, fmt, color, copy=saver)
    except BaseException:
        if saver is not None:
            saver.discard()
        raise
    if saver is not None:
        saver.commit()
    if fmt == "github":
        write_step_summary(report, baseline)
    raise SystemExit(apply_gate(report, baseline, baseline_path, fail_on, update_baseline, quiet))
