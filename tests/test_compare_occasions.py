"""One occasion told in several words is one finding (crosscheck.compare.occasions): groups of
the open grouping that several sources tell fold when they are dated to one day, told of the
same people and read in one article; a plan and its outcome, two days or two casts stay apart."""

from __future__ import annotations

import random
from datetime import date
from itertools import count

import pytest

from crosscheck.compare.occasions import _detail_of, _signature, fold_details, fold_occasions
from crosscheck.compare.open_events import OpenView
from crosscheck.models import Claim, Document, ExtractedDocument, LineMap

SUNDAY = date(2026, 5, 10)


def _view(doc_id: str, event_class: str, keys: set[str], day: date | None = SUNDAY, plan: bool = False,
          granularity: str = "day", sentence: int = 1, stands_in: bool = False) -> OpenView:
    claim = Claim(document=doc_id, kind=event_class, text="", start=0, end=0, line=1, sentence=sentence)
    doc = ExtractedDocument(document=Document(id=doc_id, path=f"{doc_id}.txt", format="text", encoding="utf-8", text="",
                                              lines=LineMap.for_text("")))
    view = OpenView(0, doc, claim, doc_id, frozenset(keys), {}, day, day, granularity if day else "open", day is None,
                    event_class=event_class, persons=frozenset(k for k in keys if k.startswith("person:")), plan=plan,
                    stands_in=stands_in)
    view.index = next(_INDICES)
    return view


_INDICES = count()


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


# One event, one finding: a detail with no date of its own folds into the dated event of the
# same articles. The event: a four-year ban told by three articles on one day.
LANGAT = {"person:langat"}


def _ban() -> list[OpenView]:
    return [_view("c1", "ban", LANGAT, sentence=0), _view("c2", "ban", LANGAT, sentence=0),
            _view("c3", "ban", LANGAT, sentence=2)]


def test_an_undated_detail_naming_nobody_folds_into_the_event_and_is_not_named_as_its_class():
    """ "The decision ..." (c1) / "The decision ..." (c3), naming nobody, beside the dated ban."""
    decision = [_view("c1", "determine", LANGAT, None, sentence=5, stands_in=True),
                _view("c3", "determine", LANGAT, None, sentence=5, stands_in=True)]
    groups, details = fold_details([_ban(), decision])
    assert _classes(groups) == [["ban", "determine"]]
    assert [[v.event_class for v in detail] for detail in details[0]] == [["determine", "determine"]]


def test_a_detail_naming_its_people_folds_where_it_shares_the_event_s_sentence():
    """c3 names Langat in the sentence of the ban ("suspended ... the ban"), c1 names nobody."""
    suspension = [_view("c1", "suspend", LANGAT, None, sentence=3, stands_in=True),
                  _view("c3", "suspend", LANGAT, None, sentence=2)]
    groups, _ = fold_details([_ban(), suspension])
    assert _classes(groups) == [["ban", "suspend"]]


@pytest.mark.parametrize("detail, why", [
    ([_view("c1", "suspend", LANGAT, None, sentence=3), _view("c3", "suspend", LANGAT, None, sentence=7)],
     "it names its people in sentences of its own: an event of its own"),
    ([_view("c1", "run", LANGAT, sentence=8, stands_in=True), _view("c3", "run", LANGAT, sentence=9, stands_in=True)],
     "it has a date of its own: an occurrence of its own"),
    ([_view("c1", "appeal", LANGAT, None, sentence=6, stands_in=True), _view("c4", "appeal", LANGAT, None, sentence=6, stands_in=True)],
     "an article that does not tell the event: another story"),
    ([_view("c1", "appeal", {"person:kibet"}, None, sentence=0), _view("c3", "appeal", {"person:kibet"}, None, sentence=2)],
     "told of another person than the event's"),
    ([_view("c1", "appeal", LANGAT, None, plan=True, sentence=6, stands_in=True),
      _view("c3", "appeal", LANGAT, None, plan=True, sentence=6, stands_in=True)],
     "still to come, while the event is done"),
])
def test_groups_that_are_no_detail_of_the_event_stay_apart(detail, why):
    groups, details = fold_details([_ban(), detail])
    assert len(groups) == 2 and not details, why


