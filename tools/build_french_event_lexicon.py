"""Builds rules/fr/events/lexicon_via_english.yaml: French event verbs and nouns in the classes of
the English table, found through their English cognates.

Why: French claims came from a few hundred hand-written lexicon lines, English ones from 9,321
generated from WordNet, so a French account often made no claim where the English one did
("a évacué", "s'est fracturé", "a capturé"). No French WordNet or bilingual dictionary ships under
a licence this MIT project can take: Debian's FreeDict French-English dictionaries are GPL-2+ (and
small: 8,505 headwords, with no "évacuer" or "fracturer"). Most French event verbs of news are
Latinate and spelled as their English cognate less a few regular changes ("évacuer" -> "evacuate",
"arrêter" -> "arrest", "construire" -> "construct", "abolir" -> "abolish"), so this script derives
the French table from two sources the project already ships: the English event table
(rules/en/events/, generated from WordNet 3.0, Princeton licence, with its hand refinements) and
simplemma's French dictionary (MIT), which tells which French words are verbs and nouns.

    apt-get install wordnet-base
    python3 tools/build_french_event_lexicon.py /usr/share/wordnet rules/fr/events/lexicon_via_english.yaml

How words are chosen (deterministic):
  * French verbs: simplemma lemmas ending in -er, -ir or -re (-oir included) that some
    conjugated form ("-ait", "-ant", "-é") maps to, of at least five letters;
  * each verb's ending is rewritten by the first rule of ``ENDINGS`` it ends with ("-iser" ->
    "-ize"/"-ise", "-quer" -> "-cate"/"-ke"/"-ck", "-uer" -> "-uate"/"-ue"/"-ute", "-uire" ->
    "-uct"/"-uce", "-ir" -> "-ish", "-er" -> "-ate"/"-e"/nothing...) and its stem by the spelling
    changes of ``_stems`` (accents dropped, a circumflex for the s French lost: "arrêt-" ->
    "arrest-"; "é-" -> "es-"/"ex-"/"s-"; "qu" -> "c"/"ck"/"k");
  * a candidate is kept when the English table names it as a verb that is an event there, in a
    class that has an act or event noun too ("evacuate" / "evacuation"; not "operate",
    "preside", "justify", more often a state, a habit or a manner) and that is not the class of
    a verb of happening ("happen", "occur": they tell their subject's event), seen as a verb by
    WordNet's tagged corpus unless it is long ("electrocute"), and no verb of saying (French
    has its own, written by hand);
  * a verb whose candidates fall in more than one English class is dropped (no guess between
    "rest" and "restate" for "rester"), as are candidates of fewer than four letters or, for a
    bare stem, fewer than six ("révéler" is no "revel"), and the well-known false friends of
    ``FALSE_FRIENDS`` ("blesser" wounds, it does not bless);
  * nouns: the nominalisations of a kept verb ("évacuation", "bombardement", "sabotage") take its
    class when the English table gives their cognate that class, and any French noun in
    "-ation", "-ement" or "-issement" takes the class the English table gives its cognate
    ("amendement" / "amendment", "confiscation"), when simplemma knows the noun and its plural
    (an adverb in -ment has none: "fermement");
  * the French words of news with no English look-alike, or a misleading one, that
    rules/fr/events/translations.yaml names with their English translation ("adjuger":
    "auction sell", "débarquer": "disembark") take the class the English table gives the first
    of those English words that is an event and no verb of saying, over any cognate's guess (no
    French WordNet or bilingual dictionary ships under a licence this project can take: Debian
    and PyPI have none but FreeDict's, GPL-2+, so the table is written by hand and the classes
    still come from the English table);
  * the irregular past participles of the output's verbs that the lemmatiser reads as words of
    their own ("peinte" -> "peint", "rouverts" -> "rouvert") are written as forms of their verb;
  * words the hand tables beside the output already name are left to them (hand entries win).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from simplemma.strategies.dictionaries import DefaultDictionaryFactory

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_event_lexicon import YAML_KEYWORDS, read_index  # noqa: E402
from crosscheck.extract.lexicon import Lexicon  # noqa: E402
from crosscheck.rules import load_rule_file, load_rules  # noqa: E402

# French verb ending -> English endings; the first rule a verb ends with decides, so a longer
# ending stands before the shorter one it ends with ("-iser" before "-er").
ENDINGS: list[tuple[str, tuple[str, ...]]] = [
    ("iser", ("ize", "ise")), ("ifier", ("ify",)), ("ier", ("y", "iate")), ("quer", ("cate", "ke", "ck")),
    ("uer", ("uate", "ue", "ute")), ("mettre", ("mit",)), ("crire", ("cribe",)), ("uire", ("uce", "uct")),
    ("clure", ("clude",)), ("primer", ("press",)), ("cevoir", ("ceive",)), ("venir", ("vene",)),
    ("ompre", ("upt",)), ("endre", ("end",)), ("ondre", ("ond",)), ("ger", ("ge",)), ("cer", ("ce",)),
    ("er", ("ate", "e", "")), ("ir", ("ish", "")), ("re", ("", "e")),
]
# Nominalisations of a kept French verb (its stem less -er/-ir/-re) and the endings of their English
# cognates: "évacu-ation" / "evacu-ation", "bombard-ement" / "bombard-ment", "sabot-age",
# "accompl-issement" / "accompl-ishment" (not a bare "-e": "la cause", "la fête").
NOUN_ENDINGS: dict[str, tuple[str, ...]] = {
    "ation": ("ation",), "ement": ("ment", "ement"), "issement": ("ishment",), "age": ("age",),
}
# Endings of French nouns of an act spelled as their English cognate ("évacu-ation", "amend-ement"
# / "amend-ment", "établ-issement" / "establ-ishment"): not "-age" ("barrage" is a dam), "-ure"
# ("censure" a vote of no confidence) or "-sion" ("émission" a programme).
COGNATE_NOUN_ENDINGS: dict[str, tuple[str, ...]] = {
    "ation": ("ation",), "issement": ("ishment",), "ement": ("ment", "ement"),
}
MIN_UNSEEN = 9  # letters of an English verb the tagged corpus never saw ("electrocute"; not "traduce")
MIN_FRENCH = 5  # letters of a French verb ("tuer" and "voler" are too short to tell by spelling)
MIN_ENGLISH = 4  # letters of an English candidate
# Letters of an English candidate that is the French stem as it is ("attaqu-er" -> "attack"; not
# "révél-er" -> "revel").
MIN_BARE = 6
# Well-known false friends: French verbs and nouns spelled as an English event word of another
# meaning.
FALSE_FRIENDS = {
    "accéder",  # reach, get access to, not accede
    "achever",  # finish (off), not achieve
    "assembler",  # "l'Assemblée nationale" is a parliament
    "assister",  # attend, witness, not assist
    "assurer",  # a verb of saying ("a assuré son directeur"), or insure
    "attendre",  # wait, not attend
    "avertir",  # warn, not avert
    "blesser",  # wound, not bless
    "charger",  # load, task someone with ("chargé de"), not charge
    "choquer",  # shock, not chock
    "commander",  # order (goods), not command
    "conduire",  # drive, lead, take (to hospital), not conduct
    "contrôler",  # check, not control
    "débuter",  # begin, not debut
    "décevoir",  # disappoint, not deceive
    "délayer",  # dilute, not delay
    "demander",  # ask, not demand
    "dépenser",  # spend, not dispense
    "députer",  # "un député" is a member of parliament
    "disposer",  # have at one's disposal ("dispose de"), not dispose
    "disputer",  # play (a match), not dispute
    "divertir",  # entertain, not divert
    "dresser",  # draw up ("dresser un bilan"), put up, not dress
    "écrire",  # write (a verb of saying), no scribe
    "effectuer",  # carry out, make (a visit), not effect
    "élever",  # raise (children), and "élevé" is high
    "employer",  # use: the English "use" is a class of its own, not "employ"'s
    "épier",  # spy on, not expiate
    "épouser",  # marry, not espouse
    "établissement",  # an institution (a bank, a school, a prison) more than an act of establishing
    "établir",  # "s'établir à": a figure stands at ("le bilan s'établit à cinq morts")
    "évincer",  # oust, not evince
    "former",  # train, not form
    "ignorer",  # not know, not ignore
    "injurier",  # insult, not injure
    "officier",  # "un officier" is an officer
    "passer",  # spend, go by, not pass
    "piquer",  # sting, pinch (steal), not pick
    "placer",  # put ("placé en garde à vue" is a detention, told by its noun), not place
    "prétendre",  # claim, not pretend
    "prévenir",  # warn, not prevent
    "radier",  # strike off (a list), not radiate
    "rater",  # miss, not rate
    "réaliser",  # carry out, not realise
    "replier",  # fold, fall back ("se replier"), not reply
    "reposer",  # rest on ("repose sur"), not repose
    "réserver",  # also keep for ("réservé aux", "droits réservés"), not only reserve
    "rester",  # stay, not rest
    "résumer",  # sum up, not resume
    "retirer",  # withdraw, take out, not retire
    "révéler",  # reveal, not revel
    "reverser",  # pay back, hand on, not reverse
    "sauter",  # jump, blow up, not sauté
    "supplier",  # beg, not supply
    "supporter",  # bear, not support
    "tirer",  # shoot, pull, not tire
    "toucher",  # affect, hit, not touch
    "traduire",  # translate, bring (to court), not traduce
    "truquer",  # rig, fake, not truck
    "user",  # wear out, not use
    "utiliser",  # use: the English "use" is a class of its own, not "utilize"'s
    "vaquer",  # attend to ("vaquer à ses occupations"), not vacate
}
_ACCENTS = str.maketrans("éèêëàâäîïôöùûüç", "eeeeaaaiioouuuc")
_LOST_S = {"ê": "es", "â": "as", "ô": "os", "î": "is", "û": "us"}


def _stems(stem: str) -> set[str]:
    """English spellings of a French stem: a circumflex where French lost an s ("arrêt" ->
    "arrest"), "é-" for "es-", "ex-" or "s-" ("établ" -> "establ"), "dé-" for "de-" (not "dis-":
    "déserter" is no "dissertate") and "ré-" for "re-", accents dropped, "qu" for "c", "ck" or "k"
    ("attaqu" -> "attack")."""
    spellings = {stem}
    for circumflex, with_s in _LOST_S.items():
        spellings |= {s.replace(circumflex, with_s) for s in spellings}
    prefixed = set()
    for spelling in spellings:
        if spelling.startswith("é"):
            prefixed |= {"e" + spelling[1:], "es" + spelling[1:], "ex" + spelling[1:], "s" + spelling[1:]}
        if spelling.startswith("dé"):
            prefixed.add("de" + spelling[2:])
        if spelling.startswith("ré"):
            prefixed.add("re" + spelling[2:])
    spellings = {s.translate(_ACCENTS) for s in spellings | prefixed}
    return spellings | {s.replace("qu", q) for s in spellings for q in ("c", "ck", "k") if "qu" in s}


def english_candidates(verb: str) -> set[str]:
    """The English verbs a French verb may be the cognate of, by its ending and stem."""
    for ending, replacements in ENDINGS:
        if verb.endswith(ending):
            stems = _stems(verb[: -len(ending)])
            return {stem + new for stem in stems for new in replacements
                    if len(stem + new) >= (MIN_BARE if not new else MIN_ENGLISH)}
    return set()


def french_words(dictionary) -> tuple[set[str], set[str]]:
    """The French verbs (lemmas some conjugated form maps to) and the French lemmas of simplemma."""
    forms_of: dict[str, set[str]] = defaultdict(set)
    for form, lemma in dictionary.items():
        forms_of[lemma].add(form)
    verbs = set()
    for lemma, forms in forms_of.items():
        if not lemma.isalpha() or not lemma.islower() or len(lemma) < MIN_FRENCH:
            continue
        stem = lemma[:-2]
        if lemma.endswith("er") and {stem + "é", stem + "ait", stem + "ant"} & forms:
            verbs.add(lemma)
        elif lemma.endswith(("ir", "re")) and any(f.endswith(("ait", "ant")) for f in forms):
            verbs.add(lemma)
    return verbs, set(forms_of)


def english_events(english: Lexicon, seen: set[str]) -> tuple[dict[str, str], dict[str, str], set[str]]:
    """English verbs and nouns -> their class as the English table resolves it (merges and hand
    classes applied), for the verbs that name an event as they stand and that the tagged corpus
    saw (``seen``) or are long; and the classes of saying."""
    # The table's verbs and the lemmas given a class by hand that are no nouns ("detect",
    # "examine"). A verb the English table reads as a noun first ("transport", "escort") counts
    # when the tagged corpus saw it as a verb: the French infinitive is a verb, never the noun.
    hand_verbs = {lemma for lemma in english.refined if lemma not in english.nouns}
    verbs = {v for v in english.verbs | hand_verbs
             if (v in seen or (len(v) >= MIN_UNSEEN and v not in english.mostly_nouns))}
    nouns = {n: english.class_of[n] for n in english.nouns if n in english.class_of}
    # Only the classes that have an act or event noun too ("evacuate" / "evacuation", "divert" /
    # "diversion"): a verb no such noun derives from more often tells a state, a habit or a manner
    # ("operate" in a region, "preside", "justify") than a happening to compare.
    # Nor the classes of the verbs of happening ("happen", "occur", "break out"): they tell their
    # subject's event, not one of their own ("activate" falls in "happen").
    happenings = set(nouns.values()) - {english.class_of.get(verb) for verb in english.happenings}
    return ({v: english.class_of[v] for v in verbs if english.class_of.get(v) in happenings}, nouns, english.reporting)


def hand_words(folder: Path, target: Path) -> set[str]:
    """The French words the hand tables and their refinements in ``folder`` already name, in any
    role (a measure: "participation" is a turnout or a stake, no event), the output of an earlier
    run aside; pronominal verbs with and without their clitic."""
    named = set()
    for path in sorted(folder.glob("*.yaml")):
        model, _ = load_rule_file(path)
        if path.resolve() == target.resolve() or model is None:
            continue
        if model.kind == "event_lexicon":
            for members in model.classes.values():
                named |= {w.lower() for w in members.verbs + members.nouns}
            named |= {w.lower() for w in model.mostly_nouns}
        elif model.kind == "event_classes":
            named |= {w.lower() for w in [*model.lemmas, *model.assign, *model.not_events, *model.senses, *model.measures,
                                          *model.measure_changes, *model.happenings, *model.light_verbs]}
    return {w.removeprefix("se ").removeprefix("s'") for w in named} | named


def translated(rules, english: Lexicon) -> tuple[dict[str, tuple[str, bool]], list[str]]:
    """French word -> (class, is a noun) for the words of the translation tables
    (rules/fr/events/translations.yaml): the class the English table gives the first of a
    word's English words that names an event there and is no verb of saying; and the words none
    of whose English words does, for the maintainer to fix."""
    found: dict[str, tuple[str, bool]] = {}
    missing = []
    for table in rules.get("event_translations", "fr"):
        for noun, entries in ((False, table.verbs), (True, table.nouns)):
            for word in entries:
                names = [english.class_of[w] for w in table.english_of(word, noun) if w in english.class_of]
                names = [name for name in names if name not in english.reporting]
                if names:
                    found[word] = (names[0], noun)
                else:
                    missing.append(word)
    return found, sorted(missing)


def build(rules, dictionary, named: set[str], seen: set[str]) -> dict[str, tuple[list[str], list[str]]]:
    """class -> (French verbs, French nouns), the words in ``named`` left out. A word of the
    translation tables takes the class of its English translation over a cognate's guess."""
    english_table = Lexicon(rules, "en")
    english, english_nouns, saying = english_events(english_table, seen)
    verbs, lemmas = french_words(dictionary)
    classes: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    kept_nouns: dict[str, set[str]] = defaultdict(set)

    def noun(word: str) -> bool:
        """A French noun: a lemma of its own, no verb, with its plural ("fermement" has none)."""
        return word in lemmas and word not in verbs and dictionary.get(word + "s") == word

    for verb in sorted(verbs - FALSE_FRIENDS):
        candidates = english_candidates(verb)
        found = {english[c] for c in candidates if c in english}
        if len(found) > 1:  # the English table splits some -ize and -ise twins: WordNet's -ize first
            found = {english[c] for c in candidates if c in english and not c.endswith("ise")} or found
        if len(found) != 1 or (name := found.pop()) in saying:
            continue
        if verb not in named:
            classes[name][0].add(verb)
        stem = verb[:-2]
        for ending, english_endings in NOUN_ENDINGS.items():
            if noun(stem + ending) and any(english_nouns.get(s + e) == name for s in _stems(stem) for e in english_endings):
                kept_nouns[stem + ending].add(name)
    # Nouns of an act whose English cognate the English table names, whatever their verb
    # ("amendement" / "amendment", "confiscation", "électrocution"): the endings that keep their
    # sense across the two languages.
    for word in sorted(lemmas):
        ending = next((e for e in COGNATE_NOUN_ENDINGS if word.endswith(e)), None)
        if ending is None or not noun(word) or word in FALSE_FRIENDS:
            continue
        stem = word[: -len(ending)]
        found = {english_nouns[s + e] for s in _stems(stem) for e in COGNATE_NOUN_ENDINGS[ending] if s + e in english_nouns}
        if len(found) == 1 and (name := found.pop()) not in saying:
            kept_nouns[word].add(name)
    for word, names in kept_nouns.items():
        if len(names) == 1 and word not in named:
            classes[next(iter(names))][1].add(word)
    translations, _ = translated(rules, english_table)
    for verbs_and_nouns in classes.values():
        for members in verbs_and_nouns:
            members -= set(translations)
    for word, (name, noun) in sorted(translations.items()):
        if word not in named:
            classes[name][noun].add(word)
    return {name: (sorted(v), sorted(n)) for name, (v, n) in sorted(classes.items()) if v or n}


