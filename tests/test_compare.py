"""Comparison: events across articles, each kind of finding, independence and fingerprints."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from claim_helpers import day, extracted, figure, month, person, place
from crosscheck.compare import compare
from crosscheck.compare.labels import fingerprint
from crosscheck.models import EntityValue, QuantityValue
from crosscheck.pipeline import check


def by_document(finding):
    """A finding's values as {document: value} (each document says one value in these tests)."""
    return {v.document: v.value for v in finding.values}

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests/fixtures/articles"

PUTIN = person("vladimir-putin", "Vladimir Putin", "Russia")
GOITA = person("assimi-goita", "Assimi Goita", "Mali")
RUSSIAN = place("Russia", adjective=True)


def kinds(result):
    return sorted((f.kind, tuple(f.documents)) for f in result.findings if f.kind != "variant")


def call(extractor, doc_id, published, when_text, when_value, body=None):
    text = body or f"Russian President Vladimir Putin spoke by phone with Assimi Goita {when_text}."
    return extracted(extractor, doc_id, published, text, [
        ("Russian", RUSSIAN), ("Vladimir Putin", PUTIN), ("Assimi Goita", GOITA), (when_text, when_value),
    ])


# -- events and agreement ----------------------------------------------------------------


def test_day_and_month_of_one_call_agree(extractor, rules):
    a = call(extractor, "a", "2024-03-27", "on Wednesday", day("2024-03-27"))
    b = call(extractor, "b", "2024-06-05", "in March", month(2024, 3))
    result = compare([a, b], rules)
    assert kinds(result) == [("agreement", ("a", "b"))]
    finding = result.findings[0]
    assert by_document(finding) == {"a": "2024-03-27", "b": "2024-03"}
    assert {q.document for q in finding.quotes} == {"a", "b"}
    assert finding.id == "F-" + finding.fingerprint[:8] and len(finding.fingerprint) == 16


def test_calls_years_apart_are_two_events_not_a_contradiction(extractor, rules):
    a = call(extractor, "a", "2022-10-04", "on Tuesday", day("2022-10-04"))
    b = call(extractor, "b", "2024-03-27", "on Wednesday", day("2024-03-27"))
    assert kinds(compare([a, b], rules)) == [("single_source", ("a",)), ("single_source", ("b",))]


def test_close_but_different_dates_contradict(extractor, rules):
    a = call(extractor, "a", "2024-03-28", "on Tuesday", day("2024-03-26"))
    b = call(extractor, "b", "2024-03-28", "on Wednesday", day("2024-03-27"))
    result = compare([a, b], rules)
    assert kinds(result) == [("contradiction", ("a", "b"))]
    assert by_document(result.findings[0]) == {"a": "2024-03-26", "b": "2024-03-27"}


def test_expected_and_happened_agree(extractor, rules):
    a = extracted(extractor, "a", "2025-06-22", "Goita is expected to meet Putin on Monday.",
                  [("Goita", GOITA), ("Putin", PUTIN), ("on Monday", day("2025-06-23", "expected"))])
    b = extracted(extractor, "b", "2025-06-24", "Goita met Putin on Monday.",
                  [("Goita", GOITA), ("Putin", PUTIN), ("on Monday", day("2025-06-23"))])
    assert kinds(compare([a, b], rules)) == [("agreement", ("a", "b"))]


def test_an_expected_meeting_says_expected_once(extractor, rules):
    a = extracted(extractor, "a", "2025-06-22", "Goita is expected to meet Putin on Monday.",
                  [("Goita", GOITA), ("Putin", PUTIN), ("on Monday", day("2025-06-23", "expected"))])
    (single,) = [f for f in compare([a], rules).findings if f.kind == "single_source"]
    assert by_document(single)["a"] == "2025-06-23 (expected)"


def test_asserted_versus_denied(extractor, rules):
    a = extracted(extractor, "a", "2025-06-09", "Senegal and Mauritania signed a fishing agreement on Friday.",
                  [("Senegal", place("Senegal")), ("Mauritania", place("Mauritania")), ("on Friday", day("2025-06-06"))])
    b = extracted(extractor, "b", "2025-06-10", "Mauritania denied that it had signed an agreement with Senegal on Friday.",
                  [("Mauritania", place("Mauritania")), ("Senegal", place("Senegal")), ("on Friday", day("2025-06-06"))])
    result = compare([a, b], rules)
    assert kinds(result) == [("contradiction", ("a", "b"))]
    assert "denied" in by_document(result.findings[0])["b"]


