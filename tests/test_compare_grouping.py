"""Grouping rules of compare: the same event told twice against a similar event (ECB+'s pairs:
another person's death, another day's pirate attack), each with small articles of our own."""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import day, extracted, figure, month, person, place, year
from crosscheck.compare import compare
from crosscheck.models import TimeValue
from crosscheck.pipeline import extract_documents


def grouped(result) -> list[tuple[str, tuple[str, ...]]]:
    """The findings that say several articles tell one event."""
    return sorted((f.kind, tuple(f.documents)) for f in result.findings if f.kind in ("agreement", "contradiction", "change"))


def guessed_day(iso: str) -> TimeValue:
    """A weekday of an undated article, resolved against the run's median publication date."""
    d = date.fromisoformat(iso)
    return TimeValue(start=d, end=d, granularity="day", anchor="corpus")


FELT = person("mark-felt", "Mark Felt", "United States")
LARUE = person("fred-larue", "Fred LaRue", "United States")
NIXON = person("richard-nixon", "Richard Nixon", "United States")


def test_a_death_told_without_a_name_does_not_join_another_persons_death(extractor, rules):
    """The first account names nobody ("A former official died"): Felt's and LaRue's deaths
    two days apart both match it, yet the people named tell two deaths."""
    a = extracted(extractor, "a", "2008-12-19", "A former FBI official died in the United States on Thursday.",
                  [("United States", place("United States")), ("on Thursday", day("2008-12-18"))])
    b = extracted(extractor, "b", "2008-12-19", "Mark Felt died in the United States on Thursday.",
                  [("Mark Felt", FELT), ("United States", place("United States")), ("on Thursday", day("2008-12-18"))])
    c = extracted(extractor, "c", "2008-12-21", "Fred LaRue died in the United States on Saturday.",
                  [("Fred LaRue", LARUE), ("United States", place("United States")), ("on Saturday", day("2008-12-20"))])
    found = grouped(compare([a, b, c], rules))
    assert found == [("agreement", ("a", "b"))]


def test_a_person_both_deaths_mention_in_passing_does_not_make_them_one(extractor, rules):
    """Both sentences name Nixon, but each death is about its own man: the people most of an
    event's articles name (Felt) are the ones an account must share."""
    a = extracted(extractor, "a", "2008-12-19", "Mark Felt, who helped bring down Richard Nixon, died on Thursday.",
                  [("Mark Felt", FELT), ("Richard Nixon", NIXON), ("on Thursday", day("2008-12-18"))])
    b = extracted(extractor, "b", "2008-12-19", "Mark Felt died at his home on Thursday.",
                  [("Mark Felt", FELT), ("on Thursday", day("2008-12-18"))])
    c = extracted(extractor, "c", "2008-12-21", "Fred LaRue, an aide of Richard Nixon, died on Saturday.",
                  [("Fred LaRue", LARUE), ("Richard Nixon", NIXON), ("on Saturday", day("2008-12-20"))])
    found = grouped(compare([a, b, c], rules))
    assert found == [("agreement", ("a", "b"))]


def test_an_account_sharing_the_person_still_joins_with_another_name_beside(extractor, rules):
    a = extracted(extractor, "a", "2008-12-19", "Mark Felt died on Thursday.",
                  [("Mark Felt", FELT), ("on Thursday", day("2008-12-18"))])
    b = extracted(extractor, "b", "2008-12-19", "Mark Felt, who helped bring down Richard Nixon, died on Thursday.",
                  [("Mark Felt", FELT), ("Richard Nixon", NIXON), ("on Thursday", day("2008-12-18"))])
    assert grouped(compare([a, b], rules)) == [("agreement", ("a", "b"))]


_PIRATES = {  # two wordings, so that the two articles are two sources, not one story copied
    "a": "The Indian navy repulsed a pirate attack in the Gulf of Aden on {}.",
    "b": "Somali pirates were beaten off by an Indian warship after an attack on a tanker on {}, officials said.",
}


def pirates(extractor, doc_id, published, weekday, when):
    text = _PIRATES[doc_id].format(weekday)
    return extracted(extractor, doc_id, published, text,
                     [("Indian", place("India", adjective=True)), (f"on {weekday}", when)])


