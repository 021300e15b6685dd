"""Fractions and proportions as figures, for :mod:`.quantities`: "a third of the staff", "half the
jobs", "two-thirds", "la moitié des emplois", "plus d'un tiers de sa valeur", "two in five voters",
"une personne sur cinq".

A fraction is a share of a base: it is read as a percentage (a third = 33.3 percent, with the
hedge before it: "more than a third" is above 33.3) whose measure names its base, ``percent of
<base>``, the noun after "of" folded as a counted noun is (its class, or its English noun for
another language: "des emplois" and "of the jobs" are both jobs). A percentage with a base ("60
per cent of the staff") is read with the same measure, so that "60 per cent of the staff" and
"three in five staff" compare, and a share of jobs never clashes with a share of a company's value.
A fraction with no base ("cut by a third") is a plain percentage. The words are the ``fractions``
of the ``quantities`` rule files.
"""

from __future__ import annotations

from collections.abc import Callable

from ..models import QuantityValue
from ..numbers.hedges import hedged_figure
from ..numbers.tokens import NumberSpan, Token
from .quantity_nouns import english_singular
from .quantity_tables import PhraseTable

Figure = tuple[int, int, QuantityValue]
PERCENT = "percent"
BASE_PREFIX = "percent of "
# The fractions a writer rounds a share to (quarters, thirds, halves), in percent: "more than a third"
# is a share under a half.
_COMMON_SHARES = (25.0, 100 / 3, 50.0, 200 / 3, 75.0, 100.0)


def is_share(unit: str) -> bool:
    """Whether a unit is a percentage, of a base or not ("percent", "percent of jobs")."""
    return unit == PERCENT or unit.startswith(BASE_PREFIX)


