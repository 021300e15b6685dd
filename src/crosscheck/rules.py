"""Rule packs: YAML files a domain expert edits, validated into pydantic models once per run.

A rule file is a YAML mapping whose top-level ``kind:`` selects its model from a closed set
(registered with :func:`rule_kind`). Scalars stay strings until pydantic converts them, so
``2024-03-01`` and ``no`` are never silently retyped by YAML. Every error of every file is
collected as a :class:`~crosscheck.models.Problem` with path, line and column; nothing is
raised half-way, so a user sees all mistakes at once.
"""

from __future__ import annotations

import gc
import importlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import re._constants as _sre
import re._parser as _sre_parse

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .models import Problem

T = TypeVar("T", bound="RuleFile")

# libyaml's composer when PyYAML was built with it (same nodes and marks, ~10x faster on large tables).
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_KINDS: dict[str, type["RuleFile"]] = {}

# Modules that define rule kinds; imported lazily so that rules.py imports no stage.
_KIND_MODULES = (
    "crosscheck.clean",
    "crosscheck.extract.times",
    "crosscheck.extract.quantities",
    "crosscheck.extract.names",
    "crosscheck.extract.claims",
    "crosscheck.extract.lexicon",
    "crosscheck.extract.lexicon_translations",
    "crosscheck.extract.states",
    "crosscheck.compare",
    "crosscheck.verify.titles",
)


class RuleModel(BaseModel):
    """Base of every model read from a rule file: unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)


class RuleExamples(RuleModel):
    """Texts a rule must match and must not match; the test suite runs them, and they document the rule."""

    match: list[str] = Field(min_length=1)
    no_match: list[str] = Field(min_length=1)


class RuleFile(RuleModel):
    """Base of every rule-file model; ``kind`` selects it."""

    kind: str
    # ISO 639-1 code of the language the file describes ("en", "fr"); None for language-neutral
    # data (entities, comparison settings). Language files live under rules/<language>/.
    language: str | None = None


def compile_regex(pattern: str, flags: int = 0) -> re.Pattern:
    """Compile a rule's regex, turning a syntax error into a ValueError pydantic reports with its position.

    A pattern that can backtrack catastrophically (:func:`nested_quantifier`) is refused the same
    way: one such rule in a user's folder would otherwise hang every run on an unlucky sentence.
    """
    try:
        compiled = re.compile(pattern, flags)
    except re.error as exc:
        raise ValueError(f"invalid regex {pattern!r}: {exc}") from None
    culprit = nested_quantifier(pattern, flags)
    if culprit is not None:
        raise ValueError(f"regex {pattern!r} can take exponential time: a repeated group ({culprit}) holds "
                         "only repeated parts; give it a fixed part (a word, a separator) or drop a quantifier")
    return compiled


_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT)}


def nested_quantifier(pattern: str, flags: int = 0) -> str | None:
    """The first unbounded repeat whose body is made only of unbounded-or-optional repeats, as in
    ``(a+)+``, ``(\\w+\\s?)*`` or ``(a*b*)*``: the classic shapes of catastrophic backtracking.
    A body with a fixed element (``([A-Z]\\w+ )+``) splits the input one way only and passes."""
    try:
        parsed = _sre_parse.parse(pattern, flags)
    except re.error:
        return None
    return _find_nested(list(parsed))


def _find_nested(items: list) -> str | None:
    for op, arg in items:
        if op in _REPEATS:
            low, high, body = arg
            body = list(body)
            if high == _sre.MAXREPEAT and _only_repeats(body):
                return f"repeat of {len(body)} part(s) at {{{low},}}"
            found = _find_nested(body)
        elif op == _sre.SUBPATTERN:
            found = _find_nested(list(arg[-1]))
        elif op == _sre.BRANCH:
            found = next((hit for branch in arg[1] if (hit := _find_nested(list(branch))) is not None), None)
        else:
            found = None
        if found is not None:
            return found
    return None


def _only_repeats(body: list) -> bool:
    """True when every element of ``body`` is a variable repeat (or a group of such), and one is unbounded."""
    unbounded = False
    for op, arg in body:
        if op == _sre.SUBPATTERN:
            inner = list(arg[-1])
            if not _only_repeats(inner):
                return False
            unbounded = True
        elif op in _REPEATS:
            low, high, _ = arg
            if low == high:
                return False
            unbounded = unbounded or high == _sre.MAXREPEAT
        elif op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue
        else:
            return False
    return unbounded


def rule_kind(name: str):
    """Class decorator registering a rule-file model under its ``kind:`` name."""

    def register(cls: type[T]) -> type[T]:
        _KINDS[name] = cls
        return cls

    return register


class RuleError(Exception):
    """Raised by :func:`load_rules` when any rule file is invalid; carries every problem."""

    def __init__(self, problems: list[Problem]):
        super().__init__(f"{len(problems)} rule error(s)")
        self.problems = problems


@dataclass
class RulePack:
    """All rule files of a run, by kind, in load order (default pack first)."""

    files: dict[str, list[Any]] = field(default_factory=dict)
    sources: list[Path] = field(default_factory=list)

    def get(self, kind: str, language: str | None = None) -> list[Any]:
        """Files of ``kind``; with ``language``, only that language's files and language-neutral ones."""
        files = self.files.get(kind, [])
        if language is None:
            return files
        return [f for f in files if f.language in (None, language)]

    def languages(self) -> list[str]:
        """Every language some rule file describes, sorted."""
        return sorted({f.language for files in self.files.values() for f in files if f.language})


