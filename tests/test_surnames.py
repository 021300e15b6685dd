"""A surname used alone in one article for the one person of the run named in full with it
(crosscheck.normalise.surnames, run by the pipeline after link_entities)."""

from __future__ import annotations

from test_entities import linked as linked_only

from crosscheck.normalise.surnames import add_lone_surnames


def linked(*articles: list[str]):
    docs = linked_only(*articles)
    add_lone_surnames(docs)
    return docs


def people(docs, doc_id: str) -> list[tuple[str, str]]:
    doc = next(d for d in docs if d.document.id == doc_id)
    return [(m.text, m.value.entity) for m in doc.mentions if m.kind == "person"]


def test_article_writing_only_the_surname_gets_the_person_of_the_run() -> None:
    docs = linked(["Actress Lindsay Lohan checked into rehab on Thursday.", "Lohan said she was fine."],
                  ["A judge ordered that Lohan stay 90 days.", "Lohan's lawyer agreed."])
    entity = people(docs, "d1")[0][1]
    assert people(docs, "d2") == [("Lohan", entity), ("Lohan", entity)]
    ids = [m.id for m in docs[1].mentions]
    assert len(set(ids)) == len(ids) and all(i.startswith("d2#m") for i in ids)


def test_two_people_with_one_surname_lend_it_to_nobody() -> None:
    docs = linked(["Running back Reggie Bush scored twice.", "Bush said the team played well."],
                  ["Former president George Bush spoke on Friday.", "Bush said he was proud."],
                  ["Fans chanted for Bush all night."])
    assert people(docs, "d3") == []


def test_surname_inside_a_longer_name_or_before_a_capital_is_not_taken() -> None:
    docs = linked(["Singer Tara Reid arrived late.", "Reid said nothing."],
                  ["Director Mark Reid Smith and the Reid Foundation met on Monday."])
    assert [t for t, _ in people(docs, "d2")] == ["Mark Reid Smith"]


def test_sentence_start_needs_a_word_the_article_never_writes_in_lower_case() -> None:
    docs = linked(["Quarterback Andrew Luck threw three passes.", "Luck said the line held."],
                  ["Luck had nothing to do with it, with bad luck all around."],
                  ["Luck threw for 300 yards on Sunday."])
    assert people(docs, "d2") == []
    assert [t for t, _ in people(docs, "d3")] == ["Luck"]


def test_weak_full_names_lend_no_surname() -> None:
    """A full name whose first word the run writes in lower case ("Rural Health") or in
    capitals ("INS Mysore") is no person to spread."""
    docs = linked(["Officials from Rural Health spoke.", "Health was the topic, and rural clinics too."],
                  ["Aboard INS Mysore, sailors waited.", "Mysore sailed on Monday."],
                  ["Health and Mysore were discussed."])
    assert people(docs, "d3") == []


def test_full_name_of_the_run_is_found_where_an_article_gives_no_cue() -> None:
    docs = linked(["Boxer Wladimir Klitschko won again.", "Klitschko said he was ready."],
                  ["Wladimir Klitschko defended his crown in Germany."])
    assert people(docs, "d2") == [("Wladimir Klitschko", people(docs, "d1")[0][1])]


def test_a_name_the_run_writes_after_the_is_no_person_to_spread() -> None:
    """ "the Red Sox": whatever an article made of it, the run shows it names no person."""
    docs = linked(["Fans watched Red Sox games.", "Sox fans cheered."], ["The Red Sox signed him.", "Red Sox fans were happy."])
    assert people(docs, "d2") == []


def test_an_organisation_found_from_evidence_alone_is_the_person_of_the_run_with_that_surname() -> None:
    """ "Gaskin said ..." in an article that never names him in full reads as an organisation
    (extract/name_lone.py); the run's "Sean Gaskin" makes it him."""
    docs = linked(["Sean Gaskin fell on Monday.", "The rope broke, Gaskin said."],
                  ["Gaskin said rescuers arrived late.", "Gaskin said the weather turned."])
    entity = people(docs, "d1")[0][1]
    assert people(docs, "d2") == [("Gaskin", entity), ("Gaskin", entity)]
    assert not [m for m in docs[1].mentions if m.kind == "organization"]


def test_a_full_name_spreads_when_two_people_share_its_surname() -> None:
    """A person named in full is looked for in every article, also when the run names a
    relative with the same surname: the surname alone lends nobody, the full name its person."""
    docs = linked(["Officers stopped Yanis Benali, 17, on Monday.", "Benali died in hospital."],
                  ["His sister, Inès Benali, called for calm."],
                  ["A march in memory of Yanis Benali will be held on Sunday."])
    yanis = entity_of_text(docs, "d1", "Yanis Benali")
    assert people(docs, "d3") == [("Yanis Benali", yanis)]


def test_a_full_name_widens_the_part_an_opening_capital_left_alone() -> None:
    """ "Cathal Ó Briain resigned" at a paragraph's start, read as "Ó Briain" alone, is the
    run's full name."""
    docs = linked(["Minister Cathal Ó Briain met officials on Monday."],
                  ["Cathal Ó Briain resigned on Tuesday.", "Mr Ó Briain said he acted properly."])
    assert people(docs, "d2")[0] == ("Cathal Ó Briain", entity_of_text(docs, "d1", "Cathal Ó Briain"))


def entity_of_text(docs, doc_id: str, text: str) -> str:
    return next(entity for written, entity in people(docs, doc_id) if written == text)


def test_a_region_spelled_like_the_surname_of_the_article_s_person_is_the_person() -> None:
    # "Brandenburg" is also a German Land of the gazetteer: in the article that names the coach
    # in full, the lone word is the coach, in the place-only article it stays the Land
    docs = linked(["The coach, Erik Johan Brandenburg, picked the team.", "Brandenburg said the side was ready."],
                  ["Floods hit Brandenburg in Germany on Friday."])
    entity = next(e for t, e in people(docs, "d1") if t.endswith("Brandenburg") and " " in t)
    assert ("Brandenburg", entity) in people(docs, "d1")
    d2 = next(d for d in docs if d.document.id == "d2")
    assert any(m.kind == "place" and m.text == "Brandenburg" for m in d2.mentions)


def test_a_misread_body_lends_no_surname_to_its_region() -> None:
    # "Public Health Wales" read as a person: "public" is a word the article writes in lower case,
    # so "Wales" alone stays the place
    docs = linked(["Public Health Wales declared an outbreak.", "Cases rose across Wales, a public health officer said."])
    assert any(m.kind == "place" and m.text == "Wales" for m in docs[0].mentions)
