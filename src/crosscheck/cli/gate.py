"""The gate of a checked run: the options ``check`` takes (--baseline, --fail-on,
--update-baseline) and the exit code they give. Apart from ``cli/baseline.py`` so that ``check``
and ``baseline`` both use it without importing each other."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from .. import exitcodes
from ..models import Report
from ..report.baseline import Baseline, BaselineError, diff, load_baseline, update
from ..report.common import KIND_ORDER

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


def write_baseline(baseline: Baseline, path: str) -> None:
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
        write_baseline(merged, baseline_path)
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
