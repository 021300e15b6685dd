"""Sentence splitting of article body spans, keeping offsets into the original text.

A regex pass proposes boundaries after ``.``, ``!`` or ``?`` (and closing quotes) followed by
space and an upper-case letter, digit or opening quote; a boundary is refused after a known
abbreviation ("Sept.", "Lt.", "U.S.") or a single initial ("J. Smith").
"""

from __future__ import annotations

import re
import string

from ..models import Document, Sentence

_BOUNDARY = re.compile(r"""[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9À-Ý])""")
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt cpt sgt adm gov sen rep rev st jr sr inc ltd co corp
    jan feb mar apr jun jul aug sep sept oct nov dec no vs etc al approx est dept univ ave mt ft
    u.s u.k u.n e.g i.e a.m p.m""".split()
)
_WORD_CHARS = frozenset(string.ascii_letters + ".")


def _word_before(text: str, end: int) -> str:
    """The letters and dots that end at ``end`` ("U.S" before a full stop), from their first letter.

    Walks back from ``end`` rather than searching from the start of the text, so each full stop
    costs the length of its word, not of the text before it. A line break right before ``end``
    is skipped, as a ``$`` there would be.
    """
    if end > 0 and text[end - 1] == "\n":
        end -= 1
    start = end
    while start > 0 and text[start - 1] in _WORD_CHARS:
        start -= 1
    return text[start:end].lstrip(".")


def _is_abbreviation(text: str, dot_at: int) -> bool:
    word = _word_before(text, dot_at)
    if not word:
        return False
    word = word.lower().rstrip(".")
    if len(word) == 1:
        return True
    return word in _ABBREVIATIONS


def split_span(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentence spans, trimmed of surrounding white space."""
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _BOUNDARY.finditer(text, start, end):
        if text[match.start()] == "." and _is_abbreviation(text, match.start()):
            continue
        spans.append((cursor, match.end()))
        cursor = match.end()
    spans.append((cursor, end))
    trimmed = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return trimmed


def split_sentences(doc: Document) -> list[Sentence]:
    """All sentences of the zones extraction reads (body, list, headline, standfirst, caption,
    quote), in order, numbered from 0; each keeps the kind of its zone."""
    sentences: list[Sentence] = []
    for paragraph, span in enumerate(doc.body):
        for s, e in split_span(doc.text, span.start, span.end):
            sentences.append(
                Sentence(
                    document=doc.id,
                    index=len(sentences),
                    paragraph=paragraph,
                    start=s,
                    end=e,
                    line=doc.line_of(s),
                    text=doc.text[s:e],
                    zone=span.kind,
                )
            )
    return sentences
