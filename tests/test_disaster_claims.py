"""Floods and other natural disasters in English and French news: the deaths of a flood's
sentence are the flood's toll, not an attack's; a wire dateline naming a country dates the
filing, not the flood; a country and a county the gazetteer lacks are no clash of places;
French takeover nouns are claims of the class English "buy" is in."""

from __future__ import annotations

from pathlib import Path

from crosscheck.compare.judgement import same_place
from crosscheck.extract.lexicon import lexicons
from crosscheck.pipeline import check, extract_documents
from crosscheck.rules import load_rules


def _claims(tmp_path: Path, text: str) -> list:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(text, encoding="utf-8")
    [doc], _ = extract_documents([folder], load_rules())
    return doc.claims


def test_deaths_after_a_river_bursts_its_banks_are_the_flood_toll_dated_by_its_own_clause(tmp_path):
    claims = _claims(tmp_path, "River floods in the north\n\nPublished: May 9, 2025\n\n"
                               "LOKOJA, Nigeria, May 9 (Reuters) - At least 31 people were killed after the Niger "
                               "River burst its banks on Wednesday, the emergency agency said on Friday.\n")
    assert not [c for c in claims if c.kind == "attack"]
    [flood] = [c for c in claims if c.kind == "disaster" and c.zone == "body"]
    assert flood.time.start.isoformat() == "2025-05-07"  # Wednesday, not the dateline's May 9
    assert [f.exact for f in flood.figures] == ["At least 31"]


def test_a_french_flood_is_a_natural_disaster_not_an_attack(tmp_path):
    claims = _claims(tmp_path, "Inondations meurtrières au Niger\n\nPublié le 9 mai 2025\n\n"
                               "Au moins 31 personnes ont été tuées par les inondations qui ont frappé Niamey mercredi, "
                               "a indiqué la protection civile.\n")
    kinds = {c.kind for c in claims if c.zone == "body"}
    assert "disaster" in kinds and "attack" not in kinds


def test_a_country_and_a_place_of_unknown_country_are_no_clash():
    assert same_place(("kenya", "kenya"), ("tana river county", ""))
    assert same_place(("tana river county", ""), ("kenya", "kenya"))
    assert not same_place(("khartoum", "sudan"), ("n'djamena", "chad"))
    assert not same_place(("kenya", "kenya"), ("arusha", "tanzania"))


def test_french_takeover_words_share_the_english_buy_class():
    table = lexicons(load_rules())
    buy = table["en"].lookup("acquisition")[1]
    for word in ("rachat", "acquisition", "racheté", "achat"):
        assert table["fr"].lookup(word)[1] == buy, word


def test_a_takeover_told_in_french_and_english_is_one_agreement(tmp_path):
    folder = tmp_path / "deal"
    folder.mkdir()
    (folder / "en.txt").write_text("Brenner buys Vasco\n\nPublished: June 3, 2025\n\nGerman chemicals group Brenner agreed "
                                   "to buy Italian paint maker Vasco on Monday, the companies said.\n", encoding="utf-8")
    (folder / "fr.txt").write_text("Brenner s'offre Vasco\n\nPublié le 3 juin 2025\n\nLe chimiste allemand Brenner a "
                                   "annoncé lundi le rachat du fabricant italien de peintures Vasco.\n", encoding="utf-8")
    found = [f for f in check([folder]).findings if f.kind == "agreement"]
    assert [sorted(f.documents) for f in found] == [["en", "fr"]]


import pytest  # noqa: E402


@pytest.mark.parametrize("text", [
    "Avalanche in the Alps\n\nPublished: February 12, 2026\n\nFour skiers were killed in an avalanche above the resort "
    "on Tuesday, the prefecture said.\n",
    "Avalanche dans les Alpes\n\nPublié le 12 février 2026\n\nQuatre skieurs sont morts mardi dans une avalanche "
    "au-dessus de la station, a indiqué la préfecture.\n",
])
def test_the_dead_of_an_avalanche_are_a_natural_disasters_toll_not_an_attacks(tmp_path, text):
    """An avalanche is a natural disaster as a landslide is: the deaths of its sentence are its
    toll, so a skier's death and the avalanche are one event (they were an attack and an open
    "avalanche")."""
    claims = [c for c in _claims(tmp_path, text) if c.zone == "body"]
    assert "attack" not in {c.kind for c in claims}
    [avalanche] = [c for c in claims if c.kind == "disaster"]
    assert [f.exact.lower() for f in avalanche.figures] in (["four"], ["quatre"]), avalanche.figures
