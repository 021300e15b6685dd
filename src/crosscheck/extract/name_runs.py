"""Runs of capitalised words: the candidates of name discovery (:mod:`.names`).

A run is a sequence of capitalised words (and name particles: "al", "de", "van der") separated
by single spaces or hyphens; any other word, a gazetteer hit or a possessive between two of them
ends it. Lower-case particles at its edges belong to no name ("in Bamako de" is no run of "de"),
unless the caller keeps those opening a surname ("le général de Gaulle").
"""

from __future__ import annotations

import re
from typing import Callable

from .name_cues import Word
from .name_document import PARTICLE_PREFIX, Hit

_WORD_BODY = r"[^\W\d_]+(?:['’\-][^\W\d_]+)*"
PARTICLES = frozenset("al el ad ash as at ben bin ibn bint abu ould de da del della di du dos van von der den ter le la wa ka".split())
# A French elided article right before a known name: a lone "l" or "qu" and an apostrophe
# ("l'Ukraine", "l'ONU", "qu'Israël"), where the name starts after the apostrophe; after any other
# letters the apostrophe is inside one word ("O'Brien", "dell'Italia"). Only before a capital:
# "l'espagnol" is an adjective, no place. Not after "d'": "au nord d'Athènes" mostly locates
# another place, and an event grouped on it splits from its other accounts (measured on blind11).
ELIDED_BEFORE = r"(?:(?<=(?<![^\W\d_])[lL]['’])|(?<=(?<![^\W\d_])[qQ]u['’]))(?=[^\W\d_a-zà-ÿ])"
# The words that may belong to a name (capitalised words and particles), skipping the rest in C:
# a word starts at a letter not preceded by a letter or a digit (letters after a digit end a code:
# "1B Mark Teixeira", "G7"), nor by a letter and an apostrophe or hyphen (so a match is exactly a
# word of _WORD_BODY) unless after a lower-case French elided "d'" or "qu'" ("d'Airbus", "près
# d'Angers"; "L'Oréal" and "D'Alembert" stay one word; after "l'" a capital mostly opens a
# portfolio or an institution the gazetteer knows: "l'Intérieur", "l'Élysée"), and it does not
# start with a lower-case ASCII letter unless it is a particle. A superset: the code checks each
# word found.
_NAME_WORD = re.compile(
    r"(?<![^\W_])(?:(?<![^\W\d_]['’\-])|(?<=(?<![^\W\d_])d['’])|(?<=(?<![^\W\d_])qu['’]))"
    r"(?:(?![a-z])|(?=(?i:" + "|".join(sorted(PARTICLES, key=lambda p: (-len(p), p))) + r")(?![^\W\d_])))"
    + _WORD_BODY
)


def name_shaped(word: str) -> bool:
    """A word that can be part of a person's name: capitalised, not in capitals throughout
    (an acronym), not a number ("Seth", "MacFarlane", "O'Brien", "Paul-Henri", an initial "R")."""
    if not word[:1].isupper():
        return word.lower() in PARTICLES or PARTICLE_PREFIX.match(word) is not None  # "bin", "al-Hajj"
    return len(word) == 1 or not word.isupper()


# Lower-case particles of Dutch and German surnames, inside a name ("Van den Broeck", "van der
# Vaart", "von der Leyen"); the Romance "de", "da", "di" also open places and organisations.
SURNAME_PARTICLES = frozenset({"van", "von", "den", "der", "ter", "ten", "vom", "zu"})
# Particles that open an office's complement rather than a surname ("du Mali", "des Armées").
OFFICE_PARTICLES = frozenset({"du", "des", "la", "le", "al", "el"})
# Particles that, written alone in lower case, are English words ("at Koulouba palace").
_ENGLISH_PARTICLES = frozenset({"at", "as", "ad", "ash"})
# The endings of a possessive word ("Niger's", "Niger’s").
_POSSESSIVE_ENDINGS = ("'s", "’s")


# One or two letters, an apostrophe and a lower-case letter: a French word elided after a
# sentence's capital ("D'après", "L'expert", "C'est", "Qu'il"), no name; "O'Brien", "L'Oréal",
# "D'Alembert" keep theirs.
_ELIDED_WORD = re.compile(r"[^\W\d_]{1,2}['’][^\W\d_A-ZÀ-ÖØ-Þ]")


def is_capitalised(word: str) -> bool:
    if _ELIDED_WORD.match(word):
        return False
    return word[:1].isupper() or ("-" in word and PARTICLE_PREFIX.match(word) is not None)


def joined(text: str, previous: Word, start: int) -> bool:
    """Whether the word at ``start`` continues the run ending with ``previous``: a single space
    or hyphen between them, or an initial's full stop ("James R. Dabney")."""
    between = text[previous.end : start]
    return between in (" ", "-") or (between == ". " and len(previous.text) == 1 and previous.text.isupper())


def capitalised_runs(text: str, taken: list[Hit], keep_lead: Callable[[list[Word], int], bool]) -> list[list[Word]]:
    """Runs of capitalised words separated by single spaces or hyphens (particles allowed
    inside); any other word, a gazetteer hit or a possessive between two of them ends a run.
    ``keep_lead(run, n)``: whether the ``n`` lower-case particles opening ``run`` stay in it.

    Only capitalised words and particles become ``Word`` objects: whatever lies between two
    of them shows in the text between them, which then is not a single space or hyphen.
    """
    spans = sorted((h.start, h.end) for h in taken)
    next_span = 0
    runs: list[list[Word]] = []
    current: list[Word] = []
    for match in _NAME_WORD.finditer(text):
        start, end = match.span()
        while next_span < len(spans) and spans[next_span][1] <= start:
            next_span += 1
        if next_span < len(spans) and start < spans[next_span][1] and end > spans[next_span][0]:
            continue  # part of a gazetteer hit
        word = match.group()
        possessive = word.endswith(_POSSESSIVE_ENDINGS)
        if possessive:
            word, end = word[:-2], end - 2
        if word in _ENGLISH_PARTICLES:
            if current:  # "Ousmane Sonko at Koulouba": the English word ends the name
                runs.append(current)
                current = []
            continue
        if not (is_capitalised(word) or word.lower() in PARTICLES):
            continue
        if current and (current[-1].possessive or not joined(text, current[-1], start)):
            runs.append(current)
            current = []
        current.append(Word(start, end, word, possessive))
    if current:
        runs.append(current)
    cleaned = []
    for run in runs:
        while run and run[-1].text.lower() in PARTICLES and not is_capitalised(run[-1].text):
            run = run[:-1]
        lead = 0
        while lead < len(run) and run[lead].text.lower() in PARTICLES and not is_capitalised(run[lead].text):
            lead += 1
        if lead and not keep_lead(run, lead):
            run = run[lead:]
        if run:
            cleaned.append(run)
    return cleaned
