"""The fixture sets that bench/bench_findings.py scores: every row's folder and expectations exist,
and a set runs through the bench (figures are measured there, never asserted here)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_findings", ROOT / "bench" / "bench_findings.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_every_row_names_a_folder_and_its_expectations(bench):
    for _, folder, expected in bench.SETS:
        assert (bench.FIXTURES / folder).is_dir(), folder
        assert (bench.FIXTURES / expected).is_file(), expected


def test_the_second_blind_set_has_its_row_and_runs(bench, capsys):
    """articles_blind10, the held-out set of wave 10: a row of its own, scored like the others."""
    assert ("blind10", "articles_blind10", "articles_blind10_expected.yaml") in bench.SETS
    figures = bench.bench(bench.FIXTURES / "articles_blind10", bench.FIXTURES / "articles_blind10_expected.yaml")
    assert set(figures) == set(bench.KINDS)
    assert all(0.0 <= p <= 1.0 and 0.0 <= r <= 1.0 for p, r in figures.values())
    assert "near misses:" in capsys.readouterr().out


def test_the_third_blind_set_has_its_row_and_runs(bench, capsys):
    """articles_blind11, the held-out set of wave 11: a row of its own, scored like the others."""
    assert ("blind11", "articles_blind11", "articles_blind11_expected.yaml") in bench.SETS
    figures = bench.bench(bench.FIXTURES / "articles_blind11", bench.FIXTURES / "articles_blind11_expected.yaml")
    assert set(figures) == set(bench.KINDS)
    assert "near misses:" in capsys.readouterr().out


def test_the_fourth_blind_set_has_its_row_and_runs(bench, capsys):
    """articles_blind12, the held-out set of wave 12: a row of its own, scored like the others."""
    assert ("blind12", "articles_blind12", "articles_blind12_expected.yaml") in bench.SETS
    figures = bench.bench(bench.FIXTURES / "articles_blind12", bench.FIXTURES / "articles_blind12_expected.yaml")
    assert set(figures) == set(bench.KINDS)
    assert "near misses:" in capsys.readouterr().out


def test_the_fifth_blind_set_has_its_row_and_runs(bench, capsys):
    """articles_blind13, the held-out set of wave 13: a row of its own, scored like the others."""
    assert ("blind13", "articles_blind13", "articles_blind13_expected.yaml") in bench.SETS
    figures = bench.bench(bench.FIXTURES / "articles_blind13", bench.FIXTURES / "articles_blind13_expected.yaml")
    assert set(figures) == set(bench.KINDS)
    assert "near misses:" in capsys.readouterr().out


def test_the_sixth_blind_set_has_its_row(bench):
    """articles_blind14, the held-out set of wave 14: a row of its own (the runs above already show a
    blind set goes through the bench; one more run would only add to the suite's time)."""
    assert ("blind14", "articles_blind14", "articles_blind14_expected.yaml") in bench.SETS


def test_the_seventh_blind_set_has_its_row(bench):
    """articles_blind15, the held-out set of wave 15, the first written with evidence."""
    assert ("blind15", "articles_blind15", "articles_blind15_expected.yaml") in bench.SETS


def test_the_eighth_blind_set_has_its_row(bench):
    """articles_blind16, the held-out set of wave 16, written with evidence like blind15."""
    assert ("blind16", "articles_blind16", "articles_blind16_expected.yaml") in bench.SETS


def test_the_tenth_blind_set_has_its_row(bench):
    """articles_blind18, the held-out set of wave 18, written with evidence for all seven kinds."""
    assert ("blind18", "articles_blind18", "articles_blind18_expected.yaml") in bench.SETS


def test_the_eleventh_blind_set_has_its_row(bench):
    """articles_blind19, the held-out set of wave 19, written with evidence for all seven kinds."""
    assert ("blind19", "articles_blind19", "articles_blind19_expected.yaml") in bench.SETS


def _document_names(folder: Path) -> set[str]:
    """File stems, and the ids of JSON Lines records: the names a finding gives its documents."""
    names = {path.stem for path in folder.iterdir() if path.suffix != ".jsonl"}
    for feed in folder.glob("*.jsonl"):
        names |= {json.loads(line)["id"] for line in feed.read_text(encoding="utf-8").splitlines() if line.strip()}
    return names


@pytest.mark.parametrize("folder,expected", [("articles_blind10", "articles_blind10_expected.yaml"),
                                             ("articles_blind11", "articles_blind11_expected.yaml"),
                                             ("articles_blind12", "articles_blind12_expected.yaml"),
                                             ("articles_blind13", "articles_blind13_expected.yaml"),
                                             ("articles_blind14", "articles_blind14_expected.yaml"),
                                             ("articles_blind15", "articles_blind15_expected.yaml"),
                                             ("articles_blind16", "articles_blind16_expected.yaml"),
                                             ("articles_blind17", "articles_blind17_expected.yaml"),
                                             ("articles_blind18", "articles_blind18_expected.yaml"),
                                             ("articles_blind19", "articles_blind19_expected.yaml")])
def test_every_expectation_names_documents_of_its_set(bench, folder, expected):
    """A misspelt document name would make an expectation unmatchable: a miss no code could fix."""
    spec = yaml.safe_load((bench.FIXTURES / expected).read_text(encoding="utf-8"))
    names = _document_names(bench.FIXTURES / folder)
    for entry in spec["expected"] + spec["must_not"]:
        assert entry["kind"] in bench.KINDS, entry
        assert {str(d) for d in entry["documents"]} <= names, entry


def _document_texts(folder: Path) -> dict[str, str]:
    """Each document's text by the name a finding gives it (a JSON Lines record by its id)."""
    texts = {path.stem: path.read_text(encoding="utf-8") for path in folder.iterdir() if path.suffix != ".jsonl"}
    for feed in folder.glob("*.jsonl"):
        for line in feed.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                texts[record["id"]] = f"{record.get('title', '')}\n{record['text']}"
    return texts


@pytest.mark.parametrize("folder,expected", [("articles_blind14", "articles_blind14_expected.yaml"),
                                             ("articles_blind15", "articles_blind15_expected.yaml"),
                                             ("articles_blind16", "articles_blind16_expected.yaml"),
                                             ("articles_blind17", "articles_blind17_expected.yaml"),
                                             ("articles_blind18", "articles_blind18_expected.yaml"),
                                             ("articles_blind19", "articles_blind19_expected.yaml")])
def test_every_evidence_is_a_verbatim_piece_of_its_document(bench, folder, expected):
    """Evidence names exactly the expectation's documents and is found in each of them: a piece
    that is in no document would make an expectation unmeetable by content."""
    spec = yaml.safe_load((bench.FIXTURES / expected).read_text(encoding="utf-8"))
    texts = {name: bench.normalised(text) for name, text in _document_texts(bench.FIXTURES / folder).items()}
    for entry in spec["expected"]:
        evidence = {str(d): str(piece) for d, piece in entry["evidence"].items()}
        assert set(evidence) == {str(d) for d in entry["documents"]}, entry
        for document, piece in evidence.items():
            assert bench.normalised(piece) in texts[document], (document, piece)


def _finding(kind, documents, quotes, subject="the cyclone's landfall", values=()):
    from crosscheck.models import Finding, FindingValue, Quote
    return Finding(fingerprint="f", kind=kind, subject=subject, summary=subject, documents=documents,
                   quotes=[Quote(document=d, path=f"{d}.txt", line=1, start=0, end=len(t), text=t) for d, t in quotes],
                   values=[FindingValue(document=d, value=v) for d, v in values])


def test_a_variant_is_met_by_the_spelling_it_gives_each_document(bench):
    """A variant quotes one line per spelling; the third document's spelling is among its values."""
    expectation, = bench.expectations([{"kind": "variant", "documents": ["a", "b", "c"],
                                        "evidence": {"a": "Nyaina Rabemananjara", "b": "Ny Aina Rabemananjara",
                                                     "c": "Nyaina Rabemananjara"}}], "what")
    quotes = [("a", "Nyaina Rabemananjara"), ("b", "Ny Aina Rabemananjara")]
    spellings = [("a", "Nyaina Rabemananjara"), ("b", "Ny Aina Rabemananjara"), ("c", "Nyaina Rabemananjara")]
    assert expectation.met_by_content(_finding("variant", ["a", "b", "c"], quotes, values=spellings))
    assert not expectation.met_by_content(_finding("variant", ["a", "b", "c"], quotes, values=spellings[:2]))


@pytest.mark.parametrize("quotes,met", [
    # each document quotes its evidence: case, white space and a typographic apostrophe aside
    ([("a", "The storm made LANDFALL  near Vatomandry late on Sunday."), ("b", "Selon le maire, l’alerte rouge\u00a0n’a été donnée que dimanche.")], True),
    ([("a", "made landfall near Vatomandry"), ("b", "l'alerte rouge n'a été donnée")], True),
    # b quotes another sentence of its own: the finding is of the right kind, not the right content
    ([("a", "The storm made landfall near Vatomandry."), ("b", "Le bilan s'élève à 12 morts.")], False),
    # a piece of the evidence is not the evidence
    ([("a", "The storm made landfall near Vatomandry."), ("b", "L'alerte rouge a été donnée samedi.")], False),
    # the evidence of b quoted under a's name does not count for b
    ([("a", "made landfall near Vatomandry; l'alerte rouge n'a été donnée")], False),
])
def test_an_expectation_is_met_by_content_only_when_each_document_quotes_its_evidence(bench, quotes, met):
    expectation, = bench.expectations([{"kind": "contradiction", "documents": ["a", "b"],
                                        "evidence": {"a": "Landfall near Vatomandry", "b": "l'alerte rouge n'a été donnée"}}], "what")
    assert expectation.met_by_content(_finding("contradiction", ["a", "b"], quotes)) is met


def test_content_needs_the_kind_documents_and_aspect_first(bench):
    expectation, = bench.expectations([{"kind": "agreement", "documents": ["a", "b"], "aspect": "2017",
                                        "evidence": {"a": "enawo", "b": "enawo"}}], "what")
    quotes = [("a", "Enawo killed 81 people in 2017."), ("b", "Enawo avait fait 81 morts.")]
    assert expectation.met_by_content(_finding("agreement", ["a", "b"], quotes, subject="Enawo 2017"))
    assert not expectation.met_by_content(_finding("agreement", ["a", "b"], quotes, subject="Enawo"))
    assert not expectation.met_by_content(_finding("contradiction", ["a", "b"], quotes, subject="Enawo 2017"))
    assert not expectation.met_by_content(_finding("agreement", ["a", "b", "c"], quotes, subject="Enawo 2017"))


def test_the_typographic_forms_read_as_plain(bench):
    assert bench.normalised("  L’alerte\u00a0« rouge »\n") == "l'alerte \" rouge \""


def test_one_to_one_by_content_pairs_a_finding_with_one_expectation(bench):
    expected = bench.expectations([{"kind": "change", "documents": ["a", "b"], "evidence": {"a": "four", "b": "12 morts"}},
                                   {"kind": "change", "documents": ["a", "b"], "evidence": {"a": "20,000", "b": "48 000"}}],
                                  "what")
    both = _finding("change", ["a", "b"], [("a", "killing four; 20,000 fled"), ("b", "12 morts et 48 000 sinistrés")])
    deaths = _finding("change", ["a", "b"], [("a", "killing four"), ("b", "12 morts")])
    assert bench.one_to_one([both], expected, by_content=True) == 1
    assert bench.one_to_one([both, deaths], expected, by_content=True) == 2
    assert bench.one_to_one([deaths, deaths], expected, by_content=True) == 1


def test_a_set_with_evidence_prints_its_content_row(bench, capsys, tmp_path):
    """A tiny set of two articles: the by-content row and its misses are printed, the other rows as before."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "one.txt").write_text("Storm hits coast\n\nMarch 3, 2026\n\nThe storm killed four people on Monday, officials said.\n",
                                    encoding="utf-8")
    expected = tmp_path / "expected.yaml"
    expected.write_text(yaml.safe_dump({"expected": [{"kind": "single_source", "documents": ["one"], "what": "four dead",
                                                      "evidence": {"one": "killed four people"}}],
                                        "must_not": []}), encoding="utf-8")
    bench.bench(folder, expected)
    out = capsys.readouterr().out
    assert "by content" in out and "one-to-one" in out and "near misses: 0/0" in out
