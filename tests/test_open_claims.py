"""Open-vocabulary claims (extract/open_claims.py, extract/lexicon.py) and their grouping into
events (compare/open_events.py): same event versus a similar one."""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import day, extracted, figure, org, person, place, year
from crosscheck.compare import compare
from crosscheck.extract.lexicon import Lexicon, lexicons
from crosscheck.models import TimeValue

REID = person("tara-reid", "Tara Reid", None)
LOHAN = person("lindsay-lohan", "Lindsay Lohan", None)
PROMISES = org("Promises Treatment Center")
ACEH = place("Aceh", "Indonesia")


@pytest.fixture(scope="module")
def english(rules) -> Lexicon:
    return lexicons(rules)["en"]


def test_synonyms_and_nominalisations_share_a_class(english):
    classes = {w: english.lookup(w)[1] for w in ("died", "death", "killed", "arrested", "detained", "custody",
                                                 "bought", "acquisition", "takeover", "quake", "earthquake")}
    assert classes["died"] == classes["death"] == classes["killed"]
    assert classes["arrested"] == classes["detained"] == classes["custody"]
    assert classes["bought"] == classes["acquisition"] == classes["takeover"]
    assert classes["quake"] == classes["earthquake"]


def test_classes_examples_run(rules, english):
    refinement = next(f for f in rules.get("event_classes", "en") if f.language == "en")
    for sentence in refinement.examples.match:
        assert english.event_words(sentence), sentence
    for sentence in refinement.examples.no_match:
        assert not english.event_words(sentence), sentence


def test_light_verbs_and_nouns_after_determiners_are_no_events(english):
    assert english.event_words("The company is based in Texas.") == []
    assert [w.lemma for w in english.event_words("Security forces arrested him.")] == ["arrest"]


@pytest.mark.parametrize(("text", "absent"), [
    ("a furious crowd gathered", "crowd"),  # a verb-only word after an adjective is a noun
    ("two young men were standing outside", "man"),  # an irregular plural of a mostly-noun verb
])
def test_nouns_that_only_share_a_verbs_spelling_are_no_events(english, text, absent):
    assert absent not in [w.lemma for w in english.event_words(text)]


@pytest.mark.parametrize("text", ["watched his brother fall to his death", "the police manned the barricades",
                                  "was handed a life sentence"])
def test_verbs_after_a_noun_and_event_nouns_after_a_modifier_stay_events(english, text):
    assert english.event_words(text)


def test_an_opening_time_before_a_verb_of_saying_does_not_date_what_is_said(extractor):
    ed = extracted(extractor, "a", "2013-03-11", "Yesterday, police explained that officers shot Kimani Gray in Brooklyn.",
                   [("Yesterday", day("2013-03-10")), ("Kimani Gray", person("kimani-gray", "Kimani Gray", None))])
    assert next(c for c in ed.claims if c.predicate == "explain").time is not None
    assert next(c for c in ed.claims if c.kind == "shoot").time is None


def test_a_day_named_inside_a_quotation_dates_no_open_claim(extractor):
    """'"... how many kids will you kill today," witnesses reported': "today" is the speaker's day,
    not the publication's, as for the closed kinds (clauses.said_day)."""
    ed = extracted(extractor, "a", "2013-03-12", 'Marchers chanted "how many kids will you hurt today," witnesses reported.',
                   [("today", day("2013-03-12"))])
    assert ed.claims and all(c.time is None for c in ed.claims)


def test_every_event_word_makes_a_claim_with_its_trigger_and_arguments(extractor):
    ed = extracted(extractor, "a", "2008-05-02", "Tara Reid checked into Promises Treatment Center on Friday.",
                   [("Tara Reid", REID), ("Promises Treatment Center", PROMISES), ("Friday", day("2008-05-02"))])
    claim = next(c for c in ed.claims if c.predicate == "check")
    assert (claim.trigger.text, claim.trigger.start) == ("checked", 10)
    roles = {a.text: a.role for a in claim.arguments}
    assert roles == {"Tara Reid": "agent", "Promises Treatment Center": "patient", "Friday": "time"}
    assert claim.participants == ["tara-reid", "promises-treatment-center"]


