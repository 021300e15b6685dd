"""Builds rules/en/referents.yaml, the English nouns a definite description names a participant
by ("the officer", "the contract", "a 71-year-old woman"), from WordNet 3.0.

Why: news tells much of a story about people and things it never names ("the officer was
charged", "the contract was awarded in April"); two sources that describe one participant by
one head noun, and tell one event of it on one day, tell one occurrence (compare/referents.py).
Which nouns name a participant is a fact of the language, not of a story: WordNet files each
noun sense under a lexicographer file (person, artifact, group, communication, ...), and a
noun whose most frequent sense names a person, a made thing, a group, a document, a possession
or a substance can be a participant; an act, an event, a time, a place, a quality or a quantity
cannot ("the attack", "the night", "the area", "the height"). Same source as
tools/build_event_lexicon.py (Debian's wordnet-base, Princeton licence, read offline once):

    apt-get install wordnet-base
    python3 tools/build_referent_nouns.py /usr/share/wordnet rules/en/referents.yaml

Deterministic. Kept: single-word common nouns (hyphens allowed; no proper name: WordNet writes
those capitalised) whose first sense is a person (every
such noun: news describes people by rare nouns, "evacuee", "subcontractor") or, seen in the
tagged corpus at least once, an artifact, a group, a communication, a possession or a
substance. ``same_as``: a noun whose first sense is another kept noun's first sense too
("teen", "teenager" -> "adolescent"), by the synset's first kept word. ``plurals``: WordNet's
irregular plurals of kept nouns (noun.exc: "women" -> "woman"); regular ones are read by rule.
``kinds``: the kept nouns a made thing's noun may be told by in its place ("the structure" for
"the bridge", "the building" for "the hospital"): its hypernyms up to two levels above its first
sense, none of the eight most general levels ("artifact", "whole", "object": every made thing is
one), so that two sources that describe one thing by a noun and by its kind compare its
measures (compare/attributes.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_event_lexicon import YAML_KEYWORDS, _folded, _word, read_index  # noqa: E402

PERSON = 18
OTHER_FILES = {6, 10, 14, 21, 27}  # artifact communication group possession substance
ARTIFACT = 6
KIND_LEVELS = 2  # hypernym levels above a made thing's first sense that may stand for it
GENERAL_DEPTH = 5  # synsets fewer hypernym steps than this from the root are too general to stand for a thing


def read_data(path: Path):
    out = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        parts = line.split(" | ")[0].split()
        w_cnt = int(parts[3], 16)
        out[parts[0]] = (int(parts[1]), [parts[4 + 2 * i] for i in range(w_cnt)])  # as written: "Aaron" is a name
    return out


def read_hypernyms(path: Path) -> dict[str, list[str]]:
    """Synset offset -> its hypernyms' offsets (instance hypernyms too)."""
    out = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        parts = line.split(" | ")[0].split()
        at = 4 + 2 * int(parts[3], 16)
        out[parts[0]] = [parts[at + 2 + 4 * i] for i in range(int(parts[at])) if parts[at + 1 + 4 * i] in ("@", "@i")]
    return out


def kinds_of(kept: dict[str, str], lexfiles: dict[str, int], hypernyms: dict[str, list[str]]) -> dict[str, list[str]]:
    """Made thing's noun -> the kept nouns of its hypernyms (see the module docstring)."""
    depth: dict[str, int] = {}

    def depth_of(offset: str) -> int:
        stack = [offset]
        while stack:
            top = stack[-1]
            missing = [h for h in hypernyms.get(top, []) if h not in depth]
            if missing:
                stack.extend(missing)
                continue
            stack.pop()
            depth[top] = 1 + min((depth[h] for h in hypernyms.get(top, [])), default=-1)
        return depth[offset]

    words_of: dict[str, list[str]] = {}
    for lemma, offset in sorted(kept.items()):
        words_of.setdefault(offset, []).append(lemma)
    kinds = {}
    for lemma, offset in sorted(kept.items()):
        if lexfiles[offset] != ARTIFACT:
            continue
        found, level = set(), [offset]
        for _ in range(KIND_LEVELS):
            level = [h for o in level for h in hypernyms.get(o, [])]
            found.update(w for h in level if depth_of(h) >= GENERAL_DEPTH for w in words_of.get(h, []) if w != lemma)
        if found:
            kinds[lemma] = sorted(found)
    return kinds


def _quoted(word: str) -> str:
    return f"'{word}'" if word in YAML_KEYWORDS else word


def main(wordnet: Path, out: Path) -> None:
    index = read_index(wordnet / "index.noun")
    data = read_data(wordnet / "data.noun")
    kept = {}
    for lemma, (tagged, offsets) in index.items():
        if not _word(lemma):
            continue
        lexfile, written = data[offsets[0]]
        if lemma not in written:
            continue  # a proper name ("Aaron", "Aalto"), capitalised in WordNet: a name, no description
        if lexfile == PERSON or (lexfile in OTHER_FILES and tagged > 0):
            kept[lemma] = offsets[0]
    same_as = {}
    for lemma, offset in sorted(kept.items()):
        first = next((w for w in data[offset][1] if kept.get(w) == offset), lemma)
        if first != lemma:
            same_as[lemma] = first
    plurals = {}
    for line in (wordnet / "noun.exc").read_text(encoding="latin-1").splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1] in kept and _word(parts[0]) and parts[0] not in kept:
            plurals[parts[0]] = parts[1]
    kinds = kinds_of(kept, {offset: data[offset][0] for offset in kept.values()}, read_hypernyms(wordnet / "data.noun"))
    lines = [
        "# Generated by tools/build_referent_nouns.py from WordNet 3.0 (Princeton licence); do not edit by hand.",
        "# Nouns a description names a participant by (compare/referents.py): see the tool's docstring.",
        "kind: referent_nouns",
        "language: en",
        "determiners: [the, a, an, this, that, these, those]",
        "stops: [to, of, in, on, at, for, with, by, from, into, and, or, but, that, which, who, whom, whose, as, than, was, were, is, are, has, had, have, will, would]",
        "measure_links: [of, worth, valued, at, measuring, estimated, is, was, some]",
        "nouns: >-",
        *_folded(sorted(kept)),
        "same_as:",
        *(f"  {_quoted(k)}: {_quoted(v)}" for k, v in sorted(same_as.items())),
        "plurals:",
        *(f"  {_quoted(k)}: {_quoted(v)}" for k, v in sorted(plurals.items())),
        "kinds:",
        *(f"  {_quoted(k)}: [{', '.join(map(_quoted, v))}]" for k, v in sorted(kinds.items())),
    ]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
