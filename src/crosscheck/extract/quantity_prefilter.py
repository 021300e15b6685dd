"""Which sentences may hold a figure at all, for :mod:`.quantities`: most sentences of news have no
digit, no number word, no fraction and no whole vague phrase, and are skipped before they are
tokenized."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..models import Sentence
from .quantity_tables import SpanIndex

_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]+")


class FigureWords:
    """The words one of which a sentence without a digit needs to hold a figure: number words,
    words of times and fractions ("twice", "third", "moitié"), or every word of a vague phrase
    ("tens of thousands"); ``fold`` (a language's accent folding, or None) is applied to the text's
    words as the number lexicon applies it."""

    def __init__(self, words: Iterable[str], vague_phrases: Iterable[tuple[str, ...]], fold: Callable[[str], str] | None):
        self.words = frozenset(words)
        self.vague = sorted({frozenset(part for part in key if _WORD.fullmatch(part)) for key in vague_phrases}, key=sorted)
        self.fold = fold

    def may_hold(self, text: str) -> bool:
        """False when ``text`` has no digit, no figure word and no whole vague phrase: most sentences."""
        return _DIGIT.search(text) is not None or self.may_hold_words(text)

    def may_hold_outside(self, sentence: Sentence, inside_time: SpanIndex) -> bool:
        """False when every figure the sentence could give overlaps a time and would be dropped:
        its digits all lie inside time mentions ("on March 3, 2024") and it has no figure word or
        vague phrase. A figure spans the digits it is read from."""
        start = sentence.start
        for digit in _DIGIT.finditer(sentence.text):
            at = start + digit.start()
            if not inside_time.overlaps(at, at + 1):
                return True
        return self.may_hold_words(sentence.text)

    def may_hold_words(self, text: str) -> bool:
        """Whether ``text`` has a figure word or a whole vague phrase."""
        words = {word.lower() for word in _WORD.findall(text)}
        if self.fold is not None:
            words |= {self.fold(word) for word in words}
        return not self.words.isdisjoint(words) or any(required <= words for required in self.vague)
