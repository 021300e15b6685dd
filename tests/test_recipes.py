"""The recipes of docs/architecture.md, each followed once (issue 19, item 4).

1. An output format: a renderer registered in ``report.FORMATS`` is what ``render`` and the
   command line's ``--format`` offer.
2. An event class: a rules folder with one ``events`` file makes claims and findings of that
   class, with no code change (tests/fixtures/recipes/event_class/).
3. A language: a rules folder with ``<lang>/furniture.yaml`` and ``<lang>/events/`` makes pages
   in that language read with their own rules (tests/fixtures/recipes/language/).
"""

from __future__ import annotations

from pathlib import Path

from crosscheck.cli.check import FORMAT_NAMES
from crosscheck.models import Report
from crosscheck.pipeline import check
from crosscheck.report import FORMATS, render
from crosscheck.rules import load_rules

RECIPES = Path(__file__).resolve().parent / "fixtures" / "recipes"


def render_tsv(report: Report, *, color: bool = False, baseline=None) -> str:
    """Recipe 1, step 1: a renderer (one line per finding: id, kind, subject)."""
    return "".join(f"{f.id}\t{f.kind}\t{f.subject}\n" for f in report.findings)


def test_recipe_1_an_output_format_is_one_renderer_registered_in_formats(monkeypatch):
    monkeypatch.setitem(FORMATS, "tsv", render_tsv)  # step 2: register it
    report = check([RECIPES / "event_class_articles"])
    rows = [line.split("\t") for line in render(report, "tsv").splitlines()]
    assert rows and all(row[0].startswith("F-") for row in rows)  # render() gave every finding its id
    assert [row[1] for row in rows] == [f.kind for f in report.findings]


def test_recipe_1_the_command_line_offers_every_registered_format():
    """Step 3 of the recipe: the --format choices are the registered formats."""
    assert tuple(FORMATS) == FORMAT_NAMES


def test_recipe_2_an_event_class_added_from_a_rules_folder():
    articles = [RECIPES / "event_class_articles"]
    without = check(articles)
    assert not any("labour strike" in f.summary for f in without.findings)
    pack = load_rules([RECIPES / "event_class"])
    report = check(articles, rules=pack)
    strikes = [f for f in report.findings if "labour strike" in f.summary]
    assert [f.kind for f in strikes] == ["agreement"]
    assert sorted(v.value for v in strikes[0].values) == ["2025-06-09", "2025-06-09"]
    assert {c.kind for c in report.claims if c.id in strikes[0].claims} == {"strike"}


def test_recipe_3_a_language_added_from_a_rules_folder():
    articles = [RECIPES / "language_articles"]
    without = check(articles)
    assert {(p.code, Path(p.path).name) for p in without.problems if p.code == "W203"} == {
        ("W203", "diario_del_sur.txt"), ("W203", "la_voz_del_sahel.txt")}
    report = check(articles, rules=load_rules([RECIPES / "language"]))
    assert [d.language for d in report.documents] == ["es", "es"]
    assert not [p for p in report.problems if p.code == "W203"]
    assert [d.title for d in report.documents] == ["Tiani y Putin hablan de seguridad en Moscú",
                                                   "Encuentro en Moscú entre Putin y el jefe de la junta de Níger"]
    meetings = [c for c in report.claims if c.kind == "meeting"]
    assert {c.document for c in meetings} == {"diario_del_sur", "la_voz_del_sahel"}
    agreed = [f for f in report.findings if f.kind == "agreement" and "meeting" in f.subject]
    assert len(agreed) == 1 and set(agreed[0].documents) == {"diario_del_sur", "la_voz_del_sahel"}
