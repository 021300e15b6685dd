"""Participants news describes instead of naming: "the officer", "the 34-year-old officer", "the
contract", "a 71-year-old woman", "le policier", "l'agent", "une évacuée de 71 ans".

Much of a story is told of people and things it never names: the officer who fired, the contract
that was awarded, the evacuee who died. Two sources that describe one of them by one head noun
(or by a noun and its translation) and tell one event of it can tell one occurrence; a head
noun is a weak participant though ("the officer" of one story is not the officer of the next):
``open_events`` weighs it only beside a shared specific date, an exact telling figure or a rare
name word, in two articles of one story, never alone.

A description is a determiner of the language, at most a few modifiers and a head noun that
can name a participant (rules/<language>/referents.yaml: English nouns from WordNet whose first
sense is a person, a made thing, a group, a document, a possession or a substance; French
nouns by their English translations). Only the descriptions nearest the event word are read,
in its clause: the two before it (its subject: "The contract, awarded in April") and the first
after it (its object: "charged the officer").
"""

from __future__ import annotations

import re

from pydantic import field_validator

from ..rules import RuleFile, RulePack, rule_kind

_MODIFIERS = 3  # words read after a determiner for its head noun ("the 34-year-old French officer")
_BEFORE = 2  # descriptions read before the event word
_AFTER = 1  # and after it
_AFTER_WORDS = 6  # within this many words after it
_NAME_WORDS = 4  # capitalised words read after a determiner for a thing's name ("the Stella Maris")
_NAME_GAP = 3  # function words at most between a thing's name and its event word ("The Stella Maris was built in")
_CLAUSE_END = re.compile(r"[;:()\[\]«»\"“”—–]|\s-\s")
_WORD = re.compile(r"[^\W_][\w'’-]*")
_ELISION = re.compile(r"['’]")
# Two articles whose name words are at least this alike (the cosine of ``Resemblance``, 0-1) tell
# one story: on the development sets, articles of one story 0.05-0.52 (most above 0.15), of two
# stories 0.00-0.04.
SAME_STORY = 0.1


@rule_kind("referent_nouns")
class ReferentNouns(RuleFile):
    """One language's nouns that can name a participant: English ones from WordNet (``nouns``;
    ``same_as``: a noun -> the word its first sense is filed under; ``plurals``: irregular
    plurals), another language's by their English translations (``translations``)."""

    determiners: list[str]
    stops: list[str] = []  # function words a description never reads past ("a plan TO cut", "la marche DE dimanche")
    measure_links: list[str] = []  # words between a head noun and the figure of its measure ("a contract WORTH 4.2 million")
    nouns: list[str] = []
    same_as: dict[str, str] = {}
    plurals: dict[str, str] = {}
    translations: dict[str, list[str]] = {}
    kinds: dict[str, list[str]] = {}  # a made thing's noun -> the nouns of its kind that may stand for it ("bridge" -> "structure")

    @field_validator("nouns", mode="before")
    @classmethod
    def _word_list(cls, value):
        """The nouns as a list, or one string of words separated by spaces."""
        return value.split() if isinstance(value, str) else value


class _Language:
    """One language's descriptions, compiled once: determiners, head noun -> concepts."""

    __slots__ = ("determiners", "ends", "concepts", "plurals", "head_first", "links")

    def __init__(self, determiners: set[str], stops: set[str], concepts: dict[str, frozenset[str]], plurals: dict[str, str],
                 head_first: bool, links: frozenset[str] = frozenset()):
        self.links = links  # words between a head noun and its measure's figure
        self.determiners = determiners
        self.ends = determiners | stops  # words a description never reads past
        self.concepts = concepts
        self.plurals = plurals
        self.head_first = head_first  # the head comes first ("la femme évacuée"); else last of a compound ("police officer")

    def noun(self, word: str) -> frozenset[str] | None:
        """The concepts of a word when it is a referent noun, singular or plural ("officers", "évacués")."""
        word = self.plurals.get(word, word)
        found = self.concepts.get(word)
        if found is None and len(word) > 3 and word[-1] in "sx":
            found = self.concepts.get(word[:-1])
            if found is None and word.endswith("es"):
                found = self.concepts.get(word[:-2])
            if found is None and word.endswith("ies"):
                found = self.concepts.get(word[:-3] + "y")
        return found

    def head(self, following: list[tuple[str, bool]]) -> frozenset[str] | None:
        """The concepts of the head noun among the (word, capitalised) after a determiner: the
        first referent noun (its last one when nouns follow each other and the head comes
        last: "police officer"); a capitalised word is a name, read past ("the Rennes
        prosecutor"); another determiner or a function word ends the phrase."""
        found = None
        for word, capital in following:
            if word in self.ends:
                break
            concepts = None if capital else self.noun(word)
            if concepts is None:
                if found is not None:
                    break
                continue
            found = concepts
            if self.head_first:
                break
        return found


