"""Single-source findings of any event class (crosscheck.compare.open_single) and recalls worth
telling (crosscheck.compare.news.telling_recalls): what one source alone tells, anchored,
not quoted, not told by another source in other words, bounded per story, and with a
fingerprint that reads no file name or line."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.compare import compare
from crosscheck.compare import settings
from crosscheck.compare.open_single import _opening_quotes, _overlapping_another_source, _quoted
from crosscheck.compare.timed_union import overlap
from crosscheck.models import Sentence
from crosscheck.pipeline import extract_documents
from crosscheck.rules import load_rules

MINING = ("Miners at Kolwezi return to work", "March 12, 2025",
          "KOLWEZI (Copper Wire) - Miners at the Kamoto mine returned to work on Tuesday after a two-week strike, "
          "the company said.\n\nMines Minister Kizito Pakabomba rejected a 1.2 billion dollar offer for the mine in "
          "October 2023.")
OTHER = ("Congo copper output rises", "March 13, 2025",
         "Copper output in Congo rose 8% in February, the chamber of mines said on Wednesday.\n\n"
         "Prices climbed on the London Metal Exchange.")


def _single(folder: Path, rules) -> list:
    docs, _ = extract_documents([folder], rules)
    return [f for f in compare(docs, rules).findings if f.kind == "single_source"]


def test_a_dated_named_event_one_source_tells_is_single_source(news_folder, rules):
    found = _single(news_folder("one", {"a": MINING, "b": OTHER}), rules)
    rejected = [f for f in found if "2023-10" in f.subject]
    assert len(rejected) == 1
    finding = rejected[0]
    assert finding.subject.startswith("reject: ") and "Kizito Pakabomba" in finding.subject
    assert finding.documents == ["a"]
    assert "1.2 billion dollar" in finding.values[0].value and finding.values[0].value.startswith("2023-10")
    assert finding.values[0].as_of == "2023-10" and finding.values[0].measure
    assert finding.quotes[0].text.startswith("Mines Minister Kizito Pakabomba rejected") and finding.quotes[0].line > 1


def test_another_source_telling_the_event_makes_it_not_single_source(news_folder, rules):
    also = ("Congo kept Kamoto", "March 14, 2025",
            "Minister Kizito Pakabomba rejected a bid for the Kamoto mine in October 2023, filings show.")
    found = _single(news_folder("two", {"a": MINING, "b": OTHER, "c": also}), rules)
    assert not [f for f in found if "2023-10" in f.subject]


def test_a_plan_is_single_source_until_a_later_account_tells_it(news_folder, rules):
    plan = ("Zambia budget", "June 2, 2025",
            "The Zambian finance ministry presented its budget on Monday.\n\n"
            "Finance Minister Situmbeko Musokotwane is expected to unveil a debt plan in July.")
    found = _single(news_folder("plan", {"a": plan, "b": OTHER}), rules)
    visits = [f for f in found if "Musokotwane" in f.subject]
    assert len(visits) == 1 and "expected" in visits[0].values[0].value
    later = ("Musokotwane in Beijing", "July 20, 2025",
             "Situmbeko Musokotwane unveiled the debt plan on Friday, the ministry said.")
    found = _single(news_folder("told", {"a": plan, "b": OTHER, "c": later}), rules)
    assert not [f for f in found if "Musokotwane" in f.subject and "expected" in f.values[0].value]


def test_an_unanchored_or_quoted_account_is_not_single_source(news_folder, rules):
    story = ("Port strike ends", "May 6, 2025",
             "Dockers in Mombasa ended their strike on Monday.\n\n"
             "Prices rose sharply.\n\n"
             '"We will rebuild the terminal by 2027," said port manager Amina Said.')
    found = _single(news_folder("loose", {"a": story, "b": OTHER}), rules)
    assert not [f for f in found if f.quotes[0].text.startswith(("Prices", '"We will'))]
    assert _quoted('"We will rebuild," he said.', 5)
    assert not _quoted('He said "we will" rebuild.', 22)


def test_a_quotation_over_several_sentences_or_paragraphs_is_quoted_throughout(news_folder, rules):
    """A quotation that opens in one sentence (or paragraph) and closes in a later one: the
    later sentence is the speaker's words from its first word ("Mysore closed the vessels and
    ordered them to stop.")."""
    story = ("Navy foils pirate attack", "November 12, 2008",
             "The Indian navy foiled a pirate attack in the Gulf of Aden on Tuesday, the defence ministry said.\n\n"
             '"On sighting the helicopter, the boats attempted escape.\n\n'
             'Commander Rajesh Dhankhar boarded the larger boat in June 2008 and seized the weapons."\n\n'
             '"We saw them. Commander Rajesh Dhankhar chased the boats in May 2008," the ministry said.')
    found = _single(news_folder("quoted", {"a": story, "b": OTHER}), rules)
    assert not [f for f in found if "2008-06" in f.subject or "2008-05" in f.subject]
    assert _opening_quotes_of('"We saw them. He chased the boats," she said.') == [False, True]
    assert _opening_quotes_of('"We saw them.', 'He chased the boats."') == [False, True]


