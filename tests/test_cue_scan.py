"""The claim stage's cue scanner (one prefix pass per cue group) finds exactly what running
each cue pattern on its own finds (``CueGroup.finditer`` / ``search``, the plain form kept as
the oracle), on the real English and French cue groups and on groups built to trip it:
overlapping matches of different patterns, prefixes of several lengths, patterns without a
literal prefix (run only where a literal inside every match occurs), empty matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.extract.claim_rules import CueGroup, claim_cues
from crosscheck.extract.cue_scan import _CueScanner, fold
from crosscheck.rules import load_rules


def _groups() -> list[CueGroup]:
    rules = load_rules()
    groups = []
    for language in ("en", "fr"):
        cues = claim_cues(rules, language)
        for name, value in cues:
            if isinstance(value, CueGroup):
                groups.append(value)
            elif isinstance(value, dict):
                groups.extend(v for v in value.values() if isinstance(v, CueGroup))
    return groups


_GROUPS = _groups()
_BUILT = [
    CueGroup.model_construct(patterns=[re.compile(p, re.IGNORECASE) for p in patterns], examples=None)
    for patterns in (
        [r"\bsaid\b", r"\bsaid that\b", r"sai", r"\bsa(?:id|ys)\b"],  # overlapping, one a prefix of another
        [r"\bto\b", r"\btol(?:d|l)\b", r"t"],  # prefixes of three lengths
        [r"(?<=, )and\b", r"\s*", r"\bnot\b"],  # a lookbehind start, an empty-matching pattern
        [r"[A-Z]\w+ said", r"\bdenied\b"],  # no literal prefix beside one with
        [r"ana\w*", r"\bsaid\b", r"\w*said\b"],  # a match that a later prefix starts inside; a tie
        # no prefix, only a literal inside every match: a dash class, a branch, a repeat, a lookbehind
        [r"\s+[—–]\s+", r"\s+(?:then|while)\s+", r"(?:\w+ )+said", r"\w{0,3}(?<=a)nd\b", r"[^,]*?\bnot"],
    )
]
_PIECES = ["said", "Said", "SAID that", "says", "told", "toll", "to", "t", "not", "denied", ", and", "and",
           " ", ", ", ".", "Minister", "İ", "ı", "ſaid", "é", "would", "will", "expected to", "because", "after", "\n", "ananas", "banana", " — ", "–", " then ", "While", "ſ"]
texts = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


def _spans(matches) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.re.pattern) for m in matches]


_SCANNERS: dict[int, _CueScanner] = {}


def _scanner(group: CueGroup) -> _CueScanner:
    """The group's scanner, built once for every example (as the claim stage builds one per run
    and asks it about document after document): building one parses each pattern, a tenth of a
    second for the real groups, more than the scanning an example asks for."""
    if id(group) not in _SCANNERS:
        _SCANNERS[id(group)] = _CueScanner(group)
    return _SCANNERS[id(group)]


def test_the_real_cue_groups_are_here():
    assert len(_GROUPS) > 10


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(0, 6), st.integers(0, 6))
def test_one_pass_finds_what_each_pattern_finds(text, cut_start, cut_end):
    pos, endpos = min(cut_start, len(text)), max(0, len(text) - cut_end)
    folded = fold(text)
    for group in _GROUPS + _BUILT:
        scanner = _scanner(group)
        for folded_text in (folded, None):
            assert _spans(scanner.finditer(text, folded_text, pos, endpos)) == _spans(group.finditer(text, pos, endpos))
            found, expected = scanner.search(text, folded_text, pos, endpos), group.search(text, pos, endpos)
            assert _spans([found] if found else []) == _spans([expected] if expected else [])


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(0, 6), st.integers(0, 6))
def test_a_group_search_is_the_earliest_longest_of_its_patterns(text, cut_start, cut_end):
    """``CueGroup.search`` (the scanner's oracle) gives what the patterns' own searches give
    sorted by (start, -end), the first pattern's on a tie."""
    pos, endpos = min(cut_start, len(text)), max(0, len(text) - cut_end)
    for group in _GROUPS + _BUILT:
        found = [m for p in group.patterns if (m := p.search(text, pos, endpos))]
        expected = min(found, key=lambda m: (m.start(), -m.end())) if found else None
        got = group.search(text, pos, endpos)
        assert (got.re, got.span()) == (expected.re, expected.span()) if expected else got is None


def test_a_second_document_is_not_answered_from_the_first():
    scanner = _CueScanner(_BUILT[0])
    first, second = "He said so.", "We said that."
    assert _spans(scanner.finditer(first, fold(first))) == _spans(_BUILT[0].finditer(first))
    assert _spans(scanner.finditer(second, fold(second))) == _spans(_BUILT[0].finditer(second))
    assert scanner.search(second, fold(second)).group() == _BUILT[0].search(second).group()


@pytest.mark.parametrize("text", ["", "said", "x" * 50])
def test_edges(text):
    for group in _BUILT:
        scanner = _CueScanner(group)
        assert _spans(scanner.finditer(text, fold(text))) == _spans(group.finditer(text))


@settings(max_examples=200, deadline=None)
@given(texts, st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40), st.booleans()), min_size=1, max_size=6))
def test_ranges_of_one_text_and_pieces_of_it_in_turn(text, ranges):
    """The places where prefixes start are found once per text and cut to each range; asked in
    turn about ranges of a document and about pieces cut from it (as the claim stage does), the
    scanner still finds what each pattern finds."""
    folded = fold(text)
    for group in _GROUPS[:6] + _BUILT:
        scanner = _scanner(group)
        for a, b, piece in ranges:
            pos, endpos = min(a, b, len(text)), min(max(a, b), len(text))
            if piece:
                part = text[pos:endpos]
                got, expected = scanner.finditer(part, fold(part)), group.finditer(part)
                first, oracle = scanner.search(part, fold(part)), group.search(part)
            else:
                got, expected = scanner.finditer(text, folded, pos, endpos), group.finditer(text, pos, endpos)
                first, oracle = scanner.search(text, folded, pos, endpos), group.search(text, pos, endpos)
            assert _spans(got) == _spans(expected)
            assert _spans([first] if first else []) == _spans([oracle] if oracle else [])


