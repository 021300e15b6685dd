"""A group described in one sentence and named in the next.

News often tells an event about people it describes ("Two aid workers kidnapped in March were
freed on Friday", "Les deux travailleurs humanitaires ... ont été libérés samedi") and names them
in the next sentence ("They were named as X and Y", "Il s'agit de X et de Y"). The names belong
to the events of the describing sentence: without them those claims have no participant, and
nothing groups them with another source's claims about X and Y. The identifying sentence itself
reports no event: a word of it that a lexicon reads as one ("named" as appointed) makes no claim.

The cues are data (``identifying:`` in ``rules/<lang>/participants.yaml``).
"""

from __future__ import annotations

from ..models import Claim, Document, EntityValue, Mention, Sentence
from ..rules import RulePack
from .event_places import ParticipantCues

_OPENING = " \t\"'“‘«*_([-–—"


class GroupNames:
    """Gives the people an identifying sentence names to the claims of the sentence before it."""

    def __init__(self, rules: RulePack):
        self.cues: dict[str, ParticipantCues] = {}
        for rule_file in rules.get("participant_cues"):
            if rule_file.identifying is not None and rule_file.language:
                self.cues[rule_file.language] = rule_file

    def name(self, doc: Document, sentences: list[Sentence], mentions: list[Mention], claims: list[Claim]) -> list[Claim]:
        cues = self.cues.get(doc.language or "en") or self.cues.get("en")
        if cues is None or not claims:
            return claims
        people_of: dict[int, list[Mention]] = {}
        for m in mentions:
            if m.kind == "person" and m.sentence is not None and isinstance(m.value, EntityValue):
                people_of.setdefault(m.sentence, []).append(m)
        named: dict[int, list[Mention]] = {}  # describing sentence -> the people named after it
        cue_ends: dict[int, int] = {}  # identifying sentence -> end of its cue (document offset)
        for sentence in sentences:
            if sentence.index == 0 or sentence.zone == "headline" or sentence.index not in people_of:
                continue
            opening = len(sentence.text) - len(sentence.text.lstrip(_OPENING))
            found = cues.identifying.search(sentence.text, opening)
            if found is None or found.start() != opening:
                continue
            named[sentence.index - 1] = [m for m in people_of[sentence.index] if m.start >= sentence.start + found.end()]
            cue_ends[sentence.index] = sentence.start + found.end()
        if not named:
            return claims
        kept = []
        for claim in claims:
            cue_end = cue_ends.get(claim.sentence)
            if cue_end is not None and claim.trigger is not None and claim.trigger.start < cue_end:
                continue  # "They were named as ...": no appointment
            people = named.get(claim.sentence)
            if people and not any(m.kind == "person" for m in mentions if m.id in claim.mentions):
                claim.mentions = list(dict.fromkeys(claim.mentions + [m.id for m in people]))
                claim.participants = list(dict.fromkeys(claim.participants + [m.value.entity for m in people]))
            kept.append(claim)
        return kept
