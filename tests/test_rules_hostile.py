"""Hostile rule files and configuration: every one is an E2xx line with a position, never a hang or a crash."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from crosscheck.cli import cli
from crosscheck.clean.rulefile import LinePatterns
from crosscheck.extract.name_rules import RolePattern
from crosscheck.rules import RuleError, compile_regex, configured_rule_dirs, load_rule_file, nested_quantifier

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

BOMB = """kind: entities
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


def test_yaml_alias_bomb_is_an_error_with_position(tmp_path):
    path = tmp_path / "bomb.yaml"
    path.write_text(BOMB, encoding="utf-8")
    started = time.monotonic()
    model, problems = load_rule_file(path)
    assert model is None and time.monotonic() - started < 30
    assert [p.code for p in problems] == ["E204"] and problems[0].line and "alias" in problems[0].message


@pytest.mark.parametrize("text", ["kind: entities\nv: " + "[" * 20_000 + "]" * 20_000 + "\n",
                                  "kind: entities\nv:\n" + "".join("  " * i + "-\n" for i in range(1, 2_000))])
def test_deep_yaml_is_an_error_with_position(tmp_path, text):
    path = tmp_path / "deep.yaml"
    path.write_text(text, encoding="utf-8")
    model, problems = load_rule_file(path)
    assert model is None and len(problems) == 1
    assert problems[0].code.startswith("E20") and problems[0].line is not None


@pytest.mark.parametrize("pattern", [r"(a+)+$", r"(\w+\s?)*$", r"(a*b*)*x", r"((ab)+)+", r"x|(?:\d+)*y"])
def test_catastrophic_regex_is_refused_at_load(pattern):
    assert nested_quantifier(pattern) is not None
    with pytest.raises(ValueError, match="exponential"):
        compile_regex(pattern)


@pytest.mark.parametrize("pattern", [r"(?:[A-Z]\w+\s+)+", r"\d+(?:,\d{3})*", r"(?:\s+\w+){0,3}", r"(?:Mr|Mrs)\.?\s+\w+"])
def test_ordinary_repeats_are_accepted(pattern):
    assert nested_quantifier(pattern) is None and compile_regex(pattern)


@pytest.mark.parametrize("content", ["tool = 5\n", "[tool]\ncrosscheck = 5\n", "x = " + "[" * 5000 + "]" * 5000 + "\n"])
def test_bad_pyproject_is_e208(tmp_path, content):
    (tmp_path / "pyproject.toml").write_text(content, encoding="utf-8")
    with pytest.raises(RuleError) as error:
        configured_rule_dirs(tmp_path)
    assert [p.code for p in error.value.problems] == ["E208"]


@pytest.mark.parametrize("content", ["[" * 100_000 + "]" * 100_000, '{"schema": ' + "9" * 5000 + "}"])
def test_deep_or_huge_number_baseline_is_the_one_line_baseline_error(tmp_path, content):
    baseline = tmp_path / "baseline.json"
    baseline.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(cli, [str(SEEDS), "--baseline", str(baseline)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "not valid JSON" in result.stderr and "Traceback" not in result.stderr



_EXAMPLES = {"match": ["x"], "no_match": ["y"]}


@pytest.mark.parametrize("build", [
    lambda pattern: LinePatterns(patterns=[pattern], examples=_EXAMPLES),
    lambda pattern: RolePattern(before=pattern, examples=_EXAMPLES),
    lambda pattern: RolePattern(after=pattern, examples=_EXAMPLES),
], ids=["furniture line pattern", "role before a name", "role after a name"])
def test_every_rule_regex_a_user_writes_passes_the_backtracking_check(build):
    # furniture line patterns and role phrases are compiled by their own stages: they must be
    # refused at load like every other rule regex, never left to hang a run
    with pytest.raises(ValueError, match="exponential"):
        build(r"(\w+\s?)*$")
    build(r"(?:[A-Z]\w+\s+)+")  # an ordinary repeat still loads
