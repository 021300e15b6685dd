"""French claim data (rules/fr/events/): French event words fall in the English event classes, so
claims from French and English articles about one event can be compared; French articles make
claims of their own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from crosscheck.extract.lexicon import lexicons
from crosscheck.pipeline import extract_documents
from crosscheck.rules import default_rules_dir, load_rule_file, load_rules

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def lexicon():
    return lexicons(load_rules())


@pytest.mark.parametrize("french, english", [
    ("tués", "killed"), ("mort", "death"), ("retirés", "withdrawn"), ("rencontré", "met"), ("rencontre", "meeting"),
    ("putsch", "coup"), ("attaque", "attack"), ("déployés", "deployed"), ("visite", "visit"), ("téléphone", "phone"),
    ("entretien", "conversation"), ("blessés", "wounded"), ("enlevés", "kidnapped"), ("arrêtés", "arrested"),
    ("signé", "signed"), ("élection", "election"), ("renversé", "overthrew"), ("évoqué", "discussed"),
    ("embuscade", "ambush"),
    # participles simplemma leaves as they are, read through their infinitive
    ("expulsé", "expelled"), ("arrêté", "arrested"), ("expulsées", "expelled"),
])
def test_french_event_words_share_the_english_class(lexicon, french, english):
    assert lexicon["fr"].lookup(french)[1] == lexicon["en"].lookup(english)[1]


def test_french_class_examples(lexicon):
    model, problems = load_rule_file(default_rules_dir() / "fr" / "events" / "classes.yaml")
    assert not problems
    for sentence in model.examples.match:
        assert lexicon["fr"].event_words(sentence), sentence
    for sentence in model.examples.no_match:
        assert not lexicon["fr"].event_words(sentence), sentence


def test_french_words_are_not_english_events(lexicon):
    assert lexicon["en"].lookup("tués") is None and lexicon["fr"].lookup("killed") is None


def test_french_article_makes_claims_with_french_predicates():
    docs, _ = extract_documents([FIXTURES / "articles_fr" / "fr_sputnik.txt"], load_rules())
    claims = docs[0].claims
    call = [c for c in claims if c.kind == "converse" and c.predicate == "entretenir"]
    assert call and {"vladimir-putin", "abdourahamane-tiani"} <= set(call[0].participants)


# -- French event kinds and cues (rules/fr/events/*.yaml) ---------------------------------

from claim_helpers import build, day, person, place  # noqa: E402
from crosscheck.compare import compare  # noqa: E402
from crosscheck.extract.claim_rules import ClaimCues, claim_cues, event_rules  # noqa: E402
from crosscheck.extract.claims import ClaimExtractor  # noqa: E402
from crosscheck.models import ExtractedDocument  # noqa: E402


def _french_kind_examples():
    for rule in sorted(event_rules(load_rules(), "fr").values(), key=lambda r: r.event):
        if rule.language != "fr":
            continue
        for sentence in rule.examples.match:
            yield pytest.param(rule.event, sentence, True, id=f"{rule.event}-match-{sentence[:30]}")
        for sentence in rule.examples.no_match:
            yield pytest.param(rule.event, sentence, False, id=f"{rule.event}-no-{sentence[:30]}")


@pytest.mark.parametrize("event, sentence, expected", list(_french_kind_examples()))
def test_french_event_kind_examples(event, sentence, expected):
    rule = event_rules(load_rules(), "fr")[event]
    assert any(p.search(sentence) for p in rule.triggers) is expected


def _french_cue_examples():
    cues = claim_cues(load_rules(), "fr")
    assert cues.language == "fr"
    groups = {name: getattr(cues, name) for name in ClaimCues.model_fields if name not in ("kind", "language", "roles")}
    groups.update({f"roles.{k}": v for k, v in cues.roles.items()})
    for name, group in sorted(groups.items()):
        if group is None:
            continue
        for text in group.examples.match:
            yield pytest.param(name, text, True, id=f"{name}-match-{text[:30]}")
        for text in group.examples.no_match:
            yield pytest.param(name, text, False, id=f"{name}-no-{text[:30]}")


@pytest.mark.parametrize("name, text, expected", list(_french_cue_examples()))
def test_french_cue_examples(name, text, expected):
    cues = claim_cues(load_rules(), "fr")
    group = cues.roles[name.split(".", 1)[1]] if name.startswith("roles.") else getattr(cues, name)
    assert (group.search(text) is not None) is expected


def test_french_kinds_compare_with_the_english_semantics():
    rules = load_rules()
    for name, rule in event_rules(rules, "fr").items():
        english = event_rules(rules)[name]
        assert english.language == "en" and (rule.family, rule.untimed, rule.state) == (english.family, english.untimed, english.state)


PUTIN = person("vladimir-putin", "Vladimir Putin", "Russia")
TIANI = person("abdourahamane-tiani", "Abdourahamane Tiani", "Niger")


@pytest.fixture(scope="module")
def extractor():
    return ClaimExtractor(load_rules())


def _doc(extractor, doc_id, language, published, text, spans):
    doc, sentences, mentions = build(doc_id, published, text, spans)
    doc.language = language
    claims = extractor.extract(doc, sentences, mentions)
    for i, claim in enumerate(claims, 1):
        claim.id = f"{doc_id}#c{i}"
    return ExtractedDocument(document=doc, sentences=sentences, mentions=mentions, claims=claims)


def test_a_french_article_is_read_with_the_french_kinds(extractor):
    ed = _doc(extractor, "fr", "fr", "2025-01-22",
              "Vladimir Poutine s'est entretenu au téléphone mardi avec le général Abdourahamane Tiani.",
              [("Vladimir Poutine", PUTIN), ("Abdourahamane Tiani", TIANI), ("mardi", day("2025-01-21"))])
    call = next(c for c in ed.claims if c.kind == "phone_call")
    assert call.trigger.text == "au téléphone" and set(call.participants) == {"vladimir-putin", "abdourahamane-tiani"}
    assert call.time is not None and call.time.start.isoformat() == "2025-01-21"


def test_french_negation_and_attribution_cues(extractor):
    ed = _doc(extractor, "fr", "fr", "2025-01-15",
              "Selon un communiqué lu à la télévision, le général ne s'est pas rendu à Ménaka.", [])
    visit = next(c for c in ed.claims if c.kind == "visit")
    assert visit.polarity == "negative" and visit.attribution == "un communiqué lu à la télévision"
    # a communiqué is a statement (a reporting class, never an agreement of its own), not a dispatch
    assert {c.kind for c in ed.claims if c.trigger and c.trigger.text == "communiqué"} == {"say"}


def test_a_french_and_an_english_account_of_one_call_agree():
    rules = load_rules()
    extractor = ClaimExtractor(rules)
    french = _doc(extractor, "fr", "fr", "2025-01-22",
                  "Vladimir Poutine s'est entretenu au téléphone mardi avec le général Abdourahamane Tiani.",
                  [("Vladimir Poutine", PUTIN), ("Abdourahamane Tiani", TIANI), ("mardi", day("2025-01-21"))])
    english = _doc(extractor, "en", "en", "2025-01-22",
                   "Vladimir Putin held a phone call with General Abdourahamane Tiani on Tuesday.",
                   [("Vladimir Putin", PUTIN), ("Abdourahamane Tiani", TIANI), ("Tuesday", day("2025-01-21"))])
    agreements = [f for f in compare([french, english], rules).findings if f.kind == "agreement"]
    assert any(set(f.documents) == {"fr", "en"} and "phone call" in f.subject for f in agreements)


GOITA = person("assimi-goita", "Assimi Goita", "Mali")


@pytest.mark.parametrize("french, english, kind", [
    ("Le général Assimi Goïta a prêté serment le 8 juin 2021.", "Assimi Goita was sworn in on June 8, 2021.", "swearing-in"),
    ("Assimi Goïta et Vladimir Poutine ont signé un accord le 8 juin 2021.",
     "Assimi Goita and Vladimir Putin signed an agreement on June 8, 2021.", "agreement"),
])
def test_french_kinds_beyond_calls_agree_with_english(french, english, kind):
    """Swearing-in and agreements are closed kinds in French too, so they compare across languages."""
    rules = load_rules()
    extractor = ClaimExtractor(rules)
    names = lambda text: [(n, v) for n, v in (("Assimi Goïta", GOITA), ("Assimi Goita", GOITA), ("Vladimir Poutine", PUTIN),
                                               ("Vladimir Putin", PUTIN)) if n in text]
    fr = _doc(extractor, "fr", "fr", "2021-06-09", french, names(french) + [("8 juin 2021", day("2021-06-08"))])
    en = _doc(extractor, "en", "en", "2021-06-09", english, names(english) + [("June 8, 2021", day("2021-06-08"))])
    agreements = [f for f in compare([fr, en], rules).findings if f.kind == "agreement"]
    assert any(set(f.documents) == {"fr", "en"} for f in agreements), [f.summary for f in compare([fr, en], rules).findings]
    assert any(kind in f.summary for f in agreements)


@pytest.mark.parametrize("dateline", ["GAROUA, 2 mai (AFP) - ", "GAROUA, Cameroun, 2 mai (AFP) - ",
                                      "GAROUA (Cameroun), 2 mai (AFP) - "])
def test_a_french_datelines_date_and_place_date_the_report_not_the_event(extractor, dateline):
    """The French twin of the English dateline rule: "GAROUA, Cameroun, 2 mai (AFP) -" files the
    story; the killing is dated by its own clause ("mercredi") and the filing place takes no part."""
    text = dateline + "Quatre soldats ont été tués dans une embuscade mercredi, a indiqué l'armée."
    spans = [("GAROUA", place("Garoua", "Cameroon")), ("2 mai", day("2025-05-02")), ("mercredi", day("2025-04-30"))]
    if "Cameroun" in dateline:
        spans.insert(1, ("Cameroun", place("Cameroon")))
    ed = _doc(extractor, "fr", "fr", "2025-05-02", text, spans)
    (attack,) = [c for c in ed.claims if c.kind == "attack"]
    assert attack.time is not None and attack.time.start == date(2025, 4, 30)
    assert not {"garoua", "cameroon"} & set(attack.participants)


@pytest.mark.parametrize("language, text, person", [
    ("fr", "En visite à Dakar jeudi 6 mars, le ministre malien Abdoulaye Diop n'a pas rencontré le président "
           "Bassirou Diomaye Faye, selon une source proche du dossier.", "Abdoulaye Diop"),
    ("en", "On a visit to Dakar on Thursday, Mali's foreign minister Abdoulaye Diop did not meet President "
           "Bassirou Diomaye Faye, a source close to the talks said.", "Abdoulaye Diop"),
])
def test_a_visit_told_in_an_opening_phrase_takes_the_main_clause_subject_as_its_visitor(tmp_path, language, text, person):
    """"En visite à Dakar jeudi, le ministre X n'a pas rencontré Y": the visit phrase has no
    subject of its own; the visitor is the subject of the main clause (X), not the person met (Y)."""
    folder = tmp_path / language
    folder.mkdir()
    published = "Publié le 7 mars 2025" if language == "fr" else "Published: March 7, 2025"
    (folder / "a.txt").write_text(f"Diop à Dakar\n\n{published}\n\n{text}\n", encoding="utf-8")
    [doc], _ = extract_documents([folder], load_rules())
    names = {m.id: m.text for m in doc.mentions}
    [visit] = [c for c in doc.claims if c.kind == "visit"]
    named = [names[i] for i in visit.mentions if i in names]
    assert person in named
    assert "Bassirou Diomaye Faye" not in named


# -- verdicts and takeovers told in French (issue 15, G3 and G9) ------------------------------

def _article(tmp_path, text: str, language: str = "fr"):
    """One article through ingest, cleaning and extraction, as a run reads it."""
    folder = tmp_path / language
    folder.mkdir()
    published = "Publié le 18 mars 2026" if language == "fr" else "Published: March 18, 2026"
    (folder / "a.txt").write_text(f"Titre\n\n{published}\n\n{text}\n", encoding="utf-8")
    [doc], _ = extract_documents([folder], load_rules())
    return doc


def _named(doc, claim) -> list[str]:
    names = {m.id: m.text for m in doc.mentions}
    return [names[i] for i in claim.mentions if i in names]


def test_a_french_verdict_is_a_sentence_of_the_person_named_after_the_title(tmp_path):
    """"X a condamné mardi l'ancien ministre ..., NAME, à cinq ans de prison": "condamner à
    <peine>" is the English "sentence" class, and the name in apposition after the title (and
    after the time word) is its participant; the court's town is where it sits, no party."""
    doc = _article(tmp_path, "La cour criminelle de Kaédi a condamné mardi l'ancien ministre de l'Énergie et des Mines, "
                             "Ahmed Salem Ould Bouheida, à sept ans de prison ferme pour détournement de fonds publics. "
                             "Le procès s'était tenu à huis clos.")
    [verdict] = [c for c in doc.claims if c.predicate == "condamner"]
    assert verdict.kind == "sentence"
    assert "Ahmed Salem Ould Bouheida" in _named(doc, verdict)
    assert verdict.time is not None and verdict.time.start == date(2026, 3, 17)
    assert not any(p.startswith("kaedi") or p == "kaédi" for p in verdict.participants)


