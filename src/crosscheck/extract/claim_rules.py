"""The claim stage's rule files: event kinds (``kind: events``) and claim cues (``kind: claim_cues``).

Both live per language under ``rules/<lang>/events/`` (see cues.yaml for what each cue group
means); the event-class table of the open vocabulary is in :mod:`.lexicon`.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import field_validator

from ..rules import RuleExamples, RuleFile, RuleModel, RulePack, compile_regex, rule_kind

_FLAGS = re.IGNORECASE


def _compile(patterns: list[str]) -> list[re.Pattern]:
    if any(not isinstance(pattern, str) for pattern in patterns):
        return patterns  # already compiled (model re-validated)
    return [compile_regex(pattern, _FLAGS) for pattern in patterns]


class CueGroup(RuleModel):
    patterns: list[re.Pattern]
    examples: RuleExamples

    @field_validator("patterns", mode="before")
    @classmethod
    def _compile_patterns(cls, value):
        return _compile(value)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        """The earliest match of any pattern, the longest of those starting there, the first
        pattern's on a tie. A plain loop: the claim stage asks this of a short window around
        almost every mention (no list, no key function per call)."""
        endpos = len(text) if endpos is None else endpos
        best = None
        for pattern in self.patterns:
            m = pattern.search(text, pos, endpos)
            if m is not None and (best is None or m.start() < best.start()
                                  or (m.start() == best.start() and m.end() > best.end())):
                best = m
        return best

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> list[re.Match]:
        endpos = len(text) if endpos is None else endpos
        matches = [m for p in self.patterns for m in p.finditer(text, pos, endpos)]
        return sorted(matches, key=lambda m: (m.start(), -m.end()))


class PlainDeath(RuleModel):
    """How an event of a violent kind reads when none of its accounts tells of violence: deaths
    from a disease, a fall, natural causes ("five people have died of cholera", "six décès")
    are deaths, not an attack, and their toll counts "people who died", not "people killed".
    A toll told through "died" still meets the same event's "killed" (then it is violent, and
    reads as an attack); only deaths of a named non-violent cause (``causes``: an outbreak, a
    flood) are kept apart from violence that shares nothing but their country and a vague time
    (see ``compare.events.other_happening``)."""

    label: str  # the event's name: "deaths"
    event: str  # the figure event word the violent kind counts its toll with: "killed"
    wording: str  # what replaces it: "who died" ("people who died")
    # Words of dying ("died", "the dead", "décès"): an event none of whose accounts has one told
    # no death (the injured of an evacuation), and is not named "deaths".
    dying: list[re.Pattern]
    # Words of violence or of a killer; one in any account's sentence keeps the violent kind.
    violent: list[re.Pattern]
    # Words of a non-violent cause of death ("cholera", "the outbreak", "l'épidémie", "floods"):
    # deaths told with one and no violent word are another happening than violence in the region.
    causes: list[re.Pattern] = []
    examples: RuleExamples

    @field_validator("dying", "violent", "causes", mode="before")
    @classmethod
    def _compile_violent(cls, value):
        return _compile(value)


@rule_kind("events")
class EventRule(RuleFile):
    """One event kind: its trigger words and how it is compared (see rules/en/events/)."""

    event: str
    label: str
    family: str
    state: bool = False
    untimed: Literal["none", "recent", "recent_if_specific"] = "none"
    subject: Literal["all", "first"] = "all"
    compare_participants: bool = False
    home_country: bool = False
    target_triggers: list[re.Pattern] = []
    one_off_days: int = 0
    figure_units: list[str] = []
    # Kinds whose trigger words in the same sentence belong to this event instead ("an
    # earthquake ... killing 38": casualty words, yet no attack).
    supersedes: list[str] = []
    # The people an account names (who died, who was shot) tell one occurrence of this kind
    # from another: two accounts that both name people, none in common, are two events
    # however alike their country and date. Not so for kinds told through representatives
    # (a coup, a pact between countries: each article names other officials).
    people_identify: bool = False
    # Casualty tolls of this kind are running counts: a later, higher toll is a change.
    running_toll: bool = False
    # What a cancellation cue ("cancelled", "scrapped") means for this kind: a scheduled
    # meeting that is cancelled did not happen ("negates"); a deal that is cancelled existed
    # and ended ("ends"), so the sentence asserts no agreement at all.
    cancellation: Literal["negates", "ends"] = "negates"
    plain_death: PlainDeath | None = None
    # Open event classes (rules/<lang>/events/lexicon*.yaml) whose words tell this kind's
    # event wherever its triggers do not read them: their claims take this kind, so that "the
    # election" and "élu chef en 2021" meet "was elected" (one event, one class).
    open_classes: list[str] = []
    triggers: list[re.Pattern]
    examples: RuleExamples

    @field_validator("triggers", "target_triggers", mode="before")
    @classmethod
    def _compile_triggers(cls, value):
        return _compile(value)


def kinds_of_classes(rules: list[EventRule]) -> dict[str, str]:
    """Open event class -> the closed kind whose claims its words make (``EventRule.open_classes``)."""
    return {event_class: rule.event for rule in rules for event_class in rule.open_classes}


@rule_kind("claim_cues")
class ClaimCues(RuleFile):
    """Attribution, modality, negation, clause and location cues, and role phrases."""

    attribution: CueGroup
    negation: CueGroup
    negation_after: CueGroup
    # Cancellation words before the trigger; what they mean depends on the event kind.
    cancellation: CueGroup | None = None
    statement_time_before: CueGroup
    denial: CueGroup
    expected: CueGroup
    planned: CueGroup
    reported: CueGroup
    clause_boundary: CueGroup
    subordinate: CueGroup
    relative: CueGroup
    dateline: CueGroup
    role_country_after: CueGroup
    role_country_before: CueGroup
    location_before: CueGroup
    roles: dict[str, CueGroup]
    # Third parties: a name followed by these words ("Saudi and U.S. mediators", "Saudi-hosted")
    # or preceded by them ("brokered by Qatar") mediates or hosts; it is no party to the event.
    non_party_after: CueGroup | None = None
    non_party_before: CueGroup | None = None
    # Words opening a clause that tells something else ("... and said the decision had been
    # taken in Washington"): names after them are no participants of the event before them.
    aside: CueGroup | None = None
    # Wording that makes a figure a running count ("the death toll has risen to 212"): a
    # later, higher figure is a change, not a contradiction.
    running_toll: CueGroup | None = None
    # Words between a clause's start and its event word that show the clause has a subject of
    # its own ("..., while the army sent a team"): such a clause does not take the subject of
    # the clause before it, as "Dana Welker, 43, then shot" does.
    own_subject: CueGroup | None = None
    # The start of a clause right after a time that ends in a subordinating cue ("two weeks after
    # | gunmen killed"); "the day before | and discussed" ends the time instead.
    offset_clause_start: CueGroup | None = None
    # Words that make a clause generic or habitual ("usually", "in most cases", "généralement"):
    # it tells what happens as a rule, no event of its own ("A report is usually published
    # within 30 days", "In most cases, passengers suffer only mild symptoms").
    generic: CueGroup | None = None
    # A clause told as possible, not as done (:mod:`.modality`): a modal auxiliary or a condition
    # ("could find", "only if", "pourrait"), a question (the stretch ending in "?"), and a
    # to-infinitive (``infinitive``) whose head does not tell its event as done (``to_asserted``:
    # "managed to", "went on to") or make "to" a preposition ("went to war").
    possible: CueGroup | None = None
    question: CueGroup | None = None
    infinitive: CueGroup | None = None
    to_asserted: CueGroup | None = None
    to_intended: CueGroup | None = None  # heads after which the infinitive is planned ("seeks to")

    def counts_from_a_later_clause(self, text: str, start: int, end: int) -> bool:
        """Whether a time ends in a subordinating cue ("two weeks after", "a day before"): the
        time reader dates it as the event of the clause after it ("Putin called on Wednesday, a
        day after he held a call with Tiani": the second call is Tuesday's), so it dates that
        clause's event, never the one before it ("The talks came two weeks after gunmen
        killed ..." does not date the talks). "A day after Wednesday" names its anchor: a date;
        "had met them the day before and discussed ..." is a date with no clause after its cue."""
        if self.offset_clause_start is None or self.offset_clause_start.search(text[end : end + 20]) is None:
            return False
        stripped = text[start:end].rstrip()
        return any(m.end() == len(stripped) for m in self.subordinate.finditer(stripped))


def event_rules(rules: RulePack, language: str | None = None) -> dict[str, EventRule]:
    """Event rules by event name; a later file (a user's folder) replaces an earlier one.

    With a language: the kinds extraction looks for in that language's text (its own files and
    language-neutral ones). Without: one rule per kind for comparison, which is the same in
    every language (family, timing, roles): the English or neutral file where there is one,
    else the first language's. Its ``plain_death`` words are every language's, since one rule
    reads the accounts of all ("six décès" beside "five people died")."""
    if language is not None:
        return {rule.event: rule for rule in rules.get("events", language)}
    by_event: dict[str, EventRule] = {}
    deaths: dict[str, list[PlainDeath]] = {}
    for rule in rules.get("events"):
        if rule.plain_death is not None:
            deaths.setdefault(rule.event, []).append(rule.plain_death)
        if rule.language in (None, "en") or rule.event not in by_event:
            if rule.event in by_event and by_event[rule.event].language not in (None, "en"):
                del by_event[rule.event]
            by_event[rule.event] = rule
    for event, told in deaths.items():
        rule = by_event[event]
        if len(told) > 1 and rule.plain_death is not None:  # a copy: loaded rule packs are shared
            words = {field: [p for death in told for p in getattr(death, field)] for field in ("dying", "violent", "causes")}
            by_event[event] = rule.model_copy(update={"plain_death": rule.plain_death.model_copy(update=words)})
    return by_event


@rule_kind("denial_words")
class DenialWords(RuleFile):
    """The words of denying of a language (rules/<language>/events/denials.yaml; English's
    generated from WordNet by tools/build_denial_words.py): ``verbs`` deny whatever follows them
    ("denied that", "a démenti"), ``object_verbs`` only a report (``report_nouns``, a few words
    after: "rejected claims that", "dismissed local media reports") or a clause (``openers``:
    "disputed that", "conteste que"). The claim stage reads them as patterns of the claim cues'
    ``denial`` group, beside its hand-written ones."""

    verbs: list[str]
    object_verbs: list[str] = []
    report_nouns: list[str] = []
    openers: list[str] = []  # words opening a denied clause: "that", "que", "qu'"
    # Auxiliaries and copulas that open a clause's verb ("had been", "were", "ait été", "soit"):
    # in a denied clause, the event word right after them is what is denied, and an event word
    # before them is part of the clause's subject, taken as known ("denied that the fire
    # detection system had been out of order": the fire is granted; compare/denials.py).
    verb_group: list[str] = []
    # Degree words that make a denial one of manner ("rejected accusations that it warned the
    # towns too late", "trop tard"): the event is granted, so the clause denies none.
    manner: list[str] = []
    examples: RuleExamples

    @field_validator("verbs", "object_verbs", "report_nouns", "openers", "verb_group", "manner", mode="before")
    @classmethod
    def _words(cls, value):
        return value.split() if isinstance(value, str) else value

    def patterns(self) -> list[re.Pattern]:
        """One pattern for the verbs, one for an object verb before its report or clause."""
        def either(words: list[str]) -> str:
            return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
        granted = rf"(?![^,;:.!?]*\b(?:{either(self.manner)})\b)" if self.manner else ""
        found = [compile_regex(rf"\b(?:{either(self.verbs)})\b{granted}", _FLAGS)]
        if self.object_verbs and (self.report_nouns or self.openers):
            objects = [rf"(?:[\w'’-]+\s+){{0,3}}?(?:{either(self.report_nouns)})\b"] if self.report_nouns else []
            objects += [rf"(?:{either(self.openers)})(?!\w)"] if self.openers else []
            found.append(compile_regex(rf"\b(?:{either(self.object_verbs)})\s+(?:{'|'.join(objects)}){granted}", _FLAGS))
        return found

    def search(self, text: str) -> bool:
        return any(p.search(text) for p in self.patterns())


def claim_cues(rules: RulePack, language: str | None = None) -> ClaimCues:
    """The claim cues of a language (the last file wins), English when it has none; their
    ``denial`` group also reads the language's words of denying (``DenialWords``)."""
    files = rules.get("claim_cues", language or "en") or rules.get("claim_cues", "en")
    if not files:
        raise ValueError("no claim_cues rule file in the rule pack")
    cues = files[-1]
    words = [f for f in rules.get("denial_words", cues.language or "en") if f.language == (cues.language or "en")]
    if not words:
        return cues
    denial = cues.denial.model_copy(update={"patterns": [*cues.denial.patterns, *words[-1].patterns()]})
    return cues.model_copy(update={"denial": denial})


def claim_languages(rules: RulePack) -> list[str]:
    """Languages with claim cues or event kinds of their own (English always); a language
    with kinds but no cues reads its cues in English."""
    files = rules.get("claim_cues") + rules.get("events")
    return sorted({f.language for f in files if f.language} | {"en"})


def cues_by_language(rules: RulePack) -> dict[str, ClaimCues]:
    """Claim cues for every language that has its own, by language code."""
    return {language: claim_cues(rules, language) for language in claim_languages(rules)}