def test_different_places_contradict(extractor, rules):
    def meeting(doc_id, city, country):
        return extracted(extractor, doc_id, "2025-02-20", f"Chad's president met Sudan's army chief in {city} on Tuesday.",
                         [("Chad", place("Chad")), ("Sudan", place("Sudan")), (city, place(city, country)),
                          ("on Tuesday", day("2025-02-18"))])
    result = compare([meeting("a", "N'Djamena", "Chad"), meeting("b", "Khartoum", "Sudan")], rules)
    assert kinds(result) == [("agreement", ("a", "b")), ("contradiction", ("a", "b"))]
    [clash] = [f for f in result.findings if f.kind == "contradiction"]
    assert by_document(clash) == {"a": "N'Djamena", "b": "Khartoum"}
    assert [f.subject.endswith("| date") for f in result.findings if f.kind == "agreement"] == [True]


def test_different_people_of_one_country_contradict(extractor, rules):
    museveni = person("museveni", "Yoweri Museveni", "Uganda")

    def meeting(doc_id, name, entity):
        return extracted(extractor, doc_id, "2025-08-15", f"Kenyan leader {name} met Yoweri Museveni on Thursday.",
                         [("Kenyan", place("Kenya", adjective=True)), (name, person(entity, name, "Kenya")),
                          ("Yoweri Museveni", museveni), ("on Thursday", day("2025-08-14"))])
    result = compare([meeting("a", "William Ruto", "ruto"), meeting("b", "Kithure Kindiki", "kindiki")], rules)
    assert kinds(result) == [("agreement", ("a", "b")), ("contradiction", ("a", "b"))]  # the agreement: on the date alone


def test_two_people_killed_in_one_country_on_one_day_are_two_events(extractor, rules):
    """Nobody in common: another person's death, not a contradiction about one."""
    def killing(doc_id, name, entity, town):
        return extracted(extractor, doc_id, "2025-03-09", f"{name} was killed in an attack in {town} on Saturday.",
                         [(name, person(entity, name, "Peru")), (town, place(town, "Peru")), ("on Saturday", day("2025-03-08"))])
    result = compare([killing("a", "Rosa Quispe", "quispe", "Cusco"), killing("b", "Hugo Mamani", "mamani", "Puno")], rules)
    assert not [f for f in result.findings if f.kind in ("agreement", "contradiction")]


def test_one_killing_told_with_and_without_the_victims_name_is_one_event(extractor, rules):
    a = extracted(extractor, "a", "2025-03-09", "Rosa Quispe was killed in an attack in Cusco on Saturday.",
                  [("Rosa Quispe", person("quispe", "Rosa Quispe", "Peru")), ("Cusco", place("Cusco", "Peru")),
                   ("on Saturday", day("2025-03-08"))])
    b = extracted(extractor, "b", "2025-03-10", "A woman was killed in an attack in Cusco on Saturday, police said.",
                  [("Cusco", place("Cusco", "Peru")), ("on Saturday", day("2025-03-08"))])
    assert ("agreement", ("a", "b")) in kinds(compare([a, b], rules))


# -- figures -------------------------------------------------------------------------------


def attack(extractor, doc_id, published, figure_text, value):
    return extracted(extractor, doc_id, published,
                     f"{figure_text} soldiers were killed in an attack in northern Burkina Faso on Sunday.",
                     [(figure_text, value), ("Burkina Faso", place("Burkina Faso")), ("on Sunday", day("2025-04-13"))])


def test_figures_within_their_hedges_agree(extractor, rules):
    a = attack(extractor, "a", "2025-04-15", "About 30", figure(27, 33, "soldiers", "About 30"))
    b = attack(extractor, "b", "2025-04-15", "At least 32", figure(32, None, "soldiers", "At least 32"))
    assert kinds(compare([a, b], rules)) == [("agreement", ("a", "b"))]


def test_figures_beyond_their_hedges_contradict(extractor, rules):
    a = attack(extractor, "a", "2025-04-15", "About 30", figure(27, 33, "soldiers", "About 30"))
    b = attack(extractor, "b", "2025-04-15", "At least 60", figure(60, None, "soldiers", "At least 60"))
    result = compare([a, b], rules)
    assert kinds(result) == [("agreement", ("a", "b")), ("contradiction", ("a", "b"))]  # the agreement: on the date alone
    [clash] = [f for f in result.findings if f.kind == "contradiction"]
    assert by_document(clash) == {"a": "about 30 (as of 2025-04-15)", "b": "at least 60 (as of 2025-04-15)"}
    assert "soldiers killed" in clash.subject


