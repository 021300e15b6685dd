"""Lookup tables of the quantity reader: phrases by their tokens, and spans to test for overlap."""

from __future__ import annotations

import bisect
from collections.abc import Container, Iterable
from itertools import accumulate

from ..calendar_words import MONTHS, WEEKDAYS
from ..numbers.tokens import Token, tokenize


class PhraseTable:
    """Phrases keyed by their token texts, for longest-match lookups at a token position."""

    def __init__(self, entries: list[tuple[str, object]], decimal_comma: bool = False):
        self.table: dict[tuple[str, ...], object] = {}
        for phrase, payload in entries:
            key = tuple(token.low for token in tokenize(phrase, decimal_comma))
            if key:
                self.table.setdefault(key, payload)
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
            if k + size > len(tokens):
                continue
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


class SpanIndex:
    """Spans, to ask whether one overlaps ``start``..``end`` in O(log n): the spans sorted by start
    with the largest end so far. (A scan of every span per figure was quadratic in a long text.)"""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(accumulate((e for _, e in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        before = bisect.bisect_left(self._starts, end)  # the spans that start before ``end``
        return before > 0 and self._reach[before - 1] > start


def past_coordinated_noun(tokens: list[Token], j: int, coordinators: frozenset[str], events: PhraseTable,
                          not_nouns: Container[str]) -> int:
    """The token after a second counted noun joined to the first ("operations AND APPOINTMENTS
    have been postponed"), or ``j`` when none starts at ``tokens[j]``: a coordinator, then one
    lower-case word that is no event word ("killed 30 and wounded 50" keeps its second event)
    and none of ``not_nouns`` (stop words, number words: "30 dead and dozens wounded" counts two)."""
    if j + 1 >= len(tokens) or tokens[j].low not in coordinators:
        return j
    noun = tokens[j + 1]
    if noun.kind != "word" or not noun.text[:1].islower() or noun.low in not_nouns or events.after(tokens, j + 1):
        return j
    return j + 2


def event_past_adjective(tokens: list[Token], j: int, events: PhraseTable, links: Container[str], not_nouns: Container[str],
                         reach: int) -> str | None:
    """The event a verb tells of what a figure counts when the event word before ``tokens[j]`` is
    that noun's adjective ("after three INJURED workers DIED": the workers died; the verb names the
    event, not the participle), or None: ``tokens[j]`` is a lower-case plural word naming no event
    and none of ``not_nouns``, and a strong event word follows it, past ``links`` only."""
    if j >= len(tokens) or tokens[j].kind != "word" or not tokens[j].text.islower() or not tokens[j].low.endswith("s") \
            or tokens[j].low in not_nouns or tokens[j].low in links or events.after(tokens, j):
        return None
    k = j + 1
    while k < len(tokens) and k - j <= reach:
        found = events.after(tokens, k)
        if found:
            name, weak = found[1]
            return None if weak else name
        if tokens[k].low not in links:
            return None
        k += 1
    return None


def abbreviation_dot(tokens: list[Token], j: int) -> bool:
    """Whether ``tokens[j]`` is the dot of a capital-letter abbreviation ("U.S.", "U.N.")."""
    token = tokens[j]
    if token.text != "." or j == 0:
        return False
    before = tokens[j - 1]
    return before.kind == "word" and len(before.text) == 1 and before.text.isupper() and before.end == token.start


def is_month(token: Token) -> bool:
    return token.kind == "word" and token.text[:1].isupper() and token.low in MONTHS


def month_before(tokens: list[Token], k: int) -> bool:
    if k > 1 and tokens[k - 1].text == "." and tokens[k - 2].end == tokens[k - 1].start:
        k -= 1
    return k > 0 and is_month(tokens[k - 1])


def _camel_case(word: str) -> bool:
    """A capital inside a word after a lower-case letter ("AirPods", "iPad", "MacBook"): a brand's spelling."""
    return any(a.islower() and b.isupper() for a, b in zip(word, word[1:]))


def names_a_designation(tokens: list[Token], first: int, last: int, determiners: Container[str]) -> bool:
    """Whether a bare number is part of a name, as models, missions and products are named ("a
    Boeing 737", "the Apollo 11 mission", "l'Airbus 320"): plain digits glued by one space to a
    capitalised word (no month or weekday) right after one of the language's ``determiners``, or
    to a word spelt in camel case as brands are ("AirPods 2", "iPhone 15"), wherever it stands.
    "in Kenya 64 died", "Outbreak Kills 5 in Cameroon" (a headline in title case) or "on Tuesday
    16 were killed" have none, and a determiner makes a name of what follows it: no one writes
    "the Kenya 64". The caller asks only when nothing after the number is what it counts."""
    if first != last or first < 2:
        return False
    number, name, before = tokens[first], tokens[first - 1], tokens[first - 2]
    if number.kind != "num" or not number.text.isdigit() or name.kind != "word" or number.start - name.end != 1:
        return False
    if _camel_case(name.text):
        return True  # a product's own spelling ("AirPods 2", "iPhone 15", "PlayStation 5") names it
    if not name.text[:1].isupper() or is_month(name) or name.low in WEEKDAYS:
        return False
    if before.text in "'’" and first > 2 and tokens[first - 3].end == before.start:
        before = tokens[first - 3]  # an elided article: "l'Airbus 320"
    return before.low in determiners


def share_coordinated_events(tokens: list[Token], figures: list, coordinators: Container[str], nouns: PhraseTable) -> list:
    """Figures joined by "and" share the event said once for both: after the last ("with 174
    passengers and six crew on board", "12 soldiers and three civilians were wounded") or before
    the first ("carrying 174 passengers and six crew"). A figure without an event takes its
    neighbour's when only a counted noun of the rules and a coordinator stand between them, and the event is no noun's own: "64 suspected cases and five deaths" counts no dead
    cases, "30 dead and 50 wounded" and "arrested 12 and killed 3" keep each its own.
    ``figures`` are (start, end, value) by position, and so is the result."""
    starts = [token.start for token in tokens]

    def joined(left: tuple, right: tuple) -> bool:  # "174 [passengers] and six": a counted noun at most between
        first, last = bisect.bisect_left(starts, left[1]), bisect.bisect_left(starts, right[0]) - 1
        if last < first or tokens[last].low not in coordinators:
            return False
        noun = nouns.after(tokens, first) if last > first else (0, None)
        return bool(noun) and noun[0] == last - first

    def own_event(figure: tuple) -> bool:  # "five deaths": the noun right after the figure tells the event
        found = nouns.after(tokens, bisect.bisect_left(starts, figure[1]))
        return bool(found) and found[1][1] is not None

    shared = list(figures)
    for index in range(len(shared) - 2, -1, -1):  # after the last: from the end, "12 soldiers, 3 police and 2 civilians"
        left, right = shared[index], shared[index + 1]
        if left[2].event is None and right[2].event is not None and not own_event(right) and joined(left, right):
            shared[index] = (left[0], left[1], left[2].model_copy(update={"event": right[2].event}))
    for index in range(1, len(shared)):  # before the first: from the start
        left, right = shared[index - 1], shared[index]
        if right[2].event is None and left[2].event is not None and not own_event(left) and joined(left, right):
            shared[index] = (right[0], right[1], right[2].model_copy(update={"event": left[2].event}))
    return shared


def fill_elliptic(figures: list, other_words: Container[str], elliptic_events: Container[str]) -> list:
    """A bare figure of an elliptic event counts what the figure before it counts: "leaving
    1,000 troops in the country, down from 1,700" (1,700 troops); so does a figure of "others"
    ("six miners were killed and about 30 others were trapped": 30 miners). ``figures`` are
    (start, end, value) by position."""
    filled: list = []
    for start, end, value in figures:
        if value.noun in other_words and filled and filled[-1][2].noun not in (None, value.noun):
            previous = filled[-1][2]
            value = value.model_copy(update={"unit": previous.unit, "noun": previous.noun})
        if value.event in elliptic_events and value.noun is None and value.unit == "count" and filled:
            previous = filled[-1][2]
            if previous.noun is not None:
                value = value.model_copy(update={"unit": previous.unit, "noun": previous.noun})
        filled.append((start, end, value))
    return filled


def past_aside(tokens: list[Token], j: int, reach: int) -> int:
    """The token after a comma-bounded aside of at most ``reach`` tokens starting at ``tokens[j]``
    ("30 people, most of them women, were killed"), or ``j`` when none starts there."""
    if j < len(tokens) and tokens[j].text == ",":
        for k in range(j + 1, min(j + reach + 1, len(tokens))):
            if tokens[k].text == ",":
                return k + 1
    return j


def past_name_complement(tokens: list[Token], j: int, prepositions: frozenset[str], determiners: frozenset[str]) -> int:
    """The token after a named complement of a counted noun starting at ``tokens[j]``: a
    preposition, an elided vowel, determiners, then capitalised words ("residents OF PAAMA were
    evacuated", "habitants D'AMBAE avaient été évacués", "patients IN FRANCE are taking"), so
    the event word after it still governs the figure; ``j`` when none starts there."""
    if j >= len(tokens) or tokens[j].low not in prepositions:
        return j
    k = j + 1
    while k < len(tokens) and (tokens[k].text in ("'", "\u2019") or tokens[k].low in determiners):
        k += 1
    end = k
    while end < len(tokens):
        token = tokens[end]
        glued = end > k and token.start == tokens[end - 1].end
        if not ((token.kind == "word" and token.text[:1].isupper()) or (glued and (token.text == "-" or tokens[end - 1].text == "-"))):
            break  # a name's words, and the parts of a hyphenated one ("Port-Vila", "Saint-Denis")
        end += 1
    return end if end > k else j


def compound_modifier(tokens: list[Token], last: int) -> bool:
    """Digits glued by a hyphen to a word ("12.9-inch", "16-inch", "5-star", "10-point") make a
    compound modifier: a size or grade of the noun after it, not a count of anything. The caller
    asks only when the word is no unit, counted noun, scale or duration of the rules."""
    if last + 2 >= len(tokens):
        return False
    number, hyphen, word = tokens[last], tokens[last + 1], tokens[last + 2]
    return (number.kind == "num" and hyphen.text in "-–" and word.kind == "word"
            and number.end == hyphen.start and hyphen.end == word.start)
