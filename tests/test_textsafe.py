"""Article data printed by crosscheck cannot drive a terminal or a CI runner, nor break out of JSON-LD."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given, strategies as st

from crosscheck.cli import cli
from crosscheck.textsafe import defuse_ci_commands, one_line, shown_path

BODY = "Russian President Vladimir Putin spoke with Mali's leader Assimi Goita by phone on Wednesday, the Kremlin said."
HOSTILE = "\x1b[2J\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\ \x9b31m ##[add-mask]x\n::error::pwned\r"
LINE_COMMAND = re.compile(r"^\s*::", re.MULTILINE)


def test_one_line_drops_whole_escape_sequences():
    assert one_line("a\x1b[31mred\x1b[0m b\x1b]8;;http://x\x07link\x1b]8;;\x07\nc") == "a red b link c"


def test_shown_path_escapes_controls_and_undecodable_bytes():
    assert shown_path("caf\udcff\x1b[1m.txt") == "caf\\xff\\x1b[1m.txt"
    assert shown_path("日本.txt") == "日本.txt"


@given(st.text())
def test_defused_text_holds_no_command(text):
    for json_escapes in (False, True):
        safe = defuse_ci_commands(text, json_escapes=json_escapes)
        assert "##[" not in safe and not LINE_COMMAND.search(safe)


def _assert_inert(stream: str) -> None:
    assert "\x1b" not in stream and "\x9b" not in stream and "##[" not in stream
    assert not LINE_COMMAND.search(stream), stream


def test_warnings_are_one_inert_line_each(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(BODY, encoding="utf-8")
    (folder / "x\n::error::evil\x1b[31m.json").write_text(json.dumps({"text": BODY + " Again.", HOSTILE: 1}), encoding="utf-8")
    result = CliRunner().invoke(cli, [str(folder), "--format", "json"])
    assert result.exit_code == 0
    _assert_inert(result.stderr)
    warnings = result.stderr.strip().splitlines()
    assert all(line.startswith("warning: ") for line in warnings)
    assert any("W107" in line and "\\x0a::error::evil\\x1b[31m.json" in line for line in warnings), warnings


def test_reports_on_stdout_carry_no_escape_or_command(tmp_path):
    folder = tmp_path / "::error::in"
    folder.mkdir()
    text = f"{HOSTILE}\n\nThe attack ##[add-mask]secret killed 40 people in Mali on Monday, officials said.\n::warning::x\n\n{BODY}"
    (folder / "a.json").write_text(json.dumps({"text": text, "title": HOSTILE, "outlet": HOSTILE, "published": "2024-03-28"}), encoding="utf-8")
    (folder / "b.txt").write_text(BODY + "\nThe attack killed 50 people in Mali on Monday.\n", encoding="utf-8")
    for fmt in ("text", "json", "html"):
        result = CliRunner().invoke(cli, [str(folder), "--format", fmt], env={"NO_COLOR": "1"})
        assert result.exit_code == 0, (fmt, result.stderr)
        _assert_inert(result.stdout)
        _assert_inert(result.stderr)
    data = json.loads(CliRunner().invoke(cli, [str(folder), "--format", "json"]).stdout)
    assert any("##[add-mask]" in (c.get("text") or "") for c in data.get("claims", [])) or "##[add-mask]" in json.dumps(data, ensure_ascii=False)


def test_claimreview_escapes_markup_and_refuses_script_urls(tmp_path):
    article = {"text": BODY, "published": "2024-03-28", "url": "javascript:alert(1)", "title": "</script><script>alert(1)</script>"}
    (tmp_path / "a.json").write_text(json.dumps(article), encoding="utf-8")
    claim = "Putin spoke with Goita by phone on 27 March 2024 </script><!-- & more"
    result = CliRunner().invoke(cli, ["verify", claim, str(tmp_path), "--format", "claimreview"])
    assert result.exit_code in (0, 1), result.stderr
    assert "<" not in result.stdout and ">" not in result.stdout and "&" not in result.stdout
    assert "javascript:" not in result.stdout
    reviews = json.loads(result.stdout)
    assert reviews[0]["claimReviewed"] == claim