def test_one_article_with_two_figures(extractor, rules):
    def article(doc_id, second, value):
        text = (f"At least 20 people were killed when gunmen attacked a market in western Niger on Tuesday. "
                f"Officials later said {second} people were killed in the attack.")
        return extracted(extractor, doc_id, "2025-10-02", text, [
            ("At least 20", figure(20, None, "people", "At least 20")), ("Niger", place("Niger")),
            ("on Tuesday", day("2025-09-30")), (second, value),
        ])
    inconsistent = compare([article("a", "12", figure(12, 12, "people", "12"))], rules)
    assert ("internal", ("a",)) in kinds(inconsistent)
    consistent = compare([article("b", "nearly 25", figure(21, 24, "people", "nearly 25"))], rules)
    within = [f for f in consistent.findings if f.kind == "consistent"]
    assert [f.documents for f in within] == [["b"]]
    assert within[0].summary.startswith("Consistent within one source")
    assert not [f for f in consistent.findings if f.kind == "agreement"]
    assert not [f for f in consistent.findings if f.kind == "internal"]


def test_troop_levels_of_different_dates_are_a_change(extractor, rules):
    def troops(doc_id, published, figure_text, value):
        return extracted(extractor, doc_id, published, f"{figure_text} French troops are stationed in Chad.",
                         [(figure_text, value), ("French", place("France", adjective=True)), ("Chad", place("Chad"))])
    a = troops("a", "2024-02-10", "About 1,500", figure(1400, 1600, "troops", "About 1,500", "deployed"))
    b = troops("b", "2024-11-20", "Some 1,000", figure(900, 1100, "troops", "Some 1,000", "deployed"))
    assert kinds(compare([a, b], rules)) == [("change", ("a", "b"))]
    same_day = troops("c", "2024-02-10", "Some 1,000", figure(900, 1100, "troops", "Some 1,000", "deployed"))
    assert kinds(compare([a, same_day], rules)) == [("contradiction", ("a", "c"))]


def test_rank_change_is_not_a_contradiction(extractor, rules):
    a = extracted(extractor, "a", "2022-10-04", "Mali's Colonel Assimi Goita met Burkina Faso's leader on September 4.",
                  [("Mali", place("Mali")), ("Assimi Goita", GOITA), ("Burkina Faso", place("Burkina Faso")),
                   ("on September 4", day("2022-09-04"))])
    b = extracted(extractor, "b", "2025-06-23", "General Assimi Goita, Mali's military ruler, arrived in Russia on Sunday.",
                  [("Assimi Goita", GOITA), ("Mali", place("Mali")), ("Russia", place("Russia")), ("on Sunday", day("2025-06-22"))])
    result = compare([a, b], rules)
    changes = [f for f in result.findings if f.kind == "change"]
    assert [(f.subject, by_document(f)) for f in changes] == [
        ("rank of Assimi Goita", {"a": "Colonel (as of 2022-10-04)", "b": "General (as of 2025-06-23)"})
    ]
    assert not [f for f in result.findings if f.kind == "contradiction"]


def test_wrong_weekday_is_internal(extractor, rules):
    from crosscheck.models import TimeValue
    bad = TimeValue(start=None, end=None, granularity="day", invalid="2025-02-18 is a Tuesday, not a Friday")
    a = extracted(extractor, "a", "2025-02-20", "The talks ended on Friday, February 18, 2025, with a communique.",
                  [("Friday, February 18, 2025", bad)])
    good = extracted(extractor, "b", "2025-05-09", "They spoke on Monday, May 5, 2025.",
                     [("Monday, May 5, 2025", day("2025-05-05"))])
    assert kinds(compare([a, good], rules)) == [("internal", ("a",))]


# -- independence ------------------------------------------------------------------------


def test_copies_of_one_wire_story_are_one_source(extractor, rules):
    body = ("Togo and Benin agreed on Monday to launch joint border patrols against armed groups, the two "
            "governments said in a joint statement released in Lome and Cotonou after a day of talks.")
    spans = [("Togo", place("Togo")), ("Benin", place("Benin")), ("on Monday", day("2025-07-07"))]
    a = extracted(extractor, "a", "2025-07-08", body, spans)
    b = extracted(extractor, "b", "2025-07-08", body.replace("launch", "start"), spans)
    for ed in (a, b):
        ed.document.credit = "Reuters"
        ed.document.title = "Togo and Benin agree to joint border patrols"
    result = compare([a, b], rules)
    assert kinds(result) == [("single_source", ("a", "b"))]
    assert [g.documents for g in result.source_groups] == [["a", "b"]]
    assert "Reuters" in result.source_groups[0].reason


# -- fingerprints ------------------------------------------------------------------------


