"""``crosscheck explain FINGERPRINT PATHS``: one finding in full."""

from __future__ import annotations

import json

import click

from ..report.explain import FindingLookupError, explain as explain_text, explain_data, find_finding
from .gate import fail
from .check import build_report
from .terminal import write_output


@click.command("explain")
@click.argument("fingerprint")
@click.argument("paths", nargs=-1, required=True)
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False), help="An extra rule folder (repeatable).")
@click.option("-q", "--quiet", is_flag=True, help="No warnings or progress on stderr.")
@click.option("-v", "--verbose", is_flag=True, help="More detail on stderr.")
def explain(fingerprint: str, paths: tuple[str, ...], fmt: str, rule_dirs: tuple[str, ...], quiet: bool,
            verbose: bool) -> None:
    """Show one finding of PATHS in full: its claims, its quotes, and how each value was
    normalised (every mention with the value it was read as). FINGERPRINT may be a unique prefix.

    \b
    Examples:
      crosscheck explain 3f2a9c seeds/
      crosscheck explain 3f2a9c seeds/ --format json
    """
    report = build_report(paths, rule_dirs, quiet, verbose)
    try:
        finding = find_finding(report, fingerprint)
    except FindingLookupError as error:
        fail(str(error))
    if fmt == "json":
        write_output(json.dumps(explain_data(report, finding), indent=2, ensure_ascii=False) + "\n", None, "json")
    else:
        write_output(explain_text(report, finding), None)
