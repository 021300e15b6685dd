"""The event-class table (extract/lexicon.py, rules/en/events/lexicon.yaml and classes.yaml):
which words of a text name an event, whatever the event."""

from __future__ import annotations

import pytest

from crosscheck.extract.lexicon import Lexicon, lexicons
from crosscheck.rules import load_rules


@pytest.fixture(scope="module")
def english() -> Lexicon:
    return lexicons(load_rules())["en"]


def _lemmas(lexicon: Lexicon, text: str) -> list[str]:
    return [w.lemma for w in lexicon.event_words(text)]


def test_irregular_past_forms_name_their_verbs_event(english):
    # simplemma keeps "won" (a currency) and "broke" (an adjective) as they are.
    assert _lemmas(english, "She won the title and broke the record.") == ["win", "break"]
    assert english.lookup("won")[1] == english.lookup("win")[1]
    assert english.lookup("fled")[1] == english.lookup("flee")[1]


def test_a_gerund_after_a_determiner_is_an_event_noun(english):
    assert _lemmas(english, "The shooting happened at night.")[:1] == ["shoot"]
    assert "killing" in _lemmas(english, "Police linked the two killings.")
    assert english.lookup("shooting")[1] == english.lookup("shot")[1]


def test_a_thing_named_by_an_ing_noun_is_no_event(english):
    assert "build" not in _lemmas(english, "The building stood empty.")


def test_rare_event_nouns_of_news_are_event_words(english):
    # Words the tagged corpus never saw but WordNet files as acts.
    for word in ("arson", "manslaughter", "shootout", "lockdown"):
        assert english.lookup(word) is not None, word


def test_qualities_and_rare_nominalisations_are_no_events(english):
    # "energy" is derived from "energize" but names a quantity; "capital" from the rare verb
    # "capitalise" but names money or a city.
    assert _lemmas(english, "The energy sector and the capital grew.") == ["grow"]


def test_some_verbs_are_events_only_when_inflected(english):
    assert _lemmas(english, "He was released on Friday.") == ["release"]
    assert _lemmas(english, "The press release set a new record.") == []
    assert _lemmas(english, "Police found the car.") == ["find"]


def test_verbs_of_finding_out_and_deciding_are_events(english):
    for sentence, lemma in (("The court decided the case.", "decide"), ("Divers discovered the wreck.", "discover"),
                            ("Two passengers survived.", "survive"), ("He was caught on camera.", "catch")):
        assert lemma in _lemmas(english, sentence), sentence


def test_words_mostly_used_as_adverbs_or_nouns_are_events_only_as_verbs(english):
    assert _lemmas(english, "They went out to a party.") == []
    assert "party" in _lemmas(english, "They partied all night.")


def test_a_class_on_one_line_reads_as_its_verbs_and_nouns():
    from pydantic import ValidationError

    from crosscheck.extract.lexicon import EventLexicon, LexiconClass

    assert LexiconClass.model_validate("die kill / death killing") == LexiconClass(verbs=["die", "kill"], nouns=["death", "killing"])
    assert LexiconClass.model_validate("/ arson").verbs == []
    with pytest.raises(ValidationError):
        LexiconClass.model_validate("die kill death")
    table = EventLexicon.model_validate({"kind": "event_lexicon", "classes": {"die": "die /"},
                                         "mostly_nouns": "man coach", "irregular": "won=win broke=break"})
    assert table.mostly_nouns == ["man", "coach"] and table.irregular == {"won": "win", "broke": "break"}


def test_a_word_that_names_an_event_only_as_a_verb_counts_after_a_verb_marker(english):
    assert _lemmas(english, "He will host the show.") == ["host"]
    assert _lemmas(english, "She plans to return.") == ["return"]
    assert _lemmas(english, "The host arrived late.") == ["arrive"]


def test_to_before_a_noun_is_no_verb_marker(english):
    # "to" also precedes nouns: only hand-listed verb_forms_only lemmas count bare after it.
    assert _lemmas(english, "He was taken to court by the police.") == []
    assert _lemmas(english, "To date, nothing.") == []


def test_a_participle_after_a_determiner_is_an_event(english):
    assert _lemmas(english, "The murdered woman lived here.")[:1] == ["murder"]
    assert "steal" in _lemmas(english, "The stolen car was recovered.")
    assert "injure" in _lemmas(english, "Medics treated the injured.")


def test_an_irregular_past_form_that_is_another_word_is_no_participle_after_a_determiner(english):
    assert _lemmas(english, "He stood on the left of the stage.") == []


