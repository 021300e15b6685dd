"""Numbers as written in English prose, read into values, and hedged figures turned into intervals.

:func:`tokenize` cuts a text into digit atoms, words and symbols with their offsets (one regex
pass); :func:`find_numbers` reads every number in it: digits with separators, decimals,
exponents and scale suffixes ("1,000", "4.800", "1.5bn", "10k"), words ("forty-five",
"one hundred and twenty", "a dozen", "three lakh"), fractions ("two thirds", "one and a half")
and mixtures ("4 thousand 3 hundred and 21"). Ordinals, clock times, identifiers glued to
letters ("G7", "2min", "60th") and chains of numbers ("192.168.1.2", "5/17/2018") are not read
as one value. :func:`hedged_interval` turns a figure and its hedge into ``low``..``high``.
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

# Words first and one look at the first character before the digit forms: each alternative
# starts with a different kind of character, so the order changes speed, not what matches.
_TOKEN = re.compile(
    r"""
    (?P<word>[A-Za-z]+)
  | (?=[\d.])(?:
    (?P<chain>(?<![\w.,])\d+(?:[./-]\d+){2,}(?![\w]))
  | (?P<clock>(?<![\w.])\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\b\.?)?)
  | (?P<num>(?<![A-Za-z0-9])
        (?: \d{1,3}(?:,\d{3})+(?![\d])
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
            else:
                token.kind = "ident"
        tokens.append(token)
    return _join_hyphenated_words(tokens)


def _join_hyphenated_words(tokens: list[Token]) -> list[Token]:
    """Drop a hyphen between two words and mark the second as ``joined`` ("forty-five", "year-old")."""
    kept: list[Token] = []
    for index, token in enumerate(tokens):
        if token.kind == "sym" and token.text in "-–" and kept and index + 1 < len(tokens):
            before, after = kept[-1], tokens[index + 1]
            if before.kind == "word" and after.kind == "word":
                after.joined = True
                continue
        kept.append(token)
    return kept


# Item kinds of the word grammar: unit, tens, hundred, big, dozen, a, and, num, den, point, half.
def _item(token: Token) -> tuple[str, float] | None:
    if token.kind == "num":
        return ("num", token.value)
    if token.kind != "word":
        return None
    low = token.low
    if low in _UNITS:
        return ("unit", _UNITS[low])
    if low in _TENS:
        return ("tens", _TENS[low])
    if low == "hundred":
        return ("hundred", 100)
    if low in _BIG:
        return ("big", _BIG[low])
    if low in _DOZEN:
        return ("dozen", 12)
    if low in ("a", "an"):
        return ("a", 1)
    if low == "and":
        return ("and", 0)
    return None


def _denominator(token: Token) -> tuple[tuple[str, float], bool] | None:
    """An ordinal word as the cardinal item it names, and whether it was plural."""
    if token.kind != "word":
        return None
    low = token.low
    plural = low.endswith("s") and low not in ("halves",)
    stem = low[:-1] if plural else low
    if low in ("half", "halves"):
        return ("half", 2), low == "halves"
    if stem == "quarter":
        return ("quarter", 4), plural
    if stem in _ORDINAL_UNITS:
        return ("unit", _ORDINAL_UNITS[stem]), plural
    if stem in _ORDINAL_TENS:
        return ("tens", _ORDINAL_TENS[stem]), plural
    if stem == "hundredth":
        return ("hundred", 100), plural
    if stem in _ORDINAL_SCALES:
        return ("big", _ORDINAL_SCALES[stem]), plural
    return None


def _cardinal_of_items(items: list[tuple[str, float]]) -> float | None:
    """Value of a complete word-number item list ("one hundred and thirty five"), or None."""
    tokens = [Token("word", "", 0, 0) for _ in items]
    end, value, _ = _cardinal(items, tokens, 0, len(items), allow_fractions=False)
    return value if end == len(items) else None


def _cardinal(items, tokens, i, n, allow_fractions=True):
    """Longest cardinal in ``items[i:n]``: (end index, value, largest scale) or (i, None, 1)."""
    total = 0.0
    group: float | None = None
    last_component = 0.0
    slot = "start"
    last_big = math.inf
    largest = 1.0
    best = (i, None, 1.0)
    k = i
    after_a = False
    prior_slot = "start"
    while k < n:
        if allow_fractions and slot in ("start", "and"):
            fraction = _fraction(items, tokens, k, n)
            if fraction is not None:
                f_end, f_value = fraction
                scale = None
                f_next = f_end
                if f_next < n and items[f_next] and items[f_next][0] == "big" and items[f_next][1] < last_big:
                    scale = items[f_next][1]
                    f_next += 1
                elif f_next + 2 < n and tokens[f_next].low == "of" and tokens[f_next + 1].low in ("a", "an") and items[f_next + 2] and items[f_next + 2][0] == "big":
                    scale = items[f_next + 2][1]
                    f_next += 3
                elif f_next + 1 < n and tokens[f_next].low in ("a", "an") and items[f_next + 1] and items[f_next + 1][0] == "dozen":
                    scale = 12
                    f_next += 2
                elif f_next < n and items[f_next] and items[f_next][0] == "dozen":
                    scale = 12
                    f_next += 1
                if scale is not None:
                    if slot == "and" and prior_slot in ("unit", "tens"):  # "five and a half million"
                        return f_next, total + ((group or 0) + f_value) * scale, max(largest, scale)
                    return f_next, total + (group or 0) + f_value * scale, max(largest, scale)
                if slot == "and" and prior_slot == "big" and last_big >= 1e6 and group is None:
                    return f_end, total + f_value * last_big, largest
                return f_end, total + (group or 0) + f_value, largest
        item = items[k]
        if item is None:
            break
        kind, value = item
        if slot == "and":
            slot = prior_slot
        if kind == "a":
            if slot != "start" or k + 1 >= n or items[k + 1] is None or items[k + 1][0] not in ("hundred", "big", "dozen"):
                break
            after_a = True
            k += 1
            continue
        if kind == "and":
            if slot not in ("hundred", "big", "tens", "unit") or k + 1 >= n:
                break
            prior_slot = slot
            slot = "and"
            k += 1
            continue
        if kind in ("unit", "tens", "num"):
            if kind == "num" and tokens[k].scaled != 1.0:
                if slot != "start":
                    break
                group, slot = value, "closed"
                largest = tokens[k].scaled
            elif slot == "start":
                group = value
                slot = "tens" if kind == "tens" else "unit"
            elif slot == "tens" and kind == "unit" and 1 <= value <= 9:
                group += value
                slot = "unit"
            elif slot in ("hundred", "big") and (value < 100 if slot == "hundred" else value < last_big):
                following = items[k + 1] if k + 1 < n else None
                if following and following[0] == "hundred" and slot == "hundred":
                    break
                if following and following[0] == "big" and following[1] >= last_big:
                    break
                group = (group or 0) + value
                slot = "tens" if kind == "tens" else "unit"
            else:
                break
            last_component = value
        elif kind == "hundred":
            if after_a and slot == "start":
                group = 100.0
            elif slot in ("unit", "tens") and group is not None and (group < 100 or items[k - 1][0] == "num"):
                group *= 100
            else:
                break
            slot = "hundred"
            largest = max(largest, 100.0)
        elif kind == "big":
            if after_a and slot == "start":
                group = 1.0
            if group is None and slot == "big" and total:
                total *= value
            elif group is not None and value < last_big:
                total += group * value
                group = None
                last_big = value
            elif group is not None and total == 0 and slot in ("unit", "tens", "hundred"):
                total = group * value
                group = None
                last_big = value
            else:
                break
            slot = "big"
            largest = max(largest, value)
        elif kind == "dozen":
            if after_a and slot == "start":
                group, last_component = 12.0, 12.0
            elif slot in ("unit", "tens") and group is not None:
                group += last_component * 11
            else:
                break
            slot = "unit"
        else:
            break
        after_a = False
        k += 1
        best = (k, total + (group or 0), largest)
    return best


def _fraction(items, tokens, i, n):
    """A fraction starting at ``items[i]`` ("two thirds", "a twenty-first", "half"): (end, value)."""
    run_end = i
    while run_end < n:
        token = tokens[run_end]
        if _denominator(token) is not None and run_end > i or (run_end == i and token.low in ("half", "quarter")):
            break
        item = items[run_end]
        if item is None or item[0] not in ("unit", "tens", "hundred", "big", "a", "and"):
            return None
        if item[0] == "a" and run_end != i:
            return None
        run_end += 1
    if run_end >= n:
        return None
    denominator = _denominator(tokens[run_end])
    if denominator is None:
        return None
    (den_kind, den_value), plural = denominator
    if run_end == i:
        if den_kind == "half" or (den_kind == "quarter" and run_end + 1 < n and items[run_end + 1] and items[run_end + 1][0] == "big"):
            return run_end + 1, 1 / den_value
        return None
    for split in range(i + 1, run_end + 1):
        numerator_items = items[i:split]
        if numerator_items[-1][0] == "and":
            continue
        if len(numerator_items) > 2 and numerator_items[-2][0] == "and" and numerator_items[-1][0] in ("unit", "a"):
            continue  # "one hundred and three quarters" adds 3/4 to 100
        if numerator_items == [("a", 1)]:
            numerator = 1.0
        else:
            if numerator_items[0][0] == "a":
                numerator_items = numerator_items[1:]
                if not numerator_items or numerator_items[0][0] not in ("hundred", "big"):
                    continue
                numerator_items = [("unit", 1)] + numerator_items
            numerator = _cardinal_of_items(numerator_items)
            if numerator is None:
                continue
        if split < run_end:
            head = items[split]
            if head[0] in ("hundred", "big", "and"):
                continue
            if head[0] == "unit" and items[split - 1][0] == "tens" and tokens[split].joined:
                continue
            if den_kind in ("half", "quarter"):
                continue
            den_items = items[split:run_end] + [(den_kind, den_value)]
            value = _cardinal_of_items(den_items)
        else:
            value = den_value
            if den_kind == "unit" and den_value <= 2:
                continue
        if value is None or value <= 1:
            continue
        if not plural and numerator != 1:
            continue
        return run_end + 1, numerator / value
    return None


def find_numbers(text: str, tokens: list[Token] | None = None) -> list[NumberSpan]:
    """Every number in ``text``, left to right, longest reading first (``tokens`` from :func:`tokenize`)."""
    tokens = tokenize(text) if tokens is None else tokens
    items = [_item(token) for token in tokens]
    n = len(items)
    found: list[NumberSpan] = []
    k = 0
    while k < n:
        token = tokens[k]
        if items[k] is None and token.low not in _DENOMINATOR_WORDS and token.low not in _SIGN_WORDS and token.text not in ("-", "−"):
            k += 1  # no number can start here (see the first tests of _number_at)
            continue
        span = _number_at(items, tokens, k, n)
        if span is None:
            k += 1
            continue
        found.append(span)
        k = span.last_token + 1
    return found


def _number_at(items, tokens, k, n) -> NumberSpan | None:
    token = tokens[k]
    sign = 1.0
    start_k = k
    if token.kind == "word" and token.low in _SIGN_WORDS and k + 1 < n and items[k + 1] is not None and items[k + 1][0] != "and":
        sign, k = -1.0, k + 1
    elif token.kind == "sym" and token.text in "-−" and k + 1 < n and tokens[k + 1].kind == "num" and not tokens[k + 1].chain:
        previous = tokens[k - 1] if k > 0 else None
        if previous is None or (previous.end < token.start and previous.kind not in ("num", "ordinal")) or previous.text in "([{,;:=":
            sign, k = -1.0, k + 1
    if items[k] is None or items[k][0] == "and":
        if _denominator(tokens[k]) is None:
            return None
    if tokens[k].kind == "num" and tokens[k].metre_or_million:
        return None
    if tokens[k].kind == "num" and tokens[k].chain:
        return NumberSpan(tokens[k].start, tokens[k].end, tokens[k].value, chain=True, first_token=k, last_token=k)
    end, value, scale = _cardinal(items, tokens, k, n)
    if value is None:
        return None
    words = any(tokens[j].kind == "word" for j in range(k, end))
    fraction = any(_denominator(tokens[j]) is not None for j in range(k, end))
    last = end - 1
    # Spaced suffix ("2.33 k", "1,674.5 G") after a bare digit atom.
    if end == k + 1 and tokens[k].kind == "num" and tokens[k].scaled == 1.0 and end < n and tokens[end].kind == "word" and tokens[end].text in _SPACED_SUFFIXES:
        scale = _SUFFIX_SCALES[tokens[end].text]
        value *= scale
        last = end
        end += 1
    # Decimal words: "two hundred point zero three".
    if words and end + 1 < n and tokens[end].low == "point":
        digits, j = _decimal_words(items, tokens, end + 1, n)
        if digits:
            value = float(f"{int(value)}.{digits}")
            last, end = j - 1, j
    # Mixed fraction in digits: "2 1/4".
    if end < n and tokens[k].kind == "num" and end == k + 1 and tokens[end].kind == "num" and "/" in tokens[end].text and tokens[k].integer and 0 < tokens[end].value < 1:
        value += tokens[end].value
        last, end = end, end + 1
    # Spoken division: "one over three", "1 out of three", unless a word follows ("$2000 over 3 years").
    if end < n and tokens[end].low in ("over", "out"):
        j = end + 1
        if tokens[end].low == "out" and j < n and tokens[j].low == "of":
            j += 1
        elif tokens[end].low == "out":
            j = n
        if j < n and items[j] is not None and items[j][0] in ("unit", "tens", "num"):
            d_end, d_value, _ = _cardinal(items, tokens, j, n)
            follower = tokens[d_end] if d_end < n else None
            if d_value and (follower is None or follower.kind == "sym"):
                value = value / d_value
                last, end, fraction = d_end - 1, d_end, True
    if words and end == k + 1 and tokens[k].low == "one" and start_k > 0 and tokens[start_k - 1].low in _PRONOUN_ONE_AFTER:
        return None
    return NumberSpan(tokens[start_k].start, tokens[last].end, sign * value, words=words, scale=scale, fraction=fraction, first_token=start_k, last_token=last)


def _decimal_words(items, tokens, j, n):
    digits = ""
    while j < n and items[j] is not None and items[j][0] in ("unit", "tens"):
        kind, value = items[j]
        if kind == "tens" and j + 1 < n and items[j + 1] and items[j + 1][0] == "unit" and 1 <= items[j + 1][1] <= 9:
            digits += str(int(value + items[j + 1][1]))
            j += 2
            continue
        digits += str(int(value))
        j += 1
    return digits, j


def parse_number(text: str) -> float | None:
    """The value of ``text`` when the whole of it is one number ("forty-five", "1,000", "$1.5bn" -> None)."""
    numbers = find_numbers(text)
    if len(numbers) != 1:
        return None
    number = numbers[0]
    if text[: number.start].strip() or text[number.end :].strip():
        return None
    return number.value


def round_step(value: float, mantissas: tuple[float, ...] = (1.0, 5.0)) -> float:
    """The largest round step (a mantissa times a power of ten) that divides ``value`` and is below it.

    A writer picks the roundest figure that is true, so a figure's step tells how far a hedge
    on it reaches: 40 -> 10, 45 -> 5, 150 -> 50, 1,000 -> 500, 12 -> 1, 24.75 -> 0.05.
    0 when ``value`` is 0 or has no such step within fifteen decades below it.
    """
    magnitude = abs(value)
    if not math.isfinite(magnitude) or magnitude == 0:
        return 0.0
    top = math.floor(math.log10(magnitude))
    for exponent in range(top, top - 16, -1):
        for mantissa in sorted(mantissas, reverse=True):
            step = mantissa * 10.0**exponent
            ratio = magnitude / step
            if step < magnitude * (1 - 1e-12) and abs(ratio - round(ratio)) <= 1e-9 * max(1.0, ratio):
                return step
    return 0.0


def hedge_extent(value: float, step_fraction: float, min_width: float, max_width: float,
                 mantissas: tuple[float, ...] = (1.0, 5.0)) -> float:
    """How far a hedge reaches from ``value``: a fraction of its round step, kept between the two widths."""
    magnitude = abs(value)
    return min(max(round_step(value, mantissas) * step_fraction, magnitude * min_width), magnitude * max_width)


def hedged_interval(value: float, shape: str, strict: bool, extent: float, integer: bool) -> tuple[float, float]:
    """The interval a hedged figure stands for; ``integer`` keeps whole-number bounds for counts.

    below: ``value - extent`` up to just under ``value``; above: just over (or from, when not
    strict) ``value`` up to, not including, ``value + extent`` (the next round number would have
    been written); band: ``value`` plus or minus ``extent``; at_most: ``value - extent`` up to
    ``value`` (just under it when strict). A hedged count admits at least its neighbours.
    """
    if shape == "below":
        low, high = value - extent, value
    elif shape == "above":
        low, high = value, value + extent
    elif shape == "band":
        low, high = value - extent, value + extent
    else:
        low, high = value - extent, value
    low, high = round(low, 9), round(high, 9)
    if not integer:
        return low, max(low, high)
    below_next_round = float(math.ceil(high)) - 1
    low, high = float(math.ceil(low)), float(math.floor(high))
    if shape == "below":
        low, high = min(low, value - 1), value - 1
    elif shape == "above":
        high = max(below_next_round, value + 1)
        low = value + 1 if strict else value
    elif shape == "band":
        low, high = min(low, value - 1), max(high, value + 1)
    elif strict:
        high = value - 1
    return low, max(low, high)