def test_a_persons_abbreviated_title_is_no_event(extractor):
    """"PM" before a name is the Prime Minister, not a post-mortem."""
    ed = extracted(extractor, "a", "2026-10-01", "Romanian PM Vladescu lost a confidence vote on Thursday.",
                   [("Vladescu", person("name:vladescu", "Vladescu", "Romania", title="Prime Minister")),
                    ("Thursday", day("2026-10-01"))])
    assert ed.claims and not [c for c in ed.claims if c.kind == "autopsy" or c.trigger.text == "PM"]


def test_time_belongs_to_the_event_word_it_modifies(extractor):
    ed = extracted(extractor, "a", "2013-07-02", "The quake struck Aceh on Tuesday, far from the 2004 tsunami zone.",
                   [("Aceh", ACEH), ("Tuesday", day("2013-07-02")), ("2004", year(2004))])
    quake = next(c for c in ed.claims if c.predicate == "quake")
    assert quake.time is not None and quake.time.start.year == 2013
    tsunami = next(c for c in ed.claims if c.predicate == "tsunami")
    assert tsunami.time is not None and tsunami.time.start.year == 2004


def _rehab(extractor, doc_id, published, who, value, when=None):
    text = f"{who} checked into rehab" + (f" on {when[0]}." if when else ".")
    spans = [(who, value)] + ([(when[0], when[1])] if when else [])
    return extracted(extractor, doc_id, published, text, spans)


def _agreements(result):
    return sorted(tuple(f.documents) for f in result.findings if f.kind == "agreement")


def test_same_person_same_event_class_and_time_agree(extractor, rules):
    a = _rehab(extractor, "a", "2008-05-02", "Tara Reid", REID)
    b = _rehab(extractor, "b", "2008-05-03", "Tara Reid", REID)
    assert _agreements(compare([a, b], rules)) == [("a", "b")]


def test_another_persons_event_of_the_same_class_stays_apart(extractor, rules):
    a = _rehab(extractor, "a", "2008-05-02", "Tara Reid", REID)
    b = _rehab(extractor, "b", "2008-05-03", "Lindsay Lohan", LOHAN)
    assert _agreements(compare([a, b], rules)) == []


def test_same_person_in_another_year_stays_apart(extractor, rules):
    a = _rehab(extractor, "a", "2008-05-02", "Tara Reid", REID)
    b = _rehab(extractor, "b", "2013-05-03", "Tara Reid", REID)
    assert _agreements(compare([a, b], rules)) == []


def test_a_shared_country_alone_does_not_join(extractor, rules):
    indonesia = place("Indonesia")
    a = extracted(extractor, "a", "2013-07-02", "An earthquake hit Indonesia.", [("Indonesia", indonesia)])
    b = extracted(extractor, "b", "2013-07-03", "An earthquake hit Indonesia.", [("Indonesia", indonesia)])
    assert _agreements(compare([a, b], rules)) == []


def test_two_calls_with_different_counterparts_stay_apart(extractor, rules):
    putin = person("vladimir-putin", "Vladimir Putin", "Russia")
    goita = person("assimi-goita", "Assimi Goita", "Mali")
    tiani = person("abdourahamane-tiani", "Abdourahamane Tiani", "Niger")
    a = extracted(extractor, "a", "2024-03-27", "Putin consulted Goita.", [("Putin", putin), ("Goita", goita)])
    b = extracted(extractor, "b", "2024-03-27", "Putin consulted Tiani.", [("Putin", putin), ("Tiani", tiani)])
    c = extracted(extractor, "c", "2024-03-28", "Putin consulted Goita.", [("Putin", putin), ("Goita", goita)])
    assert _agreements(compare([a, b, c], rules)) == [("a", "c")]


