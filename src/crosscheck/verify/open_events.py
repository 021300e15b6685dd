"""Stated claims of any event class (open vocabulary), judged with check's own grouping.

A claim that reports no event of a closed kind ("Lindsay Lohan checked into rehab in Malibu on
4 May 2010") is read with the same open vocabulary as the articles (its event word's class) and
placed among the corpus's occurrences by compare's open-event grouping, built once per run
(:class:`crosscheck.compare.open_lookup.OpenEventIndex`), so verify and ``check`` agree on
which accounts tell one occurrence and on how many independent sources report it, and the
corpus is not regrouped for each claim. The grouping joins accounts only when they share
participants and their times overlap, so an open claim is supported or left unverified,
never contradicted.
"""

from __future__ import annotations

from ..compare.events import Interval
from ..compare.labels import event_words, quote, time_label
from ..compare.open_lookup import OpenEventIndex, OpenMatch
from ..extract.lexicon import lexicons
from ..models import Claim, EntityValue, ExtractedDocument, TimeValue
from ..rules import RulePack
from .models import Evidence, PartCheck, PartResult, Statement


class OpenJudge:
    """Judges a claim's open-class events against one corpus."""

    def __init__(self, docs: list[ExtractedDocument], rules: RulePack, closed_kinds: set[str], source_of: dict[str, str],
                 recent_days: int, min_evidence: float):
        self.closed = closed_kinds
        self.reporting = {name for lexicon in lexicons(rules).values() for name in lexicon.reporting}
        self.source_of = source_of
        self.index = OpenEventIndex(docs, closed_kinds, self.reporting, source_of, recent_days, min_evidence)
        self.claims = {c.id: c for ed in docs for c in ed.claims}
        self.by_document = {ed.document.id: ed for ed in docs}

    def statements(self, ed: ExtractedDocument) -> list[Statement]:
        """One statement per open event class the claim reports: supported by the sources of the
        occurrence check would group it with, else unverified."""
        own = [c for c in ed.claims if c.kind not in self.closed and c.kind not in self.reporting and c.trigger is not None
               and c.polarity == "positive" and c.modality not in ("denied", "expected", "planned", "possible")]
        if not own:
            return []
        found = self.index.lookup(ed)
        statements = [self._statement(ed, match, own) for match in found]
        told = {kind for match in found for kind in match.classes}
        for claim in own:
            if claim.kind not in told:
                told.add(claim.kind)
                word = event_words([claim])
                statements.append(Statement(kind=claim.kind, label=word, verdict="unverified", parts=[
                    PartResult(part="what", claim=word, status="unconfirmed")]))
        return statements

    def _statement(self, ed: ExtractedDocument, match: OpenMatch, own: list[Claim]) -> Statement:
        """The statement's kind is the event class (a key); what it shows is the words of the
        claim and of each source ("check", "rehab"), never the class's own name."""
        kind = " / ".join(match.classes)
        mine = [c for c in own if c.id in match.claims] or own
        label = event_words(mine)
        who = _names(ed, mine)
        when = next((c.time for c in mine if c.time is not None and c.time.start is not None), None)
        evidence = []
        for document in match.documents:
            accounts = [self.claims[i] for i in match.claims if i in self.claims and self.claims[i].document == document]
            if document == ed.document.id or not accounts:
                continue
            # The sentence that tells it best: a body sentence before a headline, a dated one first.
            told = min(accounts, key=lambda c: (c.zone == "headline", c.time is None, c.start))
            q = quote(self.by_document[document], told.start, told.end, told.line, told.text)
            source = self.source_of.get(document, document)
            checks = [PartCheck(part="what", claim=label, source=event_words(accounts), stance="agrees"),
                      PartCheck(part="who", claim=who, source=who, stance="agrees")]
            if when is not None:
                theirs = next((c.time for c in accounts if c.time is not None and c.time.start is not None), None)
                stance = "agrees" if theirs is not None and _overlaps(when, theirs) else "silent"
                checks.append(PartCheck(part="when", claim=time_label(when), source=time_label(theirs), stance=stance))
            evidence.append(Evidence(quote=q, source=source, kind=kind, stance="supports", parts=checks))
        parts = []
        for part, value in [("what", label), ("who", who)] + ([("when", time_label(when))] if when is not None else []):
            agreeing = sorted({e.source for e in evidence for c in e.parts if c.part == part and c.stance == "agrees"})
            values = sorted({c.source for e in evidence for c in e.parts if c.part == part and c.stance == "agrees"})
            parts.append(PartResult(part=part, claim=value, status="supported" if agreeing else "unconfirmed",
                                    sources=agreeing, source_values=values))
        verdict = "supported" if all(p.status == "supported" for p in parts) else "unverified"
        return Statement(kind=kind, label=label, verdict=verdict, parts=parts, evidence=evidence)


def _names(ed: ExtractedDocument, claims: list[Claim]) -> str:
    """The people, organisations and places the claim's accounts name."""
    by_id = {m.id: m for m in ed.mentions}
    names = []
    for c in claims:
        for i in c.mentions:
            m = by_id.get(i)
            if m is not None and isinstance(m.value, EntityValue) and m.value.canonical not in names:
                names.append(m.value.canonical)
    return ", ".join(names) or "-"


def _overlaps(a: TimeValue, b: TimeValue) -> bool:
    return Interval(a.start, a.end, a.granularity).overlaps(Interval(b.start, b.end, b.granularity))
