"""Person detection without the gazetteer: candidates settled by the document, whole names,
references by surname and given name (crosscheck.extract.name_document and the extractor)."""

from __future__ import annotations

import sys

import pytest

from test_names import EXTRACTOR, RULES, extract, make_document

from crosscheck.extract.sentences import split_sentences


def people(paragraphs: list[str]) -> list[tuple[str, str]]:
    _, mentions = extract(paragraphs)
    return [(m.text, m.value.entity) for m in mentions if m.kind == "person"]


def test_unlisted_name_is_a_person_when_the_article_uses_its_surname_alone() -> None:
    found = people(["Singer Tara Reid checked into a clinic on Tuesday.", "A friend said Reid was doing well."])
    texts = [t for t, _ in found]
    assert texts[-1] == "Reid" and any(t.endswith("Tara Reid") for t in texts)
    assert len({e for _, e in found}) == 1


def test_capitalised_run_without_evidence_is_no_person() -> None:
    assert people(["The Party Girl album sold well in Europe.", "Critics liked Party Girl."]) == []


def test_team_after_the_is_no_person() -> None:
    assert people(["The Indianapolis Colts won on Sunday.", "Fans cheered the Colts all night."]) == []


def test_quote_attribution_age_and_role_noun_make_a_person() -> None:
    assert [t for t, _ in people(["The ruling was fair, Harlan Boll said."])] == ["Harlan Boll"]
    assert [t for t, _ in people(["The prisoner, Arcade Joseph Comeaux Jr, 49, escaped."])] == ["Arcade Joseph Comeaux Jr"]
    assert [t for t, _ in people(["Then referee Sam Williams stopped the fight."])] == ["Sam Williams"]


def test_middle_initial_stays_inside_the_name() -> None:
    assert [t for t, _ in people(["The case went to Judge James R. Dabney on Friday."])] == ["James R. Dabney"]


def test_surname_after_a_suffixed_name_links_to_it() -> None:
    found = people(["Officials said Arcade Joseph Comeaux Jr, 49, escaped.", "Police think Comeaux is armed."])
    assert [t for t, _ in found] == ["Arcade Joseph Comeaux Jr", "Comeaux"]
    assert found[0][1] == found[1][1]


def test_listed_alias_inside_a_longer_name_keeps_the_whole_name() -> None:
    [(text, entity)] = people(["Yesterday Abdourahmane Tchiani met the envoys."])
    assert (text, entity) == ("Abdourahmane Tchiani", "abdourahamane-tiani")


def test_other_given_name_before_a_listed_surname_is_another_person() -> None:
    [(text, entity)] = people(["The envoys met Ousseini Tchiani on Monday."])
    assert text == "Ousseini Tchiani" and entity != "abdourahamane-tiani"


def test_sentence_word_before_a_listed_name_is_not_its_given_name() -> None:
    assert people(["Then Vladimir Putin spoke."]) == [("Vladimir Putin", "vladimir-putin")]


def test_given_name_alone_refers_to_the_one_person_with_it() -> None:
    found = people(["Singer Lindsay Lohan was in court.", "Her lawyer said Lohan and Lindsay's mother left."])
    assert {e for _, e in found} == {found[0][1]}
    assert [t for t, _ in found][-2:] == ["Lohan", "Lindsay"]


def test_a_sentence_word_before_a_known_surname_is_a_reference() -> None:
    found = people(["Comedian Ellen DeGeneres will host.", "Critics praised DeGeneres on Friday.",
                    '"Choosing DeGeneres was easy," he said.'])
    assert {e for _, e in found} == {found[0][1]}


def executed_lines(words: int) -> int:
    """Python lines the name extractor executes on one sentence of ``words`` title words: a count
    of work that, unlike a clock, does not move with the machine's load."""
    doc = make_document([" ".join(["General Major Colonel President"] * words) + "."])
    sentences = split_sentences(doc)
    count = 0

    def trace(frame, event, arg):  # noqa: ARG001 - sys.settrace's signature
        nonlocal count
        if event == "line":
            count += 1
        return trace

    previous = sys.gettrace()  # a coverage or debugger tracer, put back afterwards
    sys.settrace(trace)
    try:
        EXTRACTOR.extract(doc, sentences)
    finally:
        sys.settrace(previous)
    return count


