"""Line zoning: split a page into lines, classify each from its own shape, mark link blocks,
and find the body region (the densest run of prose)."""

from __future__ import annotations

from .shapes import (
    CJK,
    CLOSERS,
    DIGIT,
    FURNITURE,
    HEADLINE,
    LETTER,
    LONG_WORD_START,
    MARKER_EDGE,
    OPENING_QUOTES,
    PROSE,
    SENTENCE_END,
    SHORT_PROSE,
    WORD_EDGE,
    Line,
)


class LineZoner:
    """Line classification; mixed into :class:`~crosscheck.clean.Cleaner`, which holds the compiled rules."""

    def _classify(self, line: Line) -> None:
        """Sets ``kind`` from the line alone, and its date if it holds one."""
        text, lower, words = line.text, line.lower, line.words
        if words <= 20 and DIGIT.search(text):
            found = self._dates.search(text)
            if found:
                line.date = self._dates.parse(found)
                line.date_match = found if line.date else None
        if words <= 12 and (lower.strip(MARKER_EDGE) in self._line_words or lower.startswith(self._prefixes)):
            line.kind = FURNITURE
            return
        if text[-1] == ")" and self._caption.search(text):
            line.kind = FURNITURE
            return
        if words <= 8 and (words <= 3 or not text[0].isalpha() or text[-1].isdigit()) and self._line_shape.search(text):
            line.kind = FURNITURE
            return
        if words < 3 or words < 5 and not LETTER.search(text):
            line.kind = FURNITURE if line.bullet else HEADLINE
            return
        end = text.rstrip(CLOSERS)
        ends_sentence = end[-1:] in SENTENCE_END
        kind = HEADLINE
        if ends_sentence or words >= 8:
            stop = self._function_share(lower)
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

    def _function_share(self, lower: str) -> float:
        """Share of function words among the first 30 words of a line. In a language without a
        list (``self._neutral``), words of one to three letters stand in for them: articles,
        prepositions and conjunctions are short in most languages written with spaces. A line in
        a script without spaces counts as prose-like when it holds a sentence mark."""
        sample = lower.split(None, 30)[:30]
        if not self._neutral:
            return sum(map(self._stopwords.__contains__, sample)) / len(sample)
        if len(sample) < 3 and CJK.search(lower):
            return 0.3 if any(mark in lower for mark in "、。，") else 0.0
        return sum(1 for w in sample if len(w.strip(WORD_EDGE)) <= 3 and w.isalpha()) / len(sample)

    def _is_sentence(self, text: str) -> bool:
        """A line full of names that still reads as a sentence ("General Goita received Prime
        Minister Ousmane Sonko in Bamako on Sunday."): it starts with a capital, has at least two
        function words and a finite verb written in lower case. Headlines and link titles do not
        end with a full stop, so this is only asked of lines that do."""
        if not (text[0].isupper() or text[0] in OPENING_QUOTES):
            return False
        words = [w.strip(WORD_EDGE) for w in text.split()]
        if sum(1 for w in words if w.lower() in self._stopwords) < 2:
            return False
        return any(w.islower() and (w in self._verbs or (len(w) > 4 and w.endswith("ed"))) for w in words[1:])

    @staticmethod
    def _sentence_case(text: str) -> bool:
        """False for Title Case Headlines, where most words of four letters or more are capitalised."""
        starts = LONG_WORD_START.findall(text)
        lowercase = starts.count("")
        capitalised = len(starts) - lowercase
        return capitalised < 4 or capitalised < 3 * lowercase

    def _mark_blocks(self, lines: list[Line]) -> None:
        """Marker lines open blocks: a ticker runs to the next blank line, a link list to the next paragraph."""
        mode = None
        for line in lines:
            if mode == "ticker" and not line.gap_before:
                line.kind, line.in_block = FURNITURE, True
                continue
            if mode == "ticker":
                mode = None
            if line.words <= 6:
                norm = line.lower.strip(MARKER_EDGE)
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
    def _body_region(lines: list[Line]) -> tuple[int, int] | None:
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
