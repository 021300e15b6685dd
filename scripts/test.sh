#!/usr/bin/env bash
# Install crosscheck with its test extras into .venv and run the test suite.
# This is the README's test command and what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'
if [ -x .ci/install-browser ]; then .ci/install-browser; fi
.venv/bin/python -m pytest "$@"
