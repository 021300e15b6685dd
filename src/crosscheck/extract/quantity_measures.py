"""Measure nouns named before a figure, for :mod:`.quantities`: "put the toll at about 400", "the
death toll from the floods has risen to 120", "turnout in the May 16 vote was 51 percent", "a net
loss of 112 million euros". The noun tells what the figure measures and the event it belongs to;
the words come from the ``measures``, ``shares`` and ``amounts`` of the ``quantities`` rule files,
tied to the figure by ``measure_links``, ``measure_qualifiers`` and ``measure_verbs``. Durations
that measure an event ("a four-year contract") are read here too, from the ``durations``.
"""

from __future__ import annotations

from typing import Callable

from ..numbers.tokens import Token
from .quantity_tables import PhraseTable

_LINK_REACH = 5  # link words at most between a measure noun and its figure
_QUALIFIER_REACH = 6  # tokens at most in a phrase qualifying a measure noun ("turnout in the May 16 vote")
_CLAUSE_REACH = 40  # tokens at most between a measure noun and its verb ("the toll from ..., has risen to")
_CLAUSE_ENDS = frozenset({";", ":", "(", ")", "\u2014"})


class MeasureNouns:
    """Finds the measure noun a figure's words tie it to, in one of the tables it is given."""

    def __init__(self, links: frozenset[str], qualifiers: frozenset[str], verbs: PhraseTable):
        self.links, self.qualifiers, self.verbs = links, qualifiers, verbs

    def find(self, tokens: list[Token], first: int, table: PhraseTable) -> tuple[str, str | None] | None:
        """What a measure noun before the figure names: "put the toll at about 400" -> (people, killed),
        "the death toll from the quake that struck on Sunday, October 12, has risen to 212"."""
        found = self.find_where(tokens, first, table)
        return found[0] if found is not None else None

    def find_where(self, tokens: list[Token], first: int, table: PhraseTable) -> tuple[tuple[str, str | None], int] | None:
        """What a measure noun before the figure names (see :meth:`find`), with the token its phrase starts at."""
        if first > 1 and tokens[first - 1].text in "-–" and tokens[first - 1].end == tokens[first].start:
            first -= 1  # "magnitude-5.1"
        j = first - 1
        while j >= 0 and first - j <= _LINK_REACH:
            found = table.before(tokens, j + 1)
            if found:
                return found[1], j + 1 - found[0]
            if tokens[j].low not in self.links:
                return self._before_qualifier(tokens, j, table) or self._in_clause(tokens, first, table)
            j -= 1
        return self._in_clause(tokens, first, table)

    def _before_qualifier(self, tokens: list[Token], j: int, table: PhraseTable):
        """A measure whose noun is qualified by a short phrase ending at ``tokens[j]``: "the death
        toll from the floods has risen to 120", "turnout in the May 16 vote was 51 percent"."""
        for k in range(j - 1, max(j - _QUALIFIER_REACH, 0) - 1, -1):
            if tokens[k].low in self.qualifiers:
                found = table.before(tokens, k)
                return (found[1], k - found[0]) if found else None
            if tokens[k].kind not in ("word", "num"):
                return None
        return None

    def _in_clause(self, tokens: list[Token], first: int, table: PhraseTable):
        """A measure noun anywhere earlier in the clause when a verb of `measure_verbs` ("has risen
        to", "stood at") ends right before the figure. The noun must head its phrase: a qualifier,
        a link word, a comma or the verb follows it ("the toll from ...", not "the toll road")."""
        verb = self.verbs.before(tokens, first)
        if verb is None:
            return None
        verb_start = first - verb[0]
        for j in range(verb_start - 1, max(verb_start - _CLAUSE_REACH, 0) - 1, -1):
            if tokens[j].text in _CLAUSE_ENDS:
                return None
            found = table.before(tokens, j + 1)
            if found is None:
                continue
            after = tokens[j + 1]
            if j + 1 == verb_start or after.text == "," or after.low in self.qualifiers or after.low in self.links:
                return found[1], j + 1 - found[0]
        return None


class DurationReader:
    """Durations that measure an event, where durations are otherwise time: the length of a
    contract, an extension or a ban (the ``durations`` of the ``quantities`` rule files)."""

    def __init__(self, durations: list, table: Callable[[list], PhraseTable]):
        classes_of_unit: dict[str, list[int]] = {}  # unit word after the figure -> the classes it may belong to
        for index, duration in enumerate(durations):
            for unit_word in duration.units:
                classes_of_unit.setdefault(unit_word, []).append(index)
        self.units = table([(u, tuple(indexes)) for u, indexes in classes_of_unit.items()])
        self.classes = [(c.name, c.event) for c in durations]
        self.before = [table([(p, True) for p in c.before]) for c in durations]
        self.after = [table([(p, True) for p in c.after]) for c in durations]

    def find(self, tokens: list[Token], first: int, last: int) -> tuple[str, int, str | None] | None:
        """(measure, last token, event) of a duration that measures an event: its unit follows
        the figure and a phrase of its class stands right before the figure ("un contrat de cinq
        ans", "s'est engagé pour cinq ans") or right after the unit ("a four-year contract",
        "cinq ans de contrat"); None for any other duration, which is time."""
        unit = self.units.after(tokens, last + 1)
        if unit is None:
            return None
        unit_end = last + unit[0]
        for index in unit[1]:
            name, event = self.classes[index]
            after = self.after[index].after(tokens, unit_end + 1)
            if after is not None:
                return name, unit_end + after[0], event
            if self.before[index].before(tokens, first):
                return name, unit_end, event
        return None
