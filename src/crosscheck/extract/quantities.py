"""Quantity mentions: figures with their hedge as an interval, what is counted, and the event.

The number grammar lives in :mod:`crosscheck.normalise.quantities`; this module decides which
numbers are figures (not years, dates, clock times, ages, identifiers or durations), reads the
hedge, range, unit, counted noun and event around each from the ``quantities`` rule file, and
returns :class:`~crosscheck.models.Mention` objects with offsets into the original text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..calendar_words import MONTHS
from ..models import Document, Mention, QuantityValue, Sentence
from ..normalise.quantities import NUMBER_WORDS, NumberSpan, Token, find_numbers, hedged_interval, tokenize
from ..rules import RuleFile, RulePack, default_rules_dir, load_rule_file, rule_kind


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Examples(_Strict):
    """Sentences a rule must and must not fire on; the test suite runs them."""

    match: list[str] = Field(min_length=1)
    no_match: list[str] = Field(min_length=1)


class HedgeRule(_Strict):
    name: str
    shape: Literal["below", "above", "band", "at_most"]
    strict: bool = False
    width: float = Field(ge=0, le=10)
    before: list[str] = Field(default_factory=list)
    after: list[str] = Field(default_factory=list)
    examples: Examples


class VagueRule(_Strict):
    phrase: str
    low: float
    high: float

    @model_validator(mode="after")
    def _ordered(self) -> "VagueRule":
        if self.low > self.high:
            raise ValueError(f"low {self.low} is above high {self.high}")
        return self


class WordClass(_Strict):
    name: str
    words: list[str] = Field(min_length=1)


class Currency(_Strict):
    code: str
    before: list[str] = Field(default_factory=list)
    after: list[str] = Field(default_factory=list)


class NotCounts(_Strict):
    before: list[str] = Field(default_factory=list)
    after: list[str] = Field(default_factory=list)
    examples: Examples


@rule_kind("quantities")
class QuantityRules(RuleFile):
    """Hedge widths, vague amounts, counted-noun classes, event words, currencies, non-counts."""

    hedges: list[HedgeRule] = Field(default_factory=list)
    vague: list[VagueRule] = Field(default_factory=list)
    vague_examples: Examples | None = None
    nouns: list[WordClass] = Field(default_factory=list)
    noun_examples: Examples | None = None
    events: list[WordClass] = Field(default_factory=list)
    event_examples: Examples | None = None
    currencies: list[Currency] = Field(default_factory=list)
    currency_examples: Examples | None = None
    percent_words: list[str] = Field(default_factory=list)
    not_counts: NotCounts | None = None

    @field_validator("hedges", "vague", "nouns", "events", "currencies")
    @classmethod
    def _phrases_have_words(cls, value):
        for rule in value:
            for phrase in _phrases_of(rule):
                if not _phrase_key(phrase):
                    raise ValueError(f"phrase {phrase!r} has no words")
        return value


def _phrases_of(rule) -> list[str]:
    if isinstance(rule, HedgeRule):
        return rule.before + rule.after
    if isinstance(rule, VagueRule):
        return [rule.phrase]
    if isinstance(rule, WordClass):
        return rule.words
    return rule.before + rule.after


def _phrase_key(phrase: str) -> tuple[str, ...]:
    """A phrase as the lower-case token texts it matches ("45-year-old" -> ("-", "year", "-", "old"))."""
    return tuple(token.low for token in tokenize(phrase))


class _PhraseTable:
    """Phrases keyed by their token texts, for longest-match lookups at a token position."""

    def __init__(self, entries: list[tuple[str, object]]):
        self.table: dict[tuple[str, ...], object] = {}
        for phrase, payload in entries:
            self.table.setdefault(_phrase_key(phrase), payload)
        self.sizes_by_first: dict[str, list[int]] = {}
        self.sizes_by_last: dict[str, list[int]] = {}
        for key in self.table:
            self.sizes_by_first.setdefault(key[0], []).append(len(key))
            self.sizes_by_last.setdefault(key[-1], []).append(len(key))
        for sizes in (*self.sizes_by_first.values(), *self.sizes_by_last.values()):
            sizes.sort(reverse=True)

    def after(self, tokens: list[Token], k: int) -> tuple[int, object] | None:
        """Longest phrase starting at ``tokens[k]``: (number of tokens, payload)."""
        if k >= len(tokens):
            return None
        for size in self.sizes_by_first.get(tokens[k].low, ()):
            key = tuple(token.low for token in tokens[k : k + size])
            if key in self.table:
                return size, self.table[key]
        return None

    def before(self, tokens: list[Token], k: int) -> tuple[int, object] | None:
        """Longest phrase ending just before ``tokens[k]``: (number of tokens, payload)."""
        if k <= 0:
            return None
        for size in self.sizes_by_last.get(tokens[k - 1].low, ()):
            if size > k:
                continue
            key = tuple(token.low for token in tokens[k - size : k])
            if key in self.table:
                return size, self.table[key]
        return None


_STOP_WORDS = frozenset(
    """a an the of in on at to for from by with and or but as than that which who whom whose
    were was is are be been being has have had will would could should may might can do did does
    not no it its their his her our this these those there here when while after before since
    during into onto over under about around per each every some any all both more most less""".split()
)
_YEAR_RANGE = (1000, 2100)
_EVENT_REACH = 12  # tokens either side of a figure in which its event word is looked for
_CLAUSE_ENDS = frozenset(";()[]—–")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[A-Za-z]+")  # the words of :func:`tokenize`


class QuantityExtractor:
    """Finds quantity mentions in the sentences of a document; built once per run from the rules."""

    def __init__(self, rules: RulePack):
        files: list[QuantityRules] = rules.get("quantities")
        self.hedges_before = _PhraseTable([(p, h) for f in files for h in f.hedges for p in h.before])
        self.hedges_after = _PhraseTable([(p, h) for f in files for h in f.hedges for p in h.after])
        self.vague = _PhraseTable([(v.phrase, v) for f in files for v in sorted(f.vague, key=lambda v: -len(v.phrase))])
        self.nouns = _PhraseTable([(w, c.name) for f in files for c in f.nouns for w in c.words])
        self.events = _PhraseTable([(w, c.name) for f in files for c in f.events for w in c.words])
        self.currency_before = _PhraseTable([(p, c.code) for f in files for c in f.currencies for p in c.before])
        self.currency_after = _PhraseTable([(p, c.code) for f in files for c in f.currencies for p in c.after])
        self.percent = _PhraseTable([(p, "percent") for f in files for p in f.percent_words])
        self.not_before = _PhraseTable([(p, True) for f in files if f.not_counts for p in f.not_counts.before])
        self.not_after = _PhraseTable([(p, True) for f in files if f.not_counts for p in f.not_counts.after])
        # A vague amount ("a few", "tens of thousands") needs every word of one of its phrases.
        self.vague_words = sorted(
            {frozenset(part for part in key if _WORD.fullmatch(part)) for key in self.vague.table}, key=sorted
        )

    def extract(self, doc: Document, sentences: list[Sentence], times: list[Mention]) -> list[Mention]:
        """Quantity mentions of every sentence, skipping numbers inside the given time mentions."""
        time_spans = sorted((m.start, m.end) for m in times if m.kind == "time")
        mentions: list[Mention] = []
        for sentence in sentences:
            for start, end, value in self.extract_text(sentence.text):
                start += sentence.start
                end += sentence.start
                if any(s < end and start < e for s, e in time_spans):
                    continue
                mentions.append(
                    Mention(kind="quantity", document=doc.id, text=doc.text[start:end], start=start, end=end,
                            line=doc.line_of(start), sentence=sentence.index, value=value)
                )
        return mentions

    def extract_text(self, text: str) -> list[tuple[int, int, QuantityValue]]:
        """Figures of one sentence (or any text): (start, end, value) with offsets into ``text``."""
        if not self._may_hold_figures(text):
            return []
        try:
            tokens = tokenize(text)
            figures = self._figures(text, tokens)
        except (ValueError, OverflowError, ZeroDivisionError, IndexError):
            return []
        return sorted(figures, key=lambda figure: (figure[0], figure[1]))

    def _may_hold_figures(self, text: str) -> bool:
        """False when ``text`` has no digit, no number word and no whole vague phrase: most sentences."""
        if _DIGIT.search(text):
            return True
        words = {word.lower() for word in _WORD.findall(text)}
        return not NUMBER_WORDS.isdisjoint(words) or any(required <= words for required in self.vague_words)

    def _figures(self, text: str, tokens: list[Token]) -> list[tuple[int, int, QuantityValue]]:
        numbers = [n for n in find_numbers(text, tokens) if self._is_figure(tokens, n)]
        numbers += self._metre_or_million(tokens)
        numbers.sort(key=lambda n: n.first_token)
        figures: list[tuple[int, int, QuantityValue]] = []
        skip_next = False
        for position, number in enumerate(numbers):
            if skip_next:
                skip_next = False
                continue
            first, last = number.first_token, number.last_token
            low, high, is_range = number.value, number.value, False
            following = numbers[position + 1] if position + 1 < len(numbers) else None
            if following is not None:
                between = first > 0 and tokens[first - 1].low in ("between", "from")
                link = [t.low for t in tokens[last + 1 : following.first_token]]
                if link in (["to"], ["-"], ["–"], ["—"], ["through"]) or (between and link == ["and"]):
                    if number.scale == 1 and following.scale > 1 and number.value * following.scale <= following.value:
                        low = number.value * following.scale
                    if low < following.value:
                        high, is_range, skip_next = following.value, True, True
                        last = following.last_token
                        if between:
                            first -= 1
            figure = self._figure(text, tokens, first, last, low, high, number, is_range)
            if figure is not None:
                figures.append(figure)
        figures.extend(self._vague_figures(text, tokens, figures))
        return figures

    def _figure(self, text, tokens, first, last, low, high, number: NumberSpan, is_range):
        unit, first, last = self._unit(tokens, first, last)
        hedge = None
        before = self.hedges_before.before(tokens, first)
        if before:
            size, hedge = before
            first -= size
        if hedge is None:
            after = self.hedges_after.after(tokens, last + 1)
            if after:
                size, hedge = after
                last += size
        noun_class, noun_end = self._noun(tokens, last + 1, number.scale > 1, plural=high != 1)
        if hedge is None and noun_class is not None:
            after = self.hedges_after.after(tokens, noun_end + 1)  # "20 people or more"
            if after:
                hedge = after[1]
        if unit is None and noun_class is None and hedge is None and not is_range and number.words:
            return None  # "one of the ...", "the two expressed": a word number that counts nothing named
        if unit is None:
            unit = noun_class or "count"
        counts = unit not in ("percent", "percentage points") and not _is_currency(unit)
        integer = counts and float(low).is_integer() and float(high).is_integer()
        if hedge is None:
            interval = (low, high)
        else:
            interval = (
                hedged_interval(low, hedge.shape, hedge.strict, hedge.width, integer)[0],
                hedged_interval(high, hedge.shape, hedge.strict, hedge.width, integer)[1],
            )
        start, end = tokens[first].start, tokens[last].end
        value = QuantityValue(
            low=interval[0], high=interval[1], unit=unit, hedge=hedge.name if hedge else None,
            exact=text[start:end], noun=noun_class, event=self._event(tokens, first, max(last, noun_end)),
        )
        return start, end, value

    def _unit(self, tokens, first, last):
        """Currency or percent around the figure: (unit or None, first token, last token)."""
        before = self.currency_before.before(tokens, first)
        if before:
            return before[1], first - before[0], last
        after = self.currency_after.after(tokens, last + 1)
        if after:
            return after[1], first, last + after[0]
        after = self.percent.after(tokens, last + 1)
        if after:
            unit = "percentage points" if tokens[last + after[0]].low.startswith("point") else "percent"
            return unit, first, last + after[0]
        return None, first, last

    def _noun(self, tokens, k, allow_of, plural=True):
        """Class (or head word) of what is counted after the figure; (name, last token index).

        Without a class from the rules, the head is the first plural-looking word of the words
        that follow ("two military coups" -> coups), so a verb after the noun is not taken.
        """
        if k < len(tokens) and tokens[k].low == "of" and allow_of:
            k += 1
            if k < len(tokens) and tokens[k].low == "the":
                k += 1
        head = None
        for j in range(k, min(k + 4, len(tokens))):
            found = self.nouns.after(tokens, j)
            if found:
                return found[1], j + found[0] - 1
            token = tokens[j]
            if token.kind != "word" or token.low in _STOP_WORDS:
                break
            if token.joined or (j > k and tokens[j - 1].kind == "sym" and tokens[j - 1].text == "-"):
                continue
            if self.events.after(tokens, j):
                break
            if token.text[:1].isupper():
                continue  # "US", "Malian": adjectives before the noun
            if not plural or token.low.endswith("s"):
                head = (token.low, j)
                break
        if head is None or not head[0].isalpha() or tokens[head[1]].text[:1].isupper():
            return None, k - 1
        return head[0], head[1]

    def _event(self, tokens, first, last) -> str | None:
        """The event word nearest to the figure within its clause (``;``, brackets, dashes end one)."""
        best = None
        low = first
        while low > 0 and first - low < _EVENT_REACH and tokens[low - 1].text not in _CLAUSE_ENDS:
            low -= 1
        high = last
        while high + 1 < len(tokens) and high - last < _EVENT_REACH and tokens[high + 1].text not in _CLAUSE_ENDS:
            high += 1
        for j in range(low, high + 1):
            found = self.events.after(tokens, j)
            if not found or j + found[0] - 1 > high:
                continue
            distance = first - (j + found[0]) if j < first else j - last
            if distance < 0:
                continue
            if best is None or distance < best[0]:
                best = (distance, found[1])
        return best[1] if best else None

    def _is_figure(self, tokens: list[Token], number: NumberSpan) -> bool:
        """Whether a number is a figure: not a chain, fraction, year, age, identifier or duration."""
        if number.chain or (number.fraction and abs(number.value) < 1):
            return False
        first, last = number.first_token, number.last_token
        if tokens[first].kind == "sym":  # a sign: "-5" in prose is a score or a temperature
            return False
        if self.not_before.before(tokens, first) or self.not_after.after(tokens, last + 1):
            return False
        if first > 1 and tokens[first - 1].text in "-–" and tokens[first - 2].kind == "word" and tokens[first - 2].end == tokens[first - 1].start:
            return False  # "SCP-173", "Covid-19"
        if _month_before(tokens, first) or (last + 1 < len(tokens) and _is_month(tokens[last + 1])):
            return False  # a day of a date the time extractor did not claim: "Sept. 22", "4 Oct"
        single = tokens[first]
        if first == last and single.kind == "num" and single.text.isdigit() and len(single.text) == 4:
            if _YEAR_RANGE[0] <= number.value <= _YEAR_RANGE[1] and not self.nouns.after(tokens, last + 1):
                return False
        return True

    def _metre_or_million(self, tokens: list[Token]) -> list[NumberSpan]:
        """"$1.5m": a lower-case m is a million only right after money."""
        spans = []
        for k, token in enumerate(tokens):
            if token.kind == "num" and token.metre_or_million and self.currency_before.before(tokens, k):
                spans.append(NumberSpan(token.start, token.end, token.value * 1e6, scale=1e6, first_token=k, last_token=k))
        return spans

    def _vague_figures(self, text, tokens, figures):
        """"Dozens of people", "tens of thousands": fixed ranges from the rules."""
        taken = [(s, e) for s, e, _ in figures]
        found = []
        k = 0
        first_words = self.vague.sizes_by_first
        while k < len(tokens):
            match = self.vague.after(tokens, k) if tokens[k].low in first_words else None
            if not match:
                k += 1
                continue
            size, rule = match
            start, end = tokens[k].start, tokens[k + size - 1].end
            if any(s < end and start < e for s, e in taken):
                k += size
                continue
            first, last = k, k + size - 1
            hedge_before = self.hedges_before.before(tokens, first)
            noun_class, noun_end = self._noun(tokens, last + 1, True)
            if noun_class is None and not (last + 1 < len(tokens) and tokens[last + 1].low == "of"):
                k += size
                continue
            if hedge_before:
                first -= hedge_before[0]
            start = tokens[first].start
            value = QuantityValue(
                low=rule.low, high=rule.high, unit=noun_class or "count", hedge="vague", exact=text[start:end],
                noun=noun_class, event=self._event(tokens, first, max(last, noun_end)),
            )
            found.append((start, end, value))
            k += size
        return found


def _is_month(token: Token) -> bool:
    return token.kind == "word" and token.text[:1].isupper() and token.low in MONTHS


def _month_before(tokens: list[Token], k: int) -> bool:
    if k > 1 and tokens[k - 1].text == "." and tokens[k - 2].end == tokens[k - 1].start:
        k -= 1
    return k > 0 and _is_month(tokens[k - 1])


def _is_currency(unit: str) -> bool:
    return len(unit) == 3 and unit.isupper()


@lru_cache(maxsize=1)
def _default_extractor() -> QuantityExtractor:
    pack = RulePack()
    for path in sorted(default_rules_dir().rglob("quantities*.yaml")):
        model, _problems = load_rule_file(path)
        if model is not None:
            pack.files.setdefault(model.kind, []).append(model)
    return QuantityExtractor(pack)


def extract_quantities_from_text(text: str, extractor: QuantityExtractor | None = None) -> list[tuple[int, int, QuantityValue]]:
    """Figures of any text with the default rule pack (or ``extractor``): (start, end, value)."""
    return (extractor or _default_extractor()).extract_text(text)
