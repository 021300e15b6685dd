"""SARIF against the official 2.1.0 schema, for a run with new, unchanged, absent and accepted findings.

The schema is read from the shared folder next to the repository (``<repo>/../shared/schemas/``),
never copied into the project. Without that folder the test skips with the reason, except in CI.
"""

from __future__ import annotations

import json
import os
import shutil
from datetime import date
from pathlib import Path
from urllib.parse import urlparse
from urllib.request import url2pathname

import jsonschema
import pytest

from crosscheck.pipeline import check
from crosscheck.report import render
from crosscheck.report.baseline import BaselineEntry, from_report, load_baseline

REPO = Path(__file__).resolve().parent.parent
SCHEMA = REPO.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
SEEDS = REPO / "seeds"
CONTRADICTING = REPO / "tests" / "fixtures" / "report_gate_contradicting.txt"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft4Validator:
    if not SCHEMA.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"{SCHEMA} is missing; CI must validate SARIF against the official schema")
        pytest.skip(f"the official SARIF schema is not at {SCHEMA} (the shared folder next to the repository)")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema)


@pytest.fixture(scope="module")
def gated_run(tmp_path_factory):
    """Seeds accepted in a baseline (one entry with a reviewer's reason, one stale), then a contradiction added."""
    folder = tmp_path_factory.mktemp("sarif") / "articles"
    shutil.copytree(SEEDS, folder)
    baseline = from_report(check([folder]))
    baseline.findings[0].reason = "spelling differs by outlet; both are in use"
    baseline.findings[0].accepted_by = "desk editor"
    baseline.findings[0].date = date(2024, 4, 2)
    baseline.findings.append(BaselineEntry(fingerprint="0000dead0000", kind="variant", summary="fixed long ago"))
    path = folder.parent / "crosscheck-baseline.json"
    path.write_text(baseline.to_json(), encoding="utf-8")
    shutil.copy(CONTRADICTING, folder / "zz_contradicting.txt")
    report = check([folder])
    return report, load_baseline(path), path


def test_sarif_of_a_gated_run_validates_and_every_result_has_a_location(validator, gated_run):
    report, baseline, path = gated_run
    data = json.loads(render(report, "sarif", baseline=baseline))
    errors = sorted(validator.iter_errors(data), key=lambda error: list(error.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])
    results = data["runs"][0]["results"]
    states = {result["baselineState"] for result in results}
    assert states == {"new", "unchanged", "absent"}
    for result in results:
        assert result["locations"], result
        assert result["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1


def test_accepted_findings_are_suppressions_with_the_reviewers_reason(gated_run):
    report, baseline, _ = gated_run
    results = json.loads(render(report, "sarif", baseline=baseline))["runs"][0]["results"]
    suppressed = [r for r in results if r.get("suppressions")]
    assert suppressed and all(r["baselineState"] == "unchanged" for r in suppressed)
    reviewed = [r["suppressions"][0] for r in suppressed
                if r["partialFingerprints"]["crosscheckFingerprint/v1"] == baseline.findings[0].fingerprint]
    assert reviewed == [{"kind": "external", "status": "accepted",
                         "justification": "spelling differs by outlet; both are in use",
                         "properties": {"acceptedBy": "desk editor", "date": "2024-04-02"}}]
    assert not any(r.get("suppressions") for r in results if r["baselineState"] == "new")


def test_stale_entry_points_at_its_line_in_the_baseline_file(gated_run):
    report, baseline, path = gated_run
    results = json.loads(render(report, "sarif", baseline=baseline))["runs"][0]["results"]
    (absent,) = [r for r in results if r["baselineState"] == "absent"
                 and r["partialFingerprints"]["crosscheckFingerprint/v1"] == "0000dead0000"]
    physical = absent["locations"][0]["physicalLocation"]
    line = physical["region"]["startLine"]
    assert physical["artifactLocation"]["uri"].endswith("crosscheck-baseline.json")
    assert '"0000dead0000"' in path.read_text(encoding="utf-8").splitlines()[line - 1]


def test_regions_carry_columns_that_point_at_the_quote(gated_run):
    report, baseline, _ = gated_run
    results = json.loads(render(report, "sarif"))["runs"][0]["results"]
    checked = 0
    for result in results:
        physical = result["locations"][0]["physicalLocation"]
        region = physical["region"]
        path = Path(url2pathname(urlparse(physical["artifactLocation"]["uri"]).path))
        if "startColumn" not in region or not path.is_file():
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        line = lines[region["startLine"] - 1]
        start = region["startColumn"] - 1
        assert line[start:].startswith(region["snippet"]["text"].split("\n")[0])
        checked += 1
    assert checked >= 10


def test_read_warnings_are_invocation_notifications(validator, tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    report = check([folder])
    data = json.loads(render(report, "sarif"))
    assert not list(validator.iter_errors(data))
    notes = data["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert any(note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("empty.txt")
               for note in notes)
