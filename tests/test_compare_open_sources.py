"""Open-event grouping and the people an article quotes (crosscheck.compare.open_events): an
expert quoted on two similar events is the source of statements, not the protagonist the
article's nameless accounts stand for, and neither is this week's protagonist the subject of a
nameless recall of an older event."""

from __future__ import annotations

from datetime import date

import pytest

from claim_helpers import extracted, person

from crosscheck.compare.open_events import OpenView, _rarity, open_event_groups
from crosscheck.compare.resemblance import Resemblance
from crosscheck.models import Claim, Document, ExtractedDocument, LineMap
from crosscheck.pipeline import check

KANDEK = person("wolfgang-kandek", "Wolfgang Kandek")
BUDD = person("christopher-budd", "Christopher Budd")


def test_a_person_named_only_as_a_source_is_no_protagonist(extractor):
    text = ("Hackers attacked the browser on Monday, Wolfgang Kandek said. The patch was released on Tuesday. "
            "It fixed the flaw, Kandek said. Engineer Christopher Budd built the patch. Budd tested the patch overnight.")
    doc = extracted(extractor, "a", "2024-03-02", text,
                    [("Wolfgang Kandek", KANDEK), ("Kandek#2", KANDEK), ("Christopher Budd", BUDD), ("Budd#2", BUDD)])
    assert {c.attribution for c in doc.claims} >= {"Wolfgang Kandek", "Kandek"}
    _, protagonists = _rarity([doc])
    assert [key for key, _ in protagonists["a"]] == ["person:christopher-budd"]


def _view(index: int, doc_id: str, keys: set[str], start: date | None) -> OpenView:
    """An account of one "release" with the given participant keys and day (None: no time at all)."""
    claim = Claim(document=doc_id, kind="release", text="", start=0, end=0, line=1, sentence=9)
    doc = ExtractedDocument(document=Document(id=doc_id, path=f"{doc_id}.txt", format="text", encoding="utf-8", text="",
                                              lines=LineMap.for_text("")))
    return OpenView(index, doc, claim, doc_id, frozenset(keys), {}, start, start, "day" if start else "open", start is None,
                    event_class="release", persons=frozenset(k for k in keys if k.startswith("person:")))


def _groups(views) -> list[list[str]]:
    weight = {key: 2.0 for v in views for key in v.keys}
    return sorted(sorted(v.claim.document for v in g) for g in open_event_groups(views, weight, 0.6, Resemblance([])))


def test_undated_articles_do_not_join_a_dated_group_however_many_links():
    """a1, a2 (no time at all) tell one patch, b1, b2 (dated) another; links from undated to
    dated accounts of two pairs of articles do not make them one patch."""
    day = date(2013, 9, 17)
    undated = {"organization:microsoft", "organization:ie", "person:kandek"}
    dated = {"organization:microsoft", "person:kandek"}
    views = [_view(0, "a1", undated, None), _view(1, "a2", undated, None), _view(2, "b1", dated, day), _view(3, "b2", dated, day)]
    assert _groups(views) == [["a1", "a2"], ["b1", "b2"]]


def test_an_undated_article_still_joins_a_dated_group_on_one_link():
    day = date(2013, 9, 17)
    views = [_view(0, "b1", {"organization:microsoft"}, day), _view(1, "b2", {"organization:microsoft"}, day),
             _view(2, "a1", {"organization:microsoft"}, None)]
    assert _groups(views) == [["a1", "b1", "b2"]]


BAN = {
    "a": ("Kenya's Geoffrey Langat banned for four years", "June 16, 2026",
          "The Athletics Integrity Unit banned Kenyan marathoner Geoffrey Langat for four years on Tuesday for using EPO. "
          "Langat denied any wrongdoing. Langat's lawyer said he would appeal. "
          "In 2022, the AIU banned another Kenyan marathoner for six years for tampering."),
    "b": ("Langat handed four-year doping ban", "June 17, 2026",
          "Geoffrey Langat was banned for four years by the Athletics Integrity Unit on Tuesday after testing positive "
          "for EPO. Langat said he was innocent. Langat plans to appeal. "
          "In 2022, the AIU handed another Kenyan marathoner a six-year ban for tampering."),
}


def test_a_nameless_recall_of_an_older_event_does_not_stand_for_this_week_s_protagonist(news_folder):
    """Both stories recall the AIU's 2022 ban of another runner: they agree on it, told of the
    AIU, never of Langat, whom this week's ban is about."""
    report = check([news_folder("ban", BAN)])
    subjects = sorted(f.subject for f in report.findings if f.kind == "agreement")
    recalled = [s for s in subjects if "2022" in s]
    assert recalled and not any("Langat" in s for s in recalled), subjects
    assert any("Langat" in s and "2026-06-16" in s for s in subjects), subjects


def _standing_in(index: int, doc_id: str, named: set[str], start: date | None) -> OpenView:
    """An account of one "release" that names ``named`` and stands for its article's protagonist."""
    view = _view(index, doc_id, named | {"person:blue-moon"}, start)
    view.stood_for = frozenset({"person:blue-moon"}) - named
    return view


@pytest.mark.parametrize("a_named, b_named, day_a, day_b, joined", [
    (set(), set(), None, None, False),  # two nameless accounts: the protagonist alone links nothing
    (set(), set(), date(2026, 3, 2), date(2026, 3, 2), True),  # a day both state pins it
    ({"organization:nasa"}, set(), None, None, True),  # one names a participant: a story's nameless headline joins it
    ({"person:blue-moon"}, set(), date(2026, 3, 2), date(2026, 3, 2), True),  # named on one side, same day
])
def test_a_stand_in_protagonist_links_two_nameless_accounts_only_beside_a_shared_specific_time(a_named, b_named, day_a, day_b,
                                                                                              joined):
    views = [_standing_in(0, "a", a_named, day_a), _standing_in(1, "b", b_named, day_b)]
    assert (_groups(views) == [["a", "b"]]) == joined

