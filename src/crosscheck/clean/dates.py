"""Publication date: date lines, their labels and neighbours, and the wire dateline."""

from __future__ import annotations

import re
from datetime import date, time

from .shapes import (
    CLOCK_LINK,
    CLOSERS,
    DATE_LINE_WORDS,
    SENTENCE_END,
    TIME,
    WORD_EDGE,
    DateCandidate,
    Line,
    find_dateline,
    norm,
)

# Between the parts of a page's meta line: "Desert Times Online · Politics · March 18, 2026 · 2 min read".
META_SEPARATOR = re.compile(r"\s+[·|•]\s+")
_META_PART_WORDS = 4  # outlet, section or reading time: a few words each


# The longest line a date with its clock time makes a date line whatever its other words.
_STAMPED_LINE_WORDS = 20


def clock_after(text: str, found: re.Match) -> re.Match | None:
    """The clock time printed right after a date ("9 October 2026, 18:05", "9 oct. 2026 à
    18h05"), if any."""
    return TIME.match(text, CLOCK_LINK.match(text, found.end()).end())


_CLOCK_PARTS = re.compile(r"(?P<hour>\d{1,2})(?:\s*(?:[:.]|h|heures?)\s*(?P<minute>\d{2}))?(?:\s*h(?:eures?)?)?"
                          r"(?:\s*(?P<half>[ap])\.?m\.?)?", re.IGNORECASE)


def clock_of(text: str) -> time | None:
    """The time of day a clock time printed with a date says ("07 h 30", "7:05 PM", "18h05",
    "6 pm", "17 heures"); None when it is no time of day (25:00)."""
    found = _CLOCK_PARTS.match(text.strip())
    if found is None:
        return None
    hour, minute = int(found.group("hour")), int(found.group("minute") or 0)
    half = (found.group("half") or "").lower()
    if half and not 1 <= hour <= 12:
        return None
    if half == "p" and hour != 12:
        hour += 12
    elif half == "a" and hour == 12:
        hour = 0
    return time(hour, minute) if hour < 24 and minute < 60 else None