class FractionReader:
    """The fractions of one language (see the module docstring)."""

    def __init__(self, rules: list, table: Callable[[list], PhraseTable], stop_words: frozenset[str], round_steps: tuple[float, ...],
                 counted: Callable[[list[Token], int], str | None], classes: frozenset[str], irregular: dict[str, str]):
        self.stop_words, self.round_steps = stop_words, round_steps
        self.counted = counted  # the counted noun (class or head word) at a token
        self.classes, self.irregular = classes, irregular  # noun classes; English irregular plurals -> singulars
        self.denominators = table([(w, float(v)) for r in rules for w, v in r.denominators.items()])
        self.articles = table([(w, True) for r in rules for w in r.articles])  # "a third", "un tiers", "la moitié": one
        self.alone = frozenset(w.lower() for r in rules for w in r.alone)  # "half the jobs": no numerator needed
        self.per = table([(w, True) for r in rules for w in r.per])  # "two in five", "un sur cinq"
        self.of = table([(w, True) for r in rules for w in r.of])  # "of the", "des", "de sa"
        self.not_before = table([(w, True) for r in rules for w in r.not_before])  # "the first half": a part of a time
        self.not_after = frozenset(w.lower() for r in rules for w in r.not_after)  # "half an hour"
        self.not_bases = frozenset(w.lower() for r in rules for w in r.not_bases)  # "un quart d'heure"
        # words one of which a sentence with a fraction holds (the reader skips sentences without a number)
        self.words = frozenset(key[0] for key in self.denominators.table) | self.alone

    def figures(self, text: str, tokens: list[Token], numbers: list[NumberSpan], hedges: PhraseTable) -> list[Figure]:
        """Every fraction of the sentence as a percentage of its base (see the module docstring)."""
        if not self.denominators.table:
            return []
        at_number = {n.first_token: n for n in numbers}
        found = []
        k = 0
        # A fraction starts at a number, an article of one ("a third") or a word of its own ("half").
        openers = self.articles.sizes_by_first.keys() | self.alone
        while k < len(tokens):
            read = self._fraction(tokens, k, at_number) if k in at_number or tokens[k].low in openers else None
            if read is None:
                k += 1
                continue
            first, last, value, noun_at = read
            k = last + 1
            measure = self.measure(tokens, last + 1, noun_at)
            if measure is None:
                continue
            hedge = hedges.before(tokens, first)
            if hedge is not None:
                first -= hedge[0]
            low, high = self._hedged(value, hedge[1] if hedge else None)
            start, end = tokens[first].start, tokens[last].end
            found.append((start, end, QuantityValue(low=low, high=high, unit=measure, exact=text[start:end], noun=measure,
                                                    hedge=hedge[1].name if hedge else None)))
        return found

    def measure(self, tokens: list[Token], k: int, noun_at: int | None = None) -> str | None:
        """The measure of a share whose words end before ``tokens[k]``: ``percent of <base>`` when
        an "of" phrase names its base ("of the staff", "des emplois") or a proportion has a noun
        (``noun_at``: "two in five voters"), plain ``percent`` when none follows, None when it is
        no share ("a third suspect", "half an hour", "un quart d'heure")."""
        of = self.of.after(tokens, k) if noun_at is None or noun_at == k else None
        if of is not None or noun_at is not None:
            counted = self._base(tokens, k + of[0] if of is not None else noun_at)
            if counted is not None:
                return None if counted in self.not_bases else BASE_PREFIX + counted
            if noun_at is not None:
                return PERCENT  # "one in five"
        if k < len(tokens) and tokens[k].text in "-\u2010\u2011" and tokens[k].start == tokens[k - 1].end:
            return None  # "a half-hour show", "a quarter-final"
        if k >= len(tokens) or tokens[k].kind != "word":
            return PERCENT  # "lost a third.", "fell by half,"
        word = tokens[k].low
        if word in self.not_after or (of is None and word not in self.stop_words):
            return None  # "a third suspect", "half an hour": an ordinal or a part of a time
        return PERCENT

    def _base(self, tokens: list[Token], k: int) -> str | None:
        """What a share is a share of: the counted noun at ``tokens[k]`` ("des emplois": jobs), a
        noun of no class in the English singular, as "of its value" and "one in three voters" name
        it ("de sa valeur": value, "un salarié sur trois": employee)."""
        name = self.counted(tokens, k)
        return name if name is None or name in self.classes else english_singular(name, self.irregular)

    def _hedged(self, value: float, hedge) -> tuple[float, float]:
        """A fraction's interval with its hedge: "more than a third" lies below the next common
        fraction (a half), as "more than 40" lies below 50 (see the hedges of the rules); any other
        hedge as on a percentage ("nearly half": 45..50)."""
        if hedge is None:
            return value, value
        if hedge.shape == "above":
            return value, round(next((f for f in _COMMON_SHARES if f > value + 0.01), 100.0), 2)
        return hedged_figure(value, hedge, False, self.round_steps)

    def _fraction(self, tokens: list[Token], k: int, at_number: dict[int, NumberSpan]) -> tuple[int, int, float, int | None] | None:
        """(first token, last token, percent, the token a proportion's noun starts at) of a fraction
        starting at ``tokens[k]``: "a third" (no noun of its own), "two in five voters" (voters),
        "une personne sur cinq" (personne)."""
        if self.not_before.before(tokens, k):
            return None
        number = at_number.get(k)
        if number is not None and number.words and 0 < number.value < 1:
            return k, number.last_token, round(100.0 * number.value, 2), None  # the number words read it: "two-thirds", "un tiers"
        article = self.articles.after(tokens, k) if number is None else None
        if number is not None:
            numerator, after = number.value, number.last_token + 1
        elif article is not None:
            numerator, after = 1.0, k + article[0]
        elif tokens[k].low in self.alone:
            numerator, after = 1.0, k
        else:
            return None
        if after < len(tokens) and tokens[after].text in "-\u2010\u2011" and tokens[after].kind == "sym":
            after += 1  # "two-thirds"
        denominator = self.denominators.after(tokens, after)
        if denominator is not None:
            if number is not None and not number.words:
                return None  # "3 quarters", "2 thirds": digits before a fraction word are rare and often no fraction
            return k, after + denominator[0] - 1, _percent(numerator, denominator[1]), None
        if number is None:
            return None
        noun_at = None
        per = self.per.after(tokens, after)
        if per is None and after < len(tokens) and tokens[after].kind == "word" and tokens[after].low not in self.stop_words:
            noun_at, per = after, self.per.after(tokens, after + 1)  # "une personne sur cinq"
            after += 1
        if per is not None:
            whole = at_number.get(after + per[0])
            if whole is not None and whole.value > numerator > 0 and float(whole.value).is_integer():
                return k, whole.last_token, _percent(numerator, whole.value), whole.last_token + 1 if noun_at is None else noun_at
        return None


def _percent(numerator: float, denominator: float) -> float:
    return round(100.0 * numerator / denominator, 2)
