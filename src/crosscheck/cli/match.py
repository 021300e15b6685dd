"""The ``match`` command: are two spellings one name? Answered with the rules and the linker of a
run (listed aliases first, then the transliteration-aware score, then a lone surname), with the
reason. Exit 0 for a match, 1 for no match (as grep does, so scripts can test it), 2 for bad input."""

from __future__ import annotations

import csv
import io
import sys

import click

from ..normalise.entities import NameMatcher
from ..normalise.names import DEFAULT_THRESHOLD
from .check import load_pack
from .terminal import fail

_EXIT_USER_ERROR = 2
_EXIT_NO_MATCH = 1


def _verdict(matched: bool) -> str:
    return "match" if matched else "no match"


def _read_text(path: str) -> str:
    try:
        with open(path, "rb") as handle:
            content = handle.read()
    except OSError as exc:
        raise click.ClickException(f"{path}: cannot read: {exc.strerror or exc}") from exc
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = content[: exc.start].count(b"\n") + 1
        raise click.ClickException(f"{path}:{line}: not valid UTF-8 (byte {content[exc.start]:#04x})") from exc


def _is_name(text: str) -> bool:
    """Whether ``text`` can name anyone: it has a letter or a digit (two blank or punctuation-only
    "names" would otherwise compare equal and "match")."""
    return any(ch.isalnum() for ch in text)


def _score_pairs(path: str, matcher: NameMatcher) -> None:
    reader = csv.reader(io.StringIO(_read_text(path), newline=""))
    scored: list[list[str]] = []
    try:
        header = next(reader, None)
        if header is None or [h.strip().lower() for h in header[:2]] != ["name1", "name2"]:
            raise click.ClickException(f"{path}:1: the first line must be the header name1,name2")
        for row in reader:
            if not row or not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                raise click.ClickException(f"{path}:{reader.line_num}: expected {len(header)} columns, found {len(row)}")
            if not (_is_name(row[0]) and _is_name(row[1])):
                raise click.ClickException(f"{path}:{reader.line_num}: a name is empty (no letter or digit)")
            found = matcher.explain(row[0], row[1])
            scored.append([row[0], row[1], f"{found.score:.3f}", "true" if found.matched else "false", found.reason])
    except csv.Error as exc:
        raise click.ClickException(f"{path}:{reader.line_num}: invalid CSV: {exc}") from exc
    # Written only once the whole file is read, so a bad line leaves no half-written output.
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["name1", "name2", "score", "match", "reason"])
    writer.writerows(scored)


@click.command("match")
@click.argument("names", nargs=-1)
@click.option("--pairs", "pairs_file", metavar="FILE.csv", help="CSV with columns name1,name2; writes name1,name2,score,match,reason to stdout.")
@click.option("--threshold", type=click.FloatRange(0, 1), default=DEFAULT_THRESHOLD, show_default=True, help="Score from which two names match.")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False), help="An extra rule folder (repeatable).")
def match(names: tuple[str, ...], pairs_file: str | None, threshold: float, rule_dirs: tuple[str, ...]) -> None:
    """Say whether two spellings are one name, with a score from 0 to 1 and the reason.

    Decided as a run links names: a listed alias (rules/entities) first, then spellings compared
    across scripts and transliterations (Tchiani/Tiani, Poutine/Putin), in any word order, with
    initials, titles and legal forms (Ltd, LLC, OOO) taken into account, then a lone surname.
    Exit code 0 for a match, 1 for no match, 2 for bad input.

    \b
    Examples:
      crosscheck match "Abdourahamane Tiani" "Tchiani"
      1.000  match  (alias: both are listed for Abdourahamane Tiani (abdourahamane-tiani))
      crosscheck match --pairs names.csv > scored.csv
    """
    try:
        if pairs_file is not None:
            if names:
                raise click.UsageError("give either two NAMEs or --pairs FILE.csv, not both")
            _score_pairs(pairs_file, NameMatcher(load_pack(rule_dirs), threshold))
            return
        if len(names) != 2:
            raise click.UsageError("give exactly two names, or --pairs FILE.csv")
        if not (_is_name(names[0]) and _is_name(names[1])):
            raise click.UsageError("a name is empty (no letter or digit)")
        found = NameMatcher(load_pack(rule_dirs), threshold).explain(names[0], names[1])
        click.echo(f"{found.score:.3f}  {_verdict(found.matched)}  ({found.reason})")
        if not found.matched:
            sys.exit(_EXIT_NO_MATCH)
    except click.ClickException as exc:
        fail(exc.format_message(), _EXIT_USER_ERROR)
