"""Sentence splitting of article body spans, keeping offsets into the original text.

A regex pass proposes boundaries after ``.``, ``!`` or ``?`` (and closing quotes) followed by
space and an upper-case letter, digit or opening quote; a boundary is refused after a known
abbreviation ("Sept.", "Lt.", "U.S.") or a single initial ("J. Smith").

A "sentence" longer than :data:`MAX_SENTENCE_CHARS` (a table flattened into one line, a page
with no punctuation, a hostile file) is cut into pieces of at most that length, at a blank
where there is one: every extractor works per sentence, so a cap on sentence length keeps a
run linear in the input, whatever a single sentence would cost. The cut is reported (W204)
through the ``problems`` list of :func:`split_sentences`, never printed from here.
"""

from __future__ import annotations

import re
import string

from ..models import Document, Problem, Sentence

_BOUNDARY = re.compile(r"""[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9À-Ý])""")
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt cpt sgt adm gov sen rep rev st jr sr inc ltd co corp
    jan feb mar apr jun jul aug sep sept oct nov dec no vs etc al approx est dept univ ave mt ft
    u.s u.k u.n e.g i.e a.m p.m""".split()
)
_WORD_CHARS = frozenset(string.ascii_letters + ".")
# Real sentences stay far below this (the longest in the benchmarks' news are under 1,500
# characters); past it, text is not a sentence any more and is cut.
MAX_SENTENCE_CHARS = 2000


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
        # a single letter is an initial ("J. Smith"), unless a digit comes right before it: the
        # ending of an ordinal ("dans le 3e. La préfecture ...") closes its sentence as any word does
        letter_at = dot_at - 1 - (text[dot_at - 1] == "\n")
        return not (letter_at > 0 and text[letter_at - 1].isdigit())
    return word in _ABBREVIATIONS


def _capped(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` in pieces of at most :data:`MAX_SENTENCE_CHARS`, each cut after the
    last blank of its second half (a hard cut when that half has none)."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = limit
        for at in range(limit, start + MAX_SENTENCE_CHARS // 2, -1):
            if text[at - 1].isspace():
                cut = at
                break
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_span(text: str, start: int, end: int, overlong: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentence spans, trimmed of surrounding white space.

    None is longer than :data:`MAX_SENTENCE_CHARS`: a longer one is cut into pieces (see
    :func:`_capped`), and its span before the cut is appended to ``overlong`` when given.
    """
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
        s, e = _trimmed(text, s, e)
        if e - s > MAX_SENTENCE_CHARS:
            if overlong is not None:
                overlong.append((s, e))
            pieces = (_trimmed(text, a, b) for a, b in _capped(text, s, e))
            trimmed.extend((a, b) for a, b in pieces if b > a)
        elif e > s:
            trimmed.append((s, e))
    return trimmed


def split_sentences(doc: Document, problems: list[Problem] | None = None) -> list[Sentence]:
    """All sentences of the zones extraction reads (body, list, headline, standfirst, caption,
    quote), in order, numbered from 0; each keeps the kind of its zone.

    A sentence cut at :data:`MAX_SENTENCE_CHARS` is reported once per document (W204) in
    ``problems`` when given: the caller decides where warnings go.
    """
    sentences: list[Sentence] = []
    overlong: list[tuple[int, int]] = []
    for paragraph, span in enumerate(doc.body):
        for s, e in split_span(doc.text, span.start, span.end, overlong):
            sentences.append(  # every field, each of its type: built without validation (Model.model_construct)
                Sentence.model_construct(
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
    if overlong and problems is not None:
        longest = max(e - s for s, e in overlong)
        problems.append(Problem(
            path=doc.path, line=doc.line_of(overlong[0][0]), code="W204",
            message=f"{len(overlong)} overlong sentence(s) without a sentence end (longest {longest:,} characters) "
            f"cut into pieces of at most {MAX_SENTENCE_CHARS:,} characters; a claim across a cut is not read",
        ))
    return sentences