def _charged(extractor, doc_id, published, names, when=None):
    """An article: "<names> was charged[ on <when>]." with person mentions for each name."""
    who = " and ".join(n for n, _ in names)
    text = f"{who} was charged" + (f" on {when[0]}." if when else ".")
    spans = list(names) + ([(when[0], when[1])] if when else [])
    return extracted(extractor, doc_id, published, text, spans)


BUSH = person("reggie-bush", "Reggie Bush", None)
JACKSON = person("vincent-jackson", "Vincent Jackson", None)


def test_a_name_every_article_carries_does_not_join_on_its_own(extractor, rules):
    # Four articles about one team: its star is named everywhere, so sharing him tells little;
    # the rarer name shared by two of them (and their date) does.
    docs = [
        _charged(extractor, "a", None, [("Reggie Bush", BUSH), ("Vincent Jackson", JACKSON)], ("Friday", day("2009-01-02"))),
        _charged(extractor, "b", None, [("Reggie Bush", BUSH), ("Vincent Jackson", JACKSON)], ("Friday", day("2009-01-02"))),
        _charged(extractor, "c", None, [("Reggie Bush", BUSH)]),
        _charged(extractor, "d", None, [("Reggie Bush", BUSH)]),
    ]
    assert _agreements(compare(docs, rules)) == [("a", "b")]


def test_an_account_naming_nobody_stands_for_its_articles_protagonist(extractor, rules):
    a = extracted(extractor, "a", "2008-05-02",
                  "Tara Reid is back in the news. Friends of Tara Reid worry. She was charged on Friday.",
                  [("Tara Reid", REID), ("Tara Reid#2", REID), ("Friday", day("2008-05-02"))])
    b = _charged(extractor, "b", "2008-05-03", [("Tara Reid", REID)], ("Friday", day("2008-05-02")))
    assert _agreements(compare([a, b], rules)) == [("a", "b")]


def test_links_do_not_chain_two_dated_occurrences_through_an_undated_account(extractor, rules):
    # b has no date at all: it may join either occurrence, never glue 2008 and 2013 together.
    a = _charged(extractor, "a", None, [("Tara Reid", REID)], ("May 2, 2008", day("2008-05-02")))
    b = _charged(extractor, "b", None, [("Tara Reid", REID)])
    c = _charged(extractor, "c", None, [("Tara Reid", REID)], ("May 2, 2013", day("2013-05-02")))
    groups = [tuple(f.documents) for f in compare([a, b, c], rules).findings if f.kind == "agreement"]
    assert not any("a" in g and "c" in g for g in groups)


def test_open_claims_does_not_import_the_closed_claim_extractor():
    # claims.py builds the open reader; the reader importing claims.py back was an import
    # circle (issue 19): what both need lives in extract/event_places.py.
    import ast
    from pathlib import Path

    import crosscheck.extract.open_claims as module

    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert "claims" not in imported and "crosscheck.extract.claims" not in imported


def test_a_headline_claim_takes_the_time_and_place_of_the_body_claim_it_restates(extractor):
    from claim_helpers import build
    from crosscheck.extract.sentences import split_sentences
    from crosscheck.models import Zone

    headline = "Tara Reid checks into rehab"
    text = f"{headline}\nTara Reid checked into rehab on Friday."
    doc, _, mentions = build("a", "2008-05-03", text, [("Tara Reid", REID), ("Tara Reid#2", REID), ("Friday", day("2008-05-02"))])
    doc.body = [Zone(start=0, end=len(headline), kind="headline"), Zone(start=len(headline) + 1, end=len(text))]
    sentences = split_sentences(doc)
    for m in mentions:
        m.sentence = next(s.index for s in sentences if s.start <= m.start < s.end)
    claims = extractor.extract(doc, sentences, mentions)
    top = next(c for c in claims if c.zone == "headline" and c.predicate == "check")
    assert top.time is not None and top.time.start.isoformat() == "2008-05-02"
    assert "tara-reid" in top.participants