def default_rules_dir() -> Path:
    """The rule pack shipped with the package (``crosscheck/_rules`` in a wheel, ``rules/`` in a checkout)."""
    here = Path(__file__).resolve().parent
    installed = here / "_rules"
    if installed.is_dir():
        return installed
    return here.parent.parent / "rules"


MAX_RULE_DEPTH = 64
"""Deepest nesting a rule file may have; real files nest a handful of levels."""
MAX_RULE_NODES = 250_000
"""Most values a rule file may expand to once its aliases are followed (a "billion laughs" file
of a few lines would otherwise expand to billions and exhaust memory)."""


def _node_to_python(node: yaml.Node, loc: tuple, positions: dict[tuple, tuple[int, int]],
                    budget: list[int] | None = None) -> Any:
    budget = budget if budget is not None else [MAX_RULE_NODES]
    budget[0] -= 1
    if budget[0] < 0:
        raise _PositionedError(node, f"aliases expand to more than {MAX_RULE_NODES:,} values (an alias bomb?)")
    if len(loc) > MAX_RULE_DEPTH:
        raise _PositionedError(node, f"nested deeper than {MAX_RULE_DEPTH} levels")
    positions[loc] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
            if key in out:
                raise _PositionedError(key_node, f"duplicate key {key!r}")
            out[key] = _node_to_python(value_node, loc + (key,), positions, budget)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_node_to_python(item, loc + (i,), positions, budget) for i, item in enumerate(node.value)]
    if node.tag == "tag:yaml.org,2002:null" and node.value in ("", "~", "null", "Null", "NULL"):
        return None
    return node.value


class _PositionedError(Exception):
    def __init__(self, node: yaml.Node, message: str):
        super().__init__(message)
        self.line = node.start_mark.line + 1
        self.column = node.start_mark.column + 1


def _loc_text(loc: tuple) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _nearest_position(loc: tuple, positions: dict[tuple, tuple[int, int]]) -> tuple[int, int]:
    while loc and loc not in positions:
        loc = loc[:-1]
    return positions.get(loc, (1, 1))


# Rule files this process validated, by (path, text): a second load of the same file reads its
# model from here (a run of the library, a test, a verify after a check each load the pack;
# parsing and validating the default pack is about half a CPU-second, more than a small run's
# own work). Rule models are read-only once validated: every pack loaded from the same files
# shares them, as the stages compiled from a pack share them already.
_VALIDATED: dict[tuple[str, str], Any] = {}


def load_rule_file(path: Path) -> tuple[Any | None, list[Problem]]:
    """Parse and validate one rule file; returns the model or the problems found."""
    shown = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem(path=shown, code="E201", message=f"cannot read rule file: {exc}", severity="error")]
    model = _VALIDATED.get((shown, text))
    if model is None:
        model, problems = _validated_rule_file(text, shown)
        if problems or model is None:
            return model, problems
        _VALIDATED[(shown, text)] = model
    return model, []


