"""Terminal text an editor can act on: sources by name, findings by kind, what was not compared.

Every line fits the width (default :data:`DEFAULT_WIDTH`, 80 columns: what a file or a pipe gets,
so reports are byte-identical across machines; the CLI passes the terminal's width when it
writes to a terminal). Sources are named by outlet (or credit, or title), with the document id
only where two documents share an outlet. Claims that no finding uses are counted and listed at
the end, so an editor knows what the comparison did not cover.

With a baseline, the findings not in it come first and in full (they are what a gate fails
on); accepted findings shrink to one line each and stale entries are listed for removal.
"""

from __future__ import annotations

import textwrap

import click

from ..models import Claim, Finding, Report
from .common import (
    KIND_TITLES,
    counts,
    event_word,
    grouped,
    location,
    named,
    not_compared,
    not_compared_sentences,
    one_line,
    ordered,
    quote_copies,
    shown_kind,
    source_names,
    stories,
    value_pairs,
)
from .baseline import Baseline, diff

DEFAULT_WIDTH = 80
MIN_WIDTH = 40

_KIND_STYLE = {
    "contradiction": {"fg": "red", "bold": True},
    "internal": {"fg": "yellow", "bold": True},
    "variant": {"fg": "magenta"},
    "change": {"fg": "cyan"},
    "agreement": {"fg": "green"},
    "consistent": {"fg": "green"},
    "single_source": {"fg": "blue"},
}


class _Style:
    def __init__(self, color: bool):
        self.color = color

    def __call__(self, text: str, **style) -> str:
        return click.style(text, **style) if self.color and text else text

    def kind(self, kind: str, text: str) -> str:
        return self(text, **_KIND_STYLE.get(kind, {}))


class _Writer:
    """Wraps paragraphs to the width (long words broken too), then styles each finished line.

    Styling after wrapping keeps escape sequences out of the width count.
    """

    def __init__(self, width: int, style: _Style):
        self.width = max(width, MIN_WIDTH)
        self.style = style

    def wrap(self, text: str, indent: str = "", hang: str | None = None, **style) -> str:
        lines = textwrap.wrap(
            text, width=self.width, initial_indent=indent, subsequent_indent=indent if hang is None else hang,
            break_long_words=True, break_on_hyphens=False,
        ) or [indent.rstrip()]
        return "\n".join(self.style(line, **style) if style else line for line in lines)

    def kind(self, kind: str, text: str, indent: str = "", hang: str | None = None) -> str:
        return self.wrap(text, indent, hang, **_KIND_STYLE.get(kind, {}))

    def title(self, text: str) -> str:
        return self.wrap(text, bold=True, underline=True)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _headline(report: Report) -> str:
    tally = ", ".join(f"{count} {kind.replace('_', '-')}" for kind, count in counts(report).items() if count)
    return (
        f"crosscheck: {_plural(len(report.documents), 'source')}, {_plural(len(report.findings), 'finding')}"
        + (f" ({tally})" if tally else "")
    )


def _coverage(report: Report) -> str:
    left = len(not_compared(report))
    return (
        f"{_plural(len(report.claims), 'claim')} read, {len(report.claims) - left} compared in a finding, "
        f"{left} not compared (listed at the end)."
    )


def _sources(report: Report, names: dict[str, str], out: _Writer) -> str:
    blocks = [out.title(f"Sources ({len(report.documents)})")]
    for document in report.documents:
        when = document.published.isoformat() if document.published else "undated"
        credit = f", credit {one_line(document.credit)}" if document.credit and document.credit != document.outlet else ""
        name = names[document.id]
        dated = name if name.endswith(f"({when})") else f"{name}, {when}"
        lines = [out.wrap(f"{dated}{credit}", "  ", "      ", bold=True)]
        if document.title:
            lines.append(out.wrap(f"“{one_line(document.title)}”", "      "))
        lines.append(out.wrap(one_line(document.path), "      ", dim=True))
        for group in report.source_groups:
            if document.id in group.documents and len(group.documents) > 1:
                others = ", ".join(names.get(d, d) for d in group.documents if d != document.id)
                lines.append(out.wrap(f"counted as one source with {others}: {one_line(group.reason)}", "      "))
        blocks.append("\n".join(lines))
    return "\n".join(blocks)


def _who(documents: list[str], where: str, names: dict[str, str]) -> str:
    who = ", ".join(names.get(doc_id, doc_id) for doc_id in documents)
    return f"{who} {where}".strip() if who else where


