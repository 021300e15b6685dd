"""The baseline file: loading (and refusing malformed files in one line), diff and update."""

from __future__ import annotations

import json
from datetime import date

import pytest

from crosscheck.models import FindingValue
from crosscheck.report.baseline import (
    BASELINE_SCHEMA,
    Baseline,
    BaselineEntry,
    BaselineError,
    diff,
    from_report,
    load_baseline,
    update,
)
from report_fixtures import make_report


def entry(fingerprint: str, kind: str = "contradiction", **fields) -> dict:
    return {"fingerprint": fingerprint, "kind": kind, "summary": "s", **fields}


MALFORMED = [
    ("not json", "not valid JSON"),
    ('{"schema": "crosscheck/baseline-1", "findings": [}', "not valid JSON"),
    ("[]", "expected a JSON object"),
    ('{"findings": []}', "schema is None, expected 'crosscheck/baseline-1'"),
    ('{"schema": "crosscheck/baseline-9", "findings": []}', "schema is 'crosscheck/baseline-9'"),
    (json.dumps({"schema": BASELINE_SCHEMA, "findings": {}}), "findings: Input should be a valid list"),
    (json.dumps({"schema": BASELINE_SCHEMA, "findings": [{"kind": "variant"}]}), "findings.0.fingerprint: Field required"),
    (json.dumps({"schema": BASELINE_SCHEMA, "findings": [entry("f", kind="typo")]}), "findings.0.kind"),
    (json.dumps({"schema": BASELINE_SCHEMA, "findings": [entry("f", date="last week")]}), "findings.0.date"),
    (json.dumps({"schema": BASELINE_SCHEMA, "findings": [entry("f", colour="red")]}), "findings.0.colour: Extra inputs"),
    (json.dumps({"schema": BASELINE_SCHEMA, "findings": [entry("")]}), "findings.0.fingerprint"),
    (json.dumps({"schema": BASELINE_SCHEMA, "findings": [entry("f"), entry("f")]}), "fingerprint f is listed twice"),
]


@pytest.mark.parametrize(("content", "problem"), MALFORMED)
def test_malformed_baseline_is_one_line_naming_file_and_problem(tmp_path, content, problem):
    path = tmp_path / "crosscheck-baseline.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BaselineError) as raised:
        load_baseline(path)
    message = str(raised.value)
    assert message.startswith(f"{path}:") and problem in message and "\n" not in message


def test_missing_and_binary_baseline_files(tmp_path):
    with pytest.raises(BaselineError, match="baseline file not found"):
        load_baseline(tmp_path / "absent.json")
    binary = tmp_path / "b.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(BaselineError, match="not UTF-8"):
        load_baseline(binary)


def test_baseline_round_trips_through_its_file(tmp_path):
    baseline = from_report(make_report())
    baseline.findings[0].reason = "two different events"
    baseline.findings[0].date = date(2024, 4, 2)
    path = tmp_path / "b.json"
    path.write_text(baseline.to_json(), encoding="utf-8")
    assert load_baseline(path).model_dump() == baseline.model_dump()
    data = json.loads(path.read_text())
    assert data["schema"] == BASELINE_SCHEMA
    assert data["findings"][0]["date"] == "2024-04-02"
    assert set(data["findings"][1]) == {"fingerprint", "key", "kind", "summary", "values", "reason", "accepted_by", "date"}


def test_from_report_records_every_finding_most_severe_first():
    report = make_report()
    baseline = from_report(report)
    assert sorted(e.fingerprint for e in baseline.findings) == sorted(f.fingerprint for f in report.findings)
    assert [e.kind for e in baseline.findings] == ["contradiction", "internal", "variant", "change", "agreement", "single_source"]
    assert all(e.reason is None and e.accepted_by is None and e.date is None for e in baseline.findings)


DIFF_CASES = [
    # (accepted fingerprints, kinds, new, unchanged, stale)
    ([], None, 6, 0, []),
    ([], ["contradiction"], 1, 0, []),
    (["c0ffee0000000002"], ["contradiction"], 0, 1, []),
    (["c0ffee0000000002", "gone"], ["contradiction", "variant"], 1, 1, ["gone"]),
    (["c0ffee0000000003", "gone"], ["contradiction"], 1, 0, ["gone"]),  # stale whatever the kinds
    ([f"c0ffee000000000{n}" for n in range(1, 7)], None, 0, 6, []),
]


