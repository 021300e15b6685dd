"""The clean stage: separate article body from page furniture and read the page's metadata.

Scraped page text mixes the article with navigation, share buttons, tickers, link lists and
captions, sometimes in the middle of the body. Each line is classified from general signals
(length, share of function words, sentence punctuation, repetition, bullets, marker words kept
in ``rules/furniture.yaml``); link blocks opened by a marker line run until the next real
paragraph; the body is then the densest region of prose (a maximum-sum window, so a short
furniture block inside the article does not cut it). Title, publication date, outlet, wire
credit and authors are read from the lines around that region. Text is never rewritten: body
and furniture are spans of the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pydantic import BaseModel, ConfigDict, field_validator

from .calendar_words import MONTH_PATTERN, MONTHS, WEEKDAY_PATTERN
from .models import Document, RawDocument
from .rules import RuleExamples, RuleFile, RuleModel, RulePack, rule_kind

# ---------------------------------------------------------------------------------------------
# Rule file


class WordMarkers(RuleModel):
    """Marker phrases compared with a whole line (case-insensitive, trailing ':' ignored)."""

    words: list[str]
    examples: RuleExamples


class LinePatterns(BaseModel):
    """Regular expressions searched in a line; compiled while validating."""

    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)
    patterns: list[re.Pattern]
    examples: RuleExamples

    @field_validator("patterns", mode="before")
    @classmethod
    def _compile(cls, value: list[str]) -> list[re.Pattern]:
        compiled = []
        for index, pattern in enumerate(value):
            try:
                compiled.append(re.compile(pattern))
            except re.error as exc:
                raise ValueError(f"patterns[{index}]: invalid regex {pattern!r}: {exc}") from None
        return compiled

    def search(self, line: str) -> re.Match | None:
        for pattern in self.patterns:
            found = pattern.search(line)
            if found:
                return found
        return None

    def combined(self) -> re.Pattern:
        """All patterns as one alternation (one scan per line); only for patterns without named groups."""
        return re.compile("|".join(f"(?:{p.pattern})" for p in self.patterns))


class WireAgency(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    aliases: list[str]


@rule_kind("furniture")
class FurnitureRules(RuleFile):
    """Words and line shapes of page furniture (see rules/furniture.yaml)."""

    stopwords: list[str]
    verbs: list[str]
    section_markers: WordMarkers
    ticker_markers: WordMarkers
    line_markers: WordMarkers
    prefix_markers: WordMarkers
    line_patterns: LinePatterns
    caption_patterns: LinePatterns
    copyright_patterns: LinePatterns
    published_labels: list[str]
    updated_labels: list[str]
    byline_labels: list[str]
    credit_labels: list[str]
    wire_agencies: list[WireAgency]
    organisation_words: list[str]
    anonymous_bylines: list[str]
    section_words: list[str]
    glued_tails: list[str]


# ---------------------------------------------------------------------------------------------
# Line model

PROSE, SHORT_PROSE, HEADLINE, FURNITURE = "prose", "short_prose", "headline", "furniture"

_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?:19|20)\d\d")
_LETTER = re.compile(r"[^\W\d_]")
# Words of four letters or more, capitalised (group 1 set) or lower-case: one scan counts both.
_LONG_WORD_START = re.compile(r"(?<!\w)(?:([A-Z])|[a-z])\w{3}")
_BULLETS = frozenset("•·▪►◦●‣*-–—>|")
_TIGHT_BULLETS = frozenset("•·▪►◦●‣")
_CLOSERS = "\"'”’»)]"
_SENTENCE_END = frozenset(".!?…")
_MASTHEAD_EDGE = " |,-–—*_•·"
_NAME_JOINERS = frozenset("of the and de du la le al el & -".split())
_OPENING_QUOTES = "\"'“‘«"
_WORD_EDGE = "\"'“”‘’«»()[]{}.,;:!?…|"
_MARKER_EDGE = " :.|»›>-–—"

_DATE = re.compile(
    rf"(?<!\w)(?:(?:(?P<wd1>{WEEKDAY_PATTERN})\.?,?\s+)?(?P<mon1>{MONTH_PATTERN})\.?\s+(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year1>\d{{4}})"
    rf"|(?:(?P<wd2>{WEEKDAY_PATTERN})\.?,?\s+)?(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{MONTH_PATTERN})\.?,?\s+(?P<year2>\d{{4}})"
    r"|(?P<year3>(?:19|20)\d\d)[-/.](?P<mon3>\d{1,2})[-/.](?P<day3>\d{1,2}))(?!\w)",
    re.IGNORECASE,
)
_TIME = re.compile(r"(?<![\w:])\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?![\w:])|(?<!\w)\d{1,2}\s*[ap]\.?m\.?(?!\w)", re.IGNORECASE)
# Words that may surround a date on a date line without making it a sentence.
_DATE_LINE_WORDS = frozenset("at on | - – — , gmt utc cet cest est edt pst pdt bst wat eat cat local time".split())
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|del|van|von|bin|al|el|ibn|le|la|du))*"
_NAMES = re.compile(rf"{_NAME}(?:\s*(?:,|\band\b|&)\s*{_NAME})*")
_SPLIT_NAMES = re.compile(r"\s*(?:,|\band\b|&)\s*")
# A wire dateline opening the first paragraph: "LUSAKA (Reuters) -", "BAMAKO, March 10, 2025 (Reuters) -",
# "DAKAR, 4 May 2024 -". The place is in capitals unless an agency in brackets follows.
_DATELINE = re.compile(r"^(?P<head>[A-Z][^()\n]{1,60}?)\s*(?:\((?P<agency>[^\W\d_][\w .&'’-]{1,30})\))?\s*[-–—:]\s")
# A dateline date without its year ("Nov 4", "4 November"): wires often omit the year.
_PARTIAL_DATE = re.compile(
    rf"(?<!\w)(?:(?P<mon1>{MONTH_PATTERN})\.?\s+(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon2>{MONTH_PATTERN})\.?)(?!\w)",
    re.IGNORECASE,
)
# A line wholly in Markdown emphasis ("_Posted May 2, 2025_", "**By Jane Doe**"): the markers are not text.
_EMPHASIS = re.compile(r"^(\*\*|__|\*|_)(?=\S)((?:(?!\1).)+(?<!\s))\1$")
_GLUED = re.compile(r"[.!?”\"’]([A-Z][a-z]+)$")


@dataclass(slots=True)
class _Line:
    """One non-blank line: its content span (bullet and indentation excluded) and what it is."""

    index: int  # 0-based line of the text
    pos: int  # position among non-blank lines
    start: int
    end: int
    text: str
    lower: str
    words: int
    bullet: bool
    gap_before: bool  # a blank line separates it from the previous non-blank line
    heading: int = 0  # Markdown heading level ("# Title" is 1), 0 for other lines
    kind: str = HEADLINE
    in_block: bool = False
    in_body: bool = False
    date: date | None = None
    date_match: re.Match | None = None


@dataclass(slots=True)
class _DateCandidate:
    line: _Line
    shown: str
    score: int
    reasons: list[str]
    updated: bool


def _norm(text: str) -> str:
    return " ".join(text.lower().strip(_MARKER_EDGE).split())


def _dateline(text: str) -> re.Match | None:
    """The wire dateline at the start of ``text``, if any: a place in capitals, or any place
    followed by an agency in brackets, before a dash."""
    found = _DATELINE.match(text)
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
    found = _dateline(paragraph)
    return found.end() if found else 0


def _parse_date(found: re.Match) -> date | None:
    g = found.groupdict()
    try:
        if g["year1"]:
            return date(int(g["year1"]), MONTHS[g["mon1"].lower()], int(g["day1"]))
        if g["year2"]:
            return date(int(g["year2"]), MONTHS[g["mon2"].lower()], int(g["day2"]))
        return date(int(g["year3"]), int(g["mon3"]), int(g["day3"]))
    except (ValueError, KeyError):
        return None


class Cleaner:
    """Built once per run from the rules; :meth:`clean` turns a RawDocument into a Document."""

    def __init__(self, rules: RulePack):
        files: list[FurnitureRules] = rules.get("furniture")
        if not files:
            raise ValueError("the rule pack has no 'furniture' rule file")

        def merged(get) -> list[str]:
            return [word for rule in files for word in get(rule)]

        self._stopwords = frozenset(w.lower() for w in merged(lambda r: r.stopwords))
        self._verbs = frozenset(w.lower() for w in merged(lambda r: r.verbs))
        self._section = frozenset(_norm(w) for w in merged(lambda r: r.section_markers.words))
        self._ticker = frozenset(_norm(w) for w in merged(lambda r: r.ticker_markers.words))
        self._line_words = frozenset(_norm(w) for w in merged(lambda r: r.line_markers.words))
        self._prefixes = tuple(sorted({w.lower() for w in merged(lambda r: r.prefix_markers.words)}))
        self._updated_labels = frozenset(_norm(w) for w in merged(lambda r: r.updated_labels))
        self._anonymous = frozenset(w.lower() for w in merged(lambda r: r.anonymous_bylines))
        self._org_words = frozenset(w.lower() for w in merged(lambda r: r.organisation_words))
        self._section_words = frozenset(w.lower() for w in merged(lambda r: r.section_words))
        self._glued_tails = frozenset(merged(lambda r: r.glued_tails))
        self._patterns = {
            "line": [r.line_patterns for r in files],
            "caption": [r.caption_patterns for r in files],
            "copyright": [r.copyright_patterns for r in files],
        }
        self._line_shape = re.compile("|".join(f"(?:{r.line_patterns.combined().pattern})" for r in files))
        self._caption = re.compile("|".join(f"(?:{r.caption_patterns.combined().pattern})" for r in files))
        self._agencies = {alias.lower(): agency.name for r in files for agency in r.wire_agencies for alias in agency.aliases}

        def alternation(words: list[str]) -> str:
            return "|".join(sorted({re.escape(w) for w in words}, key=lambda w: (-len(w), w)))

        self._byline = re.compile(rf"^(?:(?P<pre>.+?)\s+)?(?i:{alternation(merged(lambda r: r.byline_labels))})\s*:?\s+(?P<names>[A-Z].*)$")
        self._credit_label = re.compile(rf"^(?i:{alternation(merged(lambda r: r.credit_labels))})\s*:\s*(?P<credit>\S.{{0,60}})$")
        date_labels = merged(lambda r: r.published_labels) + merged(lambda r: r.updated_labels)
        self._date_label = re.compile(rf"^(?P<label>{alternation(date_labels)})\s*:?$", re.IGNORECASE)
        # A label after a name and a separator: "Example blog, posted May 2, 2025", "Example News | Updated".
        self._date_label_tail = re.compile(rf"^[^,|–—]{{1,60}}[,|–—]\s*(?P<label>{alternation(date_labels)})\s*:?$", re.IGNORECASE)

    # -- rule groups (also used by the rule-example tests) ----------------------------------

    def matches(self, group: str, line: str) -> bool:
        """Whether ``line`` matches the rule group ``group`` of the furniture rules."""
        text = line.strip()
        if group == "section_markers":
            return _norm(text) in self._section
        if group == "ticker_markers":
            return _norm(text) in self._ticker
        if group == "line_markers":
            return _norm(text) in self._line_words
        if group == "prefix_markers":
            return text.lower().startswith(self._prefixes)
        if group in ("line_patterns", "caption_patterns", "copyright_patterns"):
            return self._search(group.split("_")[0], text) is not None
        raise KeyError(group)

    def _search(self, group: str, text: str) -> re.Match | None:
        for patterns in self._patterns[group]:
            found = patterns.search(text)
            if found:
                return found
        return None

    # -- line classification ----------------------------------------------------------------

    @staticmethod
    def _split_lines(text: str) -> list[_Line]:
        lines: list[_Line] = []
        offset = 0
        gap = True
        for index, raw in enumerate(text.split("\n")):
            line_start = offset
            offset += len(raw) + 1
            content = raw.strip()
            if not content:
                gap = True
                continue
            start = line_start + raw.index(content[0])
            bullet = False
            first = content[0]
            if first in _BULLETS and (len(content) == 1 or content[1] in " \t\u00a0") or first in _TIGHT_BULLETS:
                rest = content[1:].lstrip()
                if not rest:
                    continue
                start += len(content) - len(rest)
                content, bullet = rest, True
            level = 0
            if not bullet and first == "#":
                heading = content.lstrip("#")
                level = len(content) - len(heading)
                heading = heading.lstrip()
                if not heading:
                    continue
                start += len(content) - len(heading)
                content = heading
            emphasis = _EMPHASIS.match(content)
            if emphasis:
                start += len(emphasis.group(1))
                content = emphasis.group(2)
            lines.append(_Line(index, len(lines), start, start + len(content), content, content.lower(), content.count(" ") + 1, bullet, gap, level))
            gap = False
        return lines

    def _classify(self, line: _Line) -> None:
        """Sets ``kind`` from the line alone, and its date if it holds one."""
        text, lower, words = line.text, line.lower, line.words
        if words <= 14 and _YEAR.search(text):
            found = _DATE.search(text)
            if found:
                line.date = _parse_date(found)
                line.date_match = found if line.date else None
        if words <= 12 and (lower.strip(_MARKER_EDGE) in self._line_words or lower.startswith(self._prefixes)):
            line.kind = FURNITURE
            return
        if text[-1] == ")" and self._caption.search(text):
            line.kind = FURNITURE
            return
        if words <= 8 and (words <= 3 or not text[0].isalpha() or text[-1].isdigit()) and self._line_shape.search(text):
            line.kind = FURNITURE
            return
        if words < 3 or words < 5 and not _LETTER.search(text):
            line.kind = FURNITURE if line.bullet else HEADLINE
            return
        end = text.rstrip(_CLOSERS)
        ends_sentence = end[-1:] in _SENTENCE_END
        kind = HEADLINE
        if ends_sentence or words >= 8:
            sample = lower.split(None, 30)[:30]
            stop = sum(map(self._stopwords.__contains__, sample)) / len(sample)
            if stop >= 0.3 or self._sentence_case(text):
                if ends_sentence:
                    if words >= 8 and stop >= 0.2:
                        kind = PROSE
                    elif stop >= 0.15 or words >= 6:
                        kind = SHORT_PROSE
                elif words >= 15 and stop >= 0.25:
                    kind = PROSE
                elif end[-1:] == ":" and stop >= 0.25:
                    kind = PROSE
            if kind != PROSE and ends_sentence and words >= 6 and self._is_sentence(text):
                kind = PROSE
        if line.bullet and kind != PROSE:
            kind = FURNITURE
        line.kind = kind

    def _is_sentence(self, text: str) -> bool:
        """A line full of names that still reads as a sentence ("General Goita received Prime
        Minister Ousmane Sonko in Bamako on Sunday."): it starts with a capital, has at least two
        function words and a finite verb written in lower case. Headlines and link titles do not
        end with a full stop, so this is only asked of lines that do."""
        if not (text[0].isupper() or text[0] in _OPENING_QUOTES):
            return False
        words = [w.strip(_WORD_EDGE) for w in text.split()]
        if sum(1 for w in words if w.lower() in self._stopwords) < 2:
            return False
        return any(w.islower() and (w in self._verbs or (len(w) > 4 and w.endswith("ed"))) for w in words[1:])

    @staticmethod
    def _sentence_case(text: str) -> bool:
        """False for Title Case Headlines, where most words of four letters or more are capitalised."""
        starts = _LONG_WORD_START.findall(text)
        lowercase = starts.count("")
        capitalised = len(starts) - lowercase
        return capitalised < 4 or capitalised < 3 * lowercase

    def _mark_blocks(self, lines: list[_Line]) -> None:
        """Marker lines open blocks: a ticker runs to the next blank line, a link list to the next paragraph."""
        mode = None
        for line in lines:
            if mode == "ticker" and not line.gap_before:
                line.kind, line.in_block = FURNITURE, True
                continue
            if mode == "ticker":
                mode = None
            if line.words <= 6:
                norm = line.lower.strip(_MARKER_EDGE)
                if norm in self._ticker:
                    line.kind, line.in_block, mode = FURNITURE, True, "ticker"
                    continue
                if norm in self._section:
                    line.kind, line.in_block, mode = FURNITURE, True, "links"
                    continue
            if mode == "links":
                if line.kind == PROSE and line.words >= 12:
                    mode = None
                else:
                    line.kind, line.in_block = FURNITURE, True

    @staticmethod
    def _body_region(lines: list[_Line]) -> tuple[int, int] | None:
        """The window of lines with the most prose words net of the rest (maximum-sum subarray).

        Recognised furniture costs little, so a link block inside an article does not split it;
        unrecognised headline-like lines cost their words, so teaser lists far away stay out.
        """
        best, best_range = 0, None
        total, start = 0, 0
        seen_headlines: set[str] = set()
        for i, line in enumerate(lines):
            kind = line.kind
            if kind == PROSE:
                weight = line.words
            elif kind == SHORT_PROSE:
                weight = line.words // 2
            elif kind == HEADLINE:
                weight = -1 if line.text in seen_headlines else -line.words
                seen_headlines.add(line.text)
            else:
                weight = -(1 + line.words // 4)
            if total <= 0:
                total, start = 0, i
            total += weight
            if total > best and kind == PROSE:
                best, best_range = total, (start, i)
        return best_range

    # -- metadata ---------------------------------------------------------------------------

    def _date_label_of(self, before: str) -> re.Match | None:
        """The label that introduces a date: the whole text before it, or its tail after a separator."""
        if not before:
            return None
        return self._date_label.match(before) or self._date_label_tail.match(before)

    def _is_date_line(self, line: _Line) -> bool:
        """A line that is a date (with weekday, time, label or byline around it), not a sentence."""
        found = line.date_match
        if found is None:
            return False
        before = line.text[: found.start()].strip(" |,-–—•")
        if self._date_label_of(before):
            return True
        rest = before.lower().split() + _TIME.sub(" ", line.text[found.end():]).lower().split()
        return sum(1 for w in rest if w.strip(_WORD_EDGE) and w.strip(_WORD_EDGE) not in _DATE_LINE_WORDS) <= 3

    def _date_candidates(self, lines: list[_Line], body: list[_Line], title: _Line | None, bylines: list[_Line]) -> list[_DateCandidate]:
        candidates: list[_DateCandidate] = []
        byline_positions = {b.pos for b in bylines}
        body_start = body[0].pos if body else len(lines)
        body_end = body[-1].pos if body else None
        for line in lines:
            found = line.date_match
            if found is None or line.in_body:
                continue
            is_byline = line.pos in byline_positions
            if not (is_byline or self._is_date_line(line)):
                continue
            before = line.text[: found.start()].strip(" |,-–—•")
            label_match = self._date_label_of(before)
            label = _norm(label_match.group("label")) if label_match else None
            updated = label in self._updated_labels if label else False
            time_found = _TIME.match(line.text, found.end() + len(line.text[found.end():]) - len(line.text[found.end():].lstrip(" ,|-–—at@")))
            score, reasons = 0, []
            if label and not updated:
                score += 3
                reasons.append(f"labelled '{label}'")
            if is_byline or any(abs(line.pos - p) <= 2 for p in byline_positions):
                score += 3
                reasons.append("next to the byline")
            if title is not None and 0 < line.pos - title.pos <= 3:
                score += 2
                reasons.append("under the title")
            if time_found:
                score += 2
                reasons.append("with a time of day")
            if body_end is not None and 0 < line.pos - body_end <= 2:
                score += 2
                reasons.append("right after the body")
            if line.in_block:
                score -= 6
                reasons.append("inside a link list")
            at_top = line.pos <= 2 and line.pos < body_start and (title is None or line.pos < title.pos)
            if at_top and (found.group("wd1") or found.group("wd2")) and label is None:
                score -= 4
                reasons.append("a weekday date at the top of the page, likely the render date")
            shown = line.text[found.start(): time_found.end() if time_found else found.end()]
            candidates.append(_DateCandidate(line, shown, score, reasons, updated))
        return candidates

    @staticmethod
    def _published(candidates: list[_DateCandidate]) -> tuple[date | None, str | None]:
        """The best-scored date line; an 'updated' date only when nothing else is dated."""
        usable = [c for c in candidates if c.score > -5]
        if not usable:
            return None, None
        fresh = [c for c in usable if not c.updated] or usable
        best = max(fresh, key=lambda c: (c.score, -c.line.pos))
        why = f" ({', '.join(best.reasons)})" if best.reasons else ""
        return best.line.date, f"line {best.line.index + 1}: '{best.shown}'{why}"

    @staticmethod
    def _dateline_date(first: _Line) -> tuple[date | None, str | None, str | None]:
        """The date of a wire dateline ("BAMAKO, March 10, 2025 (Reuters) -"), used when the page
        shows no date line of its own: the wire dates its copy on the day it files it. A dateline
        without a year ("JEDDAH, Nov 4 (Gulf Wire) -") gives only its month and day ("11-04"),
        for the pipeline to complete from the other articles of the run.

        Returns (date, evidence, partial "MM-DD")."""
        dateline = _dateline(first.text)
        if dateline is None:
            return None, None, None
        head = dateline.group("head")
        found = _DATE.search(head)
        parsed = _parse_date(found) if found else None
        if parsed is not None:
            return parsed, f"line {first.index + 1}: '{found.group()}' (wire dateline)", None
        partial = _PARTIAL_DATE.search(head)
        if partial is None:
            return None, None, None
        month = MONTHS[(partial.group("mon1") or partial.group("mon2")).lower()]
        day = int(partial.group("day1") or partial.group("day2"))
        try:
            date(2000, month, day)  # a leap year: "Feb 29" is a real month-day
        except ValueError:
            return None, None, None
        return None, f"line {first.index + 1}: '{partial.group()}' (wire dateline)", f"{month:02d}-{day:02d}"

    def _bylines(self, zone: list[_Line]) -> list[tuple[_Line, list[str]]]:
        found = []
        for line in zone:
            if line.words > 14 or line.kind == PROSE or line.in_body:
                continue
            match = self._byline.match(line.text)
            if not match:
                continue
            if all(w.strip(_WORD_EDGE).lower() in self._anonymous for w in match.group("names").split()):
                found.append((line, []))  # "By Staff reporter": a byline, but nobody's name
                continue
            names_match = _NAMES.match(match.group("names"))
            if not names_match:
                continue
            pre = (match.group("pre") or "").strip(" |-–—")
            dated_pre = line.date_match is not None and line.date_match.end() <= len(pre) + 1
            if pre and pre != names_match.group().strip() and not dated_pre:
                continue
            names = [" ".join(n.split()).strip(" .") for n in _SPLIT_NAMES.split(names_match.group())]
            names = [n for n in names if n]
            if names:
                found.append((line, names))
        return found

    def _is_organisation(self, name: str, counts: dict[str, int]) -> bool:
        return counts.get(name, 0) > 0 or any(w in self._org_words for w in name.lower().split())

    def _plain_name(self, text: str) -> bool:
        """A short capitalised name that is neither a section label, a marker nor a number."""
        if not text[:1].isupper() or _DIGIT.search(text):
            return False
        words = [w.strip(_WORD_EDGE).lower() for w in text.split()]
        if all(w in self._section_words for w in words) or words[-1] in self._section_words:
            return False
        norm = _norm(text)
        return norm not in self._line_words and norm not in self._section and norm not in self._ticker

    @staticmethod
    def _embedded(name: str, lines: list[_Line]) -> bool:
        """Whether ``name`` also occurs inside a longer line outside the body (a site name does)."""
        return any(name in line.text and line.text != name and not line.in_body for line in lines)

    def _outlet(self, lines: list[_Line], counts: dict[str, int], byline_orgs: list[str]) -> str | None:
        """From a copyright line, an organisation byline, a site-name first line, or the short
        line the page repeats most that also appears inside other lines ("Download the X app")."""
        for line in reversed(lines):
            if line.words <= 12 and not line.in_body and ("©" in line.text or "copyright" in line.lower or "(c)" in line.lower or "reserved" in line.lower):
                found = self._search("copyright", line.text)
                if found and found.groupdict().get("outlet"):
                    outlet = found.group("outlet").strip(" -–—|.,:")
                    if outlet and self._plain_name(outlet):
                        return outlet
        if byline_orgs:
            return byline_orgs[0]
        if lines and 1 <= lines[0].words <= 5 and not lines[0].in_body and self._plain_name(lines[0].text):
            first = lines[0].text
            navigation_follows = len(lines) > 1 and lines[1].kind == FURNITURE and not lines[1].gap_before
            if counts.get(first, 0) > 1 or self._embedded(first, lines) or navigation_follows:
                return first
        masthead = self._masthead(lines)
        if masthead:
            return masthead
        best, best_count = None, 2
        for text, count in sorted(counts.items()):
            if count > best_count and text.count(" ") < 4 and self._plain_name(text) and self._embedded(text, lines):
                best, best_count = text, count
        return best

    def _masthead_name(self, text: str) -> bool:
        """A short name in Title Case ("Sahel Ledger", "Defence Watch"), not a label or a byline."""
        words = text.split()
        return (
            1 <= len(words) <= 4 and ":" not in text and self._plain_name(text)
            and all(w[:1].isupper() or w in _NAME_JOINERS for w in words)
            and not self._date_label.match(text) and not self._byline.match(text)
            and not all(w.lower() in self._stopwords for w in words)
        )

    def _masthead(self, lines: list[_Line]) -> str | None:
        """The outlet's name written with the date above the article: on the date line itself
        ("Sahel Ledger | March 11, 2025") or alone on a line next to it, under the title."""
        for line in lines:
            if line.in_body:
                break
            if line.date_match is None or not self._is_date_line(line):
                continue
            before = line.text[: line.date_match.start()].strip(_MASTHEAD_EDGE)
            if before and self._masthead_name(before):
                return before
            for neighbour in lines[max(0, line.pos - 1): line.pos + 2]:
                if neighbour is line or neighbour.in_body or neighbour.date_match is not None or neighbour.kind != HEADLINE:
                    continue
                title_above = any(other.kind in (HEADLINE, SHORT_PROSE) and other.words >= 3 for other in lines[: neighbour.pos])
                if title_above and self._masthead_name(neighbour.text):
                    return neighbour.text
        return None

    def _agency(self, text: str) -> str | None:
        return self._agencies.get(text.strip(" .()-–—").lower())

    def _credit(self, lines: list[_Line], body: list[_Line], bylines: list[tuple[_Line, list[str]]]) -> str | None:
        """The wire credit: a "Source:" label, an agency in the byline or dateline, or an agency
        name alone on a line next to the body."""
        for line in lines:
            if line.words <= 8 and not line.in_body and ":" in line.text:
                found = self._credit_label.match(line.text)
                if found:
                    value = found.group("credit").strip(" .")
                    return self._agency(value) or value
        for _, names in bylines:
            for name in names:
                if self._agency(name):
                    return self._agency(name)
        if body:
            credit = self._dateline_credit(body[0].text)
            if credit:
                return credit
            first, last = body[0].pos, body[-1].pos
            for line in lines:
                near = 0 < line.pos - last <= 3 or 0 < first - line.pos <= 3
                if near and line.words <= 4 and not line.in_body and self._agency(line.text):
                    return self._agency(line.text)
        return None

    def _dateline_credit(self, paragraph: str) -> str | None:
        """The agency in brackets of a dateline: a known one under its usual name, an unknown one
        ("JEDDAH, Nov 4 (Gulf Wire) -") as written when the place is in capitals or a date
        stands before it, so that "The minister (pictured) - ..." names no agency."""
        dateline = _dateline(paragraph)
        agency = dateline.group("agency") if dateline else None
        if not agency:
            return None
        known = self._agency(agency)
        if known:
            return known
        head = dateline.group("head")
        place = head.split(",", 1)[0]
        dated = _DATE.search(head) or _PARTIAL_DATE.search(head)
        if agency[0].isupper() and (place.isupper() or dated):
            return " ".join(agency.split())
        return None

    def _title(self, header: list[_Line], counts: dict[str, int], outlet: str | None, bylines: list[_Line],
               markdown: bool = False) -> _Line | None:
        """The headline: in Markdown the top heading above the body ("# ..."), else the nearest
        headline-like line above the body, preferring one that stands over a byline or date
        line, or that the page repeats."""
        if markdown:
            headings = [line for line in header if line.heading and line.words >= 2 and line.text != outlet]
            if headings:
                return min(headings, key=lambda line: (line.heading, line.pos))
        candidates = [
            line for line in header
            if line.kind in (HEADLINE, SHORT_PROSE) and not line.in_block and not line.bullet
            and 3 <= line.words <= 30 and line.text != outlet and line.date_match is None
            and not self._byline.match(line.text)
        ]
        byline_positions = {line.pos for line in bylines}
        dated = [line.pos for line in header if line.pos in byline_positions or (line.date_match is not None and self._is_date_line(line))]
        best, best_score = None, None
        for rank, line in enumerate(reversed(candidates)):
            score = -rank + (1 if counts.get(line.text, 0) > 1 else 0)
            if any(0 < p - line.pos <= 4 for p in dated):
                score += 2
            if best_score is None or score > best_score:
                best, best_score = line, score
        return best

    # -- the stage --------------------------------------------------------------------------

    def clean(self, raw: RawDocument) -> Document:
        """Body spans, furniture spans and metadata of one document."""
        lines = self._split_lines(raw.text)
        if raw.format in ("html", "json"):
            return self._clean_given(raw, lines)
        for line in lines:
            self._classify(line)
        self._mark_blocks(lines)
        counts: dict[str, int] = {}
        for line in lines:
            counts[line.text] = counts.get(line.text, 0) + 1
        region = self._body_region(lines)
        body: list[_Line] = []
        if region is not None:
            seen: set[str] = set()
            for line in lines[region[0]: region[1] + 1]:
                if line.kind in (PROSE, SHORT_PROSE) and line.text not in seen:
                    seen.add(line.text)
                    line.in_body = True
                    body.append(line)
        header = lines[: body[0].pos] if body else lines
        after_body = lines[body[-1].pos + 1: body[-1].pos + 8] if body else []
        bylines = self._bylines(header + after_body)
        byline_lines = [line for line, _ in bylines]
        authors: list[str] = []
        byline_orgs: list[str] = []
        for _, names in bylines:
            for name in names:
                if self._agency(name):
                    continue
                if self._is_organisation(name, counts):
                    byline_orgs.append(name)
                elif name not in authors:
                    authors.append(name)
        outlet = self._outlet(lines, counts, byline_orgs)
        title = self._title(header, counts, outlet, byline_lines, markdown=raw.format == "markdown")
        published, evidence = self._published(self._date_candidates(lines, body, title, byline_lines))
        partial = None
        if published is None and body:
            published, evidence, partial = self._dateline_date(body[0])
        credit = self._credit(lines, body, bylines)
        return self._document(raw, lines, body, title.text if title else None, published, evidence, outlet, credit, authors, partial)

    def _clean_given(self, raw: RawDocument, lines: list[_Line]) -> Document:
        """Text that ingest already reduced to the article: drop only unmistakable furniture
        lines; metadata given by the input wins, the rest is read from the furniture."""
        title = raw.given_title.strip() if raw.given_title else None
        body: list[_Line] = []
        for line in lines:
            text, lower = line.text, line.lower
            if _DIGIT.search(text):
                found = _DATE.search(text)
                line.date = _parse_date(found) if found else None
                line.date_match = found if line.date else None
            furniture = (
                (line.words <= 12 and (lower.strip(_MARKER_EDGE) in self._line_words or lower.startswith(self._prefixes)))
                or (text[-1] == ")" and self._search("caption", text) is not None)
                or text == title
                or (line.words <= 8 and self._is_date_line(line))
                or (line.words <= 6 and self._search("line", text) is not None)
            )
            if not furniture:
                line.in_body = True
                body.append(line)
        counts: dict[str, int] = {}
        for line in lines:
            counts[line.text] = counts.get(line.text, 0) + 1
        furniture_lines = [line for line in lines if not line.in_body]
        bylines = self._bylines(furniture_lines)
        published, evidence = raw.given_published, ("given by the input" if raw.given_published else None)
        if published is None:
            published, evidence = self._published(self._date_candidates(lines, body, None, [line for line, _ in bylines]))
        partial = None
        if published is None and body:
            published, evidence, partial = self._dateline_date(body[0])
        outlet = raw.given_outlet or self._outlet(furniture_lines, counts, [])
        authors = list(raw.given_authors)
        if not authors:
            for _, names in bylines:
                authors += [n for n in names if not self._agency(n) and not self._is_organisation(n, counts) and n not in authors]
        credit = self._credit(lines, body, bylines)
        return self._document(raw, lines, body, title, published, evidence, outlet, credit, authors, partial)

    def _document(self, raw: RawDocument, lines: list[_Line], body: list[_Line], title: str | None,
                  published: date | None, evidence: str | None, outlet: str | None, credit: str | None,
                  authors: list[str], partial: str | None = None) -> Document:
        """Body spans one per paragraph; furniture spans merged over each run of removed lines."""
        body_spans: list[dict[str, int]] = []
        furniture: list[dict[str, int]] = []
        run_start = run_end = None
        for line in lines:
            if not line.in_body:
                if run_start is None:
                    run_start = line.start
                run_end = line.end
                continue
            if run_start is not None:
                furniture.append({"start": run_start, "end": run_end})
                run_start = None
            glued = _GLUED.search(line.text)
            if glued and glued.group(1) in self._glued_tails:
                cut = line.start + glued.start(1)
                body_spans.append({"start": line.start, "end": cut})
                run_start, run_end = cut, line.end
            else:
                body_spans.append({"start": line.start, "end": line.end})
        if run_start is not None:
            furniture.append({"start": run_start, "end": run_end})
        return Document.model_validate({
            "id": raw.id, "path": raw.path, "format": raw.format, "encoding": raw.encoding, "text": raw.text,
            "lines": raw.lines, "title": title, "published": published, "published_evidence": evidence,
            "published_partial": partial,
            "outlet": outlet, "credit": credit, "authors": authors, "url": raw.given_url,
            "body": body_spans, "furniture": furniture,
        })
