"""The command line: a thin layer over the library API.

``crosscheck PATHS`` runs the ``check`` command; other commands are named first
(``crosscheck match A B``). A folder that happens to share a command's name can still be
checked with ``crosscheck check NAME``.
"""

from __future__ import annotations

import click

from .baseline import baseline
from .check import check
from .explain import explain
from .match import match
from .verify import verify


class DefaultCommandGroup(click.Group):
    """A group that runs ``check`` when the first argument is not a command name."""

    default_command = "check"

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h", "--version")):
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)


@click.group(cls=DefaultCommandGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="crosscheck")
def cli() -> None:
    """Compare news articles: agreements, spelling variants, contradictions, changes.

    \b
    Examples:
      crosscheck seeds/                       report on every article in seeds/
      crosscheck seeds/ --format json         the same facts as data
      crosscheck match "Tiani" "Tchiani"      are two spellings one person?
    """


cli.add_command(check)
cli.add_command(baseline)
cli.add_command(explain)
cli.add_command(match)
cli.add_command(verify)


def main() -> None:
    cli(prog_name="crosscheck")
