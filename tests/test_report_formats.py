"""Every report format on a hand-built report holding a finding of each kind and hostile article text."""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import html as html_module
import json
import re

import pytest

from crosscheck.models import Finding, FindingValue, Quote, Report
from crosscheck.report import FORMATS, render, should_color
from crosscheck.report import github as github_format
from crosscheck.report.csv import COLUMNS
from report_fixtures import FORMULA, make_report, partial_baseline

KINDS_MOST_SEVERE_FIRST = ["contradiction", "internal", "variant", "change", "agreement", "consistent", "single_source"]
FINDING_KINDS = ["contradiction", "internal", "variant", "change", "agreement", "single_source"]


@pytest.fixture
def report() -> Report:
    return make_report()


@pytest.fixture(name="partial_baseline")
def _partial_baseline(report):
    return partial_baseline(report)


def many_findings(report: Report, count: int) -> Report:
    template = report.findings[1]
    report.findings = [
        template.model_copy(update={"fingerprint": f"f{n:04d}", "kind": FINDING_KINDS[n % 6], "summary": f"finding {n} " + "x" * 200})
        for n in range(count)
    ]
    return report


def test_registry_names_every_format():
    assert list(FORMATS) == ["text", "markdown", "json", "jsonl", "csv", "html", "sarif", "github"]


def test_unknown_format_is_a_clear_error(report):
    with pytest.raises(ValueError, match="unknown report format 'yaml'"):
        render(report, "yaml")


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_renders_an_empty_report(fmt):
    assert render(Report(), fmt) is not None


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_is_deterministic(report, fmt, partial_baseline):
    assert render(report, fmt, baseline=partial_baseline) == render(make_report(), fmt, baseline=partial_baseline)


class _Stream(io.StringIO):
    def __init__(self, tty: bool):
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize(
    ("tty", "env", "expected"),
    [
        (True, {}, True),
        (False, {}, False),
        (True, {"NO_COLOR": "1"}, False),
        (True, {"NO_COLOR": ""}, True),  # set means present and not empty (no-color.org)
        (False, {"FORCE_COLOR": "1"}, True),
        (True, {"FORCE_COLOR": "1", "NO_COLOR": "1"}, True),
        (False, {"FORCE_COLOR": ""}, False),
    ],
)
def test_should_color(tty, env, expected):
    assert should_color(_Stream(tty), env) is expected


# --- text ----------------------------------------------------------------------------------------


def test_text_lists_sources_then_findings_by_kind(report):
    out = render(report, "text", width=200)
    header = re.search(r"^Sources \(3\)$", out, re.M)
    assert header
    positions = [out.index(title) for title in ("Contradictions (1)", "Internal inconsistencies (1)", "Variants (1)",
                                                "Changes over time (1)", "Agreements (1)", "Single-source claims (1)",
                                                "Not compared (")]
    assert header.start() < positions[0] and positions == sorted(positions)
    assert 'news/harbour-times.txt:1\n       “Minister Ana Ortiz opened the bridge on Tuesday, the ministry said.”' in out
    assert "Coast Daily, 2024-03-28, credit Wire" in out


def test_text_values_one_source_per_line(report):
    out = render(report, "text")
    assert "     - Harbour Times: 2024-03-26\n     - Coast Daily: 2024-03-25\n" in out


def test_text_colour_only_when_asked(report):
    assert "\x1b[" not in render(report, "text")
    assert "\x1b[31m" in render(report, "text", color=True)


def test_text_strips_terminal_escapes_from_article_text(report):
    report.findings[0].summary = "evil \x1b]0;owned\x07 title\x1b[2J"
    out = render(report, "text")
    assert "\x1b" not in out and "\x07" not in out


def test_text_with_baseline_prints_new_findings_first(report, partial_baseline):
    out = render(report, "text", baseline=partial_baseline)
    assert out.index("New: Contradictions (1)") < out.index("New: Single-source claims (1)") < out.index("Sources (3)")
    assert "Accepted in the baseline (4)" in out
    assert "0000dead0000" in out.split("Stale baseline entries")[1]


# --- markdown ------------------------------------------------------------------------------------


def _unescaped_pipes(line: str) -> int:
    return len(re.findall(r"(?<!\\)\|", line))


def _tables(text: str) -> list[list[str]]:
    tables, current = [], []
    for line in text.splitlines():
        if line.startswith("|"):
            current.append(line)
        elif current:
            tables.append(current)
            current = []
    return tables + ([current] if current else [])


