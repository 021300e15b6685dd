"""Numbers as written in English prose, read into values.

:func:`find_numbers` reads every number of a token list (:func:`~crosscheck.numbers.tokens.tokenize`):
digits with separators, decimals, exponents and scale suffixes ("1,000", "4.800", "1.5bn", "10k"),
words ("forty-five", "one hundred and twenty", "a dozen", "three lakh"), fractions ("two thirds",
"one and a half") and mixtures ("4 thousand 3 hundred and 21"). Ordinals, clock times,
identifiers glued to letters ("G7", "2min", "60th") and chains of numbers ("192.168.1.2",
"5/17/2018") are not read as one value.
"""

from __future__ import annotations

import math

from .tokens import (
    _BIG, _DENOMINATOR_WORDS, _DOZEN, _ORDINAL_SCALES, _ORDINAL_TENS, _ORDINAL_UNITS, _PRONOUN_ONE_AFTER, _SIGN_WORDS,
    _TENS, _UNITS, NumberSpan, Token, chain_span, digit_fraction_after, minus_sign_at, spaced_suffix_scale, tokenize,
)


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
    elif minus_sign_at(tokens, k, n):
        sign, k = -1.0, k + 1
    if items[k] is None or items[k][0] == "and":
        if _denominator(tokens[k]) is None:
            return None
    if tokens[k].kind == "num" and tokens[k].metre_or_million:
        return None
    if (chain := chain_span(tokens, k)) is not None:
        return chain
    end, value, scale = _cardinal(items, tokens, k, n)
    if value is None:
        return None
    words = any(tokens[j].kind == "word" for j in range(k, end))
    fraction = any(_denominator(tokens[j]) is not None for j in range(k, end))
    last = end - 1
    # Spaced suffix ("2.33 k", "1,674.5 G") after a bare digit atom.
    if (suffix := spaced_suffix_scale(tokens, k, end, n)) is not None:
        value, scale, last, end = value * suffix, suffix, end, end + 1
    # Decimal words: "two hundred point zero three".
    if words and end + 1 < n and tokens[end].low == "point":
        digits, j = _decimal_words(items, tokens, end + 1, n)
        if digits:
            value = float(f"{int(value)}.{digits}")
            last, end = j - 1, j
    # Mixed fraction in digits: "2 1/4".
    if (part := digit_fraction_after(tokens, k, end, n)) is not None:
        value += part
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
