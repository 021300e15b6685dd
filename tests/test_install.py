"""A new user's first day: the README's install into a fresh venv, with the pip it comes with.

``pip install .`` (never ``pip install --upgrade pip`` first), then ``crosscheck seeds/`` at a
pseudo-terminal, an .html page, and every command of the README's "Use" block. Slow (it builds and
installs the package), so it runs in CI or when CROSSCHECK_INSTALL_TEST=1.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import shlex
import shutil
import subprocess
import venv
from pathlib import Path

import pytest
from pty_helpers import run_in_pty

ROOT = Path(__file__).resolve().parent.parent
HTML_PAGE = ROOT / "tests" / "fixtures" / "articles_eval" / "b2_eurasia_review.html"

pytestmark = pytest.mark.skipif(
    not (os.environ.get("CI") or os.environ.get("CROSSCHECK_INSTALL_TEST")),
    reason="installs the package into a new virtual environment; set CROSSCHECK_INSTALL_TEST=1",
)


@pytest.fixture(scope="session")
def fresh_env(tmp_path_factory) -> Path:
    """A venv with the stock pip and crosscheck installed exactly as the README says: one for
    the whole run, which xdist workers share (building it is half a minute), made by the first
    worker that needs it while the others wait on a lock."""
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # this run's folder, above each worker's own
    with open(shared / "fresh-venv.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        env_dir = shared / "fresh-venv" / "venv"
        installed = env_dir.parent / "installed"
        if not installed.exists():
            shutil.rmtree(env_dir, ignore_errors=True)  # a half-built one from a worker that failed
            venv.EnvBuilder(with_pip=True).create(env_dir)
            python = env_dir / "bin" / "python"
            subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(ROOT)], check=True, cwd=env_dir.parent)
            installed.touch()
    return env_dir


def readme_use_commands() -> list[list[str]]:
    """The ``crosscheck ...`` lines of the README's "Use" block, as argument lists."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Use\n\n```sh\n(.*?)```", readme, re.S)
    assert block, "the README lost its Use block"
    return [shlex.split(line, comments=True) for line in block.group(1).splitlines() if line.startswith("crosscheck ")]


def test_fresh_install_runs_from_another_directory(fresh_env, tmp_path):
    python = fresh_env / "bin" / "python"
    where = subprocess.run(
        [str(python), "-c", "from crosscheck.rules import default_rules_dir; print(default_rules_dir())"],
        check=True, cwd=tmp_path, capture_output=True, text=True,
    ).stdout.strip()
    assert "site-packages" in where and Path(where, "..").resolve() != ROOT
    result = subprocess.run(
        [str(fresh_env / "bin" / "crosscheck"), str(ROOT / "seeds"), "--format", "json"],
        cwd=tmp_path, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert len(report["documents"]) == 5 and report["findings"]
    module = subprocess.run([str(python), "-m", "crosscheck", "--help"], cwd=tmp_path, capture_output=True, text=True)
    assert module.returncode == 0 and "crosscheck" in module.stdout


def test_fresh_install_runs_at_a_terminal(fresh_env, tmp_path):
    code, output = run_in_pty([str(fresh_env / "bin" / "crosscheck"), str(ROOT / "seeds")], cwd=tmp_path)
    assert code == 0, output
    assert "Traceback" not in output and re.search(r"crosscheck: 5 (documents|sources)", output)


def test_fresh_install_reads_html_with_the_stock_pip(fresh_env, tmp_path):
    result = subprocess.run(
        [str(fresh_env / "bin" / "crosscheck"), str(HTML_PAGE), "--format", "json"],
        cwd=tmp_path, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    assert [d["id"] for d in json.loads(result.stdout)["documents"]] == [HTML_PAGE.stem]


def test_every_readme_example_runs_in_the_fresh_install(fresh_env, tmp_path):
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "names.csv").write_text("name1,name2\nVladimir Putin,Wladimir Putin\n", encoding="utf-8")
    binary = str(fresh_env / "bin" / "crosscheck")
    report = subprocess.run([binary, "seeds/", "--format", "json"], cwd=tmp_path, capture_output=True, text=True, check=True)
    fingerprint = json.loads(report.stdout)["findings"][0]["fingerprint"]
    commands = readme_use_commands()
    assert len(commands) >= 8
    for command in commands:
        args = [fingerprint if arg == "FINGERPRINT" else arg for arg in command[1:]]
        result = subprocess.run([binary, *args], cwd=tmp_path, capture_output=True, text=True)
        assert result.returncode in (0, 1), (command, result.stderr)
        assert "Traceback" not in result.stderr, command
