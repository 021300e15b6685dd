"""The house check (tools/house.py): the real tree passes, and each rule catches its breach."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import house  # noqa: E402


def test_the_source_tree_keeps_the_house_rules():
    assert house.check(ROOT / "src" / "crosscheck") == []


@pytest.fixture
def package(tmp_path):
    """A small crosscheck package: models, extract, normalise, compare and report."""
    root = tmp_path / "crosscheck"
    files = {
        "__init__.py": "",
        "models.py": "class Document: ...\n",
        "extract/__init__.py": "from ..models import Document\n",
        "normalise/__init__.py": "from ..extract import Document\n",
        "compare/__init__.py": "",
        "report/__init__.py": "",
        "report/_shared.py": "def _helper(): ...\n",
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def found(root):
    return [(b.check, b.module) for b in house.breaches(root)]


def test_a_clean_package_has_no_breach(package):
    assert found(package) == []


def test_an_import_circle_is_found_even_inside_a_function(package):
    (package / "compare" / "a.py").write_text("from .b import x\n", encoding="utf-8")
    (package / "compare" / "b.py").write_text("def x():\n    from .a import y\n", encoding="utf-8")
    assert ("circle", "crosscheck.compare.a") in found(package)


def test_a_private_module_or_name_of_another_stage_is_found(package):
    (package / "compare" / "x.py").write_text("from ..report._shared import _helper\n", encoding="utf-8")
    breaches = [b.render() for b in house.breaches(package)]
    assert "private: crosscheck.compare.x: imports the private module crosscheck.report._shared" in breaches
    assert "private: crosscheck.compare.x: imports _helper from crosscheck.report._shared" in breaches


def test_a_private_module_of_the_own_stage_is_allowed(package):
    (package / "report" / "text.py").write_text("from ._shared import _helper\n", encoding="utf-8")
    assert found(package) == []


def test_an_import_against_the_data_flow_is_found(package):
    (package / "extract" / "numbers.py").write_text("from ..normalise import Document\n", encoding="utf-8")
    assert found(package) == [("upstream", "crosscheck.extract.numbers")]


def test_a_module_over_the_line_limit_is_found(package):
    (package / "compare" / "big.py").write_text("x = 1\n" * (house.MAX_LINES + 1), encoding="utf-8")
    assert found(package) == [("size", "crosscheck.compare.big")]


def test_a_known_breach_passes_and_is_named_once_it_is_fixed(package, monkeypatch):
    monkeypatch.setattr(house, "KNOWN", {("size", "crosscheck.compare.big"): "being split"})
    (package / "compare" / "big.py").write_text("x = 1\n" * (house.MAX_LINES + 1), encoding="utf-8")
    assert house.check(package) == [] and house.gone(package) == []
    (package / "compare" / "big.py").write_text("x = 1\n", encoding="utf-8")
    assert house.check(package) == [] and house.gone(package) == ["size: crosscheck.compare.big"]
