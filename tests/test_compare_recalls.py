"""Recalls of one older event by two sources (crosscheck.compare.recalls): one agreement on the
old event, never joined with the story's new one; a year and a country alone, or figures that
clash, keep two recalls apart."""

from __future__ import annotations

import pytest

from crosscheck.pipeline import check


LEADS = {
    "a": ("Six dead in Congo gold pit collapse", "At least six miners were killed when a gold pit collapsed near Kamituga "
          "in the Democratic Republic of Congo on Monday, provincial officials said on Tuesday. Rescuers were digging "
          "with shovels."),
    "b": ("Kamituga toll rises to 11", "The death toll from Monday's collapse of an artisanal gold mine in the Democratic "
          "Republic of Congo has risen to 11, the local civil protection office said, as families waited at the site."),
}


def collapse(name: str, published: str, recall: str) -> tuple[str, str, str, str]:
    headline, lead = LEADS[name]
    return (name, headline, published, f"{lead}\n\n{recall}")


RECALL_A = "In October 2020, about 50 miners were killed when three gold pits collapsed near Kamituga after heavy rain."
RECALL_B = "In October 2020, some 50 diggers died when three pits collapsed near Kamituga."


def recalled(report) -> list:
    """The agreements on the older event: the grouping's own, or the recalls joined here."""
    return [f for f in report.findings if f.kind == "agreement" and "2020" in f.subject and not f.subject.endswith("| date")]


def test_two_sources_recalling_one_older_event_agree_on_it_apart_from_the_new_one(news_stories):
    report = check(news_stories(collapse("a", "November 10, 2026", RECALL_A), collapse("b", "November 11, 2026", RECALL_B)))
    [agreement] = recalled(report)
    assert agreement.documents == ["a", "b"]
    assert "2020-10" in agreement.subject
    assert all("2020" in q.text for q in agreement.quotes)  # the recalls only, not Monday's collapse
    assert not [f for f in report.findings if f.kind == "single_source" and "2020-10" in f.subject]


@pytest.mark.parametrize("recall_b", [
    "In October 2020, about 200 miners were killed when three gold pits collapsed near Kamituga.",  # the tolls clash
    "In October 2021, about 50 miners were killed when three gold pits collapsed near Kamituga.",  # another year
])
def test_recalls_that_may_be_two_events_stay_apart(news_stories, recall_b):
    report = check(news_stories(collapse("a", "November 10, 2026", RECALL_A), collapse("b", "November 11, 2026", recall_b)))
    assert not recalled(report)


@pytest.mark.parametrize("recall_b, joined", [
    ("On 12 October 2020, some 50 diggers died when three pits collapsed near Kamituga.", True),  # a day within the month
    ("On 12 November 2020, some 50 diggers died when three pits collapsed near Kamituga.", False),  # a day of another month
])
def test_a_recall_dated_by_day_meets_one_dated_by_its_month(news_stories, recall_b, joined):
    """ "the 12 October 2020 collapse" and "the October 2020 collapse": one date contains the
    other, and the place and the toll agree."""
    report = check(news_stories(collapse("a", "November 10, 2026", RECALL_A), collapse("b", "November 11, 2026", recall_b)))
    assert [f.documents for f in recalled(report)] == ([["a", "b"]] if joined else [])


NAMELESS_A = ("Residents still remember the suspension bridge at Mirevalle-sur-Orne, which collapsed on 18 November 2019 "
              "under a lorry.")


@pytest.mark.parametrize("recall_b, joined", [
    ("Many recall the footbridge at Mirevalle-sur-Orne, which collapsed in November 2019 as a truck crossed it.", True),
    ("Many recall the footbridge at Castelbrac, which collapsed in November 2019 as a truck crossed it.", False),  # another bridge
    ("Many recall the footbridge at Mirevalle-sur-Orne, which collapsed in March 2019 as a truck crossed it.", False),  # another time
])
def test_a_recall_deep_in_two_articles_meets_by_the_rare_name_it_happened_at(news_stories, recall_b, joined):
    """No participant is typed (an unknown town's name), and the recalls stand deep in their
    articles: the rare name both sentences use and times of which one contains the other tell
    one older event."""
    others = [(name, "Council votes budget", "November 10, 2026", f"The council of {town} voted its budget on Monday, "
               f"Mayor {mayor} said.") for name, town, mayor in (("c", "Leeds", "Tom Quill"), ("d", "Bradford", "Ann Pike"))]
    report = check(news_stories(collapse("a", "November 10, 2026", NAMELESS_A), collapse("b", "November 11, 2026", recall_b),
                                *others))  # other stories: a name two articles of four share is rare
    found = [f for f in report.findings if f.kind == "agreement" and "2019" in f.subject]
    assert [f.documents for f in found] == ([["a", "b"]] if joined else [])
