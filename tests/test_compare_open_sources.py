"""Open-event grouping and the people an article quotes (crosscheck.compare.open_events): an
expert quoted on two similar events is the source of statements, not the protagonist the
article's nameless accounts stand for."""

from __future__ import annotations

from datetime import date

from claim_helpers import extracted, person

from crosscheck.compare.open_events import OpenView, _rarity, open_event_groups
from crosscheck.compare.resemblance import Resemblance
from crosscheck.models import Claim, Document, ExtractedDocument, LineMap

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