def test_a_guessed_day_a_few_days_from_a_dated_one_is_another_event(extractor, rules):
    """An undated article's "Saturday" is placed by the run's median, not by its own date: it
    may be years away, so it is no date contradiction with the dated attack of Thursday."""
    a = pirates(extractor, "a", None, "Saturday", guessed_day("2011-11-05"))
    b = pirates(extractor, "b", "2011-11-11", "Thursday", day("2011-11-10"))
    assert grouped(compare([a, b], rules)) == []


def test_a_guessed_day_on_the_dated_day_does_not_date_the_event(extractor, rules):
    """The same weekday is all the guessed day tells: with nothing but the country in common,
    the undated attack is not the dated one."""
    a = pirates(extractor, "a", None, "Thursday", guessed_day("2011-11-10"))
    b = pirates(extractor, "b", "2011-11-11", "Thursday", day("2011-11-10"))
    assert grouped(compare([a, b], rules)) == []


def test_dated_days_a_few_apart_still_contradict(extractor, rules):
    a = pirates(extractor, "a", "2011-11-11", "Saturday", day("2011-11-05"))
    b = pirates(extractor, "b", "2011-11-11", "Thursday", day("2011-11-10"))
    assert grouped(compare([a, b], rules)) == [("contradiction", ("a", "b"))]


PAGE = person("bettie-page", "Bettie Page")
LOS_ANGELES = place("Los Angeles", "United States")


def obituary(extractor, doc_id, text, when_text, when):
    return extracted(extractor, doc_id, None, text,
                     [("Bettie Page", PAGE), ("Los Angeles", LOS_ANGELES), (when_text, when)])


def test_undated_accounts_with_different_guessed_days_still_join_on_their_people(extractor, rules):
    """Two undated obituaries: "yesterday" and "Thursday" resolve against the run's median to
    two different days, which tell nothing; the person and the town they share do."""
    a = obituary(extractor, "a", "Bettie Page died yesterday at a hospital in Los Angeles.", "yesterday",
                 guessed_day("2013-05-16"))
    b = obituary(extractor, "b", "Pin-up model Bettie Page died of pneumonia in Los Angeles on Thursday, her agent said.",
                 "on Thursday", guessed_day("2013-06-06"))
    assert grouped(compare([a, b], rules)) == [("agreement", ("a", "b"))]


def test_undated_accounts_with_different_real_days_stay_apart(extractor, rules):
    """The control: the same accounts with days of their own, three weeks apart, are two events."""
    a = obituary(extractor, "a", "Bettie Page died yesterday at a hospital in Los Angeles.", "yesterday",
                 day("2013-05-16"))
    b = obituary(extractor, "b", "Pin-up model Bettie Page died of pneumonia in Los Angeles on Thursday, her agent said.",
                 "on Thursday", day("2013-06-06"))
    assert grouped(compare([a, b], rules)) == []


PUTIN = person("vladimir-putin", "Vladimir Putin", "Russia")


def test_a_matching_account_is_found_however_many_accounts_of_the_person_come_between(extractor, rules):
    """Open events are compared by time, not by file order: seventy articles about Putin on
    seventy other days between two reports of one opening do not hide one from the other."""
    def opening(doc_id, when, schools, text="Vladimir Putin toured {schools} new schools in the region on {day}, officials said."):
        text = text.format(schools=schools, day=f"{when:%B} {when.day}")
        return extracted(extractor, doc_id, when.isoformat(), text,
                         [("Vladimir Putin", PUTIN), (f"{when:%B} {when.day}", day(when.isoformat())),
                          (schools, figure(int(schools), int(schools), "schools", schools, event=None))])

    first = date(2024, 1, 1)
    others = [opening(f"b{i:03d}", date.fromordinal(first.toordinal() + 3 * (i + 1)), "12") for i in range(70)]
    docs = [opening("a000", first, "23"), *others, opening("z999", first, "23", "On {day} Vladimir Putin toured {schools} schools built this year, the governor's office said.")]
    found = {f.documents[0]: f.documents for f in compare(docs, rules).findings if f.kind == "agreement"}
    assert found.get("a000") == ["a000", "z999"]


