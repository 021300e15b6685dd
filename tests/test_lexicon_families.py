"""One happening, one class, whatever the words (extract/lexicon.py, rules/*/events/classes.yaml):
each family of meaning (an escape, a rescue, a money penalty, a collapse, the end of an activity,
a grounding, a storm, a listing, a recapture) collects its nouns and verbs, phrasal verbs and
idioms in both languages; the particle and the preposition after a verb pick its sense ("broke
out" erupts, "broke out of the prison" escapes); and conditions (the weather) are no happening.
The sentences are written for this test, in several news genres."""

from __future__ import annotations

import pytest

from claim_helpers import class_of


FAMILIES = {
    "escape": [
        ("en", "Three prisoners escaped from a jail in Ohio.", "escaped"),
        ("en", "The breakout was discovered at the morning roll call.", "breakout"),
        ("en", "It was the biggest jailbreak in a decade.", "jailbreak"),
        ("en", "Two men broke out of a detention centre near Calais.", "broke"),
        ("en", "The suspect fled from custody on Tuesday.", "fled"),
        ("fr", "Trois prisonniers se sont évadés d'une prison de l'Ohio.", "évadés"),
        ("fr", "L'évasion a été découverte lors de l'appel du matin.", "évasion"),
        ("fr", "Deux hommes s'étaient échappés d'un centre de rétention.", "échappés"),
        ("fr", "Le braqueur s'est fait la belle dimanche.", "belle"),
    ],
    "rescue": [
        ("en", "Coastguards rescued eleven fishermen.", "rescued"),
        ("en", "Four climbers were winched to safety.", "winched"),
        ("en", "The crew were airlifted off the trawler.", "airlifted"),
        ("en", "Firefighters pulled a woman out alive.", "pulled"),
        ("en", "Two children were dug out of the rubble.", "dug"),
        ("en", "The trapped workers were brought to the surface.", "brought"),
        ("en", "The crew was evacuated by helicopter.", "evacuated"),
        ("fr", "Les garde-côtes ont secouru onze pêcheurs.", "secouru"),
        ("fr", "Quatre alpinistes ont été hélitreuillés.", "hélitreuillés"),
        ("fr", "Les pompiers ont extrait une femme vivante.", "extrait"),
        ("fr", "Les ouvriers ont été remontés à la surface.", "remontés"),
        ("fr", "Deux enfants ont été dégagés des décombres.", "dégagés"),
        ("fr", "L'équipage a été évacué par hélicoptère.", "évacué"),
        ("fr", "Le naufrage a fait trois morts et huit rescapés.", "rescapés"),
        ("en", "The passengers were airlifted out by the coastguard.", "airlifted"),
    ],
    "fine": [
        ("en", "The league fined the club for racist chanting.", "fined"),
        ("en", "The club must pay a fine of 50,000 pounds.", "fine"),
        ("en", "It was the largest fine ever imposed by the agency.", "fine"),
        ("en", "The watchdog imposed a record fine on the airline.", "fine"),
        ("en", "The penalty was cut on appeal.", "penalty"),
        ("fr", "La ligue a infligé une amende au club.", "amende"),
        ("fr", "La sanction pécuniaire a été réduite en appel.", "sanction"),
        ("fr", "La banque a été sanctionnée d'une amende.", "sanctionnée"),
        ("fr", "Le club a été condamné à une amende de 50 000 euros.", "condamné"),
        ("fr", "L'automobiliste a été verbalisé pour excès de vitesse.", "verbalisé"),
    ],
    "collapse": [
        ("en", "A parking garage collapsed in Miami.", "collapsed"),
        ("en", "The roof of the tunnel caved in.", "caved"),
        ("en", "The old dam gave way after days of rain.", "gave"),
        ("en", "The collapse buried four workers.", "collapse"),
        ("en", "A cave-in trapped five workers.", "cave-in"),
        ("en", "A landslide at the jade mine killed 20 people.", "landslide"),
        ("fr", "Un parking s'est effondré à Miami.", "effondré"),
        ("fr", "Le toit de l'entrepôt s'est écroulé.", "écroulé"),
        ("fr", "L'effondrement a enseveli quatre ouvriers.", "effondrement"),
        ("fr", "Un éboulement a bloqué la route.", "éboulement"),
    ],
    "cancel": [
        ("en", "Police ended the search for the missing hiker.", "ended"),
        ("en", "Organisers called off the festival.", "called"),
        ("en", "The carmaker halted production in Spain.", "halted"),
        ("fr", "La police a mis fin aux recherches du randonneur.", "fin"),
        ("fr", "Les recherches ont pris fin jeudi.", "fin"),
        ("fr", "Les organisateurs ont annulé le festival.", "annulé"),
    ],
    "ground": [
        ("en", "A cargo ship ran aground in the Suez Canal.", "ran"),
        ("en", "The grounding blocked the canal for six days.", "grounding"),
        ("fr", "Un porte-conteneurs s'est échoué dans le canal de Suez.", "échoué"),
    ],
    "storm": [
        ("en", "The hurricane made landfall in Florida.", "hurricane"),
        ("en", "The cyclone flattened fishing villages.", "cyclone"),
        ("en", "The typhoon forced flight cancellations.", "typhoon"),
        ("fr", "L'ouragan a touché la Floride.", "ouragan"),
        ("fr", "La tempête a privé 20 000 foyers d'électricité.", "tempête"),
    ],
    "list": [
        ("en", "The chipmaker listed its shares in New York.", "listed"),
        ("en", "The shares debuted on the Nasdaq on Thursday.", "debuted"),
        ("fr", "Le fabricant a introduit ses actions en Bourse.", "introduit"),
        ("fr", "Le groupe a fait son entrée en Bourse jeudi.", "entrée"),
    ],
    "recapture": [
        ("en", "Six of the fugitives have been recaptured.", "recaptured"),
        ("en", "Two were caught near the border.", "caught"),
        ("fr", "Deux fugitifs ont été rattrapés près de la frontière.", "rattrapés"),
    ],
    "fail": [
        ("en", "The freighter reported an engine failure.", "failure"),
        ("fr", "Le cargo avait signalé une avarie de moteur.", "avarie"),
        ("fr", "Le cargo est tombé en panne au large.", "panne"),
    ],
    "arrest": [
        ("en", "The driver was arrested on Sunday.", "arrested"),
        ("fr", "Le conducteur a été placé en garde à vue dimanche.", "garde"),
    ],
    "surrender": [
        ("en", "The suspect turned himself in to police on Friday.", "turned"),
        ("en", "The gunman gave himself up after a six-hour standoff.", "gave"),
        ("en", "The fugitive handed himself over at the embassy.", "handed"),
        ("fr", "Le fugitif s'est constitué prisonnier vendredi.", "constitué"),
        ("fr", "Le suspect s'est rendu aux gendarmes.", "rendu"),
    ],
    "imprison": [
        ("en", "He is serving a life sentence for murder.", "serving"),
        ("fr", "Il purge une peine de prison à vie pour meurtre.", "purge"),
    ],
}


