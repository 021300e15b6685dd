"""Exit codes of the command line, fixed in one place (as linters do: 0 clean, 1 findings, 2 errors, 3 bugs)."""

from __future__ import annotations

OK = 0
"""Clean: no new finding of a ``--fail-on`` kind (or no gate asked for)."""

FINDINGS = 1
"""A finding of a ``--fail-on`` kind is not in the baseline."""

USAGE = 2
"""Usage, configuration or input error: bad option, malformed baseline or rule file, nothing readable."""

INTERNAL = 3
"""An unexpected error inside crosscheck (a bug): one line on stderr, the traceback with --verbose
or CROSSCHECK_DEBUG=1. Never 1, so a CI step that accepts 1 as "new findings" cannot take a crash
for a result."""

INTERRUPTED = 130
"""Stopped by SIGINT (Ctrl-C): 128 + the signal number, as shells report it."""