def test_undated_accounts_on_the_same_guessed_day_weigh_a_little_more(extractor, rules):
    """Two undated obituaries whose days resolve to the same day against the run's median name
    the same day relative to their coverage: weak evidence, like a shared publication window,
    that with a name most articles carry tips them into one event; other guessed days do not."""
    def obituary_on(doc_id, text, when_text, when):
        return extracted(extractor, doc_id, None, text, [("Bettie Page", PAGE), (when_text, when)])

    def collection(second_day):
        return [
            obituary_on("a", "Bettie Page died yesterday, her agent said.", "yesterday", guessed_day("2013-06-06")),
            obituary_on("b", "Pin-up model Bettie Page died of pneumonia on Thursday.", "on Thursday", guessed_day(second_day)),
            extracted(extractor, "c", "1955-06-01", "Bettie Page posed for a photographer in Miami in 1955.",
                      [("Bettie Page", PAGE), ("in 1955", TimeValue(start=date(1955, 1, 1), end=date(1955, 12, 31), granularity="year"))]),
            extracted(extractor, "d", "2013-06-07", "The museum opened a new wing on Friday.", [("on Friday", day("2013-06-07"))]),
        ]
    assert grouped(compare(collection("2013-06-06"), rules)) == [("agreement", ("a", "b"))]
    assert grouped(compare(collection("2013-06-13"), rules)) == []


MBA = person("leon-mba", "Leon Mba", "Gabon")


def coup(extractor, doc_id, published, text, when_text, when):
    return extracted(extractor, doc_id, published, text,
                     [("Gabon", place("Gabon")), ("Leon Mba", MBA), (when_text, when)])


def test_a_one_off_event_two_sources_date_differently_is_not_single_source(extractor, rules):
    """The ousting of one named president happens once: "July 2021" in one outlet and "August
    2021" in another is one coup told by two sources with conflicting dates (a contradiction),
    not two coups each reported by one source."""
    a = coup(extractor, "a", "2025-03-01", "Soldiers in Gabon seized power in July 2021, ousting President Leon Mba.",
             "July 2021", month(2021, 7))
    b = coup(extractor, "b", "2025-04-02", "Officers in Gabon ousted President Leon Mba in a coup in August 2021.",
             "August 2021", month(2021, 8))
    kinds = sorted((f.kind, tuple(f.documents)) for f in compare([a, b], rules).findings)
    assert ("contradiction", ("a", "b")) in kinds
    assert not [k for k in kinds if k[0] == "single_source"]


def test_a_coup_only_one_source_tells_is_still_single_source(extractor, rules):
    a = coup(extractor, "a", "2025-03-01", "Soldiers in Gabon seized power in July 2021, ousting President Leon Mba.",
             "July 2021", month(2021, 7))
    assert [(f.kind, f.documents) for f in compare([a], rules).findings] == [("single_source", ["a"])]


def quake_story(extractor, doc_id, published, lead, recalled):
    """A quake story: its lead on the new quake, then a sentence recalling an older one."""
    text = f"An earthquake struck eastern Turkey {lead[0]}, killing at least 38 people. Officials said rescue work went on. " \
           f"The region was struck by a magnitude 7.1 earthquake {recalled[0]} that killed more than 600 people."
    return extracted(extractor, doc_id, published, text,
                     [("Turkey", place("Turkey")), lead, ("38 people", figure(38, None, "people", "at least 38")),
                      recalled, ("600 people", figure(601, None, "people", "more than 600"))])


