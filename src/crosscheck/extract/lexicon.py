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
from pydantic import Field, field_validator, model_validator

from ..rules import RuleExamples, RuleFile, RuleModel, RulePack, rule_kind
from .lexicon_context import TriggerContext, modifies_a_noun
from .lexicon_senses import SENSE_REACH, Sense


_CONVERSING = re.compile(r"\s+(?:with|avec)\b", re.IGNORECASE)  # "spoke with", "s'est entretenu avec"


class LexiconClass(RuleModel):
    """The lemmas of one class: ``{verbs: [...], nouns: [...]}``, or on one line
    ``"verb verb / noun noun"`` (the generated table: one string per class reads several times
    faster than two lists, and the table has thousands of classes)."""

    verbs: list[str] = Field(default_factory=list)
    nouns: list[str] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _from_line(cls, value):
        if isinstance(value, str):
            verbs, slash, nouns = value.partition("/")
            if not slash:
                raise ValueError("a class on one line is 'verbs / nouns' (either side may be empty)")
            return {"verbs": verbs.split(), "nouns": nouns.split()}
        return value


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
    # Phrasal verbs whose class is not their verb's ("pass_away" -> die): verb_particle -> class.
    phrasal: dict[str, str] = Field(default_factory=dict)
    # Nouns only, nouns of happenings, multiword adverbs, idiomatic verb phrases (.lexicon_context).
    noun_heads: list[str] = Field(default_factory=list)
    happening_nouns: list[str] = Field(default_factory=list)
    idioms: list[str] = Field(default_factory=list)
    verb_idioms: list[str] = Field(default_factory=list)

    @field_validator("mostly_nouns", "noun_heads", "happening_nouns", "idioms", "verb_idioms", mode="before")
    @classmethod
    def _word_list(cls, value):
        """A list, or one string of words separated by spaces (a folded block in the table)."""
        return value.split() if isinstance(value, str) else value

    @field_validator("irregular", "phrasal", mode="before")
    @classmethod
    def _pairs(cls, value):
        """A mapping, or one string of ``form=lemma`` pairs separated by spaces."""
        if not isinstance(value, str):
            return value
        pairs = [pair.partition("=") for pair in value.split()]
        if any(not sep or not form or not lemma for form, sep, lemma in pairs):
            raise ValueError("irregular forms on one line are 'form=lemma' pairs separated by spaces")
        return {form: lemma for form, _, lemma in pairs}


LIGHT_OBJECT_REACH = 2  # words between a light verb and its event noun ("an", "a major")
MEASURE_REACH = 3  # words before a verb in which its subject noun is looked for ("inflation has slowed")
_CLAUSE_BREAK = re.compile(r"[,;:.!?()«»\"“”]")
# The class of a sense in which a pronominal verb names no event ("se rendre compte": realise).
NO_EVENT = "none"