class DateReader:
    """Reads the publication date; mixed into :class:`~crosscheck.clean.Cleaner`."""

    def _date_label_of(self, before: str) -> re.Match | None:
        """The label that introduces a date: the whole text before it, or its tail after a separator."""
        if not before:
            return None
        return self._date_label.match(before) or self._date_label_tail.match(before)

    def _dated_line(self, line: Line) -> bool:
        """A date line (:meth:`_is_date_line`) or a timestamp in words the rules cannot read."""
        return line.stamp or (line.date_match is not None and self._is_date_line(line))

    def _is_date_line(self, line: Line) -> bool:
        """A line that is a date (with weekday, time, label or byline around it), not a sentence."""
        found = line.date_match
        if found is None:
            return False
        before = self._label_part(line.text[: found.start()])
        if self._date_label_of(before):
            return True
        after = self._dates.pattern.sub(" ", line.text[found.end():])
        rest = before.lower().split() + TIME.sub(" ", after).lower().split()
        words = [w.strip(WORD_EDGE) for w in rest]
        words = [w for w in words if w and not w.isdigit() and w not in DATE_LINE_WORDS and w not in self._date_label_words]
        # A date that opens a short line of names and tags ("13/06/2014 Tony Carter All, Books") is its date line.
        if found.start() == 0 and line.words <= 10 and line.text.rstrip(CLOSERS)[-1:] not in SENTENCE_END:
            return True
        # A date with its clock time on a line that is no sentence is a timestamp, whatever the
        # byline or outlet before it ("Par la rédaction de Radio Armorique · vendredi 9 octobre
        # 2026 à 18 h 05"): prose gives a time of day, a page stamps its article with it.
        if clock_after(line.text, found) is not None and line.words <= _STAMPED_LINE_WORDS \
                and line.text.rstrip(CLOSERS + "*_ ")[-1:] not in SENTENCE_END:
            return True
        return len(words) <= 3 or self._meta_line(line)

    @staticmethod
    def _meta_line(line: Line) -> bool:
        """A date among short parts set apart by dots or bars, outlet, section and reading time
        ("Desert Times Online · Politics · March 18, 2026 · 2 min read"): the article's meta line,
        however many words its parts add up to."""
        parts = [part for part in META_SEPARATOR.split(line.text.strip()) if part.strip(" *_")]
        return (len(parts) >= 3 and all(len(part.split()) <= _META_PART_WORDS for part in parts)
                and line.text.rstrip(CLOSERS + "*_ ")[-1:] not in SENTENCE_END)

    @staticmethod
    def _label_part(before: str) -> str:
        """The text before a date without a time of day and zone ("Updated 5:27 am CST, ")."""
        return TIME.sub(" ", before).strip(" |,-–—•").removesuffix(" at").strip()

    def _date_candidates(self, lines: list[Line], body: list[Line], title: Line | None, bylines: list[Line]) -> list[DateCandidate]:
        candidates: list[DateCandidate] = []
        byline_positions = {b.pos for b in bylines}
        body_start = body[0].pos if body else len(lines)
        body_end = body[-1].pos if body else None
        # The page may show its headline twice (sticky header, gallery): the date under either copy.
        title_positions = [other.pos for other in lines if other.text == title.text] if title is not None else []
        for line in lines:
            found = line.date_match
            if found is None or line.in_body or line.zone == "comments":
                continue  # a reader's comment is dated by its reader, never the article
            is_byline = line.pos in byline_positions
            if not (is_byline or self._is_date_line(line)):
                continue
            before = line.text[: found.start()].strip(" |,-–—•")
            label_match = self._date_label_of(before)
            label = norm(label_match.group("label")) if label_match else None
            updated = label in self._updated_labels if label else False
            time_found = clock_after(line.text, found)
            score, reasons = 0, []
            if label and not updated:
                score += 3
                reasons.append(f"labelled '{label}'")
            if is_byline or any(abs(line.pos - p) <= 2 for p in byline_positions):
                score += 3
                reasons.append("next to the byline")
            if any(0 < line.pos - pos <= 3 for pos in title_positions):
                score += 2
                reasons.append("under the title")
            if time_found:
                score += 2
                reasons.append("with a time of day")
            if body_end is not None and 0 < line.pos - body_end <= 2:
                score += 2
                reasons.append("right after the body")
            if line.in_block and line.pos > body_start:
                # Before the article a "link block" is often the menu that runs into the page's own
                # header (headline, byline, date); after it, a block is related links with their dates.
                score -= 6
                reasons.append("inside a link list")
            at_top = line.pos <= 2 and line.pos < body_start and (title is None or line.pos < title.pos)
            if at_top and self._dates.has_weekday(found) and label is None:
                score -= 4
                reasons.append("a weekday date at the top of the page, likely the render date")
            shown = line.text[found.start(): time_found.end() if time_found else found.end()]
            candidates.append(DateCandidate(line, shown, score, reasons, updated,
                                            clock_of(time_found.group()) if time_found else None))
        return candidates

    @staticmethod
    def _printed_clock(lines: list[Line], day: date) -> time | None:
        """The clock time a page prints with the publication day its input gave, on a date line
        of its own, not a sentence ("Par X et Y — mercredi 14 octobre 2026 à 07 h 30")."""
        for line in lines:
            found = line.date_match
            text = line.text.rstrip()
            if found is None or line.date != day or line.words > _STAMPED_LINE_WORDS or not text or text[-1] in SENTENCE_END:
                continue
            time_found = clock_after(line.text, found)
            if time_found is not None:
                return clock_of(time_found.group())
        return None

    @staticmethod
    def _best_date(candidates: list[DateCandidate]) -> DateCandidate | None:
        """The best-scored date line; an 'updated' date only when nothing else is dated."""
        usable = [c for c in candidates if c.score > -5]
        if not usable:
            return None
        fresh = [c for c in usable if not c.updated] or usable
        return max(fresh, key=lambda c: (c.score, -c.line.pos))

    @staticmethod
    def _published_by(best: DateCandidate | None) -> tuple[date | None, str | None, time | None]:
        """The day, the evidence and the clock time (if printed) of the chosen date line."""
        if best is None:
            return None, None, None
        why = f" ({', '.join(best.reasons)})" if best.reasons else ""
        return best.line.date, f"line {best.line.index + 1}: '{best.shown}'{why}", best.clock

    def _dateline_date(self, first: Line) -> tuple[date | None, str | None, str | None]:
        """The date of a wire dateline ("BAMAKO, March 10, 2025 (Reuters) -"), used when the page
        shows no date line of its own: the wire dates its copy on the day it files it. A dateline
        without a year ("JEDDAH, Nov 4 (Gulf Wire) -") gives only its month and day ("11-04"),
        for the pipeline to complete from the other articles of the run.

        Returns (date, evidence, partial "MM-DD")."""
        dateline = find_dateline(first.text)
        if dateline is None:
            return None, None, None
        head = dateline.group("head")
        found = self._dates.search(head)
        parsed = self._dates.parse(found) if found else None
        if parsed is not None:
            return parsed, f"line {first.index + 1}: '{found.group()}' (wire dateline)", None
        partial = self._dates.partial.search(head)
        month_day = self._dates.partial_day(partial) if partial else None
        if month_day is None:
            return None, None, None
        month, day = month_day
        return None, f"line {first.index + 1}: '{partial.group()}' (wire dateline)", f"{month:02d}-{day:02d}"
