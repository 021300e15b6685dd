"""Hostile and odd input to ingest: one bad file never ends the run, and no data is lost quietly.

Each test is a probe that once crashed the run or dropped an article without a word.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from crosscheck.cli import cli
from crosscheck.ingest import read_paths

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
BODY = "The minister said on Tuesday that 40 soldiers were deployed to Niamey."


def _good(folder: Path) -> None:
    (folder / "good.txt").write_text(BODY, encoding="utf-8")


def _codes(problems):
    return [(Path(p.path).name, p.code) for p in problems]


# -- one bad file never ends the run -------------------------------------------------------

def test_lone_surrogates_in_json_text_and_title_are_replaced_with_a_warning(tmp_path):
    (tmp_path / "bad.json").write_text('{"text": "Troops \\ud800 arrived in Niamey.", "title": "A \\udc00 title"}', encoding="utf-8")
    result = CliRunner().invoke(cli, [str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)["documents"][0]
    assert "\ufffd" in document["title"]
    assert "W117" in result.stderr


def test_file_name_with_an_undecodable_byte_is_read_and_shown_escaped(tmp_path):
    name = os.fsdecode(b"caf\xff.txt")
    (tmp_path / name).write_text(BODY, encoding="utf-8")
    output = tmp_path / os.fsdecode(b"out\xff.json")
    result = CliRunner().invoke(cli, [str(tmp_path), "--format", "json", "-o", str(output)])
    assert result.exit_code == 0, result.stderr
    report = json.loads(output.read_bytes())
    assert report["documents"][0]["path"].endswith("caf\\xff.txt")


def test_deeply_nested_json_is_a_warning(tmp_path):
    _good(tmp_path)
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    docs, problems = read_paths([tmp_path])
    assert [d.id for d in docs] == ["good"]
    assert ("deep.json", "W105") in _codes(problems)


def test_json_integer_over_the_digit_limit_is_a_warning(tmp_path):
    _good(tmp_path)
    (tmp_path / "huge.json").write_text('{"text": "x", "n": ' + "9" * 5000 + "}", encoding="utf-8")
    docs, problems = read_paths([tmp_path])
    assert [d.id for d in docs] == ["good"] and ("huge.json", "W105") in _codes(problems)


def test_authors_that_are_not_names_are_ignored_with_a_warning(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps({"text": BODY, "authors": 12}), encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"text": BODY + " Again.", "authors": ["Ann Lee", {"x": 1}], "title": [1]}), encoding="utf-8")
    docs, problems = read_paths([tmp_path])
    assert [d.given_authors for d in docs] == [[], ["Ann Lee"]]
    assert [code for _, code in _codes(problems)] == ["W107", "W107", "W107"]


def test_path_component_over_255_characters_is_a_warning(tmp_path):
    result = CliRunner().invoke(cli, [str(SEEDS), str(tmp_path / ("a" * 300 + ".txt")), "--format", "json"])
    assert result.exit_code == 0
    assert "W100" in result.stderr and "name too long" in result.stderr.lower()
    assert len(json.loads(result.stdout)["documents"]) == 5


def test_unreadable_folder_is_a_warning(tmp_path, monkeypatch):
    """Folder permissions do not bind root, so as root the operating system's refusal is simulated."""
    _good(tmp_path)
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text(BODY, encoding="utf-8")
    locked.chmod(0o000)
    try:
        if os.geteuid() == 0:
            real_scandir = os.scandir

            def refuse(path="."):
                if Path(path) == locked:
                    raise PermissionError(13, "Permission denied", str(path))
                return real_scandir(path)

            monkeypatch.setattr(os, "scandir", refuse)
        docs, problems = read_paths([tmp_path])
    finally:
        locked.chmod(0o755)
    assert [d.id for d in docs] == ["good"]
    assert [(p.path, p.code) for p in problems] == [(str(locked), "W110")]
    assert "Permission denied" in problems[0].message


