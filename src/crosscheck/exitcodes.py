"""Exit codes of every command, fixed in one place (as linters do)."""

OK = 0
FINDINGS = 1
USAGE = 2
