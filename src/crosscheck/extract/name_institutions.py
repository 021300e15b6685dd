"""Institutions and groups named by a common noun: "the Brest prosecutor's office", "le parquet de
Brest", "the coastguard", "la préfecture maritime", "the guards", "les gardiens".

News names many of the actors of a story by what they are rather than by a name: the office
that opens an investigation, the service that rescues a crew, the guards of a prison. Each is a
participant of the claims of its sentence, and one participant across sources and languages,
so that "an investigation opened by the Brest prosecutor's office on Sunday" and "le parquet de
Brest a ouvert lundi une enquête" are compared (and their two days found). The forms are data
(``kind: institutions``, rules/entities/institutions.yaml); an institution that serves a place
takes the place written with it:

- before the form: a place mention or a capitalised word after "the" ("the Brest prosecutor's
  office", "the Lyon public prosecutor"), or a possessive ("Lyon's public prosecutor");
- after it: "de", "du", "d'", "of" or "in" and a place or a capitalised word ("le parquet de
  Brest", "the prosecutor's office in Brest").

The mention spans the place too, and its entity is the institution of that place (the Brest and
the Lyon prosecutor's offices are two participants); its role is ``institution``: the words of
two languages for it are translations, not spellings of a name. A form written right before a
person's name is the person's title ("Prosecutor Jane Roe", "le procureur, Jean Roux,"), no
institution.
An institution that needs a place and has none is the one of its kind the article named with a
place before ("the prosecutor's office said"), else nobody.
"""

from __future__ import annotations

import re

from ..models import Sentence
from ..rules import RulePack
from .name_document import Hit
from .name_rules import InstitutionRules, entity_slug, fold_same_length

# What may stand between a form and the place after it.
_PLACE_LINK = re.compile(r"\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]|of\s+the\s+|of\s+|in\s+)")
# A capitalised name of one to three words (a place the gazetteer does not know: "Brest").
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ][\w’'-]*(?:[ -][A-ZÀ-ÖØ-Þ][\w’'-]*){0,2}")
# A capitalised word right before a form, after "the" or a sentence start: "the Brest prosecutor".
_CAPITAL_BEFORE = re.compile(r"(?:^|(?<=\s))(?:[Tt]he\s+)(?P<place>[A-ZÀ-ÖØ-Þ][\w’'-]*)\s+$")
# A possessive place right before a form: "Lyon's public prosecutor".
_POSSESSIVE_BEFORE = re.compile(r"(?P<place>[A-ZÀ-ÖØ-Þ][\w’'-]*)['’]s\s+$")
# A person's name (or its apposition) right after a form: the form is the person's title.
_NAME_AFTER = re.compile(r"\s*,?\s*(?:[A-ZÀ-ÖØ-Þ]\w*\.?\s+)*[A-ZÀ-ÖØ-Þ][\w’'-]+")


