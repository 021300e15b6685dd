"""The name matcher: are two spellings one name?

A name is folded to ASCII (any script, via anyascii), split into tokens, stripped of titles
("Mr", "General", "President") and legal forms ("Ltd", "Aktiengesellschaft", "OOO"), and each
token gets a transliteration key that erases the spelling choices that differ between
languages and transliteration schemes (tch/ch, dj/j, ou/u, y/i, doubled letters, final e).

Two names are compared by aligning their tokens in any order (a token may also align with two
or three adjacent tokens of the other name, for "VladimirPutin" or "Patr ushev"); an initial
aligns with a token starting with that letter. The score is the aligned similarity divided by
everything that did not align: a token of each side left over means the names differ there
(a different first name is a different person), while tokens left over on one side only are
extra middle names or patronymics, which cost little.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz.distance import OSA

DEFAULT_THRESHOLD = 0.75

# Honorifics and titles that are not part of a name (several languages).
_TITLES = frozenset(
    """mr mrs ms miss mx dr prof sir dame lord lady shaikh sheikh sheik monsieur madame mme mlle
    herr frau senor senora sr sra don dona hon honourable honorable president praesident prasident
    presidente general gen colonel col lieutenant lt major maj captain capt commander admiral
    marshal brigadier sergeant minister premier king queen prince princess emir sultan imam
    ayatollah rev reverend father saint""".split()
)
# Name particles: they count, but little, and their spellings are interchangeable.
_PARTICLES = {
    "bin": "bin", "ben": "bin", "ibn": "bin", "bint": "bint", "al": "al", "el": "al", "ul": "al",
    "abu": "abu", "abou": "abu", "de": "de", "da": "de", "do": "de", "dos": "de", "das": "de",
    "del": "de", "della": "de", "di": "de", "du": "de", "des": "de", "la": "de", "le": "de",
    "van": "van", "von": "van", "der": "der", "den": "der", "ter": "der", "y": "y", "e": "y",
    "the": "the", "of": "of", "and": "and", "und": "and", "et": "and", "for": "of", "in": "of",
    "na": "na", "wa": "wa",
}
# Legal forms, written out or abbreviated, mapped to one class each. Longest phrases first.
_LEGAL_PHRASES = [
    ("gesellschaft mit beschrankter haftung", "llc"),
    ("obshchestvo s ogranichennoi otvetstvennostiu", "llc"),
    ("obshchestvo s ogranichennoy otvetstvennostyu", "llc"),
    ("societatea cu raspundere limitata", "llc"),
    ("sp z o o", "llc"),
    ("limited liability company", "llc"),
    ("limited liability partnership", "llp"),
    ("public limited company", "plc"),
    ("open joint stock company", "jsc"),
    ("closed joint stock company", "jsc"),
    ("public joint stock company", "jsc"),
    ("joint stock company", "jsc"),
    ("aktsionernoe obshchestvo", "jsc"),
    ("societe anonyme", "sa"),
    ("sociedad anonima", "sa"),
    ("s a r l", "llc"),
    ("o o o", "llc"),
    ("l l c", "llc"),
    ("l l p", "llp"),
    ("p l c", "plc"),
    ("g m b h", "llc"),
    ("n a", "na"),
    ("s a", "sa"),
    ("b v", "bv"),
]
# Each phrase as a whole-words pattern, compiled once (linking prepares every distinct name of a
# run: a regular expression built and looked up per phrase and name was half of linking's CPU),
# with its replacement; a phrase the name does not hold as a substring is not tried.
_LEGAL_PHRASE_PATTERNS = [(phrase, re.compile(rf"(?:^|(?<= )){phrase}(?= |$)"), f"~{form}") for phrase, form in _LEGAL_PHRASES]
_LEGAL_WORDS = {
    "ltd": "ltd", "limited": "ltd", "llc": "llc", "gmbh": "llc", "ooo": "llc", "sarl": "llc",
    "srl": "llc", "bv": "bv", "nv": "bv", "llp": "llp", "lp": "llp", "plc": "plc", "inc": "inc",
    "incorporated": "inc", "corp": "corp", "corporation": "corp", "co": "co", "company": "co",
    "ag": "ag", "aktiengesellschaft": "ag", "akg": "ag", "sa": "sa", "sas": "sa", "spa": "sa",
    "jsc": "jsc", "ojsc": "jsc", "cjsc": "jsc", "pjsc": "jsc", "oao": "jsc", "zao": "jsc",
    "pao": "jsc", "ao": "jsc", "ab": "ab", "as": "as", "oy": "as", "pty": "pty", "pte": "pty",
    "pt": "pt", "kg": "kg",
}
# Some classes are the same thing said in different languages.
_LEGAL_EQUIVALENT = {"ag": "inc", "sa": "inc", "corp": "inc", "co": "inc", "ab": "inc", "as": "inc"}
_NUMBER_WORDS = {
    "zero": 0, "one": 1, "first": 1, "two": 2, "second": 2, "three": 3, "third": 3, "four": 4,
    "fourth": 4, "five": 5, "fifth": 5, "six": 6, "sixth": 6, "seven": 7, "seventh": 7,
    "eight": 8, "eighth": 8, "nine": 9, "ninth": 9, "ten": 10, "tenth": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
         "seventy": 70, "eighty": 80, "ninety": 90}
_ORDINAL_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])|(?<=[a-z]{2})(?=[A-Z]{2,}\b)")
_DOTTED_INITIALS = re.compile(r"\b(?:[A-Za-z]\.){2,}(?:[A-Za-z]\b\.?)?|\b(?:[A-Za-z]\.)+[A-Za-z]\b")
_LEET = str.maketrans("0134579", "oieastg")
_MIXED = re.compile(r"\b(?!\d+(?:st|nd|rd|th)\b)(?=[a-z]*\d)(?=\d*[a-z])[a-z\d]+\b")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_APOSTROPHES = re.compile(r"['’‘`ʻʼ]")

# Transliteration key: spelling choices that differ between languages and schemes, in order.
_KEY_RULES = [
    (re.compile(r"dzh|dj|dz"), "J"),
    (re.compile(r"tsch|tch|tsh|sch|ch|tj|sh|zh"), "C"),
    (re.compile(r"kh|gh|ck|q|c(?=[aouk])"), "k"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"th"), "t"),
    (re.compile(r"w|v"), "v"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"ou|oo|u"), "u"),
    (re.compile(r"(?<=[aeiou])j(?![aeiou])"), "i"),
    (re.compile(r"ee|ie|ey|ei|y|ij"), "i"),
    (re.compile(r"(?<=[^aeiouAEIOU])h"), ""),
    (re.compile(r"(.)\1+"), r"\1"),
    (re.compile(r"(?<=..)e$"), ""),
]


def fold(text: str) -> str:
    """Any script to lower-case ASCII; camelCase joins and dotted initials opened up."""
    text = unicodedata.normalize("NFC", text)
    text = _CAMEL.sub(" ", anyascii(_CAMEL.sub(" ", text)))
    text = _DOTTED_INITIALS.sub(lambda m: m.group(0).replace(".", ""), text)
    text = text.replace("&", " and ")
    text = _APOSTROPHES.sub("", text)
    text = _NON_WORD.sub(" ", text.lower()).strip()
    return _MIXED.sub(lambda m: m.group(0).translate(_LEET), text)


def _reorder_comma(text: str) -> str:
    """ "Smith, John" -> "John Smith" (one comma, words on both sides, not a legal form)."""
    if text.count(",") != 1:
        return text
    before, after = (part.strip() for part in text.split(","))
    if not before or not after or fold(after) in _LEGAL_WORDS or any(
        fold(after).startswith(phrase) for phrase, _ in _LEGAL_PHRASES
    ):
        return text
    return f"{after} {before}"


@lru_cache(maxsize=65536)
def translit_key(token: str) -> str:
    """A spelling-neutral key of one folded token ("tchiani" and "tiani" -> "tiani"/"ciani");
    cached: linking keys the same tokens again and again, seven substitutions each."""
    key = token
    for pattern, replacement in _KEY_RULES:
        key = pattern.sub(replacement, key)
    return key


def _numbers(tokens: list[str]) -> list[str]:
    out: list[str] = []
    for token in tokens:
        ordinal = _ORDINAL_DIGITS.match(token)
        if ordinal:
            token = ordinal.group(1)
        elif token in _NUMBER_WORDS:
            token = str(_NUMBER_WORDS[token])
        elif token in _TENS:
            token = str(_TENS[token])
        if token.isdigit() and out and out[-1].isdigit() and out[-1].endswith("0") and len(token) == 1:
            out[-1] = str(int(out[-1]) + int(token))
            continue
        out.append(token)
    return out


Unit = tuple[tuple[int, ...], str, str, float]  # token indexes, joined text, its key, its weight


@dataclass(frozen=True)
class NameParts:
    """A name prepared for matching: tokens, their weights, legal forms and alignable units."""

    tokens: tuple[str, ...]
    weights: tuple[float, ...]
    legal: frozenset[str]
    units: tuple[Unit, ...]
    patronyms: frozenset[int]


_PARTICLE_FORMS = frozenset(_PARTICLES.values())


def _token_weight(token: str) -> float:
    if token in _PARTICLE_FORMS:
        return 0.25
    if len(token) == 1:
        return 0.5
    return 1.0


def _make_units(tokens: tuple[str, ...], weights: tuple[float, ...], max_join: int = 3) -> tuple[Unit, ...]:
    """Single tokens and runs of up to ``max_join`` adjacent tokens joined ("patr"+"ushev")."""
    units: list[Unit] = []
    for size in range(1, min(max_join, len(tokens)) + 1):
        for start in range(0, len(tokens) - size + 1):
            idx = tuple(range(start, start + size))
            if size > 1 and any(len(tokens[i]) == 1 for i in idx):
                continue
            text = "".join(tokens[i] for i in idx)
            units.append((idx, text, translit_key(text), sum(weights[i] for i in idx)))
    return tuple(units)


@lru_cache(maxsize=65536)
def prepare(name: str) -> NameParts:
    """Fold, split and strip a name; cached because linking compares the same names often."""
    folded = fold(_reorder_comma(name))
    for phrase, pattern, replacement in _LEGAL_PHRASE_PATTERNS:
        if phrase in folded:
            folded = pattern.sub(replacement, folded)
    legal: set[str] = set()
    tokens: list[str] = []
    for token in folded.split():
        if token.startswith("~"):
            legal.add(token[1:])
        elif token in _LEGAL_WORDS:
            legal.add(_LEGAL_WORDS[token])
        elif token not in _TITLES:
            tokens.append(_PARTICLES.get(token, token))
    if not tokens:  # a name made only of titles or legal forms is its own content
        tokens = [t.lstrip("~") for t in folded.split()]
        legal = set()
    deduplicated: list[str] = []
    for token in _numbers(tokens):  # "Sergey Sergey Shoigu": a repeated word is written once
        if not deduplicated or token != deduplicated[-1]:
            deduplicated.append(token)
    final = tuple(deduplicated)
    weights = tuple(_token_weight(t) for t in final)
    classes = frozenset(_LEGAL_EQUIVALENT.get(form, form) for form in legal)
    # The name after "bin"/"ibn" is the father's: it cannot stand for the person's own name.
    patronyms = frozenset(i + 1 for i, t in enumerate(final[:-1]) if t in ("bin", "bint"))
    return NameParts(final, weights, classes, _make_units(final, weights), patronyms)


def _is_abbreviation(short: str, long: str) -> bool:
    """ "intl" for "international", "ted" for "theodore": same first letter, letters in order."""
    if len(short) < 3 or 2 * len(short) > len(long) or short[0] != long[0]:
        return False
    position = 0
    for letter in short:
        position = long.find(letter, position) + 1
        if position == 0:
            return False
    return True


def _unit_similarity(a: str, a_key: str, b: str, b_key: str) -> float:
    """Similarity of two token groups (already joined) in 0..1."""
    if a == b:
        return 1.0
    if len(a) == 1 or len(b) == 1:
        return 0.9 if a[0] == b[0] else 0.0
    if a.isdigit() or b.isdigit():
        return 0.0
    if a_key == b_key:
        return 0.95
    similarity = max(OSA.normalized_similarity(a, b), OSA.normalized_similarity(a_key, b_key))
    if similarity < 0.8 and (_is_abbreviation(a, b) or _is_abbreviation(b, a)):
        return 0.8
    return similarity


def _acronym_units(short: NameParts, long: NameParts) -> list[tuple[tuple[int, ...], tuple[int, ...], float]]:
    """A token of ``short`` spelling the initials of a run of ``long`` ("pla", "us", "jc")."""
    found = []
    for i, token in enumerate(short.tokens):
        if not 2 <= len(token) <= 6 or not token.isalpha():
            continue
        for start in range(0, len(long.tokens) - len(token) + 1):
            run = tuple(range(start, start + len(token)))
            if "".join(long.tokens[j][0] for j in run) == token:
                found.append(((i,), run, sum(long.weights[j] for j in run)))
    return found


_ALIGN_FLOOR = 0.6
_ACRONYM_SIMILARITY = 0.9


def _align(a: NameParts, b: NameParts) -> tuple[float, float, set[int], set[int]]:
    """Greedy best-first token alignment; returns matched mass, matched weight, used indexes."""
    candidates = []
    for a_idx, a_text, a_key, a_weight in a.units:
        for b_idx, b_text, b_key, b_weight in b.units:
            if len(a_idx) > 1 and len(b_idx) > 1:
                continue
            sim = _unit_similarity(a_text, a_key, b_text, b_key)
            if sim < _ALIGN_FLOOR:
                continue
            weight = max(a_weight, b_weight) if len(a_idx) == len(b_idx) == 1 else (a_weight + b_weight) / 2
            position = abs(a_idx[0] / len(a.tokens) - b_idx[0] / len(b.tokens))
            candidates.append((-sim, -weight, position, a_idx, b_idx, sim, weight))
    for a_idx, b_idx, weight in _acronym_units(a, b):
        candidates.append((-_ACRONYM_SIMILARITY, -weight, 0.0, a_idx, b_idx, _ACRONYM_SIMILARITY, weight))
    for b_idx, a_idx, weight in _acronym_units(b, a):
        candidates.append((-_ACRONYM_SIMILARITY, -weight, 0.0, a_idx, b_idx, _ACRONYM_SIMILARITY, weight))
    # Best first; ties go to heavier, then in-order pairs, so the result never depends on input order.
    candidates.sort()
    used_a: set[int] = set()
    used_b: set[int] = set()
    mass = 0.0
    matched_weight = 0.0
    for *_, a_idx, b_idx, sim, weight in candidates:
        if used_a.intersection(a_idx) or used_b.intersection(b_idx):
            continue
        used_a.update(a_idx)
        used_b.update(b_idx)
        if a.patronyms and b.patronyms and (a_idx[0] in a.patronyms) != (b_idx[0] in b.patronyms):
            sim = 0.0  # one name's own name is the other's father's name
        mass += max(0.0, 1.0 - _PARTIAL_COST * (1.0 - sim)) * weight
        matched_weight += weight
    return mass, matched_weight, used_a, used_b


_EXTRA_COST = 0.15
_EXTRA_COST_ORGANISATION = 0.4
_CONFLICT_COST = 2.0
_PARTIAL_COST = 1.5
_LEGAL_MISMATCH = 0.9


def name_score(a: str, b: str) -> float:
    """Similarity of two names in 0..1; symmetric; 1.0 for the same folded name."""
    try:
        pa, pb = prepare(a), prepare(b)
    except Exception:  # noqa: BLE001 - a score never raises on odd input
        return 0.0
    if not pa.tokens or not pb.tokens:
        return 1.0 if pa.tokens == pb.tokens and fold(a) == fold(b) else 0.0
    if pa.tokens == pb.tokens:
        score = 1.0
    else:
        if (len(pa.tokens), pa.tokens) > (len(pb.tokens), pb.tokens):
            pa, pb = pb, pa
        mass, matched_weight, used_a, used_b = _align(pa, pb)
        if matched_weight == 0:
            return 0.0
        left_a = sum(w for i, w in enumerate(pa.weights) if i not in used_a)
        left_b = sum(w for i, w in enumerate(pb.weights) if i not in used_b)
        conflict = min(left_a, left_b)
        extra = max(left_a, left_b) - conflict
        extra_cost = _EXTRA_COST_ORGANISATION if (pa.legal or pb.legal) else _EXTRA_COST
        score = mass / (matched_weight + _CONFLICT_COST * conflict + extra_cost * extra)
    if pa.legal and pb.legal and not (pa.legal & pb.legal):
        score *= _LEGAL_MISMATCH
    return max(0.0, min(1.0, score))


def names_match(a: str, b: str, threshold: float = DEFAULT_THRESHOLD) -> bool:
    """True when :func:`name_score` reaches ``threshold``."""
    return name_score(a, b) >= threshold
