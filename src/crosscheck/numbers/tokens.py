"""Text cut into number tokens: digit atoms (with grouping, decimals, exponents, scale
suffixes), words and symbols, with their offsets, in one regex pass (:func:`tokenize`).

The word tables of English numbers live here too: the tokenizer and both number grammars
(:mod:`.english`, :mod:`.words`) read them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass


_UNITS = {
    "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_BIG = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5, "lakhs": 1e5,
    "lac": 1e5, "crore": 1e7, "crores": 1e7, "bn": 1e9, "bln": 1e9, "mln": 1e6, "tln": 1e12,
    "tn": 1e12, "mn": 1e6,
}
_DOZEN = {"dozen", "dozens", "dz", "dzs", "doz", "dozs"}
# Ordinal words as the cardinal item they stand for inside a fraction's denominator.
_ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19,
}
_ORDINAL_TENS = {
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
    "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}
_ORDINAL_SCALES = {"hundredth": 100, "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12}
# Digit suffixes that scale the figure ("10k", "1.2b", "1,674.5 G"); lower-case "m" is a metre
# unless money precedes it, so it is resolved by the caller (see ``Token.metre_or_million``).
_SUFFIX_SCALES = {
    "k": 1e3, "K": 1e3, "M": 1e6, "MM": 1e6, "mm": 1e6, "mil": 1e6, "mln": 1e6, "mn": 1e6,
    "G": 1e9, "B": 1e9, "b": 1e9, "bn": 1e9, "bln": 1e9, "BN": 1e9, "Bn": 1e9, "tn": 1e12,
    "tln": 1e12, "T": 1e12, "trn": 1e12,
}
# Units of measure written glued to their digits ("a 6km queue", "25kg", "90km/h"): the digits
# and the unit are two tokens, as when they are spaced, so the unit is read as a unit.
_GLUED_UNITS = frozenset({"km", "kms", "kg", "kgs", "ha", "cm", "mi", "ft", "mph", "kph", "kmh", "bbl"})
# Degrees written glued to their digits, in capitals only ("reached 41.6C", "104F"): "5c" is cents.
_GLUED_DEGREES = frozenset({"C", "F"})
_SPACED_SUFFIXES = {"k", "K", "M", "MM", "G", "bn", "bln", "mln", "tln", "mn", "mil"}
_ORDINAL_SUFFIX = re.compile(r"(?i)(?:st|nd|rd|th)")
_PRONOUN_ONE_AFTER = {"the", "this", "that", "which", "each", "every", "any", "no", "another", "other", "one", "a", "an"}
_SIGN_WORDS = {"minus", "negative"}
# Words that can start or make up a number; a text without a digit or one of these has none.
NUMBER_WORDS = frozenset(
    set(_UNITS) | set(_TENS) | set(_BIG) | _DOZEN | {"hundred", "half", "halves", "quarter", "quarters"}
    | {w + s for w in (*_ORDINAL_UNITS, *_ORDINAL_TENS, *_ORDINAL_SCALES) for s in ("", "s")}
)

# Words that can open a number by themselves when they are no number item: denominators.
_DENOMINATOR_WORDS = frozenset(
    {"half", "halves"}
    | {w + s for w in ("quarter", *_ORDINAL_UNITS, *_ORDINAL_TENS, "hundredth", *_ORDINAL_SCALES) for s in ("", "s")}
)

# A thousands group written after a comma AND a space ("£910, 000", "€60, 000", "12, 000") is
# a typing slip inside one number, not a list: it continues the number when money stands right
# before the digits, or when every group after the first is "000" (no list of counts goes on in
# thousands). "5, 100 and 200" stays three numbers. A comma spaced on both sides ("31 , 000",
# "1 , 400") is a tokenizer's cut of a thousands separator: no writer spaces a list so.
# Words first and one look at the first character before the digit forms: each alternative
# starts with a different kind of character, so the order changes speed, not what matches.
_TOKEN = re.compile(
    r"""
    (?P<word>[A-Za-z]+)
  | (?=[\d.])(?:
    (?P<chain>(?<![\w.,])\d+(?:[./-]\d+){2,}(?![\w]))
  | (?P<clock>(?<![\w.])\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\b\.?)?)
  | (?P<num>(?<![A-Za-z0-9])
        (?: (?<=[$£€¥₹₦₽])\d{1,3}(?:,\x20\d{3})+(?![\d,])
          | \d{1,3}(?:,\x20000)+(?![\d,])
          | \d{1,3}(?:\x20,\x20\d{3})+(?![\d])
          | \d{1,3}(?:,\d{3})+(?![\d])
          | \d{1,3}(?:[\u00a0\u2009\u202f\x20]\d{3})+(?![\d,])
          | (?<!\d,)\d+,\d{1,2}(?![\d,])
          | \d+
          | (?=\.\d) )
        (?:\.\d+)?
        (?P<power>[eE][+-]?\d+(?![\w])|\^[+-]*\d+|/\d+)?
        (?P<glued>[A-Za-z]+)? ) )
  | (?P<sym>[^\sA-Za-z0-9])
    """,
    re.X,
)

# The same cuts for languages that write a decimal comma (French): "4,8" is 4.8, thousands are
# grouped by dots or spaces ("1.000", "1 000", "1\u202f000"), ",08" is 0.08, and words hold any
# letter ("tués", "zéro").
_TOKEN_DECIMAL_COMMA = re.compile(
    r"""
    (?P<word>[^\W\d_]+)
  | (?=[\d,])(?:
    (?P<chain>(?<![\w.,])(?!\d{1,3}(?:\.\d{3})+(?![\d./-]))\d+(?:[./-]\d+){2,}(?![\w]))
  | (?P<clock>(?<![\w.])\d{1,2}:\d{2}(?::\d{2})?)
  | (?P<num>(?<![^\W_])
        (?: \d{1,3}(?:\.\d{3})+(?![\d.])
          | \d{1,3}(?:[\u00a0\u2009\u202f\x20]\d{3})+(?![\d])
          | \d+
          | (?<![\d,])(?=,\d) )
        (?:,\d+)?
        (?P<power>[eE][+-]?\d+(?![\w])|\^[+-]*\d+|/\d+)?
        (?P<glued>[^\W\d_]+)? ) )
  | (?P<sym>[^\s\w]|_)
    """,
    re.X,
)


@dataclass(slots=True, init=False)
class Token:
    """One piece of text: ``kind`` is num, word, sym, ordinal, ident or clock; ``low`` its lower case."""

    kind: str
    text: str
    start: int
    end: int
    value: float
    integer: bool
    scaled: float
    chain: bool
    metre_or_million: bool
    joined: bool
    low: str

    def __init__(self, kind: str, text: str, start: int, end: int, value: float = 0.0, integer: bool = True,
                 scaled: float = 1.0, chain: bool = False, metre_or_million: bool = False, joined: bool = False) -> None:
        # Written out (not generated with a __post_init__): tokenize makes one per word of every sentence.
        self.kind, self.text, self.start, self.end = kind, text, start, end
        self.value, self.integer, self.scaled, self.chain = value, integer, scaled, chain
        self.metre_or_million, self.joined, self.low = metre_or_million, joined, text.lower()


@dataclass(slots=True)
class NumberSpan:
    """A number read from text: ``value`` plus what the extractor needs to judge it."""

    start: int
    end: int
    value: float
    words: bool = False
    scale: float = 1.0
    fraction: bool = False
    chain: bool = False
    first_token: int = 0
    last_token: int = 0


def _digit_value(text: str, decimal_comma: bool = False) -> tuple[float, bool] | None:
    """Value of a digit atom without its suffix: grouping, decimal comma, exponent, power, slash."""
    body = text
    power: str | None = None
    for mark in ("^", "/"):
        if mark in body:
            body, power = body.split(mark, 1)
            power = mark + power
            break
    if power is None:
        match = re.search(r"[eE][+-]?\d+$", body)
        if match:
            power, body = body[match.start():], body[: match.start()]
    if decimal_comma:
        body = re.sub(r"[.\u00a0\u2009\u202f\x20]", "", body).replace(",", ".")
    elif re.fullmatch(r"\d+,\d{1,2}", body):
        body = body.replace(",", ".")
    body = re.sub(r"[,\u00a0\u2009\u202f\x20]", "", body)
    try:
        value = float(body)
        integer = "." not in body
        if power is None:
            return value, integer
        if power[0] in "eE":
            exponent = int(power[1:])
            if abs(exponent) > 300:
                return None
            return float(f"{body}e{exponent}"), False
        if power[0] == "^":
            exponent_text = power[1:]
            negative = exponent_text.count("-") % 2 == 1
            exponent = int(exponent_text.lstrip("+-"))
            result = value ** (-exponent if negative else exponent)
            return (result, False) if math.isfinite(result) else None
        denominator = float(power[1:])
        if denominator == 0:
            return None
        return value / denominator, False
    except (ValueError, OverflowError, ZeroDivisionError):
        return None


def tokenize(text: str, decimal_comma: bool = False) -> list[Token]:
    """Digit atoms, words and symbols of ``text`` with offsets; white space and hyphens inside words are dropped.

    ``decimal_comma`` reads digits the French way ("4,8", "1.000", "1 000") and words of any script.
    """
    tokens: list[Token] = []
    for match in (_TOKEN_DECIMAL_COMMA if decimal_comma else _TOKEN).finditer(text):
        kind = match.lastgroup
        start, end = match.span()
        if kind == "chain":
            for part in re.finditer(r"\d+", match.group()):
                tokens.append(Token("num", part.group(), start + part.start(), start + part.end(), float(part.group()), True, chain=True))
                if part.end() < end - start:
                    sep = start + part.end()
                    tokens.append(Token("sym", text[sep], sep, sep + 1))
            continue
        if kind != "num":
            token = Token(kind, match.group(), start, end)
            if token.text == "\u2019":
                token.low = "'"  # a typographic apostrophe matches phrases written with a straight one
            tokens.append(token)
            continue
        glued = match.group("glued")
        digits = match.group()[: len(match.group()) - len(glued)] if glued else match.group()
        parsed = _digit_value(digits, decimal_comma)
        if parsed is None:
            tokens.append(Token("ident", match.group(), start, end))
            continue
        value, integer = parsed
        token = Token("num", match.group(), start, end, value, integer)
        if glued:
            if _ORDINAL_SUFFIX.fullmatch(glued):
                token.kind = "ordinal"
            elif glued in _SUFFIX_SCALES:
                token.scaled = _SUFFIX_SCALES[glued]
                token.value = value * token.scaled
            elif glued == "m":
                token.metre_or_million = True
            elif glued.lower() in _GLUED_UNITS or glued in _GLUED_DEGREES:
                split = end - len(glued)
                token = Token("num", digits, start, split, value, integer)
                tokens.append(token)
                token = Token("word", glued, split, end)
            else:
                token.kind = "ident"
        tokens.append(token)
    return _join_hyphenated_words(tokens)


def _join_hyphenated_words(tokens: list[Token]) -> list[Token]:
    """Drop a hyphen between two words and mark the second as ``joined`` ("forty-five", "year-old"),
    and a hyphen that glues a scale word to its digits ("a $31.5-million contract", "2-billion"):
    the compound keeps its scale."""
    kept: list[Token] = []
    for index, token in enumerate(tokens):
        if token.kind == "sym" and token.text in "-–" and kept and index + 1 < len(tokens):
            before, after = kept[-1], tokens[index + 1]
            if before.kind == "word" and after.kind == "word":
                after.joined = True
                continue
            if (before.kind == "num" and after.kind == "word" and after.low in _BIG and before.scaled == 1.0
                    and before.end == token.start and token.end == after.start):
                after.joined = True
                continue
        kept.append(token)
    return kept


# Digit-level rules every language's number reader shares (english.py, words.py): they look at
# digits and symbols only, so a rule fixed here is fixed for every language.
def minus_sign_at(tokens: list[Token], k: int, n: int) -> bool:
    """``tokens[k]`` is a minus sign of the digits after it: "-5", "(−3", "= -2", not the hyphen
    of "5-3" or the dash of a range."""
    token = tokens[k]
    if not (token.kind == "sym" and token.text in "-−" and k + 1 < n and tokens[k + 1].kind == "num" and not tokens[k + 1].chain):
        return False
    previous = tokens[k - 1] if k > 0 else None
    return previous is None or (previous.end < token.start and previous.kind not in ("num", "ordinal")) or previous.text in "([{,;:="


def chain_span(tokens: list[Token], k: int) -> NumberSpan | None:
    """A chain of digit groups ("2019-11-18", "1.2.3") is one span, read as written, never parsed."""
    token = tokens[k]
    if token.kind == "num" and token.chain:
        return NumberSpan(token.start, token.end, token.value, chain=True, first_token=k, last_token=k)
    return None


def spaced_suffix_scale(tokens: list[Token], k: int, end: int, n: int) -> float | None:
    """The scale of a suffix written apart from a bare digit atom ("2.33 k", "1,674.5 G")."""
    if end == k + 1 and tokens[k].kind == "num" and tokens[k].scaled == 1.0 and end < n and tokens[end].kind == "word" and tokens[end].text in _SPACED_SUFFIXES:
        return _SUFFIX_SCALES[tokens[end].text]
    return None


def digit_fraction_after(tokens: list[Token], k: int, end: int, n: int) -> float | None:
    """The fraction of a mixed number in digits ("2 1/4" gives 0.25 after the 2)."""
    if end < n and tokens[k].kind == "num" and end == k + 1 and tokens[end].kind == "num" and "/" in tokens[end].text and tokens[k].integer and 0 < tokens[end].value < 1:
        return tokens[end].value
    return None


def record_or_score(tokens: list[Token], number: NumberSpan, following: NumberSpan) -> bool:
    """Two whole numbers joined by a hyphen, the second no larger ("58-3", "36-3 (24 KOs)", "won
    112-107", "a 2-2 draw", "a 20 - 13 lead" as a tokenizer spaces it), are a win-loss record, a
    score or a tally, never a figure: a range is written low to high ("40-50"), so a falling pair
    cannot be one."""
    if number.last_token + 2 != following.first_token or number.first_token != number.last_token \
            or following.first_token != following.last_token:
        return False
    left, link, right = tokens[number.last_token], tokens[number.last_token + 1], tokens[following.first_token]
    if left.kind != "num" or right.kind != "num" or not left.text.isdigit() or not right.text.isdigit():
        return False
    return link.text in "-–" and right.value <= left.value


_APPOSITION_END = {",", ".", ";", ")", "—", "–"}


def age_after_a_name(tokens: list[Token], first: int, last: int) -> bool:
    """A bare number between commas right after a name is the person's age, as news writes it
    ("Kimani Gray, 16, was shot", "John Smith, 45, of Leeds"): no figure of the event."""
    if first != last or first < 2 or tokens[first].kind != "num" or not tokens[first].text.isdigit():
        return False
    if not 0 < tokens[first].value <= 120 or tokens[first - 1].text != ",":
        return False
    name = tokens[first - 2]
    closed = last + 1 == len(tokens) or tokens[last + 1].text in _APPOSITION_END
    return closed and name.kind == "word" and name.text[:1].isupper()