@pytest.mark.parametrize("language, text, lemma, is_event", [
    ("en", "The Court of Appeal upheld the sentence.", "appeal", False),
    ("en", "He filed a complaint with the committee of the election.", "election", False),
    ("en", "The commission of inquiry published its findings.", "inquiry", False),
    ("en", "The appeal was heard on Monday.", "appeal", True),
    ("en", "Observers of the election praised the count.", "election", True),  # no body's noun
    ("en", "The court, after the election, adjourned.", "election", True),  # a comma between
    ("fr", "La cour d'appel de Paris a confirmé la peine.", "appel", False),
    ("fr", "Il a déposé une plainte auprès du comité des élections.", "élection", False),
    ("fr", "La commission d'enquête a rendu son rapport.", "enquête", False),
    ("fr", "Le bureau de l'élection a fermé.", "élection", False),
    ("fr", "Les résultats de l'élection sont connus.", "élection", True),  # no body's noun
    ("fr", "L'enquête a été ouverte lundi.", "enquête", True),
])
def test_an_event_noun_complementing_a_bodys_noun_names_its_remit(language, text, lemma, is_event):
    """"the court of appeal", "le comité des élections": the event noun says what the body deals
    with; the sentence tells no appeal and no election (a false date contradiction came of it)."""
    lexicon = lexicons(load_rules())[language]
    assert (lemma in _lemmas(lexicon, text)) is is_event


def test_nouns_of_an_institution_or_a_duty_are_no_events(english):
    assert _lemmas(english, "Goita's administration continues to seek new alliances.").count("administration") == 0
    assert "responsibility" not in _lemmas(english, "The group claimed responsibility.")


def test_a_past_form_after_a_determiner_is_no_noun_of_its_lemma(english):
    # "bite" and "leave" are event nouns, but "a bit" and "the left" are not their forms.
    assert "bite" not in _lemmas(english, "They waited a bit.")
    assert _lemmas(english, "The injuries and the rioting were reported.")[:2] == ["injury", "riot"]


def test_a_verb_of_perceiving_an_event_counts_only_as_a_verb(english):
    assert "witness" in _lemmas(english, "Two men witnessed the crash.")
    assert "witness" not in _lemmas(english, "Witnesses described the scene.")


def _class(lexicon: Lexicon, text: str) -> list[str]:
    return [w.event_class for w in lexicon.event_words(text)]


def test_a_phrasal_verb_takes_its_own_class(english):
    # WordNet's "pass away" is in the synset of "die"; "gun down" is a kind of "shoot".
    assert _class(english, "Bettie Page passed away on Thursday.") == [english.lookup("died")[1]]
    assert _class(english, "He was gunned down outside his home.") == [english.lookup("shot")[1]]
    assert _class(english, "The bomb blew up.") == [english.lookup("exploded")[1]]


def test_a_particle_that_does_not_follow_the_verb_leaves_its_class(english):
    assert _class(english, "She passed the ball away.") == [english.lookup("passed")[1]]


def test_a_hand_assigned_verb_keeps_its_class_before_a_particle(english):
    # "check in" is a report in WordNet's first sense; news checks into rehab.
    assert _class(english, "Lohan checked in on Thursday.") == [english.lookup("checked")[1]]


@pytest.mark.parametrize("words", [
    ("burned", "fire", "blaze", "torched", "arson", "burning"),  # WordNet "burn, fire, burn down"; "torch" is a kind of "burn"
    ("released", "issued"),  # "publish, bring out, issue, release"
    ("overturned", "reversed", "repealed", "revoked"),  # "overrule, overturn, reverse"; "revoke, repeal, reverse"
    ("arrested", "nabbed", "detained"),  # "nab" in its arrest sense
    ("stole", "snatched", "robbed", "theft", "heist"),
    ("won", "beat", "defeated", "lost"),  # one contest told by either side
])
def test_words_of_one_happening_share_a_class(english, words):
    classes = {english.lookup(word)[1] for word in words}
    assert len(classes) == 1, {word: english.lookup(word) for word in words}


def test_the_verb_steal_is_no_purchase(english):
    # The table's noun "a steal" (a bargain) is filed with "buy"; the verb is a theft.
    assert english.lookup("stole")[1] != english.lookup("bought")[1]


def test_gerund_the_lemmatiser_misreads_takes_its_verb(rules):
    english = lexicons(rules)["en"]
    assert english.lemma("growing") == "grow"
    assert english.lookup("stopping")[0] == "stop"
    assert english.lemma("evening") == "evening"  # no verb of the table behind it


def test_market_and_engagement_are_no_events(rules):
    english = lexicons(rules)["en"]
    lemmas = {w.lemma for w in english.event_words("They burned down the market, indicating a growing engagement.")}
    assert "burn" in lemmas and lemmas.isdisjoint({"market", "engagement"})