class InstitutionNames:
    """The institutions of the rules, compiled once into one case-insensitive alternation."""

    def __init__(self, rules: RulePack, not_names: frozenset[str], title_words: frozenset[str]):
        self.by_form: dict[str, tuple[str, bool, bool]] = {}
        for rule_file in rules.get("institutions"):
            assert isinstance(rule_file, InstitutionRules)
            for institution in rule_file.institutions:
                for form in institution.forms:
                    key = fold_same_length(" ".join(form.split())).lower()
                    self.by_form.setdefault(key, (institution.name, institution.placed, institution.needs_place))
        forms = sorted(self.by_form, key=lambda f: (-len(f), f))
        self.pattern = re.compile(
            r"(?<![\w'’-])(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms) + r")(?![\w-])",
            re.IGNORECASE,
        ) if forms else None
        self.not_names = not_names
        self.title_words = title_words

    def resolve(self, sentences: list[Sentence], pairs: list[tuple[Sentence, Hit]]) -> list[tuple[Sentence, Hit]]:
        """``pairs`` with the mentions of institutions added (in reading order); a place mention
        inside an institution's mention is part of its name and leaves the list."""
        if self.pattern is None:
            return pairs
        by_sentence: dict[int, list[Hit]] = {}
        for sentence, hit in pairs:
            by_sentence.setdefault(sentence.index, []).append(hit)
        placed_before: dict[str, Hit] = {}  # an institution's last mention with a place, by name
        added: list[tuple[Sentence, Hit]] = []
        inside: set[int] = set()
        for sentence in sentences:
            text = sentence.text
            hits = by_sentence.get(sentence.index, [])
            folded = fold_same_length(text)
            for m in self.pattern.finditer(folded):
                start, end = m.span()
                if any(h.start < end and start < h.end for h in hits if h.type != "place"):
                    continue  # inside a name ("Port Authority of Jamaica" is found as a name)
                if _NAME_AFTER.match(text, end) and self._names_person(text, end, hits):
                    continue  # "Prosecutor Jane Roe", "le procureur, Jean Roux,": a title
                name, placed, needs_place = self.by_form[" ".join(m.group().lower().split())]
                place = self._place(text, start, end, hits) if placed else None
                if place is not None and place[1] > end and _NAME_AFTER.match(text, place[1]) \
                        and self._names_person(text, place[1], hits):
                    continue  # "le procureur de Brest, Camille Roux,": a title with its place
                if place is not None:
                    span_start, span_end, place_name, place_hit = place
                    if place_hit is not None:
                        inside.add(id(place_hit))
                    canonical = f"{place_name} {name}"
                    hit = Hit(span_start, span_end, "organization", entity_slug(canonical), canonical, None, role="institution")
                    placed_before[name] = hit
                elif needs_place:
                    earlier = placed_before.get(name)
                    if earlier is None:
                        continue
                    hit = Hit(start, end, "organization", earlier.entity, earlier.canonical, None, role="institution")
                else:
                    hit = Hit(start, end, "organization", entity_slug(name), name, None, role="institution")
                added.append((sentence, hit))
        if not added:
            return pairs
        kept = [(s, h) for s, h in pairs if id(h) not in inside]
        return kept + added

    def _names_person(self, text: str, end: int, hits: list[Hit]) -> bool:
        """Whether a person's name (a person mention, or a capitalised word that is no place)
        follows the form, alone or after a comma."""
        after = _NAME_AFTER.match(text, end)
        first = text[end:after.end()].lstrip(" ,")
        if any(h.type == "person" and end <= h.start < after.end() + 1 for h in hits):
            return True
        if any(h.type == "place" and h.start >= end and text[end:h.start].strip(" ,") == "" for h in hits):
            return False  # "le préfet maritime Atlantique"? a place, not a name
        return bool(first) and first.split()[0] not in self.not_names

    def _place(self, text: str, start: int, end: int, hits: list[Hit]) -> tuple[int, int, str, Hit | None] | None:
        """The place written with the form at ``start:end``: the mention's span, the place's
        name and its place mention (None for a capitalised word the gazetteer does not know)."""
        link = _PLACE_LINK.match(text, end)
        if link is not None:
            at = link.end()
            place = next((h for h in hits if h.type == "place" and h.start == at and not h.adjective), None)
            if place is not None:
                return start, place.end, place.canonical, place
            word = _CAPITALISED.match(text, at)
            if word is not None and word.group().split()[0] not in self.not_names:
                return start, word.end(), word.group(), None
        before = text[max(0, start - 60) : start]
        offset = start - len(before)
        place = next((h for h in hits if h.type == "place" and not h.adjective and h.end <= start
                      and text[h.end : start] in (" ", "'s ", "’s ")), None)
        if place is not None:
            return place.start, end, place.canonical, place
        for pattern in (_CAPITAL_BEFORE, _POSSESSIVE_BEFORE):
            found = pattern.search(before)
            if found is not None:
                word = found.group("place")
                if word not in self.not_names and word.lower() not in self.title_words:
                    return offset + found.start("place"), end, word, None
        return None
