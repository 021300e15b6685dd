"""Changes over time outside events: a person's rank or office that differs between articles of different dates."""


import re
from collections import defaultdict
from datetime import date

from ..models import EntityValue, ExtractedDocument, Finding, Mention
from .labels import make_finding, sentence_quote


_PAST_TITLE = re.compile(r"\b(?:former|ex-?|late|then|onetime|one-time)\s*$", re.IGNORECASE)


def rank_changes(docs: list[ExtractedDocument], ranks: list[str], what: str = "rank") -> list[Finding]:
    """A person's military rank (or, with ``what="title"``, office) that differs between articles
    of different dates: a change. A past title ("former president") says nothing of today's."""
    if not ranks:
        return []
    alternatives = "|".join(sorted((re.escape(r).replace(r"\-", "[- ]").replace(r"\ ", "[- ]") for r in ranks), key=len, reverse=True))
    before = re.compile(rf"\b({alternatives})\.?\s+$", re.IGNORECASE)
    whole = re.compile(rf"^({alternatives})$", re.IGNORECASE)
    canonical = {_rank_norm(r): r for r in ranks}
    seen: dict[str, list[tuple[date, str, ExtractedDocument, Mention]]] = defaultdict(list)
    names: dict[str, str] = {}
    for ed in docs:
        if ed.document.published is None:
            continue
        for m in ed.mentions:
            if m.kind != "person" or not isinstance(m.value, EntityValue):
                continue
            title = (m.value.title or "").strip()
            window = ed.document.text[max(0, m.start - 60) : m.start]
            found = before.search(window) or whole.match(title)
            if not found or (found.re is before and _PAST_TITLE.search(window[: found.start()])):
                continue
            rank = canonical.get(_rank_norm(found.group(1)), found.group(1).title())
            seen[m.value.entity].append((ed.document.published, rank, ed, m))
            names.setdefault(m.value.entity, m.value.canonical)
    findings = []
    for entity, rows in sorted(seen.items()):
        rows.sort(key=lambda r: (r[0], r[2].document.id, r[3].start))
        per_doc: dict[str, tuple[date, str, ExtractedDocument, Mention]] = {}
        for row in rows:
            per_doc.setdefault(row[2].document.id, row)
        dated_ranks = {(r[0], r[1]) for r in per_doc.values()}
        if len({r for _, r in dated_ranks}) < 2 or len({d for d, _ in dated_ranks}) < 2:
            continue
        ordered = sorted(per_doc.values(), key=lambda r: (r[0], r[2].document.id))
        values = {r[2].document.id: f"{r[1]} (as of {r[0].isoformat()})" for r in ordered}
        steps = " -> ".join(dict.fromkeys(f"{r[1]} ({r[0].isoformat()})" for r in ordered))
        name = names[entity]
        quotes = [sentence_quote(r[2], r[3]) for r in ordered]
        findings.append(make_finding(
            "change", f"{what} of {name}", f"{name}'s {what} changed over time: {steps}. Not a contradiction.",
            values, quotes, [], list(values), [f"{r[1]} @ {r[0].isoformat()}" for r in ordered],
        ))
    return findings


def _rank_norm(rank: str) -> str:
    return " ".join(rank.lower().replace("-", " ").split())

