""""The Ukrainian", "the Russian", "le Béninois": a demonym standing for a person.

A demonym is an adjective of nationality ("French police", "a French door", "two Belgian
tourists"): it names no participant (:func:`.event_places.argument_role`). After a definite
article and with no noun after it ("barely landed a blow on the Ukrainian", "but the Russian
pulled out", "le Béninois a été relâché") it is a noun that refers back to someone the article
has described with that nationality ("Ukrainian Vitali Klitschko"): that person, when the
article has exactly one person of that country, else nobody (it stays an adjective). Sports
and crime reports name their protagonists this way sentence after sentence; without it those
claims have no participant.

The article before and the words after that mark the noun use are data (``demonym_article``
and ``demonym_noun_after`` in ``rules/<lang>/participants.yaml``).
"""

from __future__ import annotations

from ..models import Sentence
from ..rules import RulePack
from .event_places import ParticipantCues
from .name_document import Hit


class DemonymReferences:
    """One language's cues for a demonym used as a noun."""

    def __init__(self, rules: RulePack, language: str):
        files: list[ParticipantCues] = [f for f in rules.get("participant_cues", language) if f.language == language]
        cues = files[-1] if files else None
        self.article = cues.demonym_article if cues is not None else None
        self.noun_after = cues.demonym_noun_after if cues is not None else None

    def resolve(self, sentences: list[Sentence], pairs: list[tuple[Sentence, Hit]]) -> list[tuple[Sentence, Hit]]:
        """``pairs`` with each demonym used as a noun replaced by the article's one person of
        that country, when it has one."""
        if self.article is None or self.noun_after is None:
            return pairs
        people: dict[str, dict[str, Hit]] = {}  # country -> entity -> a mention of that person
        for _, hit in pairs:
            if hit.type == "person" and hit.country and not hit.adjective:
                people.setdefault(hit.country, {}).setdefault(hit.entity, hit)
        if not people:
            return pairs
        out = []
        for sentence, hit in pairs:
            if hit.adjective and hit.type == "place" and len(people.get(hit.country or "", {})) == 1:
                text = sentence.text
                if self.article.search(text[max(0, hit.start - 8) : hit.start]) and self.noun_after.search(text[hit.end : hit.end + 40]):
                    person = next(iter(people[hit.country].values()))
                    hit = Hit(hit.start, hit.end, "person", person.entity, person.canonical, person.country)
            out.append((sentence, hit))
        return out
