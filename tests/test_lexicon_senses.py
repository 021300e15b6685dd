"""News verbs and their senses (extract/lexicon.py, rules/*/events/classes.yaml and lexicon.yaml):
which event a word names, told by its object, its subject and the words around it, in English
and French; one class for one event whatever the word class or the language."""

from __future__ import annotations

import pytest

from claim_helpers import build, person
from crosscheck.extract.claims import ClaimExtractor
from crosscheck.extract.lexicon import Lexicon, lexicons


@pytest.fixture(scope="module")
def tables(rules) -> dict[str, Lexicon]:
    return lexicons(rules)


def _words(tables, language: str, text: str) -> list[tuple[str, str, str]]:
    """(word as written, lemma, class) of each event word of ``text``."""
    return [(text[w.start : w.end], w.lemma, w.event_class) for w in tables[language].event_words(text)]


def _class_of(tables, language: str, text: str, word: str) -> str | None:
    return next((name for written, _, name in _words(tables, language, text) if written == word), None)


@pytest.mark.parametrize("language, text, word, expected", [
    # Moving a rate, a price, a figure: one decision however told.
    ("en", "Turkey's central bank cut its one-week repo rate by 150 basis points.", "cut", "cut"),
    ("en", "Turkey cuts rates again", "cuts", "cut"),
    ("en", "The bank lowered its policy rate to 31.5 percent.", "lowered", "cut"),
    ("en", "Economists had expected a cut of 100 basis points.", "cut", "cut"),
    ("en", "Three undersea cables were cut off Sicily.", "cut", "cut"),
    ("en", "The bank hiked rates.", "hiked", "raise"),
    ("en", "The Fed held rates steady.", "held", "hold"),
    ("fr", "La banque centrale a abaissé jeudi son taux directeur.", "abaissé", "cut"),
    ("fr", "La banque a relevé son taux de 50 points.", "relevé", "raise"),
    ("fr", "La BCE a maintenu son taux directeur inchangé.", "maintenu", "hold"),
    ("fr", "Elle a ramené son taux à 31 %.", "ramené", "cut"),
    # Custody given, a ransom paid, a person taken by armed men.
    ("en", "The two were handed over to Nigerien authorities.", "handed", "hand_over"),
    ("fr", "Ils ont été remis aux autorités à Ouallam.", "remis", "hand_over"),
    ("fr", "Il a été remis en liberté.", "remis", "free"),
    ("fr", "Une rançon a été versée.", "versée", "pay"),
    ("en", "He was seized by suspected militants.", "seized", "kidnap"),
    ("fr", "Ils ont été capturés par des jihadistes.", "capturés", "kidnap"),
    ("en", "She was released by her captors.", "released", "free"),
    ("en", "He was held hostage for two years.", "held", "kidnap"),
    ("en", "The suspect is held in custody.", "held", "arrest"),
    # A verdict; a standing relation is no event.
    ("en", "The jury found him guilty of murder.", "guilty", "sentence"),
    ("en", "He pleaded guilty to manslaughter.", "guilty", "plead"),
    ("en", "He served four years in prison.", "served", "imprison"),
    ("en", "The Red Sox made Teixeira an eight-year, $200 million offer.", "offer", "offer"),
    ("en", "Three people died, according to police.", "according", "say"),
    # Pronominal verbs whose sense is not the plain verb's.
    ("fr", "Le feu s'est déclaré dimanche près de Mégare.", "déclaré", "fire"),
    ("fr", "Le ministre s'est déclaré favorable au projet.", "déclaré", "say"),
    ("fr", "Elle devra s'arrêter net.", "s'arrêter", "cancel"),  # stopping: one family with halt, cancel, call off
    ("fr", "Les rebelles ont pris le contrôle de la ville.", "pris", "seize"),
    ("fr", "La banque centrale table sur une inflation de 24 %.", "table", "predict"),
    ("fr", "Des coups de feu ont été entendus.", "feu", "shoot"),
    # A witness or a suspect heard by investigators is questioned.
    ("fr", "Le gardien a été entendu jeudi par les gendarmes.", "entendu", "interrogate"),
    ("fr", "Sa voisine sera entendue comme témoin.", "entendue", "interrogate"),
    # Losing a life is a death, losing a contest a defeat (one class with the win, as in English).
    ("fr", "Trois mineurs ont perdu la vie samedi.", "perdu", "die"),
    ("en", "Three miners lost their lives on Saturday.", "lost", "die"),
    ("fr", "Le club a perdu la demi-finale.", "perdu", "win"),
    ("fr", "Nantes a perdu 3-0 face à Lens.", "perdu", "win"),
    ("fr", "La maire sortante l'a emporté avec 54 % des voix.", "emporté", "win"),
    ("fr", "Le candidat écologiste l'emporte au second tour.", "l'emporte", "win"),
    # A structure giving way collapses, as "gave way" in English.
    ("fr", "La digue a cédé dans la nuit de samedi.", "cédé", "collapse"),
    ("en", "The dyke gave way on Saturday night.", "gave", "collapse"),
    # Knowing of a thing is having been informed of it.
    ("en", "The firm had known of the defect since March.", "known", "inform"),
    ("en", "The head teacher knew about the case.", "knew", "inform"),
    ("en", "The school had been told of a case on Friday.", "told", "inform"),
    ("en", "The school was informed of a case on Friday.", "informed", "inform"),
    # Counting, as a passive or a perfect.
    ("en", "Hundreds of ballots were counted twice.", "counted", "count"),
    ("en", "Officials had counted every vote by midnight.", "counted", "count"),
    ("fr", "Des bulletins ont été comptés deux fois.", "comptés", "count"),
])
def test_a_word_names_the_event_its_words_around_it_say(tables, language, text, word, expected):
    assert _class_of(tables, language, text, word) == expected, _words(tables, language, text)