def _finding(finding: Finding, number: int, names: dict[str, str], story: dict[str, str], out: _Writer) -> str:
    head = f"{number:>3}. "
    lines = [out.kind(shown_kind(finding), named(one_line(finding.summary), names), head, " " * len(head))]
    for documents, where, value in value_pairs(finding):
        lines.append(out.wrap(f"{_who(documents, where, names)}: {one_line(value)}", "     - ", "       "))
    for quote, repeats in quote_copies(finding, story):
        where = " and ".join(location(q) for q in [quote, *repeats])
        lines.append(out.wrap(where + (" (same sentence)" if repeats else ""), "     ", "       ", bold=True))
        lines.append(out.wrap(f"“{one_line(quote.text)}”", "       "))
    lines.append(out.wrap(f"fingerprint {finding.fingerprint}" + (f" · id {finding.id}" if finding.id else ""),
                          "     ", dim=True))
    return "\n".join(lines)


def _section(title: str, findings: list[Finding], names: dict[str, str], story: dict[str, str], out: _Writer) -> str:
    blocks = [out.title(f"{title} ({len(findings)})")]
    blocks += [_finding(finding, n, names, story, out) for n, finding in enumerate(findings, 1)]
    return "\n\n".join(blocks)


def _place(claim: Claim, names: dict[str, str], after: Claim | None = None) -> str:
    """Where ``claim``'s sentence is; the source is named again only when it differs from ``after``'s."""
    zone = f" ({claim.zone})" if claim.zone != "body" else ""
    where = f"line {claim.line}{zone}"
    return where if after is not None and after.document == claim.document else f"{names.get(claim.document, claim.document)}, {where}"


def _sentence_line(claims: list[Claim], repeats: list[Claim], names: dict[str, str], out: _Writer) -> str:
    """One sentence that no finding used, with the kinds of claim read from it and the other
    places that print it (a repeated standfirst, a copy of the story)."""
    first = claims[0]
    kinds = ", ".join(dict.fromkeys(event_word(claim) for claim in claims))
    places = _place(first, names) + "".join(f" and {_place(r, names, p)}" for p, r in zip([first, *repeats], repeats))
    head = f"{places}, {kinds}: "
    return out.wrap(head + f"“{one_line(first.text)}”", "  - ", "    ")


def _not_compared(report: Report, names: dict[str, str], out: _Writer) -> str:
    claims = not_compared(report)
    title = out.title(f"Not compared ({len(claims)} of {len(report.claims)} claims matched no finding)")
    if not claims:
        # With no claim at all, "every claim is part of a finding" would read as a clean bill.
        said = "Every claim is part of a finding." if report.claims else "No claim was read from these articles."
        return title + "\n" + out.wrap(said, "  ")
    sentences = not_compared_sentences(report)
    return title + "\n" + "\n".join(_sentence_line(group, repeats, names, out) for group, repeats in sentences)


def _one_line_entries(title: str, rows: list[tuple[str, str, str]], out: _Writer) -> str:
    lines = [out.title(title)]
    for kind, fingerprint, summary in rows:
        lines.append(out.kind(kind, f"{kind.replace('_', ' ')} {fingerprint} {summary}", "     ", "       "))
    return "\n".join(lines)


def render(report: Report, *, color: bool = False, baseline: Baseline | None = None, width: int | None = None) -> str:
    out = _Writer(width or DEFAULT_WIDTH, _Style(color))
    names = source_names(report)
    story = stories(report)
    parts = [out.wrap(_headline(report), bold=True)]
    if baseline is None:
        parts[0] += "\n" + out.wrap(_coverage(report))
        parts.append(_sources(report, names, out))
        parts += [_section(KIND_TITLES[kind], found, names, story, out) for kind, found in grouped(report.findings)]
        if not report.findings:
            parts.append("No findings.")
        parts.append(_not_compared(report, names, out))
        return "\n\n".join(parts) + "\n"

    new, unchanged, stale = diff(report, baseline)
    if new:
        parts += [_section(f"New: {KIND_TITLES[kind]}", found, names, story, out) for kind, found in grouped(new)]
    else:
        parts.append(out.wrap("No new findings: every finding is in the baseline."))
    parts.append(_sources(report, names, out))
    if unchanged:
        rows = [(shown_kind(f), f.fingerprint, named(one_line(f.summary), names)) for f in ordered(unchanged)]
        parts.append(_one_line_entries(f"Accepted in the baseline ({len(unchanged)})", rows, out))
    if stale:
        rows = [(entry.kind, entry.fingerprint, one_line(entry.summary)) for entry in stale]
        title = f"Stale baseline entries, matching no finding ({len(stale)}): remove them from the baseline"
        parts.append(_one_line_entries(title, rows, out))
    return "\n\n".join(parts) + "\n"
