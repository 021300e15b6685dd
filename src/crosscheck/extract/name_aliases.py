"""Other names the article gives a person or an organisation, linked to the one they name.

- a nickname between the given name and the surname (Vincent "The Chin" Gigante, Kimani (Kiki)
  Gray): one person, named without the nickname, so that "Vincent Gigante" elsewhere is the same
  name; the nickname is an alias of that person;
- an alias declared right after a name: "Lindsay Lohan, also known as LiLo", "Gigante, dubbed
  'the Oddfather'", « Jean Dupont, surnommé « le Grand » »: the marker words
  are ``alias_markers`` (written after the name, with or without a comma: "aka", "also known as")
  and ``alias_appositions`` (only after a comma or an opening bracket, where the word is no verb:
  "Lohan, dubbed ..." but not "Lohan dubbed the film a flop") in the titles rules;
- a blend of the start of a person's given name and the start of the surname (LiLo for Lindsay
  Lohan, A-Rod for Alex Rodriguez, J.Lo for Jennifer Lopez), when one person of the article fits.

Every later use of an alias in the article (quoted or not, also in the headline) is a mention of
the entity it names. An alias that starts with a lower-case word is never read ("dubbed 'the
ghost'"): it would match common words everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..models import Sentence
from ..rules import RulePack
from .name_cues import LowerWords
from .name_document import Hit, SentenceNames, find_forms
from .name_rules import entity_slug

# A nickname between a given name and a surname: Vincent "The Chin" Gigante, Kimani (Kiki) Gray.
NICKNAME_QUOTES = re.compile(r"[\"“'‘(]")
_NICKNAMED = re.compile(
    r"(?<![\w'’-])(?P<given>[A-Z][\w'’-]+) (?:\"[^\"\n]{2,25}\"|“[^”\n]{2,25}”|'[^'\n]{2,25}'|‘[^’\n]{2,25}’|\([^()\n]{2,25}\))"
    r" (?P<surname>[A-Z][\w'’-]+)(?![\w-])"
)
_NICKNAME_SHAPE = re.compile(r"(?:[Tt]he )?[A-Z]")
# The alias itself: in quotes, or a run of one to four capitalised words; an article before it
# ("dubbed the Teflon Don") stays in the written form.
_QUOTED_ALIAS = r"[\"“‘'«]\s*(?P<quoted>(?:[Tt]he |[Ll]e |[Ll]a )?[^\W\d_a-z][^\"”’'»\n]{1,38}?)\s*[\"”’'»]"
_RUN_ALIAS = r"(?P<the>[Tt]he\s+)?(?P<run>[^\W\d_a-z][\w'’-]*(?:\s[^\W\d_a-z][\w'’-]*){0,3})"
# A blend: the start of a given name and the start of a surname, joined by a hyphen or a full
# stop, or written together with a capital in the middle ("LiLo", "A-Rod", "J.Lo").
_BLEND = re.compile(r"(?<![\w'’.-])(?P<first>[A-Z][a-z]{0,3})(?P<joint>[-.]?)(?P<second>[A-Z][a-z]{1,6})(?![\w-]|\.\w)")
# Articles an alias may be written with, each in both cases ("The Chin", "the Chin").
_ARTICLES = (("The ", "the "), ("Le ", "le "), ("La ", "la "))


def nicknamed(text: str, hits: list[Hit], lower_words: LowerWords, name_word: Callable[[str], bool],
              title_first_words: frozenset[str], aliases: list[tuple[str, Hit]]) -> list[Hit]:
    """A nickname in quotes or brackets between a given name and a surname (Vincent "The
    Chin" Gigante, Kimani (Kiki) Gray): one person, named without the nickname, so that
    "Vincent Gigante" elsewhere is the same name; the nickname goes to ``aliases``. Names the
    gazetteer found inside give way; words the article writes in lower case make no name ("Ross
    'Catching Fire' Negotiations")."""
    for match in _NICKNAMED.finditer(text):
        given, surname = match.group("given"), match.group("surname")
        nickname = text[match.end("given") + 2 : match.start("surname") - 2]
        if (not (name_word(given) and name_word(surname)) or given.lower() in title_first_words
                or not _NICKNAME_SHAPE.match(nickname) or surname.lower() in lower_words or given.lower() in lower_words):
            continue
        start, end = match.start(), match.end()
        hits = [h for h in hits if h.end <= start or h.start >= end]
        name = f"{given} {surname}"
        hit = Hit(start, end, "person", entity_slug(name), name, None)
        hits.append(hit)
        aliases.append((nickname.strip(), hit))
    return hits


def _phrases(words: list[str]) -> str:
    """An alternation of phrases, longest first, with any run of spaces between their words."""
    return "|".join(r"\s+".join(re.escape(w) for w in phrase.split()) for phrase in sorted(set(words), key=lambda p: (-len(p), p)))


class AliasReader:
    """The alias markers of one language, compiled once."""

    def __init__(self, rules: RulePack, language: str, not_names: frozenset[str]):
        files = [f for f in rules.get("titles", language=language) if f.language == language]
        markers = [w for f in files for w in f.alias_markers]
        appositions = [w for f in files for w in f.alias_appositions]
        self.not_names = not_names
        self.declared = None
        if markers or appositions:
            said = "|".join(p for p in (_phrases(markers), _phrases(appositions)) if p)
            # Not a quoted name in brackets alone: after a person that is a work ('Simon Beaufoy
            # ("Slumdog Millionaire")'), no other name of the person.
            after_name = [rf"(?:\s*,\s*\d{{1,3}})?\s*[,(]\s*(?i:{said})\s+"]
            if markers:
                after_name.append(rf"\s+(?i:{_phrases(markers)})\s+")
            self.declared = re.compile(rf"(?:{'|'.join(after_name)})(?:{_QUOTED_ALIAS}|{_RUN_ALIAS})")

    def resolve(self, sentences: list[Sentence], found: list[SentenceNames],
                pairs: list[tuple[Sentence, Hit]]) -> list[tuple[Sentence, Hit]]:
        """The mentions of the aliases the article declares or blends; a name found on its own
        that is one of them takes the entity it names."""
        owners: dict[str, Hit | None] = {}
        for names in found:
            for alias, hit in names.aliases:
                self._own(owners, self._forms(alias), hit)
        if self.declared is not None:
            for sentence, hit in pairs:
                if hit.type in ("person", "organization") and not hit.adjective and hit.role != "credit":
                    match = self.declared.match(sentence.text, hit.end)
                    if match is not None:
                        alias = match.group("quoted") or match.group("run")
                        self._own(owners, self._forms((match.group("the") or "") + alias), hit)
        self._blends(sentences, pairs, owners)
        named = {form: hit for form, hit in owners.items() if hit is not None}
        if not named:
            return []
        for sentence, hit in pairs:  # "LiLo" found as a name of its own: the person it names
            owner = named.get(sentence.text[hit.start : hit.end])
            if owner is None:  # "The Teflon Don died": the alias is written with its article
                article = next((a for pair in _ARTICLES for a in pair if sentence.text.endswith(a, 0, hit.start)), None)
                owner = named.get(article + sentence.text[hit.start : hit.end]) if article else None
                if owner is not None:
                    hit.start -= len(article)
            if owner is not None and hit.entity != owner.entity:
                hit.type, hit.entity, hit.canonical, hit.country = owner.type, owner.entity, owner.canonical, owner.country
        covered: dict[int, list[tuple[int, int]]] = {}
        for sentence, hit in pairs:
            covered.setdefault(sentence.index, []).append((hit.start, hit.end))
        ordered = sorted(named, key=lambda f: (-len(f), f))
        extra = []
        for sentence in sentences:
            spans = covered.get(sentence.index, [])
            for start, end, form in find_forms(sentence.text, ordered):
                if not any(a < end and start < b for a, b in spans):
                    owner = named[form]
                    extra.append((sentence, Hit(start, end, owner.type, owner.entity, owner.canonical, owner.country)))
        return extra

    def _forms(self, alias: str) -> list[str]:
        """The written forms of an alias: as written, with its article in either case ("The Chin",
        "the Chin"); none for an alias that is a sentence word or no name-shaped word, nor for a
        code with digits ("the update, dubbed MS08-078", "Operation X-2024"): a number names no
        person and no organisation."""
        alias = " ".join(alias.split()).rstrip(".,;:")
        if any(character.isdigit() for character in alias):
            return []
        for pair in _ARTICLES:
            for article in pair:
                if alias.startswith(article):
                    rest = alias[len(article) :]
                    return [a + rest for a in pair] if rest[:1].isupper() and len(rest) > 1 else []
        if len(alias) < 2 or not alias[:1].isupper() or alias in self.not_names:
            return []
        return [alias]

    @staticmethod
    def _own(owners: dict[str, Hit | None], forms: list[str], hit: Hit) -> None:
        """Give each form to ``hit``'s entity; a form two entities claim names neither (None)."""
        for form in forms:
            if form in owners and (owners[form] is None or owners[form].entity != hit.entity):
                owners[form] = None
            else:
                owners[form] = hit

    def _blends(self, sentences: list[Sentence], pairs: list[tuple[Sentence, Hit]], owners: dict[str, Hit | None]) -> None:
        """Blends of one person's given name and surname written in the article ("LiLo" for
        "Lindsay Lohan"): the start of each, shortened, with one person of the article fitting."""
        people: dict[str, tuple[str, str, Hit]] = {}
        words: set[str] = set()
        for sentence, hit in pairs:
            written = sentence.text[hit.start : hit.end].split()
            words.update(written)
            if hit.type == "person" and len(written) >= 2:
                people.setdefault(hit.entity, (written[0].lower(), written[-1].removesuffix("'s").removesuffix("’s").lower(), hit))
        if not people:
            return
        for sentence in sentences:
            for match in _BLEND.finditer(sentence.text):
                token = match.group()
                first, second = match.group("first").lower(), match.group("second").lower()
                if token in owners or token in words or not match.group("joint") and len(first) < 2:
                    continue
                fitting = [hit for given, surname, hit in people.values()
                           if given.startswith(first) and surname.startswith(second) and (first, second) != (given, surname)]
                if len(fitting) == 1:
                    owners[token] = fitting[0]