def _validated_rule_file(text: str, shown: str) -> tuple[Any | None, list[Problem]]:
    """Parse and validate the text of one rule file (``shown``: its path, in problems)."""
    try:
        node = yaml.compose(text, Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        problem = getattr(exc, "problem", None) or str(exc)
        return None, [Problem(path=shown, line=line, column=column, code="E202", message=f"invalid YAML: {problem}", severity="error")]
    except RecursionError:  # the pure-Python composer recurses per level (libyaml stops at 1,000)
        return None, [Problem(path=shown, line=1, column=1, code="E202", message="invalid YAML: nested too deeply", severity="error")]
    if node is None:
        return None, [Problem(path=shown, line=1, code="E203", message="empty rule file", severity="error")]
    positions: dict[tuple, tuple[int, int]] = {}
    try:
        data = _node_to_python(node, (), positions)
    except _PositionedError as exc:
        return None, [Problem(path=shown, line=exc.line, column=exc.column, code="E204", message=str(exc), severity="error")]
    if not isinstance(data, dict) or "kind" not in data:
        return None, [Problem(path=shown, line=1, column=1, code="E205", message="a rule file is a mapping with a top-level 'kind:'", severity="error")]
    kind = data["kind"]
    model = _KINDS.get(kind)
    if model is None:
        line, column = positions[("kind",)]
        known = ", ".join(sorted(_KINDS))
        return None, [Problem(path=shown, line=line, column=column, code="E206", message=f"unknown kind {kind!r} (known: {known})", severity="error")]
    try:
        return model.model_validate(data), []
    except re.error as exc:
        return None, [Problem(path=shown, code="E101", message=f"uncaught invalid regex in {kind!r} rules: {exc}", severity="error")]
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            loc = tuple(error["loc"])
            line, column = _nearest_position(loc, positions)
            message = error["msg"]
            if message.startswith("Value error, "):
                message = message[len("Value error, ") :]
            problems.append(Problem(path=shown, line=line, column=column, code="E207", message=f"{_loc_text(loc)}: {message}", severity="error"))
        return None, problems


def _import_kinds() -> None:
    for module in _KIND_MODULES:
        importlib.import_module(module)


def load_rules(extra_dirs: list[Path] | None = None, include_default: bool = True,
               cache_dir: Path | None = None) -> RulePack:
    """Load the default pack plus user folders; raise :class:`RuleError` with every problem found.

    With ``cache_dir``, a pack loaded before from the same rule files by the same code is read
    back from there (:func:`_cached_pack`) instead of being parsed and validated again."""
    with _fewer_collections():
        return _load_rules(extra_dirs, include_default, cache_dir)


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Load with a higher first-generation threshold of the cyclic collector, the caller's
    restored afterwards. A pack is tens of thousands of objects that live as long as the run
    (YAML nodes on the way, models, compiled patterns): with the default threshold the collector
    ran about three full collections over them while they were built, 0.12 CPU-s of a 0.6 s load."""
    previous = gc.get_threshold()
    gc.set_threshold(max(previous[0], _LOADING_THRESHOLD), *previous[1:])
    try:
        yield
    finally:
        gc.set_threshold(*previous)


_LOADING_THRESHOLD = 100_000


def _load_rules(extra_dirs: list[Path] | None, include_default: bool, cache_dir: Path | None) -> RulePack:
    _import_kinds()
    dirs: list[Path] = []
    if include_default:
        dirs.append(default_rules_dir())
    dirs.extend(extra_dirs or [])
    problems: list[Problem] = []
    paths: list[Path] = []
    for directory in dirs:
        if not directory.is_dir():
            problems.append(Problem(path=str(directory), code="E200", message="rule folder not found", severity="error"))
            continue
        paths.extend(sorted(p for p in directory.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()))
    key = _pack_key(paths) if cache_dir is not None and not problems else None
    if key is not None:
        cached = _cached_pack(cache_dir, key)
        if cached is not None:
            return cached
    pack = RulePack()
    for path in paths:
        model, found = load_rule_file(path)
        problems.extend(found)
        if model is not None:
            pack.files.setdefault(model.kind, []).append(model)
            pack.sources.append(path)
    if problems:
        raise RuleError(problems)
    if key is not None:
        _keep_pack(cache_dir, key, pack)
    return pack


# -- compiled packs kept across runs ----------------------------------------------------------
# Reading and validating the default pack (YAML, pydantic, the regex checks) is a quarter of a
# run's start-up; a worker or a second run over the same rules reads the validated pack back
# from a pickle instead. The key covers everything the pack depends on: the rule files' names
# and bytes, crosscheck's own code, and the versions of Python and pydantic (whose classes the
# pickle names). A missing, stale or unreadable file is never an error: the pack is loaded
# from the rule files as without a cache.

_PACK_FOLDER = "rules"
_PACKS_KEPT = 8  # packs of other rule sets or builds kept beside the newest (about 1 MB each)


def _pack_key(paths: list[Path]) -> str | None:
    """The hash the pickle of the pack loaded from ``paths`` is kept under; None when a file
    cannot be read (the load reports it)."""
    import hashlib
    import sys

    import pydantic

    from .fingerprint import code_fingerprint

    digest = hashlib.blake2b(digest_size=16)
    for part in (sys.version, pydantic.VERSION, yaml.__version__, code_fingerprint()):
        digest.update(part.encode() + b"\0")
    try:
        for path in paths:
            digest.update(str(path).encode("utf-8", "surrogateescape") + b"\0")
            digest.update(path.read_bytes())
    except OSError:
        return None
    return digest.hexdigest()


def _cached_pack(cache_dir: Path, key: str) -> RulePack | None:
    import pickle

    try:
        with open(cache_dir / _PACK_FOLDER / f"{key}.pickle", "rb") as stream:
            pack = pickle.load(stream)
    except Exception:  # noqa: BLE001 - missing, truncated or from another build: load the rules instead
        return None
    return pack if isinstance(pack, RulePack) else None


def _keep_pack(cache_dir: Path, key: str, pack: RulePack) -> None:
    """Write the pack under its key: to a file of this process's own, renamed into place, so a
    run reading the same key at the same time sees the whole file or none. The oldest packs
    beyond :data:`_PACKS_KEPT` are removed."""
    import os
    import pickle
    import tempfile

    folder = cache_dir / _PACK_FOLDER
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{key}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                pickle.dump(pack, stream, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, folder / f"{key}.pickle")
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        kept = sorted(folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in kept[_PACKS_KEPT + 1 :]:
            old.unlink(missing_ok=True)
    except Exception:  # noqa: BLE001 - a read-only or full folder, a rule the pickle cannot hold: no pack is kept
        return


def find_config(directory: Path) -> Path | None:
    """The ``pyproject.toml`` that configures a run started in ``directory``.

    The nearest one up the tree that has a ``[tool.crosscheck]`` table, as linters find theirs;
    the walk stops at the repository root (a folder holding ``.git``) so a run never picks up the
    configuration of an unrelated project above it. Without such a table, the nearest file (or None).
    """
    nearest = None
    for folder in (directory.resolve(), *directory.resolve().parents):
        config = folder / "pyproject.toml"
        if config.is_file():
            nearest = nearest or config
            try:
                if "[tool.crosscheck" in config.read_text(encoding="utf-8", errors="replace"):
                    return config
            except OSError:
                return config  # unreadable: let the reader report it
        if (folder / ".git").exists():
            break
    return nearest


def configured_rule_dirs(directory: Path) -> list[Path]:
    """Rule folders named in ``[tool.crosscheck] rules = [...]`` of the configuration found from
    ``directory`` (see :func:`find_config`), relative to that file's folder."""
    import tomllib

    config = find_config(directory)
    if config is None:
        return []
    directory = config.parent
    try:
        data = tomllib.loads(config.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as exc:  # TOMLDecodeError and UnicodeDecodeError are ValueErrors
        reason = "nested too deeply" if isinstance(exc, RecursionError) else exc
        raise RuleError([Problem(path=str(config), code="E208", message=f"cannot read [tool.crosscheck]: {reason}", severity="error")]) from None
    tool = data.get("tool", {})
    section = tool.get("crosscheck", {}) if isinstance(tool, dict) else None
    if not isinstance(section, dict):
        raise RuleError([Problem(path=str(config), code="E208", message="[tool] and [tool.crosscheck] must be tables", severity="error")])
    folders = section.get("rules", [])
    if isinstance(folders, str):
        folders = [folders]
    if not isinstance(folders, list) or not all(isinstance(f, str) for f in folders):
        raise RuleError([Problem(path=str(config), code="E208", message="[tool.crosscheck] rules must be a folder or a list of folders", severity="error")])
    return [directory / f for f in folders]