def test_two_leads_naming_one_person_tell_one_story_in_other_words(news_folder, rules):
    a = ("Hichilema wins Zambia vote", "August 16, 2021",
         "Hakainde Hichilema won Zambia's presidential election on Monday, the electoral commission said.")
    b = ("Hichilema declared president", "August 16, 2021",
         "Opposition leader Hakainde Hichilema was declared the winner of the presidential election on Monday.")
    found = _single(news_folder("leads", {"a": a, "b": b}), rules)
    assert not [f for f in found if "Hichilema" in f.subject]


def test_each_story_gets_at_most_the_bound_best_anchored_first(news_folder, rules, tmp_path):
    """Five dated accounts, most of them naming someone: the named ones first, the rest cut by
    the bound of two; with a bound of one, the first dated and named."""
    body = " ".join([
        "The Kamoto mine reopened on Tuesday, the company said.",
        "Glencore rejected an offer from a Chinese rival in February 2025.",
        "Gertler sold his stake to Glencore in January 2025.",
        "Ivanhoe opened its Kipushi mine in June 2024.",
        "Trafigura shipped the first cargo from Lobito in 2024.",
    ])
    found = _single(news_folder("many", {"a": ("Copper week", "March 12, 2025", body), "b": OTHER}), rules)
    assert settings(rules).single_source_per_story == 2
    listed = [f.subject for f in found if f.documents == ["a"]]
    assert len(listed) == 2 and all(":" in s for s in listed)  # named and dated, before the dated only
    assert "reopen @ 2025-03-11" not in listed
    own = tmp_path / "rules"
    own.mkdir()
    (own / "compare.yaml").write_text("kind: compare_settings\nsingle_source_per_story: 1\n", encoding="utf-8")
    found = _single(news_folder("one_each", {"a": ("Copper week", "March 12, 2025", body), "b": OTHER}), load_rules([own]))
    [best] = [f.subject for f in found if f.documents == ["a"]]
    assert best in listed


def test_a_storys_news_comes_before_its_background(news_folder, rules):
    """An account dated long before its article (background: "in 2017") is listed after the
    story's news, even the news that adds less (a time alone)."""
    body = " ".join([
        "The Kamoto mine reopened on Tuesday, the company said.",
        "Gertler sold his stake to Glencore in 2017.",
        "Trafigura shipped the first cargo from Lobito in 2024.",
    ])
    found = _single(news_folder("background", {"a": ("Copper week", "March 12, 2025", body), "b": OTHER}), rules)
    listed = sorted(f.subject for f in found if f.documents == ["a"])
    assert listed == ["reopen @ 2025-03-11", "ship: Trafigura @ 2024"]


def test_a_denial_comes_after_the_facts_its_story_tells(news_folder, rules):
    """A sentence that denies an event ("Tanda Mining, which employs 3,000 miners, denied that any
    warning had been received") is a party's answer: the story's own facts are listed before it,
    even one that adds less (a time alone)."""
    body = " ".join([
        "Tanda Mining, which employs 3,000 miners in Kolwezi, denied that any warning had been received.",
        "Rescuers recovered 14 bodies on Tuesday.",
        "The mine reopened on Monday.",
    ])
    found = _single(news_folder("denying", {"a": ("Mine collapse", "March 12, 2025", body), "b": OTHER}), rules)
    assert sorted(f.subject for f in found if f.documents == ["a"]) == ["find @ 2025-03-11", "reopen @ 2025-03-10"]


def test_a_fingerprint_reads_no_file_name_nor_line(news_folder, rules):
    first = {f.subject: f.fingerprint for f in _single(news_folder("x", {"a": MINING, "b": OTHER}), rules)}
    moved = (MINING[0], MINING[1], "Reporting by the Copper Wire desk.\n\n" + MINING[2])
    second = {f.subject: f.fingerprint for f in _single(news_folder("y", {"renamed": moved, "b": OTHER}), rules)}
    key = next(s for s in first if "2023-10" in s)
    assert first[key] == second[key]


