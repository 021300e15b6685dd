"""Rule-pack loader: positions in errors, strings kept as strings, all errors at once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import field_validator

import crosscheck.rules as rules_module
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


# -- validated packs kept in the cache folder ----------------------------------------------------

_WORDS = "kind: test_words\nwords: [alpha, beta]\npattern: 'al(pha)?'\n"


def _refuse_to_read(path):
    raise AssertionError(f"{path} was read again: the cached pack was not used")


def test_a_second_load_with_a_cache_folder_reads_the_validated_pack_back(tmp_path, monkeypatch):
    rules_dir, cache = tmp_path / "rules", tmp_path / "cache"
    rules_dir.mkdir()
    write(rules_dir, "words.yaml", _WORDS)
    first = load_rules([rules_dir], include_default=False, cache_dir=cache)
    monkeypatch.setattr(rules_module, "load_rule_file", _refuse_to_read)
    again = load_rules([rules_dir], include_default=False, cache_dir=cache)
    assert again == first
    assert again.get("test_words")[0].pattern.match("alpha").group() == "alpha"


def test_the_default_pack_from_the_cache_equals_the_one_loaded_from_its_files(tmp_path):
    fresh = load_rules()
    load_rules(cache_dir=tmp_path)
    cached = load_rules(cache_dir=tmp_path)
    assert cached.files == fresh.files and cached.sources == fresh.sources


def test_an_edited_rule_file_is_loaded_again_not_taken_from_the_cache(tmp_path):
    rules_dir, cache = tmp_path / "rules", tmp_path / "cache"
    rules_dir.mkdir()
    write(rules_dir, "words.yaml", _WORDS)
    load_rules([rules_dir], include_default=False, cache_dir=cache)
    write(rules_dir, "words.yaml", _WORDS.replace("beta", "gamma"))
    assert load_rules([rules_dir], include_default=False, cache_dir=cache).get("test_words")[0].words == ["alpha", "gamma"]


def test_a_broken_cached_pack_is_ignored_and_replaced(tmp_path):
    rules_dir, cache = tmp_path / "rules", tmp_path / "cache"
    rules_dir.mkdir()
    write(rules_dir, "words.yaml", _WORDS)
    load_rules([rules_dir], include_default=False, cache_dir=cache)
    [kept] = (cache / "rules").glob("*.pickle")
    kept.write_bytes(b"\x80\x05 not a pickle")
    assert load_rules([rules_dir], include_default=False, cache_dir=cache).get("test_words")[0].words == ["alpha", "beta"]
    assert kept.read_bytes().startswith(b"\x80") and len(kept.read_bytes()) > 20


def test_rule_errors_are_reported_with_a_cache_folder_and_nothing_is_kept(tmp_path):
    rules_dir, cache = tmp_path / "rules", tmp_path / "cache"
    rules_dir.mkdir()
    write(rules_dir, "words.yaml", "kind: test_words\nwords: 3\n")
    for _ in range(2):
        with pytest.raises(RuleError):
            load_rules([rules_dir], include_default=False, cache_dir=cache)
    assert not list(cache.glob("rules/*.pickle"))


def test_an_unwritable_cache_folder_only_costs_the_cache(tmp_path):
    rules_dir, blocked = tmp_path / "rules", tmp_path / "a-file"
    rules_dir.mkdir()
    write(rules_dir, "words.yaml", _WORDS)
    blocked.write_text("not a folder")
    assert load_rules([rules_dir], include_default=False, cache_dir=blocked).get("test_words")[0].words == ["alpha", "beta"]


def test_loading_restores_the_collectors_threshold_also_after_an_error(tmp_path, monkeypatch):
    """A pack is loaded with a higher first-generation threshold (fewer full collections over
    the objects it builds); the caller's threshold is back afterwards, also when loading fails."""
    import gc

    during = []
    import_kinds = rules_module._import_kinds
    monkeypatch.setattr(rules_module, "_import_kinds", lambda: (during.append(gc.get_threshold()), import_kinds()))
    previous = gc.get_threshold()
    try:
        gc.set_threshold(1234, 11, 12)
        load_rules()
        assert gc.get_threshold() == (1234, 11, 12)
        with pytest.raises(RuleError):
            load_rules([tmp_path / "missing"])
        assert gc.get_threshold() == (1234, 11, 12)
    finally:
        gc.set_threshold(*previous)
    assert during == [(100_000, 11, 12)] * 2


# -- rule files validated once per process ------------------------------------------------------

def test_a_second_load_of_the_same_files_shares_their_validated_models(tmp_path):
    rules_dir = tmp_path / "rules"
    rules_dir.mkdir()
    write(rules_dir, "words.yaml", _WORDS)
    first, again = (load_rules([rules_dir], include_default=False) for _ in range(2))
    assert again.get("test_words")[0] is first.get("test_words")[0]
    assert again.files is not first.files and again.sources == first.sources  # each load its own pack
    write(rules_dir, "words.yaml", _WORDS.replace("beta", "gamma"))  # an edited file is validated again
    assert load_rules([rules_dir], include_default=False).get("test_words")[0].words == ["alpha", "gamma"]


def test_a_run_leaves_the_shared_rule_models_as_they_were():
    """Packs loaded from the same files share their models, so a run must never change one."""
    from crosscheck.pipeline import check

    pack = load_rules()
    before = [(kind, [repr(model.__dict__) for model in models]) for kind, models in sorted(pack.files.items())]
    check([Path(__file__).resolve().parent.parent / "seeds"])
    assert [(kind, [repr(model.__dict__) for model in models]) for kind, models in sorted(load_rules().files.items())] == before
