"""The wording two articles share (compare/resemblance.py): name words, their rarity, and the
similarity of two articles' name profiles."""

from __future__ import annotations

import math

from claim_helpers import extracted, place
from crosscheck.compare.resemblance import Resemblance


def _docs(extractor, *texts: str):
    return [extracted(extractor, f"d{i}", "2024-03-01", text, []) for i, text in enumerate(texts)]


def test_name_words_skip_the_first_word_and_month_and_weekday_names(extractor):
    resemblance = Resemblance(_docs(extractor, "A fire gutted a Waitrose store in Surrey on Friday in March."))
    assert resemblance.name_words("d0", 0) == ("waitrose", "surrey")


def test_name_words_skip_country_names(extractor):
    """A country alone never tells one event from another: its name is no name word."""
    doc = extracted(extractor, "d0", "2013-07-02", "An earthquake hit Aceh in Indonesia.", [("Indonesia", place("Indonesia"))])
    assert Resemblance([doc]).name_words("d0", 0) == ("aceh",)


def test_name_words_of_a_french_article_skip_french_weekdays(extractor):
    doc = extracted(extractor, "d0", "2024-03-01", "Un incendie a ravagé le magasin Waitrose de Surrey Vendredi.", [])
    doc.document.language = "fr"
    assert Resemblance([doc]).name_words("d0", 0) == ("waitrose", "surrey")


def test_a_word_every_article_uses_tells_little_and_a_rare_one_tells_much(extractor):
    resemblance = Resemblance(_docs(extractor, "A fire hit Surrey.", "A fire hit Wellington.", "A fire hit Leeds."))
    assert math.isclose(resemblance.rarity("fire"), math.log(4 / 3))
    assert math.isclose(resemblance.rarity("surrey"), math.log(4 / 1))
    assert resemblance.uses("d0", "surrey") and not resemblance.uses("d1", "surrey")


def test_articles_in_the_same_names_are_similar_and_others_are_not(extractor):
    docs = _docs(extractor,
                 "Crews fought a fire at the Waitrose store in Banstead, Surrey.",
                 "The Waitrose store in Banstead, Surrey, burned overnight.",
                 "Crews fought a fire at the Waitrose store in Wellington, Somerset.")
    resemblance = Resemblance(docs)
    same, other = resemblance.similarity("d0", "d1"), resemblance.similarity("d0", "d2")
    assert same > 0.9
    assert other < 0.1
    assert resemblance.similarity("d1", "d0") == same


def test_similarity_leaves_out_names_already_weighed(extractor):
    docs = _docs(extractor, "Police said Bettie Page died.", "Fans said Bettie Page died.", "Police said Mark Felt died.")
    resemblance = Resemblance(docs)
    assert resemblance.similarity("d0", "d1") > 0.5
    assert resemblance.similarity("d0", "d1", {"bettie", "page"}) == 0.0


def test_name_words_skip_a_clause_start_after_a_dateline_dash_a_colon_or_a_quotation_mark(extractor):
    """Capitalised whatever they are: "- About 280", ': The', '"We'."""
    resemblance = Resemblance(_docs(extractor, 'PARIS - About 280 flights at Orly were cancelled: Flights resume "Tomorrow" at Orly.'))
    assert resemblance.name_words("d0", 0) == ("orly", "orly")


def test_name_words_skip_the_outlet_that_reports_but_not_its_words_elsewhere(extractor):
    """"(Europa Wire)" in a dateline names who reports; "Bharuch" alone is still a town."""
    doc = extracted(extractor, "d0", "2026-04-27", "The blast in Dahej (Bharuch Times) shook Bharuch.", [])
    doc.document.outlet = "Bharuch Times"
    assert Resemblance([doc]).name_words("d0", 0) == ("dahej", "bharuch")


def test_a_hyphenated_name_is_used_by_an_article_that_writes_its_parts(extractor):
    resemblance = Resemblance(_docs(extractor, "Flights at Paris Orly were cancelled.", "Flights at Lyon were cancelled."))
    assert resemblance.uses("d0", "paris-orly")
    assert not resemblance.uses("d1", "paris-orly")


def test_a_participant_few_articles_name_is_rare(extractor):
    docs = [extracted(extractor, "d0", "2026-04-03", "The Tana River burst its banks.",
                      [("Tana River", place("Tana River", "Kenya"))]),
            *_docs(extractor, "A fire hit Leeds.", "A fire hit Surrey.")]
    resemblance = Resemblance(docs)
    assert math.isclose(resemblance.key_rarity("place:tana-river"), math.log(4 / 1))
    assert resemblance.key_rarity("place:kenya") == 0.0  # a country is no participant key
