"""Where an event happens: which place names in a claim's clause are its location.

Shared by the closed-kind claims (:mod:`.claims`), the open-vocabulary claims
(:mod:`.open_claims`) and the compare and verify stages, so it lives below all of them.
"""

from __future__ import annotations

from ..models import EntityValue, Mention
from .claim_rules import ClaimCues


def is_location(text: str, mention: Mention, cues: ClaimCues) -> bool:
    """Whether a place name is where something happens ("in northern Mali") rather than an actor."""
    before = text[max(0, mention.start - 60) : mention.start]
    return cues.location_before.search(before) is not None


def event_place(text: str, entities: list[Mention], trigger_end: int, cues: ClaimCues,
                 located: dict[int, bool]) -> str | None:
    """Where the event happens: the first location after its trigger ("met ... in Bamako"), else
    the last one before it ("In Bamako, ... met"); a place the actor came from lies further back.
    ``located`` keeps :func:`is_location` per mention object for the document, as a mention
    takes part in several claims."""
    locations = []
    for m in entities:
        if m.kind == "place" and isinstance(m.value, EntityValue):
            key = id(m)
            if key not in located:
                located[key] = is_location(text, m, cues)
            if located[key]:
                locations.append(m)
    after = [m for m in locations if m.start >= trigger_end]
    chosen = after[0] if after else (locations[-1] if locations else None)
    return chosen.value.canonical if chosen is not None else None
