"""Single-word names without a cue of their own (crosscheck.extract.name_lone): organisations
found from the article's evidence, and the words that stay no name."""

from __future__ import annotations

import pytest

from test_names import EXTRACTOR, RULES, extract, make_document

from crosscheck.extract.sentences import split_sentences


def organisations(paragraphs: list[str]) -> list[str]:
    _, mentions = extract(paragraphs)
    return [m.text for m in mentions if m.kind == "organization"]


def test_subject_of_a_news_verb_is_an_organisation() -> None:
    assert organisations(["On Tuesday Microsoft has released a patch for the flaw.", "The update fixes the browser."]) == ["Microsoft"]


def test_every_written_mention_counts_once_the_word_is_a_name_also_at_a_sentence_start() -> None:
    assert organisations(["Shares of Intel fell after the report.", "Intel said it would cut jobs."]) == ["Intel", "Intel"]


def test_organisation_cues_before_and_after() -> None:
    assert organisations(["The deal was signed by chipmaker Nvidia on Monday."]) == ["Nvidia"]
    assert organisations(["The plan was announced by Qualcomm's chief executive."]) == ["Qualcomm"]
    assert organisations(["A spokesman for Sourcefire declined to comment."]) == ["Sourcefire"]


def test_a_word_used_again_and_again_inside_sentences_is_a_name() -> None:
    found = organisations(["The network of Seacom was cut.", "Traffic on Seacom slowed.", "Repairs to Seacom began."])
    assert found == []  # "of", "on", "to" Seacom: one reads as a place, no cue says organisation
    found = organisations(["Engineers said Seacom was down.", "Users of Seacom complained.", "Then Seacom restored it."])
    assert found == ["Seacom"] * 3


def test_no_cue_and_one_mention_is_no_name() -> None:
    assert organisations(["The update fixes Windows on older machines."]) == []


def test_a_word_at_the_start_of_a_sentence_known_to_the_dictionary_gives_no_evidence() -> None:
    assert organisations(["Witnesses told police the man fled.", "Various reports said he was armed."]) == []


def test_a_speaker_quoted_as_people_are_is_no_organisation() -> None:
    assert organisations(['"It was a terrible mistake," Kyriakides said.', "Kyriakides said he would resign."]) == []


def test_a_place_is_no_organisation_without_an_organisation_cue() -> None:
    assert organisations(["He died at a hotel in Biloxi on Saturday.", "Biloxi police said the death was natural."]) == []
    assert organisations(["He lived in Huntsville, Texas, for years.", "Texas authorities said he escaped."]) == []


def test_pieces_of_longer_names_are_no_names() -> None:
    """A piece is no name of its own; a head with its complement is one organisation (name_orgs)."""
    assert organisations(["The Academy of Motion Picture Arts and Sciences announced the host."]) == [
        "Academy of Motion Picture Arts and Sciences"]
    assert organisations(["A spokesman for the Bureau of Prisons said he died."]) == ["Bureau of Prisons"]
    assert organisations(["People in South Dakota said the campaign failed."]) == []
    assert organisations(["He died on Monday. Bureau of Prisons spokesman Al Quintero said so."]) == ["Bureau of Prisons"]


def test_plural_acronyms_and_abbreviated_months_are_no_names() -> None:
    assert organisations(["Internet Service Providers (ISPs) said the cable was cut.", "The ISPs said service returned."]) == []
    assert organisations(["Service should be back by Dec. 31, officials said.", "Repairs were planned by Dec. 20."]) == []


def test_surnames_of_the_articles_people_stay_people() -> None:
    _, mentions = extract(["Actress Tara Reid checked into a clinic.", "Reid said she was fine."])
    assert [(m.text, m.kind) for m in mentions] == [("Tara Reid", "person"), ("Reid", "person")]


def organisations_in(language: str, paragraphs: list[str]) -> list[str]:
    doc = make_document(paragraphs).model_copy(update={"language": language})
    return [m.text for m in EXTRACTOR.extract(doc, split_sentences(doc)) if m.kind == "organization"]


def test_french_documents_read_french_cues_and_german_ones_none() -> None:
    assert organisations_in("fr", ["Les ventes du constructeur Renault ont baissé.", "Selon lui, Renault a annoncé un plan."]) == ["Renault"] * 2
    assert organisations_in("de", ["Der Konzern Siemens hat Gewinne gemeldet.", "Die Aktien von Siemens stiegen, Siemens said."]) == []


CUE_EXAMPLES = [
    (cue, sentence, wanted)
    for rule_file in RULES.get("titles")
    for cue in rule_file.lone_name_cues
    for wanted, sentences in ((True, cue.examples.match), (False, cue.examples.no_match))
    for sentence in sentences
]


@pytest.mark.parametrize(("cue", "sentence", "wanted"), CUE_EXAMPLES)
def test_lone_name_cue_examples(cue, sentence: str, wanted: bool) -> None:
    """A cue before a name matches the text before some capitalised word of its example; a cue
    after one matches the text after some word."""
    if cue.before is not None:
        starts = [i for i in range(1, len(sentence)) if sentence[i].isupper() and not sentence[i - 1].isalnum()]
        assert any(cue.compiled.search(sentence[:i]) for i in starts) == wanted, (cue.before, sentence)
    else:
        ends = [i for i in range(1, len(sentence)) if sentence[i - 1].isalpha() and not sentence[i].isalpha()]
        assert any(cue.compiled.match(sentence[i:]) for i in ends) == wanted, (cue.after, sentence)


def vessels_and_companies(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    _, mentions = extract(paragraphs)
    return [(m.text, m.value.role) for m in mentions if m.kind == "organization"]


def test_a_ship_is_no_company_but_a_vessel() -> None:
    """A ship is a participant (extract/name_vessels.py), never a company found by its lone name."""
    found = vessels_and_companies(["The destroyer INS Mysore intervened and repulsed the attack.",
                                   "After the Mysore picked up a distress call, pirates fled.", "The Mysore said the crew was safe."])
    assert found == [("Mysore", "vessel")] * 3
    assert vessels_and_companies(["Indian Naval ship, INS Sukanya, thwarted an attack.", "Later the Naval ship fired."]) == [
        ("Sukanya", "vessel")]


def test_a_ship_word_does_not_hide_a_company_named_elsewhere() -> None:
    found = organisations(["Shares of Maersk fell after the ship was seized.", "Maersk said the crew was safe."])
    assert found == ["Maersk", "Maersk"]


def test_a_person_named_in_full_once_is_no_organisation_by_part() -> None:
    paragraphs = ["A witness saw 10-year-old Kathina Thomas fall in May.", "Kathina died in hospital.",
                  "The mother of Kathina spoke.", "Neighbours said Kathina was shy."]
    assert organisations(paragraphs) == []


def test_an_organisation_cue_outweighs_a_run_that_looks_like_a_name() -> None:
    paragraphs = ["The new Apple Music grew fast.", "A spokesman for Apple declined to comment.", "Apple said sales were up."]
    assert organisations(paragraphs) == ["Apple", "Apple"]


def test_a_word_before_streets_is_a_place() -> None:
    paragraphs = ["They rode bikes to First and Judson streets.", "He was at First and Judson with a gun.",
                  "The corner of First and Judson was dark.", "Witnesses at First and Judson fled."]
    assert organisations(paragraphs) == []