PUTIN = person("vladimir-putin", "Vladimir Putin", "Russia")
TIANI = person("abdourahamane-tiani", "Abdourahamane Tiani", "Niger")


def _call_then(extractor, doc_id, then, spans=()):
    text = f"Putin spoke by phone with Tiani on Tuesday. Putin thanked Tiani. {then}"
    return extracted(extractor, doc_id, "2025-01-22", text,
                     [("Putin", PUTIN), ("Tiani", TIANI), ("Tuesday", day("2025-01-21")), ("Putin#2", PUTIN), ("Tiani#2", TIANI),
                      *spans])


def _agreed_kinds(docs, rules):
    return sorted(f.subject.split(":")[0] for f in compare(docs, rules).findings if f.kind == "agreement")


def test_an_account_naming_nobody_after_a_compared_call_is_that_call_again(extractor, rules):
    """"The two leaders discussed ..." after "X spoke by phone with Y" tells the call's content:
    the call's agreement covers it; a second agreement on "discuss" would count one call twice."""
    a = _call_then(extractor, "a", "The two leaders discussed military cooperation.")
    b = _call_then(extractor, "b", "The two men discussed grain deliveries.")
    assert _agreed_kinds([a, b], rules) == ["phone call"]


def test_an_undated_account_naming_the_calls_people_is_that_call_again(extractor, rules):
    """"Fidan and Tchiani discussed ..." after their meeting: same people, no time of its own."""
    a = _call_then(extractor, "a", "Putin and Tiani discussed military cooperation.", [("Putin#3", PUTIN), ("Tiani#3", TIANI)])
    b = _call_then(extractor, "b", "The two men discussed grain deliveries at length.")
    assert _agreed_kinds([a, b], rules) == ["phone call"]


def test_an_account_naming_its_people_beside_a_call_is_compared_on_its_own(extractor, rules):
    friday = ("Friday", day("2025-01-17"))
    a = _call_then(extractor, "a", "Putin discussed the war with Erdogan on Friday.",
                   [("Putin#3", PUTIN), ("Erdogan", person("recep-tayyip-erdogan", "Recep Tayyip Erdogan", "Turkey")), friday])
    b = _call_then(extractor, "b", "In a separate conversation reported by Ankara, Putin discussed grain corridors "
                   "and prisoner exchanges with Erdogan on Friday.",
                   [("Putin#3", PUTIN), ("Erdogan", person("recep-tayyip-erdogan", "Recep Tayyip Erdogan", "Turkey")), friday])
    assert _agreed_kinds([a, b], rules) == ["discuss", "phone call"]


def _people_of(ed, kind):
    by_id = {m.id: m for m in ed.mentions}
    claim = next(c for c in ed.claims if c.kind == kind)
    return {by_id[i].value.entity for i in claim.mentions if by_id[i].kind == "person"}


def test_a_clause_naming_nobody_takes_the_subject_of_the_clause_before(extractor):
    welker = person("dana-welker", "Dana Welker", None)
    ed = extracted(extractor, "a", "2011-03-04", "Dana Welker, 43, then shot the three victims.",
                   [("Dana Welker", welker)])
    assert _people_of(ed, "shoot") == {"dana-welker"}


def test_a_clause_with_a_subject_of_its_own_does_not_take_the_one_before(extractor):
    ed = extracted(extractor, "a", "2011-03-04",
                   "The delegation was led by Omar Saleh, while the army sent a team of officers.",
                   [("Omar Saleh", person("omar-saleh", "Omar Saleh", None))])
    assert _people_of(ed, "send") == set()


def _killed(extractor, doc_id, published, who, value):
    return extracted(extractor, doc_id, published, f"{who} was killed on Saturday.",
                     [(who, value), ("on Saturday", day("2011-03-05"))])


