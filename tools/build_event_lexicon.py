"""Builds rules/en/events/lexicon.yaml, the English event-class table, from WordNet 3.0.

Why a generated table: claims need event classes with synonyms and nominalisations
(die / death / perish; arrest / apprehension; acquire / acquisition) for any news, and no
PyPI package ships WordNet without a download at run time. Debian's ``wordnet-base``
(WordNet 3.0, Princeton licence) holds the database offline; this script reads it once and
writes a compact table that ships as rule data. Run it again only to regenerate:

    apt-get install wordnet-base
    python3 tools/build_event_lexicon.py /usr/share/wordnet rules/en/events/lexicon.yaml

How classes are formed (deterministic):
  * verbs: single-word lemmas with at least one sense seen in WordNet's tagged corpus, whose
    most frequent sense is an action (not a state, perception, emotion or cognition verb);
  * nouns: single-word lemmas seen in the tagged corpus whose most frequent sense is an act,
    event, phenomenon or process, or is derived from an included verb's most frequent sense;
  * lemmas whose most frequent senses are one synset share a class; a verb that causes
    another joins it (kill -> die); a noun joins the verb its most frequent sense is derived
    from (death -> die, acquisition -> acquire); other nouns form their own class;
  * a class is named after its most frequent verb (else noun).
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
        if tagged < 1 or not lemma.isalpha():
            continue
        lexfile = verb_data[offsets[0]][0]
        if lexfile in VERB_FILES_KEPT:
            verbs[lemma] = offsets[0]
            find("v" + offsets[0])
    first_verb_synsets = set(verbs.values())
    for synset in first_verb_synsets:
        for sym, other, pos in verb_data[synset][2]:
            if sym == ">" and pos == "v" and other in first_verb_synsets:
                union("v" + synset, "v" + other)
    nouns: dict[str, str] = {}
    for lemma, (tagged, offsets) in noun_index.items():
        if tagged < 1 or not lemma.isalpha():
            continue
        lexfile, _, pointers = noun_data[offsets[0]]
        derived = sorted(o for sym, o, pos in pointers if sym == "+" and pos == "v" and o in first_verb_synsets)
        if lexfile in NOUN_NON_EVENT_FILES or (lexfile not in NOUN_EVENT_FILES and not derived):
            continue  # a person ("killer"), a thing ("charger"), or no event at all
        if derived:
            union("n" + offsets[0], "v" + derived[0])
        nouns[lemma] = offsets[0]
        find("n" + offsets[0])
    members: dict[str, dict[str, list[tuple[int, str]]]] = defaultdict(lambda: {"verbs": [], "nouns": []})
    for lemma, synset in verbs.items():
        members[find("v" + synset)]["verbs"].append((-verb_index[lemma][0], lemma))
    for lemma, synset in nouns.items():
        members[find("n" + synset)]["nouns"].append((-noun_index[lemma][0], lemma))
    # Verbs used mostly as nouns that name no event ("man", "ship", "coach", "water"): their
    # noun senses are seen more often in the tagged corpus than their verb senses.
    mostly_nouns = sorted(
        lemma for lemma in verbs
        if lemma in noun_index and lemma not in nouns and noun_index[lemma][0] > verb_index[lemma][0]
    )
    classes = {}
    for group in members.values():
        ranked = sorted(group["verbs"]) or sorted(group["nouns"])
        name = ranked[0][1]
        while name in classes:
            name += "_"
        classes[name] = {"verbs": sorted(l for _, l in group["verbs"]), "nouns": sorted(l for _, l in group["nouns"])}
    lines = [
        "# Generated by tools/build_event_lexicon.py from WordNet 3.0 (Princeton University; Debian",
        "# wordnet-base). Do not edit by hand: refinements go to classes.yaml beside this file.",
        "# Each class: the lemmas (verbs and nouns) that name one kind of event.",
        "kind: event_lexicon",
        "language: en",
        "# Verbs mostly used as nouns that name no event: an event word only in a verb form",
        "# other than the lemma (\"manned\", \"coached\"), never as \"man\" or \"coach\".",
        "mostly_nouns: [" + ", ".join(mostly_nouns) + "]",
        "classes:",
    ]
    for name in sorted(classes):
        c = classes[name]
        parts = []
        if c["verbs"]:
            parts.append("verbs: [" + ", ".join(c["verbs"]) + "]")
        if c["nouns"]:
            parts.append("nouns: [" + ", ".join(c["nouns"]) + "]")
        lines.append(f"  {name}: {{{', '.join(parts)}}}")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(classes)} classes, {len(verbs)} verbs, {len(nouns)} nouns -> {target}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
