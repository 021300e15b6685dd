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
    # Right before an event word: the auxiliary of a passive ("was arrested", "got fired", "ont
    # été enlevés"): the names before it undergo the event, the one after "by" does it.
    passive_before: CueGroup | None = None
    # Right after an event word: the agent's preposition of a passive or a participle modifier
    # ("tariffs imposed by China", "les droits imposés par la Chine").
    agent_after_trigger: CueGroup | None = None
    # Right before a name after the event word: its agent ("attacked by gunmen", "the arrest of
    # X by police", "enlevés par des hommes armés").
    agent_before: CueGroup | None = None
    # Between a name and the event word after it: a participle and "by" opening the phrase of
    # that event ("Paris hit by 2 mn-euro jewelry heist"): the name undergoes the event.
    agent_phrase_before: CueGroup | None = None
    # Right before a demonym: the article of its use as a noun ("the Ukrainian", "le Béninois"),
    # and right after it, what shows that no noun follows (a verb, a relative, punctuation):
    # it then refers to the article's person of that nationality (:mod:`.name_demonyms`).
    demonym_article: CueGroup | None = None
    # Right after a place that opens a line: the rest of a wire dateline ("New York, NY –",
    # "WASHINGTON (Reuters) -"): where the story was filed, no party.
    dateline_after: CueGroup | None = None
    # Around a place below the country that only qualifies a noun: a determiner or an adjective
    # before it and a lower-case noun after it ("a New York man", "the Hong Kong government",
    # "landmark Hong Kong listing").
    modifier_before: CueGroup | None = None
    noun_after: CueGroup | None = None
    # Before a short word in capitals that names nobody (:mod:`.name_noise`): a figure ("8.69 GW",
    # "8:20 PM ET") or a city and its comma ("West Palm Beach, FL"); before any name the article
    # alone gives, a picture's credit ("(Image: GETTY)", "Credit: Reuters").
    unit_figure_before: CueGroup | None = None
    state_code_before: CueGroup | None = None
    credit_before: CueGroup | None = None
    # After a capitalised run: a pronoun or a relative of things that refers back to it ("said it
    # had", ", which"), or a verb it is the subject of: an organisation by its position
    # (OrganizationNames.named_by_position).
    organisation_refers_back: CueGroup | None = None
    subject_verb_after: CueGroup | None = None
    demonym_noun_after: CueGroup | None = None


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


    def argument_role(self, text: str, mention: Mention, trigger_start: int, trigger_end: int,
                      cues: ClaimCues, located: dict[int, bool]) -> str | None:
        """What a name mention of a claim's clause is to the claim: ``"agent"`` or ``"patient"``
        (who takes part), ``"place"`` (where) or None (nothing).

        A demonym ("French police", "a French door", "the Ukrainian") names a nationality, not
        who takes part: nothing (:mod:`.name_demonyms` makes "the Ukrainian" the article's
        Ukrainian when it has one). A place is where the event happens, never its agent, when
        a preposition says so ("in Bamako"), when it opens a wire dateline ("WASHINGTON (Reuters)
        -", "New York, NY -") and, below the country, when it only qualifies a noun ("a New
        York man", "the Hong Kong listing") or undergoes a passive ("Paris hit by heist"). A
        city that acts stands for its government ("accusing Paris of meddling", "Washington
        reducing assistance", "ties with Moscow") and stays a party."""
        value = mention.value
        if not isinstance(value, EntityValue) or value.adjective:
            return None
        place = mention.kind == "place"
        if place and (value.role == "dateline" or known_location(text, mention, cues, located) or self._dateline(text, mention)):
            return "place"
        role = self.role(text, mention, trigger_start, trigger_end)
        if place and not is_state(value) and (self._qualifies(text, mention) or (role == "patient" and mention.end <= trigger_start)):
            return "place"
        return role

    def _dateline(self, text: str, mention: Mention) -> bool:
        line_start = text.rfind("\n", 0, mention.start) + 1
        return self.cues is not None and not text[line_start : mention.start].strip(" *_#") \
            and _found(self.cues.dateline_after, text[mention.end : mention.end + _REACH])

    def _qualifies(self, text: str, mention: Mention) -> bool:
        return self.cues is not None and _found(self.cues.modifier_before, text[max(0, mention.start - 30) : mention.start]) \
            and _found(self.cues.noun_after, text[mention.end : mention.end + 30])

    def role(self, text: str, mention: Mention, trigger_start: int, trigger_end: int) -> str:
        """Agent or patient of a party of a claim's clause, by voice and preposition.

        By position, the name before the event word does it and the one after undergoes it;
        a passive ("X was arrested", "got fired", "a été enlevé") or a participle modifier
        ("tariffs imposed by China") swaps them: the name before undergoes it, as it does the
        event its passive's "by" phrase names ("Paris hit by jewelry heist"). The name after
        "by" ("par") is the agent in either voice ("the attack by militants"); any other name
        after the word is a patient ("stolen from an employee": the victim)."""
        cues = self.cues
        if mention.end <= trigger_start:
            if cues is None:
                return "agent"
            word = text[trigger_start:trigger_end]
            passive = (_found(cues.passive_before, text[max(0, trigger_start - _REACH) : trigger_start]) and not word.endswith("ing")) \
                or _found(cues.agent_after_trigger, text[trigger_end : trigger_end + 8]) \
                or _found(cues.agent_phrase_before, text[max(mention.end, trigger_start - _REACH) : trigger_start])
            return "patient" if passive else "agent"
        if cues is not None and _found(cues.agent_before, text[max(trigger_end, mention.start - 40) : mention.start]):
            return "agent"
        return "patient"


def is_state(value: EntityValue) -> bool:
    """Whether a place is a country or a grouping of countries (its own country in the
    gazetteer): a state acts ("China imposed tariffs"); below it, a city or a province is where
    something happens unless it stands for its government."""
    return value.country is not None and value.country == value.canonical


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
