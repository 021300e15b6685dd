"""Numbers written in words for languages whose number words come from rule data (French).

English keeps its own grammar in :mod:`crosscheck.numbers.english`. A :class:`NumberLexicon`
is built once per language from the ``numbers`` section of that language's quantities rule file
and reads the numbers of a token list (from :func:`~crosscheck.numbers.tokens.tokenize`):

* cardinals built from units, tens, hundreds and scales, with multi-word items such as
  "quatre vingt" (80) or "dix sept" (17) and tens that take the teens ("soixante-douze" = 72,
  "quatre-vingt-dix-neuf" = 99), a conjunction before a unit ("vingt et un"), a bare hundred
  or thousand ("cent six", "mille"), digits with words ("3 millions", "322 cent");
* fractions: a numerator and an ordinal denominator ("trois cinquièmes", "un vingt-cinquième",
  "cent mille billionième"), fraction words ("deux tiers", "un demi") and a whole number with a
  fraction after the conjunction ("cent trois et deux tiers", "un million et demi",
  "cinq milliards et trois quarts" = 5.75e9);
* decimals after a point word ("deux cent virgule cinquante deux"), division ("un sur trois"),
  dozens ("trois douzaines"), scale suffixes and signs as in English.

Lookups fold accents ("zéro" = "zero", "cinquième" = "cinquieme"), so text typed without them
reads the same.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, field

from .tokens import NumberSpan, Token, chain_span, digit_fraction_after, minus_sign_at, spaced_suffix_scale


def fold(word: str) -> str:
    """Lower case without accents: "Cinquième" -> "cinquieme"."""
    low = word.lower()
    if low.isascii():
        return low
    return "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class _Item:
    """A number word (or phrase) at a token position: kind, value and how many tokens it spans."""

    kind: str  # unit, tens, hundred, scale, dozen, ordinal, fraction, num
    value: float
    size: int = 1


@dataclass
class NumberLexicon:
    """The number words of one language (plain data; see ``NumberWords`` in the quantities rules)."""

    units: dict[str, float]
    tens: dict[str, float]
    hundreds: list[str]
    scales: dict[str, float]
    compounds: dict[str, float] = field(default_factory=dict)
    teen_tens: list[float] = field(default_factory=list)
    dozens: dict[str, float] = field(default_factory=dict)
    conjunctions: list[str] = field(default_factory=list)
    point_words: list[str] = field(default_factory=list)
    over_words: list[str] = field(default_factory=list)
    ordinals: dict[str, float] = field(default_factory=dict)
    fraction_words: dict[str, float] = field(default_factory=dict)
    articles: list[str] = field(default_factory=list)
    bare_scales: list[str] = field(default_factory=list)
    decimal_comma: bool = True

    def __post_init__(self) -> None:
        self._words: dict[str, _Item] = {}
        for table, kind in ((self.units, "unit"), (self.tens, "tens"), (self.scales, "scale"), (self.dozens, "dozen")):
            for word, value in table.items():
                self._words[fold(word)] = _Item(kind, float(value))
        for word in self.hundreds:
            self._words[fold(word)] = _Item("hundred", 100.0)
        self._ordinals = {fold(w): float(v) for w, v in self.ordinals.items()}
        self._fractions = {fold(w): float(v) for w, v in self.fraction_words.items()}
        self._compounds: dict[tuple[str, ...], float] = {}
        for phrase, value in self.compounds.items():
            self._compounds[tuple(fold(w) for w in phrase.replace("-", " ").split())] = float(value)
        self._compound_sizes = sorted({len(key) for key in self._compounds}, reverse=True)
        self._conjunctions = frozenset(fold(w) for w in self.conjunctions)
        self._points = frozenset(fold(w) for w in self.point_words)
        self._overs = frozenset(fold(w) for w in self.over_words)
        self._bare_scales = frozenset(fold(w) for w in self.bare_scales)
        self._hundred_words = frozenset(fold(w) for w in self.hundreds)
        self.article_words = frozenset(fold(w) for w in self.articles)
        self._teen_tens = frozenset(float(v) for v in self.teen_tens)
        # Every folded word that can take part in a number: a text with none of them (and no digit) has none.
        self.words = frozenset(
            set(self._words) | set(self._ordinals) | set(self._fractions) | {w for key in self._compounds for w in key}
            | {w + "s" for w in self._ordinals}
        )

    # -- items ---------------------------------------------------------------------------------
    def _item(self, tokens: list[Token], k: int) -> _Item | None:
        token = tokens[k]
        if token.kind == "num":
            if token.chain or token.metre_or_million:
                return None
            return _Item("num", token.value)
        if token.kind != "word":
            return None
        for size in self._compound_sizes:
            key = tuple(fold(t.text) for t in tokens[k : k + size] if t.kind == "word")
            if len(key) == size and k + size <= len(tokens) and key in self._compounds:
                value = self._compounds[key]
                return _Item("tens" if value >= 20 and value % 10 == 0 else "unit", value, size)
        return self._words.get(fold(token.text))

    def _ordinal(self, token: Token) -> float | None:
        """The cardinal an ordinal or fraction word stands for in a denominator ("cinquièmes" -> 5)."""
        if token.kind != "word":
            return None
        low = fold(token.text)
        for key in (low, low[:-1] if low.endswith("s") else None):
            if key is None:
                continue
            if key in self._fractions:
                return self._fractions[key]
            if key in self._ordinals:
                return self._ordinals[key]
        return None

    def _is_conjunction(self, tokens: list[Token], k: int) -> bool:
        return k < len(tokens) and tokens[k].kind == "word" and fold(tokens[k].text) in self._conjunctions

    # -- cardinals -----------------------------------------------------------------------------
    def _below_hundred(self, tokens, k, n, ordinal_last=False) -> tuple[int, float] | None:
        """A number under a hundred at ``tokens[k]``: units, tens with a unit, "quatre vingt dix neuf"."""
        item = self._item(tokens, k) if k < n else None
        if item is None or item.kind not in ("unit", "tens"):
            return None
        end, value = k + item.size, item.value
        if item.kind == "tens" and end <= n:
            limit = 20 if value in self._teen_tens else 10
            j = end + 1 if self._is_conjunction(tokens, end) else end
            if j > end and self._fraction(tokens, j, n) is not None:
                return end, value  # "vingt et un cinquième": twenty and a fifth
            if j < n:
                unit = self._item(tokens, j) if not (ordinal_last and j == n - 1) else None
                if unit is not None and unit.kind == "unit" and 1 <= unit.value < limit and j + unit.size <= n:
                    return j + unit.size, value + unit.value
                ordinal = self._ordinal(tokens[j]) if ordinal_last and j == n - 1 else None
                if ordinal is not None and 1 <= ordinal < limit:
                    return j + 1, value + ordinal
        return end, value

    def _group(self, tokens, k, n, ordinal_last=False) -> tuple[int, float] | None:
        """A number under a thousand (or digits): "cinq cent trente cinq", "cent six", "322 cent"."""
        item = self._item(tokens, k) if k < n else None
        if item is None:
            return None
        if item.kind == "num":
            end, value = k + 1, item.value
            if end < n and tokens[k].scaled == 1.0 and (nxt := self._item(tokens, end)) and nxt.kind == "hundred" and tokens[k].integer:
                end, value = end + 1, value * 100
            return end, value
        if item.kind == "hundred":
            end, value = k + 1, 100.0
        else:
            below = self._below_hundred(tokens, k, n, ordinal_last)
            if below is None:
                return None
            end, value = below
            nxt = self._item(tokens, end) if end < n else None
            if nxt is None or nxt.kind != "hundred" or value >= 100:
                return end, value
            end, value = end + 1, value * 100
        rest = self._below_hundred(tokens, end, n, ordinal_last) if end < n else None
        if rest is not None:
            end, value = rest[0], value + rest[1]
        return end, value

    def cardinal(self, tokens, k, n, ordinal_last=False) -> tuple[int, float, float] | None:
        """Longest cardinal in ``tokens[k:n]``: (end, value, last scale or 1)."""
        total, last_scale, end, scale_used = 0.0, math.inf, k, 1.0
        while end < n:
            group = self._group(tokens, end, n, ordinal_last)
            after = group[0] if group else end
            item = self._item(tokens, after) if after < n else None
            if item is not None and item.kind == "scale" and item.value < last_scale:
                bare = group is None and fold(tokens[after].text) in self._bare_scales
                if group is None and not bare:
                    break
                total += (group[1] if group else 1.0) * item.value
                last_scale = scale_used = item.value
                end = after + 1
                continue
            if item is not None and item.kind == "dozen" and group is not None:
                return after + 1, total + group[1] * item.value, scale_used
            if group is None or (end > k and group[1] >= last_scale):
                break
            total += group[1]
            end = group[0]
            break
        if end == k:
            return None
        return end, total, scale_used

    def _whole(self, tokens, k, n) -> float | None:
        """The value of ``tokens[k:n]`` when they are exactly one cardinal."""
        found = self.cardinal(tokens, k, n)
        return found[1] if found and found[0] == n else None

    # -- fractions -----------------------------------------------------------------------------
    def _fraction(self, tokens, k, n) -> tuple[int, float] | None:
        """A numerator and an ordinal denominator at ``tokens[k]``: (end, value).

        The numerator is the longest cardinal that leaves a whole denominator: "cent trente
        cinquièmes" = 130/5, "un vingt cinquième" = 1/25 ("un vingt" is no number).
        """
        d = k
        while d < n and d - k < 12:
            if self._ordinal(tokens[d]) is not None and d > k:
                break
            if self._item(tokens, d) is None and not self._is_conjunction(tokens, d):
                return None
            d += 1
        if d >= n or d == k or self._ordinal(tokens[d]) is None:
            return None
        for split in range(d, k, -1):
            if split - 2 > k and self._is_conjunction(tokens, split - 2):
                continue  # "vingt et un cinquième" is twenty and one fifth, not 21/5
            numerator = self._whole(tokens, k, split)
            if numerator is None:
                continue
            if split == d:
                denominator = self._ordinal(tokens[d])
            else:
                found = self.cardinal(tokens, split, d + 1, ordinal_last=True)
                denominator = found[1] if found and found[0] == d + 1 else None
            if denominator and denominator > 1:
                return d + 1, numerator / denominator
        return None

    # -- numbers -------------------------------------------------------------------------------
    def find(self, tokens: list[Token]) -> list[NumberSpan]:
        """Every number of ``tokens``, left to right, longest reading first."""
        found: list[NumberSpan] = []
        n = len(tokens)
        k = 0
        while k < n:
            span = self._number_at(tokens, k, n)
            if span is None:
                k += 1
                continue
            found.append(span)
            k = span.last_token + 1
        return found

    def _number_at(self, tokens, k, n) -> NumberSpan | None:
        sign, start_k = 1.0, k
        if minus_sign_at(tokens, k, n):
            sign, k = -1.0, k + 1
        if (chain := chain_span(tokens, k)) is not None:
            return chain
        first = self._item(tokens, k)
        if first is None or (first.kind == "scale" and fold(tokens[k].text) not in self._bare_scales):
            return None
        fraction = False
        found = self._fraction(tokens, k, n)
        if found is not None:
            end, value = found
            scale = 1.0
            fraction = True
            if end < n and (item := self._item(tokens, end)) and item.kind == "scale":  # "un demi-million"
                value, scale, end = value * item.value, item.value, end + 1
        else:
            card = self.cardinal(tokens, k, n)
            if card is None:
                return None
            end, value, scale = card
            extra = self._after_conjunction(tokens, end, n, scale)
            if extra is not None:
                end, value, fraction = extra[0], value + extra[1], True
        words = any(tokens[j].kind == "word" for j in range(k, end))
        last = end - 1
        if (suffix := spaced_suffix_scale(tokens, k, end, n)) is not None:
            value, scale, last, end = value * suffix, suffix, end, end + 1
        if words and end + 1 < n and tokens[end].kind == "word" and fold(tokens[end].text) in self._points:
            digits, j = self._decimal_words(tokens, end + 1, n)
            if digits:
                value = float(f"{int(value)}.{digits}")
                last, end = j - 1, j
        if (part := digit_fraction_after(tokens, k, end, n)) is not None:
            value += part  # "2 1/4"
            last, end = end, end + 1
        if end + 1 < n and tokens[end].kind == "word" and fold(tokens[end].text) in self._overs:
            card = self.cardinal(tokens, end + 1, n)
            if card and card[1] and (card[0] == n or tokens[card[0]].kind == "sym"):
                value, last, end, fraction = value / card[1], card[0] - 1, card[0], True
        return NumberSpan(tokens[start_k].start, tokens[last].end, sign * value, words=words, scale=scale,
                          fraction=fraction, first_token=start_k, last_token=last)

    def _after_conjunction(self, tokens, end, n, scale) -> tuple[int, float] | None:
        """A fraction after the conjunction that ends a whole number: "cent et trois quarts",
        "un million et demi" (half a million), "un milliard et demi million" (half a million more)."""
        if not self._is_conjunction(tokens, end) or end + 1 >= n:
            return None
        j = end + 1
        found = self._fraction(tokens, j, n)
        if found is None:
            bare = self._ordinal(tokens[j])
            if bare is None or fold(tokens[j].text) not in self._fractions:
                return None
            found = (j + 1, 1 / bare)
        stop, value = found
        if stop < n and (item := self._item(tokens, stop)) and item.kind == "scale":
            return stop + 1, value * item.value
        return stop, value * (scale if scale >= 1000 else 1.0)

    def _decimal_words(self, tokens, j, n) -> tuple[str, int]:
        digits = ""
        while j < n:
            below = self._below_hundred(tokens, j, n)
            if below is None:
                break
            digits += str(int(below[1]))
            j = below[0]
        return digits, j
