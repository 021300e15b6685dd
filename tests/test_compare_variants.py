"""Variant findings (compare/variants.py): a dropped middle name is a variant, a surname alone is not."""

from __future__ import annotations

import pytest

from crosscheck.compare.variants import _spelling_forms, _word_for_word
from crosscheck.models import EntityValue, Mention
from crosscheck.pipeline import check


def _variants(tmp_path, first: str, second: str) -> list[str]:
    (tmp_path / "a.txt").write_text(f"Rates cut\n\nPublished: 2025-09-05\n\n{first}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Rates lowered\n\nPublished: 2025-09-05\n\n{second}\n", encoding="utf-8")
    return [f.summary for f in check([str(tmp_path)]).findings if f.kind == "variant"]


def test_a_dropped_middle_name_is_a_variant_of_one_person(tmp_path) -> None:
    found = _variants(tmp_path, "Economist Mehmet Ali Korkmaz said further cuts were likely.",
                      "Mehmet Korkmaz, an economist, said further cuts were likely.")
    assert any("Mehmet Ali Korkmaz" in s and "'Mehmet Korkmaz'" in s for s in found), found


def test_a_surname_alone_is_a_short_form_not_a_variant(tmp_path) -> None:
    found = _variants(tmp_path, "Economist Mehmet Ali Korkmaz said further cuts were likely. Korkmaz said so.",
                      "Economist Mehmet Ali Korkmaz said so too. Korkmaz added that rates would fall.")
    assert not found, found


def test_a_surname_alone_joins_the_variant_when_the_difference_is_in_the_surname(tmp_path) -> None:
    (tmp_path / "c.txt").write_text("Minister quits\n\nPublished: 2025-09-05\n\nMr Ó Briain said he had done nothing wrong.\n",
                                    encoding="utf-8")
    found = _variants(tmp_path, "Minister Cathal Ó Briain resigned on Tuesday over the award of a contract to a firm.",
                      "Minister Cathal O Briain resigned on Tuesday over the award of a contract to a firm.")
    assert any("'Cathal Ó Briain' in a and c" in s for s in found), found


def test_a_surname_alone_tells_no_spelling_of_a_given_name(tmp_path) -> None:
    (tmp_path / "c.txt").write_text("Volcano\n\nPublished: 2025-09-05\n\nDirector Vusilai said the island was safe.\n",
                                    encoding="utf-8")
    found = _variants(tmp_path, "Director Jean-Pierre Vusilai said on Monday that the island was safe for the evacuees.",
                      "Director Jean Pierre Vusilai said on Monday that the island was safe for the evacuees.")
    assert len(found) == 1, found
    spellings = found[0].split(" is spelled ", 1)[1]
    assert "in c" not in spellings and "and c" not in spellings, found


@pytest.mark.parametrize("form, other, same", [
    ("Crédit Léman", "Credit Leman", True),  # accents
    ("Al-Shabaab", "al Shabab", True),  # a hyphen and a letter
    ("Tyvak Nano-Satellite Systems", "Tyvak Nanosatellite Systems", True),  # joined
    ("Banque nationale suisse", "Swiss National Bank", False),  # words moved and replaced
    ("Cour de cassation", "Court of Cassation", False),
    ("Banque nationale", "Swiss National Bank", False),
])
def test_a_spelling_keeps_the_words_a_translation_moves_or_replaces_them(form, other, same) -> None:
    assert _word_for_word(form.casefold(), other.casefold()) is same


def _organisation(document: str, text: str) -> Mention:
    return Mention(document=document, kind="organization", text=text, start=0, end=len(text), line=1, sentence=0,
                   value=EntityValue(entity="name:bank", canonical="Swiss National Bank", type="organization"))


@pytest.mark.parametrize("french, english, languages, kept", [
    ("Banque nationale suisse", "Swiss National Bank", ("fr", "en"), []),  # each language's name of the bank
    ("Credit Leman", "Crédit Léman", ("en", "fr"), ["credit leman", "crédit léman"]),  # one name spelled two ways
    ("Swiss Nat. Bank", "Swiss National Bank", ("en", "en"), ["swiss nat. bank", "swiss national bank"]),
])
def test_an_organisations_names_in_two_languages_are_no_variant(french, english, languages, kept) -> None:
    by_form = {french.casefold(): [_organisation("a", french)], english.casefold(): [_organisation("b", english)]}
    assert _spelling_forms(by_form, dict(zip("ab", languages))) == kept
