"""French figures: number words and digit conventions from rules/fr/quantities.yaml, French hedges
on the English hedge model, counted nouns and events, and picking the reader by document language."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.extract.quantities import QuantityExtractor, QuantityRules, extract_quantities_from_text
from crosscheck.extract.quantity_ages import is_age
from crosscheck.extract.quantity_fractions import is_share
from crosscheck.models import Document, LineMap, Zone
from crosscheck.extract.sentences import split_sentences
from crosscheck.rules import RulePack, default_rules_dir, load_rule_file, load_rules


@pytest.fixture(scope="module")
def rules() -> QuantityRules:
    model, problems = load_rule_file(default_rules_dir() / "fr" / "quantities.yaml")
    assert not problems, [p.render() for p in problems]
    return model


@pytest.fixture(scope="module")
def extractor() -> QuantityExtractor:
    return QuantityExtractor(load_rules())


def _values(extractor, text):
    return [n.value for n in extractor.find_numbers(text, "fr")]


@pytest.mark.parametrize(
    "text, value",
    [
        ("1 000", 1000), ("1\u00a0000", 1000), ("1\u202f000", 1000), ("1.000", 1000), ("4,8", 4.8), ("4,800", 4.8),
        ("1 234 567,89", 1234567.89), (",08", 0.08), ("huit cents", 800), ("vingt et un", 21), ("vingt-et-un", 21),
        ("soixante-dix", 70), ("soixante et onze", 71), ("soixante-douze", 72), ("quatre-vingts", 80),
        ("quatre-vingt-dix", 90), ("quatre-vingt-dix-neuf", 99), ("dix-sept", 17), ("cent six", 106),
        ("deux cent deux mille", 202000), ("mille", 1000), ("trois millions", 3e6), ("1,5 milliard", 1.5e9),
        ("1 billion", 1e12), ("un million et demi", 1.5e6), ("un demi-million", 5e5), ("trois quarts", 0.75),
        ("cent trois et deux tiers", 103 + 2 / 3), ("vingt et un cinquièmes", 20.2), ("un vingt-cinquième", 0.04),
        ("une douzaine", 12), ("deux cent virgule cinquante deux", 200.52), ("un sur trois", 1 / 3), ("zéro", 0),
        ("nonante", 90), ("septante-cinq", 75),
    ],
)
def test_french_numbers(extractor, text, value):
    assert _values(extractor, text) == [pytest.approx(value)]


@pytest.mark.parametrize("text, values", [
    ("423 0000 seront reconnus comme deux nombres", [423, 0, 2]),
    ("un crédit de 1000 sur 3 ans", [1, 1000, 3]),
    ("1, 234, 567", [1, 234, 567]),
    ("le 21e siècle et la route de 29km", [29]),
])
def test_french_number_boundaries(extractor, text, values):
    assert _values(extractor, text) == values


def _figure(text, language="fr"):
    figures = extract_quantities_from_text(text, language=language)
    assert len(figures) == 1, (text, figures)
    value = figures[0][2]
    return value.low, value.high, value.unit, value.event


@pytest.mark.parametrize("french, english", [
    ("près de 50 personnes ont été tuées", "nearly 50 people were killed"),
    ("plus de 45 civils ont été tués", "more than 45 civilians were killed"),
    ("environ 1 000 soldats ont été déployés", "about 1,000 soldiers were deployed"),
    ("quelque 1 100 militaires", "some 1,100 troops"),
    ("au moins 12 personnes ont été blessées", "at least 12 people were injured"),
    ("jusqu'à 1 100 soldats", "up to 1,100 soldiers"),
    ("moins de 20 personnes ont été arrêtées", "fewer than 20 people were arrested"),
    ("entre 40 et 50 personnes", "between 40 and 50 people"),
    ("des dizaines de civils ont été tués", "dozens of civilians were killed"),
    ("le retrait de 1 100 soldats", "the withdrawal of 1,100 soldiers"),
    ("plus de 5 000 personnes ont été évacuées", "more than 5,000 people were evacuated"),
    ("Le bilan s'élève à 52 morts.", "The death toll rose to 52."),
    # a prison term is a measure of its sentencing; what the prosecution sought is another one
    ("La cour a condamné l'ancien préfet à sept ans de prison ferme.", "A court sentenced the former governor to seven years in prison."),
    ("Il a été condamné à 30 mois d'emprisonnement.", "He was sentenced to 30 months in jail."),
    ("Elle a écopé de trois ans de prison avec sursis.", "She received a three-year suspended sentence."),
    ("Le parquet avait requis quinze ans de réclusion criminelle.", "The prosecution had sought a 15-year prison term."),
    # counts compared across languages: votes, flights, seats
    ("Elle l'emporte avec 24 318 voix.", "She won with 24,318 votes."),
    ("Plus de 300 vols ont été annulés.", "More than 300 flights were cancelled."),
    ("Le parti obtient 42 sièges.", "The party won 42 seats."),
])
def test_french_figures_give_the_english_interval_and_measure(french, english):
    assert _figure(french) == _figure(english, None)


# Durations that measure an event are figures in both languages, with one measure name: how long
# a contract runs, how far it is extended, how long a ban lasts. Sentences of my own in sport,
# business, justice, disasters and politics.
@pytest.mark.parametrize("french, english", [
    # sport
    ("Le milieu de terrain a signé un contrat de quatre ans.", "The midfielder signed a four-year contract."),
    ("L'attaquant s'est engagé pour cinq ans avec Nantes.", "The striker signed for five years with Nantes."),
    ("Le gardien a été prêté pour six mois.", "The goalkeeper joined on a six-month loan."),
    ("L'entraîneur a vu son contrat prolongé de deux ans.", "The coach had his contract extended by two years."),
    ("La fédération l'a suspendu pour deux ans pour dopage.", "The federation banned him for two years for doping."),
    ("Le cycliste a écopé d'une suspension de quatre ans.", "The cyclist received a four-year ban."),
    # business
    ("Airbus a décroché un contrat de dix ans avec la compagnie.", "Airbus won a 10-year contract with the airline."),
    ("La mairie a cédé le terrain par un bail de 99 ans.", "The city gave up the land under a 99-year lease."),
    ("L'opérateur a signé pour trois ans avec la SNCF.", "The operator signed for three years with SNCF."),
    # justice and disasters: a prison term, a ban from a trade
    ("L'ancien maire a été condamné à cinq ans de prison.", "The former mayor was sentenced to five years in prison."),
    ("Le médecin a été radié pour trois ans.", "The doctor was barred for three years."),
    ("Le permis d'exploitation du barrage a été prolongé de dix ans.", "The dam's operating licence was extended by 10 years."),
])
def test_durations_measuring_an_event_are_figures_in_both_languages(french, english):
    assert _figure(french) == _figure(english, None)


# Any other duration is time, not a figure: a term of office, how long something went on, an age.
@pytest.mark.parametrize("text, language", [
    ("Elle a été élue pour un mandat de cinq ans.", "fr"), ("Il a dirigé le club pendant dix ans.", "fr"),
    ("Le barrage avait cédé il y a cinq ans.", "fr"), ("La guerre dure depuis deux ans.", "fr"),
    ("Le président, élu il y a quatre ans, a démissionné.", "fr"), ("un joueur de 22 ans", "fr"),
    ("She was elected to a four-year term.", None), ("He ran the club for 10 years.", None),
    ("The dam failed five years ago.", None), ("The war has lasted two years.", None),
])
def test_other_durations_stay_time(text, language):
    assert extract_quantities_from_text(text, language=language) == []


@pytest.mark.parametrize("text, low, high, unit", [
    ("une vingtaine de soldats", 16, 24, "troops"),
    ("une centaine de militaires", 80, 120, "troops"),
    ("plus d’un millier de soldats", 1001, 1499, "troops"),  # a hedge applies to the amount's figure
    ("une dizaine de soldats", 8, 12, "troops"),
    ("un prêt de 1,5 milliard de dollars", 1.5e9, 1.5e9, "USD"),
    ("Le taux de participation est de 76,5 %", 76.5, 76.5, "percent"),
])
def test_french_amounts(text, low, high, unit):
    assert _figure(text)[:3] == (low, high, unit)


@pytest.mark.parametrize("text", ["âgé de 45 ans", "Les deux dirigeants se sont entretenus", "le 26 mars",
                                  "une attaque a eu lieu", "l'un des soldats", "pendant 10 ans", "un mandat de cinq ans",
                                  "il a passé sept ans au gouvernement"])
def test_french_non_figures(text):
    assert extract_quantities_from_text(text, language="fr") == []


def test_article_counts_only_what_an_event_names():
    assert _figure("faisant un mort") == (1, 1, "people", "killed")
    assert _figure("un soldat a été tué") == (1, 1, "troops", "killed")


def test_reader_follows_document_language(extractor):
    text = "Environ 1.000 soldats sont partis. About 4.800 people left."
    sentences_of = {}
    for language in ("fr", None):
        doc = Document(id="d", path="d.txt", format="text", encoding="utf-8", text=text, lines=LineMap.for_text(text),
                       language=language, body=[Zone(start=0, end=len(text))])
        sentences_of[language] = [m.value.low for m in extractor.extract(doc, split_sentences(doc), [])]
    assert sentences_of["fr"][0] == 900 and sentences_of[None][0] != 900


def test_rule_examples(rules, extractor):
    checks = [(f"hedge:{h.name}", h.examples, lambda v, n=h.name: v.hedge == n) for h in rules.hedges]
    checks += [
        ("vague", rules.vague_examples, lambda v: v.hedge == "vague"),
        ("nouns", rules.noun_examples, lambda v: v.noun in {c.name for c in rules.nouns}),
        ("measures", rules.measure_examples, lambda v: v.event is not None),
        ("shares", rules.share_examples, lambda v: v.noun in {c.name for c in rules.shares}),
        ("amounts", rules.amount_examples, lambda v: v.noun in {c.name for c in rules.amounts}),
        ("unit measures", rules.unit_measure_examples, lambda v: v.noun in {c.name for c in rules.unit_measures}),
        ("events", rules.event_examples, lambda v: v.event is not None),
        ("currencies", rules.currency_examples, lambda v: v.unit in {c.code for c in rules.currencies}),
        ("durations", rules.duration_examples, lambda v: v.unit in {c.name for c in rules.durations}),
        ("occurrences", rules.occurrences.examples, lambda v: v.unit == rules.occurrences.name),
        ("fractions", rules.fractions.examples, lambda v: is_share(v.unit) and not any(c.isdigit() for c in v.exact)),
    ]
    for name, examples, fires in checks:
        for sentence in examples.match:
            assert any(fires(v) for _, _, v in extractor.extract_text(sentence, "fr")), (name, sentence)
        for sentence in examples.no_match:
            assert not any(fires(v) for _, _, v in extractor.extract_text(sentence, "fr")), (name, sentence)
    for sentence in rules.anaphora.examples.match + rules.not_counts.examples.match:  # an age is a person's, no count
        assert [v for _, _, v in extractor.extract_text(sentence, "fr") if not is_age(v)] == [], sentence
    for sentence in rules.ages.examples.match:
        assert any(is_age(v) for _, _, v in extractor.extract_text(sentence, "fr")), sentence
    for sentence in rules.ages.examples.no_match:
        assert not any(is_age(v) for _, _, v in extractor.extract_text(sentence, "fr")), sentence
    for sentence in rules.anaphora.examples.no_match + rules.not_counts.examples.no_match:
        assert extractor.extract_text(sentence, "fr"), sentence
    for sentence in rules.numbers.examples.match:
        assert extractor.find_numbers(sentence, "fr"), sentence
    for sentence in rules.numbers.examples.no_match:
        assert extractor.find_numbers(sentence, "fr") == [], sentence


# An independent writer of French numbers, the oracle of the property tests below.
_UNITS = "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize".split()
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def _below_hundred(n: int, hyphen: str) -> str:
    if n < 17:
        return _UNITS[n]
    if n < 20:
        return f"dix{hyphen}{_UNITS[n - 10]}"
    tens, unit = divmod(n, 10)
    if tens in (7, 9):
        base, rest = ("soixante", n - 60) if tens == 7 else ("quatre-vingt", n - 80)
        return f"{base} et onze" if rest == 11 and tens == 7 else f"{base}{hyphen}{_below_hundred(rest, hyphen)}"
    if tens == 8:
        return "quatre-vingts" if unit == 0 else f"quatre-vingt{hyphen}{_UNITS[unit]}"
    if unit == 0:
        return _TENS[tens]
    return f"{_TENS[tens]} et un" if unit == 1 else f"{_TENS[tens]}{hyphen}{_UNITS[unit]}"


def _below_thousand(n: int, hyphen: str) -> str:
    hundreds, rest = divmod(n, 100)
    words = [] if hundreds == 0 else ["cent"] if hundreds == 1 else [_UNITS[hundreds], "cents" if rest == 0 else "cent"]
    if rest or not words:
        words.append(_below_hundred(rest, hyphen))
    return " ".join(words)


def _french(n: int, hyphen: str) -> str:
    millions, rest = divmod(n, 1_000_000)
    thousands, units = divmod(rest, 1000)
    words = []
    if millions:
        words.append(f"{_below_thousand(millions, hyphen)} million{'s' if millions > 1 else ''}")
    if thousands:
        words.append("mille" if thousands == 1 else f"{_below_thousand(thousands, hyphen)} mille")
    if units or not words:
        words.append(_below_thousand(units, hyphen))
    return " ".join(words)


@settings(max_examples=400)
@given(st.integers(min_value=0, max_value=999_999_999), st.sampled_from(["-", " "]))
def test_french_words_read_back(extractor, number, hyphen):
    assert _values(extractor, _french(number, hyphen)) == [number]


@settings(max_examples=300)
@given(st.integers(min_value=0, max_value=10**12), st.sampled_from([" ", "\u00a0", "\u202f", "."]),
       st.one_of(st.none(), st.integers(min_value=0, max_value=999)))
def test_french_digits_read_back(extractor, number, separator, decimals):
    text = f"{number:,}".replace(",", separator)
    expected = float(number)
    if decimals is not None:
        text += f",{decimals:03d}"
        expected += decimals / 1000
    assert _values(extractor, text) == [pytest.approx(expected)]


@settings(max_examples=200)
@given(st.integers(min_value=2, max_value=100_000), st.sampled_from([
    ("près de", "nearly"), ("plus de", "more than"), ("environ", "about"), ("au moins", "at least"),
    ("jusqu'à", "up to"), ("moins de", "fewer than")]))
def test_french_hedge_matches_english_for_any_figure(number, hedges):
    french, english = hedges
    digits_fr, digits_en = f"{number:,}".replace(",", "\u202f"), f"{number:,}"
    assert _figure(f"{french} {digits_fr} soldats ont été tués") == _figure(f"{english} {digits_en} soldiers were killed", None)


@settings(max_examples=300)
@given(st.lists(st.sampled_from("un une vingt et cent mille quatre dix sept soixante millions demi tiers quarts cinquièmes "
                                "sur virgule 1 000 1.000 4,8 , - près de plus au moins environ soldats morts".split(" ")), max_size=12))
def test_french_number_soup_never_raises(words):
    text = " ".join(words)
    extract_quantities_from_text(text, language="fr")
    for number in QuantityExtractor(RulePack()).find_numbers(text, "fr"):
        assert 0 <= number.start < number.end <= len(text)


@pytest.mark.parametrize("text, unit, event", [
    ("Environ 1 100 opérations et rendez-vous ont été reportés.", "opérations", "postponed"),
    ("Plus de 2 000 habitants fuient les villages.", "people", "displaced"),
    ("L'attaque a fait 30 morts et des dizaines de blessés.", "people", "killed"),
])
def test_the_figure_belongs_to_the_verb_after_its_nouns(extractor, text, unit, event):
    value = extractor.extract_text(text, "fr")[0][2]
    assert (value.unit, value.event) == (unit, event)


@pytest.mark.parametrize(("text", "kept"), [
    # a number glued to a name is part of it: no count
    ("Un Boeing 737 de la compagnie s'y était posé en 2024.", []),
    ("L'appareil, un Boeing 737 parti de Porto, s'est posé à Lyon.", []),
    ("L'Airbus 320 s'est posé à Lyon.", []),
    # a count after a place name stays one
    ("Le bilan atteint à Douala 12 morts.", [12]),
    ("À bord se trouvaient 186 passagers.", [186]),
])
def test_a_number_in_a_name_is_no_count(extractor, text, kept):
    assert [v.low for _, _, v in extractor.extract_text(text, "fr")] == kept


@pytest.mark.parametrize(("text", "expected"), [
    ("À bord se trouvaient 186 passagers et six membres d'équipage.", [(186, "people", "aboard"), (6, "crew", "aboard")]),
    ("Onze passagers ont été légèrement blessés.", [(11, "people", "wounded")]),
    ("Le choléra a fait six morts et 151 cas suspects ont été recensés.", [(6, "people", "killed"), (151, "suspected cases", None)]),
    ("Le pays compte désormais plus de 200 cas.", [(201, "cases", None)]),
])
def test_a_state_of_the_event_is_its_measure(extractor, text, expected):
    assert [(v.low, v.unit, v.event) for _, _, v in extractor.extract_text(text, "fr")] == expected


# Longueurs, surfaces, masses, volumes et vitesses : des mesures dans leur unité, nommée comme en
# anglais ; une longueur qui situe un lieu n'est pas un chiffre.
@pytest.mark.parametrize(("text", "expected"), [
    ("La coulée de lave mesurait environ 3 kilomètres vendredi.", [("environ 3 kilomètres", "km", "length")]),
    ("L'incendie a parcouru plus de 12 000 hectares de pinède.", [("plus de 12 000 hectares", "hectares", "area")]),
    ("Les douaniers ont saisi 1,2 tonne de cocaïne.", [("1,2 tonne", "tonnes", "weight")]),
    ("La tempête a soufflé à 140 km/h sur la côte.", [("140 km/h", "km/h", "speed")]),
    ("Un bouchon d'une trentaine de kilomètres s'est formé.", [("une trentaine de kilomètres", "km", "length")]),
    ("Le cargo transportait 3 400 tonnes d'engrais.", [("3 400 tonnes", "tonnes", "weight")]),
])
def test_un_nombre_suivi_d_une_unite_est_une_mesure(extractor, text, expected):
    assert [(text[s:e], v.unit, v.noun) for s, e, v in extractor.extract_text(text, "fr")] == expected


@pytest.mark.parametrize("text", [
    "Les otages étaient détenus dans un camp à 40 km au nord de Maiduguri.",
    "Le village se trouve à une quinzaine de kilomètres de Kamituga.",
    "L'épicentre était situé à 10 kilomètres de la ville de Van.",
])
def test_une_longueur_qui_situe_un_lieu_n_est_pas_un_chiffre(extractor, text):
    assert extractor.extract_text(text, "fr") == []


# Une température, même suivie d'un lieu (« 41 °C à Lyon »), et un seuil franchi (« a dépassé les »).
@pytest.mark.parametrize(("text", "expected"), [
    ("Un record absolu de 42,3 °C a été relevé lundi.", [("42,3 °C", "°C", "temperature", None)]),
    ("Le thermomètre a dépassé les 40 °C à Nîmes.", [("dépassé les 40 °C", "°C", "temperature", "above")]),
    ("Il a fait 38 degrés à l'ombre.", [("38 degrés", "°C", "temperature", None)]),
])
def test_une_temperature_est_une_mesure(extractor, text, expected):
    assert [(text[s:e], v.unit, v.event, v.hedge) for s, e, v in extractor.extract_text(text, "fr")] == expected


def test_un_taux_qui_s_est_etabli_a_est_sa_mesure(extractor):
    [(_, _, value)] = extractor.extract_text("Le taux de participation s'est établi à 44,6 %.", "fr")
    assert (value.low, value.noun, value.event) == (44.6, "turnout", "turnout")


@pytest.mark.parametrize(("text", "expected"), [
    ("Neuf des évadés ont été repris lundi.", [("Neuf", "escapees")]),
    ("Trois des grévistes ont été interpellés.", [("Trois", "grévistes")]),
    ("La prison compte près de 850 détenus.", [("près de 850", "inmates")]),
    ("Le centre, prévu pour 200 personnes, en accueille désormais 650.", [("200", "people"), ("650", "people")]),
])
def test_un_nombre_d_un_tout_nomme_compte_son_nom(extractor, text, expected):
    assert [(text[s:e], v.unit) for s, e, v in extractor.extract_text(text, "fr")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Au moins 20 mineurs restent bloqués sous les décombres.", [("people", "missing")]),
    ("Quatre alpinistes ont été tués et une vingtaine d'autres ont été ensevelis.", [("people", "killed"), ("people", "missing")]),
    ("Douze pêcheurs sont toujours portés disparus.", [("people", "missing")]),
])
def test_bloques_ensevelis_et_disparus_sont_un_meme_decompte(extractor, text, expected):
    assert [(v.unit, v.event) for _, _, v in extractor.extract_text(text, "fr")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Le Tavuru a projeté un panache de cendres à 12 kilomètres d'altitude.", [("12 kilomètres", "km", "height")]),
    ("Le séisme s'est produit à 10 km de profondeur.", [("10 km", "km", "depth")]),
    ("Les cendres sont montées à une altitude de 12 km.", [("12 km", "km", "height")]),
    ("une colonne d'une dizaine de kilomètres de hauteur", [("une dizaine de kilomètres", "km", "height")]),
    ("Le village se trouve à 12 kilomètres de Paama.", []),  # un lieu, toujours pas un chiffre
])
def test_une_longueur_nommee_altitude_ou_profondeur_est_cette_mesure(extractor, text, expected):
    assert [(text[s:e], v.unit, v.noun) for s, e, v in extractor.extract_text(text, "fr")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # « une évacuée de 71 ans » décrit une personne : un article, pas un décompte d'évacués
    ("C'est ici qu'une évacuée de 71 ans, cardiaque, est morte lundi.", []),
    ("Un blessé de 30 ans a succombé.", []),
    # un nombre que le verbe ou le nom du bilan compte reste un décompte
    ("Le séisme a fait un mort.", [(1, "killed")]),
    ("Un soldat a été tué et deux autres blessés.", [(1, "killed"), (2, "wounded")]),
    # le complément nommé du nom compté ne coupe pas le nombre de son verbe
    ("Plus de 3 000 habitants de Paama ont été évacués.", [(3001, "displaced")]),
    ("En 2018, les quelque 11 000 habitants d'Ambae avaient été évacués.", [(10450, "displaced")]),
])
def test_un_article_devant_une_personne_decrite_n_est_pas_un_decompte(extractor, text, expected):
    assert [(v.low, v.event) for _, _, v in extractor.extract_text(text, "fr")] == expected


@pytest.mark.parametrize(("french", "english"), [
    ("Le policier a fait usage de son arme à deux reprises.", "The officer fired his weapon twice."),
    ("Il a tiré trois fois sur la voiture.", "He fired three times at the car."),
    ("Le volcan est entré en éruption pour la troisième fois.", "The volcano erupted for the third time."),
    ("Le taux atteignait 1,8 fois la limite.", "The level reached 1.8 times the limit."),
])
def test_un_nombre_de_fois_se_compare_a_l_anglais(extractor, french, english):
    def measures(text, language):
        return [(v.low, v.unit) for _, _, v in extractor.extract_text(text, language)]
    assert measures(french, "fr") == measures(english, "en") != []


@pytest.mark.parametrize(("text", "expected"), [
    ("L'île de 11 000 habitants a été évacuée.", [("population", "population")]),
    ("Les autorités ont évacué une île de 11 000 habitants.", [("people", "displaced")]),
    ("En 2018, les quelque 11 000 habitants d'Ambae avaient été évacués.", [("people", "displaced")]),
])
def test_une_population_n_est_un_decompte_de_l_evenement_que_comme_son_objet(extractor, text, expected):
    assert [(v.unit, v.event) for _, _, v in extractor.extract_text(text, "fr")] == expected
