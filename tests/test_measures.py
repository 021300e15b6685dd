"""Figure findings compare one measure as of one time, and name both (issue 15, item 7)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck.compare.measures import AsOf, FigureTimes, measure_label
from crosscheck.models import QuantityValue
from crosscheck.pipeline import check
from crosscheck.rules import load_rules


def articles(tmp_path: Path, texts: dict[str, tuple[str, str]]) -> list[Path]:
    """Write one article per name: (publication line, body)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, (published, body) in texts.items():
        (folder / f"{name}.txt").write_text(f"{name.title()} report\n\nPublished: {published}\n\n{body}\n", encoding="utf-8")
    return [folder]


def figure_findings(report):
    return [f for f in report.findings if "| figures" in f.subject]


def test_troops_stationed_withdrawn_and_remaining_are_not_one_contradiction(tmp_path):
    """Three measures or three times: the level before the pull-out, the count withdrawn so far
    and the level still there months later never clash with each other."""
    report = check(articles(tmp_path, {
        "before": ("May 20, 2024", "The United States began pulling its troops out of Niger on Sunday, the Pentagon said. "
                                   "About 1,100 US troops were stationed in Niger before the withdrawal began."),
        "during": ("July 8, 2024", "The Pentagon said on Monday that about 600 US troops have been withdrawn from Niger so far. "
                                   "Around 500 US troops remain in Niger, officials said."),
        "after": ("September 16, 2024", "The last US soldiers left Niger on Sunday. At its peak, the US had some 1,100 troops in Niger."),
    }))
    assert [f for f in report.findings if f.kind in ("contradiction", "change")] == []
    assert not [f for f in report.findings if f.kind == "agreement" and "troop" in f.subject]


def test_levels_of_one_measure_as_of_one_day_contradict_and_name_measure_and_date(tmp_path):
    report = check(articles(tmp_path, {
        "first": ("July 8, 2024", "Around 500 US troops remain in Niger, officials said."),
        "second": ("July 9, 2024", "Some 900 US troops remain in Niger, officials said."),
    }))
    [finding] = figure_findings(report)
    assert finding.kind == "contradiction"
    assert "troops remaining" in finding.subject and "troops remaining" in finding.summary
    assert {(v.document, v.measure, v.as_of) for v in finding.values} == {
        ("first", "troops remaining", "2024-07-08"), ("second", "troops remaining", "2024-07-09")}
    assert all(f"(as of {v.as_of})" in v.value for v in finding.values)


def test_a_level_dated_in_its_sentence_holds_as_of_that_date(tmp_path):
    """Published a day apart, but one level is told as of March: a change, not a contradiction."""
    report = check(articles(tmp_path, {
        "march": ("July 8, 2024", "In March, some 1,100 US troops were stationed in Niger, officials said."),
        "july": ("July 9, 2024", "About 500 US troops are stationed in Niger, officials said."),
    }))
    [finding] = figure_findings(report)
    assert finding.kind == "change"
    assert {v.document: v.as_of for v in finding.values} == {"march": "2024-03", "july": "2024-07-09"}


def test_a_rising_toll_and_a_rising_count_of_injured_are_two_changes(tmp_path):
    """Each measure of one disaster is its own finding, never one list of every figure."""
    report = check(articles(tmp_path, {
        "early": ("October 13, 2025", "An earthquake struck Turkey's Van province late on Sunday, killing at least 38 people "
                                      "and injuring more than 400, the disaster agency said on Monday."),
        "later": ("October 16, 2025", "The death toll from the earthquake that struck Turkey's Van province late on Sunday, "
                                      "October 12, has risen to 212, the disaster agency said on Thursday. "
                                      "More than 1,100 people were injured, the agency said."),
    }))
    changes = sorted((f.subject.rsplit("figures of ", 1)[-1], {v.measure for v in f.values})
                     for f in figure_findings(report) if f.kind == "change")
    assert changes == [("people killed", {"people killed"}), ("people wounded", {"people wounded"})]


def test_measure_names_what_is_counted_and_what_happened_to_it():
    def q(noun, event):
        return QuantityValue(low=1, high=1, unit=noun, exact="1", noun=noun, event=event)

    assert measure_label(q("troops", "withdrawn")) == "troops withdrawn"
    assert measure_label(q("troops", "previous level")) == "previous level of troops"
    assert measure_label(q("turnout", "turnout")) == "turnout"
    assert measure_label(q("magnitude", None)) == "magnitude"


def test_as_of_times_apart_count_the_days_between_them():
    march, july = AsOf("2024-03", 738951, 738981), AsOf("2024-07-09", 739076, 739076)
    assert march.gap_days(july) == 95 and july.gap_days(march) == 95
    assert march.gap_days(AsOf("undated")) == 0


@pytest.mark.parametrize("language", ["en", "fr"])
def test_figure_time_cues_match_their_examples(language):
    [times] = [f for f in load_rules().get("figure_times", language) if f.language == language]
    assert isinstance(times, FigureTimes)
    for cues in (times.past, times.present):
        for text in cues.examples.match:
            assert cues.search(text), text
        for text in cues.examples.no_match:
            assert not cues.search(text), text


