"""Figures in a unit of measure, and figures a state verb gives: read for :mod:`.quantities`.

A figure followed by a unit of length, area, weight, volume or speed ("a slick about 6 km long",
"4,300 tonnes of heavy fuel oil", "une quinzaine de kilomètres") is a measure in that unit, named
alike in every language, and compares only with a figure in the same unit. A length that places
something ("15 km west of Kamituga", "à 15 kilomètres de Kamituga") is no figure at all. A bare
figure after a state verb ("now holds more than 800", "en compte désormais 850") counts what the
figure before it counts. The words are the ``units``, ``unit_places`` and ``state_verbs`` of the
``quantities`` rule files.
"""

from __future__ import annotations

from typing import Callable

from ..numbers.tokens import Token
from .quantity_rules import QuantityRules
from .quantity_tables import PhraseTable

_MATERIAL_REACH = 5  # words at most in what a unit measures out ("tonnes of heavy fuel oil")


class UnitReader:
    """The units of measure, the place phrases and the state verbs of one language."""

    def __init__(self, files: list[QuantityRules], table: Callable[[list], PhraseTable], words: Callable,
                 stop_words: frozenset[str], link_words: frozenset[str], events_after: PhraseTable,
                 measure_links: frozenset[str]):
        self.units = table([(w, c.name) for f in files for c in f.units for w in c.words])
        self.kinds = {c.name: c.kind for f in files for c in f.units}
        self.measures = {c.name: c.measure for f in files for c in f.units if c.measure}
        self.complements = words(w for f in files for w in f.unit_complements)
        places = [f.unit_places for f in files if f.unit_places is not None]
        self.place_after = table([(w, True) for p in places for w in p.after])
        self.place_of_a_name = table([(w, True) for p in places for w in p.of_a_name])
        self.place_determiners = words(w for p in places for w in p.name_determiners)
        self.place_before = words(w for p in places for w in p.before)
        self.state_verbs = table([(w, True) for f in files for w in f.state_verbs])
        self.stop_words, self.link_words, self.events_after = stop_words, link_words, events_after
        self.measure_links = measure_links

    def is_unit(self, unit: str | None) -> bool:
        return unit in self.kinds

    def kind(self, unit: str) -> str:
        """What a unit measures: length, area, weight, volume, speed."""
        return self.kinds[unit]

    def measure(self, unit: str) -> str | None:
        """The one thing a unit measures, when it measures one thing only (°C: a temperature)."""
        return self.measures.get(unit)

    def after(self, tokens: list[Token], k: int) -> tuple[int, str] | None:
        """The unit starting at ``tokens[k]``: (number of tokens, unit name), or None."""
        return self.units.after(tokens, k)

    def places_something(self, tokens: list[Token], k: int, first: int | None = None) -> bool:
        """Whether the words from ``tokens[k]`` make the length before them the distance of a place:
        a direction or "from" ("15 km west of", "20 miles from"), or "of"/"de" and a name ("within
        30 km of Goma", "à 15 kilomètres de Kamituga"; "400 kilomètres de côtes" is a measure), or
        "de" after a figure that "à" opens ("à 10 kilomètres de la ville")."""
        if self.place_after.after(tokens, k):
            return True
        found = self.place_of_a_name.after(tokens, k)
        if not found:
            return False
        if first is not None and first > 0 and tokens[first - 1].low in self.place_before:
            return True
        j = k + found[0]
        while j < len(tokens) and tokens[j].low in self.place_determiners:
            j += 1
        return j < len(tokens) and tokens[j].kind == "word" and tokens[j].text[:1].isupper()

    def past_material(self, tokens: list[Token], k: int) -> int:
        """The token after what a unit measures out ("tonnes OF HEAVY FUEL OIL", "hectares de
        forêt", "barrels of crude"), or ``k`` when no complement starts there: a complement word,
        then lower-case words that are no event words, no stop words and no link words, so that
        the event after it ("... on board") still governs the figure."""
        if k >= len(tokens) or tokens[k].low not in self.complements:
            return k
        j = k + 1
        while j < len(tokens) and j - k <= _MATERIAL_REACH and tokens[j].kind == "word" and tokens[j].text[:1].islower() \
                and tokens[j].low not in self.stop_words and tokens[j].low not in self.link_words \
                and not self.events_after.after(tokens, j):
            j += 1
        return j if j > k + 1 else k

    def held(self, tokens: list[Token], figure, earlier: list):
        """A bare figure right after a state verb counts what the figure before it counts: "built for
        about 300 inmates, now holds more than 800" (800 inmates); ``earlier``: the sentence's
        figures before it, as (start, end, value)."""
        start, end, value = figure
        if value.noun is not None or value.unit != "count" or not earlier or earlier[-1][2].noun is None:
            return figure
        first = next((k for k, token in enumerate(tokens) if token.start == start), None)
        while first and tokens[first - 1].low in self.measure_links and not self.state_verbs.before(tokens, first):
            first -= 1  # "en accueille désormais 650", "now holds"
        if first is None or not self.state_verbs.before(tokens, first):
            return figure
        previous = earlier[-1][2]
        return start, end, value.model_copy(update={"unit": previous.unit, "noun": previous.noun})
