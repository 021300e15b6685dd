"""A verb and the nominalised event it governs are one claim.

"ANSM on Tuesday ordered the recall of 14 batches", "a annoncé mardi le rappel de 14 lots",
"announced the closure of the plant": news tells an act through the verb of the decision or
the statement that makes it public, and names the act itself as that verb's object. Read word
by word, such a sentence gives two claims, the order (dated) and the recall (undated), and two
sources that tell the one recall, one with "ordered the recall", one with "recalled", never
meet. The construction is grammar: a governing verb, at most a time and a determiner, an event
noun, then a complement ("of", "de", "for") or the end of the clause. Its claim is the governed
event's: the class is the noun's, the time and the figures of the whole construction are the
event's (the date on the governing verb dates the event, unless the noun has its own), and the
governor's subject is the event's agent.

The governing verbs are data (rules/<lang>/events/governors.yaml), as two families from WordNet
(tools/build_governors.py; the French file translates each English synset):

  * ``orders``: verbs of ordering, deciding, authorising and starting ("ordered", "decided",
    "approved", "launched", "began"): who orders the recall recalls;
  * ``announces``: verbs of announcing and confirming ("announced", "confirmed", "declared"):
    the announcer is the agent of an act it makes public ("announced the acquisition of"); a
    happening it only reports ("confirmed the death of", "declared a cholera outbreak") is no
    act of the announcer, and is not dated by the statement: the two stay two claims.

The same holds for the verb after its event as a participle with its agent ("the recall of 14
batches on Tuesday, ordered by the agency ANSM"): the agent is the event's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pydantic import Field

from ..models import Claim, TextSpan
from ..rules import RuleExamples, RuleFile, RulePack, rule_kind

_OBJECT_WORDS = 2  # words between a governing verb and its event noun, times aside ("the", "the planned")
_TIME_WORDS = 2  # words of a time no claim holds before the object's determiner ("on Thursday", "jeudi soir")
_CLAUSE_BREAK = re.compile(r"[,;:.!?()«»\"“”—–]")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_AFTER_PARTICIPLE = re.compile(r"\s*,\s*$")  # "the recall of 14 batches, ordered by ANSM"
_TIME_OPENER = re.compile(r"\s+(?:(?:on|in|at|last|this|le|en|dès)\s+)?", re.IGNORECASE)  # "ordered on Monday", "ordonné lundi"


@rule_kind("event_governors")
class EventGovernors(RuleFile):
    """Verbs that govern a nominalised event as their object (see :mod:`.governed`)."""

    orders: list[str]
    announces: list[str]
    # Words that open what follows the governed noun ("of", "de", "for", "into"): an event noun
    # followed by another word is a subject of a statement with its "that" left out ("said the
    # recall was a precaution"), not the verb's object.
    complements: list[str]
    # Words opening a governor's object ("the", "le", "l'"), and the agent's preposition of a
    # passive participle ("by", "par").
    determiners: list[str]
    agent_markers: list[str]
    # Governors that also name or judge their object ("called the killing of civilians a war
    # crime"): their event noun is governed only before one of ``naming_complements`` ("called
    # a strike for Monday") or the clause's end, never before "of".
    naming: list[str] = Field(default_factory=list)
    naming_complements: list[str] = Field(default_factory=list)
    examples: RuleExamples


class Governors:
    """The compiled governing verbs of one language."""

    def __init__(self, rules: RulePack, language: str):
        files = [f for f in rules.get("event_governors", language) if f.language == language]
        self.orders = {w.lower() for f in files for w in f.orders}
        self.announces = {w.lower() for f in files for w in f.announces}
        self.complements = {w.lower() for f in files for w in f.complements}
        self.determiners = {w.lower() for f in files for w in f.determiners}
        self.agent_markers = {w.lower() for f in files for w in f.agent_markers}
        self.naming = {w.lower() for f in files for w in f.naming}
        self.naming_complements = {w.lower() for f in files for w in f.naming_complements}

    def governs(self, lemma: str | None) -> bool:
        return lemma is not None and (lemma.lower() in self.orders or lemma.lower() in self.announces)

    def object_of(self, text: str, governor: Claim, event: Claim, times: list[TextSpan]) -> bool:
        """Whether ``event``'s noun is the object of ``governor``'s verb: after it, with at most
        times and ``_OBJECT_WORDS`` words between (the first a determiner, or the noun's own
        elided article: "a annoncé mardi l'évacuation"), no clause mark, and a complement or
        the clause's end after the noun."""
        verb, noun = governor.trigger, event.trigger
        gap = text[verb.end : noun.start]
        for t in times:
            if verb.end <= t.start and t.end <= noun.start:
                gap = gap.replace(t.text, " ")
        elided, mark, _ = noun.text.replace("’", "'").rpartition("'")
        words = [w.lower().replace("’", "'").rstrip("'") for w in gap.split()] + ([elided.lower()] if mark else [])
        # The determiner opens the object, after at most a time the claims do not hold as theirs
        # (a statement's day: "announced on Thursday an audit", "a annoncé jeudi soir un audit").
        opener = next((at for at, word in enumerate(words) if word in self.determiners), None)
        if _CLAUSE_BREAK.search(gap) or opener is None or opener > _TIME_WORDS or len(words) - opener > _OBJECT_WORDS:
            return False
        after = _WORD.search(text, noun.end, min(len(text), noun.end + 40))
        closes = _CLAUSE_BREAK.match(text[noun.end :].lstrip()) is not None or not text[noun.end :].strip()
        complements = self.naming_complements if (governor.predicate or "").lower() in self.naming else self.complements
        return closes or (after is not None and not text[noun.end : after.start()].strip()
                          and after.group().lower().replace("’", "'").split("'")[0] in complements)

    def participle_of(self, text: str, governor: Claim, event: Claim, times: list[TextSpan] = ()) -> bool:
        """Whether ``governor`` is a participle with its agent after ``event``'s noun, one comma
        after its phrase: "the recall of 14 batches in France on Tuesday, ordered by ANSM"; or a
        participle of ordering right after the noun, followed by its agent or its time ("the
        recount ordered on Monday", "le recomptage ordonné lundi par le Conseil d'Etat", "an
        investigation ordered by the prosecutor"): one act, told by its noun, not two."""
        verb, noun = governor.trigger, event.trigger
        if noun.end > verb.start:
            return False
        following = _WORD.match(text, verb.end + 1) if text[verb.end : verb.end + 1] == " " else None
        by_agent = following is not None and following.group().lower() in self.agent_markers
        if not text[noun.end : verb.start].strip():
            dated = any(t.start >= verb.end and _TIME_OPENER.fullmatch(text, verb.end, t.start) for t in times)
            return (governor.predicate or "").lower() in self.orders and (by_agent or dated)
        if not _AFTER_PARTICIPLE.search(text, noun.end, verb.start):
            return False
        between = text[noun.end : verb.start].rstrip().rstrip(",")
        return not re.search(r"[;:.!?()]", between) and "," not in between and by_agent