@pytest.mark.parametrize("language, text, word", [
    ("en", "They held a news conference on Monday.", "held"),
    ("en", "On the other hand, the bank waited.", "hand"),
    ("en", "The Monetary Policy Committee chaired by Governor Yildirim judged that disinflation was on track.", "chaired"),
    ("en", "A cable owned by Telecom Egypt failed.", "owned"),
    ("en", "He was found not guilty.", "guilty"),
    ("fr", "La banque centrale prend un risque.", "prend"),
    ("fr", "Le ministre a donné son feu vert.", "feu"),
    ("fr", "Des coups de feu ont été entendus.", "coups"),
    ("fr", "Il faut maintenir l'ordre.", "maintenir"),
    ("fr", "Il a remis en cause la décision.", "remis"),
    ("fr", "Des coups de feu ont été entendus.", "entendus"),
    ("fr", "Le maire entend rouvrir le dossier.", "entend"),
    ("fr", "Les sinistrés ont perdu leurs maisons.", "perdu"),
    ("fr", "L'action a perdu 12 % en une séance.", "perdu"),
    ("fr", "La crue a emporté le pont.", "emporté"),
    ("fr", "Le groupe a cédé sa filiale belge.", "cédé"),
    ("fr", "Le ministre a cédé à la pression.", "cédé"),
    ("en", "The bridge is known as the Old Span.", "known"),
    ("en", "It is not known whether the driver survived.", "known"),
    ("en", "The mayor had counted on federal money.", "counted"),
    ("en", "He faces three counts of fraud.", "counts"),
    ("en", "A draw counts as half a win.", "counts"),
    ("fr", "La commune compte 2 000 habitants.", "compte"),
    ("fr", "Le tarif s'applique à compter de lundi.", "compter"),
    ("fr", "Le maire compte sur l'aide de l'Etat.", "compte"),
])
def test_a_word_in_a_sense_of_no_event_makes_no_claim(tables, language, text, word):
    assert _class_of(tables, language, text, word) is None, _words(tables, language, text)


@pytest.mark.parametrize("language, text, verb, measure", [
    ("en", "Annual consumer inflation slowed to 29.4 percent in August.", "slowed", "inflation"),
    ("en", "Annual inflation fell to 29.4% in August, official data showed.", "fell", "inflation"),
    ("en", "Turkey cuts rates again as inflation eases", "eases", "inflation"),
    ("en", "Unemployment rose to 7.1% in March.", "rose", "unemployment"),
    ("fr", "Les prix ont baissé de 2 % en un an.", "baissé", "price"),
])
def test_a_statistic_is_one_event_whatever_verb_tells_it(tables, language, text, verb, measure):
    words = _words(tables, language, text)
    assert _class_of(tables, language, text, verb) == measure, words
    # The measure noun makes no second claim beside its verb.
    assert [name for _, _, name in words].count(measure) == 1, words


