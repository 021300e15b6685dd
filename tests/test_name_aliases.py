"""Aliases and nicknames (crosscheck.extract.name_aliases): another name the article gives an
entity, linked to the entity it names wherever the article uses it."""

from __future__ import annotations

from test_names import EXTRACTOR, extract, make_document

from crosscheck.extract.sentences import split_sentences


def named(paragraphs: list[str]) -> list[tuple[str, str]]:
    _, mentions = extract(paragraphs)
    return [(m.text, m.value.entity) for m in mentions if m.kind in ("person", "organization")]


def test_an_also_known_as_apposition_declares_an_alias_used_later() -> None:
    found = named(["Alex Rodriguez, 37, also known as A-Rod, was suspended.", "A-Rod said he would appeal."])
    assert found == [("Alex Rodriguez", "name:alex-rodriguez"), ("A-Rod", "name:alex-rodriguez"),
                     ("A-Rod", "name:alex-rodriguez")]


def test_dubbed_after_a_comma_declares_an_alias_with_its_article() -> None:
    found = named(["John Gotti, dubbed the Teflon Don by the press, was convicted.", "The Teflon Don died in 2002."])
    assert found == [("John Gotti", "name:john-gotti"), ("the Teflon Don", "name:john-gotti"),
                     ("The Teflon Don", "name:john-gotti")]


def test_dubbed_as_a_verb_declares_nothing() -> None:
    found = named(["Critic Mark Kermode dubbed Transformers a disaster.", "Transformers earned millions."])
    assert ("Transformers", "name:mark-kermode") not in found


def test_a_quoted_nickname_between_given_name_and_surname_is_an_alias() -> None:
    found = named(['The mob boss Vincent "The Chin" Gigante died in prison.', "The Chin was 77, his lawyer said."])
    assert found[-1] == ("The Chin", "name:vincent-gigante")


def test_a_quoted_work_in_brackets_after_a_name_is_no_alias() -> None:
    found = named(['The script is by Simon Beaufoy ("Slumdog Millionaire").', "Slumdog Millionaire won eight Oscars."])
    assert ("Slumdog Millionaire", "name:simon-beaufoy") not in found


def test_a_blend_of_given_name_and_surname_names_that_person() -> None:
    found = named(["Lindsay Lohan checked into rehab on Monday.", "That is what LiLo's lawyer told the judge.",
                   "The judge said LiLo had missed a hearing."])
    assert [e for t, e in found if t == "LiLo"] == ["name:lindsay-lohan"] * 2


def test_a_blend_two_people_fit_names_neither() -> None:
    found = named(["Lindsay Lohan and Lisa Lopez met on Monday.", "LiLo said nothing."])
    assert not {e for t, e in found if t == "LiLo"} & {"name:lindsay-lohan", "name:lisa-lopez"}


def test_a_lower_case_quoted_alias_is_not_read() -> None:
    found = named(["Smith, dubbed 'the ghost' by colleagues, left.", "The ghost stories ended."])
    assert all("ghost" not in t.lower() for t, _ in found)


def test_french_surnomme_declares_an_alias() -> None:
    doc = make_document(["Jean Dupont, surnommé « le Grand », a quitté le club.", "Le Grand a marqué deux buts."])
    doc = doc.model_copy(update={"language": "fr"})
    mentions = EXTRACTOR.extract(doc, split_sentences(doc))
    assert [(m.text, m.value.entity) for m in mentions if m.kind == "person"][-1] == ("Le Grand", "name:jean-dupont")


def test_an_alias_written_with_its_article_and_found_as_a_name_is_the_person() -> None:
    """"The Iron Lady died": a name found by its own cue that is a declared alias with its
    article is the person the alias names, mentioned with the article."""
    found = named(["Senator Amara Nwosu, dubbed the Iron Lady by the press, was re-elected.", "The Iron Lady died in 2019."])
    assert ("The Iron Lady", "name:amara-nwosu") in found
