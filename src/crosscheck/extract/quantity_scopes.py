"""Figures that count a part of another count, an increment, a rate or a total over a period: their own measures.

A count inside a count is a part, not a rival value of the whole: "48 people were injured, nine
of them seriously", "2,400 jobs, about 1,100 of them in Germany", "dont 1 500 en Allemagne",
"the driver and two passengers were among the dead". A total over a period ("since January",
"so far this year", "depuis le début de l'année") is another measure than one event's toll. Each
such figure keeps its unit with the part's qualifier or the period appended ("people, seriously",
"jobs, in germany", "people, since january"), the way an age of one of several men is "age of
man aged 23": figures are compared only within one unit, so a part meets only the same part
and a period total only a total over the same period, never the whole or the event's own toll.

An increment adds to a total it is not ("another 12 people died", "a further 500 troops", "sept
corps supplémentaires": "people, more"), and a rate is no count ("300 million euros a year":
"EUR, a year"; "a year earlier" dates a comparison and is no rate).

Where the whole is named right after the part ("three of its six carriages", "quatre des six
voitures"), the part is the count the sentence tells (three carriages left the rails) and takes
the whole's noun, while the whole becomes the total ("carriages, in all").

The words are language data: ``parts`` and ``periods`` of ``rules/<lang>/quantities.yaml``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from ..models import QuantityValue
from ..numbers.tokens import Token
from .quantity_fractions import BASE_PREFIX, PERCENT, is_share
from .quantity_rules import Parts, Periods
from .quantity_tables import PhraseTable

_CLAUSE_ENDS = frozenset({",", ";", ":", "(", ")", "\u2014", "\u2013", ".", "!", "?", '"', "\u201c", "\u201d"})
_QUALIFIER_WORDS = 3  # words at most in a part's qualifier ("in Germany", "seriously", "en Allemagne")
_CONJUNCT_REACH = 6  # tokens at most in the conjunct before a coordinated part ("the train's driver and")
_AMONG_REACH = 4  # tokens at most between a figure and "among the" ("two passengers were among the dead")
_PERIOD_REACH = 16  # tokens at most between a period phrase and the total it qualifies

Figure = tuple[int, int, QuantityValue]


_NOUN_PHRASE_REACH = 4  # words at most in the noun phrase of a whole before its relative clause


@dataclass(frozen=True)
class _Scoped:
    """One figure of a sentence with its token span."""

    start: int
    end: int
    value: QuantityValue
    first: int
    last: int


class ScopeReader:
    """Marks the parts, increments, rates and period totals among the figures of one sentence (see
    the module docstring)."""

    def __init__(self, parts: list[Parts], periods: list[Periods], table, link_words: frozenset[str], number_words: frozenset[str]):
        self.after_part = table([(p, True) for r in parts for p in r.after])
        self.before_part = table([(p, True) for r in parts for p in r.before])
        self.of_whole = table([(p, True) for r in parts for p in r.of_whole])
        self.among = table([(p, True) for r in parts for p in r.among])
        self.qualifier_starts = frozenset(w.lower() for r in parts for w in r.qualifier_starts)
        self.qualifier_suffixes = tuple(w.lower() for r in parts for w in r.qualifier_suffixes)
        self.determiners = frozenset(w.lower() for r in parts for w in r.determiners)
        self.people = frozenset(w.lower() for r in parts for w in r.people)
        self.coordinators = frozenset(w.lower() for r in parts for w in r.coordinators)
        self.increments_before = table([(p, True) for r in parts for p in r.increments_before])
        self.increments_after = table([(p, True) for r in parts for p in r.increments_after])
        self.increment_tag = next((r.increment for r in parts if r.increment), "more")
        # words between an increment and its noun, which the noun search passes ("seven MORE bodies")
        self.increment_words = frozenset(p.lower() for r in parts for p in r.increments_after if " " not in p)
        self.whole_tag = next((r.whole for r in parts if r.whole), "in all")
        self.part_tag = next((r.part for r in parts if r.part), "part")
        self.link_words = link_words
        self.relatives = frozenset(w.lower() for r in parts for w in r.relatives)
        self.comparatives = frozenset(w.lower() for r in parts for w in r.comparatives)
        self.number_words = number_words
        self.periods = table([(p, True) for r in periods for p in r.phrases])
        self.rates = table([(w, c.name) for r in periods for c in r.rates for w in c.words])
        self.not_rates_before = frozenset(w.lower() for r in periods for w in r.not_rates_before)
        self.per_unit_measures = frozenset(m for r in periods for m in r.per_unit_measures)

    def keeps_word_figure(self, tokens: list[Token], first: int, last: int, value: float) -> bool:
        """Whether a word number that names no noun still counts something: a part ("nine of them",
        "dont neuf", "three of its six carriages"); "one of them" is a reference to one, no count."""
        return value != 1 and bool(self.after_part.after(tokens, last + 1) or self.before_part.before(tokens, first)
                                   or self._whole_after(tokens, last) is not None or self._increment(tokens, first, last))

    def names_whole(self, tokens: list[Token], first: int) -> bool:
        """Whether the number at ``tokens[first]`` is a whole named after its part ("three of THE
        six carriages", "quatre DES six voitures"), not a reference back ("the six countries")."""
        found = self.of_whole.before(tokens, first)
        if found is None or first - found[0] < 1:
            return False
        part = tokens[first - found[0] - 1]
        return part.kind == "num" or part.low in self.number_words

    def apply(self, text: str, tokens: list[Token], figures: list[Figure]) -> list[Figure]:
        """The figures of one sentence with parts, increments, rates and period totals given their own measure."""
        if not figures:
            return figures
        starts = [t.start for t in tokens]
        ends = [t.end for t in tokens]
        spans = [_Scoped(s, e, v, bisect.bisect_left(starts, s), bisect.bisect_left(ends, e)) for s, e, v in figures]
        values = [s.value for s in spans]
        # the nearest earlier count, and of each unit: a part's whole (one pass, not a search per figure)
        last_count: QuantityValue | None = None
        last_of_unit: dict[str, QuantityValue] = {}
        for index, span in enumerate(spans):
            value = span.value
            whole = last_count if value.unit == "count" else last_of_unit.get(value.unit)
            scoped = self._part(tokens, spans, index, whole)
            if scoped is not None:
                values[index] = scoped
            if _counts(value):
                last_count = last_of_unit[value.unit] = value
        last_count = None
        for index, span in enumerate(spans):
            value = values[index]
            if _counts(value) and ", " not in value.unit and self._increment(tokens, span.first, span.last):
                # "a further 500 troops"; "21 bodies ..., after two more were found": more of the same
                whole = last_count if last_count is not None and value.unit == "count" else value
                values[index] = _like(value, whole, self.increment_tag)
            elif _counts(value) and ", " not in value.unit:
                last_count = value
        for index, span in enumerate(spans):
            whole = self._whole_after(tokens, span.last)
            if whole is not None and index + 1 < len(spans) and spans[index + 1].first == whole and _counts(values[index + 1]) \
                    and values[index].unit == PERCENT:
                # "Half of the 2,400 jobs", "nearly half of the 300 workers": a share of that whole
                share = BASE_PREFIX + values[index + 1].unit
                values[index] = values[index].model_copy(update={"unit": share, "noun": share})
                continue
            if whole is not None and index + 1 < len(spans) and spans[index + 1].first == whole and _counts(values[index + 1]):
                # "Eleven of the 14 inmates who escaped ... were recaptured": the relative clause
                # tells what the whole did; the part is what the main clause tells, another measure.
                tag = self.part_tag if self._relative_after(tokens, spans[index + 1].last + 1) else None
                values[index] = _like(values[index], values[index + 1], tag)
                values[index + 1] = _like(values[index + 1], values[index + 1], self.whole_tag)
        for index, span in enumerate(spans):
            rate = self._rate(tokens, span.last + 1)
            if (rate is not None and _counts(values[index]) and ", " not in values[index].unit
                    and values[index].noun not in self.per_unit_measures):
                values[index] = _like(values[index], values[index], rate)
        for index, phrase in self._period_totals(text, tokens, spans):
            if _counts(values[index]) and ", " not in values[index].unit:
                values[index] = _like(values[index], values[index], phrase)
        return [(s.start, s.end, v) for s, v in zip(spans, values)]

    def _part(self, tokens: list[Token], spans: list[_Scoped], index: int, whole: QuantityValue | None) -> QuantityValue | None:
        """The value of ``spans[index]`` as a part of ``whole`` (the nearest earlier count, of the
        part's own unit when the part names one), or None when it is no part."""
        span = spans[index]
        value = span.value
        if not _counts(value):
            return None
        after = self.after_part.after(tokens, span.last + 1)
        if after is not None:  # "nine of them seriously", "about 1,100 of them in Germany"
            return _like(value, whole or value, self._qualifier(tokens, span.last + after[0] + 1))
        if self.before_part.before(tokens, span.first) and whole is not None:  # "dont 1 500 en Allemagne"
            return _like(value, whole, self._qualifier(tokens, self._past_noun(value, tokens, span.last + 1)))
        fronted = self._fronted_whole(tokens, spans, index)
        if fronted is not None:  # "Of the 2,400 jobs to go, around 1,100 will be in Germany"
            return _like(value, fronted, self._qualifier(tokens, span.last + 1))
        if self._coordinated(tokens, span.first) or self._among(tokens, span):
            same = whole is not None and whole.unit == value.unit
            return _like(value, whole if same else value, self.part_tag)  # "among them three children": of the dead
        return None

    def _increment(self, tokens: list[Token], first: int, last: int) -> bool:
        """Whether a figure adds to an earlier count ("another 12 people", "a further 500 troops",
        "two more were found", "sept corps supplémentaires"): an increment, not the total.
        "12 more than last year" compares, and "more" before "than" is no increment."""
        if self.increments_before.before(tokens, first):
            return True
        for k in (last + 1, last + 2):
            found = self.increments_after.after(tokens, k)
            if found is not None:
                end = k + found[0]
                return not any(t.low in self.comparatives for t in tokens[end:end + 2])
            if k >= len(tokens) or tokens[k].kind != "word" or tokens[k].low in self.link_words:
                return False
        return False

    def _relative_after(self, tokens: list[Token], j: int) -> bool:
        """Whether a relative clause opens within the noun phrase starting at ``tokens[j]`` ("14
        escaped inmates WHO", "quatorze détenus QUI"): a relative word after lower-case words only."""
        for k in range(j, min(j + _NOUN_PHRASE_REACH, len(tokens))):
            if tokens[k].low in self.relatives:
                return k > j
            if tokens[k].kind != "word" or tokens[k].text[:1].isupper():
                return False
        return False

    def _whole_after(self, tokens: list[Token], last: int) -> int | None:
        """The token where a whole named right after a part starts ("three OF ITS six carriages")."""
        found = self.of_whole.after(tokens, last + 1)
        if found is None:
            return None
        at = last + 1 + found[0]
        if at < len(tokens) and (tokens[at].kind == "num" or tokens[at].low in self.number_words):
            return at
        return None

    def _fronted_whole(self, tokens: list[Token], spans: list[_Scoped], index: int) -> QuantityValue | None:
        """The whole of a clause that opens with it ("Of the 2,400 jobs to go, ..."): an earlier
        figure right after an opening `of_whole` phrase at the start of the sentence, a comma
        between it and this figure."""
        if index == 0:
            return None
        first = spans[0]
        opening = self.of_whole.before(tokens, first.first)
        if opening is None or first.first - opening[0] != 0 or not _counts(first.value):
            return None
        between = tokens[first.last + 1: spans[index].first]
        if not any(t.text == "," for t in between) or any(t.text in (";", ":") for t in between):
            return None
        return first.value

    def _coordinated(self, tokens: list[Token], first: int) -> bool:
        """Whether the figure is the second conjunct after one person ("the train driver AND two
        passengers", "le conducteur du train ET deux passagers"): it counts only some of them."""
        if first < 2 or tokens[first - 1].low not in self.coordinators:
            return False
        conjunct = []
        for j in range(first - 2, max(first - 2 - _CONJUNCT_REACH, -1), -1):
            if tokens[j].text in _CLAUSE_ENDS or tokens[j].kind == "num":
                if tokens[j].kind == "num":
                    return False
                break
            conjunct.append(tokens[j])
        else:
            if first - 2 - _CONJUNCT_REACH >= 0:
                return False  # the conjunct runs further back than a noun phrase does
        if not conjunct or conjunct[-1].low not in self.determiners:
            return False
        words = {t.low for t in conjunct}
        return bool(words & self.people) and not words & self.link_words

    def _among(self, tokens: list[Token], span: _Scoped) -> bool:
        """A part of a toll by "among": "two passengers were AMONG THE dead" (a few words after the
        figure), "AMONG THE dead were 12 children", "among them three children" (before it; not the
        whole of "among the 12 dead were 3 children")."""
        for j in range(span.last + 1, min(span.last + 1 + _AMONG_REACH, len(tokens))):
            if tokens[j].text in _CLAUSE_ENDS or tokens[j].kind == "num":
                break
            if self.among.after(tokens, j):
                return True
        for k in range(span.first - 1, max(span.first - 2 - _AMONG_REACH, -1), -1):
            if tokens[k].text in _CLAUSE_ENDS:
                break
            found = self.among.after(tokens, k)
            if found and (k + found[0] < span.first or tokens[span.first - 1].low not in self.determiners):
                return True  # "among them three children"; "among the 12 dead" names the whole
        return False

    def _past_noun(self, value: QuantityValue, tokens: list[Token], j: int) -> int:
        """The token after the figure's own counted noun ("1 500 postes en ...": after "postes")."""
        if value.noun and j < len(tokens) and tokens[j].kind == "word" and tokens[j].low not in self.qualifier_starts \
                and not tokens[j].text[:1].isupper():
            return j + 1
        return j

    def _qualifier(self, tokens: list[Token], j: int) -> str:
        """A part's qualifier: an adverb or a phrase of place after it, past link words, to the end
        of its clause ("seriously", "in germany", "will be in Germany" -> "in germany"); the part
        tag when none follows ("dont deux se trouvaient ...")."""
        while j < len(tokens) and tokens[j].low in self.link_words:
            j += 1
        if j >= len(tokens) or not (tokens[j].low in self.qualifier_starts or tokens[j].low.endswith(self.qualifier_suffixes)):
            return self.part_tag
        words = []
        while j < len(tokens) and len(words) < _QUALIFIER_WORDS:
            token = tokens[j]
            if token.text in _CLAUSE_ENDS or token.kind not in ("word", "sym") or token.low in self.coordinators:
                break
            if token.kind == "word":
                words.append(token.low)
            j += 1
        return " ".join(words) or self.part_tag

    def _rate(self, tokens: list[Token], j: int) -> str | None:
        """The name of the rate right after a figure or its noun's word or two ("25 cases a year",
        "300 million euros a year", "par an": "a year"), or None ("a year earlier" is no rate)."""
        for k in range(j, min(j + 3, len(tokens))):
            found = self.rates.after(tokens, k)
            if found is not None:
                end = k + found[0]
                if end < len(tokens) and (tokens[end].low in self.not_rates_before or tokens[end].joined):
                    return None  # "a year earlier"; "a season-high 10 assists", "a year-long war"
                return found[1]
            if tokens[k].kind != "word" or tokens[k].low in self.link_words:
                return None
        return None

    def _period_totals(self, text: str, tokens: list[Token], spans: list[_Scoped]) -> list[tuple[int, str]]:
        """(index of the figure, period phrase) of each total over a period: the nearest figure of
        the phrase's clause (a comma may close a phrase that opens the sentence)."""
        found = []
        k = 0
        openers = self.periods.sizes_by_first  # the first words of the period phrases
        while k < len(tokens):
            match = self.periods.after(tokens, k) if tokens[k].low in openers else None
            if match is None:
                k += 1
                continue
            size = match[0]
            phrase = " ".join(text[tokens[k].start:tokens[k + size - 1].end].lower().split())
            best = None
            for index, span in enumerate(spans):
                if span.last < k:
                    gap = tokens[span.last + 1:k]
                    distance = k - span.last
                elif span.first >= k + size:
                    gap = tokens[k + size:span.first]
                    distance = span.first - (k + size)
                    if k == 0 and gap and gap[0].text == ",":
                        gap = gap[1:]  # "Depuis le début de l'année, plus de 400 migrants ..."
                else:
                    continue
                if distance > _PERIOD_REACH or any(t.text in _CLAUSE_ENDS for t in gap):
                    continue
                if best is None or distance < best[0]:
                    best = (distance, index)
            if best is not None:
                found.append((best[1], phrase))
            k += size
        return found


def _counts(value: QuantityValue) -> bool:
    """Whether a figure is a count or an amount that can have parts (not a percentage or an age)."""
    return value.unit != "percentage points" and not is_share(value.unit) and not value.unit.startswith("age of")


def _like(value: QuantityValue, whole: QuantityValue, qualifier: str | None) -> QuantityValue:
    """``value`` counting what ``whole`` counts, with ``qualifier`` appended to its measure."""
    unit = whole.unit if value.unit == "count" or whole is not value else value.unit
    noun = whole.noun if whole is not value else value.noun
    event = value.event or whole.event
    if qualifier:
        unit = f"{unit}, {qualifier}"
        noun = f"{noun or whole.unit}, {qualifier}"
    return value.model_copy(update={"unit": unit, "noun": noun, "event": event})
