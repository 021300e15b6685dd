"""The published JSON Schema of crosscheck/report-1: generated from the models, and the JSON report fits it."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from crosscheck.cli import cli
from crosscheck.report import render
from crosscheck.report.baseline import BaselineEntry, from_report
from crosscheck.report.schema import report_schema
from report_fixtures import make_report

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def validator():
    schema = report_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_seeds_json_report_validates_and_every_finding_has_an_id(validator):
    from crosscheck.pipeline import check

    data = json.loads(render(check([SEEDS]), "json"))
    errors = list(validator.iter_errors(data))
    assert not errors, errors[0].message
    assert all(finding["id"] for finding in data["findings"])


def test_json_with_a_baseline_validates(validator):
    report = make_report()
    baseline = from_report(report)
    baseline.findings.append(BaselineEntry(fingerprint="0000dead0000", kind="variant", summary="gone"))
    data = json.loads(render(report, "json", baseline=baseline))
    assert not list(validator.iter_errors(data))
    data["findings"][0]["colour"] = "red"
    assert list(validator.iter_errors(data))  # unknown fields are not part of the contract


def test_schema_command_prints_the_schema():
    result = CliRunner().invoke(cli, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.output)["title"] == "crosscheck/report-1"


def test_values_have_one_shape_for_every_kind_of_finding(validator):
    """A variant lists its spellings like any other finding lists its values: document, value, line."""
    from crosscheck.pipeline import check

    data = json.loads(render(check([SEEDS]), "json"))
    documents = {document["id"] for document in data["documents"]}
    kinds = set()
    for finding in data["findings"]:
        kinds.add(finding["kind"])
        assert finding["values"], finding["id"]
        for value in finding["values"]:
            assert set(value) == {"document", "value", "line", "measure", "as_of"}
            assert value["document"] in documents and value["value"]
    assert {"variant", "agreement", "change", "consistent", "single_source"} <= kinds
    consistent = next(f for f in data["findings"] if f["kind"] == "consistent")
    assert [v["line"] for v in consistent["values"]] == [95, 99]
    # a figure names its measure and the time it holds as of; other values leave both empty
    assert {(v["measure"], v["as_of"]) for v in consistent["values"]} == {("people killed", "2022-10-04")}
    variant = next(f for f in data["findings"] if f["kind"] == "variant")
    assert {(v["measure"], v["as_of"]) for v in variant["values"]} == {(None, None)}
    schema = report_schema()
    assert schema["$defs"]["Finding"]["properties"]["values"]["items"] == {"$ref": "#/$defs/FindingValue"}
    broken = json.loads(json.dumps(data))
    broken["findings"][0]["values"] = {"Abdourahamane Tiani": "002"}  # the old variant shape
    assert list(validator.iter_errors(broken))