def test_an_earlier_quake_a_quake_story_recalls_is_single_source_only_with_something_to_check(extractor, rules):
    """"The region was struck by a 7.1 earthquake in October 2011 that killed more than 600
    people" in a story about Sunday's quake is background, but its toll is a fact only this
    source gives: a single-source claim (news.telling_recalls). The same recall with no figure
    and no one named is the writer's comparison, not news."""
    a = quake_story(extractor, "a", "2025-10-13", ("on Sunday", day("2025-10-12")), ("in October 2011", month(2011, 10)))
    found = [(f.kind, f.subject) for f in compare([a], rules).findings]
    assert [s for k, s in found if k == "single_source" and "2011" in s] == ["natural disaster: turkey @ 2011-10"]
    assert [s for k, s in found if k == "single_source" and "2025-10-12" in s]
    bare = extracted(extractor, "b", "2025-10-13",
                     "An earthquake struck eastern Turkey on Sunday, killing at least 38 people. Officials said rescue "
                     "work went on. The region was also struck by an earthquake in October 2011.",
                     [("Turkey", place("Turkey")), ("on Sunday", day("2025-10-12")),
                      ("38 people", figure(38, None, "people", "at least 38")), ("in October 2011", month(2011, 10))])
    found = [(f.kind, f.subject) for f in compare([bare], rules).findings]
    assert [s for k, s in found if k == "single_source" and "2011" in s] == []


def test_two_stories_recalling_one_earlier_quake_do_not_agree_on_it(extractor, rules):
    a = quake_story(extractor, "a", "2025-10-13", ("on Sunday", day("2025-10-12")), ("in October 2011", month(2011, 10)))
    b = extracted(extractor, "b", "2025-10-14",
                  "A strong earthquake hit eastern Turkey late on Sunday, officials said. Schools were closed. "
                  "Families still remember the earthquake of October 2011, which killed hundreds in the region.",
                  [("Turkey", place("Turkey")), ("late on Sunday", day("2025-10-12")), ("October 2011", month(2011, 10))])
    found = [(f.kind, f.subject) for f in compare([a, b], rules).findings]
    assert not [s for k, s in found if "2011" in s]
    assert [s for k, s in found if k == "agreement" and "2025-10-12" in s]


def test_a_recalled_quake_still_agrees_with_a_story_that_reported_it(extractor, rules):
    """The background account joins the account of a story of the time: two sources tell that quake."""
    a = quake_story(extractor, "a", "2025-10-13", ("on Sunday", day("2025-10-12")), ("in October 2011", month(2011, 10)))
    old = extracted(extractor, "old", "2011-10-24", "A magnitude 7.1 earthquake struck eastern Turkey on Sunday, officials said.",
                    [("Turkey", place("Turkey")), ("on Sunday", day("2011-10-23"))])
    found = [(f.kind, tuple(f.documents), f.subject) for f in compare([a, old], rules).findings]
    assert [f for f in found if f[0] == "agreement" and f[1] == ("a", "old")]


def test_an_earlier_event_of_another_kind_stays_the_storys_own_claim(extractor, rules):
    """A leader's last visit, recalled in a story about a meeting, is a claim of the story."""
    a = extracted(extractor, "a", "2024-09-10",
                  "Ghana's president met the Ivorian president in Abidjan on Monday. They discussed trade. "
                  "The Ghanaian president last visited Abidjan in March 2023.",
                  [("Ghana", place("Ghana")), ("Ivorian", place("Ivory Coast", adjective=True)), ("Abidjan", place("Abidjan", "Ivory Coast")),
                   ("on Monday", day("2024-09-09")), ("Ghanaian", place("Ghana", adjective=True)), ("Abidjan#2", place("Abidjan", "Ivory Coast")),
                   ("March 2023", month(2023, 3))])
    found = [(f.kind, f.subject) for f in compare([a], rules).findings]
    assert [s for k, s in found if k == "single_source" and "2023-03" in s]


def withdrawal_story(extractor, doc_id, published, text, spans):
    return extracted(extractor, doc_id, published, text,
                     [("United States", place("United States")), ("Romania", place("Romania"))] + spans)


def test_an_event_another_source_tells_without_a_date_is_not_single_source(extractor, rules):
    """"The withdrawal will be completed by the end of the year" (dated) and "after the
    withdrawal of a brigade", undated, in another outlet published that year: two sources tell
    the withdrawal, though only one dates it."""
    a = withdrawal_story(extractor, "a", "2025-10-29", "The United States will withdraw a brigade from Romania by the end of 2025.",
                         [("2025", year(2025))])
    b = withdrawal_story(extractor, "b", "2025-11-12",
                         "Officials in Romania spoke after the withdrawal of a United States brigade, a spokesman said.", [])
    assert [f for f in compare([a, b], rules).findings if f.kind == "single_source"] == []