@settings(max_examples=300, deadline=None)
@given(texts, st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), min_size=1, max_size=6))
def test_a_piece_read_at_the_places_of_its_document_is_read_as_a_text_of_its_own(text, ranges):
    """``piece_finditer`` and ``piece_search`` read a piece cut from a document ("^" at its start,
    nothing before it seen) at the prefix places of the whole document, those whose prefix runs
    past the piece's end included: they find what each pattern finds in the piece by itself."""
    folded = fold(text)
    for group in _GROUPS + _BUILT:
        scanner = _scanner(group)
        for a, b in ranges:
            start, end = min(a, b, len(text)), min(max(a, b), len(text))
            part = text[start:end]
            for folded_text in (folded, None):
                assert _spans(scanner.piece_finditer(text, folded_text, start, end)) == _spans(group.finditer(part))
                first, oracle = scanner.piece_search(text, folded_text, start, end), group.search(part)
                assert _spans([first] if first else []) == _spans([oracle] if oracle else [])


class _CountedPrefixes(dict):
    """A scanner's prefix table that counts the passes over a text (one ``items()`` per pass)."""

    passes = 0

    def items(self):
        self.passes += 1
        return super().items()


def test_a_document_read_between_pieces_of_it_is_scanned_once():
    """The claim stage asks about a document, then about a piece cut from it, then about the
    document again, in turn: the places where prefixes start in the document are found once,
    not again after every piece."""
    scanner = _CueScanner(_BUILT[1])
    scanner.by_prefix = _CountedPrefixes(scanner.by_prefix)
    document = "He told them to go. The toll rose. They went to town."
    for start in (0, 20, 35):
        piece = document[start : start + 15]
        assert _spans(scanner.finditer(document, fold(document), start, start + 15)) == _spans(_BUILT[1].finditer(document, start, start + 15))
        assert _spans(scanner.finditer(piece, fold(piece))) == _spans(_BUILT[1].finditer(piece))
    assert scanner.by_prefix.passes == 1 + 3  # the document once, each piece once


@pytest.mark.parametrize(("pattern", "literals"), [
    (r"\s+[—–]\s+", ("–", "—")),
    (r"\s+(?:then|while|whereas)\s+", ("then", "whereas", "while")),
    (r"[A-Z]\w+ SAID\b", (" said",)),
    (r"(?<=said )\w+", None),  # a lookbehind reads outside the match
    (r"\w*(?:a|\d)", None),  # a branch with an alternative that holds no literal
    (r"(?:said)?\s+", None),  # an optional literal is not sure to be there
    (r"\w+ éclat", ("clat",)),  # a cased letter outside ASCII breaks the run: str.lower() may not fold it as re does
])
def test_the_literal_every_match_contains(pattern, literals):
    from crosscheck.extract.cue_scan import _pattern_literals

    assert _pattern_literals(re.compile(pattern, re.IGNORECASE)) == literals
