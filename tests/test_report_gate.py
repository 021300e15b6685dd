"""The CI gate end to end on the seeds: baseline, new contradiction, acceptance, malformed file, stable fingerprints."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from crosscheck.cli import cli
from crosscheck.cli.baseline import baseline as baseline_command
from crosscheck.cli.explain import explain as explain_command
from crosscheck.pipeline import check
from crosscheck.report.baseline import diff, from_report, load_baseline

HERE = Path(__file__).resolve().parent
CONTRADICTING = HERE / "fixtures" / "report_gate_contradicting.txt"
UNRELATED = HERE / "fixtures" / "report_gate_unrelated.txt"


def invoke(command, *args: str):
    return CliRunner().invoke(command, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def seeds_baseline(articles, tmp_path) -> Path:
    path = tmp_path / "crosscheck-baseline.json"
    result = invoke(baseline_command, articles, "-o", path)
    assert result.exit_code == 0, result.stderr
    return path


def test_cli_registers_baseline_and_explain():
    assert {"check", "baseline", "explain"} <= set(cli.commands)


def test_baseline_file_records_every_finding(articles, seeds_baseline):
    data = json.loads(seeds_baseline.read_text())
    report = check([articles])
    assert data["schema"] == "crosscheck/baseline-1"
    assert {e["fingerprint"] for e in data["findings"]} == {f.fingerprint for f in report.findings}
    assert all(e["reason"] is None and e["accepted_by"] is None and e["date"] is None for e in data["findings"])


def test_baseline_refuses_to_overwrite_reviewed_file(articles, seeds_baseline):
    result = invoke(baseline_command, articles, "-o", seeds_baseline)
    assert result.exit_code == 2
    assert "--update-baseline" in result.stderr


def test_gate_clean_new_contradiction_accepted(articles, seeds_baseline):
    clean = invoke(cli, articles, "--baseline", seeds_baseline, "--fail-on", "contradiction")
    assert clean.exit_code == 0, clean.stdout + clean.stderr
    assert "No new findings" in clean.stdout

    shutil.copy(CONTRADICTING, articles / "zz_contradicting.txt")
    failed = invoke(cli, articles, "--baseline", seeds_baseline)  # --fail-on defaults to contradiction
    assert failed.exit_code == 1
    assert failed.stdout.split("\n\n")[1].startswith("New: Contradictions")  # new findings printed first
    assert "2024-03-21" in failed.stdout.split("\n\nSources (")[0]  # the new source's date, in the new section

    # a reviewer accepts it: the baseline gains the new finding and keeps earlier notes
    entries = json.loads(seeds_baseline.read_text())
    entries["findings"][0]["reason"] = "reviewed on the desk"
    reviewed = entries["findings"][0]["fingerprint"]
    seeds_baseline.write_text(json.dumps(entries))
    accepted = invoke(baseline_command, articles, "-o", seeds_baseline, "--update-baseline")
    assert accepted.exit_code == 0, accepted.stderr
    notes = {e.fingerprint: e.reason for e in load_baseline(seeds_baseline).findings}
    assert notes[reviewed] == "reviewed on the desk"
    again = invoke(cli, articles, "--baseline", seeds_baseline, "--fail-on", "contradiction")
    assert again.exit_code == 0, again.stdout


def test_check_update_baseline_accepts_and_exits_0(articles, tmp_path):
    path = tmp_path / "new-baseline.json"
    shutil.copy(CONTRADICTING, articles / "zz_contradicting.txt")
    assert invoke(cli, articles, "--baseline", path, "--update-baseline", "--format", "json").exit_code == 0
    assert invoke(cli, articles, "--baseline", path, "--fail-on", "all").exit_code == 0


def test_fail_on_without_baseline_gates_on_every_finding_of_the_kinds(articles):
    assert invoke(cli, articles, "--fail-on", "variant", "--format", "json").exit_code == 1  # Tiani / Tchiani
    assert invoke(cli, articles, "--format", "json").exit_code == 0  # no gate asked for


@pytest.mark.parametrize(
    ("content", "expected"),
    [("{not json", "not valid JSON"), ('{"schema": "crosscheck/baseline-1", "findings": [{"kind": "variant"}]}', "fingerprint")],
)
def test_malformed_baseline_exits_2_with_one_line(articles, tmp_path, content, expected):
    path = tmp_path / "broken.json"
    path.write_text(content)
    result = invoke(cli, articles, "--baseline", path)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and str(path) in result.stderr and expected in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    "args",
    [["--fail-on", "contradictions"], ["--update-baseline"], ["--baseline", "/nonexistent/b.json"]],
)
def test_gate_usage_errors_exit_2(articles, args):
    result = invoke(cli, articles, *args)
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("fmt", ["json", "sarif", "github", "csv", "markdown", "html", "jsonl"])
def test_machine_output_untouched_on_stdout_with_gate(articles, seeds_baseline, fmt):
    shutil.copy(CONTRADICTING, articles / "zz_contradicting.txt")
    result = invoke(cli, articles, "--baseline", seeds_baseline, "--format", fmt)
    assert result.exit_code == 1
    assert "new findings" not in result.stdout and "new findings" in result.stderr
    if fmt in ("json", "sarif"):
        json.loads(result.stdout)


def test_github_format_writes_step_summary(articles, tmp_path, monkeypatch):
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    shutil.copy(CONTRADICTING, articles / "zz_contradicting.txt")
    result = invoke(cli, articles, "--format", "github")
    assert result.exit_code == 0
    assert result.stdout.startswith("::error file=")
    assert summary.read_text().startswith("### crosscheck: 6 documents")


# --- fingerprints survive unrelated edits ---------------------------------------------------------


def _add_paragraph(folder: Path) -> None:
    target = sorted(folder.glob("*.txt"))[2]
    lines = target.read_text(encoding="utf-8").splitlines(keepends=True)
    middle = len(lines) // 2
    lines[middle:middle] = ["\n", "Residents of the capital said markets stayed open all week.\n", "\n"]
    target.write_text("".join(lines), encoding="utf-8")


def _add_unrelated_article(folder: Path) -> None:
    shutil.copy(UNRELATED, folder / "aa_unrelated.txt")


def _rename_and_reorder(folder: Path) -> None:
    for index, path in enumerate(sorted(folder.glob("*.txt"), reverse=True)):
        path.rename(folder / f"{index}_renamed_{path.stem[-4:]}.txt")


@pytest.mark.parametrize("edit", [_add_paragraph, _add_unrelated_article, _rename_and_reorder])
def test_fingerprints_survive_unrelated_edits(articles, edit):
    baseline = from_report(check([articles]))
    edit(articles)
    after = check([articles])
    new, _, stale = diff(after, baseline, ["contradiction", "variant", "change", "agreement"])
    assert stale == [], [e.summary for e in stale]
    assert new == [], [f.summary for f in new]


# --- explain -------------------------------------------------------------------------------------


def test_explain_prints_one_finding_in_full(articles):
    report = check([articles])
    finding = next(f for f in report.findings if f.kind == "variant")
    result = invoke(explain_command, finding.fingerprint[:8], articles)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"variant: {finding.summary}")
    assert f"fingerprint: {finding.fingerprint}" in result.stdout
    assert "how each value was normalised" in result.stdout or "quotes (with context" in result.stdout
    data = json.loads(invoke(explain_command, finding.fingerprint, articles, "--format", "json").stdout)
    assert data["finding"]["fingerprint"] == finding.fingerprint


def test_explain_unknown_fingerprint_exits_2(articles):
    result = invoke(explain_command, "ffffffffffff", articles)
    assert result.exit_code == 2 and "no finding has fingerprint 'ffffffffffff'" in result.stderr
