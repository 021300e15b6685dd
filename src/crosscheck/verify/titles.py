"""Stated ranks, offices and roles ("Goita is a general", "Tiani is the head of the junta").

How a claim puts the title after the name ("is", "was", "former", "the ..., X, spoke") is language
data: ``rules/<lang>/stated_titles.yaml`` (``kind: stated_titles``).

``check`` reads what a person is called from the name extractor's mentions: a rank or an office
of rules/compare.yaml written before the name ("General Assimi Goita", "President Putin") and a
role phrase of the titles rules ("Mali's junta leader Assimi Goita", "Abdourahamane Tiani, the
leader of Niger's military regime"); a rank that differs between articles of different dates is
a change over time (compare/changes.py). verify reads a stated claim with the same rules: the
claim's own mentions first, then a copular statement ("X is the head of the junta") whose phrase
is either a rank or office of those lists or a role the titles rules read when the phrase stands
before the name, as an article would write it.

A rank or office holds one value at a time: the sources of the latest date (within
``change_after_days`` of it) that give another value contradict the claim, earlier ones only tell
how it was (related, as check files them under "changes over time"); an earlier source that gives
the claim's value supports it unless a later one gives another. A role is not exclusive (a
"junta leader" may also be "head of state"), so another role never contradicts: a source that
calls the person another role is shown as related and the claim stays unverified. Evidence is
what sources call the person of the same sort (ranks for a rank, roles for a role).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from pydantic import field_validator

from ..compare.labels import sentence_quote
from ..extract import Extractors
from ..extract.claim_rules import CueGroup
from ..models import Document, EntityValue, ExtractedDocument, LineMap, Mention, Quote, Zone
from ..normalise.offices import OfficeReader
from ..rules import RuleFile, RulePack, rule_kind
from .models import Evidence, PartCheck, PartResult, Statement, VerdictName

_PHRASE = re.compile(r"[^.;!?]{2,80}")  # the rank, office or role after the copula, up to the sentence end


@rule_kind("stated_titles")
class StatedTitles(RuleFile):
    """How a stated claim puts what a person is after the name (rules/<lang>/stated_titles.yaml)."""

    present: CueGroup
    past: CueGroup
    owners: CueGroup
    past_title: CueGroup
    office_of: CueGroup
    role_sentences: list[str]

    @field_validator("role_sentences")
    @classmethod
    def _both_slots(cls, value: list[str]) -> list[str]:
        for sentence in value:
            if "{role}" not in sentence or "{name}" not in sentence:
                raise ValueError(f"a role sentence needs {{role}} and {{name}}: {sentence!r}")
        return value


@dataclass(frozen=True, slots=True)
class _Said:
    """What one source calls a person at one mention."""

    kind: str  # "rank", "office" or "role"
    value: str  # as compared: the list's own spelling, or the role without determiners
    shown: str  # as the source writes it
    source: str
    published: date | None
    ed: ExtractedDocument
    mention: Mention

    def quote(self) -> Quote:
        """The sentence of the mention, found only for the sources a verdict shows."""
        return sentence_quote(self.ed, self.mention)


class _TitleReader:
    """The rank, office and role of a person mention, with check's lists and the titles rules."""

    def __init__(self, ranks: list[str], offices: list[str], words: StatedTitles | None, held: OfficeReader | None = None):
        self.words = words
        # Judicial and local offices in any language (rules/entities/offices.yaml), as check reads them.
        self.held = held
        self.canonical: dict[str, tuple[str, str]] = {}
        for kind, words in (("rank", ranks), ("office", offices)):
            for word in words:
                self.canonical.setdefault(_norm(word), (kind, word))
        if self.canonical:
            alternatives = "|".join(sorted((re.escape(w).replace(r"\-", "[- ]").replace(r"\ ", "[- ]")
                                            for w in ranks + offices), key=len, reverse=True))
            self.before = re.compile(rf"\b({alternatives})\.?\s+$", re.IGNORECASE)
            self.whole = re.compile(rf"^({alternatives})$", re.IGNORECASE)

    def word(self, phrase: str) -> tuple[str, str] | None:
        """(kind, canonical word) when ``phrase`` is one rank or office of the lists."""
        return self.canonical.get(_norm(phrase)) if self.canonical else None

    def read(self, ed: ExtractedDocument, m: Mention) -> list[tuple[str, str, str]]:
        """(kind, value, shown) for what ``ed`` calls the person at ``m``; a past title ("former
        president") says nothing of the present and is skipped, as check skips it."""
        found: list[tuple[str, str, str]] = []
        title = (m.value.title or "").strip()
        if self.canonical:
            window = ed.document.text[max(0, m.start - 60): m.start]
            match = self.before.search(window) or self.whole.match(title)
            if match and not (match.re is self.before and self.past_title(window[: match.start()])):
                kind, word = self.word(match.group(1)) or ("rank", match.group(1).title())
                found.append((kind, word, match.group(1)))
        role = (m.value.role or "").strip()
        if self.held is not None and not found:
            for phrase in (title, role):
                office = self.held.office(phrase) if phrase else None
                if office is not None:  # "la procureure du Roi de Namur", "Investigating Judge"
                    found.append(("office", office, phrase))
                    break
        if role and not self.past_title(role.split()[0] + " "):
            found.append(("role", self.role_key(role), role))
        return found

    def same(self, a: str, b: str) -> bool:
        """Whether two values of one kind agree: equal, or one office covering the other
        ("judge", "investigating judge")."""
        return a == b or (self.held is not None and a in self.held.includes and b in self.held.includes
                          and self.held.covers(a, b))

    def excludes(self, a: str, b: str) -> bool:
        """Whether a person holding one value cannot hold the other at the same time: ranks and the
        lists' offices always exclude each other; two offices of rules/entities/offices.yaml only
        within their domain, as check compares them (a captain may be an army's spokesman)."""
        if self.held is not None and a in self.held.includes and b in self.held.includes:
            return not self.held.compatible(a, b)
        return True

    def past_title(self, text: str) -> bool:
        return self.words is not None and self.words.past_title.search(text) is not None

    def role_key(self, role: str) -> str:
        """A role as compared: lower case, without the words that say whose it is."""
        role = role.lower()
        if self.words is not None:
            for match in reversed(self.words.owners.finditer(role)):
                role = role[: match.start()] + " " + role[match.end():]
        return " ".join(role.split())


