"""The JSON report, written a chunk of records at a time, has the bytes of the whole document
encoded at once with two-space indentation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crosscheck.pipeline import check
from crosscheck.report import json as json_report
from crosscheck.report import render, with_finding_ids

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.mark.parametrize("chunk", [1, 3, 512])
def test_chunked_report_is_the_indented_document(monkeypatch, chunk):
    report = with_finding_ids(check([SEEDS]))
    monkeypatch.setattr(json_report, "_CHUNK", chunk)
    text = render(report, "json")
    expected = json.dumps(report.model_dump(mode="json", by_alias=True), indent=2, ensure_ascii=False) + "\n"
    assert text == expected


def test_empty_lists_stay_empty_brackets():
    from crosscheck.models import Report

    assert json.loads(render(Report(), "json"))["claims"] == []
    assert '"claims": []' in render(Report(), "json")


def test_report_with_baseline_states_is_the_indented_document(monkeypatch):
    from crosscheck.report.baseline import from_report

    report = with_finding_ids(check([SEEDS]))
    baseline = from_report(report)
    baseline.findings = baseline.findings[: len(baseline.findings) // 2]  # some findings new
    monkeypatch.setattr(json_report, "_CHUNK", 3)
    text = render(report, "json", baseline=baseline)
    expected = json.dumps(json_report.report_data(report, baseline), indent=2, ensure_ascii=False) + "\n"
    assert text == expected
    assert '"baseline_state": "new"' in text
