"""A figure belongs to the clause it stands in (extract/quantity_clauses.py, used by the open
claims): a semicolon, a colon or a spaced dash closes a clause, in both languages."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.extract import Extractors
from crosscheck.extract.quantity_clauses import figure_clause
from crosscheck.models import Document, LineMap, Zone
from crosscheck.rules import load_rules

EXTRACTORS = Extractors(load_rules())


def _figures_by_trigger(sentence: str, language: str) -> dict[str, list[str]]:
    """For each claim of a one-sentence article: its trigger's text -> the figures it carries."""
    text = "Home\n\n" + sentence + "\n"
    doc = Document(id="q1", path="q1.txt", format="text", encoding="utf-8", text=text, lines=LineMap.for_text(text),
                   body=[Zone(start=6, end=6 + len(sentence))], language=language)
    extracted = EXTRACTORS.extract(doc)
    return {c.trigger.text: [f.exact for f in c.figures] for c in extracted.claims if c.trigger is not None}


@pytest.mark.parametrize(("sentence", "language", "trigger", "figures"), [
    # a colon closes the clause before it: the figure is of the clause after it
    ("The ferries did not stop: more than 3,000 residents were evacuated.", "en", "evacuated", ["more than 3,000"]),
    ("The ferries did not stop: more than 3,000 residents were evacuated.", "en", "stop", []),
    ("Les rotations de bateaux ne se sont pas arrêtées : plus de 3 000 habitants de Paama ont été évacués.", "fr",
     "évacués", ["plus de 3 000"]),
    ("Les rotations de bateaux ne se sont pas arrêtées : plus de 3 000 habitants de Paama ont été évacués.", "fr",
     "arrêtées", []),
    # a semicolon too, even when the figure's own clause has no event word of its own
    ("Some 2,900 people are still housed in centres; the other evacuees found shelter with relatives.", "en", "found", []),
    ("Au total, 2 900 personnes sont toujours hébergées dans des centres ; les autres évacués ont trouvé refuge chez "
     "des proches.", "fr", "évacués", []),
    # a colon before a list with no verb leaves the figure to the event it tells of
    ("Bilan : 12 morts.", "fr", "morts", ["12"]),
    # a headline's colon: the figure is of its own half
    ("Éruption du Tavuru : plus de 3 000 évacués de Paama", "fr", "évacués", ["plus de 3 000"]),
])
def test_a_figure_goes_to_an_event_word_of_its_own_clause(sentence, language, trigger, figures):
    assert _figures_by_trigger(sentence, language).get(trigger) == figures


@pytest.mark.parametrize(("text", "figure", "expected"), [
    ("They did not stop: 3,000 were evacuated.", "3,000", ("3,000 were evacuated.", False)),
    ("3,000 are housed; others left.", "3,000", ("3,000 are housed", True)),
    ("Others left; 3,000 are housed.", "3,000", ("3,000 are housed.", True)),
    ("At least 12 people \u2014 three of them children \u2014 died.", "three", ("three of them children", False)),
    ("The flight left at 10:30 with 120 people.", "120", ("The flight left at 10:30 with 120 people.", False)),
    ("Residents of Port-Vila said 300 homes were lost.", "300", ("Residents of Port-Vila said 300 homes were lost.", False)),
    ("Police seized 14 AK - 47 rifles, 31 magazines and 923 rounds, he said.", "923",
     ("Police seized 14 AK - 47 rifles, 31 magazines and 923 rounds, he said.", False)),  # a spaced hyphen is no dash
])
def test_the_clause_of_a_figure_ends_at_semicolons_colons_and_dashes(text, figure, expected):
    start = text.index(figure)
    lo, hi, closed = figure_clause(text, start, start + len(figure), 0, len(text))
    assert (text[lo:hi].strip(), closed) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab 12;:,\u2014\u2013-.", max_size=60), st.data())
def test_the_clause_always_holds_the_figure_and_no_clause_end_between(text, data):
    if not text:
        return
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    lo, hi, closed = figure_clause(text, start, end, 0, len(text))
    assert 0 <= lo <= start and end <= hi <= len(text)
    assert ";" not in text[lo:start] and ";" not in text[end:hi]
    assert closed == (";" in text[:lo][-1:] or ";" in text[hi:hi + 1])
