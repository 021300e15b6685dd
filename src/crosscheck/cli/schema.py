"""``crosscheck schema``: print the JSON Schema of the JSON report (``crosscheck/report-1``)."""

from __future__ import annotations

import click


@click.command("schema")
def schema() -> None:
    """Print the JSON Schema that every `--format json` report validates against.

    \b
    Example:
      crosscheck schema > report-1.schema.json
    """
    from ..report.schema import render_schema

    click.echo(render_schema(), nl=False)
