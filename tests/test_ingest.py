"""Ingest: formats, encodings, bad input named in warnings, stable ids and order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from crosscheck.ingest import collect_inputs, decode, read_paths

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
BODY = "The minister said on Tuesday that 40 soldiers were deployed.\nA second line."


def codes(problems):
    return sorted((Path(p.path).name, p.code) for p in problems)


def test_seeds_are_read_in_sorted_order_with_file_stems_as_ids():
    docs, problems = read_paths([SEEDS])
    assert [d.id for d in docs] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert problems == []
    assert all(d.format == "text" and d.encoding == "utf-8" for d in docs)


def test_offsets_map_to_lines_of_the_original_file():
    docs, _ = read_paths([SEEDS / "002_358a4b9e5b634885.txt"])
    doc = docs[0]
    offset = doc.text.index("General Abdourahamane Tiani")
    original_lines = (SEEDS / "002_358a4b9e5b634885.txt").read_text(encoding="utf-8").split("\n")
    assert "General Abdourahamane Tiani" in original_lines[doc.lines.line_of(offset) - 1]


def test_bad_files_become_warnings_and_the_rest_is_read(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 50)
    (tmp_path / "latin1.txt").write_bytes("Le président a visité Niamey à midi, déclare le ministère.".encode("latin-1"))
    (tmp_path / "utf16.txt").write_bytes("\ufeffThe delegation arrived in Bamako on Monday.".encode("utf-16-le"))
    docs, problems = read_paths([tmp_path, tmp_path / "missing"])
    assert sorted(d.id for d in docs) == ["a", "latin1", "utf16"]
    by_id = {d.id: d for d in docs}
    assert "président" in by_id["latin1"].text and "Niamey" in by_id["latin1"].text
    assert by_id["utf16"].text.startswith("The delegation") and by_id["utf16"].encoding == "utf-16"
    assert ("binary.txt", "W103") in codes(problems)
    assert ("empty.txt", "W111") in codes(problems)
    assert ("image.png", "W109") in codes(problems)
    assert ("missing", "W100") in codes(problems)
    assert all("\n" not in p.render() for p in problems)


def test_invalid_utf16_after_bom_is_a_warning(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\xd8")
    docs, problems = read_paths([tmp_path])
    assert docs == [] and codes(problems) == [("bad.txt", "W101")]


def test_jsonl_records_keep_given_metadata_and_their_line(tmp_path):
    records = [
        {"id": "wire-1", "text": BODY, "title": "Troops deployed", "published": "2024-03-27", "outlet": "Daily Example", "url": "https://example.org/a"},
        {"text": "Another article body."},
    ]
    lines = [json.dumps(r) for r in records]
    lines.insert(1, "{not json")
    lines.insert(2, json.dumps({"title": "no text"}))
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, problems = read_paths([tmp_path / "feed.jsonl"])
    assert [d.id for d in docs] == ["wire-1", "feed:4"]
    first = docs[0]
    assert (first.given_title, str(first.given_published), first.given_outlet) == ("Troops deployed", "2024-03-27", "Daily Example")
    assert first.lines.line_of(0) == 1 and docs[1].lines.line_of(5) == 4
    assert sorted((p.line, p.code) for p in problems) == [(2, "W105"), (3, "W105")]


def test_json_array_records_point_at_the_line_of_their_text(tmp_path):
    text = '[\n  {"text": "First body."},\n  {\n    "text": "Second body.", "published": "2024-02-30"\n  }\n]\n'
    (tmp_path / "batch.json").write_text(text, encoding="utf-8")
    docs, problems = read_paths([tmp_path])
    assert [(d.id, d.lines.line_of(0)) for d in docs] == [("batch:1", 2), ("batch:2", 4)]
    assert docs[1].given_published is None
    assert [(p.line, p.code) for p in problems] == [(3, "W106")]


def test_duplicate_stems_in_subfolders_get_relative_ids(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(BODY, encoding="utf-8")
    docs, _ = read_paths([tmp_path])
    assert [d.id for d in docs] == ["a/story", "b/story"]


@pytest.mark.parametrize("published, day, clock", [
    ("2026-11-24T13:10:00+01:00", "2026-11-24", "13:10"),  # the outlet's own hour, no time zone applied
    ("2026-11-24T07:05:30Z", "2026-11-24", "07:05"),
    ("2026-11-24", "2026-11-24", None),  # a day alone: no clock time, not midnight
])
def test_a_record_keeps_the_clock_time_of_its_publication(tmp_path, published, day, clock):
    (tmp_path / "feed.jsonl").write_text(json.dumps({"id": "r", "text": BODY, "published": published}) + "\n", encoding="utf-8")
    [doc], _ = read_paths([tmp_path / "feed.jsonl"])
    assert str(doc.given_published) == day
    assert (doc.given_published_time.strftime("%H:%M") if doc.given_published_time else None) == clock


def test_html_main_text_and_metadata(tmp_path):
    page = """<html><head><title>Envoy visits Niamey | Example News</title>
    <meta property="og:site_name" content="Example News">
    <meta property="article:published_time" content="2024-06-05T10:00:00Z"></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Envoy visits Niamey</h1>
    <p>A senior envoy arrived in Niamey on Monday for talks with the transitional government, officials said.</p>
    <p>The two sides discussed security cooperation and the withdrawal of foreign troops from the country.</p>
    </article><footer>Copyright Example News</footer></body></html>"""
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    docs, problems = read_paths([tmp_path])
    assert len(docs) == 1, problems
    doc = docs[0]
    assert "arrived in Niamey on Monday" in doc.text and "Home" not in doc.text
    assert str(doc.given_published) == "2024-06-05"


@given(st.binary(max_size=400))
def test_decode_never_raises_anything_but_skip(data):
    try:
        text, encoding = decode(data)
    except Exception as exc:  # noqa: BLE001 - the point is which exception
        assert type(exc).__name__ == "_Skip"
    else:
        assert isinstance(text, str) and encoding


def test_files_come_in_path_order_whatever_the_order_of_the_arguments(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ("a.txt", "b/c.txt", "d.txt"):
        (tmp_path / name).write_text("Officials met on Monday.\n", encoding="utf-8")
    forward, _ = collect_inputs([tmp_path / "a.txt", tmp_path / "b", tmp_path / "d.txt", tmp_path / "missing-1"])
    backward, _ = collect_inputs([tmp_path / "missing-1", tmp_path / "d.txt", tmp_path / "b", tmp_path / "a.txt"])
    assert forward == backward
    assert [stem for _, stem in forward] == ["a", "c", "d"]


def test_the_report_is_byte_identical_for_any_order_of_the_path_arguments():
    from crosscheck.pipeline import check
    from crosscheck.report import render

    seeds = sorted((Path(__file__).parents[1] / "seeds").glob("*.txt"))
    orders = [seeds, seeds[::-1], seeds[2:] + seeds[:2]]
    reports = [check(order) for order in orders]  # one run per order, rendered in each format
    for fmt in ("json", "text"):
        outputs = {render(report, fmt) for report in reports}
        assert len(outputs) == 1, fmt


def test_html_lines_point_at_the_html_source(tmp_path):
    page = ("<html><head><title>Envoy visits Niamey | Example News</title></head>\n<body>\n<nav><a href=\"/\">Home</a></nav>\n"
            "<article>\n<h1>Envoy visits Niamey</h1>\n"
            "<p>A senior envoy arrived in <a href=\"/niamey\">Niamey</a> on Monday for talks with the transitional government, officials said.</p>\n"
            "<div class=\"ad\">Advertisement</div>\n\n\n"
            "<p>The two sides&nbsp;discussed security cooperation and the withdrawal of foreign troops from the country.</p>\n"
            "</article>\n<footer>Copyright Example News</footer></body></html>\n")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    docs, problems = read_paths([tmp_path])
    assert len(docs) == 1, problems
    doc = docs[0]
    source = page.split("\n")
    for needle in ("arrived in", "withdrawal of foreign troops"):
        line = doc.lines.line_of(doc.text.index(needle))
        assert needle.split()[0] in source[line - 1], (needle, line)
