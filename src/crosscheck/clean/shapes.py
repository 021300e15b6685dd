"""The line model of the clean stage and the shapes it looks for in lines: dates, times, names, datelines."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time

PROSE, SHORT_PROSE, HEADLINE, FURNITURE = "prose", "short_prose", "headline", "furniture"

DIGIT = re.compile(r"\d")
YEAR = re.compile(r"(?:19|20)\d\d")
LETTER = re.compile(r"[^\W\d_]")
# Words of four letters or more, capitalised (group 1 set) or lower-case: one scan counts both.
LONG_WORD_START = re.compile(r"(?<!\w)(?:([A-Z])|[a-z])\w{3}")
BULLETS = frozenset("•·▪►◦●‣*-–—>|")
TIGHT_BULLETS = frozenset("•·▪►◦●‣")
CLOSERS = "\"'”’»)]"
SENTENCE_END = frozenset(".!?…。！？")
# Scripts written without spaces between words (Chinese, Japanese): two characters count as a word.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
MASTHEAD_EDGE = " |,-–—*_•·"
NAME_JOINERS = frozenset("of the and de du la le al el & -".split())
OPENING_QUOTES = "\"'“‘«"
WORD_EDGE = "\"'“”‘’«»()[]{}.,;:!?…|"
MARKER_EDGE = " :.|»›>-–—"

# Zones outside the article body that extraction reads too. The headline is zoned once, however
# often the page repeats it; its claims take the time and participants of the body claims that
# restate them (extract/claims.py), so a headline is not a second, undated account.
READ_ZONES = frozenset({"headline", "standfirst", "caption"})
ZONE_EVIDENCE = {
    "body": "a paragraph of the prose region",
    "list": "a short line or list item between or right after the article's paragraphs",
    "headline": "the headline: above the byline/date block, about what the first paragraphs say",
    "standfirst": "a sentence between the headline and the first paragraph",
    "caption": "a photo caption (photo credit or agency in brackets)",
    "byline": "a byline or date line",
    "comments": "readers' comments after the article",
    "furniture": "navigation, share buttons, link lists, notices or other page furniture",
}
# How many non-blank lines above the body the headline is looked for in.
TITLE_WINDOW = 40
# How many non-blank lines under the headline a standfirst may stand (kicker, byline, date, photo credit between).
STANDFIRST_REACH = 6
CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
# Breadcrumbs and language switchers: "Home » News »", "BLOG > Weight Loss", "News / World / Africa",
# "EN | FR | DE". One slash alone is no breadcrumb ("Dare to Play 3 / October pack").
BREADCRUMB = re.compile(r"\s[»›>]\s|\s/\s.*\s/\s|[»›>/]$|^(?:[A-Z]{2}\s*\|\s*)+[A-Z]{2}$")
# A clock time in the forms pages print it: "18:05", "6.05pm", "9 a.m.", and the French hours
# "18h05", "18 h 05", "18h", "18 heures" (also "18 heures 05").
TIME = re.compile(r"(?<![\w:])\d{1,2}(?:[:.]|\s?h\s?)\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?![\w:])|(?<!\w)\d{1,2}\s*[ap]\.?m\.?(?!\w)"
                  r"|(?<![\w:])\d{1,2}\s?(?:h|heures?)(?:\s\d{2})?(?![\w:])", re.IGNORECASE)
# What stands between a date and the clock time printed after it: "9 October 2026, 18:05",
# "vendredi 9 octobre 2026 à 18 h 05", "Oct 9, 2026 at 6:05 pm", "9/10/2026 - 18:05", "@ 18:05".
CLOCK_LINK = re.compile(r"[\s,|•·–—-]*(?:(?:at|à|a|@)\s+)?", re.IGNORECASE)
NOT_PUNCTUATION = re.compile(r"[^\W\d_]+|\s+")
NUMBER_RUN = re.compile(r"\d+")
# The longest line read as a timestamp from its year and time of day alone.
STAMP_WORDS = 12
# Words that may surround a date on a date line without making it a sentence.
DATE_LINE_WORDS = frozenset("at on | - – — -- • · , ( ) gmt utc cet cest est edt pst pdt bst wat eat cat et ct mt pt cst cdt mst mdt ist jst aest z local time min read mins".split())
NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|del|van|von|bin|al|el|ibn|le|la|du))*"
NAMES = re.compile(rf"{NAME}(?:\s*(?:,|\band\b|&)\s*{NAME})*")
SPLIT_NAMES = re.compile(r"\s*(?:,|\band\b|&)\s*")
# A wire dateline opening the first paragraph: "LUSAKA (Reuters) -", "BAMAKO, March 10, 2025 (Reuters) -",
# "DAKAR, 4 May 2024 -". The place is in capitals unless an agency in brackets follows.
DATELINE = re.compile(r"^(?P<head>[A-Z][^()\n]{1,60}?)\s*(?:\((?P<agency>[^\W\d_][\w .&'’-]{1,30})\))?\s*[-–—:]\s")
DATELINE_MARK = re.compile(r"[-–—:]\s")
# The furthest a dateline's dash can stand from the start of the line (head, agency and spaces).
DATELINE_REACH = 110


class Gated:
    """A costly pattern behind a cheap one: ``match``/``search`` run the pattern only on text in
    which ``gate`` finds something (a byline needs its label word, a date its digits)."""

    __slots__ = ("pattern", "gate")

    def __init__(self, pattern: re.Pattern, gate: re.Pattern):
        self.pattern, self.gate = pattern, gate

    def match(self, text: str) -> re.Match | None:
        return self.pattern.match(text) if self.gate.search(text) else None

    def search(self, text: str, pos: int = 0) -> re.Match | None:
        return self.pattern.search(text, pos) if self.gate.search(text, pos) else None


# A line wholly in Markdown emphasis ("_Posted May 2, 2025_", "**By Jane Doe**"): the markers are not text.
EMPHASIS = re.compile(r"^(\*\*|__|\*|_)(?=\S)((?:(?!\1).)+(?<!\s))\1$")
GLUED = re.compile(r"[.!?”\"’]([A-Z][a-z]+)$")
# UI labels glued to a paragraph are short words: only the end of a line is searched for them.
GLUED_REACH = 24


def glued_label(text: str) -> re.Match | None:
    """A capitalised word glued to the sentence that ends ``text`` ("... partner.Tools"), if any."""
    return GLUED.search(text, max(0, len(text) - GLUED_REACH))


@dataclass(slots=True)
class Line:
    """One non-blank line: its content span (bullet and indentation excluded) and what it is."""

    index: int  # 0-based line of the text
    pos: int  # position among non-blank lines
    start: int
    end: int
    text: str
    lower: str
    words: int
    bullet: str  # the list marker the line opened with ("•", "—"), "" for none
    gap_before: bool  # a blank line separates it from the previous non-blank line
    heading: int = 0  # Markdown heading level ("# Title" is 1), 0 for other lines
    kind: str = HEADLINE
    in_block: bool = False
    shape: str = HEADLINE  # the kind from the line alone, before link blocks were marked
    zone: str = "furniture"  # the page zone (models.ZoneKind, or 'comments' for furniture of that kind)
    in_body: bool = False
    date: date | None = None
    date_match: re.Match | None = None
    # A short line with a year and a time of day in words the date rules cannot read (a language
    # without month names: "sexta-feira, 22 de outubro de 2010 às 20:13"): a timestamp all the same.
    stamp: bool = False


@dataclass(slots=True)
class DateCandidate:
    line: Line
    shown: str
    score: int
    reasons: list[str]
    updated: bool
    clock: time | None = None  # the time of day printed with the date, if any


def is_stamp(text: str, words: int) -> bool:
    """A year and a time of day on a short line: a timestamp, whatever its language."""
    return words <= STAMP_WORDS and YEAR.search(text) is not None and TIME.search(text) is not None


def punctuation_shape(text: str) -> str:
    """What is left of a line without its letters and spaces, each number as 0: the shape that
    the items of a list share ("1a etapa: 10 de março – Interlagos" is "0:0–")."""
    return NUMBER_RUN.sub("0", NOT_PUNCTUATION.sub("", text))


def is_attribution(line: "Line") -> bool:
    """The speaker under a quotation: a dash, then a capitalised name ("— David McKinley on
    Sunday, ..."). A hyphen is a list bullet more often than a quotation dash."""
    return bool(line.bullet) and line.bullet in "—―–" and line.text[:1].isupper()


def norm(text: str) -> str:
    return " ".join(text.lower().strip(MARKER_EDGE).split())


def find_dateline(text: str) -> re.Match | None:
    """The wire dateline at the start of ``text``, if any: a place in capitals, or any place
    followed by an agency in brackets, before a dash."""
    if DATELINE_MARK.search(text, 0, DATELINE_REACH) is None:  # cheap gate: no dash or colon near the start
        return None
    found = DATELINE.match(text)
    if found is None:
        return None
    place = found.group("head").split(",", 1)[0]
    if found.group("agency") or (place.isupper() and sum(ch.isalpha() for ch in place) >= 3):
        return found
    return None


def dateline_end(paragraph: str) -> int:
    """Length of the wire dateline that opens ``paragraph`` ("JEDDAH, Nov 4 (Gulf Wire) - "),
    0 when there is none. Later stages skip it: its place and agency are the filing
    circumstances, not facts of the story."""
    found = find_dateline(paragraph)
    return found.end() if found else 0


def split_lines(text: str) -> list[Line]:
    """Every non-blank line of ``text`` with its content span: bullets, Markdown heading marks and
    emphasis around a whole line are left out of the span, and remembered."""
    lines: list[Line] = []
    offset = 0
    gap = True
    for index, raw in enumerate(text.split("\n")):
        line_start = offset
        offset += len(raw) + 1
        content = raw.strip()
        if not content:
            gap = True
            continue
        start = line_start + len(raw) - len(raw.lstrip())
        bullet = ""
        first = content[0]
        if first in BULLETS and (len(content) == 1 or content[1] in " \t\u00a0") or first in TIGHT_BULLETS:
            rest = content[1:].lstrip()
            if not rest:
                continue
            start += len(content) - len(rest)
            content, bullet = rest, first
        level = 0
        if not bullet and first == "#":
            heading = content.lstrip("#")
            level = len(content) - len(heading)
            heading = heading.lstrip()
            if not heading:
                continue
            start += len(content) - len(heading)
            content = heading
        emphasis = EMPHASIS.match(content) if content[0] in "*_" else None
        if emphasis:
            start += len(emphasis.group(1))
            content = emphasis.group(2)
        words = content.count(" ") + 1
        if not content.isascii():
            words = max(words, len(CJK.findall(content)) // 2)
        lines.append(Line(index, len(lines), start, start + len(content), content, content.lower(), words, bullet, gap, level))
        gap = False
    return lines