@pytest.mark.parametrize("event_class, language, text, word",
                         [(name, *case) for name, cases in FAMILIES.items() for case in cases])
def test_each_word_of_a_family_names_its_class(tables, event_class, language, text, word):
    assert class_of(tables, language, text, word) == event_class


@pytest.mark.parametrize("text, word, event_class", [
    # The particle and the preposition after it decide the sense of a phrasal verb.
    ("A fire broke out in a textile factory.", "broke", "fire"),
    ("Fighting broke out on the border.", "broke", "fight"),
    ("Five inmates broke out of the county jail.", "broke", "escape"),
    ("The carmaker pulled out of the joint venture.", "pulled", "leave"),
    ("Divers pulled two boys out alive.", "pulled", "rescue"),
    ("Rescuers pulled a man from the rubble.", "pulled", "rescue"),
    ("The firefighters put out the blaze.", "put", "extinguish"),
    ("The bridge gave way under the lorry.", "gave", "collapse"),
    ("The union called off the strike.", "called", "cancel"),
    ("The ferry ran aground off Crete.", "ran", "ground"),
    ("Twelve aid workers were taken hostage.", "taken", "kidnap"),
    ("She took over as chief executive in May.", "took", "appoint"),
    ("The bank took over its smaller rival.", "took", "buy"),
    ("The rebels took control of the airport.", "took", "seize"),
    ("A car bomb went off outside the hotel.", "went", "explode"),
    ("Burglars broke into the jeweller's shop.", "broke", "trespass"),
])
def test_the_particle_and_the_preposition_choose_the_sense(tables, text, word, event_class):
    assert class_of(tables, "en", text, word) == event_class


@pytest.mark.parametrize("language, text, word", [
    # Conditions are no happening: the weather, however it is told.
    ("en", "The weather made any attempt to land impossible.", "weather"),
    ("en", "Forecasters expect calmer weather from Thursday.", "weather"),
    ("fr", "La météo a rendu tout atterrissage impossible.", "météo"),
    # The adjective "fine", and phrases of a light verb that name no collapse, call or statement.
    ("en", "It was a fine example of teamwork.", "fine"),
    ("en", "The minister said she was fine.", "fine"),
    ("en", "The old rules gave way to new ones.", "gave"),
    ("en", "The ministry put out a statement.", "put"),
    ("en", "She called her lawyer on Monday.", "called"),
    ("en", "The repairs will take three years.", "take"),
    ("en", "The fire alarm went off at dawn.", "went"),
    ("en", "The company turned a profit.", "turned"),
    ("fr", "La coalition s'est constituée en 2020.", "constituée"),
    ("en", "The party won by a landslide.", "landslide"),
    ("en", "He scored a penalty kick in the final minute.", "penalty"),
    # Oil leaking from a tank is no escape; the end of a text, the entrance of a building, no event.
    ("fr", "Du fioul s'échappe toujours de la coque.", "échappe"),
    ("fr", "La fin du film a déçu.", "fin"),
    ("fr", "L'entrée du bâtiment est fermée.", "entrée"),
])
def test_conditions_and_other_senses_name_no_event_of_the_family(tables, language, text, word):
    assert class_of(tables, language, text, word) in (None, "leak")


def test_fleeing_a_danger_is_no_escape_from_custody(tables):
    assert class_of(tables, "en", "Thousands fled the fighting.", "fled") == "flee"
    assert class_of(tables, "en", "Thousands fled the prison.", "fled") == "escape"
