"""``crosscheck baseline``: record the current findings as accepted, or apply reviewers' decisions."""

from __future__ import annotations

from pathlib import Path

import click

from ..report.baseline import Baseline, BaselineError, diff, from_report, load_baseline, update
from .check import build_report
from .gate import fail, write_baseline

DEFAULT_BASELINE = "crosscheck-baseline.json"


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
    write_baseline(result, output)
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
    write_baseline(applied.baseline, output)
    if not quiet:
        click.echo(f"{output}: {applied.accepted} accepted, {applied.not_accepted} not accepted "
                   f"({applied.removed} entries removed), {len(applied.baseline.findings)} in all", err=True)
