"""Builds rules/en/events/lexicon.yaml, the English event-class table, from WordNet 3.0.

Why a generated table: claims need event classes with synonyms and nominalisations
(die / death / perish; arrest / apprehension; acquire / acquisition) for any news, and no
PyPI package ships WordNet without a download at run time. Debian's ``wordnet-base``
(WordNet 3.0, Princeton licence) holds the database offline; this script reads it once and
writes a compact table that ships as rule data. Run it again only to regenerate:

    apt-get install wordnet-base
    python3 tools/build_event_lexicon.py /usr/share/wordnet rules/en/events/lexicon.yaml

How classes are formed (deterministic):
  * verbs: single-word lemmas (hyphens allowed: "break-in") whose most frequent sense (WordNet
    lists senses by frequency) is an action, not a state, perception, emotion or cognition
    verb; rare words count too (news names events SemCor never saw: "torched", "handcuffed");
  * nouns: single-word lemmas whose most frequent sense is an act, event, phenomenon or
    process ("arson", "manslaughter", "playoff"; not a rare noun sense of an adverb or
    adjective: "out" in baseball), or is derived from an included verb's most
    frequent sense and names no quality ("energy" is derived from "energize" but names an
    attribute, no event);
  * lemmas whose most frequent senses are one synset share a class; a verb that causes
    another joins it (kill -> die); a noun joins the verb its most frequent sense is derived
    from (death -> die, acquisition -> acquire); other nouns form their own class;
  * a class is named after its most frequent verb (else noun);
  * ``mostly_nouns``: verbs that the tagged corpus saw at least as often as another part of
    speech, a noun, an adjective or an adverb ("man", "coach", "police", "tense"), including
    words it never saw as verbs ("party", "home"): they name an event only in an inflected
    verb form;
  * ``irregular``: WordNet's irregular verb forms (verb.exc) of the table's verbs ("won" ->
    "win", "broke" -> "break"), which the lemmatiser leaves as they are when they are words too;
  * ``noun_heads``: nouns the tagged corpus saw and never as a verb, an adverb or (more often) an
    adjective ("chain", "series", "expert", "task"): an event noun right before one modifies it
    ("supply chains", "TV series") and names no happening of its own, unless it is a
    ``happening_nouns`` noun: one whose first sense is an event, a phenomenon or a process
    ("playoff berth", "earthquake victims", "blaze damage": the compound tells of that event);
  * ``idioms`` and ``verb_idioms``: WordNet's multiword adverbs ("of_course", "in_effect") and the verb phrases the tagged corpus saw that have no one-word synonym and
    name a state, a thought or a manner of dealing ("take_care", "make_sure"): their words name
    no event of their own.
Hand refinements (merges WordNet misses, words that are not events here) live in
rules/en/events/classes.yaml, not in this table.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

VERB_FILES_KEPT = {29, 30, 32, 33, 34, 35, 36, 38, 40, 41, 43}  # body change communication competition consumption contact creation motion possession social weather
NOUN_EVENT_FILES = {4, 11, 19, 22}  # act event phenomenon process
# persons, artifacts, groups, bodies, foods, animals, plants, places, objects, substances, quantities, shapes, times, relations, feelings, cognition, motives, possession
NOUN_NON_EVENT_FILES = {3, 5, 6, 8, 9, 12, 13, 14, 15, 16, 17, 18, 20, 23, 24, 25, 27, 28}
# Words YAML 1.1 reads as booleans or null unless quoted.
YAML_KEYWORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "none", "~"}
PARTICLES = {"away", "down", "up", "out", "off", "in", "into", "over", "on", "back", "through", "apart"}
NOUN_HAPPENING_FILES = {11, 19, 22}  # event phenomenon process: a happening even as a modifier
NOUN_NUMBER_OR_TIME_FILES = {23, 28}  # quantities ("two", "dozen") and times ("week", "night")
NOUN_ATTRIBUTE_FILE = 7  # qualities ("energy", "beauty", "climate"): never events, even when derived from a verb


def _word(lemma: str) -> bool:
    """A single word, possibly hyphenated ("break-in"), with no digits or underscores."""
    return lemma.replace("-", "").isalpha() and not lemma.startswith("-") and not lemma.endswith("-")


def read_index(path: Path):
    out = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        parts = line.split()
        lemma, n_synsets, n_ptr = parts[0], int(parts[2]), int(parts[3])
        tagged = int(parts[5 + n_ptr])
        offsets = parts[6 + n_ptr : 6 + n_ptr + n_synsets]
        out[lemma] = (tagged, offsets)
    return out


def read_data(path: Path):
    out = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        parts = line.split(" | ")[0].split()
        offset, lexfile = parts[0], int(parts[1])
        w_cnt = int(parts[3], 16)
        words = [parts[4 + 2 * i].lower() for i in range(w_cnt)]
        i = 4 + 2 * w_cnt
        p_cnt = int(parts[i])
        pointers = []
        for k in range(p_cnt):
            sym, target, pos = parts[i + 1 + 4 * k : i + 4 + 4 * k]
            pointers.append((sym, target, pos))
        out[offset] = (lexfile, words, pointers)
    return out


def _folded(words, width: int = 96) -> list[str]:
    """Words as the lines of a YAML folded block (indented two spaces), none wider than ``width``."""
    lines, line = [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append("  " + line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return lines + (["  " + line] if line else [])


def _noun_heads(noun_index, noun_data, verb_index, adjective_index, adverb_index) -> list[str]:
    """Nouns that are nouns only: seen in the tagged corpus, never as a verb or an adverb, no
    more often as an adjective ("series", "chain", "expert"; not "attack", "end", "home"), and
    no number or time first ("killed two", "the attack Monday": the object, the date)."""
    return sorted(
        lemma for lemma, (tagged, offsets) in noun_index.items()
        if tagged > 0 and _word(lemma) and verb_index.get(lemma, (0,))[0] == 0
        and noun_data[offsets[0]][0] not in NOUN_NUMBER_OR_TIME_FILES
        and adverb_index.get(lemma, (0,))[0] == 0 and adjective_index.get(lemma, (0,))[0] <= tagged)


IDIOM_VERB_FILES = {31, 32, 37, 39, 41, 42}  # cognition communication emotion perception social stative
# Words after a verb that make a phrasal verb, not an idiom (the phrasal table reads those).
PHRASAL_TAIL = PARTICLES | {"of", "to", "with", "for", "at", "from", "about", "upon", "after", "by", "around", "as"}


def _idioms(adverb_index, verb_index, verb_data, event_words: set[str]) -> tuple[list[str], list[str]]:
    """Multiword lemmas with an event word that name no event: (fixed phrases, verb phrases).

    Fixed phrases are WordNet's multiword adverbs ("of_course", "in_effect", "at_stake"); not its
    adjectives, which are often the state of undergoing an event ("on_trial", "under_attack"). Verb phrases are multiword verbs the tagged corpus saw whose words after the
    verb are not all particles or prepositions ("take_care", "make_sure", not "give_up"), whose
    first sense has no one-word synonym (an idiom, not a wordy verb: "drop_dead" is "die") and
    is a state, a thought or a social act."""
    fixed = sorted(lemma for lemma in adverb_index if "_" in lemma and any(word in event_words for word in lemma.split("_")) and all(map(_word, lemma.split("_"))))
    verbal = []
    for lemma, (tagged, offsets) in verb_index.items():
        words = lemma.split("_")
        if len(words) < 2 or tagged == 0 or not all(map(_word, words)) or all(w in PHRASAL_TAIL for w in words[1:]):
            continue
        lexfile, synonyms, _ = verb_data[offsets[0]]
        if lexfile in IDIOM_VERB_FILES and all("_" in w for w in synonyms) and any(w in event_words for w in words):
            verbal.append(lemma)
    return fixed, sorted(verbal)


def _phrasal_verbs(verb_index, verb_data, class_of_verb: dict[str, str], class_of_synset) -> dict[str, str]:
    """Phrasal verbs the tagged corpus saw ("pass away", "gun down", "blow up", "call off") whose
    first sense falls in another class than their verb's: "verb_particle" -> class. The class is that of the
    phrasal verb's first synset, or of the synset it is a kind of when no word of the table
    shares it ("gun down" is a kind of "shoot"); a verb that names no event of the table has no
    phrasal entry (the claim rests on the verb, the particle only refines its class)."""
    out = {}
    for lemma in verb_index:
        verb, _, particle = lemma.partition("_")
        tagged, offsets = verb_index[lemma]
        if particle not in PARTICLES or verb not in class_of_verb or tagged == 0:
            continue  # a phrasal verb the tagged corpus never saw: its first sense is no evidence
        lexfile, _, pointers = verb_data[offsets[0]]
        if lexfile not in VERB_FILES_KEPT:
            continue
        name = class_of_synset(offsets[0]) or next(
            (class_of_synset(o) for sym, o, pos in pointers if sym == "@" and pos == "v" and class_of_synset(o)), None)
        if name is not None and name != class_of_verb[verb]:
            out[lemma] = name
    return out


def _american_senses(first_synsets: dict[str, str], index, *endings: tuple[str, str]) -> None:
    """A British spelling takes the most frequent sense of its American twin ("mobilise" that of
    "mobilize", "organisation" that of "organization"), so both fall in one class: WordNet
    orders senses by the tagged corpus, which is American and never saw most British spellings,
    so their first sense is arbitrary. Twins are spellings of one word only when they share a
    synset and a stem of four letters or more ("prise", to pry, is no "prize")."""
    for lemma in list(first_synsets):
        for british, american in endings:
            stem = lemma[: -len(british)]
            if (lemma.endswith(british) and len(stem) >= 4 and stem + american in first_synsets
                    and set(index[lemma][1]) & set(index[stem + american][1])):
                first_synsets[lemma] = first_synsets[stem + american]


def main(wordnet: Path, target: Path) -> None:
    verb_index, noun_index = read_index(wordnet / "index.verb"), read_index(wordnet / "index.noun")
    verb_data, noun_data = read_data(wordnet / "data.verb"), read_data(wordnet / "data.noun")
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    verbs: dict[str, str] = {}  # lemma -> first synset
    for lemma, (tagged, offsets) in verb_index.items():
        if not _word(lemma):
            continue
        lexfile = verb_data[offsets[0]][0]
        if lexfile in VERB_FILES_KEPT:
            verbs[lemma] = offsets[0]
            find("v" + offsets[0])
    first_verb_synsets = set(verbs.values())
    # Synsets that are the first sense of a verb seen in the tagged corpus: the table's core.
    # Rare verbs join it where they share its synsets, and never link two of its classes.
    seen_synsets = {verbs[lemma] for lemma in verbs if verb_index[lemma][0] > 0}
    for synset in seen_synsets:
        for sym, other, pos in verb_data[synset][2]:
            if sym == ">" and pos == "v" and other in seen_synsets:
                union("v" + synset, "v" + other)
    _american_senses(verbs, verb_index, ("ise", "ize"), ("yse", "yze"))
    adjective_index, adverb_index = read_index(wordnet / "index.adj"), read_index(wordnet / "index.adv")
    nouns: dict[str, str] = {}
    for lemma, (tagged, offsets) in noun_index.items():
        if not _word(lemma):
            continue
        if tagged == 0 and any(other.get(lemma, (0,))[0] > 0 for other in (adjective_index, adverb_index)):
            continue  # an adverb or adjective with a rare noun sense ("out" in baseball, "final")
        lexfile, _, pointers = noun_data[offsets[0]]
        # A noun of no event file joins a verb only through a verb the tagged corpus saw: the
        # nominalisation of a rare verb is mostly another word ("capital", not "capitalise").
        derived = sorted((o not in seen_synsets, o) for sym, o, pos in pointers if sym == "+" and pos == "v"
                         and (o in seen_synsets or (lexfile in NOUN_EVENT_FILES and o in first_verb_synsets)))
        derived = [o for _, o in derived]
        if lexfile in NOUN_NON_EVENT_FILES or lexfile == NOUN_ATTRIBUTE_FILE or (lexfile not in NOUN_EVENT_FILES and not derived):
            continue  # a person ("killer"), a thing ("charger"), or no event at all
        if derived:
            union("n" + offsets[0], "v" + derived[0])
        nouns[lemma] = offsets[0]
        find("n" + offsets[0])
    _american_senses(nouns, noun_index, ("isation", "ization"))
    members: dict[str, dict[str, list[tuple[int, str]]]] = defaultdict(lambda: {"verbs": [], "nouns": []})
    for lemma, synset in verbs.items():
        members[find("v" + synset)]["verbs"].append((-verb_index[lemma][0], lemma))
    for lemma, synset in nouns.items():
        members[find("n" + synset)]["nouns"].append((-noun_index[lemma][0], lemma))
    # Verbs used mostly as other words that name no event ("man", "ship", "coach", "tense"):
    # their other senses are seen at least as often in the tagged corpus as their verb senses
    # ("police": once each), which covers the words the corpus never saw as verbs ("party").
    mostly_nouns = sorted(
        lemma for lemma in verbs
        if lemma not in nouns and any(
            lemma in other and other[lemma][0] >= verb_index[lemma][0]
            for other in (noun_index, adjective_index, adverb_index))
    )
    irregular = {}
    for line in (wordnet / "verb.exc").read_text(encoding="latin-1").splitlines():
        form, *lemmas = line.split()
        lemma = next((x for x in lemmas if x in verbs), None)
        if lemma is not None and form != lemma and _word(form):
            irregular[form] = lemma
    classes = {}
    name_of: dict[str, str] = {}  # root synset -> class name
    for root, group in members.items():
        # Named after its most frequent verb, else noun, in the tagged corpus; a class of words
        # the corpus never saw is named after its first verb (else noun) alphabetically.
        seen = [m for m in sorted(group["verbs"]) if m[0] < 0] or [m for m in sorted(group["nouns"]) if m[0] < 0]
        ranked = seen or sorted(group["verbs"]) or sorted(group["nouns"])
        name = ranked[0][1]
        while name in classes:
            name += "_"
        classes[name] = {"verbs": sorted(l for _, l in group["verbs"]), "nouns": sorted(l for _, l in group["nouns"])}
        name_of[root] = name
    class_of_verb = {lemma: name_of[find("v" + synset)] for lemma, synset in verbs.items()}
    phrasal = _phrasal_verbs(verb_index, verb_data, class_of_verb, lambda synset: name_of.get(find("v" + synset))
                             if "v" + synset in parent else None)
    event_words = set(verbs) | set(nouns)
    noun_heads = _noun_heads(noun_index, noun_data, verb_index, adjective_index, adverb_index)
    happening_nouns = sorted(lemma for lemma, synset in nouns.items() if noun_data[synset][0] in NOUN_HAPPENING_FILES)
    idioms, verb_idioms = _idioms(adverb_index, verb_index, verb_data, event_words)

    def plain(word: str) -> str:
        """A word as YAML reads it back as that string: "no", "on", "yes" quoted."""
        return f"'{word}'" if word.lower() in YAML_KEYWORDS else word

    lines = [
        "# Generated by tools/build_event_lexicon.py from WordNet 3.0 (Princeton University; Debian",
        "# wordnet-base). Do not edit by hand: refinements go to classes.yaml beside this file.",
        "kind: event_lexicon",
        "language: en",
        "# Verbs mostly used as other words that name no event: an event word only in a verb form",
        "# other than the lemma (\"manned\", \"coached\"), never as \"man\" or \"coach\".",
        "mostly_nouns: >-",
        *_folded(mostly_nouns),
        "# Irregular verb forms (WordNet verb.exc) of the table's verbs: form=lemma.",
        "irregular: >-",
        *_folded(f"{k}={v}" for k, v in sorted(irregular.items())),
        "# Phrasal verbs (WordNet's verb + particle) whose class is not their verb's: verb_particle=class.",
        "phrasal: >-",
        *_folded(f"{k}={v}" for k, v in sorted(phrasal.items())),
        "# Nouns only (never a verb): an event noun right before one modifies it (\"supply chains\").",
        "noun_heads: >-",
        *_folded(noun_heads),
        "# Nouns whose first sense is a happening: events even before a head noun (\"playoff berth\").",
        "happening_nouns: >-",
        *_folded(happening_nouns),
        "# Multiword adverbs: their words name no event (\"of course\", \"at stake\").",
        "idioms: >-",
        *_folded(idioms),
        "# Multiword verbs of no event, the verb in any form (\"took care of\", \"make sure\").",
        "verb_idioms: >-",
        *_folded(verb_idioms),
        "# Each class on one line, its verbs / its nouns: the lemmas that name one kind of event.",
        "classes:",
    ]
    for name in sorted(classes):
        c = classes[name]
        lines.append(f"  {plain(name)}: {' '.join([*c['verbs'], '/', *c['nouns']])}")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(classes)} classes, {len(verbs)} verbs, {len(nouns)} nouns, "
          f"{len(irregular)} irregular forms, {len(phrasal)} phrasal verbs, {len(noun_heads)} noun heads, "
          f"{len(idioms)} idioms, {len(verb_idioms)} verb idioms -> {target}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