def test_fingerprint_ignores_order_and_spacing():
    assert fingerprint("agreement", "Call: x", ["b", "a"]) == fingerprint("agreement", "call:  x", ["a", "b"])
    assert fingerprint("agreement", "call", ["a"]) != fingerprint("contradiction", "call", ["a"])


def _fingerprints(paths):
    return sorted((f.kind, f.fingerprint) for f in check(paths).findings)


def test_fingerprints_survive_renames_reordering_and_added_paragraphs(tmp_path):
    baseline = _fingerprints([FIXTURES])
    renamed = tmp_path / "renamed"
    renamed.mkdir()
    for i, source in enumerate(sorted(FIXTURES.glob("*.txt"), reverse=True)):
        shutil.copy(source, renamed / f"zz_{i:02d}_{source.stem[::-1]}.txt")
    assert _fingerprints([renamed]) == baseline
    reordered = sorted(FIXTURES.glob("*.txt"), key=lambda p: p.name[::-1])
    assert _fingerprints(reordered) == baseline
    edited = tmp_path / "edited"
    shutil.copytree(FIXTURES, edited)
    target = edited / "a01_meridian_wire.txt"
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("\n\nThe two leaders", "\n\nThe weather in the capital was mild for the season, "
                                   "and traffic was light in the city centre.\n\nThe two leaders"), encoding="utf-8")
    assert _fingerprints([edited]) == baseline


# -- the fixtures and the seeds -----------------------------------------------------------


@pytest.mark.parametrize("folder, expectations", [("articles", "articles_expected.yaml"),
                                                   ("articles_heldout", "articles_heldout_expected.yaml")])
def test_fixture_expectations_are_met_exactly(folder, expectations):
    spec = yaml.safe_load((ROOT / "tests/fixtures" / expectations).read_text(encoding="utf-8"))
    found = {(f.kind, frozenset(f.documents)) for f in check([ROOT / "tests/fixtures" / folder]).findings}
    expected = {(e["kind"], frozenset(e["documents"])) for e in spec["expected"]}
    assert found == expected
    assert not found & {(e["kind"], frozenset(e["documents"])) for e in spec["must_not"]}


@pytest.fixture(scope="module")
def seeds():
    report = check([ROOT / "seeds"])
    short = {d.id: d.id[:3] for d in report.documents}
    return [(f.kind, tuple(sorted(short[d] for d in f.documents)), f) for f in report.findings]


@pytest.mark.parametrize(
    "name, kind, documents, subject_has, values_have",
    [
        ("F1", "variant", ("001", "002"), "", ["Tchiani"]),
        ("F2", "agreement", ("000", "002"), "phone call", ["2024-03-26"]),
        ("F3", "agreement", ("000", "001"), "mali, russia", ["2024-03-27", "2024-03"]),
        ("F4a", "agreement", ("003", "004"), "coup: mali @ 2020", ["2020"]),
        ("F4b", "agreement", ("003", "004"), "coup: mali @ 2021", ["2021"]),
        ("F5", "agreement", ("003", "004"), "insurgency: mali", ["since 2012", "2012"]),
        ("F6", "agreement", ("001", "002"), "coup: niger", ["2023-07"]),
        ("F7", "agreement", ("001", "002"), "niger, russia @ 2024-01", ["2024-01"]),
        ("F8", "change", ("003", "004"), "rank of Assimi Goita", ["Colonel", "General"]),
        ("F9", "consistent", ("003",), "consistent within one source", ["nearly 50", "more than 45"]),
        ("single: US troops", "single_source", ("002",), "troop presence", ["approximately 1,000"]),
        ("single: withdrawal", "single_source", ("001",), "withdrawal", ["2024-09"]),
    ],
)
def test_seed_findings(seeds, name, kind, documents, subject_has, values_have):
    matches = [f for k, docs, f in seeds if k == kind and docs == documents and subject_has in f.subject]
    assert matches, f"{name} missing"
    shown = " ".join(v.value for f in matches for v in f.values)
    for value in values_have:
        assert value in shown, f"{name}: {value} not in {shown}"


def test_seed_must_nots(seeds):
    contradictions = [(docs, f.subject) for k, docs, f in seeds if k == "contradiction"]
    assert contradictions == []
    assert not [f for k, docs, f in seeds if k == "change" and "rank" not in f.subject]
    boilerplate = ("Baltimore", "Taiwan", "Trump", "Hezbollah", "Uganda", "World Bank", "24.75")
    for _, _, f in seeds:
        for q in f.quotes:
            assert not any(word in q.text for word in boilerplate), q.text