# Past participles of French verbs that no regular ending gives ("peint", "rouvert", "démis"), by
# the infinitive ending they replace: the lemmatiser keeps some of their forms as words of their
# own ("peinte" -> "peint", "rouverts" -> "rouvert"), so the table names them as forms of the verb.
IRREGULAR_PARTICIPLES: list[tuple[str, str]] = [
    ("indre", "int"), ("vrir", "vert"), ("quérir", "quis"), ("mettre", "mis"), ("prendre", "pris"),
    ("uire", "uit"), ("faire", "fait"), ("choir", "chu"), ("vaincre", "vaincu"),
]


def irregular_participles(verbs: list[str], dictionary, named: set[str]) -> dict[str, str]:
    """Participle form -> verb, for the verbs of the table whose participle is irregular, each
    form (masculine, feminine, plural) the French dictionary knows and reads as another lemma
    than the verb ("peinte" -> "peindre"), unless a hand table names the form."""
    forms = {}
    for verb in sorted(verbs):
        if " " in verb or "'" in verb:
            continue
        for ending, participle in IRREGULAR_PARTICIPLES:
            if verb.endswith(ending):
                base = verb[: -len(ending)] + participle
                for form in (base, base + "e", base if base.endswith("s") else base + "s", base + "es"):
                    if form in dictionary and dictionary[form] != verb and form not in named:
                        forms[form] = verb
                break
    return forms


