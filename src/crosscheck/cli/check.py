"""``crosscheck check PATHS``: the main job (also what ``crosscheck PATHS`` runs)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .. import exitcodes
from ..models import Report
from ..pipeline import NoDocumentsError, check as run_check
from ..rules import RuleError, RulePack, configured_rule_dirs, load_rules
from .baseline import apply_gate, gate_options, read_gate_baseline
from .terminal import echo_problem, progress_bar, say, write_output

FORMAT_NAMES = ("text", "markdown", "json", "jsonl", "csv", "html", "sarif", "github")


def load_pack(rule_dirs: tuple[str, ...]) -> RulePack:
    """The default rules plus ``[tool.crosscheck]`` folders plus ``--rules`` folders; exit 2 on any error."""
    try:
        folders = configured_rule_dirs(Path.cwd()) + [Path(d) for d in rule_dirs]
        return load_rules(folders)
    except RuleError as error:
        for problem in error.problems:
            echo_problem(problem)
        raise SystemExit(exitcodes.USAGE) from None


def build_report(paths: tuple[str, ...], rule_dirs: tuple[str, ...], quiet: bool, verbose: bool) -> Report:
    """Run the pipeline for a command; print warnings; exit 2 when nothing could be read."""
    pack = load_pack(rule_dirs)
    update, close = progress_bar(quiet)
    try:
        report = run_check(paths, rules=pack, progress=update)
    except NoDocumentsError as error:
        close()
        for problem in error.problems:
            echo_problem(problem)
        say("error: no readable article in the given paths")
        raise SystemExit(exitcodes.USAGE) from None
    close()
    for problem in report.problems:
        if problem.code.startswith("I") and not verbose:
            continue
        if not quiet or problem.severity == "error":
            echo_problem(problem)
    if verbose:
        click.echo(
            f"read {len(report.documents)} documents: {len(report.mentions)} mentions, "
            f"{len(report.claims)} claims, {len(report.findings)} findings",
            err=True,
        )
    return report


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-f", "--format", "fmt", type=click.Choice(FORMAT_NAMES), default="text", show_default=True, help="Report format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), help="Write the report to this file instead of stdout.")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False), help="An extra rule folder (repeatable).")
@click.option("-q", "--quiet", is_flag=True, help="No warnings or progress on stderr.")
@click.option("-v", "--verbose", is_flag=True, help="More detail on stderr.")
@gate_options
def check(paths: tuple[str, ...], fmt: str, output: str | None, rule_dirs: tuple[str, ...], quiet: bool, verbose: bool,
          baseline_path: str | None, fail_on: tuple[str, ...] | None, update_baseline: bool) -> None:
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
    from ..report import render, should_color, terminal_width
    from ..report.github import write_step_summary

    baseline = read_gate_baseline(baseline_path, update_baseline)
    report = build_report(paths, rule_dirs, quiet, verbose)
    color = output in (None, "-") and should_color(sys.stdout)
    width = terminal_width(sys.stdout) if output in (None, "-") else None
    write_output(render(report, fmt, color=color, baseline=baseline, width=width), output, fmt, color)
    if fmt == "github":
        write_step_summary(report, baseline)
    raise SystemExit(apply_gate(report, baseline, baseline_path, fail_on, update_baseline, quiet))
