"""Named ships: "the tanker Sea Meridian", "le pétrolier Amoco Cadiz", "MV Gibe".

A ship is a participant of the stories about it (it runs aground, sinks, is boarded, spills its
cargo) and one across sources and languages, so that two sources' claims about the grounding of
the Sea Meridian are compared, and a background story about another ship (the Amoco Cadiz in
1978) stays apart. A ship's name is the capitalised run written right after a word that
designates ships (``vessel_words`` in rules/<lang>/titles.yaml: "tanker", "pétrolier", "MV");
once the article has named it so, every other mention of that name in the article is the ship
("The Sea Meridian did not refuse any assistance", "l'Amoco Cadiz"). A name that an apposition
calls a ship names one too ("the Stella Maris, a 29,000-tonne ferry operated by ...", "the Monte
Stello, another ferry of the company": ``vessel_apposition`` in the same rules). A ship is an
``organization`` mention (a thing that acts in the story, not a person, not a place) with the
role ``vessel``.

Named storms are read the same way, after the words for storms (``storm_words``: "Cyclone
Velona", "Hurricane Katrina", "la tempête Ciarán") and with the role ``storm``: the storm is a
participant that joins the reports of it (its landfall, its toll) and keeps them apart from an
older storm's ("Enawo in 2017").
"""

from __future__ import annotations

import re

from ..models import Sentence
from ..rules import RulePack
from .name_document import Hit
from .name_rules import entity_slug

# A ship's name: one to three capitalised words, joined by single spaces or hyphens, not a
# possessive and not followed by a figure (a model: "Boeing 737").
_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ -][A-ZÀ-ÖØ-Þ][\w'’-]*){0,2}"


def _words(words) -> str:
    """An alternation of words as written, a space standing for any white space."""
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=lambda w: (-len(w), w)))


def _apposition(files, ship_words: list[str]) -> re.Pattern | None:
    """The pattern of a ship's name followed by an apposition that calls it a ship (see
    ``VesselApposition`` in name_rules.py), or None when the language's rules give none."""
    rules = [f.vessel_apposition for f in files if f.vessel_apposition is not None]
    if not rules:
        return None
    nouns = {w for w in ship_words if w[:1].islower() and " " not in w} - {w for r in rules for w in r.not_ships}
    before = {w for r in rules for w in r.before}
    elided = [w for w in before if w[-1:] in "'’"]
    opening = "|".join([rf"(?:{_words(before - set(elided))})\s+"] + [re.escape(w[:-1]) + "['’]" for w in elided])
    closers = {w for r in rules for w in r.closers}
    closing = "|".join([rf"(?:{_words({w for w in closers if w[-1:] not in chr(39) + '’'})})(?![\w'’-])"]
                       + [re.escape(w[:-1]) + "['’]" for w in closers if w[-1:] in "'’"])
    return re.compile(
        rf"(?<![\w'’-])(?i:{opening})(?P<name>{_NAME}),\s+(?i:{_words({w for r in rules for w in r.after})})\s+"
        rf"(?:(?!(?i:{closing}))[\w'’.,-]+\s+){{0,3}}?(?i:{_words(nouns)})(?=\s*(?:[,.;:)]|$)|\s+(?i:{closing}))"
    )


class VesselNames:
    """One language's words for ships (or, with ``kind="storm"``, for storms), compiled once."""

    def __init__(self, rules: RulePack, language: str, not_names: frozenset[str], kind: str = "vessel"):
        files = [f for f in rules.get("titles", language=language) if f.language == language]
        self.role = kind
        words = sorted({w for f in files for w in getattr(f, f"{kind}_words")}, key=lambda w: (-len(w), w))
        # Abbreviations ("MV", "INS") as written; nouns also capitalised ("Tanker Sea Meridian").
        self.after_word = re.compile(
            r"(?<![\w'’-])(?:" + "|".join(f"[{re.escape(w[0].upper())}{re.escape(w[0])}]{re.escape(w[1:])}"
                                          if w[:1].islower() else re.escape(w) for w in words)
            + rf")\s+(?P<name>{_NAME})(?!['’]s\b)(?!\s*\d)"
        ) if words else None
        self.not_names = not_names
        # The abbreviations written before a ship's name ("INS", "MV"): no part of the name.
        self.designations = frozenset(w for w in words if w.isupper())
        self.apposition = _apposition(files, words) if kind == "vessel" else None

    def resolve(self, sentences: list[Sentence], pairs: list[tuple[Sentence, Hit]]) -> list[tuple[Sentence, Hit]]:
        """``pairs`` with every mention of the ships the article names; a mention found
        otherwise at the same words (a lone word read as a company) gives way to the ship."""
        if self.after_word is None:
            return pairs
        names: set[str] = set()
        designated: dict[int, list[tuple[int, int]]] = {}  # the word and the name, by sentence
        for sentence in sentences:
            if self.apposition is not None:
                names.update(m.group("name") for m in self.apposition.finditer(sentence.text)
                             if m.group("name").split()[0] not in self.not_names)
            for m in self.after_word.finditer(sentence.text):
                designated.setdefault(sentence.index, []).append(m.span())
                words = m.group("name").split()
                while words and words[0] in self.designations:
                    words.pop(0)  # "destroyer INS Mysore": the ship is the Mysore
                while words and words[-1] in self.not_names:
                    words.pop()
                if words and words[0] not in self.not_names:
                    names.add(" ".join(words))
        if not names:
            return pairs
        # After an elided article too ("l'Orvanne", "d'Orvanne"), not inside "O'Brien".
        mention = re.compile(r"(?<![\w-])(?<!\bO['’])(?:" + "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
                             + r")(?![\w-])")
        by_sentence: dict[int, list[Hit]] = {}
        for sentence, hit in pairs:
            by_sentence.setdefault(sentence.index, []).append(hit)
        replaced: set[int] = set()
        added = []
        for sentence in sentences:
            hits = by_sentence.get(sentence.index, [])
            for m in mention.finditer(sentence.text):
                start, end = m.span()
                overlapping = [h for h in hits if h.start < end and start < h.end]
                spans = designated.get(sentence.index, [])
                if any((h.start < start or h.end > end) and not any(a <= h.start and h.end <= b for a, b in spans)
                       for h in overlapping):
                    continue  # part of a longer name, not of "Cyclone Velona" read as one
                replaced.update(id(h) for h in overlapping)
                name = m.group()
                added.append((sentence, Hit(start, end, "organization", entity_slug(name), name, None, role=self.role)))
        return [(s, h) for s, h in pairs if id(h) not in replaced] + added
