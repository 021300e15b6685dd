"""One occasion told in several words is one finding (crosscheck.compare.occasions): groups of
the open grouping that several sources tell fold when they are dated to one day, told of the
same people and read in one article; a plan and its outcome, two days or two casts stay apart."""

from __future__ import annotations

import random
from datetime import date
from itertools import count

import pytest

from crosscheck.compare.occasions import _detail_of, _settled, _signature, fold_details, fold_occasions
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
    ([_view("a1", "vote", BOTH, plan=True, sentence=2), _view("a2", "vote", BOTH, plan=True, sentence=2)],
     "a plan and the event done"),
    ([_view("a1", "vote", BOTH, date(2026, 5, 11), sentence=2), _view("a2", "vote", BOTH, date(2026, 5, 11), sentence=2)],
     "another day"),
    ([_view("a1", "vote", {"person:beauchemin"}, sentence=2), _view("a2", "vote", {"person:beauchemin"}, sentence=2)],
     "other people"),
    ([_view("b1", "vote", BOTH), _view("b2", "vote", BOTH)], "no article tells both"),
    ([_view("a1", "vote", BOTH, granularity="month", sentence=2), _view("a2", "vote", BOTH, granularity="month", sentence=2)],
     "a month, no day"),
])
def test_groups_that_are_not_one_occasion_stay_apart(second, why):
    first = [_view("a1", "win", BOTH), _view("a2", "win", BOTH)]
    assert len(fold_occasions([first, second])) == 2, why


def test_a_group_one_source_tells_is_never_folded():
    groups = [[_view("a1", "win", BOTH), _view("a2", "win", BOTH)], [_view("a1", "vote", BOTH)]]
    assert len(fold_occasions(groups)) == 2


# One sentence quoted by two groups tells their event to both: "A gang of four thieves ... on
# Thursday stole nearly all the jewels at the Harry Winston boutique" is in the group of "stole"
# (seven sources) and in that of "thieves" (two).
WINSTON = {"person:harry-winston"}


def test_two_groups_quoting_one_sentence_are_one_occasion():
    stole = [_view(doc, "steal", WINSTON, None, sentence=2) for doc in ("e1", "e2", "e3")]
    thieves = [_view("e3", "glom", set(), None, sentence=2), _view("e4", "glom", set(), None, sentence=0)]
    assert _classes(fold_occasions([stole, thieves])) == [["glom", "steal"]]


@pytest.mark.parametrize("other, why", [
    ([_view("e3", "arrest", WINSTON, date(2026, 5, 14), sentence=2), _view("e4", "arrest", WINSTON, date(2026, 5, 14))],
     "an arrest on Thursday told in the sentence of a robbery on Sunday: two dates"),
    ([_view("e3", "glom", {"person:kibet"}, None, sentence=2), _view("e4", "glom", {"person:kibet"}, None)],
     "other people than the group's"),
    ([_view("e3", "glom", WINSTON, None, plan=True, sentence=2), _view("e4", "glom", WINSTON, None, plan=True)],
     "a plan and the event done"),
])
def test_groups_quoting_one_sentence_that_tell_two_events_stay_apart(other, why):
    robbery = [_view(doc, "steal", WINSTON, sentence=2) for doc in ("e1", "e2", "e3")]
    assert len(fold_occasions([robbery, other])) == 2, why


# The same outlets retell one event in another class of its family: the headlines' "heist" and
# the bodies' "rammed ... ransacked" over one Monday in Paris (families: kinds of taking).
PARIS = {"place:paris"}
TAKING = {"steal": frozenset({"take.v"}), "ransack": frozenset({"take.v"})}


def _published(views: list[OpenView]) -> list[OpenView]:
    """Undated accounts, of the days their articles were published in (their views' days)."""
    for view in views:
        view.implied = True
    return views


def test_groups_of_one_family_the_same_sources_tell_at_one_time_are_one_occasion():
    heist = _published([_view(doc, "steal", PARIS, sentence=0) for doc in ("f1", "f2", "f3")])
    raid = [_view(doc, "ransack", PARIS, sentence=4) for doc in ("f1", "f2", "f4")]
    assert _classes(fold_occasions([heist, raid], TAKING)) == [["ransack", "steal"]]
    assert len(fold_occasions([heist, raid])) == 2  # without the families: two classes
    undated = [_view(doc, "steal", PARIS, None, sentence=0) for doc in ("f1", "f2", "f3")]
    assert len(fold_occasions([undated, raid], TAKING)) == 2  # no time known: similar events stay apart


def _heist(day: date | None = None) -> list[OpenView]:
    return [_view(doc, "steal", PARIS, day, sentence=0) for doc in ("f1", "f2", "f3")]