def test_a_verb_of_happening_names_its_subjects_event(tables):
    # "the fire broke out on Sunday" dates the fire, in either language.
    assert _class_of(tables, "en", "The fire broke out on Sunday.", "broke") == tables["en"].lookup("fire")[1]
    assert _class_of(tables, "en", "The quake struck Aceh on Tuesday.", "struck") == tables["en"].lookup("quake")[1]
    # A verb after another verb keeps its own class ("attacked and struck": a blow, not the
    # walkout the noun "strike" names).
    assert _class_of(tables, "en", "Police attacked and struck the man.", "struck") == "hit"
    assert _class_of(tables, "en", "Dockers went on strike on Monday.", "strike") == "strike"


@pytest.mark.parametrize("english, french", [
    ("met meeting summit", "rencontré réunion sommet"),
    ("died death killed", "mort décès tués"),
    ("strike", "grève"),
    ("kidnapped abducted abduction", "enlevés enlèvement rapt"),
    ("freed", "libérés libération"),
    ("paid payment", "payé versé paiement versement"),
    ("charged indicted", "inculpé inculpation accusé"),
    ("evacuated evacuation", "évacués évacuation"),
    ("expelled expulsion", "expulsé expulsion"),
    ("protest demonstration", "manifestation"),
    ("exploded explosion blast", "explosion"),
    ("appointed appointment", "nommé nomination"),
    ("withdrew withdrawal", "retrait retiré"),
    ("suspended suspension", "suspendu suspension"),
    ("elected election", "élu élection"),
    ("invasion invaded", "invasion envahi"),
    ("ceasefire truce", "cessez-le-feu trêve"),
    ("cut lowered", "abaissé baisse"),
    ("inflation", "inflation"),
])
def test_one_event_is_one_class_in_every_word_class_and_language(tables, english, french):
    classes = {word: tables["en"].lookup(word) for word in english.split()} \
        | {word: tables["fr"].lookup(word) for word in french.split()}
    assert None not in classes.values(), classes
    assert len({hit[1] for hit in classes.values()}) == 1, classes


def _claims(rules, language: str, text: str, spans=()):
    doc, sentences, mentions = build("a", "2026-10-04", text, list(spans))
    doc.language = language
    return ClaimExtractor(rules).extract(doc, sentences, mentions)


@pytest.mark.parametrize("language, text, negated, asserted", [
    # The denial keeps its negation on its own clause, not on the next sentence of one quotation.
    ("fr", "« Aucune rançon n'a été versée. Leur libération est le fruit du travail de nos forces », a déclaré le colonel.",
     "versée", "libération"),
    ("en", "No ransom was paid and the hostages were freed.", "paid", "freed"),
    # "No group has claimed the kidnapping": the claiming is denied, not the kidnapping.
    ("en", "Police say no group has been identified in the kidnapping.", "identified", "kidnapping"),
])
def test_a_negation_negates_the_first_event_word_after_it(rules, language, text, negated, asserted):
    polarity = {c.trigger.text: c.polarity for c in _claims(rules, language, text)}
    assert polarity.get(negated) == "negative" and polarity.get(asserted) == "positive", polarity


def test_a_negation_reaches_verbs_joined_by_or(rules):
    polarity = {c.trigger.text: c.polarity for c in _claims(rules, "en", "Police did not arrest or charge the man.")}
    assert polarity == {"arrest": "negative", "charge": "negative"}


@pytest.mark.parametrize("text, spans, expected", [
    ("Restrepo and Marchetti were seized in June near Ayorou.",
     [("Restrepo", person("restrepo", "Restrepo")), ("Marchetti", person("marchetti", "Marchetti"))], "kidnap"),
    ("Police seized 40 kilograms of cocaine.", [], "seize"),
])
def test_a_person_seized_is_kidnapped(rules, text, spans, expected):
    [claim] = [c for c in _claims(rules, "en", text, spans) if c.predicate == "seize"]
    assert claim.kind == expected