def test_undated_articles_and_empty_input_do_not_raise(extractor, rules):
    assert compare([], rules).findings == []
    a = call(extractor, "a", None, "on Wednesday", day("2024-03-27"))
    b = call(extractor, "b", None, "in March", month(2024, 3))
    c = extracted(extractor, "c", None, "Troops were killed; the talks were called off.", [])
    result = compare([a, b, c], rules)
    assert [f.kind for f in result.findings] == ["agreement"]


# -- generalisation: several claims per sentence, home country, one-off events -----------------

BURKINA = place("Burkina Faso")
TRAORE = person("ibrahim-traore", "Ibrahim Traore", "Burkina Faso")
# A town nobody's gazetteer knows: no country, so the article's own country stands in.
TOWN = EntityValue(entity="name:barsalogho", canonical="Barsalogho", type="place")


def test_attack_inside_a_meeting_sentence_is_its_own_claim_and_figures_compare(extractor, rules):
    a = extracted(extractor, "a", "2024-09-12",
                  "Burkina Faso's leader Ibrahim Traore met an envoy on Wednesday. The talks came two weeks after "
                  "gunmen killed at least 200 people in the town of Barsalogho.",
                  [("Burkina Faso", BURKINA), ("Ibrahim Traore", TRAORE), ("on Wednesday", day("2024-09-11")),
                   ("at least 200", figure(200, None, "people", "at least 200")),
                   ("Barsalogho", TOWN)])
    b = extracted(extractor, "b", "2024-09-13",
                  "Burkina Faso's leader Ibrahim Traore held talks with an envoy on Thursday. The meeting followed the "
                  "Barsalogho massacre late last month, in which more than 150 people were killed.",
                  [("Burkina Faso", BURKINA), ("Ibrahim Traore", TRAORE), ("on Thursday", day("2024-09-12")),
                   ("late last month", month(2024, 8)), ("more than 150", figure(151, 165, "people", "more than 150"))])
    meetings = [c for ed in (a, b) for c in ed.claims if c.kind == "meeting"]
    assert all("barsalogho" not in c.participants for c in meetings)
    assert [c.time.start.isoformat() for c in b.claims if c.kind == "meeting"] == ["2024-09-12", "2024-09-12"]
    result = compare([a, b], rules)
    subjects = sorted(f.subject.split(" | ")[-1] for f in result.findings if f.kind == "contradiction")
    assert subjects == ["date", "figures of people killed"]


def test_troops_sent_and_deployed_agree_in_the_articles_country(extractor, rules):
    def article(doc_id, published, sentence, surface, value, when, when_value):
        return extracted(extractor, doc_id, published, f"Ibrahim Traore leads Burkina Faso. {sentence}",
                         [("Ibrahim Traore", TRAORE), ("Burkina Faso", BURKINA), (surface, value), (when, when_value)])
    a = article("a", "2024-09-12", "Some 2,000 soldiers were deployed to the north last month.",
                "Some 2,000", figure(1800, 2200, "troops", "Some 2,000", "deployed"), "last month", month(2024, 8))
    b = article("b", "2024-09-13", "Around 2,000 troops were sent to the northern regions in August.",
                "Around 2,000", figure(1800, 2200, "troops", "Around 2,000", "deployed"), "in August", month(2024, 8))
    assert kinds(compare([a, b], rules)) == [("agreement", ("a", "b"))]


def test_one_ousting_dated_differently_is_a_contradiction(extractor, rules):
    bongo = person("ali-bongo", "Ali Bongo Ondimba", "Gabon")

    def article(doc_id, sentence, when, value):
        return extracted(extractor, doc_id, "2025-08-30", sentence,
                         [("Gabon", place("Gabon")), ("Ali Bongo Ondimba", bongo), (when, value)])
    a = article("a", "In Gabon the army seized power in August 2023, ousting President Ali Bongo Ondimba.",
                "August 2023", month(2023, 8))
    b = article("b", "Officers in Gabon ousted President Ali Bongo Ondimba in a coup in September 2023.",
                "September 2023", month(2023, 9))
    result = compare([a, b], rules)
    assert [(f.kind, f.subject) for f in result.findings if f.kind == "contradiction"] == [
        ("contradiction", "coup ousting Ali Bongo Ondimba | date")]
    same = article("c", "Officers in Gabon ousted President Ali Bongo Ondimba in a coup in August 2023.",
                   "August 2023", month(2023, 8))
    assert kinds(compare([a, same], rules)) == [("agreement", ("a", "c"))]


def test_denying_what_a_meeting_discussed_is_no_denial_of_the_meeting(extractor, rules):
    ed = extracted(extractor, "a", "2024-09-11", "Ouattara denied that the meeting had discussed the Burkina Faso crisis.",
                   [("Ouattara", person("ouattara", "Alassane Ouattara", "Ivory Coast")), ("Burkina Faso", BURKINA)])
    assert [c for c in ed.claims if c.kind == "meeting"] == []