def test_a_detail_goes_to_the_event_it_shares_a_sentence_with_before_the_one_more_sources_tell():
    """The provisional suspension stands in the sentence of the backdated ban (14 March), not
    in that of the ban announced on 16 June that three articles tell."""
    backdated = [_view("c1", "ban", LANGAT, date(2026, 3, 14), sentence=3),
                 _view("c3", "ban", LANGAT, date(2026, 3, 14), sentence=5)]
    suspension = [_view("c1", "suspend", LANGAT, None, sentence=3, stands_in=True),
                  _view("c3", "suspend", LANGAT, None, sentence=5)]
    groups, _ = fold_details([_ban(), backdated, suspension])
    assert sorted(sorted({str(v.start) for v in g if not v.implied}) + [v.event_class for v in g if v.implied][:1]
                  for g in groups) == [["2026-03-14", "suspend"], ["2026-05-10"]]


def test_an_undated_group_with_no_dated_event_and_a_lone_source_stay_as_they_are():
    lone = [_view("c1", "determine", LANGAT, None, sentence=5, stands_in=True)]
    undated = [_view("c1", "ban", LANGAT, None), _view("c3", "ban", LANGAT, None)]
    decision = [_view("c1", "determine", LANGAT, None, sentence=5, stands_in=True),
                _view("c3", "determine", LANGAT, None, sentence=5, stands_in=True)]
    assert len(fold_details([_ban(), lone])[0]) == 2
    assert len(fold_details([undated, decision])[0]) == 2


# The folds look groups up by article (a keyed reduce), not over every pair of groups: on many
# random groups they must give what the rules give read pair by pair.
def _random_groups(seed: int) -> list[list[OpenView]]:
    chance = random.Random(seed)
    days = [SUNDAY, date(2026, 5, 11), None]
    keys = [LAVOIE, BOTH, {"person:kibet"}, LANGAT]
    groups = []
    for _ in range(chance.randint(2, 14)):
        day, people, plan = chance.choice(days), chance.choice(keys), chance.random() < 0.2
        groups.append([_view(doc, chance.choice(["win", "vote", "ban"]), people, day, plan=plan,
                             sentence=chance.randint(0, 3), stands_in=chance.random() < 0.5)
                       for doc in chance.sample(["a1", "a2", "a3", "a4", "a5"], chance.randint(1, 3))])
    return groups


def _folded_pair_by_pair(groups: list[list[OpenView]]) -> list[list[int]]:
    """fold_occasions' rule applied to every pair of groups: one day and stance, people of one
    within the other's, an article that tells both; transitive."""
    signatures = {i: _signature(g) for i, g in enumerate(groups) if len({v.source for v in g}) > 1}
    parent = list(range(len(groups)))

    def root(i: int) -> int:
        return i if parent[i] == i else root(parent[i])

    for i, a in signatures.items():
        for j, b in signatures.items():
            if i < j and a and b and a[0] == b[0] and (a[1] <= b[1] or b[1] <= a[1]) and a[2] & b[2]:
                parent[max(root(i), root(j))] = min(root(i), root(j))
    merged: dict[int, list[int]] = {}
    for i, group in enumerate(groups):
        merged.setdefault(root(i), []).extend(v.index for v in group)
    return [merged[i] for i in sorted(merged)]


def _details_pair_by_pair(groups: list[list[OpenView]]) -> list[list[int]]:
    """fold_details' rule with every dated group of several sources weighed for every detail."""
    several = [i for i, g in enumerate(groups) if len({v.source for v in g}) > 1]
    dated = [i for i in several if any(not v.implied for v in groups[i])]
    owner = {}
    for i in several:
        if i in dated:
            continue
        ranked = [(rank, j) for j in dated if (rank := _detail_of(groups[i], groups[j])) is not None]
        if ranked:
            owner[i] = max(ranked, key=lambda item: item[0])[1]
    folded = {i: [v.index for v in g] for i, g in enumerate(groups) if i not in owner}
    for i, j in sorted(owner.items()):
        folded[j] += [v.index for v in groups[i]]
    return [folded[i] for i in sorted(folded)]


@pytest.mark.parametrize("seed", range(40))
def test_the_folds_found_by_article_are_those_of_every_pair(seed):
    groups = _random_groups(seed)
    assert [[v.index for v in g] for g in fold_occasions(groups)] == _folded_pair_by_pair(groups)
    assert [[v.index for v in g] for g in fold_details(groups)[0]] == _details_pair_by_pair(groups)
