"""A group described in one sentence and named in the next (extract/name_groups.py)."""

from __future__ import annotations

import pytest

from crosscheck.extract import Extractors
from crosscheck.extract.event_places import ParticipantCues
from crosscheck.models import Document, LineMap, Zone
from crosscheck.rules import load_rules

RULES = load_rules()
EXTRACTORS = Extractors(RULES)


def claims_of(paragraphs: list[str], language: str = "en"):
    text, body = "Home\n\n", []
    for paragraph in paragraphs:
        body.append(Zone(start=len(text), end=len(text) + len(paragraph)))
        text += paragraph + "\n\n"
    doc = Document(id="g1", path="g1.txt", format="text", encoding="utf-8", text=text, lines=LineMap.for_text(text),
                   body=body, language=language)
    return EXTRACTORS.extract(doc).claims


@pytest.mark.parametrize(("paragraphs", "language", "kind"), [
    (["Two engineers kidnapped in March 2025 near Tessit were freed on Friday 3 October 2025. "
      "They were named as Paul Ferrand and Lucia Ortega."], "en", "free"),
    (["Les deux ingénieurs enlevés en mars 2025 près de Tessit ont été libérés vendredi 3 octobre 2025. "
      "Il s'agit de Paul Ferrand et de Lucia Ortega."], "fr", "free"),
    (["Two climbers were killed by an avalanche on Sunday. The victims are Paul Ferrand and Lucia Ortega."], "en", "die"),
])
def test_the_names_given_next_are_the_participants_of_the_described_event(paragraphs, language, kind) -> None:
    claims = claims_of(paragraphs, language)
    described = [c for c in claims if c.sentence == 0 and c.kind == kind] or [c for c in claims if c.sentence == 0]
    assert described
    for claim in described:
        assert {"name:paul-ferrand", "name:lucia-ortega"} <= set(claim.participants), claim


def test_the_identifying_sentence_reports_no_appointment() -> None:
    claims = claims_of(["Two engineers were freed on Friday. They were named as Paul Ferrand and Lucia Ortega."])
    assert not [c for c in claims if c.sentence == 1 and c.kind == "appoint"]


def test_a_sentence_naming_people_of_its_own_event_gives_them_to_nobody_else() -> None:
    claims = claims_of(["Two engineers were freed on Friday. Paul Ferrand was named as the new director on Monday."])
    assert all("name:paul-ferrand" not in c.participants for c in claims if c.sentence == 0)


def test_identifying_rule_examples() -> None:
    for rule_file in RULES.get("participant_cues"):
        if isinstance(rule_file, ParticipantCues) and rule_file.identifying is not None:
            for text in rule_file.identifying.examples.match:
                assert rule_file.identifying.search(text), text
            for text in rule_file.identifying.examples.no_match:
                assert not rule_file.identifying.search(text), text