# -- running tolls, disasters, elections, third parties, guards against false agreement ------------

TURKEY = place("Turkey")


def quake(extractor, doc_id, published, sentence, spans):
    return extracted(extractor, doc_id, published, sentence,
                     [("Turkey", TURKEY), ("on Sunday", day("2025-10-12"))] + spans)


@pytest.mark.parametrize(
    "first, second, later_kind",
    [
        # the toll rises over days: a change
        (("2025-10-13", "An earthquake struck eastern Turkey on Sunday, injuring more than 400 people.", "more than 400", 400, None),
         ("2025-10-16", "More than 1,100 people were injured in the earthquake in Turkey on Sunday.", "More than 1,100", 1100, None),
         "change"),
        (("2025-10-13", "A flood hit northern Turkey on Sunday, injuring at least 38 people.", "at least 38", 38, None),
         ("2025-10-14", "The number injured in the flood in Turkey on Sunday has risen to at least 97.", "at least 97", 97, None),
         "change"),
        # the same day, incompatible tolls: a contradiction
        (("2025-10-13", "An earthquake struck eastern Turkey on Sunday, injuring 40 people.", "40", 40, 40),
         ("2025-10-13", "A quake in Turkey on Sunday injured 400 people.", "400", 400, 400),
         "contradiction"),
        # a toll that falls later: a contradiction
        (("2025-10-13", "An earthquake struck eastern Turkey on Sunday, injuring 400 people.", "400", 400, 400),
         ("2025-10-16", "A quake in Turkey on Sunday injured 40 people.", "40", 40, 40),
         "contradiction"),
    ],
)
def test_a_running_toll_that_rises_is_a_change(extractor, rules, first, second, later_kind):
    docs = []
    for doc_id, (published, sentence, surface, low, high) in zip("ab", (first, second)):
        docs.append(quake(extractor, doc_id, published, sentence,
                          [(surface, figure(low, high, "people", surface, "wounded"))]))
    found = [f for f in compare(docs, rules).findings if f.subject.endswith("| figures of people wounded")]
    assert [(f.kind, f.documents) for f in found] == [(later_kind, ["a", "b"])]


def test_magnitudes_compare_only_with_magnitudes(extractor, rules):
    def account(doc_id, magnitude, toll):
        text = f"An earthquake of magnitude {magnitude} struck eastern Turkey on Sunday, killing {toll} people."
        return quake(extractor, doc_id, "2025-10-13", text, [
            (f"magnitude {magnitude}", QuantityValue(low=magnitude, high=magnitude, unit="magnitude", exact=f"magnitude {magnitude}")),
            (f"{toll} people", figure(toll, toll, "people", f"{toll} people")),
        ])
    result = compare([account("a", 6.4, 38), account("b", 5.1, 38)], rules)
    clash = [f for f in result.findings if f.kind == "contradiction"]
    assert len(clash) == 1 and by_document(clash[0]) == {"a": "magnitude 6.4 (as of 2025-10-13)", "b": "magnitude 5.1 (as of 2025-10-13)"}
    assert clash[0].subject.endswith("| figures of magnitude")


def test_an_earthquake_is_no_attack(extractor, rules):
    a = quake(extractor, "a", "2025-10-13", "An earthquake struck Turkey on Sunday, killing 38 people.",
              [("38", figure(38, 38, "people", "38"))])
    closed = {rule.event for rule in extractor.events}
    assert [c.kind for c in a.claims if c.kind in closed] == ["disaster"]


def test_a_place_clash_prevents_agreement_even_when_one_side_is_undated(extractor, rules):
    egypt, kenya = place("Egypt"), place("Kenya")
    a = extracted(extractor, "a", "2025-10-24", "Egypt and Kenya signed a water memorandum in Nairobi on Thursday.",
                  [("Egypt", egypt), ("Kenya", kenya), ("Nairobi", place("Nairobi", "Kenya")), ("on Thursday", day("2025-10-23"))])
    b = extracted(extractor, "b", "2025-10-25", "Kenya and Egypt signed a water memorandum in Mombasa.",
                  [("Kenya", kenya), ("Egypt", egypt), ("Mombasa", place("Mombasa", "Kenya"))])
    c = extracted(extractor, "c", "2025-10-25", "Egypt and Kenya signed a memorandum in Nairobi on Thursday.",
                  [("Egypt", egypt), ("Kenya", kenya), ("Nairobi", place("Nairobi", "Kenya")), ("on Thursday", day("2025-10-23"))])
    result = compare([a, b, c], rules)
    # a and c agree on the date (b gives none); no agreement on anything else
    assert [(f.subject.split(" @ ")[-1], f.documents) for f in result.findings if f.kind == "agreement"] == [
        ("2025-10-23 | date", ["a", "c"])]
    place_clash = [f for f in result.findings if f.subject.endswith("| place")]
    assert len(place_clash) == 1 and by_document(place_clash[0]) == {"a": "Nairobi", "b": "Mombasa", "c": "Nairobi"}