@pytest.mark.parametrize("recall, kept", [
    ("Floods in the same county killed 47 people in November 2019.", True),
    ("Floods also hit the county in November 2019.", False),
])
def test_a_recall_of_the_storys_event_is_single_source_only_with_something_to_check(news_folder, rules, recall, kept):
    story = ("Floods kill 12 in Garissa", "April 3, 2026",
             "Floods killed 12 people in Garissa county in Kenya on Thursday, the Red Cross said.\n\n"
             "Rescue teams reached stranded families.\n\n" + recall)
    found = _single(news_folder("recall", {"a": story, "b": OTHER}), rules)
    assert any("2019" in f.subject for f in found) is kept


_DAYS = st.one_of(st.none(), st.integers(min_value=0, max_value=40))


@given(st.lists(st.tuples(st.sampled_from("abc"), _DAYS, st.one_of(st.none(), st.integers(min_value=0, max_value=10))),
                max_size=12))
def test_the_overlap_sweep_finds_what_comparing_every_pair_finds(items):
    """Which accounts another source's account may overlap in time: the n log n sweep agrees
    with comparing every pair (an undated side overlaps anything, an open end runs on)."""
    base = date(2025, 1, 1)
    times = []
    for source, start, length in items:
        begin = None if start is None else base + timedelta(days=start)
        end = None if begin is None or length is None else begin + timedelta(days=length)
        times.append((source, begin, end))
    expected = {i for i, (source, start, end) in enumerate(times) for other, start_b, end_b in times
                if other != source and overlap(start, end, start_b, end_b)}
    assert set(_overlapping_another_source(times)) == expected


def _opening_quotes_of(*paragraphs: str) -> list[bool]:
    """Whether each sentence of the given paragraphs (sentences split on ". ") begins inside a quotation."""
    sentences, index = [], 0
    for number, paragraph in enumerate(paragraphs):
        for text in paragraph.replace(". ", ".\n").split("\n"):
            sentences.append(Sentence(document="d", index=index, paragraph=number, start=0, end=len(text), line=1, text=text))
            index += 1
    states = _opening_quotes(type("Doc", (), {"sentences": sentences})())
    return [states[i] for i in range(index)]


AID = ("Floods in Kasai", "March 12, 2025",
       "KANANGA (Copper Wire) - Floods swept through Kananga in Congo on Monday, officials said.\n\n"
       "In a statement issued on Tuesday, the governor's office appealed for calm.\n\n"
       "The Congolese Red Cross said it had sent 15 volunteers and two ambulances from Mbuji-Mayi.")


def test_a_speaker_who_says_it_did_something_is_its_actor_and_what_adds_most_comes_first(news_folder, rules, tmp_path):
    """"The Red Cross said it had sent 15 volunteers ... from Mbuji-Mayi" adds an actor, a figure
    and a place: it comes before a claim dated and nothing else, whatever their order."""
    found = _single(news_folder("aid", {"a": AID, "b": OTHER}), rules)
    sent = [f for f in found if f.subject.startswith("send: ")]
    assert len(sent) == 1 and "Red Cross" in sent[0].subject and "15 (volunteers" in sent[0].values[0].value
    own = tmp_path / "rules"
    own.mkdir()
    shipped = (Path(__file__).parents[1] / "rules" / "compare.yaml").read_text(encoding="utf-8")
    (own / "compare.yaml").write_text(shipped.replace("single_source_per_story: 3", "single_source_per_story: 1"), encoding="utf-8")
    found = _single(news_folder("aid_one", {"a": AID, "b": OTHER}), load_rules([own]))
    subjects = [f.subject for f in found if f.documents == ["a"]]
    assert any(s.startswith("send: ") for s in subjects) and not any(s.startswith("appeal") for s in subjects)


@pytest.mark.parametrize("sentence", [
    "The ministry said police had arrested 15 looters in Mbuji-Mayi.",  # another actor between them
    "The Congolese Red Cross said 15 volunteers had been sent from Mbuji-Mayi.",  # no pronoun of the speaker
])
def test_a_speaker_is_no_actor_of_what_another_subject_did(news_folder, rules, sentence):
    story = ("Floods in Kasai", "March 12, 2025", "Floods swept through Kananga in Congo on Monday.\n\n" + sentence)
    found = _single(news_folder("other", {"a": story, "b": OTHER}), rules)
    assert not [f for f in found if "Red Cross" in f.subject or "ministry" in f.subject.lower()]


