"""Enclosed clauses (extract/clauses.py) and the times they keep to themselves in claims."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claim_helpers import claims_in, day, extracted, figure, month, person, place, year
from crosscheck.extract.claims import ClaimExtractor
from crosscheck.extract.clauses import ClauseReader, clause_rules
from crosscheck.extract.lexicon import lexicons

SMITH = person("john-smith", "John Smith", None)
JONES = person("ann-jones", "Ann Jones", None)
ACEH = place("Aceh", "Indonesia")


def _reader(rules, language: str) -> ClauseReader:
    lexicon = lexicons(rules)[language]
    return ClauseReader(clause_rules(rules, language), lexicon.word_lemma, lambda w: lexicon.lookup(w) is not None,
                        lexicon.is_past_form)


@pytest.fixture(scope="module")
def english(rules) -> ClauseReader:
    return _reader(rules, "en")


@pytest.fixture(scope="module")
def french(rules) -> ClauseReader:
    return _reader(rules, "fr")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_clause_rules_examples_run(rules, language):
    reader = _reader(rules, language)
    for sentence in reader.rules.examples.match:
        assert reader.read(sentence, 0, len(sentence)).enclosures, sentence
    for sentence in reader.rules.examples.no_match:
        assert not reader.read(sentence, 0, len(sentence)).enclosures, sentence


@pytest.mark.parametrize("text, time, event, same", [
    ("The bank agreed to the takeover, as regulators looked for a buyer before markets opened on Monday.", "Monday", "agreed", False),
    ("The bank agreed to the takeover, as regulators looked for a buyer before markets opened on Monday.", "Monday", "opened", True),
    ("Three people were killed, as well as two horses, on Monday.", "Monday", "killed", True),  # "as well as": no clause
    ("Three people were killed, when a bus overturned on Monday.", "Monday", "killed", True),  # "when": often the same event
])
def test_an_adverbial_clause_after_a_comma_keeps_its_time(english, text, time, event, same):
    assert english.read(text, 0, len(text)).same(text.index(time), text.index(event)) is same


def test_une_proposition_circonstancielle_garde_son_temps(french):
    text = "ZHB a annoncé le rachat, alors que les autorités cherchaient un acheteur depuis lundi."
    assert not french.read(text, 0, len(text)).same(text.index("lundi"), text.index("annoncé"))


def test_relative_clause_about_a_person_is_a_scope_of_its_own(english):
    text = "Police arrested Smith, who had met the victim on Monday, at his home."
    scopes = english.read(text, 0, len(text))
    assert not scopes.same(text.index("Monday"), text.index("arrested"))
    assert scopes.same(text.index("Monday"), text.index("met"))


def test_relative_clause_of_occurring_dates_the_event_noun_before_it(english):
    text = "The earthquake, which struck on Sunday, killed 38 people."
    scopes = english.read(text, 0, len(text))
    assert scopes.same(text.index("Sunday"), text.index("earthquake"))
    assert [e.head for e in scopes.enclosures] == [text.index("earthquake")]


def test_relative_clause_may_modify_an_event_noun_across_a_short_phrase(english):
    text = "The earthquake off Sumatra, which struck on Sunday, killed 38 people."
    assert english.read(text, 0, len(text)).headed_by(text.index("earthquake"))


def test_relative_clause_telling_another_event_keeps_its_time(english):
    text = "The accord, which was first drafted in 2019, was signed on Friday."
    scopes = english.read(text, 0, len(text))
    assert not scopes.same(text.index("2019"), text.index("signed"))
    assert not scopes.same(text.index("2019"), text.index("accord"))


def test_relative_clause_after_a_verb_object_does_not_modify_the_verb(english):
    text = "Police arrested Smith, which happened on Monday."
    assert not english.read(text, 0, len(text)).headed_by(text.index("arrested"))


def test_quotation_is_a_scope_and_a_split_quotation_runs_to_the_sentence_edge(english):
    text = '"We will meet on Monday," Smith said.'
    scopes = english.read(text, 0, len(text))
    assert not scopes.same(text.index("Monday"), text.index("said"))
    tail = 'They attacked us on Monday," Smith said.'
    assert not english.read(tail, 0, len(tail)).same(tail.index("Monday"), tail.index("said"))
    head = 'Smith said: "They attacked us on Monday.'
    assert not english.read(head, 0, len(head)).same(head.index("Monday"), head.index("said"))


def test_a_cue_reaches_into_a_quoted_fragment_but_not_out_of_a_quotation(english):
    text = 'They agreed to "examine" it, but "we will not sign," Smith said.'
    scopes = english.read(text, 0, len(text))
    assert scopes.reaches(text.index("agreed"), text.index("examine"))
    assert not scopes.reaches(text.index("will"), text.index("said"))


def test_a_quoted_term_is_part_of_its_clause(english):
    text = 'Dubai felt a slight "tremor" today.'
    assert not english.read(text, 0, len(text)).enclosures


def test_aside_naming_no_event_encloses_nothing(english):
    text = "The quake struck at 1353 (1023 GMT) on Sunday."
    assert not english.read(text, 0, len(text)).enclosures
    aside = "The suspect (who fled on Monday) was arrested on Tuesday."
    assert not english.read(aside, 0, len(aside)).same(aside.index("Monday"), aside.index("arrested"))


def test_french_relative_and_quotation(french):
    text = "Le séisme, qui a frappé dimanche, a tué 38 personnes."
    assert french.read(text, 0, len(text)).same(text.index("dimanche"), text.index("séisme"))
    text = "La police a arrêté Dupont, qui avait rencontré la victime lundi, à son domicile."
    assert not french.read(text, 0, len(text)).same(text.index("lundi"), text.index("arrêté"))
    text = "« Nous nous verrons lundi », a déclaré Dupont."
    assert not french.read(text, 0, len(text)).same(text.index("lundi"), text.index("déclaré"))


_PIECES = st.lists(st.sampled_from(['"', "“", "”", "«", "»", "(", ")", " — ", ", which struck", ", who met", ", où",
                                    " the quake", " on Monday", " said", ",", ";", " arrested", "x"]), max_size=25)


@settings(max_examples=200, deadline=None)
@given(_PIECES)
def test_enclosures_lie_inside_their_sentence_and_scope_is_total(english, pieces):
    text = "Start " + "".join(pieces) + " end."
    start, end = 6, len(text) - 4
    scopes = english.read(text, start, end)
    for e in scopes.enclosures:
        assert start <= e.start < e.end <= end
        assert e.head is None or start <= e.head < e.start
    for position in range(start, end):
        assert -1 <= scopes.scope(position) < len(scopes.enclosures)
        assert scopes.same(position, position)


# -- claims ------------------------------------------------------------------------------------


def _claim(ed, predicate):
    return next(c for c in ed.claims if c.predicate == predicate)


def test_event_noun_takes_the_time_of_its_relative_clause(extractor):
    ed = extracted(extractor, "a", "2013-07-05", "The earthquake, which struck on Sunday, killed 38 people in Aceh.",
                   [("Sunday", day("2013-06-30")), ("Aceh", ACEH)])
    quake = next(c for c in ed.claims if c.trigger.text == "earthquake")
    assert quake.time is not None and quake.time.start.isoformat() == "2013-06-30"


def test_open_event_noun_takes_the_time_of_its_relative_clause(extractor):
    ed = extracted(extractor, "a", "2013-07-05", "The blaze, which broke out on Friday, destroyed the warehouse.",
                   [("Friday", day("2013-07-05"))])
    blaze = _claim(ed, "blaze")
    assert blaze.time is not None and blaze.time.start.isoformat() == "2013-07-05"


def test_time_in_a_relative_clause_about_a_person_does_not_date_the_main_event(extractor):
    ed = extracted(extractor, "a", "2013-07-05", "On Tuesday police arrested John Smith, who had met Ann Jones on Monday.",
                   [("Tuesday", day("2013-07-02")), ("John Smith", SMITH), ("Ann Jones", JONES), ("Monday", day("2013-07-01"))])
    assert _claim(ed, "arrest").time.start.isoformat() == "2013-07-02"
    assert _claim(ed, "meet").time.start.isoformat() == "2013-07-01"
    ed = extracted(extractor, "b", "2013-07-05", "Police arrested John Smith, who had met Ann Jones on Monday, at his home.",
                   [("John Smith", SMITH), ("Ann Jones", JONES), ("Monday", day("2013-07-01"))])
    assert _claim(ed, "arrest").time is None


def test_frame_time_does_not_date_a_background_clause(extractor):
    ed = extracted(extractor, "a", "2013-07-05", "On Tuesday, police arrested John Smith, who had been charged with theft.",
                   [("Tuesday", day("2013-07-02")), ("John Smith", SMITH)])
    assert _claim(ed, "arrest").time.start.isoformat() == "2013-07-02"
    assert _claim(ed, "charge").time is None


def test_weekday_inside_a_quotation_does_not_date_the_statement(extractor):
    ed = extracted(extractor, "a", "2013-07-05", '"We will fight them on Monday," John Smith said after his arrest.',
                   [("Monday", day("2013-07-08", "expected")), ("John Smith", SMITH)])
    said = _claim(ed, "say")
    assert said.time is None and said.modality != "expected"
    # The quoted "Monday" counts from the day Smith spoke, which the article does not give: it
    # dates no claim (clauses.said_day), the quoted fight included, as for the closed kinds.
    assert _claim(ed, "fight").time is None


def test_planned_cue_before_a_quoted_fragment_still_qualifies_it(extractor):
    ed = extracted(extractor, "a", "2013-07-05", 'John Smith and Ann Jones agreed to "examine and strengthen" their ties.',
                   [("John Smith", SMITH), ("Ann Jones", JONES)])
    assert _claim(ed, "examine").modality == "planned"


def test_other_years_event_noun_does_not_date_the_main_event(extractor):
    ed = extracted(extractor, "a", "2013-07-05",
                   "A strong quake struck Aceh on Tuesday, nine years after the 2004 tsunami.",
                   [("Aceh", ACEH), ("Tuesday", day("2013-07-02")), ("2004", year(2004))])
    quake = next(c for c in ed.claims if c.trigger.text == "quake")
    assert quake.time is not None and quake.time.start.year == 2013
    tsunami = next(c for c in ed.claims if c.trigger.text == "tsunami")
    assert tsunami.time is not None and tsunami.time.start.year == 2004


def test_arrest_after_an_earlier_fight_keeps_both_times(extractor):
    ed = extracted(extractor, "a", "2013-07-05", "Police arrested John Smith Tuesday after a fight on Saturday.",
                   [("John Smith", SMITH), ("Tuesday", day("2013-07-02")), ("Saturday", day("2013-06-29"))])
    assert _claim(ed, "arrest").time.start.isoformat() == "2013-07-02"
    assert _claim(ed, "fight").time.start.isoformat() == "2013-06-29"



def test_an_apposition_between_subject_and_verb_is_a_scope_of_its_own(english):
    text = "The quake, the strongest to hit the region in a decade, struck on Sunday."
    scopes = english.read(text, 0, len(text))
    assert not scopes.same(text.index("decade"), text.index("quake"))
    assert scopes.same(text.index("Sunday"), text.index("quake"))
    # A phrase after a comma that runs to the sentence's end, or that a name follows, is no apposition.
    for other in ("Putin called Goita on Wednesday, a day after he called Tiani.",
                  "They met on Monday, a day after the vote, Smith said.",
                  "In December, a delegation paid a visit to Niger, indicating growing ties."):
        assert not [e for e in english.read(other, 0, len(other)).enclosures if e.kind == "apposition"], other


def test_an_apposition_does_not_date_the_subject(extractor):
    ed = extracted(extractor, "a", "2013-07-05", "The quake, the strongest to hit the region in a decade, struck Aceh on Sunday.",
                   [("in a decade", year(2013)), ("Aceh", place("Aceh", "Indonesia")), ("Sunday", day("2013-06-30"))])
    quake = next(c for c in ed.claims if c.trigger.text == "quake")
    assert quake.time is not None and quake.time.granularity == "day"


def test_a_restrictive_relative_about_a_person_is_a_scope_of_its_own(english):
    text = "Police said the man who killed two people in 2004 was arrested on Tuesday."
    scopes = english.read(text, 0, len(text))
    assert scopes.same(text.index("2004"), text.index("killed"))
    assert not scopes.same(text.index("2004"), text.index("arrested"))
    assert scopes.same(text.index("Tuesday"), text.index("arrested"))
    # Without an auxiliary, a second past form ends it: "who was arrested on Tuesday | killed".
    text = "The man who was arrested on Tuesday killed two people in 2004."
    scopes = english.read(text, 0, len(text))
    assert not scopes.same(text.index("Tuesday"), text.index("killed"))


def test_a_restrictive_relative_does_not_date_the_main_event(extractor):
    ed = extracted(extractor, "a", "2013-07-05", "The man who killed two people in 2004 was arrested in Aceh.",
                   [("2004", year(2004)), ("Aceh", ACEH)])
    assert _claim(ed, "arrest").time is None
    assert _claim(ed, "kill").time is not None


def _report_claims(tmp_path, published: str, body: str):
    from crosscheck.pipeline import check

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(f"Raid in western Niger\n\nPublished: {published}\n\n{body}\n", encoding="utf-8")
    return check([folder]).claims


def test_a_day_a_quoted_speaker_names_without_its_date_does_not_date_the_event(tmp_path):
    """'"... when they stormed the market (on Friday)," a resident said': the resident's Friday
    counts from when they spoke, not from the publication; the killing is the one the sentence
    before dates (May), not the Friday before publication."""
    claims = _report_claims(tmp_path, "May 16, 2024",
                            "Earlier in May, about 30 villagers were killed in a raid near Tillaberi, according to "
                            "local officials.\n\n\"Gunmen killed 30 people when they stormed the market (on Friday), and "
                            "they burned the granaries,\" a resident said.")
    quoted = next(c for c in claims if c.kind == "attack" and c.text.startswith('"Gunmen'))
    assert (quoted.time.start.isoformat(), quoted.time.granularity) == ("2024-05-01", "month")
    assert "Friday" not in [a.text for a in quoted.arguments]


def test_a_quoted_date_with_its_day_of_month_still_dates_the_event(tmp_path):
    claims = _report_claims(tmp_path, "May 16, 2024",
                            "\"Gunmen killed 30 people when they stormed the market on May 10, and they burned the "
                            "granaries,\" a resident said.")
    quoted = next(c for c in claims if c.kind == "attack")
    assert quoted.time.start.isoformat() == "2024-05-10"


def test_a_day_after_a_clause_opened_by_a_count_dates_that_clause_not_the_visit(tmp_path):
    """"The visit came a day after 20 soldiers were killed": the offset dates the killing (the
    day before the visit), never the visit, whether the clause after "after" opens with a word
    or with a count."""
    claims = _report_claims(tmp_path, "February 12, 2025",
                            "Burkina Faso's prime minister Jean Kabore visited Niamey on Monday.\n\n"
                            "The visit came a day after 20 soldiers were killed in an ambush near Djibo, the army said.")
    visits = [c for c in claims if c.kind == "visit"]
    killing = next(c for c in claims if c.kind == "attack")
    assert killing.time.start.isoformat() == "2025-02-09"
    assert all(v.time is None or v.time.start.isoformat() == "2025-02-10" for v in visits)
    assert [v.time.start.isoformat() for v in visits if v.time] == ["2025-02-10", "2025-02-10"]


@pytest.mark.parametrize("language, text, time, head", [
    ("fr", "Le procès, ouvert le 12 janvier, a duré deux mois.", "12 janvier", "procès"),
    ("en", "The summit, held in Addis Ababa on Sunday, ended without a deal.", "Sunday", "summit"),
])
def test_a_participle_clause_of_occurring_dates_the_event_noun_before_it(rules, language, text, time, head):
    scopes = _reader(rules, language).read(text, 0, len(text))
    assert scopes.headed_by(text.index(head))
    assert scopes.same(text.index(time), text.index(head))


def test_a_participle_clause_after_a_person_is_no_date_of_the_event(english):
    text = "Police arrested Smith, held in custody since Monday, on Tuesday."
    assert not any(e.head is not None for e in english.read(text, 0, len(text)).enclosures)


@pytest.mark.parametrize(("text", "time", "event", "dated"), [
    # a restrictive relative clause of a noun keeps its time: the heatwave's week is not the fire's
    ("The fire started on one of the hottest afternoons of a heatwave that began last week.", "last week", "fire", False),
    ("The talks followed a ceasefire that was agreed in 2019.", "2019", "talks", False),
    # ... unless the noun is an event and the clause tells it happened: it dates that event
    ("A wildfire that broke out on Sunday afternoon has killed one person.", "Sunday", "wildfire", True),
    # a place phrase set off by commas may stand between an event noun and its relative clause
    ("Firefighters battled a large wildfire near Megara, west of Athens, which broke out on Sunday.", "Sunday", "wildfire", True),
    ("The earthquake off Sumatra, about 100 km south of Aceh, which struck on Sunday, killed 38.", "Sunday", "earthquake", True),
])
def test_a_relative_clause_of_a_noun_dates_only_its_own_event(english, text, time, event, dated):
    scopes = english.read(text, 0, len(text))
    assert scopes.same(text.index(time), text.index(event)) is dated or bool(scopes.headed_by(text.index(event))) is dated


@pytest.mark.parametrize("text", [
    "He said that the army killed 30 people on Monday.",  # "that" after a verb opens a statement
    "He told the reporters that the army was there on Monday.",  # no verb right after "that"
    "The army said on Monday that it had killed 30.",  # no determiner before the word before "that"
])
def test_that_after_a_verb_or_before_a_noun_is_no_restrictive_relative_of_a_noun(english, text):
    assert not any(e.kind == "relative" and e.start == text.index(" that") for e in english.read(text, 0, len(text)).enclosures)


def test_a_heatwave_that_began_last_week_does_not_date_the_fire(tmp_path):
    claims = _report_claims(tmp_path, "July 20, 2026",
                            "The fire started on one of the hottest afternoons of a heatwave that began last week.\n\n"
                            "Firefighters battled a large wildfire near Megara, west of Athens, which broke out on Sunday.")
    started = [c for c in claims if c.text.startswith("The fire started")]
    assert started and all(c.time is None for c in started)
    wildfire = next(c for c in claims if c.trigger is not None and c.trigger.text == "wildfire")
    assert wildfire.time is not None and wildfire.time.start.isoformat() == "2026-07-19"


@pytest.mark.parametrize(("language", "text", "head"), [
    # a verb of outcome: the relative clause tells the head event's toll or result, its time and the head's are one
    ("en", "The fire, which killed nine people in 2014, destroyed the ship.", "fire"),
    ("fr", "L'incendie, qui a tué neuf personnes en 2014, a détruit le navire.", "L'incendie"),
    # a light verb tells one with a casualty word after it
    ("fr", "l'incendie du navire, en décembre 2014 en mer Adriatique, qui avait fait au moins neuf morts.", "l'incendie"),
])
def test_a_relative_clause_of_an_event_nouns_outcome_is_that_events(rules, language, text, head):
    scopes = _reader(rules, language).read(text, 0, len(text))
    assert [e.head for e in scopes.enclosures] == [text.index(head)]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le navire, qui a fait escale à Bastia en 2014, a été vendu."),  # "faire" with no casualty word
    ("en", "The ship, which left Marseille in 2014, was sold."),  # "leave" with no casualty word
])
def test_a_light_verb_without_a_casualty_word_is_no_toll(rules, language, text):
    assert [e.head for e in _reader(rules, language).read(text, 0, len(text)).enclosures] == [None]


def test_a_participial_adjunct_after_a_relative_clause_goes_on_with_its_event(english):
    text = "The worst fire in recent years was aboard the Atlantic, which caught fire in December 2014, killing at least nine people."
    scopes = english.read(text, 0, len(text))
    assert scopes.same(text.index("killing"), text.index("December"))
    assert not scopes.same(text.index("killing"), text.index("recent"))


def test_an_adjunct_of_no_event_word_leaves_the_relative_clause_as_it_is(english):
    text = "Police arrested Smith, who had met the victim on Monday, during the night."
    assert not english.read(text, 0, len(text)).same(text.index("during"), text.index("Monday"))


def test_a_recalled_events_toll_takes_the_recalls_time_not_the_main_clauses(rules, extractor):
    """A background recall: the older fire's toll is dated with it (December 2014), never with the
    main clause's open "in recent years", so it cannot meet the current fire's toll."""
    text = "The worst ferry fire in recent years was aboard the Atlantic, which caught fire in December 2014, killing at least nine people."
    claims = claims_in({"en": extractor}, "en", text, [("December 2014", month(2014, 12)), ("at least nine", figure(9, None, "people", "at least nine"))])
    killing = next(c for c in claims if c.trigger.text == "killing")
    assert (killing.time.start, killing.time.end) == (month(2014, 12).start, month(2014, 12).end)
    text = "Beaucoup ont en tête l'incendie du navire, en décembre 2014 en mer Adriatique, qui avait fait au moins neuf morts."
    claims = claims_in({"fr": ClaimExtractor(rules, "fr")}, "fr", text,
                       [("décembre 2014", month(2014, 12)), ("au moins neuf", figure(9, None, "people", "au moins neuf"))])
    for word in ("l'incendie", "morts"):
        claim = next(c for c in claims if c.trigger.text == word)
        assert claim.time is not None and claim.time.start == month(2014, 12).start, word


@pytest.mark.parametrize(("language", "text", "inside", "outside"), [
    ("en", "The bridge, built in 1962, collapsed on Monday.", "1962", "collapsed"),
    ("en", "The Stella Maris, built in 2004 in Italy, had passed its last inspection in March.", "2004", "passed"),
    ("fr", "Le tableau, découvert il y a trois ans près d'Angers, a été adjugé mercredi.", "trois ans", "adjugé"),
    ("fr", "La toile, peinte vers 1635, a été vendue mercredi.", "1635", "vendue"),
])
def test_a_participial_apposition_keeps_its_time_to_itself(rules, language, text, inside, outside):
    scopes = _reader(rules, language).read(text, 0, len(text))
    assert [e.kind for e in scopes.enclosures] == ["participial"]
    assert not scopes.same(text.index(inside), text.index(outside))


@pytest.mark.parametrize(("language", "text"), [
    # a past form after a name in apposition is the clause's own verb
    ("en", "Mali's leader, Assimi Goita, hosted the officials in the capital, Bamako, on Monday."),
    # after a verb: one subject's verbs in a row
    ("en", "He was arrested on Sunday, charged on Monday, and jailed on Tuesday."),
    ("fr", "Les passagers ont été évacués, transférés sur un autre navire, et débarqués samedi."),
    # at the sentence's end: an adjunct read as any clause
    ("en", "The bridge collapsed on Monday, built in 1962."),
])
def test_no_participial_apposition_outside_a_subject_and_its_verb(rules, language, text):
    assert not [e for e in _reader(rules, language).read(text, 0, len(text)).enclosures if e.kind == "participial"]


def test_an_irregular_participle_of_occurring_dates_the_event_noun(french):
    text = "La panne, survenue lundi vers 18 heures, a privé 200 000 foyers de courant."
    assert french.read(text, 0, len(text)).headed_by(text.index("panne"))


def test_a_possessive_time_dates_its_noun_only(extractor):
    """ "Sunday's vote" is the vote's day: the recount ordered on Monday takes the order's day."""
    text = "The government on Monday ordered a recount of Sunday's vote on the ban."
    claims = claims_in({"en": extractor}, "en", text, [("Monday", day("2026-09-28")), ("Sunday", day("2026-09-27"))])
    times = {c.trigger.text: c.time.start.isoformat() for c in claims if c.time is not None}
    assert times["recount"] == "2026-09-28" and times["vote"] == "2026-09-27"


def test_the_time_of_a_report_of_a_toll_dates_the_report_not_the_casualties(rules):
    """ "Dimanche matin, le bilan faisait état de 31 blessés": Sunday is when the toll was told
    (as of Sunday), not when the 31 were injured."""
    text = "Dimanche matin, le bilan faisait état de 31 blessés."
    claims = claims_in({"fr": ClaimExtractor(rules, "fr")}, "fr", text,
                       [("Dimanche", day("2026-06-07")), ("31", figure(31, 31, "people", "31", "wounded"))])
    assert next(c for c in claims if c.trigger.text == "blessés").time is None
    assert next(c for c in claims if c.trigger.text == "état").time is not None


def test_an_outcome_told_in_a_relative_clause_takes_its_events_time(extractor):
    """ "the vote on fighter jets in September 2020, which passed with 50.1 percent": the passing
    is the 2020 vote's, not undated (it would meet a vote of today)."""
    text = "It is the closest vote since the federal vote on fighter jets in September 2020, which passed with 50.1 percent."
    claims = claims_in({"en": extractor}, "en", text, [("September 2020", month(2020, 9))])
    passed = next(c for c in claims if c.trigger.text == "passed")
    assert passed.time is not None and passed.time.start == month(2020, 9).start