class Referents:
    """Every language's referent nouns (rules/*/referents.yaml)."""

    def __init__(self, rules: RulePack):
        files = list(rules.get("referent_nouns"))
        english: dict[str, str] = {}
        for f in files:
            if not f.translations:
                english.update((noun, f.same_as.get(noun, noun)) for noun in f.nouns)
        self._kinds = {english.get(noun, noun): frozenset(english.get(k, k) for k in kinds)
                       for f in files for noun, kinds in f.kinds.items()}
        self.languages: dict[str, _Language] = {}
        for f in files:
            if f.translations:
                concepts = {word.lower(): frozenset(english.get(w, w) for w in targets) for word, targets in f.translations.items()}
                self.languages[f.language or "en"] = _Language(set(f.determiners), set(f.stops), concepts, {}, True,
                                                               frozenset(f.measure_links))
            else:
                concepts = {noun: frozenset((english[noun],)) for noun in f.nouns}
                self.languages[f.language or "en"] = _Language(set(f.determiners), set(f.stops), concepts, dict(f.plurals), False,
                                                               frozenset(f.measure_links))

    def table(self, language: str | None) -> _Language | None:
        """One language's descriptions (English for a language without its own)."""
        return self.languages.get(language or "en") or self.languages.get("en")

    def kinds(self, concepts: frozenset[str]) -> frozenset[str]:
        """The concepts that may stand for a thing of ``concepts`` ("structure" for "bridge")."""
        return frozenset(kind for concept in concepts for kind in self._kinds.get(concept, ()))

    def _trigger_in(self, claim, language: str | None):
        """(table, the claim's sentence, its event word's offset there), or None when the language
        has no table or the claim no event word inside its sentence: what ``opened``,
        ``described`` and ``named`` read from."""
        table = self.table(language)
        if table is None or claim.trigger is None:
            return None
        text, at = claim.text, claim.trigger.start - claim.start
        return (table, text, at) if 0 <= at <= len(text) else None

    def opened(self, claim, language: str | None) -> frozenset[str]:
        """The concepts of the description a claim's event word tells of when that word opens its
        sentence: the subject of a participle clause ("Built in 1968, the bridge ...",
        "Construit en 1971, selon les archives du département, le pont ..."), see ``_subject``."""
        located = self._trigger_in(claim, language)
        if located is None or _WORD.search(located[1], 0, located[2]):
            return frozenset()
        table, text, _ = located
        words = _subject(table, text, claim.trigger.end - claim.start)
        for i in range(len(words)):
            if _name_run(table, text, words, i)[0]:
                return frozenset()  # "Built in 2001 in a Genoa shipyard, the Stella Maris": a name (``named``)
            head = _head_at(table, words, i)
            if head is not None:
                return head
        return frozenset()

    def described(self, claim, language: str | None) -> frozenset[str]:
        """The concepts of the descriptions next to a claim's event word ("officer" for "The
        34-year-old officer had been the subject of a complaint"); none without an event word."""
        located = self._trigger_in(claim, language)
        if located is None:
            return frozenset()
        table, text, at = located
        clause_start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, at)), default=0)
        ends = _CLAUSE_END.search(text, claim.trigger.end - claim.start)
        words = [(m.start(), m.group()) for m in _WORD.finditer(text, clause_start, ends.start() if ends else len(text))]
        trigger_index = next((i for i, (start, _) in enumerate(words) if start >= at), len(words))
        before, after = [], []
        for i, (_, word) in enumerate(words):
            head = _head_at(table, words, i)
            if head is None:
                continue
            if i < trigger_index:
                before.append(head)
            elif i - trigger_index <= _AFTER_WORDS:
                after.append(head)
        return frozenset(concept for concepts in before[-_BEFORE:] + after[:_AFTER] for concept in concepts)

    def named(self, claim, language: str | None) -> frozenset[str]:
        """The words of a name a determiner opens next to a claim's event word, when the thing it
        names is told by its name instead of a noun: "The Stella Maris, built in 2004", "Construit
        en 2001 dans un chantier de Gênes, le Stella Maris ...", "l'Erika, construit en 1975" (lower
        case). Read where ``described`` and ``opened`` read a description: the subject of a
        participle clause opening the sentence, else the name ending at most ``_NAME_GAP`` function
        words before the event word in its clause ("The Louvre said it was found in 2024" tells
        nothing of the Louvre)."""
        located = self._trigger_in(claim, language)
        if located is None:
            return frozenset()
        table, text, at = located
        if not _WORD.search(text, 0, at):  # "Construit en 2001 ..., le Stella Maris": the participle clause's subject
            words = _subject(table, text, claim.trigger.end - claim.start)
            for i in range(len(words)):
                name, _ = _name_run(table, text, words, i)
                if name or _head_at(table, words, i) is not None:
                    return name
            return frozenset()
        clause_start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, at)), default=0)
        words = [(m.start(), m.group()) for m in _WORD.finditer(text, clause_start, at)]
        for i in range(len(words) - 1, -1, -1):
            name, last = _name_run(table, text, words, i)
            if name:
                between = [w.lower() for _, w in words[last + 1:]]
                return name if len(between) <= _NAME_GAP and all(w in table.ends for w in between) else frozenset()
        return frozenset()


