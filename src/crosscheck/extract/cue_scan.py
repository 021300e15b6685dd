"""Scanning cue and trigger patterns without running every pattern over every character.

A pattern whose every match starts with a known literal (after zero-width assertions such as
``\\b``) is tried only where such a literal occurs in the lower-cased text; a pattern without
such a prefix is run only on a range that holds one of the literals every match of it contains
(" said", "—"). The results are the same matches, in the same order, as the pattern's own
``finditer``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import itemgetter

from .claim_rules import CueGroup

# -- finding trigger words without running every pattern over every character ----------------

_PREFIX_LENGTH = 3
# How merged matches are ordered: (start, -end, pattern index), the match itself last.
_ORDER = itemgetter(0, 1, 2)
# Characters that re.IGNORECASE matches to an ASCII letter but str.lower() does not turn into it.
_FOLD = {"\u0130": "i", "\u0131": "i", "\u017f": "s"}


def _literal_prefixes(items: list, prefixes: set[str]) -> set[str] | None:
    """Lower-case strings one of which starts every match of the parsed pattern ``items``
    (each given prefix extended); None when some match may start otherwise."""
    for index, (op, arg) in enumerate(items):
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero width
        if name == "LITERAL" and chr(arg).isascii():
            prefixes = {p + chr(arg).lower() for p in prefixes}
        elif name == "IN" and all(str(o) == "LITERAL" and chr(a).isascii() for o, a in arg) and len(arg) <= 4:
            prefixes = {p + chr(a).lower() for p in prefixes for o, a in arg}
        elif name == "SUBPATTERN":
            return _literal_prefixes(list(arg[-1]) + items[index + 1 :], prefixes)
        elif name == "BRANCH":
            out: set[str] = set()
            for alternative in arg[1]:
                found = _literal_prefixes(list(alternative) + items[index + 1 :], prefixes)
                if found is None:
                    return None
                out |= found
            return out
        else:
            break
        if min(len(p) for p in prefixes) >= _PREFIX_LENGTH:
            break
    prefixes = {p[:_PREFIX_LENGTH] for p in prefixes}
    return None if "" in prefixes else prefixes


def _parsed(pattern: re.Pattern) -> list | None:
    try:
        from re import _parser  # the standard library's own regex parser
        return list(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # another Python's internals: scan with the pattern itself
        return None


def _pattern_prefixes(pattern: re.Pattern) -> frozenset[str] | None:
    parsed = _parsed(pattern)
    found = _literal_prefixes(parsed, {""}) if parsed is not None else None
    return frozenset(found) if found else None


def _findable(char: str) -> str | None:
    """``char`` as it stands in the folded text, or None when the pattern may match it otherwise
    (a cased letter outside ASCII: re.IGNORECASE has case pairs that str.lower() lacks)."""
    if char.isascii():
        return char.lower()
    return char if char.lower() == char == char.upper() else None


def _required_literals(items: list) -> set[str] | None:
    """Lower-case strings at least one of which lies inside every match of the parsed pattern
    ``items`` (the longest such choice), or None when no literal is sure to be there.
    Zero-width assertions (lookbehind, ``\\b``) read outside the match and count for nothing."""
    best: set[str] | None = None
    run = ""

    def better(found: set[str] | None) -> None:
        nonlocal best
        if found and "" not in found and (best is None or min(map(len, found)) > min(map(len, best))):
            best = found

    for op, arg in items:
        name = str(op)
        char = _findable(chr(arg)) if name == "LITERAL" else None
        if char is not None:
            run += char
            continue
        better({run} if run else None)
        run = ""
        if name == "IN" and len(arg) <= 4 and all(str(o) == "LITERAL" for o, _ in arg):
            chars = {_findable(chr(a)) for _, a in arg}
            better(None if None in chars else chars)
        elif name == "SUBPATTERN":
            better(_required_literals(list(arg[-1])))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and arg[0] >= 1:
            better(_required_literals(list(arg[2])))
        elif name == "ATOMIC_GROUP":
            better(_required_literals(list(arg)))
        elif name == "BRANCH":
            alternatives = [_required_literals(list(alternative)) for alternative in arg[1]]
            if all(alternatives):
                better(set().union(*alternatives))
    better({run} if run else None)
    return best


def _pattern_literals(pattern: re.Pattern) -> tuple[str, ...] | None:
    parsed = _parsed(pattern)
    found = _required_literals(parsed) if parsed is not None else None
    return tuple(sorted(found)) if found else None


def _may_match(literals: tuple[str, ...] | None, folded: str | None, pos: int, endpos: int) -> bool:
    """False when the folded range holds none of the literals every match contains."""
    if literals is None or folded is None:
        return True
    find = folded.find
    for literal in literals:  # a plain loop: no generator frame per call (a call per sentence and group)
        if find(literal, pos, endpos) >= 0:
            return True
    return False


class _PrefixScanner:
    """Finds the matches of a pattern that every match starts with a known literal (after
    zero-width assertions such as ``\\b``): only the places where such a literal occurs in the
    lower-cased text are tried. Same matches, in the same order, as ``pattern.finditer``."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        self.prefixes = _pattern_prefixes(pattern)

    def first(self, text: str, folded: str | None, pos: int, endpos: int) -> re.Match | None:
        if self.prefixes is None or folded is None:
            return self.pattern.search(text, pos, endpos)
        for start in self._starts(folded, pos, endpos):
            m = self.pattern.match(text, start, endpos)
            if m is not None:
                return m
        return None

    def _starts(self, folded: str, pos: int, endpos: int) -> list[int]:
        starts: list[int] = []
        find = folded.find
        for prefix in self.prefixes:
            at = find(prefix, pos, endpos)
            while at >= 0:
                starts.append(at)
                at = find(prefix, at + 1, endpos)
        return sorted(set(starts)) if len(starts) > 1 else starts

    def finditer(self, text: str, folded: str | None, pos: int, endpos: int) -> list[re.Match]:
        if self.prefixes is None or folded is None:
            return list(self.pattern.finditer(text, pos, endpos))
        found = []
        last_end = pos
        for start in self._starts(folded, pos, endpos):
            if start < last_end:
                continue
            m = self.pattern.match(text, start, endpos)
            if m is not None:
                found.append(m)
                last_end = m.end() if m.end() > start else start + 1
        return found


