"""One happening, one class, in English and in French (extract/lexicon.py, rules/*/events/):
parallel sentences of many news genres, each pair telling one event, must put their event words
in one class, so that an English and a French account of it can join. The sentences are written
for this test; the word compared is the one that names the event in each language."""

from __future__ import annotations

import pytest

from claim_helpers import build, class_of
from crosscheck.extract.claims import ClaimExtractor


PAIRS = [
    # transport and accidents
    ("The plane made an emergency landing at Lyon airport.", "landing", "L'avion s'est posé en urgence à Lyon.", "posé"),
    ("The plane landed at Lyon.", "landed", "L'avion a atterri à Lyon.", "atterri"),
    ("The emergency landing took place at 3 pm.", "landing", "L'atterrissage d'urgence a eu lieu à 15 heures.", "atterrissage"),
    ("The flight was diverted to Lyon.", "diverted", "Le vol a été dérouté vers Lyon.", "dérouté"),
    ("The crew requested a diversion to Lyon.", "diversion", "L'équipage a obtenu un déroutement vers Lyon.", "déroutement"),
    ("The takeoff was delayed by an hour.", "takeoff", "Le décollage a eu lieu à Marseille.", "décollage"),
    ("Smoke filled the cabin.", "Smoke", "La fumée a envahi la cabine.", "fumée"),
    ("Passengers were evacuated down the slides.", "evacuated", "Les passagers ont été évacués par les toboggans.", "évacués"),
    ("Eleven passengers suffered minor injuries.", "suffered", "Onze passagers ont subi des blessures légères.", "subi"),
    ("Twenty-three people were rescued.", "rescued", "Vingt-trois personnes ont été secourues.", "secourues"),
    # health
    ("The patients were vaccinated on Monday.", "vaccinated", "Les patients ont été vaccinés lundi.", "vaccinés"),
    ("The vaccination campaign starts on Wednesday.", "campaign", "La campagne de vaccination débute mercredi.", "campagne"),
    ("An emergency vaccination drive starts next week.", "drive", "La campagne de vaccination débute mercredi.", "campagne"),
    ("The water supply was contaminated.", "contaminated", "L'eau du réseau a été contaminée.", "contaminée"),
    ("Nine people have died of cholera.", "died", "Neuf personnes sont mortes du choléra.", "mortes"),
    ("Forty people have been infected.", "infected", "Quarante personnes ont été infectées.", "infectées"),
    # falling ill, however told: a food poisoning's sick are one count
    ("More than 200 pupils fell ill after lunch.", "fell", "Une intoxication alimentaire a touché 200 élèves.", "intoxication"),
    ("Food poisoning sent 200 pupils home.", "poisoning", "Plus de 200 élèves sont tombés malades.", "tombés"),
    ("Forty pupils were poisoned by the meals.", "poisoned", "Quarante élèves ont été intoxiqués par les repas.", "intoxiqués"),
    ("The outbreak has grown to 30 cases.", "outbreak", "Quarante élèves sont tombés malades.", "tombés"),
    ("More than 200 pupils fell ill after lunch.", "fell", "L'épidémie de rougeole touche 30 enfants.", "épidémie"),
    # finding, discovering or recovering a body, a painting: one finding
    ("Rescuers recovered the body of a fourth skier.", "recovered", "Le corps d'un quatrième skieur a été retrouvé jeudi.", "retrouvé"),
    ("The body was retrieved on Thursday.", "retrieved", "La découverte du corps, jeudi, a mis fin aux recherches.", "découverte"),
    ("The painting was found in an attic in 2023.", "found", "Le tableau a été retrouvé dans un grenier en 2023.", "retrouvé"),
    ("Three were taken to hospital.", "hospital", "Trois ont été transportés à l'hôpital.", "hôpital"),
    ("Three were rushed to the Edouard Herriot hospital.", "hospital", "Trois blessés ont été évacués vers l'hôpital.", "hôpital"),
    # confirming a pathogen or a case is a diagnosis, not a statement
    ("Samples confirmed the presence of Vibrio cholerae.", "confirmed", "Après la confirmation de la bactérie par le laboratoire.", "confirmation"),
    ("The first case was confirmed on 6 August.", "confirmed", "Le premier cas avait été confirmé le 4 août.", "confirmé"),
    ("The laboratory confirmed the presence of the bacterium.", "confirmed", "Le laboratoire a confirmé la présence de la bactérie.", "confirmé"),
    ("The district was put under lockdown.", "lockdown", "Le district a été placé en confinement.", "confinement"),
    # justice and police
    ("The suspect was arrested on Friday.", "arrested", "Le suspect a été interpellé vendredi.", "interpellé"),
    ("The court acquitted the former minister.", "acquitted", "Le tribunal a relaxé l'ancien ministre.", "relaxé"),
    ("The former minister was acquitted.", "acquitted", "L'ancien ministre a été acquitté.", "acquitté"),
    ("The jury found him guilty.", "guilty", "Le jury l'a reconnu coupable.", "reconnu"),
    ("He was sentenced to five years in prison.", "sentenced", "Il a été condamné à cinq ans de prison.", "condamné"),
    ("He was imprisoned in Lyon.", "imprisoned", "Il a été incarcéré à Lyon.", "incarcéré"),
    ("Police searched his home.", "searched", "La police a perquisitionné son domicile.", "perquisitionné"),
    ("The network was dismantled.", "dismantled", "Le réseau a été démantelé.", "démantelé"),
    ("He was extradited to France.", "extradited", "Il a été extradé vers la France.", "extradé"),
    ("The driver was questioned by investigators.", "questioned", "Le chauffeur a été entendu par les enquêteurs.", "entendu"),
    ("Police questioned the caretaker.", "questioned", "Le gardien a été auditionné par la police.", "auditionné"),
    ("Police opened an investigation.", "investigation", "La police a ouvert une enquête.", "enquête"),
    ("The agency dispatched two investigators.", "dispatched", "Le bureau a envoyé deux enquêteurs.", "envoyé"),
    ("The agency sent two investigators.", "sent", "Le bureau a dépêché deux enquêteurs.", "dépêché"),
    ("The athlete tested positive for EPO.", "tested", "L'athlète a été contrôlé positif à l'EPO.", "contrôlé"),
    ("The athlete was suspended for four years.", "suspended", "L'athlète a été suspendu quatre ans.", "suspendu"),
    # politics and institutions
    ("Parliament adopted the bill.", "adopted", "Le Parlement a adopté le projet de loi.", "adopté"),
    ("The president dissolved parliament.", "dissolved", "Le président a dissous le Parlement.", "dissous"),
    ("The dissolution of parliament was announced.", "dissolution", "La dissolution du Parlement a été annoncée.", "dissolution"),
    ("The summit was postponed.", "postponed", "Le sommet a été reporté.", "reporté"),
    ("The minister resigned on Tuesday.", "resigned", "La ministre a démissionné mardi.", "démissionné"),
    ("The treaty was ratified.", "ratified", "Le traité a été ratifié.", "ratifié"),
    ("The cabinet was reshuffled.", "reshuffled", "Le gouvernement a été remanié.", "remanié"),
    ("Protesters clashed with police.", "clashed", "Des manifestants se sont heurtés à la police.", "heurtés"),
    ("The government falls after the vote.", "falls", "Le Parlement a fait tomber le gouvernement.", "tomber"),
    ("The deputies rejected the budget.", "rejected", "Les députés ont rejeté le budget.", "rejeté"),
    ("The ministers held talks on Monday.", "talks", "Les ministres ont tenu des discussions lundi.", "discussions"),
    ("Peace talks resumed in Doha.", "talks", "Les pourparlers de paix ont repris à Doha.", "pourparlers"),
    ("The discussions lasted two hours.", "discussions", "Les discussions ont duré deux heures.", "discussions"),
    ("The president arrived on Monday.", "arrived", "Le président est arrivé lundi.", "arrivé"),
    ("His arrival was delayed.", "arrival", "Son arrivée a été retardée.", "arrivée"),
    ("Thousands of migrants were deported.", "deported", "Des milliers de migrants ont été expulsés.", "expulsés"),
    ("The deportation of the migrants began.", "deportation", "L'expulsion des migrants a commencé.", "expulsion"),
    ("The dismissal of the minister surprised no one.", "dismissal", "Le limogeage du ministre n'a surpris personne.", "limogeage"),
    ("The liberation of the hostages was announced.", "liberation", "La libération des otages a été annoncée.", "libération"),
    ("The decision was announced on Monday.", "decision", "La décision a été annoncée lundi.", "décision"),
    ("The government decided to freeze wages.", "freeze", "Le gouvernement a décidé de geler les salaires.", "geler"),
    ("The plan would raise VAT from 19% to 21%.", "raise", "Le plan prévoyait de relever la TVA de 19 % à 21 %.", "relever"),
    ("The opposition threatened a boycott.", "boycott", "L'opposition a menacé d'un boycott.", "boycott"),
    ("The league imposed sanctions on the club.", "sanctions", "La ligue a infligé des sanctions au club.", "sanctions"),
    ("Opposition deputies filed a complaint.", "filed", "Les députés de l'opposition ont déposé plainte.", "déposé"),
    ("The motion filed by the opposition passed.", "filed", "La motion de censure déposée par l'opposition a été adoptée.", "déposée"),
    # A light verb and its event noun are one happening, the noun's (test_lexicon_light_verbs.py).
    ("Police opened an inquiry into the deaths.", "inquiry", "La police a ouvert une enquête sur les décès.", "enquête"),
    ("The talks failed on Friday.", "failed", "Les discussions ont échoué vendredi.", "échoué"),
    ("The failure of the talks was announced.", "failure", "L'échec des discussions a été annoncé.", "échec"),
    ("The clashes caused two deaths.", "caused", "Les heurts ont causé deux morts.", "causé"),
    ("Police suspect arson.", "suspect", "La police soupçonne un incendie criminel.", "soupçonne"),
    ("The company will build a new plant.", "build", "L'entreprise va construire une nouvelle usine.", "construire"),
    ("He died while serving a 12-year sentence.", "serving", "Il est mort alors qu'il purgeait une peine de douze ans.", "purgeait"),
    # economy
    ("The company published its results.", "published", "L'entreprise a publié ses résultats.", "publié"),
    ("The company sold its stake.", "sold", "L'entreprise a vendu sa participation.", "vendu"),
    ("The vase was hammered down at two million euros.", "hammered", "Le vase a été adjugé deux millions d'euros.", "adjugé"),
    ("The firm was placed in liquidation.", "liquidation", "L'entreprise a été placée en liquidation.", "liquidation"),
    ("The group relocated production.", "relocated", "Le groupe a délocalisé sa production.", "délocalisé"),
    # sport
    ("He finished second in the marathon.", "finished", "Il a terminé deuxième du marathon.", "terminé"),
    ("Lyon were eliminated in the semi-final.", "eliminated", "Lyon a été éliminé en demi-finale.", "éliminé"),
    # disasters and damage
    ("The fire destroyed 200 homes.", "destroyed", "L'incendie a détruit 200 maisons.", "détruit"),
    ("The destruction of the bridge cut the road.", "destruction", "La destruction du pont a coupé la route.", "destruction"),
    ("The storm damaged the roof.", "damaged", "La tempête a endommagé la toiture.", "endommagé"),
    ("Firefighters extinguished the blaze.", "extinguished", "Les pompiers ont éteint l'incendie.", "éteint"),
    ("A landslide buried the village.", "landslide", "Un glissement de terrain a enseveli le village.", "glissement"),
    ("The eruption forced evacuations.", "eruption", "L'éruption a forcé des évacuations.", "éruption"),
    ("The suspect fled on foot.", "fled", "Le suspect s'est enfui à pied.", "enfui"),
    # storms
    ("The cyclone struck the coast on Friday.", "cyclone", "Le cyclone a frappé la côte vendredi.", "cyclone"),
    ("The hurricane flattened the island.", "hurricane", "L'ouragan a dévasté l'île.", "ouragan"),
    # strikes
    ("Dockers went on strike on Monday.", "strike", "Les dockers se sont mis en grève lundi.", "grève"),
    ("The unions called off the strike.", "called", "Les syndicats ont mis fin à la grève.", "fin"),
    # kidnappings
    ("Gunmen abducted three engineers.", "abducted", "Des hommes armés ont enlevé trois ingénieurs.", "enlevé"),
    ("The hostages were released unharmed.", "released", "Les otages ont été libérés sains et saufs.", "libérés"),
    # eruptions
    ("The volcano erupted overnight.", "erupted", "Le volcan est entré en éruption dans la nuit.", "éruption"),
    # listings
    ("The shares debuted on the Paris bourse.", "debuted", "Les actions ont fait leur entrée en Bourse à Paris.", "entrée"),
    # protests
    ("Protesters marched to parliament.", "marched", "Les manifestants ont défilé jusqu'au Parlement.", "défilé"),
    ("Police dispersed the crowd with tear gas.", "dispersed", "La police a dispersé la foule au gaz lacrymogène.", "dispersé"),
    # escapes, rescues, penalties, collapses, groundings (tests/test_lexicon_families.py has the families)
    ("Five inmates broke out of the county jail.", "broke", "Cinq détenus se sont évadés de la prison du comté.", "évadés"),
    ("The inmates escaped through a sewer.", "escaped", "Les détenus se sont échappés par un égout.", "échappés"),
    ("Divers pulled two boys out alive.", "pulled", "Les plongeurs ont extrait deux garçons vivants.", "extrait"),
    ("The hikers were winched to safety.", "winched", "Les randonneurs ont été hélitreuillés.", "hélitreuillés"),
    ("The agency fined the airline.", "fined", "L'agence a infligé une amende à la compagnie.", "amende"),
    ("The scaffolding gave way.", "gave", "L'échafaudage s'est effondré.", "effondré"),
    ("A ferry ran aground off Crete.", "ran", "Un ferry s'est échoué au large de la Crète.", "échoué"),
    ("He was taken into custody.", "custody", "Il a été placé en garde à vue.", "garde"),
]