def _subject(table: _Language, text: str, at: int) -> list[tuple[int, str]]:
    """The words from ``at`` (the end of a participle opening its sentence) where its subject may
    open: the first part between commas that a determiner opens after the participle's own
    ("Built in 2001 in a Genoa shipyard, THE CAPO ROSSO ...", "Construit en 1971, selon les
    archives, LE PONT ..."), else every word after the participle."""
    words = [(m.start(), m.group()) for m in _WORD.finditer(text, at)]
    for comma in re.finditer(",", text[at:]):
        following = [w for w in words if w[0] > at + comma.start()]
        if following and _ELISION.sub("'", following[0][1].lower()).partition("'")[0] in table.determiners:
            return following
    return words


def _head_at(table: _Language, words: list[tuple[int, str]], i: int) -> frozenset[str] | None:
    """The concepts of the description a determiner at ``words[i]`` opens ("the officer",
    "l'agent"); None when ``words[i]`` is no determiner or no referent noun follows it."""
    determiner, _, rest = _ELISION.sub("'", words[i][1].lower()).partition("'")
    if determiner not in table.determiners:
        return None
    following = [(rest, False)] if rest else []
    following += [(w.lower(), w[0].isupper()) for _, w in words[i + 1 : i + 1 + _MODIFIERS + 1]]
    return table.head(following)


def _name_run(table: _Language, text: str, words: list[tuple[int, str]], i: int) -> tuple[frozenset[str], int]:
    """The words (lower case) of the name a determiner at ``words[i]`` opens, and the index of its
    last word: capitalised words written one after the other ("the Stella Maris", "l'Erika"); none
    when a referent noun follows them, the name then being a modifier of a description ("the
    Saint-Nicolas bridge"), or when ``words[i]`` is no determiner."""
    determiner, _, rest = _ELISION.sub("'", words[i][1].lower()).partition("'")
    if determiner not in table.determiners:
        return frozenset(), i
    run = [words[i][1][len(determiner) + 1:]] if rest else []
    if run and not run[0][:1].isupper():
        return frozenset(), i
    last = i
    for j in range(i + 1, min(i + 1 + _NAME_WORDS, len(words))):
        between = text[words[j - 1][0] + len(words[j - 1][1]):words[j][0]]
        if between.strip() or not words[j][1][:1].isupper():
            break
        run.append(words[j][1])
        last = j
    if not run:
        return frozenset(), i
    after = last + 1
    if (after < len(words) and not text[words[last][0] + len(words[last][1]):words[after][0]].strip()
            and table.noun(words[after][1].lower()) is not None and not words[after][1][:1].isupper()):
        return frozenset(), i  # "the Saint-Nicolas bridge": a description, its name a modifier
    return frozenset(w.lower() for w in run), last


_READERS: list[tuple[tuple[int, ...], list, Referents]] = []  # by the rule files read, newest last


def referents_of(rules: RulePack) -> Referents:
    """The description reader of a rule pack, compiled once per set of rule files (a process's runs share it)."""
    files = list(rules.get("referent_nouns"))
    key = tuple(map(id, files))
    for kept, _, reader in _READERS:
        if kept == key:
            return reader
    reader = Referents(rules)
    _READERS.append((key, files, reader))
    del _READERS[:-2]
    return reader
