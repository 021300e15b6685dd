"""Sentence splitting keeps offsets and refuses boundaries after abbreviations and initials."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from crosscheck.extract.sentences import MAX_SENTENCE_CHARS, split_sentences, split_span
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
        # an ordinal's ending is no initial: the sentence ends after it
        ("L'une vivait dans le 8e, l'autre dans le 3e. La mairie a réagi.", ["L'une vivait dans le 8e, l'autre dans le 3e.", "La mairie a réagi."]),
        ("It finished 2nd. Rivals protested.", ["It finished 2nd.", "Rivals protested."]),
        ("Agent J. Doe and Mr. K. Roe left.", ["Agent J. Doe and Mr. K. Roe left."]),
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


# -- the sentence-length cap (issue 11, item 10) --------------------------------------------


def _document(text: str) -> Document:
    return Document(id="d", path="long.txt", format="text", encoding="utf-8", text=text, lines=LineMap.for_text(text),
                    body=[Zone(start=0, end=len(text))])


def test_an_overlong_sentence_is_cut_at_blanks_into_pieces_under_the_cap():
    text = "Intro sentence here. The" + " word" * 1000 + " end."
    spans = split_span(text, 0, len(text))
    assert spans[0] == (0, len("Intro sentence here."))
    assert all(end - start <= MAX_SENTENCE_CHARS for start, end in spans)
    assert all(text[end - 1] != " " and text[start] != " " for start, end in spans)
    assert all(text[end:].startswith(" ") for _, end in spans[1:-1])  # cut at a blank, not inside a word
    assert "".join(text[s:e] for s, e in spans[1:]).replace(" ", "") == text[21:].replace(" ", "")  # nothing lost


def test_a_line_without_any_blank_is_cut_hard_at_the_cap():
    text = "x" * (MAX_SENTENCE_CHARS * 3 + 5)
    assert split_span(text, 0, len(text)) == [(0, MAX_SENTENCE_CHARS), (MAX_SENTENCE_CHARS, 2 * MAX_SENTENCE_CHARS),
                                               (2 * MAX_SENTENCE_CHARS, 3 * MAX_SENTENCE_CHARS),
                                               (3 * MAX_SENTENCE_CHARS, len(text))]


def test_a_cut_is_one_w204_warning_per_document_naming_file_and_line():
    text = "Title line\n" + "a" * (MAX_SENTENCE_CHARS + 10) + ". And " + "b " * MAX_SENTENCE_CHARS
    problems = []
    sentences = split_sentences(_document(text), problems)
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert [(p.code, p.path, p.line) for p in problems] == [("W204", "long.txt", 1)]
    assert "2 overlong sentence(s)" in problems[0].message


def test_sentences_under_the_cap_give_no_warning():
    problems = []
    split_sentences(_document("A short one. " * 500), problems)
    assert problems == []


def test_the_warning_reaches_the_report_problems(tmp_path):
    from crosscheck.pipeline import check

    article = tmp_path / "article.txt"
    article.write_text("Officials met in Niamey on Monday.\n\n" + "nearly 50 people, more than 45 civilians, " * 200 + "\n",
                       encoding="utf-8")
    report = check([article])
    codes = [(p.code, p.line) for p in report.problems]
    assert ("W204", 3) in codes