@pytest.mark.parametrize("english, en_word, french, fr_word", PAIRS)
def test_one_happening_is_one_class_in_english_and_french(tables, english, en_word, french, fr_word):
    en_class = class_of(tables, "en", english, en_word)
    fr_class = class_of(tables, "fr", french, fr_word)
    assert en_class is not None and en_class == fr_class, (en_class, fr_class)


@pytest.mark.parametrize("language, text, word", [
    # A journalist reaching a source is no call between the parties.
    ("fr", "Un porte-parole, joint par téléphone, a salué l'équipage.", "téléphone"),
    # "appeler à" calls for something; "un appel à la grève" is no phone call.
    ("fr", "Le président a appelé au calme.", "appelé"),
    ("fr", "Un appel à la grève a été lancé.", "appel"),
    ("fr", "Il a reconnu les faits.", "reconnu"),
    ("fr", "Ils se sont heurtés à un refus.", "heurtés"),
    ("fr", "Le contrôle de la ville a été repris.", "contrôle"),
    ("en", "The hospital treated 40 patients.", "hospital"),
    ("fr", "L'hôpital a soigné 40 patients.", "hôpital"),
    # A title, a span of time: no event.
    ("en", "Romanian PM Stefan Vladescu lost the vote.", "PM"),
    ("en", "The suspension runs from March 14.", "runs"),
    ("en", "The ban runs until 2030.", "runs"),
    # An outbreak of fighting is told by its fighting, no illness.
    ("en", "An outbreak of fighting forced thousands to flee.", "outbreak"),
])
def test_a_word_in_no_event_sense_makes_no_event(tables, language, text, word):
    assert class_of(tables, language, text, word) is None