@pytest.mark.parametrize("text, kind", [
    ("Le gouvernement malien a condamné l'attaque contre le convoi de l'ONU.", "condemn"),
    ("Un ancien maire de la ville a été condamné à la réclusion criminelle à perpétuité.", "sentence"),
    ("Le journaliste a été condamné pour diffamation par le tribunal de Dakar.", "sentence"),
])
def test_condamner_is_a_sentence_only_with_a_penalty_or_an_offence(lexicon, text, kind):
    [word] = [w for w in lexicon["fr"].event_words(text) if w.lemma == "condamner"]
    assert word.event_class == kind


def test_faire_appel_is_an_appeal_not_a_phone_call(lexicon):
    text = "Ses avocats ont annoncé leur intention de faire appel de la décision."
    classes = {w.lemma: w.event_class for w in lexicon["fr"].event_words(text)}
    english = {w.lemma: w.event_class for w in lexicon["en"].event_words("His lawyers said he would appeal.")}
    assert classes["appel"] == english["appeal"]
    assert lexicon["fr"].lookup("appel")[1] == "phone"  # the noun alone stays a call ("un appel téléphonique")


def test_a_participle_clause_of_occurring_dates_the_event_noun(tmp_path):
    """"Le procès, ouvert le 12 janvier, a duré deux mois": the trial opened on 12 January."""
    doc = _article(tmp_path, "Le procès de l'ancien ministre, ouvert le 12 janvier, a duré deux mois.")
    [trial] = [c for c in doc.claims if c.predicate == "procès"]
    assert trial.time is not None and trial.time.start == date(2026, 1, 12)


