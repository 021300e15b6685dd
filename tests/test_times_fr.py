"""French times (issue 16 item 3): the grammar compiled from rules/fr/time.yaml and picked by the
document's language, with the forms of French news."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.extract.times import TimeExtractor, extract_times_from_text
from crosscheck.models import Document, LineMap, Zone
from crosscheck.rules import load_rules

D = date
# a Thursday
REFERENCE = D(2024, 3, 28)


def values(text: str, reference: date = REFERENCE):
    return [(m.text, m.value.start, m.value.end, m.value.granularity) for m in extract_times_from_text(text, reference, "fr")]


@pytest.mark.parametrize(("text", "surface", "start", "end", "granularity"), [
    # absolute days and months
    ("Le ministre a reçu son homologue mardi 26 mars.", "mardi 26 mars", D(2024, 3, 26), D(2024, 3, 26), "day"),
    ("Le décret a été signé le 25 mars 2023.", "25 mars 2023", D(2023, 3, 25), D(2023, 3, 25), "day"),
    ("Le coup d'État a eu lieu le 1er août.", "1er août", D(2023, 8, 1), D(2023, 8, 1), "day"),
    ("Le texte est daté du 26/03/2024.", "du 26/03/2024", D(2024, 3, 26), D(2024, 3, 26), "day"),
    ("Le texte est daté du 14.11.2019.", "du 14.11.2019", D(2019, 11, 14), D(2019, 11, 14), "day"),
    ("La lettre, datée du 15.05.99, est parvenue hier.", "du 15.05.99", D(1999, 5, 15), D(1999, 5, 15), "day"),
    ("Les élections ont eu lieu en 2023.", "2023", D(2023, 1, 1), D(2023, 12, 31), "year"),
    ("Les pluies ont cessé en février.", "février", D(2024, 2, 1), D(2024, 2, 29), "month"),
    # relative days and periods, the relative word after the noun
    ("Il est arrivé hier à Niamey.", "hier", D(2024, 3, 27), D(2024, 3, 27), "day"),
    ("Avant-hier, les soldats sont partis.", "Avant-hier", D(2024, 3, 26), D(2024, 3, 26), "day"),
    ("Aujourd’hui, le président parle.", "Aujourd’hui", D(2024, 3, 28), D(2024, 3, 28), "day"),
    ("La semaine dernière, le président a parlé.", "semaine dernière", D(2024, 3, 18), D(2024, 3, 24), "week"),
    ("L'an dernier, la junte a pris le pouvoir.", "an dernier", D(2023, 1, 1), D(2023, 12, 31), "year"),
    ("Le sommet aura lieu le mois prochain.", "mois prochain", D(2024, 4, 1), D(2024, 4, 30), "month"),
    ("Lundi dernier, le ministre a parlé.", "Lundi dernier", D(2024, 3, 25), D(2024, 3, 25), "day"),
    ("Le 26 mars dernier, le général a appelé.", "26 mars dernier", D(2024, 3, 26), D(2024, 3, 26), "day"),
    ("Il a été élu en mars dernier.", "mars dernier", D(2023, 3, 1), D(2023, 3, 31), "month"),
    # offsets before the count
    ("Il y a trois jours, il a signé.", "Il y a trois jours", D(2024, 3, 25), D(2024, 3, 25), "day"),
    ("Il y a un an, le coup d'État.", "Il y a un an", D(2023, 1, 1), D(2023, 12, 31), "year"),
    ("Le vote aura lieu dans deux semaines.", "dans deux semaines", D(2024, 4, 11), D(2024, 4, 11), "day"),
    # parts of a month, the future tense that inflects
    ("Les troupes partiront à la mi-septembre.", "la mi-septembre", D(2024, 9, 11), D(2024, 9, 20), "month"),
    ("Le retrait s'achèvera fin mai.", "fin mai", D(2024, 5, 21), D(2024, 5, 31), "month"),
    ("Début avril, la junte a annoncé le retrait.", "Début avril", D(2023, 4, 1), D(2023, 4, 10), "month"),
])
def test_french_forms(text, surface, start, end, granularity):
    found = [f for f in values(text) if f[0] == surface]
    assert found, values(text)
    assert found[0][1:] == (start, end, granularity)


def test_deadline_and_open_intervals():
    (text, start, end, _), = values("Les troupes doivent partir d'ici le 15 septembre.")
    assert text.startswith("d'ici") and (start, end) == (D(2024, 9, 15), D(2024, 9, 15))
    found = extract_times_from_text("Le pays est sous couvre-feu depuis le 26 juillet 2023.", REFERENCE, "fr")
    assert found[0].value.start == D(2023, 7, 26) and found[0].value.end is None
    found = extract_times_from_text("L'état d'urgence est prolongé jusqu'au 30 avril.", REFERENCE, "fr")
    assert found[0].value.start is None and found[0].value.end == D(2024, 4, 30)


@pytest.mark.parametrize(("text", "modality"), [
    ("Les troupes doivent partir d'ici le 15 septembre.", "deadline"),
    # the past perfect tells how far something had got by then: an as-of time, asserted
    ("L'incendie avait brûlé 3 000 hectares d'ici lundi matin.", "asserted"),
    ("D'ici décembre, l'armée avait quitté le pays.", "asserted"),
])
def test_a_deadline_in_the_past_perfect_is_an_as_of_time(text, modality):
    found = extract_times_from_text(text, REFERENCE, "fr")
    assert [f.value.modality for f in found if f.text.lower().startswith("d'ici")] == [modality]


@pytest.mark.parametrize(("text", "day", "modality"), [
    # a weekday in the future tense is the coming one, whatever verb of saying follows it
    ("Le président recevra lundi les représentants des partis, a indiqué la présidence.", D(2024, 4, 1), "expected"),
    ("Le président recevra lundi les représentants, qui ont réclamé une rencontre.", D(2024, 4, 1), "expected"),
    ("Les deux équipes se retrouveront lundi à Lyon.", D(2024, 4, 1), "expected"),
    ("Le président doit recevoir lundi les représentants des partis.", D(2024, 4, 1), "expected"),
    ("Le ministre devrait signer lundi l'accord.", D(2024, 4, 1), "expected"),
    # the past stays the past
    ("Le ministre a démissionné lundi et sera remplacé, a indiqué la présidence.", D(2024, 3, 25), "asserted"),
])
def test_a_weekday_in_the_future_tense_is_the_coming_one(text, day, modality):
    found = extract_times_from_text(text, REFERENCE, "fr")
    assert [(f.value.start, f.value.modality) for f in found] == [(day, modality)]


def test_a_weekday_range_at_night():
    (text, start, end, _), = values("Dans la nuit de mercredi à jeudi, des tirs ont été entendus.")
    assert (start, end) == (D(2024, 3, 27), D(2024, 3, 28))


def test_the_seven_of_a_count_is_no_month():
    assert values("Il y a sept jours, les soldats sont partis.")[0][1] == D(2024, 3, 21)
    assert values("Les sept jours de deuil ont commencé.") == []


@pytest.mark.parametrize("text", [
    "Deux hommes de 24 et 31 ans ont été interpellés mercredi.",
    "Les deux suspects, de 19 ou 20 ans, ont été vus mercredi.",
    "Les victimes, âgées de 19, 24 et 31 ans, ont été identifiées mercredi.",
])
def test_a_number_coordinated_with_an_age_is_no_day(text):
    assert [surface for surface, *_ in values(text)] == ["mercredi"]


@pytest.mark.parametrize("text", [
    "Le tableau avait été estimé entre 1,5 et 2 millions d'euros mercredi.",
    "La croissance a atteint 2,5 % mercredi, contre 1,8 % en moyenne.",
])
def test_a_number_with_decimals_is_no_day(text):
    assert [surface for surface, *_ in values(text)] == ["mercredi"]


def test_two_days_coordinated_stay_days():
    assert [surface for surface, *_ in values("Les combats du 12 et 13 mars ont fait dix morts.")][-1] == "13 mars"
    assert values("Les combats du 12 et 13 mars ont fait dix morts.")[0][1] == D(2024, 3, 12)


def test_a_french_document_is_read_with_the_french_grammar():
    text = "Le président de la transition a reçu hier le Premier ministre, arrivé mardi 26 mars à Niamey."
    base = dict(id="x", path="x.txt", format="text", encoding="utf-8", text=text, lines=LineMap.for_text(text),
                published=REFERENCE, body=[Zone(start=0, end=len(text))])
    from crosscheck.extract.sentences import split_sentences

    extractor = TimeExtractor(load_rules())
    french = Document(**base, language="fr")
    found = {m.text: m.value.start for m in extractor.extract(french, split_sentences(french))}
    assert found == {"hier": D(2024, 3, 27), "mardi 26 mars": D(2024, 3, 26)}
    # the same words in a document read as English are no times
    english = Document(**base, language="en")
    assert [m.text for m in extractor.extract(english, split_sentences(english))] == []


def test_english_documents_keep_the_english_grammar():
    extractor = TimeExtractor(load_rules())
    assert extractor.grammar_for("fr") is not extractor.grammar_for("en")
    assert extractor.grammar_for("fr").day_first and not extractor.grammar_for("en").day_first


@pytest.mark.parametrize("group", ["future", "past", "perfect"])
def test_french_cue_examples(group):
    from crosscheck.extract.time_rules import _Cues
    from crosscheck.extract.times import _default_rules

    cue = getattr(_default_rules("fr"), group)
    cues = _Cues([cue])
    for sentence in cue.examples.match:
        assert cues.search(sentence), sentence
    for sentence in cue.examples.no_match:
        assert not cues.search(sentence), sentence


@pytest.mark.parametrize(("text", "surface", "start", "end", "granularity"), [
    ("Le sommet se tiendra du 4 au 6 juin 2024.", "du 4 au 6 juin 2024", D(2024, 6, 4), D(2024, 6, 6), "day"),
    ("L'APEC aura lieu du 18 au 19 novembre.", "du 18 au 19 novembre", D(2024, 11, 18), D(2024, 11, 19), "day"),
    ("Cette semaine, le ministre a parlé.", "Cette semaine", D(2024, 3, 25), D(2024, 3, 31), "week"),
    ("Le budget de cette année a été voté.", "cette année", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("Entre 2014 et 2018, la production a doublé.", "Entre 2014 et 2018", D(2014, 1, 1), D(2018, 12, 31), "year"),
])
def test_french_ranges_and_current_periods(text, surface, start, end, granularity):
    found = [f for f in values(text) if surface in f[0]]
    assert found, values(text)
    assert found[0][1:] == (start, end, granularity)


def test_two_weekdays_joined_by_et_stay_two_days():
    assert [v[0] for v in values("Lundi et mardi, il a plu.")] == ["Lundi", "mardi"]


_MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
_JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
_FORMATS = [
    lambda d: f"{d.day} {_MOIS[d.month - 1]} {d.year}",
    lambda d: f"{_JOURS[d.weekday()]} {d.day} {_MOIS[d.month - 1]} {d.year}",
    lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
]


@settings(max_examples=200, deadline=None)
@given(day=st.dates(min_value=D(1900, 1, 1), max_value=D(2099, 12, 31)), form=st.sampled_from(range(len(_FORMATS))),
       reference=st.none() | st.dates(min_value=D(1990, 1, 1), max_value=D(2040, 12, 31)))
def test_french_absolute_dates_round_trip(day, form, reference):
    written = _FORMATS[form](day)
    found = extract_times_from_text(f"L'accord a été signé le {written} à Bamako.", reference, "fr")
    assert len(found) == 1 and found[0].text.endswith(written)
    assert (found[0].value.start, found[0].value.end, found[0].value.granularity) == (day, day, "day")


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.sampled_from(["le", "la", "l'", "dernier", "dernière", "prochain", "semaine", "mois", "an", "il", "y", "a", "dans",
                                       "trois", "jours", "mi-", "mars", "début", "fin", "du", "au", "26", "2024", "lundi", "et", "entre",
                                       "depuis", "jusqu'au", "d'ici", "hier", "avant-hier", "cette", "année", "sept", "/", "03", "."]), max_size=30),
       reference=st.none() | st.dates())
def test_french_calendar_word_soup_keeps_offsets(words, reference):
    text = " ".join(words)
    for found in extract_times_from_text(text, reference, "fr"):
        assert 0 <= found.start < found.end <= len(text) and text[found.start : found.end] == found.text


def test_depuis_looks_back_whatever_the_tense():
    found = extract_times_from_text("Le couvre-feu est en vigueur depuis le 26 juillet.", REFERENCE, "fr")
    assert found[0].value.start == D(2023, 7, 26) and found[0].value.end is None


def test_a_weekday_evening_is_that_day():
    (text, start, end, granularity), = values("Jeudi soir, des tirs ont été entendus à Niamey.")
    assert (text, start, granularity) == ("Jeudi", D(2024, 3, 28), "day")


def test_french_offsets_after_the_count_count_from_the_time_before():
    found = values("Le 12 janvier, des jihadistes ont attaqué Inékar. Deux jours plus tard, le chef de la junte est arrivé.")
    assert found[1][:2] == ("Deux jours plus tard", D(2024, 1, 14))
    # after an event with no time of its own: said, not invented
    found = extract_times_from_text("Trois jours après l'attaque, le ministre a parlé.", REFERENCE, "fr")
    assert found[0].value.start is None and found[0].value.anchor.startswith("unresolved")


def test_le_23_is_a_day_of_the_month_and_a_count_is_not():
    assert values("Le 23, les soldats sont partis.", D(2020, 1, 12))[0][:2] == ("23", D(2019, 12, 23))
    assert values("Les 23 soldats sont morts.", D(2020, 1, 12)) == []
    assert values("Le bilan est passé à 23.", D(2020, 1, 12)) == []


@pytest.mark.parametrize(("text", "surface", "start", "end"), [
    ("Je retournerai 02 04 2009 à la maison.", "02 04 2009", D(2009, 4, 2), D(2009, 4, 2)),
    ("Il est né le 18 8 78.", "18 8 78", D(1978, 8, 18), D(1978, 8, 18)),
])
def test_a_numeric_date_written_with_spaces_is_day_first(text, surface, start, end):
    assert (surface, start, end, "day") in values(text)


@pytest.mark.parametrize("text", ["Appelez le 06 12 34 56 78.", "Ils étaient 1 200 000 au total."])
def test_numbers_in_groups_are_no_spaced_date(text):
    assert values(text) == []


def test_a_month_and_a_year_said_with_de_or_two_digits():
    assert ("23 novembre de 1987", D(1987, 11, 23), D(1987, 11, 23), "day") in values("Je suis né le 23 novembre de 1987.")
    assert ("juillet 98", D(1998, 7, 1), D(1998, 7, 31), "month") in values("En juillet 98, la France a gagné.")
    # a number that can be a day stays a day, and a count before a noun is no year
    assert values("En mai 50 personnes ont été tuées.") == []


def test_a_hedged_or_misspelt_il_y_a():
    assert ("il ya 2 jours", D(2024, 3, 26), D(2024, 3, 26), "day") in values("Je suis revenu il ya 2 jours.")
    assert ("Il y a environ deux ans", D(2022, 1, 1), D(2022, 12, 31), "year") in values("Il y a environ deux ans, il est parti.")


def test_the_last_or_next_n_units():
    assert ("dix derniers mois", D(2023, 5, 28), D(2024, 3, 28), "month") in values("Au cours des dix derniers mois, les prix ont monté.")
    assert ("3 prochaines semaines", D(2024, 3, 29), D(2024, 4, 18), "week") in values("Il sera absent les 3 prochaines semaines.")


def test_le_lendemain_counts_from_the_time_before():
    found = values("Le général est arrivé le 12 mars à Niamey. Le lendemain, il a rencontré le président.")
    assert ("lendemain", D(2024, 3, 13), D(2024, 3, 13), "day") in found
    # "la veille du vote" is the eve of an event the text does not date
    assert values("La veille du vote, les rues étaient calmes.") == []


def test_a_day_and_month_alone_on_its_line_is_a_date():
    assert values("29/2", D(2017, 3, 22)) == [("29/2", D(2016, 2, 29), D(2016, 2, 29), "day")]
    assert [m.value.invalid for m in extract_times_from_text("30/2", D(2020, 3, 22), "fr")] == ["February 30 does not exist"]
    # inside a sentence it still needs a cue word: "3/4 des électeurs" is a fraction
    assert values("Les 3/4 des électeurs ont voté.") == []


@pytest.mark.parametrize(("text", "surface", "start", "end", "granularity"), [
    ("Dans les années 1990, le pays a changé.", "les années 1990", D(1990, 1, 1), D(1999, 12, 31), "decade"),
    ("Dans les années 90, le pays a changé.", "les années 90", D(1990, 1, 1), D(1999, 12, 31), "decade"),
    ("Les pluies tomberont entre août et octobre.", "entre août et octobre", D(2024, 8, 1), D(2024, 10, 31), "month"),
    ("Il sera absent entre le 3 et le 12 septembre.", "entre le 3 et le 12 septembre", D(2024, 9, 3), D(2024, 9, 12), "day"),
    ("Il a été élu en 2019. L'année suivante, il a démissionné.", "année suivante", D(2020, 1, 1), D(2020, 12, 31), "year"),
    ("Il est arrivé le 3 mars. La semaine suivante, il est reparti.", "semaine suivante", D(2024, 3, 4), D(2024, 3, 10), "week"),
    ("L'attaque a eu lieu au mois d'août.", "août", D(2023, 8, 1), D(2023, 8, 31), "month"),
])
def test_french_decades_ranges_and_times_tied_to_another(text, surface, start, end, granularity):
    assert (surface, start, end, granularity) in values(text)


def test_a_count_after_et_is_no_year():
    assert values("Les combats ont fait 20 blessés et 1500 déplacés.") == []


@pytest.mark.parametrize(("text", "start"), [
    ("Le général est arrivé à Niamey en mai.", D(2023, 5, 1)),
    ("Ils se sont rendus à Bamako en mai.", D(2023, 5, 1)),
    # "est prévu", "est attendu" look ahead; "est" alone is the present
    ("Le sommet est prévu en mai.", D(2024, 5, 1)),
    ("Le ministre est attendu à Paris en mai.", D(2024, 5, 1)),
])
def test_the_past_with_etre_is_a_past(text, start):
    assert [s for _, s, _, _ in values(text)] == [start]


def test_a_bare_day_followed_by_a_place_or_a_time_of_day():
    assert values("Le président est arrivé le 17 à Niamey.", D(2016, 11, 7)) == [("17", D(2016, 10, 17), D(2016, 10, 17), "day")]
    assert values("Il a obtenu le 17 pour cent des voix.", D(2016, 11, 7)) == []


def test_a_length_of_time_before_apres_is_no_time():
    assert values("Il a été suspendu pendant quatre ans après un contrôle positif.") == []


# "dès" / "starting" (onsets): a one-off event told in the past happened at the time (a point);
# a state, a saying about a state or a time ahead keeps the open interval from it.
@pytest.mark.parametrize(("language", "text", "surface", "start", "end"), [
    ("fr", "Le BEA a ouvert une enquête dès dimanche et dépêché deux enquêteurs.", "dès dimanche", D(2024, 3, 24), D(2024, 3, 24)),
    ("fr", "Dès lundi, la police a arrêté trois suspects.", "Dès lundi", D(2024, 3, 25), D(2024, 3, 25)),
    ("fr", "Dès 2019, les experts avaient alerté sur l'état du pont.", "Dès 2019", D(2019, 1, 1), D(2019, 12, 31)),
    ("fr", "La route a été fermée dès lundi.", "dès lundi", D(2024, 3, 25), D(2024, 3, 25)),
    ("fr", "Le pont est fermé dès lundi.", "dès lundi", D(2024, 3, 25), None),
    ("fr", "Le pont était fermé dès lundi.", "dès lundi", D(2024, 3, 25), None),
    ("fr", "Le pont est fermé dès lundi, a indiqué la mairie.", "dès lundi", D(2024, 3, 25), None),
    ("fr", "La route sera fermée dès lundi.", "dès lundi", D(2024, 4, 1), None),
    ("fr", "La police a annoncé que la taxe s'appliquera dès le 1er janvier.", "dès le 1er janvier", D(2025, 1, 1), None),
    ("fr", "Les commerces ont fermé à partir de lundi.", "à partir de lundi", D(2024, 3, 25), None),
    ("fr", "Le couvre-feu est en vigueur depuis le 26 juillet.", "depuis le 26 juillet", D(2023, 7, 26), None),
    ("en", "The agency opened an investigation starting Sunday.", "starting Sunday", D(2024, 3, 24), D(2024, 3, 24)),
    ("en", "Police said the road was closed starting Monday.", "starting Monday", D(2024, 3, 25), None),
    ("en", "The company said it will cut 200 jobs starting Monday.", "starting Monday", D(2024, 4, 1), None),
    ("en", "The tax applies starting Jan. 1.", "starting Jan. 1", D(2024, 1, 1), None),
    ("en", "The road has been closed since Monday.", "since Monday", D(2024, 3, 25), None),
])
def test_an_onset_dates_a_past_event_and_opens_a_state(language, text, surface, start, end):
    found = [(m.text, m.value.start, m.value.end) for m in extract_times_from_text(text, REFERENCE, language)]
    assert found == [(surface, start, end)]


# Wave 16: the forms of French business and general news that were not read: quarters and halves,
# the edges of the current year, month or week, the recent past, and the weeks of a month.
@pytest.mark.parametrize(("text", "surface", "start", "end", "granularity"), [
    ("Les ventes ont baissé au premier trimestre 2013.", "premier trimestre 2013", D(2013, 1, 1), D(2013, 3, 31), "quarter"),
    ("Le chiffre d'affaires a progressé de 5 % au troisième trimestre.", "troisième trimestre", D(2023, 7, 1), D(2023, 9, 30), "quarter"),
    ("Le bénéfice a reculé au deuxième trimestre de 2019.", "deuxième trimestre de 2019", D(2019, 4, 1), D(2019, 6, 30), "quarter"),
    ("Le bénéfice a progressé de 8 % au premier semestre 2019.", "premier semestre 2019", D(2019, 1, 1), D(2019, 6, 30), "quarter"),
    ("Les actions ont progressé depuis le début de l'année.", "depuis le début de l'année", D(2024, 1, 1), None, "open"),
    ("L'accord doit être conclu d'ici la fin de l'année.", "d'ici la fin de l'année", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("Le texte sera examiné d'ici la fin du mois.", "d'ici la fin du mois", D(2024, 3, 1), D(2024, 3, 31), "month"),
    ("Une grande fête aura lieu en fin d'année.", "fin d'année", D(2024, 9, 1), D(2024, 12, 31), "year"),
    ("Les prix ont augmenté ces derniers mois.", "ces derniers mois", None, D(2024, 3, 28), "open"),
    ("La grève a commencé la dernière semaine de février.", "la dernière semaine de février", D(2024, 2, 26), D(2024, 3, 3), "week"),
    ("La réunion aura lieu la première semaine de mai.", "la première semaine de mai", D(2024, 4, 29), D(2024, 5, 5), "week"),
    ("Des manifestants se sont rassemblés le week-end.", "le week-end", D(2024, 3, 23), D(2024, 3, 24), "week"),
])
def test_news_quarters_edges_and_weeks(text, surface, start, end, granularity):
    assert (surface, start, end, granularity) in values(text)


@pytest.mark.parametrize("text", ["Il a passé l'année à Paris.", "Le mois a été difficile.", "Les ventes de l'année ont progressé de 5 %."])
def test_a_unit_alone_is_no_time(text):
    assert values(text) == []


@pytest.mark.parametrize(("text", "kept"), [
    # four digits before a unit of measure are a measure; before other words they stay a year
    ("Les secours sont intervenus à 1500 mètres d'altitude.", []),
    ("Le feu a parcouru 2000 hectares dans la nuit.", []),
    ("Une route de 1800 km relie les deux villes.", []),
    ("En 2020 M. Dupont a été élu maire.", ["2020"]),
    ("Les élections de 2023 ont été reportées.", ["de 2023"]),
    # an ordinal in -e is a district or a rank, never a day; "le 1er" and "le 23" stay days
    ("Un appartement a brûlé dans le 11e, a indiqué la préfecture.", []),
    ("Le coureur a terminé 3e, a-t-il dit.", []),
    ("La réunion aura lieu le 1er, a précisé la mairie.", ["1er"]),
    ("La décision du 23, a-t-il dit, est contestée.", ["du 23"]),
])
def test_measures_and_ranks_are_no_dates(text, kept):
    # the whole rule pack: the units of measure come from rules/fr/quantities.yaml
    found = TimeExtractor(load_rules()).extract_text(text, REFERENCE, "fr")
    assert [m.text for m in found] == kept
