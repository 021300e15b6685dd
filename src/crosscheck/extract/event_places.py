"""Where an event happens, and which place names only describe its parties.

Which place names in a claim's clause are its location is shared by the closed-kind claims
(:mod:`.claims`), the open-vocabulary claims (:mod:`.open_claims`) and the compare and verify
stages, so it lives below all of them. A place is a participant only when the sentence makes
it one: "West and Central African leaders" (a region grouping who), "the West African nation"
(a description of a party named elsewhere), "former colonial power France" (a background
title) and "French" in "French transport group Castelbrune" (what the named company is) are not (``rules/<lang>/participants.yaml``).
Nor is an outlet or a body a statement is made to ("told the Lakeside Herald", "a déclaré à
RFI"): the audience of a saying, an organisation or a place, is no party of the event told.
"""

from __future__ import annotations

from ..models import EntityValue, Mention
from ..rules import RuleFile, RulePack, rule_kind
from .claim_rules import ClaimCues, CueGroup

_REACH = 60  # characters read on each side of a place name


@rule_kind("participant_cues")
class ParticipantCues(RuleFile):
    """Cues of a place named only to describe who takes part (see rules/en/participants.yaml)."""

    region_group_before: CueGroup | None = None
    region_group_after: CueGroup | None = None
    description_before: CueGroup | None = None
    description_after: CueGroup | None = None
    title_before: CueGroup | None = None
    # Right after a place: the noun of a party named next, which the place only describes
    # ("French transport group Castelbrune", "US chipmaker Quintrix"): the company takes part,
    # its country does not.
    party_noun_after: CueGroup | None = None
    # Right before an organisation or a place: the audience of a saying ("told the Lakeside
    # Herald", "a déclaré à RFI"), no party of the event told.
    audience_before: CueGroup | None = None
    # At a sentence's start: the names of a group the sentence before described ("They were
    # named as X and Y", "Il s'agit de X et de Y"); read by :mod:`.name_groups`.
    identifying: CueGroup | None = None


class DescriptivePlaces:
    """Tells a place that takes part from one that only describes a party, with one language's cues."""

    def __init__(self, rules: RulePack, language: str):
        files = [f for f in rules.get("participant_cues", language) if f.language in (language, None)]
        self.cues = files[-1] if files else None
        self.regions = {e.id for f in rules.get("entities") for e in f.entities if e.region}
        # The answers for the last text asked about, by (start, end, entity): the claim stage
        # asks about each place of a sentence once for the closed kinds and again for the open
        # vocabulary. Replaced as a whole when another text comes, so threads never mix texts.
        self._memo: tuple[str, dict[tuple[int, int, str], bool]] = ("", {})

    def only_describes(self, text: str, mention: Mention) -> bool:
        """Whether a place mention only says who a party is, without being one, or an
        organisation or a place is only the audience of a saying."""
        if self.cues is None or mention.kind not in ("place", "organization") or not isinstance(mention.value, EntityValue):
            return False
        seen, answers = self._memo
        if seen is not text:
            answers = {}
            self._memo = (text, answers)
        key = (mention.start, mention.end, mention.value.entity)
        found = answers.get(key)
        if found is None:
            found = answers[key] = self._only_describes(text, mention)
        return found

    def _only_describes(self, text: str, mention: Mention) -> bool:
        cues = self.cues
        before = text[max(0, mention.start - _REACH) : mention.start]
        after = text[mention.end : mention.end + _REACH]
        if _found(cues.audience_before, before) and not after.startswith(("'s", "’s")):
            return True
        if mention.kind != "place":
            return False
        if mention.value.entity in self.regions and (_found(cues.region_group_before, before) or _found(cues.region_group_after, after)):
            return True
        if _found(cues.description_before, before) and _found(cues.description_after, after):
            return True
        return _found(cues.title_before, before) or _found(cues.party_noun_after, after)


def _found(cues: CueGroup | None, text: str) -> bool:
    return cues is not None and cues.search(text) is not None


def is_location(text: str, mention: Mention, cues: ClaimCues) -> bool:
    """Whether a place name is where something happens ("in northern Mali") rather than an actor."""
    before = text[max(0, mention.start - 60) : mention.start]
    return cues.location_before.search(before) is not None


def known_location(text: str, mention: Mention, cues: ClaimCues, located: dict[int, bool]) -> bool:
    """:func:`is_location`, read once per mention object of a document and kept in ``located``:
    a place takes part in several claims of its sentence."""
    key = id(mention)
    found = located.get(key)
    if found is None:
        found = located[key] = is_location(text, mention, cues)
    return found


def event_place(text: str, entities: list[Mention], trigger_end: int, cues: ClaimCues,
                 located: dict[int, bool]) -> str | None:
    """Where the event happens: the first location after its trigger ("met ... in Bamako"), else
    the last one before it ("In Bamako, ... met"); a place the actor came from lies further back.
    ``located``: see :func:`known_location`."""
    locations = [m for m in entities if m.kind == "place" and isinstance(m.value, EntityValue)
                 and known_location(text, m, cues, located)]
    after = [m for m in locations if m.start >= trigger_end]
    chosen = after[0] if after else (locations[-1] if locations else None)
    return chosen.value.canonical if chosen is not None else None
