"""Event words of the news genres a fact-checker meets every day, in English and French
(rules/*/events/classes.yaml, lexicon.yaml, accident.yaml, disaster.yaml): accidents, recalls,
sinkings and rescues, job cuts and results, outbreaks, storms, appeals and confidence votes.
Each is a class, whatever its word, its word class or its language, and a word's sense is read
from the words it takes ("admitted to hospital", "lost two cousins", "tués sur le coup")."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck.extract.lexicon import Lexicon, lexicons
from crosscheck.pipeline import extract_documents
from crosscheck.rules import load_rules


@pytest.fixture(scope="module")
def tables() -> dict[str, Lexicon]:
    return lexicons(load_rules())


def _words(tables, language: str, text: str) -> list[tuple[str, str, str]]:
    return [(text[w.start : w.end], w.lemma, w.event_class) for w in tables[language].event_words(text)]


def _class_of(tables, language: str, text: str, word: str) -> str | None:
    return next((name for written, _, name in _words(tables, language, text) if written == word), None)


@pytest.mark.parametrize("language, text, word, expected", [
    # Recalls, as verb and noun, in both languages.
    ("en", "The company has recalled 9,000 cheeses.", "recalled", "recall"),
    ("en", "Brannock Dairies is recalling its soft cheese.", "recalling", "recall"),
    ("en", "The recall, announced last Tuesday, covers three batches.", "recall", "recall"),
    ("fr", "Brannock rappelle des lots de fromage.", "rappelle", "recall"),
    ("fr", "Le rappel de 9 000 fromages a été annoncé mercredi.", "rappel", "recall"),
    ("fr", "Les produits ont été retirés de la vente.", "retirés", "recall"),
    # Hospital, illness, outbreaks.
    ("en", "Three people have been admitted to hospital with listeriosis.", "admitted", "hospitalise"),
    ("en", "Twelve people were hospitalised.", "hospitalised", "hospitalise"),
    ("fr", "Douze personnes ont été hospitalisées.", "hospitalisées", "hospitalise"),
    ("en", "Five people have fallen ill.", "fallen", "sicken"),
    ("en", "The outbreak has sickened 40 people.", "sickened", "sicken"),
    ("fr", "Cinq personnes sont tombées malades.", "tombées", "sicken"),
    # Rescues.
    ("en", "Survivors were pulled from the water by fishermen.", "pulled", "rescue"),
    ("fr", "Vingt-trois personnes ont été secourues.", "secourues", "rescue"),
    ("fr", "Les rescapés ont été repêchés par les garde-côtes.", "repêchés", "rescue"),
    # Job cuts are layoffs, not rate cuts; a rate cut stays a cut.
    ("en", "Halberg will cut 2,400 jobs.", "cut", "dismiss"),
    ("en", "The 2,400 job cuts fall mostly in Germany.", "cuts", "dismiss"),
    ("en", "The group will shed 300 jobs.", "shed", "dismiss"),
    ("en", "The company will lay off 500 workers.", "lay", "dismiss"),
    ("en", "The bank cut its rate by 150 basis points.", "cut", "cut"),
    ("fr", "Halberg va supprimer 2 400 postes d'ici fin 2028.", "supprimer", "dismiss"),
    ("fr", "Le groupe annonce la suppression de 2 400 postes.", "suppression", "dismiss"),
    # A company's results are a measure, whatever verb reports them.
    ("en", "Revenue fell 7% to 2.84 billion euros.", "fell", "revenue"),
    ("en", "Third-quarter sales rose 3%.", "rose", "revenue"),
    ("fr", "Son chiffre d'affaires a reculé de 7 % au troisième trimestre.", "reculé", "revenue"),
    # Deaths, contests, appeals and votes read from the object.
    ("en", "Seven people lost their lives.", "lost", "die"),
    ("en", "The Titans lost to the Colts.", "lost", "win"),
    ("en", "Labour lost the election.", "lost", "win"),
    ("fr", "Il a déposé un recours contre la décision.", "recours", "appeal"),
    # Filing an appeal is a filing, as "filed an appeal" is in English (no overthrow).
    ("fr", "Il a déposé un recours contre la décision.", "déposé", "file"),
    # Its participle tells of a text filed, unless a ruler is what was deposed.
    ("fr", "L'initiative avait été déposée en mai 2019 avec 8 000 signatures.", "déposée", "file"),
    ("fr", "Le texte, déposé en 2021 par trois députés, a été rejeté.", "déposé", "file"),
    ("fr", "Le roi a été déposé par l'armée en 1952.", "déposé", "overthrow"),
    ("fr", "Les militaires ont déposé le président élu.", "déposé", "overthrow"),
    ("fr", "Le gouvernement a survécu à une motion de censure.", "censure", "vote"),
    ("fr", "Les militaires ont mené un coup d'État en 2020.", "coup", "usurp"),
    ("fr", "Les coups d'État se sont multipliés.", "coups", "usurp"),
    ("en", "The government lost a motion of no confidence.", "motion", "vote"),
    ("en", "The government survived a confidence motion.", "motion", "vote"),
    # A takeover at a price is a purchase, whatever is taken over ("take over", "reprendre").
    ("en", "Hollwerk agreed to take over Vantor Systems for 1.2 billion dollars.", "take", "buy"),
    ("en", "The club took over the stadium for $30 million.", "took", "buy"),
    ("fr", "Hollwerk a accepté de reprendre Vantor Systems pour 1,2 milliard de dollars.", "reprendre", "buy"),
    ("fr", "Le groupe reprend la chaîne pour 300 millions d'euros.", "reprend", "buy"),
])
def test_a_news_genre_word_names_its_class(tables, language, text, word, expected):
    assert _class_of(tables, language, text, word) == expected, _words(tables, language, text)


@pytest.mark.parametrize("language, text, word", [
    ("en", "She recalled that the water rose fast.", "recalled"),
    ("en", '"It was terrible," she recalled.', "recalled"),
    ("en", "The firm was hit by restructuring charges.", "hit"),
    ("en", "The firm was hit by restructuring charges.", "charges"),
    ("en", "He lost two cousins in the sinking.", "lost"),
    ("en", "The company lost 2 million euros.", "lost"),
    ("fr", "Le ministre a rappelé que la situation est grave.", "rappelé"),
    ("fr", "Le conducteur et deux passagers avaient été tués sur le coup.", "coup"),
    ("fr", "Il a été inculpé de coups et blessures involontaires.", "coups"),
    ("fr", "Du coup, la ligne reste fermée.", "coup"),
    ("fr", "Le maire demande la suppression du passage à niveau.", "suppression"),
    ("fr", "Le recours à la force est interdit.", "recours"),
    ("fr", "Le journal dénonce la censure.", "censure"),
    ("en", "Lawyers filed a motion to dismiss the case.", "motion"),
    ("en", "The rebels took over the town for two days.", "took"),
    ("fr", "Les combats ont repris lundi pour deux jours.", "repris"),
    ("fr", "Le ministre a repris la parole pour dix minutes.", "repris"),
])
def test_a_word_in_a_sense_of_no_event_makes_no_claim(tables, language, text, word):
    assert _class_of(tables, language, text, word) is None, _words(tables, language, text)


@pytest.mark.parametrize("english, french", [
    ("recalled recall", "rappel"),
    ("hospitalised hospitalisation", "hospitalisation hospitalisées"),
    ("rescued rescue", "secourues sauvetage"),
    ("layoff layoffs", "licenciement licenciés"),
    ("collision", "collision"),
])
def test_one_genre_is_one_class_in_both_languages(tables, english, french):
    classes = {word: tables["en"].lookup(word) for word in english.split()} \
        | {word: tables["fr"].lookup(word) for word in french.split()}
    assert None not in classes.values(), classes
    assert len({hit[1] for hit in classes.values()}) == 1, classes


def _claims(tmp_path: Path, name: str, text: str) -> list:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "a.txt").write_text(text, encoding="utf-8")
    [doc], _ = extract_documents([folder], load_rules())
    return [c for c in doc.claims if c.zone == "body"]


@pytest.mark.parametrize("text", [
    "Train derails in Belgium\n\nPublished: October 13, 2026\n\nThree people were killed and 48 injured on Tuesday "
    "when a passenger train derailed near Ciney, the rail operator said.\n",
    "Bus crash\n\nPublished: May 4, 2026\n\nFive people died on Monday when a bus collided with a lorry near Tulle.\n",
    "Déraillement en Belgique\n\nPublié le 14 octobre 2026\n\nLe conducteur du train et deux passagers ont été tués "
    "mardi lors du déraillement d'un train près de Ciney.\n",
])
def test_the_dead_and_injured_of_an_accident_are_the_accidents_not_an_attacks(tmp_path, text):
    kinds = {c.kind for c in _claims(tmp_path, "news", text)}
    assert "accident" in kinds and "attack" not in kinds, kinds


@pytest.mark.parametrize("text", [
    "Migrants drown off Tunisia\n\nPublished: September 20, 2026\n\nAt least 12 migrants drowned on Sunday when their "
    "boat capsized off Sfax.\n",
    "Naufrage au large de Sfax\n\nPublié le 20 septembre 2026\n\nAu moins 12 migrants sont morts dimanche dans le "
    "naufrage de leur embarcation, qui a chaviré au large de Sfax.\n",
    "Sfax shipwreck toll rises\n\nPublished: September 22, 2026\n\nThe death toll from Sunday's shipwreck off Sfax "
    "rose to 19 on Monday.\n",
    "Bus crash\n\nPublished: March 2, 2026\n\nThree people were killed when a bus overturned near Nakuru on Monday.\n",
    "Lagos\n\nPublished: March 2, 2026\n\nAt least 12 people died when a six-storey building collapsed in Lagos on Monday.\n",
    "Lagos\n\nPublié le 2 mars 2026\n\nAu moins 12 personnes sont mortes lundi quand un immeuble s'est effondré à Lagos.\n",
])
def test_one_accident_told_with_different_words_is_one_kind_of_event(tmp_path, text):
    kinds = {c.kind for c in _claims(tmp_path, "news", text)}
    assert "accident" in kinds and "attack" not in kinds, kinds


@pytest.mark.parametrize("text", [
    "Markets\n\nPublished: March 3, 2026\n\nShares in the carmaker sank 7% on Thursday after a profit warning.\n",
    "Markets\n\nPublished: March 3, 2026\n\nThe stock market crash of 1987 wiped out savings.\n",
    "Letters\n\nPublished: March 3, 2026\n\nHe found the letter by accident on Sunday.\n",
    "Court\n\nPublished: March 3, 2026\n\nThe ruling was overturned on appeal on Monday.\n",
    "Talks\n\nPublished: March 3, 2026\n\nTalks between the two parties collapsed on Friday.\n",
])
def test_markets_and_chance_are_no_accident(tmp_path, text):
    assert "accident" not in {c.kind for c in _claims(tmp_path, "news", text)}


def test_a_storm_making_landfall_is_a_natural_disaster(tmp_path):
    claims = _claims(tmp_path, "storm", "Hurricane Milton\n\nPublished: October 10, 2024\n\nHurricane Milton made "
                                        "landfall near Siesta Key on Wednesday, forecasters said.\n\nMore rain is expected on Thursday.\n")
    assert "disaster" in {c.kind for c in claims}


def _examples_of_every_language():
    """Every event file's examples, French ones too (tests/test_claims.py reads one file per kind)."""
    for rule in load_rules().get("events"):
        for sentence in rule.examples.match:
            yield pytest.param(rule, sentence, True, id=f"{rule.language}-{rule.event}-match-{sentence[:30]}")
        for sentence in rule.examples.no_match:
            yield pytest.param(rule, sentence, False, id=f"{rule.language}-{rule.event}-no-{sentence[:30]}")


@pytest.mark.parametrize("rule, sentence, expected", list(_examples_of_every_language()))
def test_event_examples_of_every_language(rule, sentence, expected):
    assert any(p.search(sentence) for p in rule.triggers) is expected