@pytest.mark.parametrize("with_baseline", [False, True])
def test_markdown_tables_are_well_formed(report, partial_baseline, with_baseline):
    out = render(report, "markdown", baseline=partial_baseline if with_baseline else None)
    tables = _tables(out)
    assert len(tables) == 2
    for table in tables:
        width = _unescaped_pipes(table[0])
        assert re.fullmatch(r"\|(---\|)+", table[1]) and table[1].count("---") == width - 1
        assert all(_unescaped_pipes(row) == width for row in table), table


def test_markdown_escapes_article_text(report):
    report.findings[0].summary = "a | b @reviewer [link](http://x) <b>"
    out = render(report, "markdown")
    assert "<script>" not in out and "<img" not in out and "<b>" not in out
    assert "&lt;script&gt;" in out
    assert "@reviewer" not in out and "@\u200breviewer" in out
    assert r"a \| b" in out and r"\[link\]" in out


def test_markdown_fits_a_pull_request_comment(report):
    out = render(many_findings(report, 2000), "markdown")
    assert len(out) < 65_536
    assert "more findings in the full report" in out


def test_markdown_with_baseline_lists_only_new_findings(report, partial_baseline):
    out = render(report, "markdown", baseline=partial_baseline)
    assert "**2 new** not in the baseline · 4 accepted · 1 stale" in out
    findings_table = _tables(out)[0]
    assert len(findings_table) == 4  # header, rule, two new findings


# --- json and jsonl ------------------------------------------------------------------------------


def test_json_follows_contract(report):
    data = json.loads(render(report, "json"))
    assert data["schema"] == "crosscheck/report-1"
    assert list(data)[:5] == ["schema", "documents", "mentions", "claims", "findings"]
    assert set(data["documents"][0]) >= {"id", "path", "title", "published", "outlet", "credit", "authors"}
    assert data["documents"][0]["published"] == "2024-03-27" and data["documents"][2]["published"] is None
    mention = data["mentions"][1]
    assert set(mention) >= {"id", "document", "kind", "text", "start", "end", "line", "value"}
    assert {k: mention["value"][k] for k in ("start", "end", "granularity")} == {"start": "2024-03-26", "end": "2024-03-26", "granularity": "day"}
    assert set(data["claims"][0]) >= {"id", "document", "kind", "text", "line", "mentions"}
    for finding in data["findings"]:
        assert set(finding) >= {"id", "fingerprint", "kind", "summary", "documents", "claims"}
        for quote in finding["quotes"]:
            assert set(quote) >= {"path", "line", "start", "end", "text", "prefix", "suffix"}


def test_json_round_trips_to_the_report(report):
    assert Report.model_validate(json.loads(render(report, "json"))) == report


def test_json_with_baseline_marks_states_and_stale(report, partial_baseline):
    data = json.loads(render(report, "json", baseline=partial_baseline))
    states = {f["kind"]: f["baseline_state"] for f in data["findings"]}
    assert states == {"contradiction": "new", "single_source": "new", "agreement": "unchanged", "variant": "unchanged",
                      "change": "unchanged", "internal": "unchanged"}
    assert [e["fingerprint"] for e in data["baseline"]["stale"]] == ["0000dead0000"]


def test_jsonl_one_typed_record_per_line(report, partial_baseline):
    lines = render(report, "jsonl", baseline=partial_baseline).splitlines()
    records = [json.loads(line) for line in lines]
    assert records[0] == {"type": "header", "schema": "crosscheck/report-1"}
    tally = {}
    for record in records:
        tally[record["type"]] = tally.get(record["type"], 0) + 1
    assert tally == {"header": 1, "document": 3, "mention": 8, "claim": 6, "finding": 6, "source_group": 1,
                     "problem": 1, "stale_baseline_entry": 1}


# --- csv -----------------------------------------------------------------------------------------


def test_csv_reads_back_one_row_per_finding_and_quote(report):
    rows = list(csv.DictReader(io.StringIO(render(report, "csv"), newline="")))
    assert tuple(rows[0]) == COLUMNS
    assert len(rows) == sum(len(f.quotes) for f in report.findings)
    first = rows[0]
    quote = report.findings[1].quotes[0]  # the contradiction comes first
    assert (first["kind"], first["path"], first["line"], first["start"], first["end"], first["quote"]) == (
        "contradiction", quote.path, "1", str(quote.start), str(quote.end), quote.text)
    assert first["value"] == "2024-03-26" and first["published"] == "2024-03-27"


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@SUM(A1)", FORMULA])
def test_csv_defuses_formulas(report, cell):
    report.findings[0].summary = cell
    rows = list(csv.DictReader(io.StringIO(render(report, "csv"), newline="")))
    summaries = {row["summary"] for row in rows if row["fingerprint"] == report.findings[0].fingerprint}
    assert summaries == {"'" + cell}
    for row in rows:
        assert not any(value.startswith(("=", "+", "-", "@")) for value in row.values()), row


