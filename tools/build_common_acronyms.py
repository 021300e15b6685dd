"""Prints the acronyms WordNet 3.0 knows only as common nouns ("IPO", "GDP", "CEO", "DNA").

Why: a word in capitals is read as an organisation's name; most such words in news are names
(NATO, FBI, UN), but some are the short form of a common noun, and read as names they join
unrelated claims ("ipo involving IPO": two headlines about two listings). WordNet writes a
synset's lemmas with their case: an acronym whose every noun synset also holds a lemma in lower
case ("initial_public_offering", "IPO") and none a capitalised one is a common noun; one with a
synset of capitalised lemmas ("Federal_Bureau_of_Investigation", "FBI") is a name and stays one.
Left out: acronyms of one or two letters, Roman numerals ("Elizabeth II"), acronyms that are
also English words in lower case ("ICE", "CAT"), and those news uses as the names of
organisations WordNet does not list (``ORGANISATIONS`` below). Run with Debian's wordnet-base:

    python3 tools/build_common_acronyms.py /usr/share/wordnet

and paste the list into ``common_acronyms`` of rules/en/titles.yaml.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

_ACRONYM = re.compile(r"[A-Z]{3,5}$")
_ROMAN = re.compile(r"(?=[IVXLCDM]+$)M*(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$")
# Acronyms WordNet knows only as common nouns that news mostly writes for an organisation: a
# news agency, companies, broadcasters, a motoring club, a party, a body of dentists.
ORGANISATIONS = frozenset({"AFP", "AMD", "NEC", "PBS", "AAA", "PPP", "ADA", "PAC", "SAM", "TNT", "TLC"})


def _lemmas(line: str) -> list[str]:
    fields = line.split()
    return [re.sub(r"\(.*\)$", "", fields[4 + 2 * i]) for i in range(int(fields[3], 16))]


def common_acronyms(wordnet: Path) -> list[str]:
    synsets_of: dict[str, list[list[str]]] = defaultdict(list)
    lower: set[str] = set()
    for part in ("noun", "verb", "adj", "adv"):
        for line in (wordnet / f"data.{part}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            words = _lemmas(line)
            lower.update(w for w in words if w.islower())
            if part == "noun":
                for word in words:
                    if _ACRONYM.match(word):
                        synsets_of[word].append(words)
    return sorted(
        acronym for acronym, synsets in synsets_of.items()
        if all(any(w[:1].islower() for w in words) for words in synsets)
        and not any(w[:1].isupper() and not _ACRONYM.match(w) for words in synsets for w in words)
        and acronym.lower() not in lower and not _ROMAN.match(acronym) and acronym not in ORGANISATIONS
    )


if __name__ == "__main__":
    print(", ".join(common_acronyms(Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"))))
