"""One occasion told in several words is one finding (crosscheck.compare.occasions): groups of
the open grouping that several sources tell fold when they are dated to one day, told of the
same people and read in one article; a plan and its outcome, two days or two casts stay apart."""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck.compare.occasions import fold_occasions
from crosscheck.compare.open_events import OpenView
from crosscheck.models import Claim, Document, ExtractedDocument, LineMap

SUNDAY = date(2026, 5, 10)


def _view(doc_id: str, event_class: str, keys: set[str], day: date | None = SUNDAY, plan: bool = False,
          granularity: str = "day") -> OpenView:
    claim = Claim(document=doc_id, kind=event_class, text="", start=0, end=0, line=1, sentence=1)
    doc = ExtractedDocument(document=Document(id=doc_id, path=f"{doc_id}.txt", format="text", encoding="utf-8", text="",
                                              lines=LineMap.for_text("")))
    return OpenView(0, doc, claim, doc_id, frozenset(keys), {}, day, day, granularity if day else "open", day is None,
                    event_class=event_class, persons=frozenset(k for k in keys if k.startswith("person:")), plan=plan)


LAVOIE = {"person:lavoie"}
BOTH = {"person:lavoie", "organization:elections-gatineau"}


def _classes(groups) -> list[list[str]]:
    return sorted(sorted({v.event_class for v in g}) for g in groups)


def test_one_win_told_as_a_win_a_vote_and_an_election_is_one_group():
    """a1/a2 "won the election", a1/a2/a3 "with N votes", a2/a3 "winning": one by-election."""
    groups = [[_view("a1", "election", BOTH), _view("a2", "election", BOTH)],
              [_view("a1", "vote", BOTH), _view("a2", "vote", BOTH), _view("a3", "vote", BOTH)],
              [_view("a2", "win", LAVOIE), _view("a3", "win", LAVOIE)]]
    assert _classes(fold_occasions(groups)) == [["election", "vote", "win"]]


@pytest.mark.parametrize("second, why", [
    ([_view("a1", "vote", BOTH, plan=True), _view("a2", "vote", BOTH, plan=True)], "a plan and the event done"),
    ([_view("a1", "vote", BOTH, date(2026, 5, 11)), _view("a2", "vote", BOTH, date(2026, 5, 11))], "another day"),
    ([_view("a1", "vote", {"person:beauchemin"}), _view("a2", "vote", {"person:beauchemin"})], "other people"),
    ([_view("b1", "vote", BOTH), _view("b2", "vote", BOTH)], "no article tells both"),
    ([_view("a1", "vote", BOTH, granularity="month"), _view("a2", "vote", BOTH, granularity="month")], "a month, no day"),
])
def test_groups_that_are_not_one_occasion_stay_apart(second, why):
    first = [_view("a1", "win", BOTH), _view("a2", "win", BOTH)]
    assert len(fold_occasions([first, second])) == 2, why


def test_a_group_one_source_tells_is_never_folded():
    groups = [[_view("a1", "win", BOTH), _view("a2", "win", BOTH)], [_view("a1", "vote", BOTH)]]
    assert len(fold_occasions(groups)) == 2
