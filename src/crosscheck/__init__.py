"""crosscheck: claim verification and cross-source consistency checking.

The library API: ``crosscheck.check(paths, rules=...) -> Report``; render a report with
``crosscheck.report.render(report, "markdown")``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

from .models import Report
from .pipeline import NoDocumentsError, check as _run
from .rules import RuleError, RulePack, load_rules

PathOrPaths = str | os.PathLike | Iterable[str | os.PathLike]


def _as_paths(value: PathOrPaths) -> list[str | os.PathLike]:
    """One path or many: a string or Path is one path, never a sequence of characters."""
    if isinstance(value, (str, bytes, os.PathLike)):
        return [os.fsdecode(value) if isinstance(value, bytes) else value]
    return list(value)


def check(
    paths: PathOrPaths,
    rule_dirs: PathOrPaths | None = None,
    *,
    rules: RulePack | PathOrPaths | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Report:
    """Read the articles under ``paths`` (a path or a list of paths) and compare them.

    ``rules`` is a loaded :class:`~crosscheck.rules.RulePack`, or one or more extra rule folders
    (added to the default pack, like ``rule_dirs``). Raises NoDocumentsError or RuleError.
    """
    folders = [Path(d) for d in _as_paths(rule_dirs)] if rule_dirs is not None else []
    if rules is not None and not isinstance(rules, RulePack):
        folders += [Path(d) for d in _as_paths(rules)]
        rules = None
    if rules is None:
        rules = load_rules(folders)
    return _run(_as_paths(paths), rules=rules, progress=progress)


__all__ = ["NoDocumentsError", "Report", "RuleError", "check"]
