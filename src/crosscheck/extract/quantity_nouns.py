"""What an unlisted counted noun counts across languages, for :mod:`.quantities`.

A figure whose noun is in no class of the ``quantities`` rules counts that noun itself ("two
military coups": coups). Told in French, the same count would then never meet its English
account: "900 emplois" and "600 jobs", "quatre pièces" and "four pieces" are one measure. A
French noun is folded to the English noun it translates, from the ``translations`` of the
language's ``referent_nouns`` rules (the table that already joins French descriptions of a
participant to English ones, "le policier" and "the officer"), in the English plural the English
reader counts, or in the English class of that plural when it has one ("policières" ->
officers -> police). A noun without a translation stays as written.
"""

from __future__ import annotations

from ..rules import RulePack

_ENGLISH = "en"


def english_plural(noun: str, irregular: dict[str, str]) -> str:
    """The English plural of a singular noun: an irregular one from WordNet's exceptions
    ("man" -> "men"), else by rule ("box" -> "boxes", "city" -> "cities", "job" -> "jobs")."""
    if noun in irregular:
        return irregular[noun]
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        return noun[:-1] + "ies"
    return noun + "s"


def irregular_singulars(rules: RulePack) -> dict[str, str]:
    """English irregular plurals -> their singulars (WordNet's exceptions in rules/en/referents.yaml)."""
    return {plural: singular for f in rules.get("referent_nouns", _ENGLISH) if f.language == _ENGLISH
            for plural, singular in getattr(f, "plurals", {}).items()}


def english_singular(noun: str, irregular: dict[str, str]) -> str:
    """The singular of an English noun, irregular ones from ``irregular`` ("men" -> "man"), else by
    rule ("cities" -> "city", "boxes" -> "box", "voters" -> "voter"); a noun that is no plural by
    these rules stays ("staff", "value", "glass")."""
    if noun in irregular:
        return irregular[noun]
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("ses", "xes", "zes", "ches", "shes")) and len(noun) > 4:
        return noun[:-2]
    if noun.endswith("s") and not noun.endswith(("ss", "us", "is")) and len(noun) > 3:
        return noun[:-1]
    return noun


def singulars(word: str) -> list[str]:
    """The forms a French plural may stand for, the word itself first: "emplois" -> emploi,
    "bijoux" -> bijou, "chevaux" -> cheval."""
    forms = [word]
    if word.endswith(("s", "x")) and len(word) > 2:
        forms.append(word[:-1])
    if word.endswith("aux") and len(word) > 4:
        forms.append(word[:-3] + "al")
    return forms


class CountedNounFold:
    """Folds one language's unlisted counted nouns to the English noun or class they count."""

    def __init__(self, translations: dict[str, list[str]], english: dict[str, str]):
        self.translations = translations  # word (lower case) -> its English singulars, first preferred
        self.english = english  # English singular -> what an English figure of it counts (plural or class)

    @classmethod
    def of(cls, rules: RulePack, language: str) -> "CountedNounFold | None":
        """The fold of ``language`` (None for English, or a language without translations)."""
        if language == _ENGLISH:
            return None
        translations = {word.lower(): targets for f in rules.get("referent_nouns", language) if f.language == language
                        for word, targets in getattr(f, "translations", {}).items() if targets}
        if not translations:
            return None
        referents = [f for f in rules.get("referent_nouns", _ENGLISH) if f.language == _ENGLISH]
        same_as = {k: v for f in referents for k, v in getattr(f, "same_as", {}).items()}
        irregular: dict[str, str] = {}
        for f in referents:
            for plural, singular in sorted(getattr(f, "plurals", {}).items()):
                irregular.setdefault(singular, plural)
        classes = {word.lower(): c.name for f in rules.get("quantities", _ENGLISH) if f.language == _ENGLISH
                   for c in f.nouns if c.event is None for word in c.words if " " not in word}
        english: dict[str, str] = {}
        for targets in translations.values():
            for target in targets:
                concept = same_as.get(target, target)
                plural = english_plural(concept, irregular)
                english[target] = classes.get(plural) or classes.get(concept) or plural
        return cls(translations, english)

    def fold(self, word: str) -> str | None:
        """What a counted ``word`` counts in English (its plural, "emplois" -> jobs, or its class),
        or None when no translation is known."""
        for form in singulars(word.lower()):
            targets = self.translations.get(form)
            if targets:
                return self.english[targets[0]]
        return None
