"""The English words of denying (tools/build_denial_words.py, rules/en/events/denials.yaml): the
inflections the tool writes, and the shipped table as the tool writes it from WordNet (when the
WordNet database is installed). Words are written for this test."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import build_denial_words as denial_words  # noqa: E402

WORDNET = Path("/usr/share/wordnet")


@pytest.mark.parametrize("lemma, irregular, forms", [
    ("deny", {"deny": ["denied"]}, ["denied", "denies", "deny", "denying"]),
    ("refute", {}, ["refute", "refuted", "refutes", "refuting"]),
    ("disavow", {}, ["disavow", "disavowed", "disavowing", "disavows"]),
    ("rebut", {"rebut": ["rebutted", "rebutting"]}, ["rebut", "rebuts", "rebutted", "rebutting"]),
    ("dismiss", {}, ["dismiss", "dismissed", "dismisses", "dismissing"]),
])
def test_a_verb_is_written_with_its_inflections(lemma, irregular, forms):
    assert denial_words._forms(lemma, irregular) == forms


@given(st.from_regex(r"[a-z]{2,8}[bcdfgklmnprtvw]", fullmatch=True))
def test_every_regular_verb_keeps_its_lemma_and_gets_three_more_forms(lemma):
    forms = denial_words._forms(lemma, {})
    assert lemma in forms and len(forms) == 4 and all(f.startswith(lemma[:-1]) for f in forms)


@pytest.mark.skipif(not (WORDNET / "data.verb").is_file(), reason="WordNet (wordnet-base) is not installed")
def test_the_shipped_table_is_the_tools_output(tmp_path):
    out = tmp_path / "denials.yaml"
    denial_words.main(WORDNET, out)
    assert out.read_text(encoding="utf-8") == (ROOT / "rules/en/events/denials.yaml").read_text(encoding="utf-8")