def test_a_place_of_unknown_containment_never_clashes_with_a_country_or_a_city(extractor, rules):
    """A district no gazetteer knows may lie inside the country (or contain the city) another
    source names: the sources agree on the date and no place contradiction is reported."""
    uganda = place("Uganda")
    district = EntityValue(entity="lakeside-district", canonical="Lakeside District", type="place")
    a = extracted(extractor, "a", "2025-05-03", "Floods killed 20 people in Uganda on Thursday.",
                  [("Uganda", uganda), ("20 people", figure(20, 20, "people", "20 people")), ("on Thursday", day("2025-05-01"))])
    b = extracted(extractor, "b", "2025-05-04", "Floods killed 20 people in Lakeside District, Uganda, on Thursday.",
                  [("20 people", figure(20, 20, "people", "20 people")), ("Lakeside District", district), ("Uganda", uganda),
                   ("on Thursday", day("2025-05-01"))])
    c = extracted(extractor, "c", "2025-05-04", "Floods killed 20 people in Kampala on Thursday.",
                  [("20 people", figure(20, 20, "people", "20 people")), ("Kampala", place("Kampala", "Uganda")),
                   ("on Thursday", day("2025-05-01"))])
    result = compare([a, b, c], rules)
    assert not [f for f in result.findings if f.kind == "contradiction"]
    assert [f.documents for f in result.findings if f.kind == "agreement"] == [["a", "b", "c"]]


def test_an_arrival_a_signing_and_a_planned_meeting_are_not_one_event(extractor, rules):
    abdelatty = person("abdelatty", "Badr Abdelatty", "Egypt")
    ruto = person("ruto", "William Ruto", "Kenya")
    nairobi = place("Nairobi", "Kenya")
    text = ("Abdelatty arrived in Nairobi on Wednesday. Abdelatty signed a memorandum with Kenya in Nairobi on Thursday. "
            "He is due to meet William Ruto on Friday.")
    a = extracted(extractor, "a", "2025-10-23", text, [
        ("Abdelatty", abdelatty), ("Nairobi", nairobi), ("on Wednesday", day("2025-10-22")), ("Abdelatty#2", abdelatty),
        ("Kenya", place("Kenya")), ("Nairobi#2", nairobi), ("on Thursday", day("2025-10-23")),
        ("William Ruto", ruto), ("on Friday", day("2025-10-24", "expected")),
    ])
    b = extracted(extractor, "b", "2025-10-24", "Egypt's Abdelatty and Kenya signed a memorandum in Nairobi on Thursday.", [
        ("Egypt", place("Egypt")), ("Abdelatty", abdelatty), ("Kenya", place("Kenya")), ("Nairobi", nairobi),
        ("on Thursday", day("2025-10-23")),
    ])
    result = compare([a, b], rules)
    agreements = [f for f in result.findings if f.kind == "agreement"]
    assert [by_document(f) for f in agreements] == [{"a": "2025-10-23", "b": "2025-10-23"}]
    assert sorted(f.summary.split(" reports the ")[1].split(" ")[0] for f in result.findings if f.kind == "single_source") == [
        "meeting", "visit"]


def test_a_denied_meeting_is_a_contradiction_naming_the_people(extractor, rules):
    mosteanu = person("mosteanu", "Ionut Mosteanu", "Romania")
    hegseth = person("hegseth", "Pete Hegseth", "United States")
    brussels = place("Brussels", "Belgium")
    a = extracted(extractor, "a", "2025-10-29", "Ionut Mosteanu said he had met Pete Hegseth in Brussels on October 15.",
                  [("Ionut Mosteanu", mosteanu), ("Pete Hegseth", hegseth), ("Brussels", brussels), ("on October 15", day("2025-10-15"))])
    b = extracted(extractor, "b", "2025-11-12",
                  "A Pentagon spokesman denied that Hegseth had met Mosteanu in Brussels on October 15 and said the "
                  "decision had been taken in Washington.",
                  [("Hegseth", hegseth), ("Mosteanu", mosteanu), ("Brussels", brussels), ("on October 15", day("2025-10-15")),
                   ("Washington", place("Washington", "United States"))])
    result = compare([a, b], rules)
    assert kinds(result) == [("contradiction", ("a", "b"))]
    finding = result.findings[0]
    assert finding.subject.endswith("| happened") and "Ionut Mosteanu" in finding.summary and "Pete Hegseth" in finding.summary


