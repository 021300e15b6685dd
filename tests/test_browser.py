"""The HTML report in a real browser: Debian's chromium, headless.

Two drivers: ``chromium --dump-dom`` (the DOM after scripts ran) for the escaping checks, and a
small DevTools-protocol client over a pipe (tests/cdp.py) for the reviewer's round trip: open the
report of the seeds plus a planted contradiction, click *accept* on it with real mouse events,
type a reason and a name, click *Export decisions*, merge the downloaded file with
``crosscheck baseline --apply``, and see the gate pass. Screenshots of the timeline with the
planted contradiction go to ``tests/artifacts/`` (gitignored) for a person to look at.

Install the browser with ``.ci/install-browser``. Without chromium the tests skip, except in CI
(``CI`` set), where they must run.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from cdp import Browser
from crosscheck.cli import cli
from crosscheck.pipeline import check
from crosscheck.report import render
from crosscheck.report.baseline import from_report, load_baseline
from report_fixtures import INJECTION, make_report

HERE = Path(__file__).resolve().parent
ARTIFACTS = HERE / "artifacts"
SEEDS = HERE.parent / "seeds"
CONTRADICTING = HERE / "fixtures" / "report_gate_contradicting.txt"

CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--hide-scrollbars",
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


def dump_dom(binary: str, tmp_path: Path, page: Path, fragment: str = "") -> str:
    profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
    result = subprocess.run(
        [binary, *CHROMIUM_FLAGS, "--virtual-time-budget=3000", f"--user-data-dir={profile}", "--dump-dom",
         page.as_uri() + fragment],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def title_of(dom: str) -> str:
    match = re.search(r"<title>(.*?)</title>", dom, re.S)
    assert match, dom[:500]
    return match.group(1)


def shown(dom: str) -> list[str]:
    """Kinds of the finding cards the filters left visible."""
    return [kind for kind, hidden in re.findall(r'<article class="finding[^"]*" [^>]*?data-kind="(\w+)"[^>]*?( hidden="")?>', dom)
            if not hidden]


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
    assert "<svg" in dom.split('id="timeline-plot"')[1][:400]

    filtered = dump_dom(chromium, tmp_path, page, "#kind=contradiction&source=b")
    assert shown(filtered) == ["contradiction"]
    assert '<span id="shown-count" class="muted">1 shown</span>' in filtered
    assert 'data-rows="1"' in filtered  # the timeline follows the filters


def _gated_articles(tmp_path: Path) -> tuple[Path, Path]:
    """Seeds accepted in a baseline, then a contradicting article planted among them."""
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    baseline = tmp_path / "crosscheck-baseline.json"
    baseline.write_text(from_report(check([folder])).to_json(), encoding="utf-8")
    shutil.copy(CONTRADICTING, folder / "zz_contradicting.txt")
    return folder, baseline


def test_review_round_trip_accept_export_apply_then_the_gate_passes(chromium, tmp_path):
    folder, baseline = _gated_articles(tmp_path)
    runner = CliRunner()
    page = tmp_path / "report.html"
    gated = runner.invoke(cli, ["check", str(folder), "--baseline", str(baseline), "-f", "html", "-o", str(page)])
    assert gated.exit_code == 1, gated.output  # the planted contradiction is new
    downloads = tmp_path / "downloads"
    downloads.mkdir()

    browser = Browser(chromium, tmp_path / "profile", CHROMIUM_FLAGS)
    try:
        browser.send("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)}, session=None)
        browser.open(page.as_uri() + "#kind=contradiction")
        assert browser.evaluate("document.body.getAttribute('data-ready')") == "1"
        new = browser.evaluate("Array.from(document.querySelectorAll('article.finding[data-kind=contradiction]'))"
                               ".filter(a => !a.hidden).map(a => a.dataset.fingerprint)")
        assert new, "the planted contradiction is shown"
        ARTIFACTS.mkdir(exist_ok=True)
        browser.screenshot(ARTIFACTS / "timeline-contradiction.png", "#timeline")
        browser.type("#reviewer", "Desk Editor")
        for fingerprint in new:
            browser.click(f"#f-{fingerprint} input[value=accept]")
            browser.type(f"#f-{fingerprint} .reason-input", "Kremlin and Niamey dates differ; both reported")
        browser.click("#export-decisions")
        deadline = time.monotonic() + 20
        target = downloads / "crosscheck-decisions.json"
        while not target.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        browser.send("Browser.setDownloadBehavior", {"behavior": "default"}, session=None)
        browser.screenshot(ARTIFACTS / "review-accepted.png")
        browser.open(page.as_uri())
        browser.screenshot(ARTIFACTS / "timeline-all.png", "#timeline")
    finally:
        browser.close()

    decisions = json.loads(target.read_text(encoding="utf-8"))
    assert decisions["schema"] == "crosscheck/decisions-1"
    assert {d["fingerprint"] for d in decisions["decisions"]} == set(new)
    assert {(d["decision"], d["reviewer"]) for d in decisions["decisions"]} == {("accept", "Desk Editor")}

    applied = runner.invoke(cli, ["baseline", "--apply", str(target), "-o", str(baseline)])
    assert applied.exit_code == 0, applied.output
    entries = {e.fingerprint: e for e in load_baseline(baseline).findings}
    for fingerprint in new:
        assert entries[fingerprint].accepted_by == "Desk Editor"
        assert entries[fingerprint].reason == "Kremlin and Niamey dates differ; both reported"
        assert entries[fingerprint].date is not None
    passed = runner.invoke(cli, ["check", str(folder), "--baseline", str(baseline), "-f", "json"])
    assert passed.exit_code == 0, passed.output
    for name in ("timeline-contradiction.png", "review-accepted.png", "timeline-all.png"):
        assert (ARTIFACTS / name).stat().st_size > 5_000


def test_seeds_html_report_in_browser(chromium, tmp_path):
    """The seeds plus an article carrying an injection, through the whole pipeline."""
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