def test_a_closed_kind_claim_without_a_country_is_grouped_by_its_people(extractor, rules):
    """A death whose people have no known country cannot be placed by country: the open
    grouping compares it by the people it names."""
    welker = person("dana-welker", "Dana Welker", None)
    a = _killed(extractor, "a", "2011-03-06", "Dana Welker", welker)
    b = _killed(extractor, "b", "2011-03-07", "Dana Welker", welker)
    assert {c.kind for c in a.claims} == {"attack"}
    assert _agreements(compare([a, b], rules)) == [("a", "b")]
    other = _killed(extractor, "c", "2011-03-07", "Hugo Marsh", person("hugo-marsh", "Hugo Marsh", None))
    assert _agreements(compare([a, other], rules)) == []


def _captured(extractor, doc_id, count):
    town = place("Port Kesh", "Somalia")
    text = f"The navy captured {count} pirates near Port Kesh."
    return extracted(extractor, doc_id, "2011-11-06", text,
                     [(str(count), figure(count, count, "pirates", str(count), None)), ("Port Kesh", town)])


def test_one_exact_figure_both_accounts_give_is_evidence_of_one_event(extractor, rules):
    """Port Kesh is in every article (it tells little); "23 pirates" in two of them tells one capture."""
    docs = [_captured(extractor, "a", 23), _captured(extractor, "b", 23), _captured(extractor, "c", 4)]
    assert _agreements(compare(docs, rules)) == [("a", "b")]


def test_a_death_told_by_a_closed_trigger_meets_the_accounts_of_its_open_class(extractor, rules):
    """"died" is an attack-kind trigger, "death" an open word of the class of "died": an
    unplaced death is filed under both, so the two accounts of one death meet."""
    welker = person("dana-welker", "Dana Welker", None)
    a = extracted(extractor, "a", "2011-03-06", "Dana Welker died on Saturday.",
                  [("Dana Welker", welker), ("on Saturday", day("2011-03-05"))])
    b = extracted(extractor, "b", "2011-03-07", "Friends mourned the death of Dana Welker on Saturday.",
                  [("Dana Welker", welker), ("on Saturday", day("2011-03-05"))])
    assert [c.kind for c in a.claims] == ["attack"] and "die" in {c.kind for c in b.claims}
    assert _agreements(compare([a, b], rules)) == [("a", "b")]


def _with_headline(extractor, doc_id: str, published: str, headline: str, body: str, spans):
    """An article whose first line is its headline (zone "headline") over a body paragraph."""
    from claim_helpers import build
    from crosscheck.extract.sentences import split_sentences
    from crosscheck.models import ExtractedDocument, Zone

    text = f"{headline}\n{body}"
    doc, _, mentions = build(doc_id, published, text, spans)
    doc.body = [Zone(start=0, end=len(headline), kind="headline"), Zone(start=len(headline) + 1, end=len(text))]
    sentences = split_sentences(doc)
    for m in mentions:
        m.sentence = next(s.index for s in sentences if s.start <= m.start < s.end)
    claims = extractor.extract(doc, sentences, mentions)
    for i, claim in enumerate(claims, 1):
        claim.id = f"{doc_id}#c{i}"
    return ExtractedDocument(document=doc, sentences=sentences, mentions=mentions, claims=claims)


def test_a_headline_is_a_claim_of_its_own_line_and_zone(extractor):
    ed = _with_headline(extractor, "a", "2008-05-03", "Tara Reid checks into rehab", "Friends say she is well.",
                        [("Tara Reid", REID)])
    top = next(c for c in ed.claims if c.predicate == "check")
    assert (top.zone, top.line) == ("headline", 1)
    assert (top.trigger.text, top.trigger.start) == ("checks", 10)


