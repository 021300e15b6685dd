"""The repository's .pre-commit-hooks.yaml: valid hooks whose entries the CLI accepts."""

from __future__ import annotations

import shlex
from pathlib import Path

import yaml
from click.testing import CliRunner

from crosscheck.cli import cli

HOOKS = Path(__file__).resolve().parent.parent / ".pre-commit-hooks.yaml"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_hooks_have_the_fields_pre_commit_needs_and_run_on_the_seeds(tmp_path, monkeypatch):
    hooks = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    assert [hook["id"] for hook in hooks] == ["crosscheck", "crosscheck-baseline"]
    for hook in hooks:
        assert {"id", "name", "entry", "language"} <= set(hook) and hook["language"] == "python"
        argv = shlex.split(hook["entry"])
        assert argv[0] == "crosscheck"
        monkeypatch.chdir(tmp_path)
        (tmp_path / "crosscheck-baseline.json").write_text('{"schema": "crosscheck/baseline-1", "findings": []}')
        files = sorted(str(path) for path in SEEDS.glob("*.txt"))
        result = CliRunner().invoke(cli, [*argv[1:], *files])
        assert result.exit_code == 0, result.output  # the seeds hold no contradiction