def _norm(word: str) -> str:
    return " ".join(word.lower().replace("-", " ").split())


class TitleJudge:
    """Judges stated ranks, offices and roles against what the corpus's sources call each person."""

    def __init__(self, docs: list[ExtractedDocument], rules: RulePack, extractors: Extractors, source_of: dict[str, str],
                 ranks: list[str], offices: list[str], change_after_days: int):
        self.extractors = extractors
        # Claims are read as English (verify's claim documents have no language); the last file wins.
        files = rules.get("stated_titles", language="en")
        self.words: StatedTitles | None = files[-1] if files else None
        self.reader = _TitleReader(ranks, offices, self.words, OfficeReader(rules))
        self.change_after = timedelta(days=change_after_days)
        self.said: dict[str, list[_Said]] = defaultdict(list)
        for ed in docs:
            source = source_of.get(ed.document.id, ed.document.id)
            for m in ed.mentions:
                if m.kind != "person" or not isinstance(m.value, EntityValue):
                    continue
                for kind, value, shown in self.reader.read(ed, m):
                    self.said[m.value.entity].append(_Said(kind, value, shown, source, ed.document.published, ed, m))

    def statements(self, ed: ExtractedDocument, as_of: date | None) -> list[Statement]:
        """One statement per rank, office or role the claim gives a person."""
        if self.words is None:
            return []
        statements = []
        for m, kind, value, shown, past in self._stated(ed):
            statements.append(self._judge(m.value, kind, value, shown, past, as_of))
        return statements

    def _stated(self, ed: ExtractedDocument) -> list[tuple[Mention, str, str, str, bool]]:
        text = ed.document.text
        stated: dict[tuple[str, str, str], tuple[Mention, str, str, str, bool]] = {}
        for m in ed.mentions:
            if m.kind != "person" or not isinstance(m.value, EntityValue):
                continue
            for kind, value, shown in self.reader.read(ed, m):
                stated.setdefault((m.value.entity, kind, value), (m, kind, value, shown, False))
            sentence = next((s for s in ed.sentences if s.start <= m.start < s.end), None)
            after = text[m.end: sentence.end if sentence else len(text)]
            copula = self.words.present.search(after)
            past = copula is None
            copula = copula or self.words.past.search(after)
            phrase = _PHRASE.match(after, copula.end()) if copula is not None else None
            if phrase is None:
                continue
            words = phrase.group().strip()
            start = m.end + phrase.start()
            places = {p.value.country for p in ed.mentions if p.kind == "place" and isinstance(p.value, EntityValue)
                      and start <= p.start < phrase.end() + m.end}
            for kind, value, shown in self._phrase(words, m, places):
                stated.setdefault((m.value.entity, kind, value), (m, kind, value, shown, past))
        return list(stated.values())

    def _phrase(self, phrase: str, m: Mention, places: set[str | None]) -> list[tuple[str, str, str]]:
        """What a copular phrase calls the person: a rank or office of the lists (alone or with
        "of" and a place: "the president of Russia"), else the role
        the titles rules read when the phrase stands before or after the name ("the head of the
        junta, Tiani, ...", "Putin, the president of Russia, ..."), the way an article writes it."""
        # "president of Russia" is the office President, as "Russian President Putin" writes it.
        of = self.words.office_of.search(phrase)
        head = phrase[: of.start()] if of is not None else phrase
        # Only of the person's own country: "Putin is the president of France" is not his office.
        own = not places or places == {m.value.country}
        listed = self.reader.word(phrase) or (self.reader.word(head) if own else None)
        if listed is not None:
            return [(listed[0], listed[1], phrase)]
        held = self.reader.held.office(phrase) if self.reader.held is not None else None
        if held is not None:  # "the investigating judge", "the prosecutor of Liège"
            return [("office", held, phrase)]
        for sentence in self.words.role_sentences:
            text = sentence.replace("{role}", phrase).replace("{name}", m.text)
            document = Document(id="title", path="<claim>", format="text", encoding="utf-8", text=text,
                                lines=LineMap.for_text(text), body=[Zone(start=0, end=len(text))])
            read = self.extractors.extract(document)
            found = [said for mention in read.mentions if mention.kind == "person" and isinstance(mention.value, EntityValue)
                     for said in self.reader.read(read, mention)]
            if found:
                return found
        return []

    def _judge(self, person: EntityValue, kind: str, value: str, shown: str, past: bool, as_of: date | None) -> Statement:
        said = [s for s in self.said.get(person.entity, []) if as_of is None or s.published is None or s.published <= as_of]
        exclusive = kind in ("rank", "office") and not past
        same_kind = [s for s in said if s.kind == kind]
        latest = max((s.published for s in same_kind if s.published is not None), default=None)

        def current(s: _Said) -> bool:
            return latest is None or s.published is None or s.published >= latest - self.change_after

        evidence: dict[tuple[str, str], Evidence] = {}
        def since(s: _Said) -> bool:
            """No source dated after ``s`` gives the person another value: it still holds."""
            return s.published is None or not any(not self.reader.same(o.value, s.value) and o.published is not None
                                                  and o.published > s.published for o in same_kind)

        for s in same_kind:
            if self.reader.same(s.value, value) and (not exclusive or current(s) or since(s)):
                stance = "supports"
            elif exclusive and current(s) and self.reader.excludes(s.value, value):
                stance = "contradicts"
            else:
                stance = "related"
            check_stance = {"supports": "agrees", "contradicts": "contradicts", "related": "silent"}[stance]
            key = (s.source, s.shown)
            if key in evidence and evidence[key].stance != "related":
                continue
            evidence[key] = Evidence(quote=s.quote(), source=s.source, kind=s.kind, stance=stance,
                                     parts=[PartCheck(part="what", claim=shown, source=s.shown, stance=check_stance)])
        items = sorted(evidence.values(), key=lambda e: ({"contradicts": 0, "supports": 1, "related": 2}[e.stance],
                                                          e.quote.document, e.quote.start, e.parts[0].source))
        agreeing = sorted({e.source for e in items if e.stance == "supports"})
        against = sorted({e.source for e in items if e.stance == "contradicts"} - set(agreeing))
        status = "mixed" if agreeing and against else "contradicted" if against else "supported" if agreeing else "unconfirmed"
        verdict: VerdictName = {"mixed": "mixed", "contradicted": "contradicted", "supported": "supported"}.get(status, "unverified")
        part = PartResult(
            part="what", claim=shown, status=status, sources=agreeing, against=against,
            source_values=list(dict.fromkeys(e.parts[0].source for e in items if e.stance == "supports")),
            against_values=list(dict.fromkeys(e.parts[0].source for e in items if e.stance == "contradicts")),
        )
        return Statement(kind=kind, label=f"{person.canonical}'s {kind}", verdict=verdict, parts=[part], evidence=items)
