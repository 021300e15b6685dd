"""``crosscheck baseline``, and the gate options that ``check`` takes (--baseline, --fail-on, --update-baseline)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from .. import exitcodes
from ..models import Report
from ..report._shared import KIND_ORDER
from ..report.baseline import Baseline, BaselineError, diff, from_report, load_baseline, update

DEFAULT_BASELINE = "crosscheck-baseline.json"
DEFAULT_FAIL_ON = ("contradiction",)


class KindList(click.ParamType):
    """A comma list of finding kinds (``contradiction,variant``), or ``all``."""

    name = "KINDS"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> tuple[str, ...]:
        if isinstance(value, tuple):
            return value
        names = [name.strip().replace("-", "_") for name in str(value).split(",") if name.strip()]
        if names == ["all"]:
            return KIND_ORDER
        unknown = [name for name in names if name not in KIND_ORDER]
        if unknown or not names:
            self.fail(f"{value!r}: choose kinds from {', '.join(KIND_ORDER)} (comma-separated) or 'all'", param, ctx)
        return tuple(kind for kind in KIND_ORDER if kind in names)


def gate_options(command: Callable) -> Callable:
    """The options of a gated run, for ``check``."""
    command = click.option(
        "--update-baseline", is_flag=True,
        help="Add the current findings to the --baseline file (keeping reviewers' notes) and exit 0.",
    )(command)
    command = click.option(
        "--fail-on", type=KindList(), default=None, metavar="KINDS",
        help="Exit 1 when a finding of these kinds (comma list, or 'all') is not in the baseline "
        "[default: contradiction when --baseline is given].",
    )(command)
    command = click.option(
        "--baseline", "baseline_path", type=click.Path(dir_okay=False), default=None, metavar="FILE",
        help="Accepted findings (see `crosscheck baseline`); only findings not in it are new.",
    )(command)
    return command


def fail(message: str) -> None:
    """One red error line on stderr, then exit 2."""
    click.secho(f"error: {message}", fg="red", err=True)
    raise SystemExit(exitcodes.USAGE)


def read_gate_baseline(baseline_path: str | None, update_baseline: bool) -> Baseline | None:
    """The baseline of a gated run; a missing file is an error unless it is about to be created."""
    if update_baseline and baseline_path is None:
        raise click.UsageError("--update-baseline needs --baseline FILE")
    if baseline_path is None:
        return None
    if update_baseline and not Path(baseline_path).exists():
        return Baseline()
    try:
        return load_baseline(baseline_path)
    except BaselineError as error:
        fail(str(error))
    raise AssertionError("unreachable")


def _write_baseline(baseline: Baseline, path: str) -> None:
    if path == "-":
        click.echo(baseline.to_json(), nl=False)
        return
    try:
        Path(path).write_text(baseline.to_json(), encoding="utf-8")
    except OSError as error:
        fail(f"{path}: cannot write: {error.strerror or error}")


def apply_gate(
    report: Report,
    baseline: Baseline | None,
    baseline_path: str | None,
    fail_on: tuple[str, ...] | None,
    update_baseline: bool,
    quiet: bool = False,
) -> int:
    """The exit code of a checked run; with --update-baseline, write the merged baseline first."""
    if update_baseline and baseline_path is not None:
        merged = update(baseline or Baseline(), report)
        _write_baseline(merged, baseline_path)
        if not quiet:
            added = len(merged.findings) - len(baseline.findings if baseline else [])
            click.echo(f"{baseline_path}: {added} findings added, {len(merged.findings)} in all", err=True)
        return exitcodes.OK
    kinds = fail_on if fail_on is not None else (DEFAULT_FAIL_ON if baseline is not None else ())
    new, _, stale = diff(report, baseline or Baseline(), kinds)
    if stale and not quiet:
        click.echo(f"warning: {len(stale)} baseline entries match no finding any more (stale); remove them", err=True)
    if new:
        if not quiet:
            click.echo(f"crosscheck: {len(new)} new findings of kind {', '.join(kinds)} not in the baseline", err=True)
        return exitcodes.FINDINGS
    return exitcodes.OK


@click.command("baseline")
@click.argument("paths", nargs=-1)
@click.option("--apply", "decisions_path", type=click.Path(dir_okay=False), default=None, metavar="DECISIONS",
              help="Merge reviewers' decisions exported from the HTML report into the baseline file (-o); "
              "no articles are read.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default=DEFAULT_BASELINE,
              show_default=True, help="The baseline file to write ('-' for stdout).")
@click.option("--update-baseline", is_flag=True,
              help="Merge into the existing file: add new findings, keep every entry and reviewers' notes.")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False), help="An extra rule folder (repeatable).")
@click.option("-q", "--quiet", is_flag=True, help="No warnings or progress on stderr.")
@click.option("-v", "--verbose", is_flag=True, help="More detail on stderr.")
def baseline(paths: tuple[str, ...], decisions_path: str | None, output: str, update_baseline: bool,
             rule_dirs: tuple[str, ...], quiet: bool, verbose: bool) -> None:
    """Record the current findings of PATHS as accepted, so that a gated run fails only on new ones.

    Each entry keeps the finding's fingerprint, kind and summary, with `reason`, `accepted_by`
    and `date` for a reviewer to fill in. An existing file is never overwritten: pass
    --update-baseline to add new findings to it (reviewers' notes are kept), or delete it.

    \b
    Examples:
      crosscheck baseline articles/ -o crosscheck-baseline.json
      crosscheck baseline articles/ -o crosscheck-baseline.json --update-baseline
      crosscheck articles/ --baseline crosscheck-baseline.json --fail-on contradiction
      crosscheck baseline --apply crosscheck-decisions.json -o crosscheck-baseline.json

    With --apply, each accepted finding is added (or updated) with the reviewer's reason, name
    and date; a rejected or needs-work finding is removed, so the gate keeps failing on it.
    """
    from .check import build_report  # here, not at the top: check.py imports this module's gate options

    if decisions_path is not None:
        if paths:
            raise click.UsageError("--apply merges decisions into the baseline; give no PATHS with it")
        _apply(decisions_path, output, quiet)
        return
    if not paths:
        raise click.UsageError("give the PATHS of the articles to record (or --apply DECISIONS)")

    existing: Baseline | None = None
    if output != "-" and Path(output).exists():
        if not update_baseline:
            fail(f"{output} exists; pass --update-baseline to add new findings to it, or delete it to start over")
        try:
            existing = load_baseline(output)
        except BaselineError as error:
            fail(str(error))
    report = build_report(paths, rule_dirs, quiet, verbose)
    result = update(existing, report) if existing is not None else from_report(report)
    _write_baseline(result, output)
    if not quiet:
        stale = len(diff(report, result).stale)
        added = len(result.findings) - (len(existing.findings) if existing else 0)
        click.echo(f"{output}: {len(result.findings)} findings ({added} added, {stale} stale)", err=True)


def _apply(decisions_path: str, output: str, quiet: bool) -> None:
    """``--apply``: merge a decisions file into the baseline at ``output`` (created when missing)."""
    from ..report.decisions import DecisionsError, apply_decisions, load_decisions

    try:
        decisions = load_decisions(decisions_path)
        existing = load_baseline(output) if output != "-" and Path(output).exists() else Baseline()
    except (DecisionsError, BaselineError) as error:
        fail(str(error))
    applied = apply_decisions(existing, decisions)
    _write_baseline(applied.baseline, output)
    if not quiet:
        click.echo(f"{output}: {applied.accepted} accepted, {applied.not_accepted} not accepted "
                   f"({applied.removed} entries removed), {len(applied.baseline.findings)} in all", err=True)
