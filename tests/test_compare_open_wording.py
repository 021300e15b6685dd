"""Grouping open events by the names the extractor did not type (compare/open_events.py with
compare/resemblance.py): the same store, mountain or ship named in two articles' leads joins
their accounts; a name each article lacks separates them; a nameless account deep in an
article, or a quoted expert, does not join two events."""

from __future__ import annotations

from claim_helpers import extracted, person
from crosscheck.compare import compare


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
    assert grouped(compare(docs, rules)) == [("agreement", ("a", "b"))]


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


KANDEK = person("wolfgang-kandek", "Wolfgang Kandek", "United States")


def test_an_expert_quoted_far_below_two_ledes_does_not_stand_for_their_nameless_accounts(extractor, rules):
    """Both undated articles quote the same expert twice, far below their ledes; their
    nameless accounts of an attack are not his, and cannot be told one attack by him."""
    docs = [
        article(extractor, "a", "Hackers attacked the browser. Users were urged to update at once. The flaw affects old versions. "
                "Experts were not surprised. Banks checked their systems. Schools closed their labs. "
                "Wolfgang Kandek said the fix was welcome. Wolfgang Kandek added that more would follow.",
                [("Wolfgang Kandek", KANDEK), ("Wolfgang Kandek#2", KANDEK)], None),
        article(extractor, "b", "Criminals attacked the popular program again. Millions of machines run it. A patch is due soon. "
                "Several firms paid ransoms. Police opened an inquiry. Insurers raised premiums. "
                "Wolfgang Kandek called the attack crude. Wolfgang Kandek expects copycats.",
                [("Wolfgang Kandek", KANDEK), ("Wolfgang Kandek#2", KANDEK)], None),
        article(extractor, "c", "Voters in Leeds went to the polls. Turnout was low."),
        article(extractor, "d", "Rain fell in Cardiff. Rivers rose."),
    ]
    assert grouped(compare(docs, rules)) == []
