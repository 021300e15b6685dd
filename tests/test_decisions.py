"""Reviewers' decisions from the HTML page merged into the baseline by ``crosscheck baseline --apply``."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from crosscheck.cli import cli
from crosscheck.report.baseline import diff, from_report, load_baseline
from crosscheck.report.decisions import DECISIONS_SCHEMA, DecisionsError, apply_decisions, load_decisions
from report_fixtures import make_report


def decision(finding, verdict="accept", reason="checked with the ministry", reviewer="A. Editor", day="2024-04-02"):
    return {"fingerprint": finding.fingerprint, "key": None, "kind": finding.kind, "summary": finding.summary,
            "values": [], "decision": verdict, "reason": reason, "reviewer": reviewer, "date": day}


def write(tmp_path, decisions):
    path = tmp_path / "crosscheck-decisions.json"
    path.write_text(json.dumps({"schema": DECISIONS_SCHEMA, "decisions": decisions}), encoding="utf-8")
    return path


def test_accept_adds_the_finding_with_reason_reviewer_and_date(tmp_path):
    report = make_report()
    contradiction = report.findings[1]
    applied = apply_decisions(from_report(make_report().model_copy(update={"findings": []})),
                              load_decisions(write(tmp_path, [decision(contradiction)])))
    (entry,) = applied.baseline.findings
    assert (entry.fingerprint, entry.reason, entry.accepted_by, entry.date.isoformat()) == (
        contradiction.fingerprint, "checked with the ministry", "A. Editor", "2024-04-02")
    assert diff(report, applied.baseline, ["contradiction"]).new == []


def test_reject_and_needs_work_remove_an_accepted_entry(tmp_path):
    report = make_report()
    baseline = from_report(report)
    decisions = [decision(report.findings[1], "reject"), decision(report.findings[2], "needs-work")]
    applied = apply_decisions(baseline, load_decisions(write(tmp_path, decisions)))
    assert (applied.removed, applied.not_accepted) == (2, 2)
    assert {f.fingerprint for f in diff(report, applied.baseline).new} == {report.findings[1].fingerprint,
                                                                           report.findings[2].fingerprint}


@pytest.mark.parametrize(("change", "problem"), [
    ({"decision": "maybe"}, "decisions.0.decision"),
    ({"reason": ""}, "decisions.0.reason"),
    ({"reviewer": ""}, "decisions.0.reviewer"),
    ({"date": "soon"}, "decisions.0.date"),
])
def test_bad_decisions_are_one_line_errors(tmp_path, change, problem):
    path = write(tmp_path, [decision(make_report().findings[1]) | change])
    with pytest.raises(DecisionsError) as raised:
        load_decisions(path)
    assert str(raised.value).startswith(f"{path}: {problem}") and "\n" not in str(raised.value)


def test_cli_apply_merges_into_the_baseline_file(tmp_path):
    report = make_report()
    baseline = tmp_path / "crosscheck-baseline.json"
    path = write(tmp_path, [decision(report.findings[1])])
    result = CliRunner().invoke(cli, ["baseline", "--apply", str(path), "-o", str(baseline)])
    assert result.exit_code == 0, result.output
    assert [e.accepted_by for e in load_baseline(baseline).findings] == ["A. Editor"]
    again = CliRunner().invoke(cli, ["baseline", "--apply", str(path), "seeds", "-o", str(baseline)])
    assert again.exit_code == 2
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    failed = CliRunner().invoke(cli, ["baseline", "--apply", str(broken), "-o", str(baseline)])
    assert failed.exit_code == 2 and "not valid JSON" in failed.output
