"""Definite descriptions of a person by office: "the captain", "le commandant", "the governor"
(and by nationality, "the Ukrainian": :mod:`.name_demonyms`).

After naming a person with a title or a role ("Captain Dimitrios Karagiannis", "Le commandant du
navire, Dimitris Karagiannis,", "South Kivu's governor, Dieudonne Bahati"), news goes on with the
office alone: "the captain was taken into custody", "le commandant a été placé en garde à vue",
"the governor said". Such a description is that person when the article named exactly one
person before it whose title or role holds the description's noun, or an office of the same
kind (``kind: offices``: "le commandant de bord" and "the captain" are one office); with two or
none, nobody. Only people named before count: a description in a lede before any name ("The
president said ...") is as often another holder of the office as the one named next (measured
on the blind sets: looking two sentences ahead joined wrong people). A description followed by a name is the name's title or apposition ("the captain,
Ines Carvalho"), no reference back.

The nouns are the one-word titles of the language (``kind: titles``) and the one-word forms of
the offices; the determiners those of the language's organisation descriptions.
"""

from __future__ import annotations

import re

from ..models import Sentence
from ..rules import RulePack
from .name_demonyms import DemonymReferences
from .name_document import Hit
from .name_rules import OfficeRules, fold_same_length

# Title words that are adjectives or abbreviations as often as offices ("the general public").
_NOT_HEADS = frozenset({"general", "generale", "chief", "head", "m.", "mme", "mlle", "me", "dr", "dr.", "pr", "mgr"})
# A name (or an apposition with one) right after the description.
_NAME_NEXT = re.compile(r"\s*,?\s*[A-ZÀ-ÖØ-Þ]")
_WORD = re.compile(r"[^\W\d_]+")


def _fold(word: str) -> str:
    return fold_same_length(word).lower()


class PersonReferences:
    """One language's office nouns and determiners, compiled once."""

    def __init__(self, rules: RulePack, language: str, titles: list[str]):
        self.office_of: dict[str, str] = {}
        for rule_file in rules.get("offices"):
            assert isinstance(rule_file, OfficeRules)
            for office in rule_file.offices:
                for form in office.forms:
                    if " " not in form:
                        self.office_of.setdefault(_fold(form), office.name)
        heads = {_fold(t) for t in titles if " " not in t and t.isalpha()} | set(self.office_of)
        heads = sorted((h for h in heads if len(h) > 3 and h not in _NOT_HEADS), key=lambda h: (-len(h), h))
        files = [f for f in rules.get("titles", language=language) if f.language == language and f.organizations]
        articles = sorted({a for f in files for a in f.organizations.articles if a not in ("du", "au")}, key=lambda a: (-len(a), a))
        self.description = re.compile(
            r"(?<![\w'’-])(?:" + "|".join(re.escape(a) for a in articles) + r")(?<=['’])?\s*"
            r"(?:(?P<adjective>[a-zà-öø-ÿ][\w-]*)\s+)?(?P<head>" + "|".join(re.escape(h) for h in heads) + r")(?![\w-])",
            re.IGNORECASE,
        ) if heads and articles else None
        self.demonyms = DemonymReferences(rules, language)

    def resolve(self, sentences: list[Sentence], pairs: list[tuple[Sentence, Hit]]) -> list[tuple[Sentence, Hit]]:
        """``pairs`` with the mentions of the descriptions that refer back to one person: by
        office ("the captain") and by nationality ("the Ukrainian", :mod:`.name_demonyms`)."""
        return self.demonyms.resolve(sentences, self._by_office(sentences, pairs))

    def _by_office(self, sentences: list[Sentence], pairs: list[tuple[Sentence, Hit]]) -> list[tuple[Sentence, Hit]]:
        if self.description is None:
            return pairs
        people = sorted(((s.index, h.start, h) for s, h in pairs if h.type == "person" and (h.title or h.role)),
                        key=lambda p: (p[0], p[1]))
        if not people:
            return pairs
        taken: dict[int, list[Hit]] = {}
        for sentence, hit in pairs:
            taken.setdefault(sentence.index, []).append(hit)
        offices = [(index, start, hit, self._offices(hit)) for index, start, hit in people]
        found = []
        for sentence in sentences:
            folded = fold_same_length(sentence.text)
            for m in self.description.finditer(folded):
                start, end = m.span("head")
                hits = taken.get(sentence.index, [])
                if _NAME_NEXT.match(sentence.text, end) or any(h.start < end and start < h.end for h in hits):
                    continue  # "the captain, Ines Carvalho", "Captain X": a title or an apposition
                if any(h.type == "person" and h.end <= m.start() and not sentence.text[h.end : m.start()].strip(" ,")
                       for h in hits):
                    continue  # "Paul Roux, l'avocat de la famille,": the person's role in apposition
                head = m.group("head").lower()
                wanted = {head, self.office_of.get(head, head)}
                # "the elected president", "the former governor": a qualifier the person's title
                # does not have makes another holder of the office.
                qualifier = m.group("adjective") and m.group("adjective").lower()
                holders = [(index, at, hit) for index, at, hit, said in offices
                           if said & wanted and (not qualifier or qualifier in said)]
                before = {hit.entity: hit for index, at, hit in holders if (index, at) < (sentence.index, start)}
                if len(before) == 1:
                    person = next(iter(before.values()))
                    found.append((sentence, Hit(start, end, "person", person.entity, person.canonical, person.country)))
        return pairs + found

    def _offices(self, hit: Hit) -> frozenset[str]:
        """The words of a person's title and role, and the offices they name."""
        words = {_fold(w) for phrase in (hit.title, hit.role) if phrase for w in _WORD.findall(phrase)}
        return frozenset(words | {self.office_of[w] for w in words if w in self.office_of})
