"""Text from articles and file names made safe to print: no terminal escapes, no CI commands.

Article data (titles, quotes, JSON keys, file names) is untrusted. Printed raw it could move a
terminal's cursor or hide text (ANSI CSI), plant links (OSC 8), split a one-line warning with a
newline, or be read by a CI runner as a command: GitHub Actions treats a line that starts with
``::`` (after blanks) as a workflow command, and ``##[`` anywhere in a line as a legacy one.
Every stage below the command line may import this module; it imports nothing of crosscheck.
"""

from __future__ import annotations

import re

# Whole escape sequences first (so no "[31m" residue is left behind), then any lone C0/C1
# control character or DEL. CSI: ESC [ or the one-byte C1 CSI; OSC/DCS/APC/PM/SOS strings run to
# BEL or ST (ESC \\ or C1 ST), or to the end of the text when unterminated.
ESCAPE_OR_CONTROL = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"
    r"|[\x00-\x1f\x7f-\x9f]"
)
_BLANKS = re.compile(r"\s+")
_UNSHOWABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
# U+2060 WORD JOINER: invisible, and breaks the runner's literal match of "##[" and "::".
_JOINER = "\u2060"
_JSON_C1 = {code: f"\\u{code:04x}" for code in range(0x7F, 0xA0)}
_CONTROLS_BUT_LINES = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_COMMAND = re.compile(r"^([ \t]*):(?=:)", re.MULTILINE)


def one_line(text: object) -> str:
    """``text`` as one printable line: escape sequences dropped, controls and blank runs one space."""
    return _BLANKS.sub(" ", ESCAPE_OR_CONTROL.sub(" ", str(text))).strip()


def shown_path(path: object) -> str:
    """A file name as a user can read it: undecodable bytes as ``\\xff``, controls as ``\\x1b``.

    Keeps every other character, so distinct names stay distinct and one is recognisable in a
    file manager; the result always encodes as UTF-8 (a lone surrogate never reaches a report).
    """
    return _UNSHOWABLE.sub(_escaped, str(path))


def _escaped(match: re.Match) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte the file system name did not decode (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def strip_controls(text: str) -> str:
    """``text`` without C0/C1 control characters other than tab and line ends (an escape
    sequence loses its ESC and so its effect)."""
    return _CONTROLS_BUT_LINES.sub("", text)


def defuse_ci_commands(text: str, *, json_escapes: bool = False, keep_line_commands: bool = False) -> str:
    """``text`` with every GitHub Actions command sequence broken.

    ``##[`` becomes ``#\\u0023[`` inside JSON (the same string once decoded) and ``#`` + U+2060 +
    ``#[`` elsewhere (JSON also gets DEL and C1 controls as ``\\u`` escapes); a line that starts with ``::`` gets U+2060 between the colons, unless
    ``keep_line_commands`` (the github format, whose lines are crosscheck's own commands with their
    data escaped).
    """
    text = text.replace("##[", "#\\u0023[" if json_escapes else "#" + _JOINER + "#[")
    # The guards skip whole-text passes that cannot change anything (a report can be 100 MB).
    if json_escapes and (not text.isascii() or "\x7f" in text):  # DEL and C1 controls (a terminal may read U+009B as CSI) as \u escapes: same data
        text = text.translate(_JSON_C1)
    if not keep_line_commands and "::" in text:
        text = _LINE_COMMAND.sub(lambda m: m.group(1) + ":" + _JOINER, text)
    return text
