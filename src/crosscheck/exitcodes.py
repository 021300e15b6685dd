"""Exit codes of the command line, fixed in one place (as linters do: 0 clean, 1 findings, 2 errors)."""

from __future__ import annotations

OK = 0
"""Clean: no new finding of a ``--fail-on`` kind (or no gate asked for)."""

FINDINGS = 1
"""A finding of a ``--fail-on`` kind is not in the baseline."""

USAGE = 2
"""Usage, configuration or input error: bad option, malformed baseline or rule file, nothing readable."""