def test_csv_gives_each_quote_of_one_source_the_value_of_its_own_line(report):
    """Two statements of one source ("nearly 50" on line 1, "more than 45" on line 3): each row
    shows the figure its quote states, not both."""
    quotes = [Quote(document="a", path="a.txt", line=line, start=start, end=start + 5, text=text)
              for line, start, text in [(1, 0, "nearly 50"), (3, 40, "more than 45")]]
    values = [FindingValue(document="a", value="nearly 50", line=1), FindingValue(document="a", value="more than 45", line=3)]
    report.findings = [Finding(fingerprint="c", kind="consistent", subject="s", summary="consistent", documents=["a"],
                               values=values, quotes=quotes)]
    rows = list(csv.DictReader(io.StringIO(render(report, "csv"), newline="")))
    assert [(row["line"], row["value"]) for row in rows] == [("1", "nearly 50"), ("3", "more than 45")]


def test_csv_summary_names_sources_as_the_text_report_does(report):
    """A summary cites document ids; a spreadsheet reader sees the outlet, as in every report an
    editor reads (the document column keeps the id)."""
    report.documents = [d.model_copy(update={"id": "doc-" + d.id}) for d in report.documents]
    report.findings = [report.findings[1].model_copy(update={
        "summary": "doc-a says Tuesday, doc-b says Monday", "documents": ["doc-a", "doc-b"], "quotes": []})]
    rows = list(csv.DictReader(io.StringIO(render(report, "csv"), newline="")))
    assert rows[0]["summary"] == "Harbour Times says Tuesday, Coast Daily says Monday"
    assert rows[0]["document"] == "doc-a"


def test_csv_keeps_a_finding_without_quotes(report):
    report.findings.append(Finding(fingerprint="nq", kind="variant", subject="s", summary="no quote", documents=["a"]))
    rows = list(csv.DictReader(io.StringIO(render(report, "csv"), newline="")))
    assert [row["path"] for row in rows if row["fingerprint"] == "nq"] == [""]


# --- sarif ---------------------------------------------------------------------------------------


def test_sarif_required_fields(report):
    data = json.loads(render(report, "sarif"))
    assert data["$schema"].endswith("sarif-2.1.0.json") and data["version"] == "2.1.0"
    run = data["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "crosscheck" and driver["informationUri"].startswith("https://")
    assert [rule["id"] for rule in driver["rules"]] == KINDS_MOST_SEVERE_FIRST
    for rule in driver["rules"]:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
    assert len(run["results"]) == len(report.findings)
    for result in run["results"]:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] in {"error", "warning", "note", "none"} and result["message"]["text"]
        assert result["partialFingerprints"]["crosscheckFingerprint/v1"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] and location["region"]["startLine"] >= 1
        assert location["region"]["snippet"]["text"]
        assert "baselineState" not in result
    first = run["results"][0]
    assert first["ruleId"] == "contradiction" and first["level"] == "error"
    assert first["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "news/coast-daily.txt"
    assert first["locations"][0]["properties"]["start"] == 0 and first["locations"][0]["properties"]["end"] == 67


def test_sarif_uris_are_escaped(report):
    data = json.loads(render(report, "sarif"))
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in data["runs"][0]["results"]}
    assert "news/valley%20news.md" in uris


def test_sarif_baseline_states(report, partial_baseline):
    results = json.loads(render(report, "sarif", baseline=partial_baseline))["runs"][0]["results"]
    states = [(r["ruleId"], r["baselineState"]) for r in results]
    assert ("contradiction", "new") in states and ("agreement", "unchanged") in states
    assert not [r for r in results if r["baselineState"] == "absent"]  # a baseline never read from a file
    run = json.loads(render(report, "sarif", baseline=partial_baseline))["runs"][0]
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert any("0000dead0000" in note["message"]["text"] for note in notes)


# --- github --------------------------------------------------------------------------------------


def test_github_annotations(report):
    lines = render(report, "github").splitlines()
    assert lines[0].startswith("::error file=news/harbour-times.txt,line=1,title=crosscheck contradiction%3A ")
    commands = [line.split(" ", 1)[0] for line in lines]
    assert commands == ["::error", "::warning", "::warning", "::notice", "::notice"]  # agreements are not annotated
    assert all("\n" not in line for line in lines)


def test_github_escapes_workflow_command_data(report):
    report.findings[1].summary = "50% done,\nnext:line\r::set-env name=X::1"
    line = render(report, "github").splitlines()[0]
    command, properties, message = line.split("::", 2)
    assert properties.endswith("title=crosscheck contradiction%3A 50%25 done%2C next%3Aline %3A%3Aset-env name=X%3A%3A1")
    assert message.startswith("50%25 done, next:line ::set-env name=X::1%0A")  # one line per part: no new command


