"""Statements that are events: a named person speaking at a stated place on a stated day.

Most statements are sourcing ("officials said", "according to the presidency", "the ministry
said on Monday"): they never make a finding of their own. A statement becomes news when the
article tells its occasion: who spoke, where (a place below the country) and on which day
("Burhan told troops in Omdurman on Sunday that the army would not accept any truce"). The
speech is then a fact a fact-checker checks like a meeting, and one source alone telling it
is a single-source claim (copies of one wire story are one source). A statement of a sentence
another finding already quotes is that finding's evidence, not news of its own; one that
another source tells too (the same speaker on the same day) is not single-source. What was
said is compared by the event kinds that read it, never by the saying.
"""

from __future__ import annotations

from collections import defaultdict

from ..models import Claim, EntityValue, ExtractedDocument, Finding, Mention
from .events import guessed
from .labels import make_finding, quote, time_label
from .resemblance import country_only


def statement_findings(docs: list[ExtractedDocument], reporting: set[str], source_of: dict[str, str],
                       findings: list[Finding]) -> list[Finding]:
    """A single-source finding for every occasion of a statement (see module docstring) that
    one source alone tells, outside the sentences ``findings`` already quote."""
    sentence_of = {c.id: (c.document, c.sentence) for ed in docs for c in ed.claims}
    quoted = {sentence_of[i] for f in findings for i in f.claims if i in sentence_of}
    told: dict[tuple[str, str], dict[str, list[tuple[ExtractedDocument, Claim, str]]]] = defaultdict(lambda: defaultdict(list))
    for ed in docs:
        by_id = {m.id: m for m in ed.mentions}
        for claim in ed.claims:
            if claim.kind not in reporting or (claim.document, claim.sentence) in quoted:
                continue
            speaker = _occasion(claim, by_id)
            if speaker is not None:
                source = source_of.get(ed.document.id, ed.document.id)
                told[(speaker.entity, claim.time.start.isoformat())][source].append((ed, claim, speaker.canonical))
    found = []
    for (_, day), sources in sorted(told.items()):
        if len(sources) != 1:
            continue  # another source tells the occasion too
        [(_, accounts)] = sources.items()
        first = {}
        for ed, claim, name in accounts:
            first.setdefault(ed.document.id, (ed, claim, name))
        name = accounts[0][2]
        values = {doc: time_label(claim.time) for doc, (_, claim, _) in sorted(first.items())}
        copies = f" ({len(first)} copies of one story)" if len(first) > 1 else ""
        place = accounts[0][1].place
        summary = (f"Only one source{copies} reports the statement of {name} in {place}: "
                   + "; ".join(f"{doc}: {value}" for doc, value in values.items()) + ".")
        quotes = [quote(ed, c.start, c.end, c.line, c.text) for ed, c, _ in first.values()]
        found.append(make_finding("single_source", f"statement: {name.lower()} @ {day}", summary, values, quotes,
                                     [c.id for _, c, _ in accounts], list(first)))
    return found


def _occasion(claim: Claim, by_id: dict[str, Mention]) -> EntityValue | None:
    """The speaker of a statement that tells its occasion: an asserted, positive statement
    dated to a day by its own sentence, at a place below the country, by a person named
    before the verb of saying; None for any other statement."""
    time = claim.time
    if (claim.polarity != "positive" or claim.modality not in ("asserted", "reported") or time is None
            or time.start is None or time.granularity != "day" or time.invalid or guessed(claim) or claim.place is None):
        return None
    mentions = [by_id[i] for i in claim.mentions if i in by_id]
    if not any(m.kind == "place" and not country_only(m) for m in mentions):
        return None
    speakers = {a.mention for a in claim.arguments if a.role == "agent"}
    people = [m.value for m in mentions if m.id in speakers and m.kind == "person" and isinstance(m.value, EntityValue)]
    return people[0] if len(people) == 1 else None
