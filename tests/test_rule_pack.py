"""Meta-tests over the default rule pack: it loads, and every pattern rule carries examples."""

from __future__ import annotations

import re

from pydantic import BaseModel

from crosscheck.rules import default_rules_dir, load_rules


def _walk(node, path, found):
    """Yield (path, model, has_patterns) for every pydantic model in a rule file."""
    if isinstance(node, BaseModel):
        has_patterns = any(
            isinstance(value, re.Pattern)
            or (isinstance(value, (list, tuple)) and value and all(isinstance(v, re.Pattern) for v in value))
            for value in vars(node).values()
        )
        found.append((path, node, has_patterns))
        for name, value in vars(node).items():
            _walk(value, f"{path}.{name}", found)
    elif isinstance(node, (list, tuple)):
        for index, item in enumerate(node):
            _walk(item, f"{path}[{index}]", found)
    elif isinstance(node, dict):
        for key, item in node.items():
            _walk(item, f"{path}[{key!r}]", found)
    return found


def test_default_pack_has_every_stage_kind():
    pack = load_rules()
    assert {"furniture", "time", "quantities", "entities", "titles", "events", "claim_cues", "compare_settings"} <= set(pack.files)
    assert all(path.is_relative_to(default_rules_dir()) for path in pack.sources)


def test_every_examples_block_has_match_and_no_match():
    pack = load_rules()
    missing = []
    for kind, files in pack.files.items():
        for index, rule_file in enumerate(files):
            for path, model, _ in _walk(rule_file, f"{kind}[{index}]", []):
                examples = getattr(model, "examples", None)
                if isinstance(examples, BaseModel):
                    if not getattr(examples, "match", None) or not getattr(examples, "no_match", None):
                        missing.append(path)
    assert missing == [], f"examples without both match and no_match: {missing}"


def test_every_pattern_rule_is_documented_by_examples():
    pack = load_rules()
    undocumented = []
    pattern_rules = 0
    for kind, files in pack.files.items():
        for index, rule_file in enumerate(files):
            found = _walk(rule_file, f"{kind}[{index}]", [])
            pattern_rules += sum(1 for _, _, has_patterns in found if has_patterns)
            documented = [path for path, model, _ in found if isinstance(getattr(model, "examples", None), BaseModel)]
            for path, _, has_patterns in found:
                if has_patterns and not any(path.startswith(d) or d.startswith(path) for d in documented):
                    undocumented.append(path)
    assert pattern_rules >= 20, "the walk found too few compiled patterns to mean anything"
    assert undocumented == [], f"pattern rules without examples: {undocumented}"