def test_an_announced_takeover_is_a_purchase_by_the_announcer(tmp_path):
    """"Le groupe X a annoncé lundi le rachat du logisticien néerlandais Y": a purchase (the
    class of English "acquisition") with X as buyer and Y as bought, dated by the announcement;
    the announcement itself stays a statement."""
    doc = _article(tmp_path, "Le groupe de transport Marvelle a annoncé lundi 16 mars le rachat du logisticien néerlandais "
                             "Dortmark pour 2,4 milliards d'euros. Marvelle financera l'opération par de la dette.")
    [deal] = [c for c in doc.claims if c.predicate == "rachat"]
    assert deal.kind == "buy"
    assert {"Marvelle", "Dortmark"} <= set(_named(doc, deal))
    assert deal.time is not None and deal.time.start == date(2026, 3, 16)


def test_a_statement_announced_with_que_gives_the_speaker_no_event(tmp_path):
    doc = _article(tmp_path, "Le groupe Marvelle a annoncé lundi que ses ventes avaient baissé de 4 % en 2025.")
    assert not [c for c in doc.claims if c.predicate != "annoncer" and "Marvelle" in _named(doc, c)]


def test_a_participle_after_a_verb_of_saying_is_no_announced_event(tmp_path):
    """"Mosteanu said the revised figure showed ...": a statement with its "that" left out;
    "revised" describes the figure, so the speaker is no reviser (an event noun after the verb
    of saying is still the announced event: see the takeover test above)."""
    doc = _article(tmp_path, "Defence Minister Ionut Mosteanu spoke in Bucharest. Mosteanu said the revised "
                             "figure showed that Romania's concerns had been heard.", language="en")
    assert not [c for c in doc.claims if c.predicate == "revise" and "Mosteanu" in _named(doc, c)]