def test_a_floor_then_a_higher_toll_days_later_is_a_change(tmp_path):
    """"At least 23" is 23 and up: 41 three days later is a rise of the reported toll, and
    "Nineteen" the same day lies below the floor (a contradiction)."""
    report = check(articles(tmp_path, {
        "first": ("May 4, 2027", "At least 23 people were killed when floods swept through southern Malawi on Wednesday, "
                                 "the Red Cross said."),
        "second": ("May 7, 2027", "The number of people killed in floods in southern Malawi on Wednesday has risen to 41, "
                                  "the Red Cross said."),
    }))
    [finding] = figure_findings(report)
    assert finding.kind == "change" and "people killed" in finding.subject
    assert {v.document: v.as_of for v in finding.values} == {"first": "2027-05-04", "second": "2027-05-07"}


def test_a_figure_of_state_stands_for_its_articles_main_event(tmp_path):
    """"More than 8,000 people have been displaced" names no participant and no time: it is the
    flood's, as of the report, and compares with the other source's count of the displaced."""
    report = check(articles(tmp_path, {
        "first": ("May 4, 2027", "Floods in southern Malawi killed 12 people and displaced some 3,000 on Wednesday, "
                                 "the Red Cross said."),
        "second": ("May 20, 2027", "Floods in southern Malawi killed 12 people on May 3, the Red Cross said on Monday.\n\n"
                                   "More than 8,000 people have been displaced, officials said."),
    }))
    [finding] = [f for f in figure_findings(report) if "displaced" in f.subject]
    assert finding.kind == "change"
    assert {(v.document, v.as_of) for v in finding.values} == {("first", "2027-05-04"), ("second", "2027-05-20")}
    assert any("have been displaced" in q.text for q in finding.quotes)


def test_a_figure_of_state_never_replaces_a_measure_its_article_gives(tmp_path):
    """The article's own count for the event stands; a wider count of the same measure later in
    it ("tens of thousands displaced across the region") is not read as a second count of it."""
    report = check(articles(tmp_path, {
        "first": ("May 4, 2027", "Floods in southern Malawi displaced some 3,000 people on Wednesday, the Red Cross said."),
        "second": ("May 5, 2027", "Floods in southern Malawi displaced some 3,000 people on Wednesday, the Red Cross said.\n\n"
                                  "Tens of thousands of people have been displaced across the region, officials said."),
    }))
    assert figure_findings(report) == []


def test_a_preliminary_count_then_the_final_count_is_a_change(tmp_path):
    """Election-night returns ("with 97 per cent of polling stations reporting, according to
    preliminary results") are a count under way: the final count a day later differs from them
    without contradicting them, as a running toll does."""
    report = check(articles(tmp_path, {
        "night": ("May 10, 2027", "Marie Tremblay won Sunday's mayoral election in Sherbrooke with 23,870 votes, with 97 per "
                                  "cent of polling stations reporting, according to preliminary results."),
        "morning": ("May 11, 2027", "Marie Tremblay won Sunday's mayoral election in Sherbrooke with 24,318 votes, "
                                    "the city said on Monday."),
    }))
    vote_findings = [f for f in figure_findings(report) if f.kind in ("contradiction", "change")]
    assert vote_findings and all(f.kind == "change" for f in vote_findings)


def test_a_threshold_lends_its_measure_to_no_bare_count(tmp_path):
    """"The 233 votes needed" is what the result is measured against: the results 247 and 281
    contradict each other, and neither is a rival of the threshold."""
    report = check(articles(tmp_path, {
        "wire": ("October 1, 2026", "Lawmakers voted on Thursday to oust Prime Minister John Doe, with 247 votes, "
                                    "well above the 233 votes needed."),
        "site": ("October 1, 2026", "Lawmakers voted on Thursday to oust Prime Minister John Doe with 281 votes."),
    }))
    [finding] = figure_findings(report)
    assert finding.kind == "contradiction"
    assert {(v.document, v.measure, v.value.split(" (")[0]) for v in finding.values} == {
        ("site", "votes", "281"), ("wire", "votes", "247")}


@pytest.mark.parametrize("second, clash", [
    # the same two figures from both sources: each value of one overlaps a value of the other
    ("On Tuesday the national regulator fined Alpha Bank 3 million euros and Beta Bank 8 million euros, the agency said.", None),
    # one value that overlaps none of the other's: a contradiction, with both sides listed
    ("On Tuesday the national regulator fined Alpha Bank 3 million euros and Beta Bank 9 million euros, the agency said.",
     {"wire": "3 million euros; 8 million euros", "site": "3 million euros; 9 million euros"}),
])
def test_a_source_contradicts_another_only_with_a_value_that_overlaps_none_of_its(tmp_path, second, clash):
    """{3, 8} against {3, 8} (million euros) is no contradiction (each value was once compared with the other
    source's farthest one); {3, 9} against {3, 8} is, each side listed whole."""
    report = check(articles(tmp_path, {
        "wire": ("June 2, 2027", "The regulator on Tuesday fined Alpha Bank 3 million euros and Beta Bank 8 million euros."),
        "site": ("June 2, 2027", second),
    }))
    found = [f for f in figure_findings(report) if f.kind == "contradiction"]
    if clash is None:
        assert found == []
        return
    [finding] = found
    assert {v.document: "; ".join(part.split(" (")[0] for part in v.value.split("; ")) for v in finding.values} == clash


