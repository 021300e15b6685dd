"""Variant findings (compare/variants.py): a dropped middle name is a variant, a surname alone is not."""

from __future__ import annotations

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
