"""Builds rules/en/events/families.yaml, families of event classes from WordNet 3.0 hypernyms.

Why: one happening is told with words of different classes ("a heist", "robbed", "the theft";
"bombed", "the attack"). Merging such classes for grouping would join similar events of a
topic (ECB+), so the families serve a weaker question only: whether another source tells a
claim at all before it is called single-source (``compare/open_single.py``), where a family
must still share a rare name word or a participant with the claim, or its place at an
overlapping date.

How families are formed (deterministic, no hand picking):
  * each class of rules/en/events/lexicon.yaml (after the merges of classes.yaml beside it)
    reaches the synsets of its lemmas' most frequent sense and their hypernyms up to
    ``DEPTH`` steps (a robbery is a kind of larceny, a heist a kind of robbery);
  * a synset is a family only when it is specific: its hyponym closure holds at most
    ``MAX_CLOSURE`` synsets ("larceny" is; "take", "act" and "change" are not);
  * a family is named after its synset's first lemma and part of speech ("larceny.n") and
    lists the classes that reach it; families of one class are dropped.

    apt-get install wordnet-base
    python3 tools/build_event_families.py /usr/share/wordnet rules/en/events
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_event_lexicon import _folded, read_data, read_index  # noqa: E402

DEPTH = 2  # hypernym steps above a lemma's first sense
MAX_CLOSURE = 40  # hyponyms (all depths) a synset may have and still name one family of events
_HYPERNYMS = {"@", "@i"}


def _closure_sizes(data) -> dict[str, int]:
    """Synset offset -> number of synsets below it (itself included)."""
    children = defaultdict(list)
    for offset, (_, _, pointers) in data.items():
        for symbol, target, _ in pointers:
            if symbol in _HYPERNYMS:
                children[target].append(offset)
    sizes = {}
    for offset in data:
        seen, stack = set(), [offset]
        while stack:
            for child in children.get(stack.pop(), ()):
                if child not in seen:
                    seen.add(child)
                    stack.append(child)
        sizes[offset] = len(seen) + 1
    return sizes


def _ancestors(offset: str, data, sizes: dict[str, int]) -> set[str]:
    """The specific synsets at most ``DEPTH`` hypernym steps above ``offset``, itself included."""
    found, frontier = set(), [offset]
    for _ in range(DEPTH + 1):
        upper = []
        for o in frontier:
            if sizes[o] <= MAX_CLOSURE:
                found.add(o)
            upper += [target for symbol, target, _ in data[o][2] if symbol in _HYPERNYMS]
        frontier = upper
    return found


def _classes(folder: Path) -> dict[str, tuple[list[str], list[str]]]:
    """Class -> (verbs, nouns) of the generated table, with classes.yaml's merges applied."""
    table = yaml.safe_load((folder / "lexicon.yaml").read_text(encoding="utf-8"))["classes"]
    classes = {}
    for name, line in table.items():
        verbs, _, nouns = str(line).partition("/")
        classes[str(name)] = (verbs.split(), nouns.split())
    refinements = yaml.safe_load((folder / "classes.yaml").read_text(encoding="utf-8"))
    for merge in refinements.get("merge", []):
        head = str(merge[0])
        verbs, nouns = classes.setdefault(head, ([], []))
        for member in map(str, merge[1:]):
            more_verbs, more_nouns = classes.get(member, ([member], [member]))
            verbs += more_verbs
            nouns += more_nouns
    return classes


def families(wordnet: Path, folder: Path) -> dict[str, list[str]]:
    indexes = {"v": read_index(wordnet / "index.verb"), "n": read_index(wordnet / "index.noun")}
    data = {"v": read_data(wordnet / "data.verb"), "n": read_data(wordnet / "data.noun")}
    sizes = {pos: _closure_sizes(data[pos]) for pos in data}
    members: dict[tuple[str, str], set[str]] = defaultdict(set)
    for name, (verbs, nouns) in _classes(folder).items():
        for pos, lemmas in (("v", verbs), ("n", nouns)):
            for lemma in lemmas:
                entry = indexes[pos].get(lemma)
                if entry is None or not entry[1]:
                    continue
                for ancestor in _ancestors(entry[1][0], data[pos], sizes[pos]):
                    members[(pos, ancestor)].add(name)
    named: dict[str, set[str]] = defaultdict(set)
    for (pos, offset), classes in members.items():
        if len(classes) > 1:
            named[f"{data[pos][offset][1][0]}.{pos}.{offset}"] |= classes
    # One line per distinct family: two synsets reached by the same classes are one family.
    out, seen = {}, set()
    for name in sorted(named):
        classes = tuple(sorted(named[name]))
        if classes not in seen:
            seen.add(classes)
            out[name] = list(classes)
    return out


def main(wordnet: Path, folder: Path) -> None:
    found = families(wordnet, folder)
    lines = [
        "# Generated by tools/build_event_families.py from WordNet 3.0 (Princeton University; Debian",
        "# wordnet-base) and the classes of lexicon.yaml and classes.yaml. Do not edit by hand.",
        "# Each family: a specific WordNet synset (name.pos.offset) and the event classes whose",
        "# words are it or a kind of it (at most two hypernym steps): one happening may be told in",
        "# any of them. Read by compare/open_single.py only (another source's account of a claim).",
        "kind: event_families",
        "language: en",
        "families:",
    ]
    for name, classes in found.items():
        lines.append(f"  {name}: >-")
        lines += ["  " + line for line in _folded(classes, 92)]
    (folder / "families.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