def test_an_increment_in_the_sentence_of_the_toll_is_no_second_toll(tmp_path):
    """"The death toll has risen to 19 after the bodies of three people were found": the three
    are part of the 19, neither an internal contradiction nor a rival of another source's toll."""
    report = check(articles(tmp_path, {
        "live": ("February 18, 2027", "Floods swept through eastern Madagascar on Sunday. The death toll from the floods has "
                                      "risen to 19, the disaster office says, after the bodies of three people swept away by "
                                      "the river were found downstream."),
        "wire": ("February 18, 2027", "Floods swept through eastern Madagascar on Sunday, killing 19 people, the disaster "
                                      "office said."),
    }))
    assert [f for f in report.findings if f.kind in ("internal", "contradiction", "change")] == []


def test_a_toll_of_an_earlier_occurrence_is_compared_with_that_occurrence_only(tmp_path):
    """A story of Sunday's quake recalls February's, under a pronoun in the next sentence: its
    612 dead hold as of February and never rival Sunday's toll, inside the story or across."""
    report = check(articles(tmp_path, {
        "first": ("November 28, 2027", "An earthquake struck the island of Qeshm in southern Iran on Sunday, killing 10 "
                                       "people, officials said. The last major quake to hit southern Iran was in February "
                                       "2027, in the town of Zarand. It killed 612 people."),
        "second": ("November 28, 2027", "An earthquake struck the island of Qeshm in southern Iran on Sunday, killing 10 "
                                        "people, officials said."),
    }))
    assert [f for f in report.findings if f.kind in ("internal", "contradiction", "change")] == []


def test_two_sources_agreeing_on_one_level_and_differing_on_another_clash_on_that_one_only(tmp_path):
    """Passengers and crew aboard are two measures: the crew both give never joins the clash."""
    report = check(articles(tmp_path, {
        "first": ("July 8, 2024", "A blaze broke out on the car deck of the Nordic Star overnight as it sailed to Tallinn. "
                                  "The company confirmed the figures: 812 passengers and 64 crew were on board."),
        "second": ("July 9, 2024", "Investigators boarded the Nordic Star in Helsinki harbour on Monday to find what caused "
                                   "Sunday's fire. The coastguard said that 930 passengers and 64 crew were on board."),
    }))
    clashes = [f for f in figure_findings(report) if f.kind == "contradiction"]
    assert [f.subject.rsplit("| ", 1)[-1] for f in clashes] == ["figures of people aboard"]
    assert sorted(v.value.split(" (")[0] for v in clashes[0].values) == ["812", "930"]


def test_one_lot_estimated_differently_by_two_articles_of_its_story_is_a_contradiction(tmp_path):
    """A lot's estimate is told once per article, of the story's one lot: two articles of one story
    meet on it with no shared day or figure, and two estimates apart contradict."""
    report = check(articles(tmp_path, {
        "wire": ("June 17, 2026", "A lost still life by the Flemish painter Clara Peeters sold for 3.1 million euros at auction "
                                  "in Brussels on Wednesday. The painting had been estimated at 400,000 to 600,000 euros."),
        "review": ("June 19, 2026", "The Clara Peeters still life rediscovered in a Ghent attic sold in Brussels this week "
                                    "to a telephone bidder. It had been estimated before the sale at 700,000 to 900,000 euros."),
    }))
    clashes = [f for f in figure_findings(report) if f.kind == "contradiction"]
    assert [f.subject.rsplit("| ", 1)[-1] for f in clashes] == ["figures of estimate"]
    assert sorted(clashes[0].documents) == ["review", "wire"]


def test_homes_cut_at_one_time_told_apart_by_two_articles_of_one_blackout_contradict(tmp_path):
    """A bare count of a state's claim is the level of that state ("foyers ... privés de courant":
    homes disconnected); two articles of one blackout giving it apart for one evening contradict,
    and the clash is the finding: no agreement that both "report the same event" beside it."""
    report = check(articles(tmp_path, {
        "radio": ("20 juillet 2026", "Une panne géante a frappé Grenoble lundi soir après la canicule. "
                                     "Au plus fort de la panne, 90 000 foyers étaient privés de courant."),
        "daily": ("22 juillet 2026", "La panne qui a plongé Grenoble dans le noir lundi reste inexpliquée. "
                                     "Lundi soir, 140 000 foyers de l'agglomération étaient privés d'électricité."),
    }))
    clashes = [f for f in figure_findings(report) if f.kind == "contradiction"]
    assert [f.subject.rsplit("| ", 1)[-1] for f in clashes] == ["figures of homes disconnected"]
    assert not [f for f in report.findings if f.kind == "agreement" and "disconnected" in f.subject]