HEADER = """\
# Generated by tools/build_french_event_lexicon.py from the English event table (rules/en/events/,
# itself from WordNet 3.0, Princeton licence) and simplemma's French dictionary (MIT): French
# verbs spelled as their English cognate less regular changes ("évacuer" -> "evacuate", "arrêter"
# -> "arrest"), and their nominalisations, in the English class of the cognate; and the French
# words of news with no English look-alike ("adjuger", "débarquer", "une coupure"), in the class of
# the English translation translations.yaml gives them. Do not edit by hand: the hand tables
# beside this file (lexicon.yaml, lexicon_news.yaml, classes.yaml) win over it, and a word they
# name is left out here.
kind: event_lexicon
language: fr
"""


def main(wordnet: Path, target: Path) -> None:
    rules = load_rules()
    dictionary = DefaultDictionaryFactory().get_dictionary("fr")
    seen = {lemma for lemma, (tagged, _) in read_index(wordnet / "index.verb").items() if tagged > 0}
    named = hand_words(target.parent, target)
    table = build(rules, dictionary, named, seen)
    _, missing = translated(rules, Lexicon(rules, "en"))
    if missing:
        print(f"no English word of these translations names an event: {' '.join(missing)}", file=sys.stderr)
    lines = [HEADER.rstrip("\n")]
    participles = irregular_participles([v for verbs, _ in table.values() for v in verbs], dictionary, named)
    if participles:
        lines.append("# Irregular past participles the lemmatiser reads as words of their own.")
        lines.append("irregular: " + " ".join(f"{form}={verb}" for form, verb in sorted(participles.items())))
    lines.append("classes:")
    for name, (verbs, nouns) in table.items():
        key = f'"{name}"' if name in YAML_KEYWORDS else name
        if any(" " in word for word in verbs + nouns):  # "se noyer": the one-line form splits at spaces
            lines.append(f"  {key}: {{verbs: [{', '.join(verbs)}], nouns: [{', '.join(nouns)}]}}")
        else:
            lines.append(f"  {key}: {' '.join(verbs)} / {' '.join(nouns)}".rstrip())
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{sum(len(v) for v, _ in table.values())} verbs, {sum(len(n) for _, n in table.values())} nouns "
          f"in {len(table)} classes -> {target}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