def fold(text: str) -> str | None:
    """``text`` lower-cased with its offsets kept (None if that is impossible)."""
    if not text.isascii():
        for odd, letter in _FOLD.items():
            if odd in text:
                text = text.replace(odd, letter)
    folded = text.lower()
    return folded if len(folded) == len(text) else None


class _CueScanner:
    """A cue group's ``finditer`` and ``search`` in one pass over the text: the places where one
    of the group's literal prefixes starts are found in the folded text and only the patterns
    with that prefix are tried there; a pattern without a literal prefix runs on its own, on a
    range that holds a literal every match of it contains. Same matches, in the same order, as running each pattern by itself
    (``CueGroup.finditer`` and ``search``). The places where prefixes start are found once per
    text (a document) and each call takes those in its range (a sentence); the results for the
    last two texts are kept, since the claim stage asks for the same sentence more than once."""

    def __init__(self, group: CueGroup):
        self.patterns = list(group.patterns)
        by_prefix: dict[str, list[int]] = {}
        self.unprefixed: list[int] = []
        for index, pattern in enumerate(self.patterns):
            prefixes = _pattern_prefixes(pattern)
            if prefixes is None:
                self.unprefixed.append(index)
            for prefix in prefixes or ():
                by_prefix.setdefault(prefix, []).append(index)
        self.by_prefix = {prefix: tuple(indexes) for prefix, indexes in by_prefix.items()}
        # What a range must hold for each pattern without a prefix to match in it.
        self.literals = {index: _pattern_literals(self.patterns[index]) for index in self.unprefixed}
        # The last two texts asked about, each with what was found in it: (text, {call: result}).
        # Two, because the claim stage alternates between a document and pieces of it; the
        # tuple is replaced as a whole, so threads sharing a scanner never mix documents.
        self._memo: tuple[tuple[str, dict], ...] = ()

    def _remembered(self, text: str) -> dict:
        """What was found in ``text``; the text asked about last is kept first, so the document
        the claim stage keeps coming back to is not pushed out by the pieces read in between."""
        memo = self._memo
        if memo and memo[0][0] is text:
            return memo[0][1]
        for seen, found in memo[1:]:
            if seen is text:
                self._memo = ((text, found), memo[0])
                return found
        found = {}
        self._memo = ((text, found), *memo[:1])
        return found

    def _starts_in(self, memo: dict, folded: str) -> tuple[list[int], list[tuple[int, ...]]]:
        """Every place in ``text`` where one of the group's prefixes starts, with the patterns
        to try there, in pattern order: found once per text (``str.find`` of each prefix over
        its folded copy, faster than one regex of them all), then cut to each call's range. A
        prefix that runs past a call's end yields no match there (every match of the pattern
        starts with it), so the matches are those of a scan of the range alone. ``memo``: what
        ``_remembered`` keeps for the text ``folded`` is the folded copy of."""
        found = memo.get("starts")
        if found is None:
            at_place: dict[int, tuple[int, ...]] = {}
            find = folded.find
            for prefix, indexes in self.by_prefix.items():
                at = find(prefix)
                while at >= 0:
                    other = at_place.get(at)
                    at_place[at] = indexes if other is None else tuple(sorted({*other, *indexes}))
                    at = find(prefix, at + 1)
            positions = sorted(at_place)
            found = memo["starts"] = (positions, [at_place[at] for at in positions])
        return found

    def _on_their_own(self, folded: str | None) -> list[int] | range:
        """The patterns that run by themselves: all of them when there is no folded text."""
        return range(len(self.patterns)) if folded is None or not self.by_prefix else self.unprefixed

    def finditer(self, text: str, folded: str | None, pos: int = 0, endpos: int | None = None) -> list[re.Match]:
        endpos = len(text) if endpos is None else endpos
        memo = self._remembered(text)
        key = ("all", pos, endpos, folded is None)
        found = memo.get(key)
        if found is None:
            found = memo[key] = self._finditer(memo, text, folded, pos, endpos)
        return list(found)

    def piece_finditer(self, text: str, folded: str | None, start: int, end: int) -> list[re.Match]:
        """``finditer(text[start:end], folded[start:end])``: the matches in a piece of ``text`` read
        as a text of its own ("^" at its start, nothing before it seen; offsets into the piece),
        found at the places of the prefixes in the whole text, found once for it rather than once
        per piece. A place whose prefix runs past the piece's end is tried too: a match there
        would start with a prefix of its pattern inside the piece, so the piece has that place."""
        piece = text[start:end]
        if folded is None:
            return self.finditer(piece, None)
        return self._finditer(self._remembered(text), piece, folded, 0, len(piece), start)

    def piece_search(self, text: str, folded: str | None, start: int, end: int) -> re.Match | None:
        """``search(text[start:end], folded[start:end])``, as :meth:`piece_finditer` reads a piece."""
        piece = text[start:end]
        if folded is None:
            return self.search(piece, None)
        return self._search(self._remembered(text), piece, folded, 0, len(piece), start)

    def _finditer(self, memo: dict, text: str, folded: str | None, pos: int, endpos: int, shift: int = 0) -> list[re.Match]:
        """The matches in ``text[pos:endpos]``; ``folded`` is the folded copy of the text ``memo`` is
        kept for, where ``text`` starts at ``shift`` (0, or a piece's start in it)."""
        patterns = self.patterns
        # (start, -end, pattern index): the order of each pattern's own matches merged and sorted.
        literals = self.literals
        keyed = [(m.start(), -m.end(), index, m) for index in self._on_their_own(folded)
                 if _may_match(literals.get(index), folded, pos + shift, endpos + shift)
                 for m in patterns[index].finditer(text, pos, endpos)]
        if folded is not None and self.by_prefix:
            last_end: dict[int, int] = {}
            positions, candidates = self._starts_in(memo, folded)
            for at in range(bisect_left(positions, pos + shift), bisect_left(positions, endpos + shift)):
                start = positions[at] - shift
                for index in candidates[at]:
                    if start < last_end.get(index, pos):
                        continue  # inside this pattern's previous match: its finditer skips it
                    m = patterns[index].match(text, start, endpos)
                    if m is not None:
                        end = m.end()
                        keyed.append((start, -end, index, m))
                        last_end[index] = end if end > start else start + 1
        if len(keyed) > 1:
            keyed.sort(key=_ORDER)
        return [item[3] for item in keyed]

    def search(self, text: str, folded: str | None, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        endpos = len(text) if endpos is None else endpos
        memo = self._remembered(text)
        key = ("first", pos, endpos, folded is None)
        found = memo.get(key)
        if found is None:
            found = memo[key] = (self._search(memo, text, folded, pos, endpos),)
        return found[0]

    def _search(self, memo: dict, text: str, folded: str | None, pos: int, endpos: int, shift: int = 0) -> re.Match | None:
        """The first match in ``text[pos:endpos]`` (``folded``, ``shift``: as for :meth:`_finditer`)."""
        patterns = self.patterns
        literals = self.literals
        found = [(m.start(), -m.end(), index, m) for index in self._on_their_own(folded)
                 if _may_match(literals.get(index), folded, pos + shift, endpos + shift)
                 and (m := patterns[index].search(text, pos, endpos))]
        if folded is not None and self.by_prefix:
            earliest = min(item[0] for item in found) if found else endpos
            positions, candidates = self._starts_in(memo, folded)
            for at in range(bisect_left(positions, pos + shift), bisect_left(positions, endpos + shift)):
                start = positions[at] - shift
                if start > earliest:
                    break
                matched = [(start, -m.end(), index, m) for index in candidates[at]
                           if (m := patterns[index].match(text, start, endpos))]
                if matched:
                    found += matched
                    break
        return min(found, key=lambda item: item[:3])[3] if found else None