@pytest.mark.parametrize(
    "wording",
    ["About {n} U.S. troops will remain in Romania after the withdrawal.",
     "The brigade withdraws, leaving about {n} U.S. troops in Romania."],
)
def test_troops_that_remain_change_between_articles(extractor, rules, wording):
    def article(doc_id, published, n):
        text = wording.format(n=n)
        surface = ("About " if text.startswith("About") else "about ") + n
        low = int(n.replace(",", ""))
        return extracted(extractor, doc_id, published, text, [
            ("U.S.", place("United States")), ("Romania", place("Romania")),
            (surface, figure(low * 0.95, low * 1.05, "troops", surface, None)),
        ])
    result = compare([article("a", "2025-10-29", "1,000"), article("b", "2025-11-12", "1,200")], rules)
    assert [(f.kind, f.documents) for f in result.findings if f.kind in ("change", "contradiction")] == [("change", ["a", "b"])]


def test_a_new_office_title_is_a_change_and_a_former_one_is_ignored(extractor, rules):
    mutharika = person("mutharika", "Peter Mutharika", "Malawi")
    a = extracted(extractor, "a", "2025-09-24", "Former president Peter Mutharika won the election.", [("Peter Mutharika", mutharika)])
    b = extracted(extractor, "b", "2025-09-25", "President-elect Peter Mutharika thanked voters.", [("Peter Mutharika", mutharika)])
    c = extracted(extractor, "c", "2025-10-06", "President Peter Mutharika named a cabinet.", [("Peter Mutharika", mutharika)])
    changes = [f for f in compare([a, b, c], rules).findings if f.kind == "change"]
    assert [(f.subject, f.documents) for f in changes] == [("title of Peter Mutharika", ["b", "c"])]


def test_a_contradiction_names_the_copies_of_a_wire_story(extractor, rules):
    body = "Russian President Vladimir Putin spoke by phone with Assimi Goita on Tuesday, the Kremlin said in a long statement today."
    a = call(extractor, "a", "2024-03-28", "on Tuesday", day("2024-03-26"), body)
    copy = call(extractor, "a_copy", "2024-03-28", "on Tuesday", day("2024-03-26"), body)
    b = call(extractor, "b", "2024-03-28", "on Wednesday", day("2024-03-27"))
    result = compare([a, copy, b], rules)
    clash = [f for f in result.findings if f.kind == "contradiction"]
    assert [f.documents for f in clash] == [["a", "a_copy", "b"]]


def test_compared_sentences_are_those_of_the_claims_agreements_contradictions_and_changes_hold():
    from types import SimpleNamespace

    from crosscheck.compare import _compared_sentences

    def claim(doc: str, number: int, sentence: int):
        return SimpleNamespace(id=f"{doc}#c{number}", document=doc, sentence=sentence)

    docs = [SimpleNamespace(claims=[claim("a", 1, 0), claim("a", 2, 3)]), SimpleNamespace(claims=[claim("b", 1, 5)])]
    findings = [SimpleNamespace(kind="agreement", claims=["a#c2", "b#c1", "gone#c9"]),
                SimpleNamespace(kind="single_source", claims=["a#c1"])]
    assert _compared_sentences(docs, findings) == {("a", 3), ("b", 5)}


# -- memory ------------------------------------------------------------------------------


def test_findings_kept_in_a_temporary_file_come_back_the_same_and_an_unwritable_file_costs_nothing(extractor, rules, monkeypatch):
    """Compare keeps the closed kinds' findings in a temporary file while the open grouping runs
    (its largest step); they come back equal and in order, and a file that cannot be written
    (a full disk) keeps them in memory instead: the same result, no failure."""
    import crosscheck.compare as compare_package

    a = call(extractor, "a", "2024-03-27", "on Wednesday", day("2024-03-27"))
    b = call(extractor, "b", "2024-06-05", "in March", month(2024, 3))
    written = []
    temporary = compare_package.tempfile.TemporaryFile

    def recorded(*args, **kwargs):
        written.append(temporary(*args, **kwargs))
        return written[-1]

    monkeypatch.setattr(compare_package.tempfile, "TemporaryFile", recorded)
    kept = compare([a, b], rules)
    assert kinds(kept) == [("agreement", ("a", "b"))] and written and written[0].closed

    def unwritable(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(compare_package.tempfile, "TemporaryFile", unwritable)
    assert compare([a, b], rules) == kept