def test_an_undated_account_published_long_after_the_event_does_not_corroborate_it(extractor, rules):
    a = withdrawal_story(extractor, "a", "2025-10-29", "The United States will withdraw a brigade from Romania by the end of 2025.",
                         [("2025", year(2025))])
    b = withdrawal_story(extractor, "b", "2029-11-12",
                         "Officials in Romania spoke after the withdrawal of a United States brigade, a spokesman said.", [])
    assert [f.documents for f in compare([a, b], rules).findings if f.kind == "single_source"] == [["a"]]


def test_an_undated_account_of_other_countries_does_not_corroborate(extractor, rules):
    a = withdrawal_story(extractor, "a", "2025-10-29", "The United States will withdraw a brigade from Romania by the end of 2025.",
                         [("2025", year(2025))])
    b = extracted(extractor, "b", "2025-11-12", "Officials in Niger spoke after the withdrawal of a French brigade, a spokesman said.",
                  [("Niger", place("Niger")), ("French", place("France", adjective=True))])
    assert [f.documents for f in compare([a, b], rules).findings if f.kind == "single_source"] == [["a"]]


_DEATH = {  # two wordings, so that the two articles are two sources
    "a": "A 78-year-old man was found dead in {} in Greece on {}.",
    "b": "The body of a shepherd, found dead near {} in Greece on {}, was taken to Athens.",
}
_DAYS = {"Sunday": "2026-07-19", "Tuesday": "2026-07-21"}


def death(extractor, doc_id: str, town: str | None, weekday: str):
    where = town or "a village"
    spans = [("Greece", place("Greece")), (f"on {weekday}", day(_DAYS[weekday]))]
    if town:
        spans.append((town, place(town, "Greece")))
    return extracted(extractor, doc_id, "2026-07-22", _DEATH[doc_id].format(where, weekday), spans)


@pytest.mark.parametrize("town_a, town_b, dates_clash", [
    ("Kineta", "Vilia", False),  # each death at its own village: two victims of one fire
    ("Kineta", "Kineta", True),  # one village, two days: one death told with two dates
    ("Kineta", None, True),  # nothing tells the victims apart
    (None, None, True),
])
def test_deaths_at_different_places_are_two_victims_not_two_dates(extractor, rules, town_a, town_b, dates_clash):
    """Two deaths of one event (a wildfire's first and third victims) found in two villages on
    two days are two accounts; a date contradiction needs nothing telling the victims apart."""
    a = death(extractor, "a", town_a, "Sunday")
    b = death(extractor, "b", town_b, "Tuesday")
    clashes = [f for f in compare([a, b], rules).findings if f.kind == "contradiction" and f.subject.endswith("| date")]
    assert bool(clashes) == dates_clash


def test_a_recall_whose_sentence_gives_a_figure_on_another_event_word_is_single_source(extractor, rules):
    """"In June 2024, an attack on a pathology provider forced the postponement of more than
    10,000 appointments" in a story about Tuesday's attack: the count sits on "postponement",
    not on "attack", yet it is the recalled attack's fact, one only this source gives."""
    text = ("Hackers attacked a hospital trust in Britain on Tuesday, the trust said. Staff went back to paper. "
            "In June 2024, an attack on a pathology provider in Britain forced the postponement of more than "
            "10,000 appointments.")
    a = extracted(extractor, "a", "2026-11-11", text,
                  [("Britain", place("United Kingdom")), ("on Tuesday", day("2026-11-10")),
                   ("Britain#2", place("United Kingdom")), ("June 2024", month(2024, 6)),
                   ("10,000 appointments", figure(10001, None, "appointments", "more than 10,000", event=None))])
    found = [f.subject for f in compare([a], rules).findings if f.kind == "single_source"]
    assert [s for s in found if "2024" in s]


