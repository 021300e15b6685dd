"""A plain ``pip install .`` into a fresh virtual environment finds the shipped rule pack.

Slow (it builds and installs the package), so it runs in CI or when CROSSCHECK_INSTALL_TEST=1.
"""

from __future__ import annotations

import json
import os
import subprocess
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(
    not (os.environ.get("CI") or os.environ.get("CROSSCHECK_INSTALL_TEST")),
    reason="installs the package into a new virtual environment; set CROSSCHECK_INSTALL_TEST=1",
)


def test_fresh_install_runs_from_another_directory(tmp_path):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(ROOT)], check=True, cwd=tmp_path)
    where = subprocess.run(
        [str(python), "-c", "from crosscheck.rules import default_rules_dir; print(default_rules_dir())"],
        check=True, cwd=tmp_path, capture_output=True, text=True,
    ).stdout.strip()
    assert "site-packages" in where and Path(where, "..").resolve() != ROOT
    result = subprocess.run(
        [str(env_dir / "bin" / "crosscheck"), str(ROOT / "seeds"), "--format", "json"],
        cwd=tmp_path, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert len(report["documents"]) == 5 and report["findings"]
    module = subprocess.run([str(python), "-m", "crosscheck", "--help"], cwd=tmp_path, capture_output=True, text=True)
    assert module.returncode == 0 and "crosscheck" in module.stdout
