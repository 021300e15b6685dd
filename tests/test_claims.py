"""Claims: event kinds, clauses, times, participants, attribution, modality and polarity."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claim_helpers import build, day, figure, month, org, person, place, since, year
from crosscheck.extract.claims import ClaimCues, ClaimExtractor, claim_cues, event_rules, fold
from crosscheck.rules import load_rules


def claims_of(extractor, text, spans, published="2024-03-27"):
    """The claims of the closed event kinds (rules/en/events/*.yaml) these tests are about;
    open-vocabulary claims are tested in test_open_claims.py."""
    doc, sentences, mentions = build("d", published, text, spans)
    closed = {rule.event for rule in extractor.events}
    claims = [c for c in extractor.extract(doc, sentences, mentions) if c.kind in closed]
    return claims, {m.id: m for m in mentions}


# -- rule examples ---------------------------------------------------------------------


def _event_examples():
    for rule in sorted(event_rules(load_rules()).values(), key=lambda r: r.event):
        for sentence in rule.examples.match:
            yield pytest.param(rule.event, sentence, True, id=f"{rule.event}-match-{sentence[:30]}")
        for sentence in rule.examples.no_match:
            yield pytest.param(rule.event, sentence, False, id=f"{rule.event}-no-{sentence[:30]}")


@pytest.mark.parametrize("event, sentence, expected", list(_event_examples()))
def test_event_rule_examples(rules, event, sentence, expected):
    rule = event_rules(rules)[event]
    assert any(p.search(sentence) for p in rule.triggers) is expected


def _cue_examples():
    cues = claim_cues(load_rules())
    groups = {name: getattr(cues, name) for name in ClaimCues.model_fields if name not in ("kind", "language", "roles")}
    groups.update({f"roles.{k}": v for k, v in cues.roles.items()})
    for name, group in sorted(groups.items()):
        assert group.examples.match and group.examples.no_match, f"{name} needs match and no_match examples"
        for text in group.examples.match:
            yield pytest.param(name, text, True, id=f"{name}-match-{text[:30]}")
        for text in group.examples.no_match:
            yield pytest.param(name, text, False, id=f"{name}-no-{text[:30]}")


@pytest.mark.parametrize("name, text, expected", list(_cue_examples()))
def test_cue_examples(rules, name, text, expected):
    cues = claim_cues(rules)
    group = cues.roles[name.split(".", 1)[1]] if name.startswith("roles.") else getattr(cues, name)
    assert (group.search(text) is not None) is expected


def _denial_word_examples():
    for words in sorted(load_rules().get("denial_words"), key=lambda w: w.language or ""):
        for text in words.examples.match:
            yield pytest.param(words.language, text, True, id=f"{words.language}-match-{text[:30]}")
        for text in words.examples.no_match:
            yield pytest.param(words.language, text, False, id=f"{words.language}-no-{text[:30]}")


@pytest.mark.parametrize("language, text, expected", list(_denial_word_examples()))
def test_denial_word_examples(rules, language, text, expected):
    """Each language's words of denying (rules/<language>/events/denials.yaml) as examples, and
    as the claim cues of that language read them."""
    [words] = [w for w in rules.get("denial_words", language) if w.language == language]
    assert words.search(text) is expected
    assert (claim_cues(rules, language).denial.search(text) is not None) is expected


@pytest.mark.parametrize("text", [
    "The agency refuted reports that the vaccine had been withdrawn.",
    "The company rebutted claims that it had paid the hackers.",
    "The club disputed that the player had been sold.",
    "Police questioned reports that the crowd had been attacked.",
])
def test_a_denial_in_other_words_than_deny_makes_a_denied_claim(extractor, text):
    """Denials come in other words than "deny": the event word after one is denied."""
    doc, sentences, mentions = build("d", "2026-03-02", text, [])
    claims = extractor.extract(doc, sentences, mentions)
    assert any(c.modality == "denied" for c in claims), [(c.kind, c.modality) for c in claims]


def test_every_event_rule_has_both_kinds_of_example(rules):
    for rule in event_rules(rules).values():
        assert rule.examples.match and rule.examples.no_match, rule.event


# -- one sentence, several events -------------------------------------------------------

PUTIN = person("vladimir-putin", "Vladimir Putin", "Russia")
GOITA = person("assimi-goita", "Assimi Goita", "Mali")


def test_two_calls_in_one_sentence_get_their_own_time_and_people(extractor):
    text = ("Russian President Vladimir Putin discussed security with Mali's junta leader Assimi Goita by phone "
            "on Wednesday, both countries said, a day after Putin held a similar call with the junta leader in "
            "neighboring Niger.")
    claims, _ = claims_of(extractor, text, [
        ("Russian", place("Russia", adjective=True)), ("Vladimir Putin", PUTIN), ("Mali", place("Mali")),
        ("Assimi Goita", GOITA), ("on Wednesday", day("2024-03-27")),
        ("a day after", day("2024-03-26")), ("Putin#2", PUTIN), ("Niger", place("Niger")),
    ])
    calls = [c for c in claims if c.kind == "phone_call"]
    assert [c.time.start for c in calls] == [date(2024, 3, 27), date(2024, 3, 26)]
    assert "assimi-goita" in calls[0].participants and "role:leader@niger" not in calls[0].participants
    assert "role:leader@niger" in calls[1].participants and "assimi-goita" not in calls[1].participants
    assert calls[0].attribution == "both countries"


@pytest.mark.parametrize(
    "text, spans, kind, modality, polarity",
    [
        ("Although a US delegation sought to renew ties in mid-March, they were unable to meet with General Tiani.",
         [("US", place("United States")), ("Tiani", person("tiani", "Abdourahamane Tiani", "Niger"))],
         "meeting", "asserted", "negative"),
        ("Mauritania's government denied that it had signed an agreement with Senegal on Friday.",
         [("Mauritania", place("Mauritania")), ("Senegal", place("Senegal")), ("on Friday", day("2025-06-06"))],
         "agreement", "denied", "negative"),
        ("Goita is expected to meet with President Vladimir Putin on Monday.",
         [("Goita", GOITA), ("Vladimir Putin", PUTIN), ("on Monday", day("2025-06-23"))],
         "meeting", "expected", "positive"),
        ("The president reportedly met the rebel leaders in Tripoli.",
         [("Tripoli", place("Tripoli", "Libya"))], "meeting", "reported", "positive"),
        ("A planned meeting with opposition figures did not take place.",
         [], "meeting", "asserted", "negative"),
    ],
)
def test_modality_and_polarity(extractor, text, spans, kind, modality, polarity):
    claims, _ = claims_of(extractor, text, spans)
    claim = next(c for c in claims if c.kind == kind)
    assert (claim.modality, claim.polarity) == (modality, polarity)


@pytest.mark.parametrize(
    "text, spans, kind, expected",
    [
        # A cancelled meeting or visit did not happen ...
        ("Officials called off the meeting between the two presidents on Friday.", [("on Friday", day("2025-06-06"))],
         "meeting", "negative"),
        ("Ghana cancelled the visit of the Togolese foreign minister.", [("Ghana", place("Ghana"))], "visit", "negative"),
        # ... but a cancelled deal existed and ended: no agreement claim at all.
        ("Niamey's leaders canceled a defense deal with Washington.", [("Washington", place("Washington", "United States"))],
         "agreement", None),
        ("The junta scrapped the military pact with France last year.", [("France", place("France"))], "agreement", None),
    ],
)
def test_cancellation_depends_on_the_event_kind(extractor, text, spans, kind, expected):
    claims, _ = claims_of(extractor, text, spans)
    polarities = [c.polarity for c in claims if c.kind == kind]
    assert polarities == ([] if expected is None else [expected])


def test_attribution_and_statement_dates_are_not_event_dates(extractor):
    text = "Yevkurov held talks with Camara, the armed forces said in a press release published on Tuesday."
    claims, mentions = claims_of(extractor, text, [
        ("Yevkurov", person("yevkurov", "Yunus-Bek Yevkurov", "Russia")),
        ("Camara", person("camara", "Sadio Camara", "Mali")), ("on Tuesday", day("2024-06-04")),
    ])
    assert claims[0].kind == "meeting"
    assert claims[0].time is None
    assert claims[0].attribution.startswith("armed forces")


@pytest.mark.parametrize("text", [
    "On Tuesday, the army said its troops had killed 12 insurgents near Menaka.",
    "Yesterday, officials explained that troops killed 12 insurgents near Menaka.",
])
def test_a_time_before_a_verb_of_saying_dates_the_saying_not_the_event(extractor, text):
    """The reported event is undated: the sentence says when it was told, not when it happened."""
    when = "On Tuesday" if text.startswith("On") else "Yesterday"
    claims, _ = claims_of(extractor, text, [(when, day("2024-03-26")), ("Menaka", place("Menaka", "Mali"))])
    assert [c.kind for c in claims] == ["attack"]
    assert claims[0].time is None


@pytest.mark.parametrize("text", ["On Tuesday, Putin spoke with Goita by phone.",
                                  "On Tuesday, troops killed 12 insurgents near Menaka, the army said."])
def test_an_opening_time_still_dates_the_event_when_no_statement_comes_between(extractor, text):
    spans = [("On Tuesday", day("2024-03-26")), ("Putin", person("putin", "Vladimir Putin", "Russia")),
             ("Goita", person("goita", "Assimi Goita", "Mali")), ("Menaka", place("Menaka", "Mali"))]
    claims, _ = claims_of(extractor, text, [s for s in spans if s[0] in text])
    assert claims and all(c.time is not None and c.time.start == date(2024, 3, 26) for c in claims)


@pytest.mark.parametrize("dateline", [
    "GAROUA, May 2 (Lake Chad Wire) - ",
    "GAROUA, Cameroon, May 2 (Lake Chad Wire) - ",  # a country after the city
    "SAN JOSE, Calif., May 2 (AP) - ",  # an abbreviated state
])
def test_a_datelines_date_and_place_date_the_report_not_the_event(extractor, dateline):
    """A wire dateline says when and where the story was filed: the killing in the clause that
    follows is dated by its own clause ("on Wednesday"), and the filing city is no participant."""
    city = dateline.split(",")[0]
    text = dateline + "Four soldiers were killed after gunmen ambushed a convoy on Wednesday, the army said on Thursday."
    spans = [(city, place(city.title(), "Cameroon")), ("May 2", day("2025-05-02")),
             ("Four soldiers", figure(4, 4, "soldiers", "Four soldiers")), ("on Wednesday", day("2025-04-30")),
             ("on Thursday", day("2025-05-01"))]
    if "Cameroon" in dateline:
        spans.insert(1, ("Cameroon", place("Cameroon")))
    claims, _ = claims_of(extractor, text, spans, published="2025-05-02")
    (attack,) = [c for c in claims if c.kind == "attack"]
    assert attack.time is not None and attack.time.start == date(2025, 4, 30)
    assert not any(city.lower().replace(" ", "-") in p or "cameroon" in p for p in attack.participants)


def test_according_to_names_the_source(extractor):
    text = "Nearly 50 people were killed in an attack on a village in northern Mali, according to AFP."
    claims, _ = claims_of(extractor, text, [
        ("Nearly 50", figure(46, 49, "people", "Nearly 50")), ("Mali", place("Mali")), ("AFP", org("AFP", "France")),
    ])
    attack = claims[0]
    assert attack.attribution == "AFP" and attack.place == "Mali"
    assert [f.exact for f in attack.figures] == ["Nearly 50"]


def test_opening_time_frames_a_later_clause(extractor):
    text = ("Earlier in January, Niger's new government, which has been in power since the overthrow of "
            "President Mohamed Bazoum last July, also agreed to develop military ties with Moscow.")
    claims, _ = claims_of(extractor, text, [
        ("January", month(2024, 1)), ("Niger", place("Niger")),
        ("Mohamed Bazoum", person("bazoum", "Mohamed Bazoum", "Niger")), ("last July", month(2023, 7)),
        ("Moscow", place("Moscow", "Russia")),
    ], published="2024-06-05")
    by_kind = {c.kind: c for c in claims}
    assert by_kind["coup"].time.start == date(2023, 7, 1)
    assert by_kind["agreement"].time.start == date(2024, 1, 1)
    assert "niger" in by_kind["agreement"].participants


def test_coordinated_times_give_one_claim_each(extractor):
    text = "Mali's pivot follows the country's 2020 and 2021 military coups."
    claims, _ = claims_of(extractor, text, [("Mali", place("Mali")), ("2020", year(2020)), ("2021", year(2021))])
    assert sorted(c.time.start.year for c in claims if c.kind == "coup") == [2020, 2021]


def test_each_time_goes_to_its_nearest_event(extractor):
    text = "Mali has been under threat from terrorists since 2012 and has witnessed two military coups since 2020."
    claims, _ = claims_of(extractor, text, [
        ("Mali", place("Mali")), ("since 2012", since(2012)), ("two", figure(2, 2, "coups", "two", None)),
        ("since 2020", since(2020)),
    ], published="2022-10-04")
    by_kind = {c.kind: c for c in claims}
    assert by_kind["insurgency"].time.start.year == 2012
    assert by_kind["coup"].time.start.year == 2020
    assert [f.exact for f in by_kind["coup"].figures] == ["two"]


def test_a_clause_naming_nobody_continues_the_previous_event(extractor):
    text = ("Earlier in September, nearly 50 people were killed in an attack on a village in northern Mali. "
            "The raid was followed by intense fighting.")
    claims, mentions = claims_of(extractor, text, [
        ("September", month(2022, 9)), ("nearly 50", figure(46, 49, "people", "nearly 50")), ("Mali", place("Mali")),
    ], published="2022-10-04")
    raid = [c for c in claims if c.sentence == 1][0]
    assert raid.kind == "attack"
    assert raid.place == "Mali"
    assert raid.time is not None and raid.time.start == date(2022, 9, 1)  # "The raid": a known event


def test_figures_without_an_action_or_unit_of_the_event_are_left_out(extractor):
    text = "The two leaders agreed to forge closer ties."
    claims, _ = claims_of(extractor, text, [("two", figure(2, 2, "leaders", "two", None))])
    assert claims[0].figures == []


def test_claim_offsets_and_mentions(extractor):
    text = "Intro line.\nPutin and Goita held talks in Bamako on Monday."
    claims, mentions = claims_of(extractor, text, [
        ("Putin", PUTIN), ("Goita", GOITA), ("Bamako", place("Bamako", "Mali")), ("on Monday", day("2024-06-03")),
    ])
    claim = claims[0]
    assert text[claim.start:claim.end] == claim.text == "Putin and Goita held talks in Bamako on Monday."
    assert claim.line == 2
    assert [mentions[i].text for i in claim.mentions] == ["Putin", "Goita", "Bamako", "on Monday"]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_arbitrary_text_never_raises(extractor, text):
    doc, sentences, mentions = build("x", "2024-01-01", text, [])
    for claim in extractor.extract(doc, sentences, mentions):
        assert 0 <= claim.start <= claim.end <= len(text)
        assert text[claim.start:claim.end] == claim.text


_SCAN_WORDS = ["met", "MEET", "talks", "İn", "ſigned", "ıs", "Killed", "attack", "by phone", "CALLED", "troops in",
               "according to", "said", ",", ";", " — ", "after", "çé", "名", "\n", " ", "-"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SCAN_WORDS), max_size=40), st.integers(0, 400), st.integers(0, 400))
def test_prefix_scanners_find_what_the_patterns_find(extractor, words, a, b):
    """The literal-prefix shortcut finds exactly the matches of the pattern itself, also around
    characters whose case folding is odd (İ, ı, ſ) and inside a window of the text."""
    text = "".join(words)
    low, high = sorted((min(a, len(text)), min(b, len(text))))
    folded = fold(text)
    for _, scanner in extractor._kind_patterns:
        expected = [m.span() for m in scanner.pattern.finditer(text, low, high)]
        assert [m.span() for m in scanner.finditer(text, folded, low, high)] == expected
        first = scanner.first(text, folded, low, high)
        assert (first.span() if first else None) == (expected[0] if expected else None)
    for cue in list(extractor._scan.values()) + list(extractor._role_scanners.values()):
        expected = sorted((m.span() for p in cue.patterns for m in p.finditer(text, low, high)), key=lambda s: (s[0], -s[1]))
        assert [m.span() for m in cue.finditer(text, folded, low, high)] == expected
        first = cue.search(text, folded, low, high)
        assert (first.span() if first else None) == (expected[0] if expected else None)


# -- new event kinds, third parties, asides ------------------------------------------------

TURKEY = place("Turkey")
VAN = place("Van", "Turkey")


@pytest.mark.parametrize(
    "text, spans",
    [
        ("An earthquake of magnitude 6.4 struck Turkey's eastern province of Van late on Sunday, killing at least "
         "38 people and injuring more than 400.",
         [("Turkey", TURKEY), ("Van", VAN), ("at least 38", figure(38, None, "people", "at least 38")),
          ("more than 400", figure(400, None, "people", "more than 400", "wounded"))]),
        ("Flash floods swept through Kassala state on Friday and killed 45 people.",
         [("Kassala", place("Kassala", "Sudan")), ("45", figure(45, 45, "people", "45"))]),
    ],
)
def test_a_disaster_with_casualties_is_no_attack(extractor, text, spans):
    claims, _ = claims_of(extractor, text, spans)
    assert [c.kind for c in claims] == ["disaster"]
    assert claims[0].figures


def test_an_anonymous_toll_after_a_quake_is_the_quakes_but_a_named_attack_is_not(extractor):
    text = ("The quake struck Van on Sunday. Erdogan visited on Wednesday. More than 1,100 people were injured, "
            "AFAD said. Gunmen attacked a police post in Hakkari.")
    claims, _ = claims_of(extractor, text, [
        ("Van", VAN), ("Erdogan", person("erdogan", "Recep Tayyip Erdogan", "Turkey")),
        ("More than 1,100", figure(1100, None, "people", "More than 1,100", "wounded")),
        ("Hakkari", place("Hakkari", "Turkey")),
    ])
    assert [c.kind for c in claims] == ["disaster", "visit", "disaster", "attack"]


@pytest.mark.parametrize(
    "text, spans, kind, parties",
    [
        ("Delegations of Sudan's army and the RSF opened talks in Jeddah on Monday, Saudi and U.S. mediators said.",
         [("Sudan", place("Sudan")), ("Jeddah", place("Jeddah", "Saudi Arabia")), ("Saudi", place("Saudi Arabia", adjective=True)),
          ("U.S.", place("United States"))], "meeting", ["sudan", "jeddah"]),
        ("Armenia and Azerbaijan signed a truce brokered by Qatar on Friday.",
         [("Armenia", place("Armenia")), ("Azerbaijan", place("Azerbaijan")), ("Qatar", place("Qatar"))],
         "agreement", ["armenia", "azerbaijan"]),
        ("Talks between Sudan's army and the RSF opened in Jeddah under Saudi and American mediation.",
         [("Sudan", place("Sudan")), ("Jeddah", place("Jeddah", "Saudi Arabia")), ("Saudi", place("Saudi Arabia", adjective=True)),
          ("American", place("United States", adjective=True))], "meeting", ["sudan", "jeddah"]),
    ],
)
def test_mediators_and_hosts_are_no_parties(extractor, text, spans, kind, parties):
    claims, _ = claims_of(extractor, text, spans)
    claim = next(c for c in claims if c.kind == kind)
    assert claim.participants == parties


@pytest.mark.parametrize(
    "text, spans, absent",
    [
        ("A Pentagon spokesman denied that Hegseth had met Mosteanu in Brussels on October 15 and said the decision "
         "had been taken in Washington.",
         [("Hegseth", person("hegseth", "Pete Hegseth", "United States")), ("Mosteanu", person("mosteanu", "Ionut Mosteanu", "Romania")),
          ("Brussels", place("Brussels", "Belgium")), ("on October 15", day("2025-10-15")), ("Washington", place("Washington", "United States"))],
         "washington"),
        ("The foreign minister met his counterpart in Cairo on Monday and stressed that the plan had been drafted in Paris.",
         [("Cairo", place("Cairo", "Egypt")), ("on Monday", day("2025-03-10")), ("Paris", place("Paris", "France"))], "paris"),
    ],
)
def test_a_place_in_a_later_aside_is_no_participant(extractor, text, spans, absent):
    claims, _ = claims_of(extractor, text, spans)
    meeting = next(c for c in claims if c.kind == "meeting")
    assert absent not in meeting.participants and meeting.place in ("Brussels", "Cairo")


def test_a_speaker_who_says_he_met_someone_takes_part(extractor):
    text = "Defence Minister Ionut Mosteanu said he had met Pete Hegseth in Brussels on October 15."
    claims, _ = claims_of(extractor, text, [
        ("Ionut Mosteanu", person("mosteanu", "Ionut Mosteanu", "Romania")),
        ("Pete Hegseth", person("hegseth", "Pete Hegseth", "United States")),
        ("Brussels", place("Brussels", "Belgium")), ("on October 15", day("2025-10-15")),
    ])
    assert claims[0].kind == "meeting" and claims[0].participants[:2] == ["mosteanu", "hegseth"]


@pytest.mark.parametrize(
    "text, figure_text",
    [
        ("About 1,200 U.S. troops will remain in Romania after the withdrawal of a brigade.", "About 1,200"),
        ("The brigade leaves next month, leaving about 1,000 soldiers in Poland.", "about 1,000"),
    ],
)
def test_troops_that_remain_are_a_troop_level(extractor, text, figure_text):
    claims, _ = claims_of(extractor, text, [(figure_text, figure(None, None, "troops", figure_text, None))])
    assert any(c.kind == "deployment" and c.figures for c in claims)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("President Lazarus Chakwera conceded defeat on Wednesday evening.", "concession"),
        ("She was re-elected with 61 percent of the vote in March.", "election"),
        ("Mutharika was sworn in at Kamuzu Stadium on Saturday.", "inauguration"),
        ("The army and the RSF have been at war since April 2023.", "war"),
    ],
)
def test_election_swearing_in_and_war_claims(extractor, text, kind):
    claims, _ = claims_of(extractor, text, [])
    assert kind in [c.kind for c in claims]


@pytest.mark.parametrize(
    "text, spans, kind",
    [
        ("Mutharika, who led Malawi from 2014 to 2020, is due to be sworn in within weeks.",
         [("Malawi", place("Malawi")), ("from 2014 to 2020", year(2014))], "inauguration"),
        ("The accord, which was first drafted in 2019, was signed in Nairobi.",
         [("in 2019", year(2019)), ("Nairobi", place("Nairobi", "Kenya"))], "agreement"),
    ],
)
def test_a_time_in_a_relative_clause_is_not_the_events(extractor, text, spans, kind):
    claims, _ = claims_of(extractor, text, spans)
    assert next(c for c in claims if c.kind == kind).time is None