@pytest.mark.parametrize("heist, raid, why", [
    (_heist(), [_view(doc, "ransack", PARIS, sentence=4) for doc in ("f1", "f4", "f5")], "one source in common"),
    (_heist(), [_view(doc, "ransack", {"place:lyon"}, sentence=4) for doc in ("f1", "f2")], "another place"),
    (_heist(), [_view(doc, "shoot", PARIS, sentence=4) for doc in ("f1", "f2")], "another kind of event"),
    (_heist(SUNDAY), [_view(doc, "ransack", PARIS, date(2026, 3, 2), sentence=4) for doc in ("f1", "f2")], "another day"),
    ([_view(doc, "offer", {"person:teixeira", "organization:angels"}, None) for doc in ("f1", "f2")],
     [_view(doc, "offer", {"person:teixeira", "organization:red-sox"}, None, sentence=4) for doc in ("f1", "f2")],
     "two clubs' offers to one player"),
])
def test_groups_the_same_sources_tell_that_are_two_events_stay_apart(heist, raid, why):
    assert len(fold_occasions([heist, raid], TAKING)) == 2, why


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
    ([_view("c1", "investigate", {"organization:prosecutors"}, None, sentence=6, stands_in=True),
      _view("c3", "investigate", {"organization:prosecutors"}, None, sentence=6, stands_in=True)],
     "told of an organisation the event does not name: the prosecutors' investigation is theirs"),
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


def test_an_undated_detail_of_articles_published_years_after_the_event_is_no_detail_of_it():
    """2013 articles recall "In December 2008, three men emptied ... the Harry Winston store";
    their undated headlines ("Paris: jewellery stolen in shop raid") tell their own news."""
    recall = [_view(doc, "empty", WINSTON, date(2008, 12, 1), sentence=9) for doc in ("g1", "g2")]
    headlines = [_view(doc, "steal", WINSTON, date(2013, 9, 9), sentence=0, stands_in=True) for doc in ("g1", "g2")]
    for view in headlines:
        view.implied = True  # its publication's days
    assert len(fold_details([recall, headlines])[0]) == 2
    assert len(fold_details([recall, headlines], gap_days=10_000)[0]) == 1


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


def _pairs(groups: list[list[OpenView]], same) -> list[tuple[int, int]]:
    """Every pair of groups several sources tell that ``same`` accepts."""
    return [(i, j) for i, a in enumerate(groups) for j, b in enumerate(groups)
            if i < j and len({v.source for v in a}) > 1 and len({v.source for v in b}) > 1 and same(a, b)]


def _span(group):
    """Own dates, else publication days (the views of these tests have none when undated)."""
    own = [v for v in group if v.start is not None and not v.implied]
    timed = own or [v for v in group if v.start is not None]
    return (min(v.start for v in timed), max(v.end for v in timed)) if timed else None


def _overlap(a, b) -> bool:
    return a is None or b is None or (a[0] <= b[1] and b[0] <= a[1])


def _one_day(a, b) -> bool:
    x, y = _signature(a), _signature(b)
    return bool(x and y and x[0] == y[0] and (x[1] <= y[1] or y[1] <= x[1]) and x[2] & y[2])


def _one_sentence(a, b) -> bool:
    people = _signature_keys(a), _signature_keys(b)
    dated = [any(v.start is not None and not v.implied for v in g) for g in (a, b)]
    return (a[0].plan == b[0].plan and dated[0] == dated[1] and bool({(v.claim.document, v.claim.sentence) for v in a}
                                            & {(v.claim.document, v.claim.sentence) for v in b})
            and (people[0] <= people[1] or people[1] <= people[0]) and _overlap(_span(a), _span(b)))


def _retold_by_the_same(a, b) -> bool:
    return (a[0].plan == b[0].plan and len({v.source for v in a} & {v.source for v in b}) > 1
            and bool({v.event_class for v in a} & {v.event_class for v in b})
            and _same_people(_signature_keys(a), _signature_keys(b)) and _span(a) is not None and _span(b) is not None
            and _overlap(_span(a), _span(b)))


def _same_people(a: set[str], b: set[str]) -> bool:
    return bool(a) and bool(b) and (a <= b or b <= a)


def _signature_keys(group) -> set[str]:
    """The keys two sources or more of a group name."""
    return {k for k in {k for v in group for k in v.keys} if len({v.source for v in group if k in v.keys}) > 1}


def _folded_pair_by_pair(groups: list[list[OpenView]]) -> list[list[int]]:
    """fold_occasions' rules applied to every pair of groups: one day and stance, people of one
    within the other's, an article that tells both; or one sentence quoted by both; then, over
    those, one class the same two sources tell at one time of the same people; settled as
    ``_settled`` settles the pairs it is given (an undated group joins one dated occasion)."""
    first = _settled(groups, _pairs(groups, lambda a, b: _one_day(a, b) or _one_sentence(a, b)))
    return [[v.index for v in g] for g in _settled(first, _pairs(first, _retold_by_the_same))]


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


def test_an_undated_group_joins_one_dated_occasion_never_two():
    """ "The positive test" is quoted in the sentence of the June ban and in that of the March
    win (both of the same runner): it joins one of them, and the ban and the win stay apart."""
    ban = [_view(doc, "ban", LANGAT, date(2026, 6, 16), sentence=0) for doc in ("h1", "h2", "h3")]
    win = [_view(doc, "win", LANGAT, date(2026, 3, 8), sentence=4) for doc in ("h2", "h3")]
    test = [_view("h1", "test", LANGAT, None, sentence=0), _view("h2", "test", LANGAT, None, sentence=4)]
    groups = _settled([ban, win, test], [(0, 2), (1, 2)])
    assert _classes(groups) == [["ban", "test"], ["win"]]