_TWO_ACTS = {  # each source tells a shooting on 20 June and a killing on 24 June
    "a": "A deputy was killed in Hawaiian Gardens in the United States on {} while investigating a man wounded on {}.",
    "b": "Police said a man was wounded in the United States on {}, and a deputy was killed there on {}.",
}


@pytest.mark.parametrize("a_days, b_days, dates_clash", [
    (("June 24", "June 20"), ("June 20", "June 24"), False),  # both sources give both days: two acts
    (("June 24", "June 20"), ("June 20", "June 25"), True),  # b's 25 June is a day a never gives
])
def test_two_sources_that_each_give_both_days_tell_two_acts(extractor, rules, a_days, b_days, dates_clash):
    """"killed June 24 while investigating a June 20 shooting" and "the June 24 murder and on June
    20, when a man was shot": no source puts one act on another day than the other does."""
    iso = {"June 20": "2005-06-20", "June 24": "2005-06-24", "June 25": "2005-06-25"}
    docs = []
    for doc_id, days in (("a", a_days), ("b", b_days)):
        spans = [("United States", place("United States"))] + [(f"on {d}", day(iso[d])) for d in days]
        docs.append(extracted(extractor, doc_id, "2005-06-26", _TWO_ACTS[doc_id].format(*days), spans))
    clashes = [f for f in compare(docs, rules).findings if f.kind == "contradiction" and f.subject.endswith("| date")]
    assert bool(clashes) == dates_clash


@pytest.mark.parametrize("b_text, b_spans, joined", [
    # a year and a country alone do not make one death of two accounts
    ("A man was killed in Burkina Faso in 2024, police said.", [("in 2024", year(2024))], False),
    # the same village (or person) does
    ("A man was killed in Barsalogho in Burkina Faso in 2024, police said.",
     [("in 2024", year(2024)), ("Barsalogho", place("Barsalogho", "Burkina Faso"))], True),
])
def test_a_year_and_a_country_alone_never_join_two_deaths(extractor, rules, b_text, b_spans, joined):
    a = extracted(extractor, "a", "2024-08-26", "Gunmen killed a farmer in Barsalogho in Burkina Faso on Saturday.",
                  [("Barsalogho", place("Barsalogho", "Burkina Faso")), ("Burkina Faso", place("Burkina Faso")),
                   ("on Saturday", day("2024-08-24"))])
    b = extracted(extractor, "b", "2024-09-30", b_text, [("Burkina Faso", place("Burkina Faso"))] + b_spans)
    assert (("agreement", ("a", "b")) in grouped(compare([a, b], rules))) == joined


@pytest.mark.parametrize("b_toll, joined", [
    (("more than 150 people", figure(151, 199, "people", "more than 150")), True),  # one toll, told two ways
    (("dozens of people", figure(24, 99, "people", "dozens of")), False),  # too vague to tell one event
    (("40 people", figure(40, 40, "people", "40")), False),  # another toll: another outbreak
])
def test_two_recalls_of_one_year_join_only_on_one_telling_toll(extractor, rules, b_toll, joined):
    """"An outbreak in Cameroon in 2021 killed 153 people" and "... more than 150": a year and a
    country with one toll of many, both narrowly told, is one past event; a vague toll or another
    toll is not."""
    a = extracted(extractor, "a", "2026-08-12", "An outbreak in Cameroon in 2021 killed 153 people, the ministry said.",
                  [("Cameroon", place("Cameroon")), ("in 2021", year(2021)), ("153 people", figure(153, 153, "people", "153"))])
    b = extracted(extractor, "b", "2026-08-14", f"An outbreak in Cameroon in 2021 killed {b_toll[0]}, officials said.",
                  [("Cameroon", place("Cameroon")), ("in 2021", year(2021)), b_toll])
    assert (("agreement", ("a", "b")) in grouped(compare([a, b], rules))) == joined


_FIRE = {  # one fire, told by English and French sources, two wordings each (two sources); {} is the victim's sentence
    "en": ("Megara: the latest", "July 21, 2026",
           ("{} The fire burned pine forest west of Athens, the fire service said.",
            "Strong winds fanned the flames towards the coast overnight. {} Four villages were emptied.")),
    "fr": ("Mégare : le point", "21 juillet 2026",
           ("{} L'incendie a brûlé une forêt de pins à l'ouest d'Athènes, ont annoncé les pompiers.",
            "Des vents violents ont poussé les flammes vers la côte. {} Quatre villages ont été évacués.")),
}