@rule_kind("event_classes")
class EventClasses(RuleFile):
    """Hand refinements of the event-class table (see rules/en/events/classes.yaml)."""

    merge: list[list[str]] = Field(default_factory=list)
    assign: dict[str, str] = Field(default_factory=dict)
    lemmas: dict[str, str] = Field(default_factory=dict)
    # Phrasal verbs (verb_particle) -> class, over the table's: "shoot_down" is a shooting in
    # news, not its first sense in WordNet ("move fast"); a class of "none" drops the table's entry.
    phrasal: dict[str, str] = Field(default_factory=dict)
    not_events: list[str] = Field(default_factory=list)
    # Lemmas that name an event only as an inflected verb ("was released"), never bare ("a
    # press release"): treated like the table's ``mostly_nouns``.
    verb_forms_only: list[str] = Field(default_factory=list)
    reporting: list[str] = Field(default_factory=list)
    # Words after which a word is a noun ("the", "its", "of"): a lemma that names an event
    # only as a verb ("force", "tie", "people") is no event word there ("security forces").
    noun_markers: list[str] = Field(default_factory=list)
    # Words right before a verb, modals and do-support ("will host", "did return"): a word that
    # names an event only as a verb counts bare after them.
    verb_markers: list[str] = Field(default_factory=list)
    # Words after which a word may be a verb or a noun ("to return", "to court"): only the
    # ``verb_forms_only`` lemmas count bare after them.
    infinitive_markers: list[str] = Field(default_factory=list)
    # Prepositions before an infinitive ("prévoyait de relever la TVA", "prêt à négocier"): a
    # verb's base form after one is the verb, though they also stand before nouns.
    infinitive_prepositions: list[str] = Field(default_factory=list)
    # Auxiliaries before a past participle ("has cut", "were cut", "had been put"), and the
    # verbs whose past participle is their bare form: such a form counts after one.
    participle_markers: list[str] = Field(default_factory=list)
    bare_participles: list[str] = Field(default_factory=list)
    # Statistics: measure nouns (lemma -> class: "inflation"; "chômage" -> unemployment) and
    # the verbs that report a change of one ("slowed", "fell", "rose"). A change verb a few
    # words after a measure names the measure's event, whatever verb tells it: "inflation
    # slowed to 29.4% in August" and "inflation fell to 29.4% in August" are one statistic.
    measures: dict[str, str] = Field(default_factory=dict)
    measure_changes: list[str] = Field(default_factory=list)
    # Verbs of happening ("broke out", "struck", "s'est déclaré"): after an event noun, their
    # subject, they name that noun's event ("the fire broke out on Sunday" dates the fire).
    happenings: list[str] = Field(default_factory=list)
    # Light verbs that are events of their own elsewhere ("opened", "launched", "a ouvert"):
    # before an event noun, their object ("opened an investigation", "a lancé une offensive"),
    # the noun names the happening and the verb no second one.
    light_verbs: list[str] = Field(default_factory=list)
    # The determiners that open a light verb's object ("an", "its", "une", "d'"): prepositions,
    # noun markers too, open no object ("opened in the storm").
    object_markers: list[str] = Field(default_factory=list)
    # Classes whose event is another when a person undergoes it (class -> class): a person
    # seized is kidnapped ("were seized in June near Ayorou"); goods or a town seized are not.
    person_senses: dict[str, str] = Field(default_factory=dict)
    # Endings of adjectives ("furious", "official", "hostile"): between a noun marker and a word
    # ("a furious crowd"), such a word makes the word a noun, no event when only its verb is one.
    adjective_endings: list[str] = Field(default_factory=list)
    # Endings of participles the lemmatiser leaves as they are, and the infinitive ending that
    # replaces them ("expulsé" -> "expulser", "arrêtées" -> "arrêter"): tried when a word form
    # names no event as it stands.
    participle_endings: dict[str, str] = Field(default_factory=dict)
    # The ending of gerunds and present participles ("ing"): when the lemmatiser's lemma of such
    # a form is no event of the table ("growing" -> "growe"), the stem is tried as the verb.
    gerund_ending: str | None = None
    # Lemmas whose class depends on the words around them ("was fired" is a dismissal, "fired
    # on protesters" a shooting, "the fire" a blaze): lemma -> senses, the first that holds wins.
    senses: dict[str, list[Sense]] = Field(default_factory=dict)
    # Nouns of a person's role: a word right before one is the role's field, not an event ("chief
    # technology officer", "fire chief"); a participle there still is ("the slain officer").
    role_heads: list[str] = Field(default_factory=list)
    institution_heads: list[str] = Field(default_factory=list)  # a body's nouns: their complement is no event ("court of appeal")
    institution_joins: list[str] = Field(default_factory=list)  # "of", "de", "d'" (fused: "d'appel")
    institution_articles: list[str] = Field(default_factory=list)  # "the", "la", "l'" (fused: "l'élection")
    # Reflexive clitics ("se", and "s'" fused to the next word): the verb after one, across the
    # auxiliary and adverbs of ``reflexive_gap`` ("s'est finalement imposé", "se sont affrontés"),
    # is read as its pronominal lemma ("s'imposer", a win; "imposer" alone is no win) when the
    # table names that lemma, as its plain verb otherwise.
    reflexive_clitics: list[str] = Field(default_factory=list)
    reflexive_gap: list[str] = Field(default_factory=list)
    examples: RuleExamples


