#!/usr/bin/env bash
# Install crosscheck with its test extras into .venv and run the test suite.
# This is the README's test command and what CI (.ci/run) runs. It uses the pip a fresh venv comes
# with (no upgrade), as a new user has it.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet -e '.[test]'
# Debian's chromium for the HTML report's browser test; required in CI, optional elsewhere.
if ! .ci/install-browser; then
    if [ -n "${CI:-}" ]; then exit 1; fi
    echo "test.sh: no chromium; the browser test will be skipped" >&2
fi
# On every core of the machine (pytest-xdist); -p no:xdist or -n 0 runs it in one process.
.venv/bin/python -m pytest -n auto "$@"
