"""The HTML report in a real browser: Debian's chromium, headless, driven from the command line.

``chromium --dump-dom`` prints the DOM after scripts ran, so the test sees what a reader sees:
the counts and findings are there, the page's own filter script ran (it marks ``<body
data-ready>`` and applies a filter taken from the URL), and the article's injected
``<script>``/``onerror=`` never ran (each would have set ``document.title``). A control page
holding the raw payload proves that the check would catch a script that runs. A screenshot is
saved to ``tests/artifacts/`` for a person to look at.

Install the browser with ``.ci/install-browser``. Without chromium the test skips, except in CI
(``CI`` set), where it must run.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from crosscheck.report import render
from report_fixtures import INJECTION, make_report

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"

CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--hide-scrollbars", "--virtual-time-budget=3000",
)


def find_chromium() -> str | None:
    for name in (os.environ.get("CROSSCHECK_CHROMIUM"), "chromium", "chromium-browser"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


@pytest.fixture(scope="module")
def chromium() -> str:
    binary = find_chromium()
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed; run .ci/install-browser")
        pytest.skip("chromium is not installed (run .ci/install-browser); CI runs this test")
    return binary


def run_chromium(binary: str, tmp_path: Path, *args: str) -> str:
    profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
    result = subprocess.run(
        [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def dump_dom(binary: str, tmp_path: Path, page: Path, fragment: str = "") -> str:
    return run_chromium(binary, tmp_path, "--dump-dom", page.as_uri() + fragment)


def screenshot(binary: str, tmp_path: Path, page: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    run_chromium(binary, tmp_path, "--window-size=1280,3200", f"--screenshot={target}", page.as_uri())
    assert target.stat().st_size > 10_000


def title_of(dom: str) -> str:
    match = re.search(r"<title>(.*?)</title>", dom, re.S)
    assert match, dom[:500]
    return match.group(1)


def test_control_page_shows_the_payload_would_be_caught(chromium, tmp_path):
    page = tmp_path / "control.html"
    page.write_text(f"<!DOCTYPE html><html><head><title>control</title></head><body>{INJECTION}</body></html>")
    assert title_of(dump_dom(chromium, tmp_path, page)) == "pwned"


def test_html_report_in_browser(chromium, tmp_path):
    report = make_report()
    page = tmp_path / "report.html"
    page.write_text(render(report, "html"), encoding="utf-8")

    dom = dump_dom(chromium, tmp_path, page)
    assert title_of(dom) == "crosscheck report"  # neither <script> nor onerror= ran
    assert re.search(r"<body[^>]*data-ready=\"1\"", dom)  # the page's own script did run
    assert '<strong data-count="findings">6</strong>' in dom
    assert '<strong data-count="documents">3</strong>' in dom
    assert "&lt;script&gt;document.title='pwned'&lt;/script&gt;" in dom
    assert "Bridge opening: Tuesday 2024-03-26 versus Monday 2024-03-25" in dom
    assert '<span id="shown-count" class="muted">6 shown</span>' in dom

    filtered = dump_dom(chromium, tmp_path, page, "#kind=contradiction&source=b")
    rows = re.findall(r'<tr class="finding-row" data-kind="(\w+)"[^>]*?( hidden="")?>', filtered)
    assert [kind for kind, hidden in rows if not hidden] == ["contradiction"]
    assert '<span id="shown-count" class="muted">1 shown</span>' in filtered

    screenshot(chromium, tmp_path, page, ARTIFACTS / "report-fixture.png")


def test_seeds_html_report_in_browser(chromium, tmp_path):
    """The seeds plus an article carrying an injection, through the whole pipeline."""
    from crosscheck.pipeline import check

    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    (folder / "injected.txt").write_text(
        "Harbour council approves bridge budget\n\nMarch 28, 2024\n\n"
        f"The harbour council approved the bridge budget on Tuesday, officials said. {INJECTION} "
        "The vote was 7 to 2.\n",
        encoding="utf-8",
    )
    report = check([folder])
    page = tmp_path / "seeds.html"
    page.write_text(render(report, "html"), encoding="utf-8")
    dom = dump_dom(chromium, tmp_path, page)
    assert title_of(dom) == "crosscheck report"
    assert re.search(r"<body[^>]*data-ready=\"1\"", dom)
    assert f'<strong data-count="documents">{len(report.documents)}</strong>' in dom
    assert f'<strong data-count="findings">{len(report.findings)}</strong>' in dom
    assert report.findings, "the seeds yield findings"
    for finding in report.findings[:5]:
        assert f'data-fingerprint="{finding.fingerprint}"' in dom
    screenshot(chromium, tmp_path, page, ARTIFACTS / "report.png")