@pytest.mark.parametrize(("language", "text", "time", "event", "spans"), [
    ("en", "The outbreak is the largest since 2013, when an epidemic led to 1,219 cases and the death of one man.",
     "2013", "death", [("2013", year(2013))]),
    ("fr", "L'affaire ravive le souvenir de mars 2023, lorsque UBS avait repris Credit Suisse pour 3 milliards de francs.",
     "mars 2023", "repris", [("mars 2023", month(2023, 3))]),
])
def test_a_clause_of_time_is_dated_by_the_time_before_its_comma(rules, language, text, time, event, spans):
    """The clause opened by "when", "lorsque" tells what happened then; a comma between digits
    ("1,219") does not close it."""
    claims = claims_in({language: ClaimExtractor(rules, language)}, language, text, spans)
    claim = next(c for c in claims if c.trigger.text == event)
    assert claim.time is not None and claim.time.start == spans[0][1].start


def test_a_comma_between_digits_closes_no_relative_clause(english):
    text = "The fire, which destroyed 1,200 homes on Sunday, was put out."
    [relative] = english.read(text, 0, len(text)).enclosures
    assert text[relative.start : relative.end] == ", which destroyed 1,200 homes on Sunday"


def test_a_clause_of_time_after_a_dated_noun_phrase_takes_its_time(extractor):
    text = "Port users recall the 2010 dispute at Fos, when a month-long strike left around 80 vessels queued off the port."
    claims = claims_in({"en": extractor}, "en", text, [("2010", year(2010))])
    left = next(c for c in claims if c.trigger.text == "left")
    assert left.time is not None and left.time.start == year(2010).start


@pytest.mark.parametrize(("language", "text", "spans", "main", "dated"), [
    # an opening participle dated by a year: a background fact, no frame of the main clause
    ("fr", "Élu en 2021, le président a été renversé par l'armée.", [("2021", year(2021))], "renversé", False),
    ("en", "Built in 1962, the bridge was destroyed by the flood.", [("1962", year(1962))], "destroyed", False),
    # dated by a day: the main clause's circumstance, which it frames
    ("fr", "Réuni en urgence samedi, le Conseil des ministres a décrété l'état d'urgence.", [("samedi", day("2026-05-16"))], "décrété", True),
])
def test_an_opening_participle_dated_by_a_year_is_background(rules, language, text, spans, main, dated):
    claims = claims_in({language: ClaimExtractor(rules, language)}, language, text, spans)
    assert (next(c for c in claims if c.trigger.text == main).time is not None) is dated