# -- Pronominal verbs and news verbs (rules/fr/events/lexicon.yaml, classes.yaml) ---------------
# Sentences written for these tests, across sport, business, justice, disasters and politics:
# the event word the lexicon finds, its lemma and its class (the English class of the event).

PRONOMINAL_CASES = [
    # sport
    ("Le milieu brésilien s'est engagé pour quatre saisons avec Nantes.", "engagé", "s'engager", "sign"),
    ("Rennes s'est finalement imposé 2-1 face à Brest dimanche soir.", "imposé", "s'imposer", "win"),
    ("Les deux sélections se sont affrontées en demi-finale à Lille.", "affrontées", "affronter", "clash"),
    ("Il doit s'engager avec Benfica dans la semaine.", "s'engager", "s'engager", "sign"),
    # business
    ("La compagnie s'est engagée à maintenir tous les emplois du site.", "engagée", "s'engager", "pledge"),
    ("Le cours de l'action s'est effondré de 30 % à l'ouverture.", "effondré", "s'effondrer", "collapse"),
    # justice
    ("Le suspect s'est rendu aux autorités vendredi matin.", "rendu", "se rendre", "surrender"),
    ("Trois détenus se sont évadés de la prison de Fresnes dans la nuit.", "évadés", "s'évader", "escape"),
    ("L'accusé ne s'est pas présenté mais s'est rendu à la police le lendemain.", "rendu", "se rendre", "surrender"),
    # disasters
    ("Un immeuble de six étages s'est écroulé à Marseille.", "écroulé", "s'écrouler", "collapse"),
    ("Un hélicoptère de secours s'est écrasé dans les Alpes.", "écrasé", "s'écraser", "crash"),
    ("Le toit du gymnase s'était effondré sous le poids de la neige.", "effondré", "s'effondrer", "collapse"),
    # politics
    ("La Première ministre s'est rendue à Kiev mardi.", "rendue", "se rendre", "visit"),
    ("Le chef de l'État s'y est rendu dès le lendemain.", "rendu", "se rendre", "visit"),
    ("Les ministres des Finances se sont réunis à Bruxelles.", "réunis", "se réunir", "meet"),
    ("La candidate sortante s'est imposée avec 54 % des voix.", "imposée", "s'imposer", "win"),
]