def test_a_headline_and_its_own_body_do_not_make_the_article_agree_with_itself(extractor, rules):
    ed = _with_headline(extractor, "a", "2008-05-03", "Tara Reid checks into rehab",
                        "Tara Reid checked into rehab on Friday.",
                        [("Tara Reid", REID), ("Tara Reid#2", REID), ("Friday", day("2008-05-02"))])
    assert [c.zone for c in ed.claims if c.predicate == "check"] == ["headline", "body"]
    findings = compare([ed], rules).findings
    assert not [f for f in findings if f.kind in ("agreement", "consistent")]


def test_a_headline_that_alone_tells_the_event_agrees_with_another_source(extractor, rules):
    # Article a states the event only in its headline; b in its body: two sources agree.
    a = _with_headline(extractor, "a", "2008-05-03", "Tara Reid checks into rehab on Friday",
                       "Friends of the actress say she is well.",
                       [("Tara Reid", REID), ("Friday", day("2008-05-02"))])
    b = _rehab(extractor, "b", "2008-05-03", "Tara Reid", REID, ("Friday", day("2008-05-02")))
    agreements = [f for f in compare([a, b], rules).findings if f.kind == "agreement"]
    assert [tuple(f.documents) for f in agreements] == [("a", "b")]


def _run(tmp_path, rules, records: list[dict]):
    import json

    from crosscheck.pipeline import extract_documents

    path = tmp_path / "run.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    docs, _ = extract_documents([path], rules)
    return {ed.document.id: ed for ed in docs}


def test_a_headline_claim_takes_the_person_the_run_names_there(tmp_path, rules):
    # Article a names her only in its headline, in full and with no cue: the run confirms the
    # name from article b, and a's headline claim of her death has her as participant.
    docs = _run(tmp_path, rules, [
        {"id": "a", "title": "Esther Williams, swimming star, dies at 91",
         "text": "Esther Williams, swimming star, dies at 91\nThe actress starred in films."},
        {"id": "b", "title": "Actress Esther Williams dies", "text": "Actress Esther Williams dies\nActress Esther Williams died on Thursday in her sleep, "
                            "her publicist said.\nWilliams was 91."},
    ])
    death = next(c for c in docs["a"].claims if c.zone == "headline" and c.predicate == "die")
    assert "name:esther-williams" in death.participants
    person = next(m for m in docs["a"].mentions if m.id in death.mentions and m.kind == "person")
    assert any(a.mention == person.id and a.role == "agent" for a in death.arguments)


def test_a_person_found_late_joins_only_the_claims_of_its_own_clause(extractor):
    from crosscheck.extract.open_claims import attach_people
    from crosscheck.models import EntityValue, Mention

    ed = extracted(extractor, "a", "2008-05-03", "Page died on Thursday, and her agent left the hospital.", [])
    died, left = (next(c for c in ed.claims if c.predicate == p) for p in ("die", "leave"))
    text = ed.document.text
    page = Mention(document="a", kind="person", text="Page", start=text.index("Page"), end=text.index("Page") + 4,
                   line=1, sentence=died.sentence, zone=died.zone, id="a#m99",
                   value=EntityValue(entity="name:bettie-page", canonical="Bettie Page", type="person"))
    attach_people(ed.claims, text, [page])
    assert died.participants == ["name:bettie-page"] and "a#m99" in died.mentions
    assert "name:bettie-page" not in left.participants