def test_long_sentence_of_title_words_takes_linear_work() -> None:
    """Issue 11 item 10: twice the input must not take four times the work. Counted in executed
    lines rather than seconds so the test cannot flake on a loaded machine; the wall-clock scaling
    is measured by bench/bench_linear.py (kind ``titles``)."""
    executed_lines(50)  # warm the per-word caches so both measured runs see the same state
    small, large = executed_lines(1000), executed_lines(2000)
    assert large < 2.5 * small  # linear: about 2.0; a quadratic step gives about 4


def french_people(text: str) -> list[tuple[str, str, str | None, str | None]]:
    doc = make_document([text])
    doc.language = "fr"
    return [(m.text, m.value.entity, m.value.title, m.value.role)
            for m in EXTRACTOR.extract(doc, split_sentences(doc)) if m.kind == "person"]


def test_french_titles_and_roles_are_rule_data_read_for_french_documents() -> None:
    found = french_people("Le chef de la junte, le général Abdourahamane Tiani, a reçu Vladimir Poutine.")
    assert found == [("Abdourahamane Tiani", "abdourahamane-tiani", "général", "chef de la junte"),
                     ("Vladimir Poutine", "vladimir-putin", None, None)]
    [goita, sonko] = french_people("Le président de la transition, le colonel Assimi Goïta, a reçu le Premier ministre Ousmane Sonko.")
    assert goita == ("Assimi Goïta", "assimi-goita", "colonel", "président de la transition")
    assert sonko[0] == "Ousmane Sonko" and sonko[2] == "Premier ministre"


def test_french_quote_attribution_makes_a_person() -> None:
    assert [p[0] for p in french_people("Selon la presse, Issa Maïga a déclaré que tout allait bien.")] == ["Issa Maïga"]


def test_english_titles_are_not_read_in_french_documents() -> None:
    assert [t for t, _ in people(["Then Senator Obiageli Ezekwesili arrived."])] == ["Obiageli Ezekwesili"]
    assert french_people("Puis Senator Obiageli Ezekwesili arrive.") == []


AFTER_CUE_EXAMPLES = [
    (cue, sentence, wanted)
    for rule_file in RULES.get("titles")
    for cue in rule_file.person_cues_after
    for wanted, sentences in ((True, cue.examples.match), (False, cue.examples.no_match))
    for sentence in sentences
]


@pytest.mark.parametrize(("cue", "sentence", "wanted"), AFTER_CUE_EXAMPLES)
def test_person_cue_after_examples(cue, sentence: str, wanted: bool) -> None:
    """A cue after a name matches the text right after some word of its example."""
    ends = [i for i in range(1, len(sentence)) if sentence[i - 1].isalpha() and not sentence[i].isalpha()]
    assert any(cue.compiled.match(sentence[i:]) for i in ends) == wanted, (cue.pattern, sentence)


# -- headlines and titles inside a run ------------------------------------------------------


def _with_headline(headline: str, paragraphs: list[str]):
    """A document whose headline line is zoned ``headline`` (kept out of the body) above ``paragraphs``."""
    from crosscheck.models import Zone

    doc = make_document(paragraphs, furniture=headline + "\n\n")
    doc.furniture = [Zone(start=0, end=len(headline), kind="headline")]
    return doc, EXTRACTOR.extract(doc, split_sentences(doc))


def test_headline_gives_the_full_name_the_body_shortens() -> None:
    doc, mentions = _with_headline("Lindsay Lohan Checks Into Betty Ford Clinic",
                                   ["Lohan checked into the clinic on Thursday.", "A judge said Lohan must stay 90 days.",
                                    "Friends of Lindsay were relieved."])
    found = [(m.text, m.value.entity, m.zone) for m in mentions if m.kind == "person"]
    assert found[0] == ("Lindsay Lohan", "name:lindsay-lohan", "headline")
    assert [t for t, _, _ in found[1:]] == ["Lohan", "Lohan", "Lindsay"]
    assert {e for _, e, _ in found} == {"name:lindsay-lohan"}
    headline_sentences = len(split_sentences(doc))
    assert found and all(m.sentence >= headline_sentences for m in mentions if m.zone == "headline")


def test_headline_reads_a_body_person_and_a_titled_name() -> None:
    _, mentions = _with_headline("Ellen DeGeneres to Host Oscars, Rehires Attorney Shawn Holley",
                                 ["Comedian Ellen DeGeneres will host the show.", "DeGeneres said she was thrilled.",
                                  "Her attorney Shawn Holley had been at her side in court."])
    headline = [(m.text, m.value.title) for m in mentions if m.zone == "headline"]
    assert headline == [("Ellen DeGeneres", None), ("Shawn Holley", "Attorney")]


