"""Builds rules/en/events/denials.yaml, the English words of denying, from WordNet 3.0.

Why a generated table: a party denies what an outlet reports in many words ("denied", "refuted",
"rebutted", "disavowed", "repudiated", "disputed that", "rejected claims that", "dismissed
reports"); a hand list of two patterns found one of four denials in a development set. Which
verbs deny is a fact of the language: WordNet files them under the sense "deny the truth of"
(contradict, whose troponyms are deny, disclaim, repudiate, disavow), "overthrow by argument"
and "prove to be false" (refute, rebut, controvert) and "take exception to" (challenge,
dispute, gainsay). Same source as tools/build_event_lexicon.py (Debian's wordnet-base,
Princeton licence, read offline once):

    apt-get install wordnet-base
    python3 tools/build_denial_words.py /usr/share/wordnet rules/en/events/denials.yaml

Deterministic. Two lists of verb forms (each lemma with its inflections: WordNet's irregular
forms, verb.exc, else the regular -s, -ed, -ing):

  * ``verbs``: verbs that deny whatever follows them ("denied that", "refuted the account"):
    the single-word lemmas of the senses above, the troponyms of "deny the truth of" included,
    but for lemmas that are nouns too ("dispute", "challenge": "a border dispute" denies
    nothing), which go to the second list, and ``NOT_DENYING``;
  * ``object_verbs``: verbs that deny only a report or a that-clause ("disputed that",
    "rejected claims that", "dismissed reports of"): those lemmas and the single-word lemmas of
    the senses "refuse to accept or acknowledge" (reject), "bar from attention or consideration"
    (dismiss), "to make the subject of dispute" (contest) and "challenge the accuracy of"
    (question);
  * ``report_nouns``: what such a verb denies, the single-word lemmas (with their plurals) of the
    first senses of the nouns of reporting ("allegation", "accusation", "assertion", "claim",
    "report", "rumor", "suggestion");
  * ``openers``: "that", which opens a denied clause after an object verb; ``verb_group``: the
    auxiliaries and copulas before a clause's verb ("had been", "were", "reported"), after which
    the event word is the denied one; ``manner``: "too",
    which makes a denial one of manner ("denied that it had warned the towns too late").
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_event_lexicon import _folded, _word, read_data, read_index  # noqa: E402

# (lemma, sense number in WordNet's frequency order, whether its troponyms deny too)
DENYING_SENSES = [("contradict", 2, True), ("refute", 1, False), ("refute", 2, False), ("dispute", 1, False)]
OBJECT_SENSES = [("reject", 1), ("dismiss", 1), ("contest", 1), ("question", 1)]
REPORT_NOUNS = ["allegation", "accusation", "assertion", "claim", "report", "rumor", "suggestion"]
# Lemmas of those senses that news uses for something else than a denial: "contravened the
# ban" (violated), "negated the gains" (cancelled out), "contended that" (asserted), "ignored
# warnings that", "disregarded reports" (the reports stand: they were not heeded).
NOT_DENYING = {"contravene", "negate", "contend", "ignore", "disregard"}


def _forms(lemma: str, irregular: dict[str, list[str]]) -> list[str]:
    """A verb's forms: the lemma, its irregular forms, else -s, -ed and -ing by the spelling rules."""
    if lemma in irregular:
        found = set(irregular[lemma])
        third = lemma[:-1] + "ies" if lemma.endswith("y") and lemma[-2:-1] not in "aeiou" else lemma + "s"
        return sorted({lemma, third, *found} | ({lemma + "ing"} if not any(f.endswith("ing") for f in found) else set()))
    if lemma.endswith("e"):
        return sorted({lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"})
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return sorted({lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"})
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return sorted({lemma, lemma + "es", lemma + "ed", lemma + "ing"})
    return sorted({lemma, lemma + "s", lemma + "ed", lemma + "ing"})


def _plural(noun: str) -> str:
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x", "z")) else "s")


def main(wordnet: Path, target: Path) -> None:
    verb_index, noun_index = read_index(wordnet / "index.verb"), read_index(wordnet / "index.noun")
    verb_data, noun_data = read_data(wordnet / "data.verb"), read_data(wordnet / "data.noun")
    irregular: dict[str, list[str]] = {}
    for line in (wordnet / "verb.exc").read_text(encoding="latin-1").splitlines():
        form, lemma = line.split()[:2]
        irregular.setdefault(lemma, []).append(form)

    def closure(offset: str, troponyms: bool) -> set[str]:
        found, todo = set(), [offset]
        while todo:
            current = todo.pop()
            if current in found:
                continue
            found.add(current)
            if troponyms:
                todo += [target for symbol, target, pos in verb_data[current][2] if symbol == "~" and pos == "v"]
        return found

    denying, objecting = set(), set()
    for lemma, sense, troponyms in DENYING_SENSES:
        for offset in closure(verb_index[lemma][1][sense - 1], troponyms):
            denying.update(w for w in verb_data[offset][1] if _word(w))
    for lemma, sense in OBJECT_SENSES:
        objecting.update(w for w in verb_data[verb_index[lemma][1][sense - 1]][1] if _word(w))
    denying -= NOT_DENYING
    objecting -= NOT_DENYING
    nouns_too = {w for w in denying if w in noun_index}
    denying -= nouns_too
    objecting = (objecting | nouns_too) - denying
    nouns = set()
    for noun in REPORT_NOUNS:
        nouns.update(w for w in noun_data[noun_index[noun][1][0]][1] if _word(w))
    verb_forms = sorted({f for w in denying for f in _forms(w, irregular)})
    object_forms = sorted({f for w in objecting for f in _forms(w, irregular)})
    noun_forms = sorted({f for w in nouns for f in (w, _plural(w))})
    lines = [
        "# Generated by tools/build_denial_words.py from WordNet 3.0 (Princeton licence); do not edit by",
        "# hand, run the tool again. The English words of denying (see the tool's docstring): the claim",
        "# stage reads the event word after one as denied, and compare sets a denial against what another",
        "# source reports (compare/denials.py).",
        "kind: denial_words",
        "language: en",
        "# Verbs that deny what follows them: \"denied that\", \"refuted the account\".",
        "verbs: >-",
        *_folded(verb_forms),
        "# Verbs that deny only a report or a that-clause: \"disputed that\", \"rejected claims that\".",
        "object_verbs: >-",
        *_folded(object_forms),
        "# What such a verb denies: \"claims\", \"reports\", \"allegations\".",
        "report_nouns: >-",
        *_folded(noun_forms),
        "# Words opening a denied clause after an object verb: \"disputed that\".",
        "openers: that",
        "# Auxiliaries and copulas opening a clause's verb: in \"denied that the fire detection system had",
        "# been out of order\", the state after \"been\" is denied and the fire is granted.",
        "verb_group: >-",
        "  is are was were be been being had has have having would could should might must will did does",
        "  do reported listed",
        "# Degree words that make a denial one of manner: \"denied that it warned the towns too late\"",
        "# grants the warning.",
        "manner: too",
        "examples:",
        "  match:",
        "    - The ministry denied that the two men met.",
        "    - The company rebutted the account of a leak.",
        "    - Officials dismissed reports of a meeting.",
        "    - The regulator disputed that any data had been stolen.",
        "    - The club rejected claims that the fee was paid.",
        "  no_match:",
        "    - The ministry confirmed that the two men met.",
        "    - The border dispute escalated into clashes.",
        "    - The club rejected the offer.",
        "    - The agency rejected accusations that it warned the towns too late.",
        "",
    ]
    target.write_text("\n".join(lines), encoding="utf-8")
    print(f"{target}: {len(verb_forms)} verb forms, {len(object_forms)} object verb forms, {len(noun_forms)} report nouns")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
