"""A place is a participant only when the sentence makes it one (issue 15, item 4)."""

from __future__ import annotations

import pytest

from claim_helpers import day, extracted, org, person, place
from crosscheck.extract.event_places import ParticipantCues

PUTIN = person("vladimir-putin", "Vladimir Putin", "Russia")
GOITA = person("assimi-goita", "Assimi Goita", "Mali")


def participants(doc, kind):
    return [c.participants for c in doc.claims if c.kind == kind]


def test_a_region_that_groups_the_leaders_is_no_participant(extractor):
    doc = extracted(extractor, "a", "2024-03-27",
                    "Vladimir Putin held a phone call with West and Central African leaders on Tuesday.",
                    [("Vladimir Putin", PUTIN), ("Central African", place("Central Africa", adjective=True)),
                     ("on Tuesday", day("2024-03-26"))])
    assert participants(doc, "phone_call") == [["vladimir-putin"]]


def test_a_country_that_qualifies_its_leaders_stays_a_participant(extractor):
    doc = extracted(extractor, "a", "2024-03-27", "Vladimir Putin held a phone call with Malian leaders on Tuesday.",
                    [("Vladimir Putin", PUTIN), ("Malian", place("Mali", adjective=True)), ("on Tuesday", day("2024-03-26"))])
    assert participants(doc, "phone_call") == [["vladimir-putin", "mali"]]


def test_a_description_of_a_party_named_elsewhere_is_no_participant(extractor):
    doc = extracted(extractor, "a", "2025-06-23",
                    "Assimi Goita arrived in Russia on Sunday for a visit, as the West African nation faces escalating violence.",
                    [("Assimi Goita", GOITA), ("Russia", place("Russia")), ("on Sunday", day("2025-06-22")),
                     ("West African", place("West Africa", adjective=True))])
    [visit] = participants(doc, "visit")
    assert "west-africa" not in visit and {"assimi-goita", "russia"} <= set(visit)


def test_a_country_named_by_its_colonial_past_in_a_background_clause_is_no_participant(extractor):
    doc = extracted(extractor, "a", "2025-06-23",
                    "Assimi Goita met Vladimir Putin on Monday, as Mali turns away from former colonial power France.",
                    [("Assimi Goita", GOITA), ("Vladimir Putin", PUTIN), ("on Monday", day("2025-06-23")),
                     ("Mali", place("Mali")), ("France", place("France"))])
    [meeting] = participants(doc, "meeting")
    assert "france" not in meeting and {"assimi-goita", "vladimir-putin"} <= set(meeting)


def test_a_country_that_acts_stays_a_participant_beside_its_own_description(extractor):
    doc = extracted(extractor, "a", "2024-06-05", "Both former French colonies have severed military ties with France.",
                    [("French", place("France", adjective=True)), ("France", place("France"))])
    claim = next(c for c in doc.claims if "france" in c.participants)
    french, france = (m for m in doc.mentions if m.kind == "place")
    assert france.id in claim.mentions and french.id not in claim.mentions


@pytest.mark.parametrize("language", ["en", "fr"])
def test_participant_cues_match_their_examples(rules, language):
    [cues] = [f for f in rules.get("participant_cues", language) if f.language == language]
    assert isinstance(cues, ParticipantCues)
    groups = [g for g in (cues.region_group_before, cues.region_group_after, cues.description_before,
                          cues.description_after, cues.title_before) if g is not None]
    assert groups
    for group in groups:
        for text in group.examples.match:
            assert group.search(text), text
        for text in group.examples.no_match:
            assert not group.search(text), text


def test_descriptive_places_answer_each_text_for_itself(rules):
    """The answers are kept for the text last asked about: the same offsets in another text
    (the next document) are read again."""
    from crosscheck.extract.event_places import DescriptivePlaces
    from crosscheck.models import Mention

    places = DescriptivePlaces(rules, "en")
    described = "The leaders of the West African nation met on Monday."
    acting = "The leaders of Niger, a big West African nation, met."
    start = described.index("West African")

    def west_africa(text: str) -> Mention:
        return Mention.model_construct(id="m1", document="a", kind="place", text=text[start : start + 12], start=start,
                                       end=start + 12, line=1, value=place("West Africa", adjective=True))

    for text in (described, acting, described):
        mention = west_africa(text)
        assert places.only_describes(text, mention) == places._only_describes(text, mention)
    assert places.only_describes(described, west_africa(described)) != places.only_describes(acting, west_africa(acting))


def test_a_country_describing_a_named_company_is_no_participant(extractor):
    """"French transport group Marvelle agreed to buy Dutch logistics company Dortmark": the two
    companies take part; France and the Netherlands only say what they are (issue 15 item 4)."""
    doc = extracted(extractor, "a", "2026-02-16",
                    "French transport group Marvelle agreed on Monday to buy Dutch logistics company Dortmark.",
                    [("French", place("France", adjective=True)), ("Marvelle", org("Marvelle")),
                     ("on Monday", day("2026-02-16")), ("Dutch", place("Netherlands", adjective=True)),
                     ("Dortmark", org("Dortmark"))])
    [buy] = [c for c in doc.claims if c.predicate == "buy"]
    assert buy.participants == ["marvelle", "dortmark"]
    assert not [c for c in doc.claims if c.predicate == "logistics"]  # a company's trade is no event
