"""``crosscheck verify "CLAIM" PATHS``: what the articles under PATHS make of a stated claim."""

from __future__ import annotations

import sys
from typing import Any

import click

from .. import exitcodes
from ..pipeline import NoDocumentsError, extract_documents
from ..verify import VERDICTS, ClaimInput, ClaimsFileError, parse_as_of, read_claims_file, verify_claims
from .check import load_pack
from .terminal import echo_problem, fail, fail_unreadable, progress_bar, write_output

VERIFY_FORMAT_NAMES = ("text", "markdown", "json", "csv", "html", "claimreview")
ALWAYS_FAIL = ("contradicted", "mixed")


class VerdictList(click.ParamType):
    """A comma list of verdicts that make the run exit 1 (added to contradicted and mixed)."""

    name = "VERDICTS"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> tuple[str, ...]:
        if isinstance(value, tuple):
            return value
        names = [name.strip().lower() for name in str(value).split(",") if name.strip()]
        unknown = [name for name in names if name not in VERDICTS or name == "supported"]
        if unknown or not names:
            self.fail(f"{value!r}: choose from contradicted, mixed, unverified (comma-separated)", param, ctx)
        return tuple(names)


def _web_url(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Only http(s) URLs go into published JSON-LD (never javascript: or data:)."""
    if value is not None and not value.lower().startswith(("https://", "http://")):
        raise click.BadParameter(f"{value!r}: give an http:// or https:// URL", ctx, param)
    return value


@click.command("verify")
@click.argument("args", nargs=-1, metavar="[CLAIM] PATHS...")
@click.option("--claims", "claims_file", type=click.Path(dir_okay=False), metavar="FILE",
              help="Claims to verify: one per line, or a CSV with id and text columns.")
@click.option("--as-of", "as_of_text", metavar="YYYY-MM-DD",
              help="The date the claim was made: relative times in it ('on Thursday', 'last year') count from it.")
@click.option("--language", metavar="CODE",
              help="The claims' language (en, fr, ...); by default told from each claim's words among the rules' languages.")
@click.option("-f", "--format", "fmt", type=click.Choice(VERIFY_FORMAT_NAMES), default="text", show_default=True,
              help="Output format; claimreview is schema.org ClaimReview JSON-LD.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), help="Write to this file instead of stdout.")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False), help="An extra rule folder (repeatable).")
@click.option("--fail-on", type=VerdictList(), default=ALWAYS_FAIL, metavar="VERDICTS",
              help="Also exit 1 on these verdicts (e.g. unverified); contradicted and mixed always do.")
@click.option("--review-url", callback=_web_url, metavar="URL", help="ClaimReview: the page where the review is published.")
@click.option("--author", metavar="NAME", help="ClaimReview: the organisation publishing the review.")
@click.option("--review-date", type=click.DateTime(["%Y-%m-%d"]), metavar="YYYY-MM-DD",
              help="ClaimReview: the review's publication date (the claim's own date is --as-of).")
@click.option("--claim-url", callback=_web_url, metavar="URL", help="ClaimReview: where the claim was made (its appearance).")
@click.option("-q", "--quiet", is_flag=True, help="No warnings or progress on stderr.")
@click.option("-v", "--verbose", is_flag=True, help="More detail on stderr.")
def verify(args: tuple[str, ...], claims_file: str | None, as_of_text: str | None, language: str | None, fmt: str, output: str | None,
           rule_dirs: tuple[str, ...], fail_on: tuple[str, ...], review_url: str | None, author: str | None,
           review_date, claim_url: str | None, quiet: bool, verbose: bool) -> None:
    """Check a stated claim against the articles under PATHS: supported,
    contradicted (on which part: time, figure, participants, place), mixed
    or unverified, with every source's quote and values beside the claim's.

    The claim is read like an article sentence. Without --as-of a relative
    time ("on Thursday") cannot be read: today's date is never assumed.

    \b
    Examples:
      crosscheck verify "Niger's leader spoke with Putin by phone on 26 March 2024" seeds/
      crosscheck verify "Tchiani phoned Putin on Tuesday" seeds/ --as-of 2024-03-27
      crosscheck verify --claims claims.csv seeds/ --format claimreview -o reviews.json
      crosscheck verify --claims claims.txt seeds/ --fail-on unverified
      crosscheck verify "Tiani s'est entretenu au téléphone avec Poutine le 26 mars 2024" seeds/

    Exit codes: 0 every claim supported (or unverified, unless --fail-on
    unverified), 1 a claim is contradicted or mixed, 2 usage, input or output
    error, 3 internal error, 130 interrupted.
    """
    as_of = None
    if as_of_text is not None:
        try:
            as_of = parse_as_of(as_of_text)
        except ValueError as exc:
            fail(str(exc))
    if claims_file is not None:
        paths = args
        try:
            claims = read_claims_file(claims_file)
        except ClaimsFileError as exc:
            echo_problem(exc.problem)
            raise SystemExit(exitcodes.USAGE) from None
    else:
        if not args:
            raise click.UsageError("give a CLAIM and PATHS, or --claims FILE and PATHS")
        text, paths = " ".join(args[0].split()), args[1:]
        if not text:
            fail("the claim is empty")
        claims = [ClaimInput(id="1", text=text)]
    if not paths:
        raise click.UsageError("give the PATHS of the articles to check the claim against")

    pack = load_pack(rule_dirs)
    known = pack.languages()
    if language is not None:
        language = language.strip().lower()
        if language not in known:
            fail(f"--language {language!r}: the rules describe {', '.join(known)}")
        claims = [claim.model_copy(update={"language": language}) for claim in claims]
    for claim in claims:
        if claim.language is not None and claim.language not in known:
            fail(f"{claim.path}:{claim.line}: language {claim.language!r}: the rules describe {', '.join(known)}")
    update, close = progress_bar(quiet)
    try:
        docs, problems = extract_documents(paths, pack, update)
    except NoDocumentsError as error:
        close()
        fail_unreadable(error.problems)
    close()
    for problem in problems:
        if (problem.code.startswith("I") and not verbose) or (quiet and problem.severity != "error"):
            continue
        echo_problem(problem)
    result = verify_claims(docs, claims, pack, as_of=as_of, problems=problems)
    if verbose:
        click.echo(f"verified {len(claims)} claims against {len(docs)} documents", err=True)

    from ..report import should_color
    from ..verify.render import ReviewPublication, render_verdicts

    color = fmt == "text" and output in (None, "-") and should_color(sys.stdout)
    publication = ReviewPublication(review_url, author, review_date.date() if review_date else None, claim_url)
    write_output(render_verdicts(result, fmt, color=color, publication=publication), output, fmt, color)
    failing = set(fail_on) | set(ALWAYS_FAIL)
    raise SystemExit(exitcodes.FINDINGS if any(v.verdict in failing for v in result.verdicts) else exitcodes.OK)
