"""Event classes for any word: which kind of event a verb or event noun names, in each language.

A claim's predicate comes from the text itself (the lemma of its event word), and two claims
can only report one event when their predicates fall in one class: "died", "death" and "was
killed" name one kind of event, "arrested" and "taken into custody" another. The classes are
data: a table generated from WordNet (``rules/<lang>/events/lexicon.yaml``, see
``tools/build_event_lexicon.py``) refined by hand for news (``classes.yaml`` beside it). Both
are per language; class names are shared across languages so that a French and an English
account of one death fall in one class.

Lemmas come from simplemma (dictionary lookups, no model, 50+ languages including French),
cached per word form, so finding the event words of a text is one regex pass over its words
and one dictionary lookup per distinct word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import simplemma
from pydantic import Field

from ..rules import RuleExamples, RuleFile, RuleModel, RulePack, rule_kind


class LexiconClass(RuleModel):
    verbs: list[str] = Field(default_factory=list)
    nouns: list[str] = Field(default_factory=list)


@rule_kind("event_lexicon")
class EventLexicon(RuleFile):
    """A table of event classes: the verbs and nouns (lemmas) naming each kind of event."""

    classes: dict[str, LexiconClass]
    # Verbs mostly used as nouns naming no event ("man", "coach"): event words only in an
    # inflected verb form that is not also the plural ("manned", "coached", not "coaches").
    mostly_nouns: list[str] = Field(default_factory=list)
    # Irregular verb forms -> lemma ("won" -> "win"), for the forms the lemmatiser keeps as
    # they are because they are words too ("won" the currency, "broke" the adjective).
    irregular: dict[str, str] = Field(default_factory=dict)


@rule_kind("event_classes")
class EventClasses(RuleFile):
    """Hand refinements of the event-class table (see rules/en/events/classes.yaml)."""

    merge: list[list[str]] = Field(default_factory=list)
    assign: dict[str, str] = Field(default_factory=dict)
    lemmas: dict[str, str] = Field(default_factory=dict)
    not_events: list[str] = Field(default_factory=list)
    # Lemmas that name an event only as an inflected verb ("was released"), never bare ("a
    # press release"): treated like the table's ``mostly_nouns``.
    verb_forms_only: list[str] = Field(default_factory=list)
    reporting: list[str] = Field(default_factory=list)
    # Words after which a word is a noun ("the", "its", "of"): a lemma that names an event
    # only as a verb ("force", "tie", "people") is no event word there ("security forces").
    noun_markers: list[str] = Field(default_factory=list)
    # Endings of participles the lemmatiser leaves as they are, and the infinitive ending that
    # replaces them ("expulsé" -> "expulser", "arrêtées" -> "arrêter"): tried when a word form
    # names no event as it stands.
    participle_endings: dict[str, str] = Field(default_factory=dict)
    examples: RuleExamples


# Words of a text: letters, with inner apostrophes and hyphens ("take-over" stays one word).
WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*")


@dataclass(frozen=True)
class EventWord:
    start: int
    end: int
    lemma: str
    event_class: str


class Lexicon:
    """The compiled event classes of one language: word form -> (lemma, class)."""

    def __init__(self, rules: RulePack, language: str = "en"):
        self.language = language
        class_of: dict[str, str] = {}
        nouns: set[str] = set()
        self_mostly_nouns: set[str] = set()
        irregular: dict[str, str] = {}
        for table in rules.get("event_lexicon", language):
            if table.language != language:
                continue
            for name, members in table.classes.items():
                for lemma in members.verbs + members.nouns:
                    class_of.setdefault(lemma.lower(), name)
                nouns |= {n.lower() for n in members.nouns}
            self_mostly_nouns |= {w.lower() for w in table.mostly_nouns}
            irregular.update({k.lower(): v.lower() for k, v in table.irregular.items()})
        refinements = [f for f in rules.get("event_classes", language) if f.language == language]
        alias: dict[str, str] = {}
        skip: set[str] = set()
        reporting: set[str] = set()
        class_of_refined = {lemma.lower() for r in refinements for lemma in list(r.lemmas) + list(r.assign)}
        for refinement in refinements:
            for lemma, name in refinement.lemmas.items():
                class_of[lemma.lower()] = name
                nouns.add(lemma.lower())
            for lemma, name in refinement.assign.items():
                class_of[lemma.lower()] = name
            for group in refinement.merge:
                head = group[0]
                for member in group:
                    alias[member] = head
                    alias[class_of.get(member, member)] = head
            skip |= {w.lower() for w in refinement.not_events}
            self_mostly_nouns |= {w.lower() for w in refinement.verb_forms_only}
            reporting |= set(refinement.reporting)
        alias = {k: v for k, v in alias.items() if k != v}
        self.class_of = {lemma: self._resolve(name, alias) for lemma, name in class_of.items() if lemma not in skip}
        self.reporting = {self._resolve(name, alias) for name in reporting}
        self.skip = skip
        self.nouns = nouns
        self.irregular = irregular
        self.mostly_nouns = self_mostly_nouns - set(class_of_refined)
        self.noun_markers = {w.lower() for r in refinements for w in r.noun_markers}
        # Longest ending first, so "ées" is tried before "é".
        self.participle_endings = sorted({(k.lower(), v.lower()) for r in refinements for k, v in r.participle_endings.items()},
                                         key=lambda kv: (-len(kv[0]), kv[0]))
        self._cache: dict[str, tuple[str, str] | None] = {}

    @staticmethod
    def _resolve(name: str, alias: dict[str, str]) -> str:
        seen = set()
        while name in alias and name not in seen:
            seen.add(name)
            name = alias[name]
        return name

    def lemma(self, word: str) -> str:
        """The lemma of one word (lower case)."""
        lowered = word.lower()
        return simplemma.lemmatize(lowered, lang=self.language).lower()

    def lookup(self, word: str) -> tuple[str, str] | None:
        """(lemma, event class) of a word form, or None when it names no event."""
        lowered = word.lower()
        if lowered in self._cache:
            return self._cache[lowered]
        found = None
        if lowered not in self.skip:
            lemma = self.lemma(lowered)
            if lemma in self.mostly_nouns and (lowered == lemma or lowered.endswith("s")):
                lemma = ""  # "the coach", "coaches": a noun here
            if lemma not in self.class_of and lowered in self.irregular:
                lemma = self.irregular[lowered]  # "won" -> "win", "broke" -> "break"
            if lemma and lemma not in self.skip:
                if lemma in self.class_of:
                    found = (lemma, self.class_of[lemma])
                elif lowered in self.class_of:
                    found = (lowered, self.class_of[lowered])
                else:
                    found = self._participle(lowered)
        self._cache[lowered] = found
        return found

    def _participle(self, lowered: str) -> tuple[str, str] | None:
        """(infinitive, class) of a participle the lemmatiser left as it is, or None."""
        for ending, infinitive in self.participle_endings:
            if lowered.endswith(ending) and len(lowered) > len(ending) + 2:
                verb = lowered[: -len(ending)] + infinitive
                if verb in self.class_of and verb not in self.skip:
                    return (verb, self.class_of[verb])
        return None

    def event_words(self, text: str, start: int = 0, end: int | None = None) -> list[EventWord]:
        """Every word between ``start`` and ``end`` that names an event, in text order."""
        found = []
        previous = ""
        for m in WORD.finditer(text, start, len(text) if end is None else end):
            word = m.group()
            hit = self.lookup(word)
            if hit is not None and (hit[0] in self.nouns or self._event_noun(word) or not self._noun_position(previous)):
                found.append(EventWord(m.start(), m.end(), hit[0], hit[1]))
            previous = word
        return found

    def _event_noun(self, word: str) -> bool:
        """Whether a word form is itself an event noun of the table, as nominalised gerunds are
        ("the shooting", "two killings") even when their lemma ("shoot") names the event as a verb."""
        lowered = word.lower()
        return lowered in self.nouns or (lowered.endswith("s") and lowered[:-1] in self.nouns)

    def _noun_position(self, previous: str) -> bool:
        """Whether the word after ``previous`` is a noun ("the forces", "Mali's forces")."""
        lowered = previous.lower()
        return lowered in self.noun_markers or lowered.endswith(("'s", "’s"))


def lexicons(rules: RulePack) -> dict[str, Lexicon]:
    """One compiled lexicon per language that has an event table (English at least)."""
    languages = sorted({f.language for f in rules.get("event_lexicon") if f.language} | {"en"})
    return {language: Lexicon(rules, language) for language in languages}