@pytest.mark.parametrize("language, text, word, expected", [
    ("en", "He talks with reporters every day.", "talks", "speak"),
    ("en", "The ministry confirmed that 12 people had died.", "confirmed", "say"),
    ("fr", "Le ministre a confirmé la suspension.", "confirmé", "say"),
])
def test_the_other_sense_keeps_its_class(tables, language, text, word, expected):
    assert class_of(tables, language, text, word) == expected


@pytest.mark.parametrize("text, word", [
    ("A child was crying and people were screaming.", "crying"),
    ("A child was crying and people were screaming.", "screaming"),
    ("The convicted man laughed as the verdict was read.", "laughed"),
])
def test_the_sounds_of_a_scene_are_told_but_never_shared(tables, text, word):
    """The colour of a witness's account is kept as what the text says (a claim) but, like a
    statement, it never makes two articles report the same event."""
    assert class_of(tables, "en", text, word) in tables["en"].reporting


def test_running_away_is_still_an_event(tables):
    assert class_of(tables, "en", "The suspect ran from the police.", "ran") is not None
    assert class_of(tables, "en", "A memorial service was held on Sunday.", "service") is not None


@pytest.mark.parametrize("language, text", [
    ("en", "Romanian PM Vladescu ousted in no-confidence vote over tax rises."),
    ("en", "Parliament voted on Thursday to topple the government in a no-confidence motion."),
    ("fr", "Le gouvernement a été renversé jeudi par une motion de censure."),
])
def test_an_ousting_by_a_vote_of_parliament_is_no_coup(rules, language, text):
    assert "coup" not in {c.kind for c in _claims(rules, language, text)}


