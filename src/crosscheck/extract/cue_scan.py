"""Scanning cue and trigger patterns without running every pattern over every character.

A pattern whose every match starts with a known literal (after zero-width assertions such as
``\\b``) is tried only where such a literal occurs in the lower-cased text; the results are
the same matches, in the same order, as the pattern's own ``finditer``.
"""

from __future__ import annotations

import re


from .claim_rules import CueGroup

# -- finding trigger words without running every pattern over every character ----------------

_PREFIX_LENGTH = 3
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


def _pattern_prefixes(pattern: re.Pattern) -> frozenset[str] | None:
    try:
        from re import _parser  # the standard library's own regex parser
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # another Python's internals: scan with the pattern itself
        return None
    found = _literal_prefixes(list(parsed), {""})
    return frozenset(found) if found else None


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
    """A cue group's ``finditer`` and ``search`` through :class:`_PrefixScanner` (same results)."""

    def __init__(self, group: CueGroup):
        self.scanners = [_PrefixScanner(p) for p in group.patterns]

    def finditer(self, text: str, folded: str | None, pos: int = 0, endpos: int | None = None) -> list[re.Match]:
        endpos = len(text) if endpos is None else endpos
        matches = [m for s in self.scanners for m in s.finditer(text, folded, pos, endpos)]
        return sorted(matches, key=lambda m: (m.start(), -m.end()))

    def search(self, text: str, folded: str | None, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        endpos = len(text) if endpos is None else endpos
        found = [m for s in self.scanners if (m := s.first(text, folded, pos, endpos))]
        return min(found, key=lambda m: (m.start(), -m.end())) if found else None
