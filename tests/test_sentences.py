"""Sentence splitting keeps offsets and refuses boundaries after abbreviations and initials."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from crosscheck.extract.sentences import split_sentences, split_span
from crosscheck.models import Document, LineMap, Zone


def sentences_of(text: str) -> list[str]:
    return [text[s:e] for s, e in split_span(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He left. She stayed.", ["He left.", "She stayed."]),
        ("Lt. Gen. J. Doe arrived on Sept. 22, 2020. Talks began.", ["Lt. Gen. J. Doe arrived on Sept. 22, 2020.", "Talks began."]),
        ('"We agreed," he said. The U.S. embassy closed.', ['"We agreed," he said.', "The U.S. embassy closed."]),
        ("It cost $1.5 billion! Really? Yes.", ["It cost $1.5 billion!", "Really?", "Yes."]),
        ("“It is over.” Officials left.", ["“It is over.”", "Officials left."]),
        ("the rate rose to 24.75% in May.", ["the rate rose to 24.75% in May."]),
    ],
)
def test_split(text, expected):
    assert sentences_of(text) == expected


def test_sentences_carry_offsets_lines_and_paragraphs():
    text = "Title\n\nFirst one. Second one.\n\nThird one."
    doc = Document(id="d", path="d.txt", format="text", encoding="utf-8", text=text, lines=LineMap.for_text(text),
                   body=[Zone(start=7, end=29), Zone(start=31, end=41)])
    got = [(s.text, s.line, s.paragraph, s.index) for s in split_sentences(doc)]
    assert got == [("First one.", 3, 0, 0), ("Second one.", 3, 0, 1), ("Third one.", 5, 1, 2)]
    assert all(text[s.start : s.end] == s.text for s in split_sentences(doc))


@given(st.text(max_size=300))
def test_spans_are_ordered_trimmed_and_inside_the_text(text):
    spans = split_span(text, 0, len(text))
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        previous_end = end