def test_headline_pair_needs_a_given_name_or_a_word_of_the_body() -> None:
    _, mentions = _with_headline("Yankees Nab Teixeira", ["The Yankees signed Mark Teixeira on Tuesday.", "Teixeira said yes."])
    assert [m.text for m in mentions if m.zone == "headline"] == ["Teixeira"]


def test_headline_words_in_capitals_are_no_names() -> None:
    """Title case makes verbs and teams capitalised: a word the article writes in lower case, or
    a team it writes after "the", starts or ends no name."""
    _, mentions = _with_headline("Colts Beat Chiefs To Clinch Seed",
                                 ["The Indianapolis Colts beat the Kansas City Chiefs on Sunday.",
                                  "Fans said Chiefs players had to beat the odds, and to clinch it."])
    assert [m.text for m in mentions if m.kind == "person"] == []


def test_headline_places_and_organisations_are_left_to_the_body() -> None:
    _, mentions = _with_headline("Protests In Bamako Over Wagner Group", ["Protesters marched in Bamako on Friday."])
    assert not any(m.zone == "headline" for m in mentions)


def test_title_inside_a_run_after_an_office_or_place() -> None:
    found = people(["Newly elected Academy President Boone Isaacs said the show was ready.",
                    "Santa Monica Chief Deputy City Attorney Terry White confirmed the news."])
    assert [t for t, _ in found] == ["Boone Isaacs", "Terry White"]
    _, mentions = extract(["Newly elected Academy President Boone Isaacs said the show was ready."])
    assert [m.value.title for m in mentions if m.kind == "person"] == ["President"]


def test_place_after_a_locative_is_no_surname_for_a_candidate() -> None:
    assert people(["Hollis Malibu sold the house.", "She moved to a home in Malibu."]) == []


def test_headline_pair_inside_a_body_full_name_is_that_person() -> None:
    """ "Joseph Comeaux" read as a pair inside "Arcade Joseph Comeaux Jr." would make two people
    of one surname, and the body's "Comeaux" would then name neither."""
    _, mentions = _with_headline("Texas convict Arcade Joseph Comeaux Jr. pulls gun on guards",
                                 ["Rewards are offered for escapee Arcade Joseph Comeaux Jr, 49, of Houston.",
                                  "Officials said Comeaux was in a wheelchair."])
    found = [(m.text, m.value.entity) for m in mentions if m.kind == "person"]
    assert [t for t, _ in found] == ["Arcade Joseph Comeaux Jr", "Arcade Joseph Comeaux Jr", "Comeaux"]
    assert len({e for _, e in found}) == 1


def test_surname_used_as_an_adjective_after_the_is_still_a_surname() -> None:
    found = people(["The academy said Hugh Jackman will host the show.", "The 40-year-old Jackman has hosted before.",
                    "Critics welcomed the Jackman announcement."])
    assert [t for t, _ in found] == ["Hugh Jackman", "Jackman", "Jackman"]


def test_plural_team_after_the_is_no_surname() -> None:
    assert people(["Creighton Bluejays won on Friday.", "Fans cheered the Bluejays all night.",
                   "Everyone loves Bluejays basketball."]) == []


def test_common_given_name_makes_a_person_but_not_of_a_company() -> None:
    assert [t for t, _ in people(["Running back Chris Ivory ran for 100 yards."])] == ["Chris Ivory"]
    assert people(["Shares of Harry Winston Diamond Corp fell.", "Gordon Advisors bought them."]) == []


def test_participle_opening_a_sentence_is_no_given_name() -> None:
    found = people(["Considering Lionsgate a rival, the studio moved on.", "Analysts liked Lionsgate shares."])
    assert found == []


def test_nickname_between_given_name_and_surname_is_one_person() -> None:
    _, mentions = extract(['Mob boss Vincent "The Chin" Gigante died in prison.',
                           "Police shot Kimani (Kiki) Gray, 16, on Saturday.", "Talks in Paris (and elsewhere) Monday."])
    found = [(m.text, m.value.canonical) for m in mentions if m.kind == "person"]
    assert found == [('Vincent "The Chin" Gigante', "Vincent Gigante"), ("Kimani (Kiki) Gray", "Kimani Gray")]