@pytest.mark.parametrize("sentence, form, lemma, event_class", PRONOMINAL_CASES)
def test_pronominal_verbs_are_read_as_their_pronominal_lemma(lexicon, sentence, form, lemma, event_class):
    words = [(sentence[w.start:w.end], w.lemma, w.event_class) for w in lexicon["fr"].event_words(sentence)]
    assert (form, lemma, event_class) in words, words


# Pronominal verbs of taking place or going on name no event of their own: the event is their
# subject's ("les combats", "le sommet"), and the plain verb's sense would be wrong.
@pytest.mark.parametrize("sentence, not_event", [
    ("Les combats se sont poursuivis toute la nuit à Goma.", "poursuivis"),
    ("Le sommet s'est tenu à Addis-Abeba.", "tenu"),
    ("Le match s'est déroulé à huis clos.", "déroulé"),
    ("Le village se trouve à vingt kilomètres de la frontière.", "trouve"),
    ("L'accident s'est produit vers 6 heures.", "produit"),
    ("Le tribunal a rendu son jugement mardi.", "rendu"),
    ("S'il gagne, il partira.", "il"),
    ("Le ministre s'est rendu compte de son erreur.", "rendu"),
    ("Les enquêteurs se sont vite rendu compte que le feu était criminel.", "rendu"),
])
def test_pronominal_verbs_of_taking_place_name_no_event(lexicon, sentence, not_event):
    words = [sentence[w.start:w.end] for w in lexicon["fr"].event_words(sentence)]
    assert not_event not in words and "se" not in words and "s'est" not in words, words


