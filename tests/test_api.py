"""The library API at the package root: one path means one path, for articles and for rules."""

from __future__ import annotations

from pathlib import Path

import pytest

import crosscheck
from crosscheck.rules import load_rules

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "002_358a4b9e5b634885.txt"


@pytest.fixture(scope="module")
def pack():
    return load_rules()


@pytest.mark.parametrize("given", [str(SEED), SEED, [str(SEED)], (SEED,)])
def test_one_path_as_string_or_path_or_list(given, pack):
    report = crosscheck.check(given, rules=pack)
    assert [d.id for d in report.documents] == [SEED.stem] and report.problems == []


def test_rules_as_one_folder_string_or_path(tmp_path):
    rules = tmp_path / "house"
    rules.mkdir()
    (rules / "broken.yaml").write_text("kind: nonsense\n", encoding="utf-8")
    for given in (str(rules), rules):
        with pytest.raises(crosscheck.RuleError) as error:
            crosscheck.check(str(SEED), rules=given)
        assert [p.code for p in error.value.problems] == ["E206"]
