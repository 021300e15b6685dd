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