def test_an_event_acronym_in_capitals_is_no_name(rules):
    """"arrested on a DUI charge": the capitals make an acronym, not a name ("Best Buy")."""
    claims = _claims(rules, "en", "Lohan was arrested on a DUI charge in Beverly Hills.")
    assert "DUI" in {c.trigger.text for c in claims}
    assert "Buy" not in {c.trigger.text for c in _claims(rules, "en", "Shoppers queued at Best Buy on Friday.")}


# Senses by the object, the preposition and the passive (wave 16): declaring a state is one
# act in both languages; a strike however told; a ring or a French "appel" is a call only when
# someone is called. Sentences of disaster, labour, markets and politics news.
@pytest.mark.parametrize("language, text, word, expected", [
    ("en", "The government declared a national disaster on Monday.", "declared", "emergency"),
    ("en", "Ecuador declared a state of emergency in three provinces.", "declared", "emergency"),
    ("en", "A state of emergency was declared on Friday.", "declared", "emergency"),
    ("en", "The army proclaimed martial law overnight.", "proclaimed", "emergency"),
    ("en", "He declared that the vote was rigged.", "declared", "say"),
    ("fr", "Le gouvernement a décrété lundi l'état de sinistre national.", "décrété", "emergency"),
    ("fr", "L'état de sinistre national, décrété le 16 février, reste en vigueur.", "décrété", "emergency"),
    ("fr", "L'état d'urgence a été déclaré dans trois régions.", "déclaré", "emergency"),
    ("fr", "Le préfet a décrété un couvre-feu à Nouméa.", "décrété", "emergency"),
    ("fr", "Il a déclaré que le scrutin était truqué.", "déclaré", "say"),
    ("en", "Dockers walked out on Thursday over pay.", "walked", "strike"),
    ("en", "The walkout began at 6 a.m.", "walkout", "strike"),
    ("en", "Air traffic controllers went on strike.", "strike", "strike"),
    ("fr", "Les dockers cessent le travail à partir de ce jeudi 6 heures.", "cessent", "strike"),
    ("fr", "Les salariés de l'usine ont débrayé mardi.", "débrayé", "strike"),
    ("fr", "Les contrôleurs se sont mis en grève.", "grève", "strike"),
    ("en", "The phone was ringing off the hook.", "ringing", "phone"),
    ("en", "The minister received union leaders on Monday.", "received", "meet"),
    ("en", "The king received a delegation of farmers.", "received", "meet"),
    ("en", "She received a prize for the novel.", "received", "receive"),
    ("fr", "Le ministre recevra les syndicats lundi.", "recevra", "meet"),
    ("fr", "Le président a reçu son homologue malien.", "reçu", "meet"),
    ("fr", "L'hôpital a reçu une aide de l'État.", "reçu", "receive"),
    ("en", "Trading in the shares is now expected to start on March 19.", "Trading", "list"),
    ("en", "The shares began trading on Thursday.", "trading", "list"),
    ("en", "Trading volumes rose sharply.", "Trading", "trading"),
    ("fr", "Le cyclone frappe Madagascar.", "frappe", "storm"),
    ("fr", "Le séisme frappe le nord du pays.", "frappe", "earthquake"),
    ("fr", "Une frappe aérienne a tué dix civils.", "frappe", "bomb"),
])
def test_a_state_declared_and_a_strike_are_one_class_in_both_languages(tables, language, text, word, expected):
    assert _class_of(tables, language, text, word) == expected


@pytest.mark.parametrize("language, text, word", [
    ("en", "The chief executive celebrated the debut by ringing the opening bell.", "ringing"),
    ("en", "He walked out of the talks in anger.", "walked"),
    ("fr", "À l'appel de la Fédération, les dockers ont cessé le travail.", "l'appel"),
    ("fr", "Sur l'appel des syndicats, les trains sont restés à quai.", "l'appel"),
    ("fr", "Le pays doit cesser ses importations.", "cesser"),
])
def test_a_word_with_no_one_called_or_no_work_stopped_names_no_call_or_strike(tables, language, text, word):
    assert _class_of(tables, language, text, word) in (None, "walk")