def test_an_ousting_by_soldiers_is_still_a_coup(rules):
    assert "coup" in {c.kind for c in _claims(rules, "en", "Officers ousted President Ali Bongo in September 2023.")}


def _claims(rules, language: str, text: str):
    doc, sentences, mentions = build("a", "2026-09-07", text, [])
    doc.language = language
    return ClaimExtractor(rules, language).extract(doc, sentences, mentions)


@pytest.mark.parametrize("language, text", [
    ("en", "The health ministry declared a cholera outbreak on Monday."),
    ("fr", "Le ministère de la Santé a officiellement déclaré l'épidémie lundi."),
    ("fr", "L'épidémie de choléra déclarée il y a une semaine a fait neuf morts."),
    ("fr", "Le pilote a déclaré une situation d'urgence dimanche."),
    ("fr", "Le gouvernement a décrété l'état d'urgence."),
])
def test_declaring_a_state_is_a_declaration_in_both_languages(rules, language, text):
    assert "announcement" in {c.kind for c in _claims(rules, language, text)}


@pytest.mark.parametrize("kind, english, french", [
    ("war", "The army and the RSF have been at war since April 2023.", "L'armée et les FSR sont en guerre depuis avril 2023."),
    ("war", "The war between the army and the RSF began in April 2023.",
     "La guerre entre l'armée et les FSR a éclaté en avril 2023."),
    ("concession", "President Chakwera conceded defeat on Wednesday.", "Le président Chakwera a reconnu sa défaite mercredi."),
])
def test_a_closed_kind_of_english_news_has_its_french_wording(rules, kind, english, french):
    assert kind in {c.kind for c in _claims(rules, "en", english)}
    assert kind in {c.kind for c in _claims(rules, "fr", french)}


