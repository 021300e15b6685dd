"""One person given two offices at one time: a contradiction of titles.

"La procureure du Roi de Namur, Catherine Delvaux" (one outlet) and "Investigating judge
Catherine Delvaux" (another, the same day) cannot both be right: a judicial or local office is
held one at a time (rules/entities/offices.yaml). The office of a mention is its title or its
role as :class:`crosscheck.normalise.offices.OfficeReader` reads it, in any language; the same
office in two languages ("mayor", "bourgmestre") or an office covering the other ("judge",
"investigating judge") agree. Only sources published within ``window_days`` of each other are
compared (a later source may tell of a new office), only people named in full (a surname alone
may be someone else's), and a past office ("former mayor") says nothing of today's.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

from ..models import EntityValue, ExtractedDocument, Finding, Mention
from ..normalise.offices import OfficeReader
from .labels import make_finding, sentence_quote

# A past office written right before the mention's title ("the former Mayor X").
_PAST_BEFORE = re.compile(r"\b(?:former|ex-?|late|then|onetime|one-time|outgoing|ancien|ancienne|feu)\s+\S*\s*$", re.IGNORECASE)


def office_contradictions(docs: list[ExtractedDocument], reader: OfficeReader, window_days: int) -> list[Finding]:
    """A contradiction for each person whom two sources of one time give offices that do not agree."""
    said: dict[str, dict[str, tuple[date, str, str, ExtractedDocument, Mention]]] = defaultdict(dict)
    names: dict[str, str] = {}
    for ed in docs:
        published = ed.document.published
        if published is None:
            continue
        for m in ed.mentions:
            value = m.value
            if m.kind != "person" or not isinstance(value, EntityValue) or len(value.canonical.split()) < 2:
                continue
            if ed.document.id in said[value.entity]:
                continue  # a source's first office of the person is the one it gives
            for phrase in (value.title, value.role):
                office = reader.office(phrase) if phrase else None
                if office is not None and not _PAST_BEFORE.search(ed.document.text[max(0, m.start - 40) : m.start]):
                    said[value.entity][ed.document.id] = (published, office, phrase.strip(" ,"), ed, m)
                    names.setdefault(value.entity, value.canonical)
                    break
    findings = []
    for entity, per_doc in sorted(said.items()):
        rows = sorted(per_doc.values(), key=lambda r: (r[0], r[3].document.id))
        clashing = {
            id(r): r for a in rows for b in rows
            if a[3] is not b[3] and abs((a[0] - b[0]).days) <= window_days and not reader.compatible(a[1], b[1])
            for r in (a, b)
        }
        if not clashing:
            continue
        involved = sorted(clashing.values(), key=lambda r: (r[0], r[3].document.id))
        name = names[entity]
        values = {r[3].document.id: f"{r[2]} ({r[1]}, as of {r[0].isoformat()})" for r in involved}
        told = "; ".join(f"{r[3].document.id}: {r[2]}" for r in involved)
        findings.append(make_finding(
            "contradiction", f"office of {name}",
            f"Sources give {name} different offices at one time ({told}): one person holds one of them.",
            values, [sentence_quote(r[3], r[4]) for r in involved], [], list(values),
            sorted(f"{r[1]} @ {r[0].isoformat()}" for r in involved),
        ))
    return findings