# News verbs of every domain fall in the class of their English translation, so a French and an
# English account of one event compare.
@pytest.mark.parametrize("french, english", [
    ("Lyon a recruté le défenseur argentin.", "Lyon recruited the Argentine defender."),
    ("Le Stade toulousain a remporté la finale.", "Toulouse won the final."),
    ("Nadal a battu Djokovic en quatre sets.", "Nadal beat Djokovic in four sets."),
    ("L'usine a licencié 300 salariés.", "The plant dismissed 300 workers."),
    ("Les contrôleurs aériens sont en grève depuis jeudi.", "Air traffic controllers have been on strike since Thursday."),
    ("La DGAC a demandé aux compagnies de réduire leurs vols.", "The DGAC asked airlines to cut their flights."),
    ("Quarante pays ont participé à la conférence.", "Forty countries participated in the conference."),
    ("La compagnie a annulé 170 vols.", "The airline cancelled 170 flights."),
    ("Le gouvernement a prolongé l'état d'urgence.", "The government extended the state of emergency."),
    ("Le défenseur a signé un contrat de quatre ans.", "The defender signed a four-year contract."),
    ("Le club a annoncé le licenciement de l'entraîneur.", "The club dismissed the coach."),
    ("Un camion a percuté un bus scolaire.", "A lorry hit a school bus."),
])
def test_french_news_verbs_share_the_english_class(lexicon, french, english):
    french_classes = {w.event_class for w in lexicon["fr"].event_words(french)}
    english_classes = {w.event_class for w in lexicon["en"].event_words(english)}
    assert french_classes & english_classes, (french_classes, english_classes)


@pytest.mark.parametrize("sentence", [
    "Le taux de participation s'est établi à 31,8 %.",
    "Le fonds détient une participation de 12 % dans le groupe.",
])
def test_participation_is_a_measure_not_an_event(lexicon, sentence):
    assert not lexicon["fr"].event_words(sentence)


@pytest.mark.parametrize("sentence, modality", [
    ("Le groupe va fermer deux usines en Allemagne, a annoncé sa direction.", "expected"),
    ("Les deux entreprises vont fusionner, ont annoncé leurs directions.", "expected"),
    ("Le groupe doit fermer deux usines en Pologne, a annoncé sa direction.", "expected"),
    ("Le groupe a fermé deux usines en Allemagne, a annoncé sa direction.", "asserted"),
])
def test_aller_or_devoir_before_an_infinitive_tells_an_event_to_come(news_stories, sentence, modality):
    """"va fermer" is a closure to come: the cue stops before the verb it governs."""
    docs, _ = extract_documents(news_stories(("a", "Industrie automobile", "30 octobre 2026", sentence)), load_rules())
    [doc] = docs
    told = {c.modality for c in doc.claims if c.trigger is not None and c.trigger.text.startswith(("ferm", "fusion"))}
    assert told == {modality}, [(c.kind, c.modality) for c in doc.claims]


