"""The faster forms of hot-path regexes and scans find exactly what the plain forms they replaced
find. Each plain form is kept here as the oracle; hypothesis feeds both the kind of text that
trips up word boundaries (apostrophes, hyphens, accents, digits, particles, line breaks)."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from crosscheck.extract.name_rules import trie_pattern as _trie_pattern
from crosscheck.extract.name_runs import _NAME_WORD, _WORD_BODY, PARTICLES, is_capitalised
from crosscheck.extract.sentences import _word_before
from crosscheck.numbers.tokens import _TOKEN

_PIECES = [
    "de", "al-", "Al", "van", "at", "as", "O'", "Brien", "Jean-Pierre", "’s", "'s", " ", "-", ",", ".", "the",
    "Putin", "é", "É", "x1", "3", "ı", "İbn", "ibn", "bin", "la", "'", "’", "\u0301", "ABC", "_", "a", "iPhone",
    "²", "dE", "\n", "U.S", "Sept", "12:30", "1,000", "3.5bn", "1/4", "5/17/2018", "1e5", "2^3", "a.m.", "10k",
]
texts = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


@settings(max_examples=400)
@given(texts)
def test_name_words_are_the_words_that_may_belong_to_a_name(text):
    particle = re.compile("(?i:" + "|".join(sorted(PARTICLES, key=lambda p: (-len(p), p))) + r")(?![^\W\d_])")
    # Letters right after a digit belong to a code ("1B", "x1de"), never to a name.
    plain = [(m.span(), m.group()) for m in re.finditer(_WORD_BODY, text) if not text[m.start() - 1 : m.start()].isdigit()]
    found = [(m.span(), m.group()) for m in _NAME_WORD.finditer(text)]
    assert found == [w for w in plain if not "a" <= w[1][0] <= "z" or particle.match(w[1])]
    for span, word in plain:  # every capitalised word and particle is among them
        word = word[:-2] if word.endswith(("'s", "’s")) else word
        if is_capitalised(word) or word.lower() in PARTICLES:
            assert any(s == span for s, _ in found)


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["Mali", "Mali Group", "Malian", "Ma", "Niger", "Nigeria", "N'Djamena"]), min_size=1, max_size=5),
       texts)
def test_trie_matches_like_a_longest_first_alternation(strings, text):
    alternation = "|".join(re.escape(s) for s in sorted(set(strings), key=lambda s: (-len(s), s)))
    plain = re.compile(rf"(?<![\w'-])(?:{alternation})(?![\w-]|'\w\w)")
    trie = re.compile(rf"(?<![\w'-])(?:{_trie_pattern(set(strings))})(?![\w-]|'\w\w)")
    text = " ".join([text, *strings, text])
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=400)
@given(texts)
def test_word_before_a_full_stop_is_the_former_regex_search(text):
    former = re.compile(r"([A-Za-z][A-Za-z.]*)$")
    for end in range(len(text) + 1):
        match = former.search(text, 0, end)
        assert _word_before(text, end) == (match.group(1) if match else "")


_FORMER_TOKEN = re.compile(
    r"""
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
        (?P<glued>[A-Za-z]+)? )
  | (?P<word>[A-Za-z]+)
  | (?P<sym>[^\sA-Za-z0-9])
    """,
    re.X,
)


@settings(max_examples=400)
@given(texts)
def test_reordered_token_regex_cuts_text_as_before(text):
    def cut(pattern: re.Pattern) -> list:
        return [(m.lastgroup, m.span(), m.group("glued")) for m in pattern.finditer(text)]

    assert cut(_TOKEN) == cut(_FORMER_TOKEN)


@settings(max_examples=400)
@given(st.lists(st.sampled_from(["Sonko", "Ousmane Sonko", "Ousmane", "Al", "Al-Burhan", "O'Brien", "Brien", "de", "É",
                                 "Traore", "Traoré", "an", "ana"]), min_size=1, max_size=5), texts)
@example(["Brien"], "O'Brien and al-Brien, Brien-X, Brien_ or 3Brien")
def test_document_name_forms_are_found_like_the_alternation(forms, text):
    from crosscheck.extract.name_document import find_forms

    ordered = sorted(set(forms), key=lambda f: (-len(f), f))
    plain = re.compile(r"(?<![\w'-])(" + "|".join(re.escape(f) for f in ordered) + r")(?![\w-])")
    text = " ".join([text, *forms, "-".join(forms), "_".join(forms), text])
    assert find_forms(text, ordered) == [(m.start(), m.end(), m.group(1)) for m in plain.finditer(text)]


_SURNAMES = ["i\u0307nce", "Moon", "moon", "King", "Kingsley", "Sonko", "Sun", "Ísland", "İnce", "Oz", "Ozil", "de Gaulle", "Sí", "K"]
_AFTER_THE = ["the ", "The ", "THE\n", "the  ", "tHe\u00a0", "other ", "bathe ", "the", "Moon", "MOON", "m\u0130on", "Kıng",
              "\u212aing", "ſun", "\u017fonko", "sonko", "ísland", "İnce", "ınce", "ince", "oz", "Gaulle", "de gaulle", "sí", "k",
              ".", ",", "'s", " for", " to", " and", " ", "x", "Kingsley", "\u212a"]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_SURNAMES), min_size=1, max_size=4),
       st.lists(st.lists(st.sampled_from(_AFTER_THE), max_size=10).map("".join), min_size=1, max_size=3))
@example(["Kingsley", "Sun"], ["on the \u212aingsley."])
@example(["Sun"], ["the \u017fun."])
@example(["Ísland"], ["the ísland."])
@example(["Ince", "i\u0307nce"], ["the İnce."])
def test_surnames_written_as_common_nouns_are_found_like_the_full_alternation(surnames, texts):
    """The check before the alternation of a document's surnames never skips a match of it."""
    from crosscheck.extract.name_document import _NO_NOUN_AFTER, without_common_nouns
    from crosscheck.models import Sentence

    sentences = [Sentence(document="d", index=i, paragraph=0, start=0, end=len(t), line=1, text=t) for i, t in enumerate(texts)]
    owners = {surname: surname for surname in surnames}
    pattern = re.compile(r"\bthe\s+(" + "|".join(re.escape(s) for s in sorted(owners, key=lambda s: (-len(s), s))) + ")"
                         + _NO_NOUN_AFTER, re.IGNORECASE)
    common = {m.group(1).lower() for sentence in sentences for m in pattern.finditer(sentence.text)}
    assert without_common_nouns(sentences, owners) == {name: hit for name, hit in owners.items() if name.lower() not in common}
