"""Configuration is found by walking up from the working folder to the repository root."""

from __future__ import annotations

from crosscheck.rules import configured_rule_dirs, find_config


def test_config_found_in_a_parent_folder_up_to_the_repository_root(tmp_path):
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "pyproject.toml").write_text('[tool.crosscheck]\nrules = ["house-rules"]\n', encoding="utf-8")
    deep = repo / "desk" / "today"
    deep.mkdir(parents=True)
    assert find_config(deep) == repo / "pyproject.toml"
    assert configured_rule_dirs(deep) == [repo / "house-rules"]


def test_nearest_crosscheck_table_wins_and_the_walk_stops_at_the_repository(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.crosscheck]\nrules = ["outside"]\n', encoding="utf-8")
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert configured_rule_dirs(repo) == []  # the file above the repository is not ours
    sub = repo / "sub"
    sub.mkdir()
    (sub / "pyproject.toml").write_text('[tool.crosscheck]\nrules = "local"\n', encoding="utf-8")
    assert configured_rule_dirs(sub / ".") == [sub / "local"]