def merge_governed(claims: list[Claim], text: str, governors: Governors, is_event_noun, happening) -> list[Claim]:
    """``claims`` (of one document, in text order) with each governing verb's claim folded into
    the claim of the event it governs. ``is_event_noun``: whether a word is an event noun of the
    language; ``happening``: whether a class names a happening that nobody does (a death, an
    earthquake), which an announcer only reports."""
    by_sentence: dict[int, list[Claim]] = {}
    for claim in claims:
        if claim.trigger is not None:
            by_sentence.setdefault(claim.sentence, []).append(claim)
    folded: set[int] = set()
    for members in by_sentence.values():
        if len(members) < 2:
            continue
        for governor in members:
            if not governors.governs(governor.predicate) or is_event_noun(governor.trigger.text):
                continue
            event = _governed(text, governor, members, governors, is_event_noun)
            ordered = governor.predicate.lower() in governors.orders
            if event is None or (not ordered and happening(event.kind)):
                continue  # "declared an outbreak", "confirmed the death of": the statement is an act of its own
            _fold(governor, event, passive=governor.trigger.start > event.trigger.end)
            folded.add(id(governor))
    return [c for c in claims if id(c) not in folded]


def _governed(text: str, governor: Claim, members: list[Claim], governors: Governors, is_event_noun) -> Claim | None:
    times = [a for a in governor.arguments if a.role == "time"]
    nouns = [c for c in members if c is not governor and is_event_noun(c.trigger.text.replace("’", "'").split("'")[-1])]
    after = sorted((c for c in nouns if c.trigger.start >= governor.trigger.end), key=lambda c: c.trigger.start)
    if after and governors.object_of(text, governor, after[0], times + [a for a in after[0].arguments if a.role == "time"]):
        return after[0]
    before = sorted((c for c in nouns if c.trigger.end <= governor.trigger.start), key=lambda c: -c.trigger.start)
    if before and not any(before[0].trigger.end <= c.trigger.start < governor.trigger.start for c in members if c is not before[0]) \
            and governors.participle_of(text, governor, before[0], times):
        return before[0]
    return None


def _fold(governor: Claim, event: Claim, passive: bool) -> None:
    """Give ``event`` what the governor's construction says of it: its time when the noun has
    none, its figures, its agent (the governor's subject; ``passive``: the governor is a
    participle after the event, whose agent follows it: "ordered by ANSM"),
    its mood and polarity when the governor's are not plain ("could order", "did not announce")."""
    spans = list(event.arguments)
    if event.time is None and governor.time is not None:
        event.time = governor.time
        spans += [a for a in governor.arguments if a.role == "time"]
    people = [p for p in governor.participants if p not in event.participants]
    event.participants = people + list(event.participants)
    spans += [a.model_copy(update={"role": "agent"}) if passive and a.role == "patient" and a.start > governor.trigger.end else a
              for a in governor.arguments if a.role in ("agent", "patient")]
    for figure in governor.figures:
        if figure not in event.figures:
            event.figures = list(event.figures) + [figure]
    spans += [a for a in governor.arguments if a.role == "figure"]
    seen: set[tuple[int, int, str]] = set()
    event.arguments = sorted((a for a in spans if (key := (a.start, a.end, a.role)) not in seen and not seen.add(key)),
                             key=lambda a: (a.start, a.end))
    event.mentions = list(dict.fromkeys(list(event.mentions) + [a.mention for a in event.arguments if a.mention]))
    event.place = event.place or governor.place
    event.attribution = event.attribution or governor.attribution
    if event.modality == "asserted" and governor.modality != "asserted":
        event.modality = governor.modality
    if governor.polarity == "negative":
        event.polarity = "negative"


def governors_of(rules: RulePack, languages: Iterable[str]) -> dict[str, Governors]:
    return {language: Governors(rules, language) for language in languages}