def test_fifos_devices_and_dangling_links_are_skipped_never_read(tmp_path):
    _good(tmp_path)
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    result = subprocess.run([sys.executable, "-m", "crosscheck", str(tmp_path), "/dev/zero", "--format", "json"],
                            capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert [d["id"] for d in json.loads(result.stdout)["documents"]] == ["good"]
    for name in ("pipe.txt", "zero.txt", "gone.txt", "/dev/zero"):
        line = next(line for line in result.stderr.splitlines() if name in line)
        assert "W113" in line or "W100" in line


@pytest.mark.parametrize("content", ["[]", '{"articles": []}'])
def test_empty_list_of_articles_is_a_warning(tmp_path, content):
    _good(tmp_path)
    (tmp_path / "none.json").write_text(content, encoding="utf-8")
    docs, problems = read_paths([tmp_path])
    assert [d.id for d in docs] == ["good"] and _codes(problems) == [("none.json", "W114")]


# -- no data lost quietly -------------------------------------------------------------------

def test_jsonl_splits_on_newline_only(tmp_path):
    records = [{"text": "Line\u2028separator and next\u0085line in one story."}, {"text": BODY}]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    docs, problems = read_paths([tmp_path])
    assert problems == []
    assert [d.text for d in docs] == [r["text"] for r in records]
    assert [d.line_of(0) for d in docs] == [1, 2]


@pytest.mark.parametrize("names", [("日本.txt", "中国.txt"), ("a b.txt", "a-b.txt"), ("x?.txt", "x*.txt")])
def test_file_ids_stay_unique_when_names_sanitise_alike(tmp_path, names):
    for number, name in enumerate(names):
        (tmp_path / name).write_text(f"{BODY} Story {number}.", encoding="utf-8")
    docs, problems = read_paths([tmp_path])
    assert len(docs) == 2 and len({d.id for d in docs}) == 2 and problems == []


def test_json_lines_point_into_the_file(tmp_path):
    (tmp_path / "one.jsonl").write_text(json.dumps({"text": "First paragraph.\n\nSecond paragraph about Niamey."}), encoding="utf-8")
    docs, _ = read_paths([tmp_path / "one.jsonl"])
    assert {docs[0].line_of(offset) for offset in range(len(docs[0].text))} == {1}


def test_undated_record_warning_names_the_record_line(tmp_path):
    lines = [json.dumps({"text": BODY, "published": "2024-03-01"}), "", json.dumps({"text": "Another story from Bamako today."})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, [str(tmp_path), "--format", "json"])
    assert result.exit_code == 0
    assert any("feed.jsonl:3: W202" in line for line in result.stderr.splitlines()), result.stderr


def test_utf8_with_one_stray_byte_stays_utf8(tmp_path):
    text = "Le président a visité Niamey à midi, déclare le ministère. " * 5
    (tmp_path / "stray.txt").write_bytes(text.encode("utf-8") + b"\xff" + "Fin de l’article.".encode("utf-8"))
    docs, problems = read_paths([tmp_path])
    assert docs[0].encoding == "utf-8" and "président" in docs[0].text and "l’article" in docs[0].text
    assert _codes(problems) == [("stray.txt", "W115")] and "line 1" in problems[0].message


def test_legacy_encoding_guess_is_a_default_warning(tmp_path):
    (tmp_path / "latin.txt").write_bytes("Le président a visité Niamey à midi, déclare le ministère.".encode("cp1252"))
    result = CliRunner().invoke(cli, [str(tmp_path), "--format", "json"])
    assert result.exit_code == 0
    assert "W115" in result.stderr and "a guess" in result.stderr


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised(tmp_path, encoding):
    (tmp_path / "wide.txt").write_bytes(BODY.encode(encoding))
    docs, problems = read_paths([tmp_path])
    assert docs[0].text == BODY and docs[0].encoding == encoding
    assert _codes(problems) == [("wide.txt", "W115")]


def test_a_stray_nul_in_a_text_is_kept_with_a_warning_not_a_lost_article(tmp_path):
    from crosscheck.ingest import read_paths

    (tmp_path / "stray.txt").write_bytes(b"Title\n\nThe delegation arrived \x00in Bamako on Monday.\n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 50)
    docs, problems = read_paths([tmp_path])
    assert [d.id for d in docs] == ["stray"]
    assert docs[0].text == "Title\n\nThe delegation arrived \x00in Bamako on Monday.\n"  # as in the file
    found = sorted((Path(p.path).name, p.code, p.message) for p in problems)
    assert found == [("binary.txt", "W103", "binary file (NUL bytes), not text"),
                     ("stray.txt", "W115", "1 NUL byte(s) in the text (first on line 3); read as text")]


def test_only_the_byte_order_mark_is_dropped_not_a_zero_width_no_break_space_after_it(tmp_path):
    from crosscheck.ingest import read_paths

    text = "\ufeffTitle\n\nThe delegation arrived in Bamako on Monday.\n"
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (tmp_path / "bom16.txt").write_bytes(text.encode("utf-16"))  # its own BOM, then the U+FEFF of the text
    docs, _ = read_paths([tmp_path])
    assert [d.text for d in docs] == [text, text]