# Words of a text: letters, with inner apostrophes and hyphens ("take-over" stays one word).
# Runs of letters joined by single marks, possessive: the same words as a letter-by-letter
# loop with a look-ahead after each mark, in a third less time.
_CONTEXT_REFINEMENTS = ("role_heads", "institution_heads", "institution_joins", "institution_articles")  # for TriggerContext
WORD = re.compile(r"[^\W\d_]++(?:['’-][^\W\d_]++)*+")


@dataclass(frozen=True)
class _Entry:
    """A word form of the table: its lemma and class; ``bare``: a form of a word that names an
    event only as a verb ("host", "hosts"), an event only after a verb marker; ``participle``:
    a past participle ("murdered", "stolen"), an event even where a noun stands ("the
    murdered woman")."""

    lemma: str
    event_class: str
    bare: bool
    participle: bool


@dataclass(frozen=True)
class EventWord:
    """An event word of a text; ``future``: a headline's "X to VERB" ("Microsoft to patch
    flaw"), the headline form of an announced event, read as expected, not as done."""

    start: int
    end: int
    lemma: str
    event_class: str
    future: bool = False


class Lexicon:
    """The compiled event classes of one language: word form -> (lemma, class)."""

    def __init__(self, rules: RulePack, language: str = "en"):
        self.language = language
        class_of: dict[str, str] = {}
        nouns: set[str] = set()
        verbs: set[str] = set()
        self_mostly_nouns: set[str] = set()
        irregular: dict[str, str] = {}
        phrasal: dict[str, str] = {}
        for table in (tables := [t for t in rules.get("event_lexicon", language) if t.language == language]):
            for name, members in table.classes.items():
                for lemma in members.verbs + members.nouns:
                    class_of.setdefault(lemma.lower(), name)
                nouns |= {n.lower() for n in members.nouns}
                verbs |= {v.lower() for v in members.verbs}
            self_mostly_nouns |= {w.lower() for w in table.mostly_nouns}
            irregular.update({k.lower(): v.lower() for k, v in table.irregular.items()})
            phrasal.update({k.lower(): v for k, v in table.phrasal.items()})
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
            phrasal.update({k.lower(): v for k, v in refinement.phrasal.items()})
            skip |= {w.lower() for w in refinement.not_events}
            reporting |= set(refinement.reporting)
        alias = {k: v for k, v in alias.items() if k != v}
        self.class_of = {lemma: self._resolve(name, alias) for lemma, name in class_of.items() if lemma not in skip}
        self.reporting = {self._resolve(name, alias) for name in reporting}
        # (verb lemma, particle) or (verb lemma, particle, preposition) -> class: the particle and
        # the preposition after it decide the sense ("broke out" erupts, "broke out of" escapes).
        # A lemma whose class is set by hand keeps it ("check into rehab" stays a check-in), and a
        # phrasal verb of saying never hides an event.
        self.phrasal = {tuple(key.split("_")): self._resolve(name, alias) for key, name in phrasal.items()
                        if name != "none" and key.split("_", 1)[0] not in class_of_refined}
        self.phrasal = {key: name for key, name in self.phrasal.items() if name not in self.reporting}
        self.skip = skip
        self.nouns = nouns
        self.verbs = verbs
        self.irregular = irregular
        # A hand-assigned class overrides the table's "mostly a noun", not the hand list of
        # verb_forms_only ("witness" is assigned a class and is an event only as a verb).
        self.mostly_nouns = (self_mostly_nouns - set(class_of_refined)) | {
            w.lower() for r in refinements for w in r.verb_forms_only}
        self.noun_markers = {w.lower() for r in refinements for w in r.noun_markers}
        # Longest ending first, so "ées" is tried before "é".
        self.participle_endings = sorted({(k.lower(), v.lower()) for r in refinements for k, v in r.participle_endings.items()},
                                         key=lambda kv: (-len(kv[0]), kv[0]))
        self.verb_markers = {w.lower() for r in refinements for w in r.verb_markers}
        self.infinitive_markers = {w.lower() for r in refinements for w in r.infinitive_markers}
        self.infinitive_prepositions = {w.lower() for r in refinements for w in r.infinitive_prepositions}
        self.adjective_endings = tuple(sorted({w.lower() for r in refinements for w in r.adjective_endings}))
        self.verb_forms_only = {w.lower() for r in refinements for w in r.verb_forms_only}
        self.gerund_endings = sorted({r.gerund_ending.lower() for r in refinements if r.gerund_ending})
        self.happening_nouns, self.refined = {w for t in tables for w in t.happening_nouns}, class_of_refined
        self.context = TriggerContext(*([w for t in tables for w in getattr(t, key)] for key in ("noun_heads", "idioms", "verb_idioms")),
                                      *([w for r in refinements for w in getattr(r, key)] for key in _CONTEXT_REFINEMENTS))
        self.reflexive_clitics = {w.lower() for r in refinements for w in r.reflexive_clitics}
        self.reflexive_gap = {w.lower() for r in refinements for w in r.reflexive_gap}
        self.participle_markers = {w.lower() for r in refinements for w in r.participle_markers}
        self.verb_positions = self.verb_markers | self.infinitive_markers | self.participle_markers
        self.bare_participles = {w.lower() for r in refinements for w in r.bare_participles}
        self.measures = {k.lower(): self._resolve(v, alias) for r in refinements for k, v in r.measures.items()}
        self.measure_changes = {w.lower() for r in refinements for w in r.measure_changes}
        self.happenings = {w.lower() for r in refinements for w in r.happenings}
        self.light_verbs = {w.lower() for r in refinements for w in r.light_verbs}
        self.object_markers = {w.lower() for r in refinements for w in r.object_markers}
        self.person_senses = {self._resolve(k, alias): self._resolve(v, alias) for r in refinements for k, v in r.person_senses.items()}
        self.senses: dict[str, list[tuple[Sense, str]]] = {}
        for refinement in refinements:
            for lemma, senses in refinement.senses.items():
                self.senses[lemma.lower()] = [(sense, self._resolve(sense.event_class, alias)) for sense in senses]
        self._cache: dict[str, _Entry | None] = {}
        self._lemmas: dict[str, str] = {}  # lemma() by form: the lemmatiser asked once each

    @staticmethod
    def _resolve(name: str, alias: dict[str, str]) -> str:
        seen = set()
        while name in alias and name not in seen:
            seen.add(name)
            name = alias[name]
        return name

    def lemma(self, word: str) -> str:
        """The lemma of one word (lower case), remembered per form (lexicon_context asks it often)."""
        if (known := self._lemmas.get(lowered := word.lower())) is None:
            lemma = simplemma.lemmatize(lowered, lang=self.language).lower()
            known = self._lemmas[lowered] = (self._gerund_verb(lowered) or lemma) if lemma not in self.class_of and self.gerund_endings else lemma
        return known

    def _gerund_verb(self, lowered: str) -> str | None:
        """The table's verb of a gerund the lemmatiser reads wrong: its stem as it is ("growing" ->
        "grow"), with a final e ("hiking" -> "hike") or less a doubled consonant ("stopping")."""
        for ending in self.gerund_endings:
            stem = lowered[: -len(ending)]
            if not lowered.endswith(ending) or len(stem) < 2:
                continue
            undoubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else None
            for verb in (stem, stem + "e", undoubled):
                if verb and verb in self.class_of and verb not in self.nouns:
                    return verb
        return None

    def word_lemma(self, word: str) -> str:
        """The lemma of one word as the event table reads it: the irregular forms and participles
        the lemmatiser keeps as they are ("broke" -> "break", "frappé" -> "frapper") included."""
        lowered = word.lower()
        entry = self._entry(lowered)
        if entry is not None:
            return entry.lemma
        lemma = self.lemma(lowered)
        if lemma == lowered:
            for ending, infinitive in self.participle_endings:
                verb = lowered[: -len(ending)] + infinitive
                if lowered.endswith(ending) and len(lowered) > len(ending) + 2 and simplemma.is_known(verb, lang=self.language):
                    return verb
        return lemma

    def is_past_form(self, word: str) -> bool:
        """Whether a word is a past form of a verb: an irregular one of the table ("paid", "struck")
        or a regular one ("killed"), as :meth:`_entry` reads participles."""
        lowered = word.lower()
        return lowered in self.irregular or (lowered.endswith("ed") and self.lemma(lowered) != lowered)

    def lookup(self, word: str) -> tuple[str, str] | None:
        """(lemma, event class) of a word form, or None when it names no event wherever it stands
        (a word that names an event only in verb position, "to host", is None here)."""
        entry = self._entry(word.lower())
        return None if entry is None or entry.bare else (entry.lemma, entry.event_class)

    def _entry(self, lowered: str) -> _Entry | None:
        """What a (lower-case) word form is in the table, cached per form."""
        if lowered in self._cache:
            return self._cache[lowered]
        found = None
        if lowered not in self.skip:
            lemma = self.lemma(lowered)
            # "the coach", "coaches", "men", "a release": a noun, unless a verb marker comes before
            # it; only a verb form ("manned", "coaching") or an irregular verb form is an event.
            bare = lemma in self.mostly_nouns and not (lowered.endswith(("ed", "ing")) or lowered in self.irregular)
            if lemma not in self.class_of and lowered in self.irregular:
                lemma, bare = self.irregular[lowered], False  # "won" -> "win", "broke" -> "break"
            if lemma in self.skip:
                pass
            elif lemma in self.class_of:
                # "murdered", "stolen", "slain"; not the irregular forms that are also other
                # words where a noun stands ("the left", "the hit").
                participle = lowered != lemma and (lowered.endswith("ed") or (
                    lowered.endswith("n") and self.irregular.get(lowered) == lemma))
                found = _Entry(lemma, self.class_of[lemma], bare, participle and not bare)
            elif not bare and lowered in self.class_of:
                found = _Entry(lowered, self.class_of[lowered], False, False)
            elif not bare:
                hit = self._participle(lowered)
                found = _Entry(hit[0], hit[1], False, True) if hit else None
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

    def event_words(self, text: str, start: int = 0, end: int | None = None, headline: bool = False) -> list[EventWord]:
        """Every word between ``start`` and ``end`` that names an event, in text order.

        Where a word stands decides for words that are events in one part of speech only: after
        a noun marker ("the", "its") only event nouns ("the shooting") and participles ("the
        murdered woman") count; a word that names an event only as a verb ("host", "return")
        counts bare only after a verb marker ("will host", "to return").

        ``headline``: the text is a headline, where "to" before the first event word stands
        for "is to" ("Microsoft to patch flaw", "Obama to host summit"): the word after it is
        a verb, and its event is announced, not done. After an event word or an inflected verb
        form ("Lohan returns to court") "to" is the preposition it is in a body sentence."""
        found = []
        previous = before_previous = ""
        words = list(WORD.finditer(text, start, len(text) if end is None else end))
        cache = self._cache  # read here for every word; _entry fills it for a new form
        verb_before = False  # an inflected form of a table word came before ("returns", "heads")
        reflexive = False  # a reflexive clitic stands before this word ("se", "s'est")
        in_idioms = self.context.idiom_words(words, self.word_lemma)  # "of course", "took care of"
        for index, m in enumerate(words):
            word = m.group()
            lowered = word.lower()
            pronominal = self._pronominal(lowered, reflexive) if self.reflexive_clitics else None
            reflexive = self._after_clitic(lowered, reflexive) if self.reflexive_clitics else False
            if pronominal is not None:
                lemma, event_class = pronominal
                if event_class is not None:
                    if lemma in self.senses:
                        following = words[index + 1].group().lower() if index + 1 < len(words) else ""
                        rest = text[m.end() : len(text) if end is None else end]
                        earlier = text[max(start, m.start() - SENSE_REACH) : m.start()]
                        event_class = next((name for sense, name in self.senses[lemma]
                                            if sense.holds(lowered, previous.lower(), following, None, rest, earlier)), event_class)
                    self._add(found, text, words, index, lemma, event_class, False)
                before_previous, previous = previous, word
                continue
            entry = cache[lowered] if lowered in cache else self._entry(lowered)
            if entry is None:  # no word of the table (most words): nothing else to read
                before_previous, previous = previous, word
                continue
            future = headline and not found and not verb_before and previous.lower() in self.infinitive_markers and index > 1 \
                and entry.lemma in self.verbs  # "Tara Reid heads to rehab": a noun is the goal
            verb_before = verb_before or lowered != entry.lemma
            if (future or self._stands_as_event(word, entry, previous.lower(), before_previous.lower())) \
                    and not (lowered == entry.lemma and self.context.modifies_a_role(words, index)) \
                    and index not in in_idioms and not (not future and modifies_a_noun(self, words, index, entry.lemma, previous)):
                event_class, construed = entry.event_class, False
                if entry.lemma in self.senses:
                    following = words[index + 1].group().lower() if index + 1 < len(words) else ""
                    before = previous.lower()
                    rest = text[m.end() : len(text) if end is None else end]
                    earlier = text[max(start, m.start() - SENSE_REACH) : m.start()]
                    held = next(((sense, name) for sense, name in self.senses[entry.lemma]
                                 if sense.holds(lowered, before, following, lambda: self.word_lemma(before), rest, earlier)), None)
                    if held is not None:
                        event_class, construed = held[1], held[0].conditional
                if self.phrasal and not construed:
                    # "passed away", "gunned down", "broke out of": the particle (and the preposition
                    # after it) right after the verb name the class, unless a sense read from the
                    # verb's object already did ("pulled eight miners out alive" is a rescue).
                    event_class = self._phrasal_class(words, index, entry.lemma, event_class)
                self._add(found, text, words, index, entry.lemma, event_class, future)
            before_previous, previous = previous, word
        return found

    def _phrasal_class(self, words: list[re.Match], index: int, lemma: str, event_class: str) -> str:
        """The class of the phrasal verb ``words[index]`` opens, one space per word: verb, particle
        and preposition first ("broke out of the jail"), then verb and particle ("broke out")."""
        following = []
        for at in range(index + 1, min(index + 3, len(words))):
            if words[at].start() != words[at - 1].end() + 1:
                break
            following.append(words[at].group().lower())
        if len(following) == 2 and (lemma, *following) in self.phrasal:
            return self.phrasal[(lemma, *following)]
        return self.phrasal.get((lemma, following[0]), event_class) if following else event_class

    def _add(self, found: list[EventWord], text: str, words: list[re.Match], index: int, lemma: str, event_class: str,
             future: bool) -> None:
        """Append the event word ``words[index]`` to ``found`` as the event it names in its
        sentence: none for a sense of no event; the statistic of the measure before a verb of
        change ("inflation slowed to 29.4%", the measure noun then making no claim of its own);
        the event of the event noun before a verb of happening ("the fire broke out", "le feu
        s'est déclaré", "the quake struck": one event, whichever word is read)."""
        if event_class == NO_EVENT:
            return
        m = words[index]
        measure = self._measure_before(text, words, index) if lemma in self.measure_changes else None
        if measure is not None:
            noun, (lemma, event_class) = measure
            found[:] = [f for f in found if f.start != noun.start()]
        elif lemma in self.happenings and found and not self._apart(text, words, found[-1], index):
            lemma, event_class = found[-1].lemma, found[-1].event_class
        elif found and found[-1].lemma in self.light_verbs and self._object_of(text, found[-1], m):
            found.pop()  # the light verb's claim is the noun's: its subject, time and mood are the clause's
        found.append(EventWord(m.start(), m.end(), lemma, event_class, future))

    def _object_of(self, text: str, verb: EventWord, noun: re.Match) -> bool:
        """Whether the event noun ``noun`` is the object of the light verb ``verb``: a
        determiner (``object_markers``) opens at most ``LIGHT_OBJECT_REACH`` words between
        them ("opened an investigation", "launched a major offensive", "a ouvert une enquête",
        "n'a pas ouvert d'enquête"); a bare noun is the verb's own phrase ("opened fire"), a
        farther one or one after a preposition another phrase ("opened in the storm")."""
        elided, _, bare = noun.group().replace("’", "'").rpartition("'")
        between = text[verb.end : noun.start()].replace("’", "'").replace("'", "' ").split() + ([elided] if elided else [])
        return not _CLAUSE_BREAK.search(text, verb.end, noun.start()) and 0 < len(between) <= LIGHT_OBJECT_REACH \
            and between[0].lower().rstrip("'") in self.object_markers and self.is_event_noun(bare)

    def _apart(self, text: str, words: list[re.Match], noun: EventWord, index: int) -> bool:
        """Whether an earlier event word cannot be the subject of ``words[index]``: no event
        noun ("attacked and struck"), too far from it (``MEASURE_REACH``, a clause mark), or
        the verb is its complement ("readiness to start", "the fire in the town started")."""
        between = text[noun.end : words[index].start()]
        return noun.end > words[index].start() or _CLAUSE_BREAK.search(between) is not None \
            or len(between.split()) >= MEASURE_REACH or not self.is_event_noun(text[noun.start : noun.end].split("'")[-1]) \
            or any(w.lower() in self.infinitive_markers or w.lower() in self.noun_markers for w in between.split())

    def _measure_before(self, text: str, words: list[re.Match], index: int) -> tuple[re.Match, tuple[str, str]] | None:
        """The measure noun a change verb reports on, with its (lemma, class): one of the
        ``MEASURE_REACH`` words before the verb, in its clause ("annual consumer inflation
        slowed", "L'inflation annuelle est retombée"), or None. A measure of two words is read
        whole ("chiffre d'affaires": revenue; "affaire" alone is no measure)."""
        for back in range(index - 1, max(-1, index - 1 - MEASURE_REACH), -1):
            noun = words[back]
            if _CLAUSE_BREAK.search(text, noun.end(), words[back + 1].start()):
                return None
            if back > 0:
                compound = f"{words[back - 1].group()} {noun.group()}".lower().replace("’", "'")
                if compound in self.measures:
                    return noun, (compound, self.measures[compound])
            lemma = self.lemma(noun.group())
            if lemma in self.measures:
                return noun, (lemma, self.measures[lemma])
        return None

    def _after_clitic(self, lowered: str, reflexive: bool) -> bool:
        """Whether the word after this one still follows a reflexive clitic: this word is one
        ("se", "s'est", "s'y") or sits in the gap after one ("est", "sont", "déjà")."""
        clitic, mark, rest = lowered.replace("’", "'").partition("'")
        if mark and clitic in self.reflexive_clitics:
            return rest in self.reflexive_gap
        return lowered in self.reflexive_clitics or (reflexive and lowered in self.reflexive_gap)

    def _pronominal(self, lowered: str, reflexive: bool) -> tuple[str, str | None] | None:
        """(pronominal lemma, class) of a verb after a reflexive clitic ("s'est imposé", "se
        rendre") or fused with one ("s'effondrer"), when the table names the pronominal verb;
        its class is None when the pronominal verb names no event ("se poursuivre", "se
        dérouler") whatever its plain verb does."""
        clitic, mark, rest = lowered.replace("’", "'").partition("'")
        if mark and clitic in self.reflexive_clitics and rest not in self.reflexive_gap:
            verb_form = rest
        elif reflexive and lowered not in self.reflexive_gap:
            verb_form = lowered
        else:
            return None
        # The lemmatiser's verb, else the infinitive of a participle it does not know (a verb
        # used only as a pronominal one: "évadés" -> "évader").
        verbs = [self.word_lemma(verb_form)] + [verb_form[: -len(ending)] + infinitive for ending, infinitive in self.participle_endings
                                                if verb_form.endswith(ending) and len(verb_form) > len(ending) + 2]
        for verb in verbs:
            for lemma in ("s'" + verb, "se " + verb):
                if lemma in self.skip:
                    return lemma, None
                if lemma in self.class_of:
                    return lemma, self.class_of[lemma]
        return None

    def says_between(self, text: str, start: int, end: int) -> bool:
        """Whether a verb of saying stands between ``start`` and ``end`` (a time and an event word
        after it): the time is then the statement's ("On Monday, the ministry said 12 people had
        died"). Speaking *with* someone is an event itself ("On Tuesday, Putin spoke with Goita")."""
        return end - start >= 4 and any(w.event_class in self.reporting and not _CONVERSING.match(text, w.end, end)
                                        for w in self.event_words(text, start, end))

    def _stands_as_event(self, word: str, entry: _Entry, previous: str, before_previous: str = "") -> bool:
        if entry.bare:
            return previous in self.verb_markers or (previous in self.infinitive_markers and entry.lemma in self.verb_forms_only) \
                or (previous in self.participle_markers and entry.lemma in self.bare_participles)
        lowered = word.lower()
        # A form of an event noun ("the arrest", "the injuries", "the rioting"), not a past
        # form of its verb, which is no noun ("the left" is no "leave", "a bit" no "bite").
        noun = entry.lemma in self.nouns and not (lowered.endswith("ed") or self.irregular.get(lowered) == entry.lemma)
        if noun or entry.participle or self.is_event_noun(word):
            return True
        if lowered == entry.lemma and previous in self.infinitive_prepositions and entry.lemma in self.verbs:
            return True  # "de relever": an infinitive
        return not (self.noun_position(previous) or (lowered == entry.lemma and self._after_a_modifier(previous, before_previous)))

    def _after_a_modifier(self, previous: str, before_previous: str) -> bool:
        """Whether an adjective stands between a noun marker and the word ("a furious crowd",
        "the official account"): the word's base form is then a noun, which names no event when
        only its verb does. Only adjectives by their ending: a noun there is mostly a subject
        ("watched his brother fall", "her family attend")."""
        return bool(self.adjective_endings) and before_previous in self.noun_markers and previous.islower() \
            and previous.endswith(self.adjective_endings)

    def is_event_noun(self, word: str) -> bool:
        """Whether a word form is itself an event noun of the table, as nominalised gerunds are
        ("the shooting", "two killings") even when their lemma ("shoot") names the event as a verb."""
        lowered = word.lower()
        return lowered in self.nouns or (lowered.endswith("s") and lowered[:-1] in self.nouns)

    def is_event_acronym(self, word: str) -> bool:
        """Whether a word in capitals is an acronym the hand table names as an event ("a DUI
        charge", "arrested for DWI"): an event word, not a name, wherever it stands."""
        return len(word) > 1 and word.isupper() and word.lower() in self.nouns and word.lower() in self.class_of

    def noun_position(self, previous: str) -> bool:
        """Whether the word after ``previous`` (lower case) is a noun ("the forces", "Mali's forces")."""
        return previous in self.noun_markers or previous.endswith(("'s", "’s"))


def lexicons(rules: RulePack) -> dict[str, Lexicon]:
    """One compiled lexicon per language that has an event table (English at least)."""
    languages = sorted({f.language for f in rules.get("event_lexicon") if f.language} | {"en"})
    return {language: Lexicon(rules, language) for language in languages}