@pytest.mark.parametrize(("accepted", "kinds", "new", "unchanged", "stale"), DIFF_CASES)
def test_diff(accepted, kinds, new, unchanged, stale):
    baseline = Baseline(findings=[BaselineEntry(fingerprint=f, kind="variant") for f in accepted])
    result = diff(make_report(), baseline, kinds)
    assert (len(result.new), len(result.unchanged), [e.fingerprint for e in result.stale]) == (new, unchanged, stale)
    new_findings, _, _ = result  # unpacks as (new, unchanged, stale)
    assert new_findings == result.new


def test_update_keeps_reviewers_fields_and_stale_entries_and_adds_new():
    report = make_report()
    reviewed = BaselineEntry(fingerprint="c0ffee0000000002", kind="contradiction", summary="old wording",
                             reason="two different bridges", accepted_by="desk@example.org", date=date(2024, 4, 1))
    stale = BaselineEntry(fingerprint="gone", kind="variant", summary="fixed", reason="kept for the record")
    merged = update(Baseline(findings=[stale, reviewed]), report)
    by_fingerprint = {e.fingerprint: e for e in merged.findings}
    assert len(merged.findings) == 7
    kept = by_fingerprint["c0ffee0000000002"]
    assert (kept.reason, kept.accepted_by, kept.date) == ("two different bridges", "desk@example.org", date(2024, 4, 1))
    assert kept.summary == report.findings[1].summary  # refreshed from the finding
    assert by_fingerprint["gone"].reason == "kept for the record"
    assert reviewed.summary == "old wording"  # the input baseline is not modified


def test_update_is_idempotent():
    report = make_report()
    once = from_report(report)
    assert update(once, report) == once


def _contradiction(values: dict[str, str], fingerprint: str):
    report = make_report()
    finding = next(f for f in report.findings if f.kind == "contradiction")
    listed = [FindingValue(document=document, value=value) for document, value in values.items()]
    report.findings = [finding.model_copy(update={"values": listed, "fingerprint": fingerprint,
                                                  "documents": sorted(values)})]
    return report


def test_third_source_repeating_a_reviewed_value_stays_accepted():
    reviewed = _contradiction({"a": "2024-03-26", "b": "2024-03-25"}, "f-two-sources")
    baseline = from_report(reviewed)
    joined = _contradiction({"a": "2024-03-26", "b": "2024-03-25", "c": "2024-03-25"}, "f-three-sources")
    new, unchanged, stale = diff(joined, baseline)
    assert (new, stale) == ([], []) and [f.fingerprint for f in unchanged] == ["f-three-sources"]


def test_a_new_value_in_dispute_is_new():
    baseline = from_report(_contradiction({"a": "2024-03-26", "b": "2024-03-25"}, "f-two-sources"))
    disputed = _contradiction({"a": "2024-03-26", "b": "2024-03-25", "c": "2024-03-24"}, "f-new-value")
    new, unchanged, stale = diff(disputed, baseline)
    assert [f.fingerprint for f in new] == ["f-new-value"] and unchanged == []
    assert [entry.fingerprint for entry in stale] == ["f-two-sources"]


def test_update_keeps_the_reviewed_entry_when_a_source_joins():
    baseline = from_report(_contradiction({"a": "2024-03-26", "b": "2024-03-25"}, "f-two-sources"))
    baseline.findings[0].reason = "both dates reported; the ministry is checking"
    merged = update(baseline, _contradiction({"a": "2024-03-26", "b": "2024-03-25", "c": "2024-03-26"}, "f-three"))
    assert [(e.fingerprint, e.reason) for e in merged.findings] == [
        ("f-two-sources", "both dates reported; the ministry is checking")
    ]
    assert merged.findings[0].values == ["2024-03-25", "2024-03-26"]


def test_baseline_without_review_keys_still_matches_by_fingerprint(tmp_path):
    report = make_report()
    path = tmp_path / "old.json"
    path.write_text(json.dumps({"schema": BASELINE_SCHEMA, "findings": [
        entry(f.fingerprint, kind=f.kind) for f in report.findings]}), encoding="utf-8")
    new, unchanged, stale = diff(report, load_baseline(path))
    assert new == [] and stale == [] and len(unchanged) == len(report.findings)
