"""Single-word names without a cue in their own sentence: "Microsoft has released a patch",
"Apple unveiled", "shares of Intel".

Companies, brands, bands and many organisations are written as one capitalised word, with no
title and often nothing in the sentence that says what they are. One capitalised word is a name
when it is not where a sentence starts (capitals forced there), the article never writes it in
lower case, it is no word of sentences, months, titles, organisations' or places' generic words
(``not_names``, ``organization_words``, ``place_words``, ``lone_common_words`` in the titles
rules), no known place nor the plural of a known place's adjective ("Malians"), and the article
gives evidence for it:

- a cue of ``lone_name_cues`` at one of its mentions: an organisation cue ("chipmaker X",
  "shares of X", "X's chief executive", "X spokesman") or the subject of a verb of news
  ("X said", "X has released", "X unveiled");
- or its use alone inside sentences at least :data:`RECURRENCE` times.

It stays no organisation when the article shows it is something else: a ship, written after a
word of ``vessel_words`` somewhere in the article ("INS Mysore", "the frigate Tabar") or before a
ship noun ("Indian Naval ship"); or a person named in part, the first or last word of a run with
the shape of a person's name that the article writes ("Kathina" beside "Kathina Thomas",
"Adgate" beside "Bill Adgate"), unless an organisation cue says otherwise.

Such a word is an organisation: news introduces a person by the full name (then the surname is
that person's, settled before this, in :mod:`crosscheck.extract.name_document`), so a lone
word that is nobody's name part in the article names a company, a group or a brand far more
often than a person. A person only ever written by surname in one article gets the person of
that surname from the run (:mod:`crosscheck.normalise.surnames`). Once accepted, every mention
of the word written alone in the article is a mention, also where a sentence starts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import simplemma

from ..models import Sentence
from ..rules import RulePack
from .name_cues import LowerWords, Word
from .name_document import Hit, SentenceNames
from .name_rules import entity_slug

# Mentions alone inside sentences, with no cue, that make a capitalised word a name: a word
# an article writes three times in the middle of its sentences is what the article is about.
RECURRENCE = 3
# How much text around a mention the cues read.
_BEFORE_REACH, _AFTER_REACH = 60, 90
# A capitalised word (and "of") right before, or "of" and a capitalised word right after: the
# word is one piece of a longer name ("Boston Herald", "Board of Supervisors", "Defenders of
# Wildlife") that a gazetteer hit or a lower-case word cut apart.
_CAPITAL_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_a-z][\w'’-]*)\s(?:of\s)?$")
# A capitalised word and "and" right before: a longer name's last word when the word is one of
# the dictionary ("Arts and Sciences", "Disease Control and Prevention").
_CAPITAL_AND_BEFORE = re.compile(r"(?<![\w'’-])[^\W\d_a-z][\w'’-]*\s(?:and|&)\s$")
_OF_CAPITAL_AFTER = re.compile(r"^\s(?:of|de|du|des)\s[^\W\d_a-z]")
# A number right before: the word is a unit or a thing counted ("2.3GHz", "46 KOs").
_NUMBER_BEFORE = re.compile(r"\d[\d,.]*\s?$")
# The plural of an acronym ("ISPs", "MPs"): a common noun.
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
# An apostrophe inside a name is followed by a capital ("O'Neill", "D'Souza").
_APOSTROPHE_NAME = re.compile(r"[^\W\d_]+['’][^\W\d_a-z][^\W\d_]*")


@dataclass
class LoneWord:
    """One capitalised word written alone in a sentence, with no cue that made it a name."""

    start: int
    end: int
    word: str
    initial: bool  # where a sentence starts, where capitals are forced
    evidence: frozenset[str]  # what the cues written at it say: organization, subject, person, place


class LoneNames:
    """The lone-name cues and excluded words of one language, compiled once."""

    def __init__(self, rules: RulePack, language: str, excluded: frozenset[str], name_words: frozenset[str],
                 known: Callable[[str], bool]):
        files = [f for f in rules.get("titles", language=language) if f.language == language]
        self.language = language
        cues = [c for f in files for c in f.lone_name_cues]
        # A language without cues of its own finds no lone names: German writes every noun with
        # a capital, and the English cues would read its nouns as names.
        self.active = bool(cues)
        self.before = [c for c in cues if c.before is not None]
        self.after = [c for c in cues if c.after is not None]
        self.excluded = excluded | frozenset(w for f in files for w in f.lone_common_words)
        # Words that begin or end longer names: a lone word right after one is a piece of that name.
        self.heads = frozenset(w for f in files for w in f.lone_name_heads) | name_words
        self.known = known  # whether a word is a form of the gazetteer
        # A ship's name after a word that designates ships ("INS Mysore", "the vessel Gibe"): the
        # words are matched as written, a word in lower case also with a capital ("Naval Ship X").
        vessel_words = sorted({w for f in files for w in f.vessel_words}, key=lambda w: (-len(w), w))
        self.vessel = re.compile(
            r"(?<![\w'’-])(?:" + "|".join(f"[{re.escape(w[0].upper())}{re.escape(w[0])}]{re.escape(w[1:])}"
                                          if w[:1].islower() else re.escape(w) for w in vessel_words)
            + r")\s+(?:the\s+)?(?=([^\W\d_a-z][\w'’-]*))"  # a lookahead: "destroyer INS Mysore" reads on at "INS"
        ) if vessel_words else None
        self._dictionary: dict[str, bool] = {}

    def organization_before(self, before: str) -> bool:
        """Whether a cue of an organisation ends ``before`` ("logistics company ", "le groupe de
        transport ", "l'espagnol "): the name written next is a company's, of one word or more."""
        tail = before[-_BEFORE_REACH:]
        return any(c.evidence == "organization" and c.compiled.search(tail) for c in self.before)

    def note(self, names: SentenceNames, text: str, word: Word, opening: int, lower_words: LowerWords) -> None:
        """Keep ``word`` (a run of one word that nothing else made a name, in a sentence whose
        first word starts at ``opening``) with what the cues written at it say."""
        initial = word.start <= opening
        written = word.text
        if not self.active or not self._eligible(written, lower_words):
            return
        before = text[max(0, word.start - _BEFORE_REACH) : word.start]
        after = text[word.end : word.end + _AFTER_REACH]
        if _NUMBER_BEFORE.search(before) or self._fragment(written, before, after, word.start - len(before), opening):
            return
        if initial and self.dictionary_word(written):
            evidence: frozenset[str] = frozenset()  # "Witnesses told", "Various reports": capitalised at the start
        else:
            evidence = frozenset({c.evidence for c in self.after if c.compiled.match(after)}
                                 | {c.evidence for c in self.before if c.compiled.search(before)})
        if word.possessive:
            evidence -= {"place"}
        names.lone.append(LoneWord(word.start, word.end, written, initial, evidence))

    def _fragment(self, word: str, before: str, after: str, offset: int, opening: int) -> bool:
        """Whether ``word`` is one piece of a longer name: "of" and a capital right after it; a
        word that begins names, or an organisation's or a place's word, right before it ("South
        Dakota", "Bureau of Prisons"); a capitalised word right before
        it that is no sentence word (also where the sentence starts, unless the language's
        dictionary knows it: "France Telecom", not "Shares of Intel"; but "Bureau of Prisons");
        a capital and "and" before a word of the dictionary ("Arts and Sciences")."""
        if _OF_CAPITAL_AFTER.match(after):
            return True
        match = _CAPITAL_BEFORE.search(before)
        if match is None:
            return _CAPITAL_AND_BEFORE.search(before) is not None and self.dictionary_word(word)
        head = match.group(1)
        if head in self.heads:
            return True
        if head in self.excluded:
            return False
        return (offset + match.start() > opening or not self.dictionary_word(head)
                or match.group().endswith("of ") and self.dictionary_word(word))

    def dictionary_word(self, word: str) -> bool:
        """Whether the language's dictionary knows ``word`` as a common word (its lemma in lower
        case): "Witnesses", "Various", "House"; not "Microsoft", "Tampa" (proper nouns keep their
        capital in the dictionary)."""
        known = self._dictionary.get(word)
        if known is None:
            lowered = word.lower()
            known = simplemma.is_known(lowered, lang=self.language) and simplemma.lemmatize(lowered, lang=self.language).islower()
            if len(self._dictionary) < 50_000:
                self._dictionary[word] = known
        return known

    def plural_noun(self, word: str) -> bool:
        """Whether ``word`` is the plural of a common word of the dictionary ("Élections",
        "Workers", "Services"): a plural names no person, so it opens no person's name."""
        lowered = word.lower()
        return (lowered.endswith(("s", "x")) and self.dictionary_word(word)
                and simplemma.lemmatize(lowered, lang=self.language) != lowered)

    def _eligible(self, word: str, lower_words: LowerWords) -> bool:
        """A word that may be a name by itself: letters (an apostrophe before a capital inside:
        "O'Neill", not "I've"), a capital and then lower case, no excluded word, no known place
        nor its adjective's plural, never written in lower case by the article."""
        if len(word) < 2 or not word[:1].isupper() or word.isupper() or "-" in word or _ACRONYM_PLURAL.fullmatch(word):
            return False
        if not word.isalpha() and not _APOSTROPHE_NAME.fullmatch(word):
            return False
        if word in self.excluded or word.lower() in self.excluded:
            return False
        if word.endswith("s") and (self.known(word[:-1]) or word[:-1] in self.excluded):
            return False  # "Malians", "Democrats"
        return word.lower() not in lower_words

    def resolve(self, sentences: list[Sentence], found: list[SentenceNames],
                pairs: list[tuple[Sentence, Hit]]) -> list[tuple[Sentence, Hit]]:
        """The organisations among the document's lone words, one mention per written place."""
        if not any(names.lone for names in found):
            return []
        counts: dict[str, dict[str, int]] = {}
        for names in found:
            for lone in names.lone:
                tally = counts.setdefault(lone.word, {})
                for kind in lone.evidence:
                    tally[kind] = tally.get(kind, 0) + 1
                if not lone.initial:
                    tally["inside"] = tally.get("inside", 0) + 1
        accepted = {word for word, tally in counts.items() if self._organization(word, tally)}
        if accepted:
            accepted -= self._other_things(sentences, found, accepted, counts)
        if not accepted:
            return []
        # A word of a person's name, or the whole of another mention, is no organisation here.
        for sentence, hit in pairs:
            written = sentence.text[hit.start : hit.end]
            if hit.type == "person":
                accepted.difference_update(written.split())
            else:
                accepted.discard(written)
        spans: dict[int, list[tuple[int, int]]] = {}
        for sentence, hit in pairs:
            spans.setdefault(sentence.index, []).append((hit.start, hit.end))
        out = []
        for sentence, names in zip(sentences, found):
            taken = spans.get(sentence.index, [])
            for lone in names.lone:
                if lone.word in accepted and not any(a < lone.end and lone.start < b for a, b in taken):
                    out.append((sentence, Hit(lone.start, lone.end, "organization", entity_slug(lone.word), lone.word, None)))
        return out

    def _other_things(self, sentences: list[Sentence], found: list[SentenceNames], accepted: set[str],
                      counts: dict[str, dict[str, int]]) -> set[str]:
        """The accepted words the article shows to be no organisation: ships ("INS Mysore" anywhere
        in it), and, without an organisation cue, the first or last word of a body run with the
        shape of a person's name ("Kathina Thomas", "Bill Adgate") that made no name by itself."""
        others = set()
        if self.vessel is not None:
            for sentence in sentences:
                others.update(m.group(1) for m in self.vessel.finditer(sentence.text) if m.group(1) in accepted)
        for sentence, names in zip(sentences, found):
            if sentence.zone == "headline":
                continue  # every word of a headline is capitalised: its pairs of words are no people's names
            for candidate in names.candidates:
                for word in (candidate.words[0], candidate.words[-1]):
                    if word in accepted and not counts[word].get("organization"):
                        others.add(word)
        return others

    def _organization(self, word: str, tally: dict[str, int]) -> bool:
        """Whether the article's evidence makes ``word`` an organisation: no word of a ship's
        designation at any mention ("Indian Naval ship"); a cue of one at any mention; else, when no mention is a speaker quoted like a person, being the subject of
        news more often than a place ("in Biloxi", "governor of Qeshm"); else, for a word the
        dictionary does not know, its use alone inside sentences :data:`RECURRENCE` times."""
        if tally.get("vessel"):
            return False
        if tally.get("organization"):
            return True
        if tally.get("person"):
            return False
        places = tally.get("place", 0)
        if tally.get("subject", 0) > places:
            return True
        return not places and tally.get("inside", 0) >= RECURRENCE and not self.dictionary_word(word)