def test_a_lemma_of_several_senses_takes_its_class_from_the_words_around_it(rules):
    english = lexicons(rules)["en"]

    def classes(text):
        return [w.event_class for w in english.event_words(text) if w.lemma == "fire"]

    assert classes("The fire destroyed the church.") == [english.lookup("blaze")[1]]
    assert classes("The Sixers fired their coach.") == classes("He was fired from his job.") == [english.lookup("sacked")[1]]
    assert classes("Soldiers fired on protesters.") == classes("A gunman opened fire.") == [english.lookup("shooting")[1]]


def test_appointments_share_a_class_however_told(rules):
    english = lexicons(rules)["en"]
    assert english.lookup("named")[1] == english.lookup("appointed")[1] == english.lookup("nominated")[1] \
        == english.lookup("hired")[1]
    assert english.lookup("emceed")[1] == english.lookup("hosted")[1]


def test_a_word_naming_a_roles_field_is_no_event(english):
    """"chief technology officer", "election officials": the word before a role noun is the
    role's field; the same word elsewhere, and a participle before a role noun, stay events."""
    assert "technology" not in _lemmas(english, "Wolfgang Kandek, chief technology officer at Qualys, said he expects a fix.")
    assert "technology" in _lemmas(english, "The technology failed.")
    assert "election" not in _lemmas(english, "Election officials counted ballots.")
    assert "election" in _lemmas(english, "The election was held on Sunday.")
    assert _lemmas(english, "The slain officer was honoured.")[:1] == ["slay"]
    # A body of people after the work it does: "rescue teams" and "aid workers" rescue and aid nobody.
    assert "rescue" not in _lemmas(english, "Rescue teams were searching the rubble.")
    assert "rescue" in _lemmas(english, "Firefighters rescued two children.")


def test_a_headlines_to_verb_is_an_announced_event(english):
    # "Microsoft to patch flaw" is the headline form of "Microsoft is to patch the flaw".
    words = english.event_words("Microsoft to patch Internet Explorer flaw", headline=True)
    assert [(w.lemma, w.future) for w in words][:1] == [("patch", True)]
    assert [w.future for w in english.event_words("Retailer to buy rival chain", headline=True)][:1] == [True]
    # In a body sentence "to" before a bare form is no verb marker ("went to court").
    assert "patch" not in _lemmas(english, "Microsoft to patch Internet Explorer flaw")


def test_to_after_a_verb_or_before_an_event_noun_is_no_headline_future(english):
    # "returns to court": "to" is a preposition after an inflected verb form.
    assert not any(w.future for w in english.event_words("Lohan returns to court", headline=True))
    # "heads to rehab": an event noun after "to" is where someone goes, not what they will do.
    assert not any(w.future for w in english.event_words("Tara Reid heads to rehab", headline=True))


def test_leaving_an_office_is_one_class_however_told(english):
    """"resigned", "resignation", "quit" and "stepped down" name one event; a step that is no
    phrasal verb stays what the table says."""
    resign = english.lookup("resigned")[1]
    assert english.lookup("resignation")[1] == english.lookup("quit")[1] == resign
    assert [w.event_class for w in english.event_words("Mayor Daniel Champagne stepped down in January.")] == [resign]
    assert resign not in [w.event_class for w in english.event_words("He took a step toward peace.")]


def test_a_call_that_convenes_is_no_phone_call(rules):
    """"called a snap election": someone convened it; "Putin called Goita" is a call, and so is
    the passive ("police were called to the scene")."""
    [rule] = [e for e in rules.get("events", "en") if e.event == "phone_call"]

    def calls(text: str) -> bool:
        return any(p.search(text) for p in rule.triggers)

    assert calls("Putin called Goita on Tuesday.")
    assert calls("Police were called to the scene.")
    assert not calls("The prime minister called a snap election.")
    assert not calls("The union called a strike for Thursday.")


@pytest.mark.parametrize("british, american", [
    ("Troops were mobilised overnight.", "Troops were mobilized overnight."),
    ("The state nationalised the bank.", "The state nationalized the bank."),
    ("The regime criminalised the protests.", "The regime criminalized the protests."),
    ("The government subsidised the fares.", "The government subsidized the fares."),
    ("The mobilisation began on Monday.", "The mobilization began on Monday."),
])
def test_a_british_and_an_american_spelling_are_one_class(english, british, american):
    """WordNet orders senses by an American tagged corpus: a British spelling takes its twin's
    most frequent sense (tools/build_event_lexicon.py), so two accounts spelled apart can join."""
    british_classes = [w.event_class for w in english.event_words(british)]
    assert british_classes and british_classes == [w.event_class for w in english.event_words(american)]