def test_person_noun_before_one_name_word_makes_a_person() -> None:
    assert [t for t, _ in people(["She thanked my wife Portia for the support.", "His brother Vitali trained him."])] == \
        ["Portia", "Vitali"]


def test_suffix_with_a_full_stop_keeps_the_age_cue() -> None:
    assert [t for t, _ in people(["Officials said Arcade Joseph Comeaux Jr., 49, took two officers hostage."])] == \
        ["Arcade Joseph Comeaux Jr"]


def test_nickname_of_words_the_article_writes_in_lower_case_is_no_name() -> None:
    assert people(["Ross 'Catching Fire' Negotiations stall, as negotiations went on."]) == []


def test_french_titles_roles_and_role_nouns() -> None:
    """rules/fr/titles.yaml: a title with a demonym ('le vice-ministre russe de la Défense'), a
    role noun after an elided article ("L'opposant"), a French quote verb, hyphenated given names."""
    from crosscheck.extract.sentences import split_sentences

    doc = make_document(["Le vice-ministre russe de la Défense, Iounous-Bek Evkourov, est arrivé à Bamako.",
                         "L'opposant Moussa Mara a dénoncé la décision.", "Jean-Claude Kaboré est arrivé lundi.",
                         "Le Ministère de la Défense a publié un communiqué."])
    doc.language = "fr"
    found = [(m.text, m.value.role) for m in EXTRACTOR.extract(doc, split_sentences(doc)) if m.kind == "person"]
    assert found == [("Iounous-Bek Evkourov", "vice-ministre russe de la Défense"), ("Moussa Mara", None),
                     ("Jean-Claude Kaboré", None)]


def test_headline_pair_confirmed_by_the_given_name_used_alone_in_the_body() -> None:
    _, mentions = _with_headline("Lindsay Lohan Checks Out Of Rehab",
                                 ["The actress has left the centre.", "One place Lindsay finds difficult is the clinic."])
    assert [(m.text, m.zone) for m in mentions if m.kind == "person"] == [("Lindsay Lohan", "headline"), ("Lindsay", "body")]


def test_a_title_written_after_a_name_in_title_case_is_no_part_of_it() -> None:
    assert [t for t, _ in people(["Obama to Name Dr. Sanjay Gupta Surgeon General: Onion headline or news?"])] == ["Sanjay Gupta"]


def test_surname_alone_at_a_sentence_start_confirms_the_full_name() -> None:
    found = people(["The court heard that Zorana Vlasic checked into a clinic on Monday.", "Vlasic said she was tired.",
                    "Vlasic has accepted the ruling."])
    assert [t for t, _ in found] == ["Zorana Vlasic", "Vlasic", "Vlasic"]
    assert len({e for _, e in found}) == 1


def test_dictionary_word_at_a_sentence_start_confirms_no_full_name() -> None:
    # "Hope" opens a sentence with a forced capital: the run "Bright Hope" stays no person.
    assert people(["Supporters of Bright Hope gathered on Monday.", "Hope was in short supply."]) == []


@pytest.mark.parametrize(
    ("paragraphs", "wanted"),
    [
        # A name opening a sentence, none of whose words the dictionary or the article writes in
        # lower case, is a person: capitals forced by the sentence start make no sentence word of it.
        (["Cathal Ó Briain resigned as minister on Tuesday."], ["Cathal Ó Briain"]),
        (["Nahel Merzouk was killed in 2023, and riots followed."], ["Nahel Merzouk"]),
        # Its last words a person of the article: that person's full name.
        (["Mr Ó Briain met the Taoiseach at 2pm.", "Cathal Ó Briain then resigned."], ["Ó Briain", "Cathal Ó Briain"]),
        # A word of the dictionary, a place of the article or a team is no name word.
        (["Social Housing grew last year."], []),
        (["Hollis Malibu sold the house.", "She moved to a home in Malibu."], []),
    ],
)
def test_a_name_opening_a_sentence_is_a_person_without_a_cue(paragraphs: list[str], wanted: list[str]) -> None:
    assert [t for t, _ in people(paragraphs)] == wanted


def test_a_page_in_another_language_gives_no_plain_name() -> None:
    """A German page read with English rules: every German noun is capitalised and unknown to the
    English dictionary, so a capitalised pair opening a sentence is no person there."""
    doc = make_document(["Aktuelle Praxisbeispiele zeigen den Nutzen."])
    doc.language = "de"
    assert [m.text for m in EXTRACTOR.extract(doc, split_sentences(doc)) if m.kind == "person"] == []