KOLBE = person("marianne-kolbe", "Marianne Kolbe", "Canada")


@pytest.mark.parametrize(("language", "text", "word", "kind"), [
    # the open words of an election (EventRule.open_classes) make claims of the election kind
    ("en", "Marianne Kolbe, elected leader in 2021, resigned on Monday.", "elected", "election"),
    ("en", "The by-election was held on Sunday.", "by-election", "election"),
    ("fr", "Marianne Kolbe, élue cheffe en 2021, a démissionné lundi.", "élue", "election"),
    ("fr", "L'écart n'est plus que de 97 voix, contre 161 au soir du scrutin.", "scrutin", "election"),
    ("fr", "Depuis sa réélection en 2022, la mairesse gouverne seule.", "réélection", "election"),
    # a ship aground is the accident kind's, whatever the word; talks that fail are no accident
    ("fr", "Le cargo, échoué dimanche sur les rochers au large de l'île, transportait du gazole.", "échoué", "accident"),
    ("fr", "Les négociations ont échoué dimanche.", "échoué", "fail"),
    # an office held or its holders tell no election
    ("en", "Since the ousting of the elected president last year, the junta has ruled.", "elected", None),
    ("en", "Elected officials met the minister on Monday.", "Elected", None),
    ("en", "Niger's elected president was ousted in a coup in July 2023.", "elected", None),
    ("en", "The country's democratically elected government fell.", "elected", None),
    ("fr", "Certains élus locaux affirment que les postes étaient désertés.", "élus", None),
    ("fr", "Selon plusieurs élus, les assaillants sont repartis.", "élus", None),
    ("fr", "Le président élu en 2021 a été renversé.", "élu", None),
])
def test_the_open_words_of_a_closed_kind_make_claims_of_that_kind(extractor, language, text, word, kind):
    """One election, one class: an open word of the election ("the by-election", "le scrutin",
    "élue cheffe en 2021") is a claim of the election kind, as "was elected" is; "the elected
    president" and "les élus locaux" name holders of an office, no election."""
    doc = _doc(extractor, "a", language, "2026-05-12", text, [("Marianne Kolbe", KOLBE)] if "Kolbe" in text else [])
    kinds = {c.kind for c in doc.claims if c.trigger is not None and c.trigger.text.replace("’", "'").split("'")[-1] == word}
    assert kinds == ({kind} if kind else set()), [(c.kind, c.trigger.text if c.trigger else None) for c in doc.claims]


def test_a_french_open_account_of_an_election_agrees_with_an_english_closed_one(extractor):
    """"was elected" is the election kind's trigger, "élue dimanche cheffe" an open word of its
    class: both are the election kind, so the two sources of one leadership vote agree (they
    were two single-source findings, an election and an open "elect")."""
    rules = load_rules()
    sunday = day("2026-05-10")
    en = _doc(extractor, "en", "en", "2026-05-12",
              "Marianne Kolbe was elected leader of the Liberal Party on Sunday with 52 per cent of the vote.",
              [("Marianne Kolbe", KOLBE), ("on Sunday", sunday)])
    fr = _doc(extractor, "fr", "fr", "2026-05-13",
              "Marianne Kolbe, élue dimanche cheffe du Parti libéral avec 52 % des voix, a promis de rassembler.",
              [("Marianne Kolbe", KOLBE), ("dimanche", sunday)])
    findings = compare([en, fr], rules).findings
    assert any(f.kind == "agreement" and set(f.documents) == {"en", "fr"} and "election" in f.subject for f in findings), \
        [f.summary for f in findings]