def test_a_speaker_found_late_is_no_participant_of_what_the_speaker_reports(extractor):
    from crosscheck.extract.open_claims import attach_people
    from crosscheck.models import EntityValue, Mention

    ed = extracted(extractor, "a", "2011-10-24", "Interior Minister Ali Yerlikaya said police arrested a suspect.", [])
    arrest = next(c for c in ed.claims if c.predicate == "arrest")
    assert arrest.attribution and "Yerlikaya" in arrest.attribution
    text = ed.document.text
    start = text.index("Ali Yerlikaya")
    minister = Mention(document="a", kind="person", text="Ali Yerlikaya", start=start, end=start + 13, line=1,
                       sentence=arrest.sentence, zone=arrest.zone, id="a#m99",
                       value=EntityValue(entity="name:ali-yerlikaya", canonical="Ali Yerlikaya", type="person"))
    attach_people(ed.claims, text, [minister])
    assert "name:ali-yerlikaya" not in arrest.participants and "a#m99" not in arrest.mentions
    # The same person as the actor of a sentence with no attribution joins the claim.
    ed = extracted(extractor, "b", "2011-10-24", "Ali Yerlikaya arrested a suspect.", [])
    arrest = next(c for c in ed.claims if c.predicate == "arrest")
    attach_people(ed.claims, ed.document.text, [minister.model_copy(update={"document": "b", "start": 0, "end": 13, "id": "b#m99", "sentence": arrest.sentence})])
    assert "name:ali-yerlikaya" in arrest.participants


def test_a_headline_x_to_verb_is_an_expected_claim(extractor):
    ed = _with_headline(extractor, "a", "2008-05-03", "Microsoft to patch Internet Explorer flaw",
                        "The company confirmed the flaw.", [("Microsoft", org("Microsoft"))])
    patch = next(c for c in ed.claims if c.predicate == "patch")
    assert (patch.zone, patch.modality) == ("headline", "expected")
    meeting = _with_headline(extractor, "b", "2008-05-03", "Putin to meet Goita in Moscow", "Talks are planned.", [])
    assert next(c for c in meeting.claims if c.zone == "headline" and c.kind == "meeting").modality == "expected"
    done = _with_headline(extractor, "c", "2008-05-03", "Putin meets Goita in Moscow", "Talks went well.", [])
    assert next(c for c in done.claims if c.zone == "headline" and c.kind == "meeting").modality == "asserted"


def test_an_offset_before_after_dates_neither_clause(extractor):
    # "two weeks after" counts from the killing: it gives the talks no date, and the killing's
    # own date ("on June 20") stays the killing's.
    ed = extracted(extractor, "a", "2008-07-05", "The talks came two weeks after gunmen killed 12 people on June 20.",
                   [("two weeks after", day("2008-06-21")), ("June 20", day("2008-06-20"))])
    talks = next(c for c in ed.claims if c.trigger.text == "talks")
    killed = next(c for c in ed.claims if c.trigger.text == "killed")
    assert talks.time is None
    assert killed.time is not None and killed.time.start.isoformat() == "2008-06-20"
    ed = extracted(extractor, "b", "2008-07-05", "Police arrested him three days before the vote on Sunday.",
                   [("three days before", day("2008-07-02")), ("Sunday", day("2008-06-29"))])
    arrest = next(c for c in ed.claims if c.predicate == "arrest")
    vote = next(c for c in ed.claims if c.predicate == "vote")
    assert arrest.time is None and vote.time is not None


def test_an_offset_closing_its_clause_dates_the_event_before_it(extractor):
    # "the day before" with no clause after its cue is a date of the meeting, not an offset.
    ed = extracted(extractor, "a", "2024-06-04", "Niger said Tiani had met the delegation the day before and discussed security.",
                   [("the day before", day("2024-06-02"))])
    met = next(c for c in ed.claims if c.trigger.text == "met")
    assert met.time is not None and met.time.start.isoformat() == "2024-06-02"


@pytest.mark.parametrize(("text", "spans", "predicate", "dated"), [
    # a year inside a noun phrase ("their 1976 album") dates no event of the sentence
    ("McDonald came out during the encore for a surprise version of their single \u201cTakin\u2019 It to the Streets,\u201d the "
     "title track of their 1976 album, the first with McDonald in the band.",
     [("1976", year(1976))], "encore", False),
    # ... unless the phrase names the event: its head after a few modifiers
    ("Turnout was well below the 38 per cent recorded in the 2021 general municipal election.",
     [("2021", year(2021))], "election", True),
    ("The 2004 tsunami killed thousands.", [("2004", year(2004))], "tsunami", True),
])
def test_a_time_inside_a_noun_phrase_dates_only_that_noun(extractor, text, spans, predicate, dated):
    ed = extracted(extractor, "a", "2019-11-20", text, spans)
    claim = next(c for c in ed.claims if c.predicate == predicate or c.kind == predicate)
    assert (claim.time is not None) == dated


