"""Rule-pack loader: positions in errors, strings kept as strings, all errors at once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import field_validator

from crosscheck.rules import RuleError, RuleFile, compile_regex, configured_rule_dirs, load_rule_file, load_rules, rule_kind


@rule_kind("test_words")
class WordRules(RuleFile):
    words: list[str]
    pattern: re.Pattern | None = None
    label: str = ""

    @field_validator("pattern", mode="before")
    @classmethod
    def compile_pattern(cls, value):
        return compile_regex(value) if isinstance(value, str) else value


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_scalars_stay_strings(tmp_path):
    model, problems = load_rule_file(write(tmp_path, "a.yaml", "kind: test_words\nwords: [no, 2024-03-01, 1.5]\nlabel: yes\n"))
    assert problems == []
    assert model.words == ["no", "2024-03-01", "1.5"] and model.label == "yes"


@pytest.mark.parametrize(
    ("text", "code", "line", "column"),
    [
        ("kind: test_words\nwords: [a]\npattern: '(unclosed'\n", "E207", 3, 10),
        ("kind: test_words\nwords: [a]\nextra: 1\n", "E207", 3, 8),
        ("kind: nonsense\n", "E206", 1, 7),
        ("kind: test_words\nwords: [a\n", "E202", None, None),
        ("- just a list\n", "E205", 1, 1),
        ("kind: test_words\nwords: [a]\nwords: [b]\n", "E204", 3, 1),
        ("", "E203", 1, None),
    ],
)
def test_errors_carry_code_and_position(tmp_path, text, code, line, column):
    model, problems = load_rule_file(write(tmp_path, "bad.yaml", text))
    assert model is None
    assert problems[0].code == code
    if line is not None:
        assert problems[0].line == line
    if column is not None:
        assert problems[0].column == column
    assert problems[0].render().startswith(str(tmp_path / "bad.yaml"))


def test_every_error_of_every_file_is_collected(tmp_path):
    write(tmp_path, "one.yaml", "kind: test_words\nwords: [a]\nextra: 1\n")
    write(tmp_path, "two.yaml", "kind: test_words\n")
    with pytest.raises(RuleError) as info:
        load_rules([tmp_path], include_default=False)
    assert sorted(Path(p.path).name for p in info.value.problems) == ["one.yaml", "two.yaml"]


def test_missing_rule_folder_is_an_error(tmp_path):
    with pytest.raises(RuleError) as info:
        load_rules([tmp_path / "nowhere"], include_default=False)
    assert info.value.problems[0].code == "E200"


def test_default_pack_loads_without_errors():
    pack = load_rules()
    assert pack.sources, "the default rule pack is empty"


def test_pyproject_names_extra_rule_folders(tmp_path):
    write(tmp_path, "pyproject.toml", '[tool.crosscheck]\nrules = ["house-rules"]\n')
    assert configured_rule_dirs(tmp_path) == [tmp_path / "house-rules"]
    write(tmp_path, "pyproject.toml", "[tool.crosscheck]\nrules = 3\n")
    with pytest.raises(RuleError):
        configured_rule_dirs(tmp_path)
