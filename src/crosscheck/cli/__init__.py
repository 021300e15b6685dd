"""The command line: a thin layer over the library API.

``crosscheck PATHS`` runs the ``check`` command; other commands are named first
(``crosscheck match A B``). A folder that happens to share a command's name can still be
checked with ``crosscheck check NAME``.

Exit codes (:mod:`crosscheck.exitcodes`): 0 ok, 1 new findings only, 2 usage, configuration, input
or output error, 3 internal error, 130 interrupted. No traceback reaches a user unless asked for.
"""

from __future__ import annotations

import os
import sys
import traceback
from typing import NoReturn

import click

from .. import exitcodes
from .terminal import say

from .baseline import baseline
from .check import check
from .explain import explain
from .match import match
from .schema import schema
from .verify import verify


class DefaultCommandGroup(click.Group):
    """A group that runs ``check`` when the first argument is not a command name."""

    default_command = "check"

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h", "--version")):
            args = [self.default_command, *args]
        ctx.meta["crosscheck.args"] = list(args)
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context):
        """Run the command; a bug becomes one line and exit 3, Ctrl-C exit 130 (never click's exit 1)."""
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
            raise
        except KeyboardInterrupt:
            interrupted()
        except BrokenPipeError:  # a reader such as `head` went away: nothing more to say
            raise SystemExit(exitcodes.USAGE) from None
        except Exception as exc:  # noqa: BLE001 - the one place where any bug is turned into exit 3
            args = ctx.meta.get("crosscheck.args", [])
            internal_error(exc, show_traceback="-v" in args or "--verbose" in args)


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
cli.add_command(schema)


def interrupted() -> NoReturn:
    say("crosscheck: interrupted")
    raise SystemExit(exitcodes.INTERRUPTED)


def internal_error(exc: BaseException, show_traceback: bool = False) -> NoReturn:
    """One line naming the error, the traceback only with --verbose or CROSSCHECK_DEBUG=1, then exit 3."""
    if show_traceback or os.environ.get("CROSSCHECK_DEBUG", "") not in ("", "0"):
        traceback.print_exception(exc, file=sys.stderr)
    detail = str(exc)
    detail = f"{detail[:200]}..." if len(detail) > 200 else detail
    say(f"crosscheck: internal error: {type(exc).__name__}{': ' + detail if detail else ''} "
        "(a bug in crosscheck; run again with --verbose or CROSSCHECK_DEBUG=1 for the traceback and report it)")
    raise SystemExit(exitcodes.INTERNAL)


def main() -> NoReturn:
    """The ``crosscheck`` command: click's own handling, except that Ctrl-C exits 130 and a bug 3."""
    try:
        code = cli.main(prog_name="crosscheck", standalone_mode=False)
    except click.exceptions.Abort:  # click's wrapping of KeyboardInterrupt (and EOF at a prompt)
        interrupted()
    except KeyboardInterrupt:
        interrupted()
    except click.UsageError as exc:  # a bad option or argument: one line, and where help is
        where = exc.ctx.command_path if exc.ctx is not None else "crosscheck"
        say(f"error: {exc.format_message().rstrip('.')} (see '{where} --help')")
        raise SystemExit(exc.exit_code) from None
    except click.ClickException as exc:
        say(f"error: {exc.format_message()}")
        raise SystemExit(exc.exit_code) from None
    except Exception as exc:  # noqa: BLE001 - a failure outside any command (argument parsing, imports)
        internal_error(exc, show_traceback="-v" in sys.argv or "--verbose" in sys.argv)
    raise SystemExit(code if isinstance(code, int) else exitcodes.OK)