@pytest.mark.parametrize("text, label, time", [
    ("Last Updated: Nov 27, 2005. An earthquake struck the island.", "Updated", "Nov 27, 2005"),
    ("Revised: 20 March 2019. The company changed its terms.", "Revised", "20 March 2019"),
])
def test_a_pages_label_of_its_time_makes_no_claim(extractor, text, label, time):
    ed = extracted(extractor, "a", "2019-11-20", text, [(time, day("2019-03-20"))])
    assert label not in [c.trigger.text for c in ed.claims]
    assert ed.claims  # the sentence after the label is read as usual


def _counted(iso: str, anchor: str) -> TimeValue:
    """An offset's value as the time reader gives it: the day, and the time it counted from."""
    return day(iso).model_copy(update={"anchor": anchor})


@pytest.mark.parametrize(("text", "spans", "dated"), [
    # the offset's phrase names the time it counts from: the offset dates the clause after it,
    # the event inside the phrase takes the time it names
    ("Nine days before an announcement on May 12, the sample was transported to the lab.",
     [("Nine days before", _counted("2026-05-03", '"May 12" = 2026-05-12')), ("May 12", day("2026-05-12"))],
     {"transport": date(2026, 5, 3), "announcement": date(2026, 5, 12)}),
    ("Five days after the eruption of May 16, thousands of people fled the island.",
     [("Five days after", _counted("2026-05-21", '"May 16" = 2026-05-16')), ("May 16", day("2026-05-16"))],
     {"flee": date(2026, 5, 21), "eruption": date(2026, 5, 16)}),
])
def test_an_offset_that_names_its_anchor_dates_the_clause_after_its_phrase(extractor, text, spans, dated):
    ed = extracted(extractor, "a", "2026-05-21", text, spans)
    got = {c.predicate: c.time.start for c in ed.claims if c.time is not None}
    assert {p: got.get(p) for p in dated} == dated


def test_an_offset_after_an_event_already_told_counts_from_its_time_and_dates_the_clause_after(extractor):
    """"He was arrested on Monday. Two days after his arrest, he was charged": the time reader
    counts from Monday (the arrest's day, the paragraph's last time); the charge is Wednesday's,
    and the arrest named again in the phrase is not dated by the offset."""
    ed = extracted(extractor, "a", "2026-05-21", "He was arrested on Monday. Two days after his arrest, he was charged.",
                   [("Monday", day("2026-05-18")), ("Two days after", _counted("2026-05-20", '"Monday" = 2026-05-18'))])
    dated = sorted((c.trigger.text, c.time.start if c.time else None) for c in ed.claims if c.sentence == 1)
    assert ("charged", date(2026, 5, 20)) in dated and ("arrest", date(2026, 5, 20)) not in dated


def test_an_offset_dates_the_event_after_its_cue_not_the_clause_that_event_governs(extractor):
    """"a week after it emerged that his department had awarded a contract": the emergence is a
    week before the resignation; the award is older and undated."""
    ed = extracted(extractor, "a", "2026-09-15",
                   "The minister resigned on Tuesday, a week after it emerged that his department had awarded a contract.",
                   [("Tuesday", day("2026-09-15")), ("a week after", _counted("2026-09-08", '"Tuesday" = 2026-09-15'))])
    times = {c.predicate: c.time.start if c.time else None for c in ed.claims}
    assert times["resign"] == date(2026, 9, 15) and times["emerge"] == date(2026, 9, 8)
    assert times["award"] is None
