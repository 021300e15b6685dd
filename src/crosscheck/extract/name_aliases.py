"""Other names a person is written with: a nickname between the given name and the surname
(Vincent "The Chin" Gigante)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .name_cues import LowerWords
from .name_document import Hit
from .name_rules import entity_slug

# A nickname between a given name and a surname: Vincent "The Chin" Gigante, Kimani (Kiki) Gray.
NICKNAME_QUOTES = re.compile(r"[\"“'‘(]")
_NICKNAMED = re.compile(
    r"(?<![\w'’-])(?P<given>[A-Z][\w'’-]+) (?:\"[^\"\n]{2,25}\"|“[^”\n]{2,25}”|'[^'\n]{2,25}'|‘[^’\n]{2,25}’|\([^()\n]{2,25}\))"
    r" (?P<surname>[A-Z][\w'’-]+)(?![\w-])"
)
_NICKNAME_SHAPE = re.compile(r"(?:[Tt]he )?[A-Z]")


def nicknamed(text: str, hits: list[Hit], lower_words: LowerWords, name_word: Callable[[str], bool],
              title_first_words: frozenset[str]) -> list[Hit]:
    """A nickname in quotes or brackets between a given name and a surname (Vincent "The
    Chin" Gigante, Kimani (Kiki) Gray): one person, named without the nickname, so that
    "Vincent Gigante" elsewhere is the same name. Names the gazetteer found inside give way;
    words the article writes in lower case make no name ("Ross 'Catching Fire' Negotiations")."""
    for match in _NICKNAMED.finditer(text):
        given, surname = match.group("given"), match.group("surname")
        nickname = text[match.end("given") + 2 : match.start("surname") - 2]
        if (not (name_word(given) and name_word(surname)) or given.lower() in title_first_words
                or not _NICKNAME_SHAPE.match(nickname) or surname.lower() in lower_words or given.lower() in lower_words):
            continue
        start, end = match.start(), match.end()
        hits = [h for h in hits if h.end <= start or h.start >= end]
        name = f"{given} {surname}"
        hits.append(Hit(start, end, "person", entity_slug(name), name, None))
    return hits