@pytest.mark.parametrize("text", ["« Nous sommes prêts », a déclaré le ministre.", "Le ministre a déclaré que l'épidémie reculait."])
def test_declaring_as_saying_is_no_declaration(rules, text):
    assert "announcement" not in {c.kind for c in _claims(rules, "fr", text)}


@pytest.mark.parametrize("language, text", [
    ("en", "The plane landed safely after hitting a flock of birds on take-off."),
    ("fr", "L'avion s'est posé après une collision avec des oiseaux au décollage."),
    ("fr", "L'appareil a heurté des oiseaux au décollage."),
])
def test_a_bird_strike_is_an_accident_in_both_languages(rules, language, text):
    assert "accident" in {c.kind for c in _claims(rules, language, text)}


@pytest.mark.parametrize("language, text", [
    ("en", "A preliminary report is usually published within 30 days."),
    ("en", "In most cases, crew and passengers suffer only short-lived symptoms."),
    ("fr", "Un rapport préliminaire est généralement publié sous 30 jours."),
    ("fr", "Dans la plupart des cas, les passagers souffrent de symptômes bénins."),
])
def test_a_generic_clause_tells_no_event(rules, language, text):
    assert [c.trigger.text for c in _claims(rules, language, text) if c.trigger is not None] == []


def test_a_generic_clause_leaves_the_dated_event_beside_it(rules):
    claims = _claims(rules, "en", "Reports are usually published within a month, but the agency published one on Monday.")
    assert [c.trigger.text for c in claims if c.trigger is not None] == ["published"]


@pytest.mark.parametrize("language, text, negated, asserted", [
    ("en", "The plane landed safely without injuring anyone.", "injuring", "landed"),
    ("en", "Gunmen attacked the convoy without warning.", "warning", "attacked"),
    ("en", "The plane landed safely without injuries.", "injuries", "landed"),
    ("fr", "L'avion s'est posé dimanche sans blesser personne.", "blesser", "posé"),
])
def test_without_negates_the_event_after_it_not_the_one_before(rules, language, text, negated, asserted):
    polarity = {c.trigger.text: c.polarity for c in _claims(rules, language, text) if c.trigger is not None}
    assert polarity.get(negated) == "negative" and polarity.get(asserted) == "positive", polarity


@pytest.mark.parametrize("language, text", [
    ("en", "Without these measures Romania will lose its rating."),
    ("fr", "Sans ces mesures, la Roumanie perdra sa note et sera sanctionnée."),
])
def test_without_before_a_definite_noun_phrase_is_a_condition(rules, language, text):
    claims = _claims(rules, language, text)
    assert all(c.polarity == "positive" for c in claims), [(c.trigger.text, c.polarity) for c in claims if c.trigger]


def test_a_reported_future_is_expected(rules):
    claims = _claims(rules, "en", "The ministry said a vaccination campaign would begin next week.")
    assert {c.trigger.text: c.modality for c in claims if c.trigger is not None}.get("campaign") == "expected"


@pytest.mark.parametrize("text", ["A vaccination campaign is due to begin in the district.",
                                  "The vote is expected to take place in the spring."])
def test_an_event_noun_takes_the_modality_of_the_verb_it_is_subject_of(rules, text):
    """"A campaign is due to begin": the verb names no event of its own, its modality is the noun's."""
    [claim] = [c for c in _claims(rules, "en", text) if c.trigger is not None and c.trigger.text in ("campaign", "vote")]
    assert claim.modality == "expected"
