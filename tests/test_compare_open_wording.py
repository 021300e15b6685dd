"""Grouping open events by the names the extractor did not type (compare/open_events.py with
compare/resemblance.py): the same store, mountain or ship named in two articles' leads joins
their accounts; a name each article lacks separates them; a nameless account deep in an
article does not join two events; one resemblance between two established occurrences does
not make them one."""

from __future__ import annotations

from claim_helpers import extracted, person
from crosscheck.compare import compare
from crosscheck.compare.open_events import OpenView, open_event_groups
from crosscheck.compare.resemblance import Resemblance
from crosscheck.models import Claim, Document, ExtractedDocument, LineMap


def grouped(result) -> list[tuple[str, tuple[str, ...]]]:
    return sorted((f.kind, tuple(f.documents)) for f in result.findings if f.kind in ("agreement", "contradiction", "change"))


def article(extractor, doc_id: str, text: str, spans=(), published: str = "2024-03-02"):
    return extracted(extractor, doc_id, published, text, list(spans))


def test_two_ledes_naming_the_same_untyped_store_and_town_tell_one_fire(extractor, rules):
    """No mention is typed ("Waitrose", "Banstead" are unknown names): the rare words both
    ledes use, in articles that name the same things, make the two fires one."""
    docs = [
        article(extractor, "a", "A fire gutted the Waitrose store in Banstead overnight. Crews from Reigate and Epsom fought the flames."),
        article(extractor, "b", "A huge fire destroyed the Waitrose supermarket in Banstead. Crews from Epsom and Reigate were called."),
        article(extractor, "c", "Voters in Leeds went to the polls. Turnout was low."),
    ]
    found = [f for f in compare(docs, rules).findings if f.kind == "agreement"]
    assert [tuple(f.documents) for f in found] == [("a", "b")]
    assert "Banstead" in found[0].summary and "Waitrose" in found[0].summary


def test_a_fire_in_a_town_the_other_article_never_names_is_another_fire(extractor, rules):
    """Both stores are Waitrose of the John Lewis Partnership, but each lede names a town the
    other article never mentions (Banstead, Wellington): two fires."""
    docs = [
        article(extractor, "a", "A fire gutted the Waitrose store in Banstead overnight. The John Lewis Partnership said Waitrose staff were safe."),
        article(extractor, "b", "A fire gutted the Waitrose store in Wellington overnight. The John Lewis Partnership said Waitrose staff were safe."),
        article(extractor, "c", "Voters in Leeds went to the polls. Turnout was low."),
    ]
    assert grouped(compare(docs, rules)) == []


def test_a_nameless_account_beyond_the_lede_does_not_join_by_its_words(extractor, rules):
    """The same untyped names, but in the third sentence of each article: a nameless account
    there tells one of the story's other events, not the one its headline states."""
    docs = [
        article(extractor, "a", "Shoppers were told to stay away. Roads were closed. A fire gutted the Waitrose store in Banstead, Surrey."),
        article(extractor, "b", "Shoppers were told to keep away. Roads were shut. A fire destroyed the Waitrose supermarket in Banstead, Surrey."),
        article(extractor, "c", "Voters in Leeds went to the polls. Turnout was low."),
    ]
    assert grouped(compare(docs, rules)) == []


SMITH = person("tom-smith", "Tom Smith", "United Kingdom")


def test_articles_alike_weigh_only_for_accounts_of_their_leads(extractor, rules):
    """Two articles in the same names (Waitrose, Banstead, Reigate) both say, far below their
    ledes, that Tom Smith resigned; Smith, named by every article, tells little, and the
    articles' likeness tells their lead event, not each of their later ones."""
    def story(doc_id, first, second):
        return article(extractor, doc_id, f"{first} Crews from Reigate and Epsom fought the flames. Roads were closed. "
                       f"Shops stayed shut. Traders counted the cost. {second} Tom Smith resigned.", [("Tom Smith", SMITH)])

    docs = [
        story("a", "A fire gutted the Waitrose store in Banstead.", "Insurers sent assessors."),
        story("b", "Fire destroyed the Waitrose supermarket in Banstead.", "Police closed the road."),
        article(extractor, "c", "Voters in Leeds went to the polls. Tom Smith voted early.", [("Tom Smith", SMITH)]),
    ]
    assert not [f for f in compare(docs, rules).findings if f.kind == "agreement" and "Tom Smith" in f.subject]


def _view(index: int, doc_id: str, keys: set[str]) -> OpenView:
    """An account of one "win" with the given participant keys, undated, in its article's body."""
    claim = Claim(document=doc_id, kind="win", text="", start=0, end=0, line=1, sentence=9)
    doc = ExtractedDocument(document=Document(id=doc_id, path=f"{doc_id}.txt", format="text", encoding="utf-8", text="",
                                              lines=LineMap.for_text("")))
    return OpenView(index, doc, claim, doc_id, frozenset(keys), {}, None, None, "open", True, event_class="win",
                    persons=frozenset(k for k in keys if k.startswith("person:")))


def _groups(views) -> list[list[str]]:
    # what each group shares weighs more than the resemblance between the groups
    weight = {key: 0.8 if key.startswith("place:") else 2.0 for v in views for key in v.keys}
    return sorted(sorted(v.claim.document for v in g) for g in open_event_groups(views, weight, 0.6, Resemblance([])))


def test_one_link_between_two_groups_told_by_several_articles_does_not_join_them():
    """a1 and a2 tell one win, b1 and b2 another; a single pair of accounts (a2, b1) that
    resemble each other is a chance resemblance, not the same win."""
    views = [_view(0, "a1", {"organization:colts", "person:luck"}), _view(1, "a2", {"organization:colts", "place:indianapolis"}),
             _view(2, "b1", {"organization:vikings", "place:indianapolis"}), _view(3, "b2", {"organization:vikings"})]
    assert _groups(views) == [["a1", "a2"], ["b1", "b2"]]


def test_a_second_pair_of_articles_confirms_the_link_between_two_groups():
    views = [_view(0, "a1", {"organization:colts", "person:luck"}), _view(1, "a2", {"organization:colts", "place:indianapolis"}),
             _view(2, "b1", {"organization:vikings", "place:indianapolis"}), _view(3, "b2", {"organization:vikings", "person:luck"})]
    assert _groups(views) == [["a1", "a2", "b1", "b2"]]


def test_an_account_joins_a_group_on_one_link():
    """A group of one article's accounts is no established occurrence: one link brings it in."""
    views = [_view(0, "a1", {"organization:colts"}), _view(1, "a2", {"organization:colts"}), _view(2, "b1", {"organization:colts"})]
    assert _groups(views) == [["a1", "a2", "b1"]]
