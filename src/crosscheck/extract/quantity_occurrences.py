"""How often an event happened: a count of times is a figure of the event, for :mod:`.quantities`.

News counts occurrences with a noun of times after a figure ("fired three times", "a fait usage
de son arme à deux reprises", "deux fois"), an adverb ("twice", "thrice") or an ordinal before a
noun of times ("for the third time", "pour la troisième fois"). Each is a figure in one measure,
``occurrences`` (named alike in every language), so "twice" and "à deux reprises" compare. A
figure of times before a determiner or a comparative is a ratio, not a count ("1.8 times the
limit", "twice as many", "deux fois plus"): it keeps the ratio's own measure. The words are the
``occurrences`` of the ``quantities`` rule files.
"""

from __future__ import annotations

from typing import Callable

from ..models import QuantityValue
from ..numbers.tokens import Token
from .quantity_rules import Occurrences
from .quantity_tables import PhraseTable

Figure = tuple[int, int, QuantityValue]


class OccurrenceReader:
    """The counts of times of one language (see the module docstring)."""

    def __init__(self, rules: list[Occurrences], table: Callable[[list], PhraseTable]):
        self.name = next((r.name for r in rules), "occurrences")
        self.ratio = next((r.ratio for r in rules), "times")
        self.nouns = table([(w, True) for r in rules for w in r.nouns])
        self.adverbs = table([(w, v) for r in rules for w, v in r.adverbs.items()])
        self.ordinals = table([(w, v) for r in rules for w, v in r.ordinals.items()])
        self.ordinal_before = table([(w, True) for r in rules for w in r.ordinal_before])
        self.ordinal_after = table([(w, True) for r in rules for w in r.ordinal_after])
        self.ratio_after = table([(w, True) for r in rules for w in r.ratio_after])
        self.words = frozenset(w.lower() for r in rules for w in [*r.adverbs, *r.ordinals])

    def measure(self, tokens: list[Token], head: int, value: float) -> str | None:
        """The measure of a figure of ``value`` whose counted noun is ``tokens[head]``: occurrences
        for a noun of times ("three times", "à deux reprises"), the ratio before a determiner or a
        comparative ("1.8 times the limit") or for a fraction ("1.5 times"), None for any other noun."""
        found = self.nouns.after(tokens, head)
        if found is None or found[0] != 1:
            return None
        return self.ratio if self.ratio_after.after(tokens, head + 1) or not float(value).is_integer() else self.name

    def figures(self, text: str, tokens: list[Token], taken: list[Figure]) -> list[Figure]:
        """Counts of times told without a number: "twice", "for the third time", "pour la troisième fois"."""
        found = []
        spans = [(s, e) for s, e, _ in taken]
        for k, token in enumerate(tokens):
            if token.kind != "word" or token.low not in self.words:
                continue
            adverb = self.adverbs.after(tokens, k)
            if adverb is not None and not self.ratio_after.after(tokens, k + adverb[0]):
                first, last, value = k, k + adverb[0] - 1, float(adverb[1])
            else:
                ordinal = self.ordinals.after(tokens, k)
                if ordinal is None or not self.ordinal_before.before(tokens, k) or not self.ordinal_after.after(tokens, k + ordinal[0]):
                    continue
                first, last, value = k, k + ordinal[0] - 1, float(ordinal[1])
                last += self.ordinal_after.after(tokens, last + 1)[0]
            start, end = tokens[first].start, tokens[last].end
            if any(s < end and start < e for s, e in spans):
                continue
            found.append((start, end, QuantityValue(low=value, high=value, unit=self.name, exact=text[start:end], noun=self.name)))
        return found
