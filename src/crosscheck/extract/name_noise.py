"""Capitalised words that name nobody: units after a figure, state codes, photo credits.

News writes many capitalised words that are no names of anyone who takes part: the unit of a
figure ("8.69 GW", "121 RBI", "8:20 PM ET", "30-600 MW"), the postal code of a state after a
city ("West Palm Beach, FL"), the credit of a picture ("(Image: GETTY)", "Credit: Reuters",
"Photo: AFP"). Read as names they become organisations that join unrelated claims ("GW" linked to
the Wagner Group). A word the gazetteer knows keeps its entity ("15 NATO soldiers", "3 UN
peacekeepers"): only names the article alone gives are dropped. The cues are data
(``unit_figure_before``, ``state_code_before`` and ``credit_before`` in
``rules/<lang>/participants.yaml``).
"""

from __future__ import annotations

from ..models import Sentence
from ..rules import RulePack
from .event_places import ParticipantCues
from .name_document import Hit

_UNIT_LETTERS = 5  # a unit or a state code is a short word in capitals


class SpuriousNames:
    """One language's cues of capitalised words that name nobody."""

    def __init__(self, rules: RulePack, language: str, known: frozenset[str]):
        files: list[ParticipantCues] = [f for f in rules.get("participant_cues", language) if f.language in (language, None)]
        self.cues = files[-1] if files else None
        self.known = known  # the gazetteer's entity ids

    def resolve(self, sentences: list[Sentence], pairs: list[tuple[Sentence, Hit]]) -> list[tuple[Sentence, Hit]]:
        """``pairs`` without the units, state codes and credits."""
        if self.cues is None:
            return pairs
        return [(s, h) for s, h in pairs if not self.spurious(s.text, h)]

    def spurious(self, text: str, hit: Hit) -> bool:
        if hit.entity in self.known or hit.type == "person":
            return False
        cues = self.cues
        before = text[max(0, hit.start - 40) : hit.start]
        word = text[hit.start : hit.end]
        short_capitals = word.isupper() and all(len(w) <= _UNIT_LETTERS for w in word.split())
        if short_capitals and (_found(cues.unit_figure_before, before) or _found(cues.state_code_before, before)):
            return True
        return _found(cues.credit_before, before)


def _found(group, text: str) -> bool:
    return group is not None and group.search(text) is not None