def test_github_caps_annotations_most_severe_first(report):
    lines = render(many_findings(report, 30), "github").splitlines()
    assert len(lines) == 11
    assert [line.split(" ", 1)[0] for line in lines[:5]] == ["::error"] * 5
    assert lines[-1].startswith("::notice title=crosscheck::15 more findings")


def test_github_with_baseline_annotates_only_new(report, partial_baseline):
    lines = render(report, "github", baseline=partial_baseline).splitlines()
    assert [line.split(" ", 1)[0] for line in lines] == ["::error", "::notice", "::notice"]
    assert "0000dead0000" in lines[-1]


def test_github_step_summary(report, tmp_path):
    target = tmp_path / "summary.md"
    target.write_text("earlier step\n")
    assert github_format.write_step_summary(report, environ={}) is None
    assert github_format.write_step_summary(report, environ={"GITHUB_STEP_SUMMARY": str(target)}) == target
    written = target.read_text()
    assert written.startswith("earlier step\n### crosscheck: 3 documents, 6 findings")


# --- html ----------------------------------------------------------------------------------------


def test_html_is_self_contained_and_escaped(report):
    out = render(report, "html")
    assert out.count("<script>") == 1 and out.count('<script type="application/json"') == 1
    assert out.count("</script>") == 2
    assert "<img" not in out and "onerror=\"" not in out
    assert "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;" in out
    assert "onerror=&#34;" in out
    assert "&lt;b&gt;only here&lt;/b&gt;" in out
    data = out.split('<script type="application/json" id="timeline-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and json.loads(data)  # tojson escapes markup in the data block
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", out)
    assert "@import" not in out and "url(" not in out


def test_html_csp_allows_only_its_own_script(report):
    out = render(report, "html")
    script = out.split("<script>", 1)[1].split("</script>", 1)[0]
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    policy = html_module.unescape(out.split('http-equiv="Content-Security-Policy" content="', 1)[1].split('"', 1)[0])
    assert f"script-src 'sha256-{digest}'" in policy and "default-src 'none'" in policy


def test_html_has_summary_filters_review_findings_and_timeline_data(report):
    out = render(report, "html")
    assert '<strong data-count="findings">6</strong>' in out
    assert out.count('<article class="finding') == 6 and out.count('value="accept"> accept</label>') == 6
    assert 'id="filter-kind"' in out and 'id="filter-source"' in out and 'id="export-decisions"' in out
    assert '<option value="contradiction">' in out and '<option value="b">Coast Daily</option>' in out
    assert 'data-documents="a b"' in out
    assert out.count('class="value differs"') >= 2
    assert '<mark class="mention" title="time">on Tuesday</mark>' in out
    data = json.loads(out.split('id="timeline-data">', 1)[1].split("</script>", 1)[0])
    opening = data["c0ffee0000000002"]
    assert opening["kind"] == "contradiction"
    assert [(e["source"], e["start"]) for e in opening["events"]] == [("Harbour Times", "2024-03-26"),
                                                                      ("Coast Daily", "2024-03-25")]


def test_html_variant_chips_show_the_spellings(report):
    report.findings[2].values = [FindingValue(document="a", value="Ana Ortiz"), FindingValue(document="b", value="Anna Ortis"),
                                 FindingValue(document="c", value="Ana Ortiz")]
    out = render(report, "html")
    chips = re.findall(r'<li class="chip"><span class="spelling">([^<]*)</span> <span class="muted">([^<]*)</span>', out)
    assert chips == [("Ana Ortiz", "Harbour Times, Bridge story C"), ("Anna Ortis", "Coast Daily")]


def test_html_quote_context_keeps_the_space_between_sentences(report):
    quote = report.findings[1].quotes[0]
    report.findings[1].quotes[0] = quote.model_copy(update={"prefix": "with African leaders"})
    out = render(report, "html")
    assert '<span class="context">with African leaders </span>' in out


def test_html_with_baseline_puts_new_first(report, partial_baseline):
    out = render(report, "html", baseline=partial_baseline)
    assert '<strong class="state-new" data-count="new">2</strong>' in out
    cards = re.findall(r'<article class="finding[^"]*" id="f-\w+" data-kind="(\w+)"', out)
    assert cards[:2] == ["contradiction", "single_source"]
    assert out.index('data-group="new"') < out.index('data-group="internal"')
    assert "0000dead0000" in out.split('id="stale"')[1]


def test_html_survives_quotes_whose_mentions_do_not_fit(report):
    report.findings[1].quotes[0] = Quote(document="a", path="p", line=1, start=0, end=5, text="Other")
    assert "Other" in render(report, "html")