# One theft told in words of two classes of one WordNet family (kinds of taking: "stole",
# "looted"), beyond each story's lead: told by two sources when they share a rare name.
THEFT_A = ("Diamond district counts its losses", "March 12, 2025",
           "Traders in the diamond district met on Wednesday to discuss security. Insurers raised premiums last "
           "year. Turnover fell in 2024.\n\nThieves stole diamonds from the Vandermolen jewellery store on Tuesday, "
           "police said.")


def _theft_b(shop: str) -> tuple[str, str, str]:
    return ("Jewellers ask for more patrols", "March 13, 2025",
            "Jewellers asked the city for more police patrols on Thursday. The mayor promised a reply. Shop owners "
            f"welcomed the promise.\n\nA gang looted the {shop} shop on Tuesday night and fled in a grey van.")


@pytest.mark.parametrize("shop, single", [("Vandermolen", False), ("Okonkwo", True)])
def test_one_event_told_in_a_class_of_its_family_is_told_by_another_source(news_folder, rules, shop, single):
    found = _single(news_folder(shop, {"a": THEFT_A, "b": _theft_b(shop)}), rules)
    thefts = [f for f in found if f.subject.split(":")[0].split(" @")[0] in ("steal", "glom", "loot")]
    assert bool(thefts) == single, [f.subject for f in found]


@pytest.mark.parametrize("country, single", [("China", False), ("Peru", True)])
def test_one_event_of_one_class_in_one_country_at_one_time_is_told_by_another_source(news_folder, rules, country, single):
    """Two stories of one week tell a plague case in China on Saturday, naming no one and no
    town: one plague (the country counts with the class, never alone)."""
    first = ("Hunter falls ill", "November 18, 2019",
             "Officials met on Monday. Schools stayed open. Markets were calm.\n\nA case of bubonic plague was "
             "confirmed in China on Saturday, officials said.")
    second = ("Health officials on alert", "November 19, 2019",
              "Officials met on Tuesday. Clinics stayed open. Travel was normal.\n\nThe plague case confirmed in "
              f"{country} on Saturday has alarmed the public.")
    found = _single(news_folder(country, {"a": first, "b": second}), rules)
    assert bool([f for f in found if f.subject.startswith("plague")]) == single, [f.subject for f in found]


def test_two_records_of_one_outlet_s_feed_are_one_source(tmp_path):
    """A wire's Monday story and its Wednesday follow-up both tell the postponed listing: one
    outlet, so no agreement of "2 independent sources"; the listing is its alone."""
    import json

    from crosscheck.pipeline import check

    records = [
        {"id": "nmw-1", "title": "Vellmar Oy postpones Helsinki listing", "published": "2026-03-09",
         "outlet": "Nordic Markets Wire", "text": "Vellmar Oy postpones Helsinki listing\n\nHELSINKI, March 9 (Nordic "
         "Markets Wire) - Heat-pump maker Vellmar Oy postponed its listing on Nasdaq Helsinki on Monday, blaming "
         "turbulent markets."},
        {"id": "nmw-2", "title": "Vellmar Oy sets new listing date", "published": "2026-03-11",
         "outlet": "Nordic Markets Wire", "text": "Vellmar Oy sets new listing date\n\nHELSINKI, March 11 (Nordic "
         "Markets Wire) - Vellmar Oy, which postponed its listing on Nasdaq Helsinki on Monday, said on Wednesday it "
         "would try again next week."},
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    findings = check([tmp_path]).findings
    assert not [f for f in findings if f.kind == "agreement"], [f.summary for f in findings]
    assert [f.documents for f in findings if f.kind == "single_source" and f.subject.startswith("postpone")] == [["nmw-1", "nmw-2"]]


def test_two_accounts_of_one_class_dated_apart_in_one_story_are_two_findings(news_folder, rules):
    """Two nameless acts of one class (a service halted on Wednesday, a concert called off for
    the weekend) told by one article are two occurrences, not one finding quoting both; one act
    told twice at one time stays one finding."""
    story = ("Night of unrest in Brestavia", "October 8, 2026",
             "In Brestavia, trams were halted on Wednesday evening.\n\n"
             "The town hall has also called off an outdoor concert planned for Saturday, October 10.")
    found = _single(news_folder("apart", {"a": story, "b": OTHER}), rules)
    halted = [f for f in found if any("trams were halted" in q.text for q in f.quotes)]
    concert = [f for f in found if any("outdoor concert" in q.text for q in f.quotes)]
    assert halted and concert and halted[0] is not concert[0], [(f.subject, [q.text for q in f.quotes]) for f in found]