@pytest.mark.parametrize("victim_a, victim_b, dates_clash", [
    # a man and a woman: two victims of one fire, not one death on two days
    (("en", "A 78-year-old man was found dead in his home in Greece on Sunday."),
     ("fr", "Une femme de 64 ans est morte lundi en Grèce."), False),
    (("en", "A 78-year-old man was found dead in his home in Greece on Sunday."),
     ("en", "A 64-year-old woman died in Greece on Monday."), False),
    (("fr", "Un garçon de 12 ans est mort dimanche en Grèce."),
     ("en", "A 9-year-old girl died in Greece on Monday."), False),
    # one man in both languages, two days: one death told with two dates
    (("en", "A 78-year-old man was found dead in his home in Greece on Sunday."),
     ("fr", "Un homme de 78 ans est mort lundi en Grèce."), True),
    # nothing tells the victims apart: a victim of no stated sex, or an account of both, may be either
    (("en", "A 70-year-old man and a 64-year-old woman died in Greece on Sunday."),
     ("fr", "Une femme de 64 ans est morte lundi en Grèce."), True),
    (("en", "A 78-year-old man was found dead in his home in Greece on Sunday."),
     ("en", "A 59-year-old shepherd died in Greece on Monday."), True),
])
def test_deaths_of_people_of_different_sexes_are_two_victims_not_two_dates(news_folder, rules, victim_a, victim_b,
                                                                           dates_clash):
    """Two deaths of one fire whose victims are described by different sexes ("a 78-year-old
    man", "une femme de 64 ans") are two deaths: their days never contradict each other."""
    stories = {}
    for wording, (stem, (language, sentence)) in enumerate(zip("ab", (victim_a, victim_b))):
        headline, published, bodies = _FIRE[language]
        stories[stem] = (headline, published, bodies[wording].format(sentence))
    docs, _ = extract_documents([news_folder("fire", stories)], rules)
    clashes = [f for f in compare(docs, rules).findings if f.kind == "contradiction" and f.subject.endswith("| date")]
    assert bool(clashes) == dates_clash


_DISPLACED = "The region also hosts some 20,000 people displaced by attacks of armed groups."


@pytest.mark.parametrize("a_deaths, b_deaths, joined_attack", [
    # deaths of an outbreak: the region's violence in a background sentence is another happening
    ("Five people have died of cholera in Cameroon since the outbreak was declared.",
     "Nine people have died of cholera in Cameroon, health officials said.", False),
    # a toll told without a cause still counts the region's attack (it is that attack's toll)
    ("The death toll in Cameroon rose to five, officials said.",
     "The death toll in Cameroon rose to nine, officials said.", True),
])
def test_background_violence_does_not_join_the_deaths_of_an_outbreak(extractor, rules, a_deaths, b_deaths, joined_attack):
    """A background sentence about violence in the region ("people displaced by attacks of armed
    groups"), undated and sharing only the country, does not join deaths of a named non-violent
    cause: the outbreak's deaths stay one event, named "deaths", without the attack."""
    a = extracted(extractor, "a", "2026-08-11", f"{a_deaths} {_DISPLACED}",
                  [("Cameroon", place("Cameroon")), ("Five" if "Five" in a_deaths else "five", figure(5, 5, "people", "five")),
                   ("some 20,000", figure(20000, 20000, "people", "some 20,000", "displaced"))])
    b = extracted(extractor, "b", "2026-08-14", b_deaths,
                  [("Cameroon", place("Cameroon")), ("Nine" if "Nine" in b_deaths else "nine", figure(9, 9, "people", "nine"))])
    told = [f for f in compare([a, b], rules).findings if set(f.documents) == {"a", "b"}]
    assert told, "the two sources' deaths are one event"
    assert all(("attack" in f.summary) == joined_attack for f in told), [f.summary for f in told]
