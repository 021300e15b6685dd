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
    glued_label,
    find_dateline,
    is_stamp,
)

import re
INNER_SENTENCE = re.compile(r"[.!?。！？][\"'”’»)\]]*\s+[\"'“‘«(]?[A-ZÀ-ÖØ-ÞА-ЯЁ]")
# A paragraph that ends without a mark (a closing link, a trailing name) is still a paragraph when
# it is this long and has clauses (commas or several sentences); shorter unpunctuated lines are
# headlines and teasers, and long ones without any punctuation are tag clouds.
UNFINISHED_PARAGRAPH_WORDS = 35
# In a language without a function-word list, a sentence-case line this long reads as prose.
NEUTRAL_PROSE_WORDS = 12
# A numbered list item: "1) ...", "2. ...", "3 - ...".
NUMBERED_ITEM = re.compile(r"^(\d{1,2})\s?[).:-]\s+\S")
# A short source or reference in brackets after a sentence.
TRAILING_CITATION = re.compile(r"\s*[\[(][^\[\]()]{1,40}[\])]$")
TRUNCATED = ("...", "…", "[…]", "[...]", "…]")


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
            line.stamp = line.date_match is None and is_stamp(text, words)
        if (words <= 12 and lower.strip(MARKER_EDGE) in self._line_words) or (words <= 25 and lower.startswith(self._prefixes)):
            line.kind = FURNITURE
            return
        if text[-1] == ")" and self._caption.search(text):
            line.kind, line.zone = FURNITURE, "caption"
            return
        if words <= 8 and (words <= 3 or not text[0].isalpha() or text[-1].isdigit()) and self._line_shape.search(text):
            line.kind = FURNITURE
            return
        if words < 3 or words < 5 and not LETTER.search(text):
            line.kind = FURNITURE if line.bullet else HEADLINE
            return
        glued = glued_label(text)
        if glued and glued.group(1) in self._glued_tails:
            text = text[: glued.start(1)]  # "... partner.Tools": the UI label glued on is no word of the line
        end = text.rstrip(CLOSERS)
        if end[-1:] not in SENTENCE_END and text[-1] in ")]":
            # A sentence followed by its source in brackets: "... be fair.” [Al Maa-idah 8]".
            end = TRAILING_CITATION.sub("", text).rstrip(CLOSERS) or end
        # A teaser cut short ("... now available via Update Ass...", "[…]") is no finished sentence.
        ends_sentence = end[-1:] in SENTENCE_END and not text.endswith(TRUNCATED)
        kind = HEADLINE
        if ends_sentence or words >= 8:
            stop = self._function_share(lower)
            if self._neutral and words >= NEUTRAL_PROSE_WORDS and stop < 0.3 and self._sentence_case(text):
                # Without a function-word list, short words stand in for function words, and some
                # languages have few (Indonesian "yang", "dalam"): a long sentence-case line reads as prose.
                stop = 0.3
            if stop >= 0.3 or self._sentence_case(text):
                if ends_sentence:
                    if words >= 8 and stop >= 0.2:
                        kind = PROSE
                    elif stop >= 0.15 or words >= 6:
                        kind = SHORT_PROSE
                elif words >= UNFINISHED_PARAGRAPH_WORDS and stop >= 0.25 and ("," in text or INNER_SENTENCE.search(text)):
                    kind = PROSE
                elif end[-1:] == ":" and stop >= 0.25:
                    kind = PROSE
            if kind != PROSE and ends_sentence and words >= 6 and self._is_sentence(text):
                kind = PROSE
        if kind != PROSE and words >= 8 and self._opens_with_dateline(text):
            kind = PROSE
        if line.bullet and kind != PROSE:
            kind = FURNITURE
        line.kind = kind

    @staticmethod
    def _opens_with_dateline(text: str) -> bool:
        """A wire dateline and dash open the line ("HAYWARD, Calif. (AP) — The Latest on ..."):
        the first paragraph of a wire story, however many names it holds. A colon after capitals
        ("READ MORE:", "WORLD LAUNCH:") is a label, not a dateline."""
        found = find_dateline(text)
        return found is not None and found.group().rstrip()[-1] in "-–—" and not any(
            ch.isdigit() or ch in "$€£" for ch in found.group("head").split(",", 1)[0])

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
        """Marker lines open blocks: a ticker runs to the next blank line, a link list to the next
        paragraph, and the readers' comments (once the article has started) to the end of the page."""
        mode = None
        prose_seen = 0
        for line in lines:
            if mode == "comments":
                line.kind, line.in_block, line.zone = FURNITURE, True, "comments"
                continue
            if line.kind == PROSE:
                prose_seen += 1
            elif prose_seen >= 3 and line.words <= 16 and self._comment is not None and self._comment.search(line.text):
                line.kind, line.in_block, line.zone, mode = FURNITURE, True, "comments", "comments"
                continue
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

    def _short_lines_inside(self, lines: list[Line], body: list[Line], counts: dict[str, int]) -> list[Line]:
        """Short lines that belong to the article: subheadings and list items between its
        paragraphs, and a list that closes it (tour dates, product specs). A run of three or more
        short lines without blank lines between them is a list; a lone short line between two
        paragraphs is a subheading. Recognised furniture, link blocks and repeated lines stay out."""
        first, last = body[0].pos, body[-1].pos
        def usable(line: Line) -> bool:
            return (not line.in_body and not line.in_block and line.kind in (HEADLINE, SHORT_PROSE)
                    and 2 <= line.words <= 25 and counts.get(line.text, 0) == 1 and line.date_match is None
                    and not line.text.endswith(("...", "…")) and not self._bylines([line]))
        added = False
        for line in lines[first: last + 1]:
            if usable(line):
                tight = not line.gap_before or (line.pos + 1 < len(lines) and not lines[line.pos + 1].gap_before)
                line.in_body, line.zone, added = True, ("list" if tight or line.bullet else "body"), True
        # A list right after the last paragraph: a lead-in (a short sentence, a heading) and a run of items.
        run = self._closing_list(lines, last + 1, usable, body[-1]) or self._closing_sentence(lines, last + 1, usable)
        for line in run:
            line.in_body, line.zone, added = True, "list", True
        if not added:
            return body
        return [line for line in lines if line.in_body]

    def _closing_sentence(self, lines: list[Line], pos: int, usable) -> list[Line]:
        """A short sentence that closes the article on its own line ("Niger's military rulers
        seized power in July 2023."): wire stories end on such a line of background. It must end
        with a full stop, start with a capital and hold a past verb written in lower case, and what
        follows must not be more of it (the end of the page, or a line that is not a sentence)."""
        if pos >= len(lines) or not usable(lines[pos]) or lines[pos].kind != SHORT_PROSE:
            return []
        line = lines[pos]
        text = line.text.rstrip(CLOSERS)
        words = [w.strip(WORD_EDGE) for w in line.text.split()]
        if not (text.endswith(".") and line.text[0].isupper() and line.words >= 5
                and any(w.islower() and (w in self._verbs or (len(w) > 4 and w.endswith("ed"))) for w in words[1:])):
            return []
        after = lines[pos + 1] if pos + 1 < len(lines) else None
        return [line] if after is None or after.kind not in (SHORT_PROSE, PROSE) else []

    def _closing_list(self, lines: list[Line], pos: int, usable, last: Line) -> list[Line]:
        """The list that closes an article, starting at ``pos`` (the line after its last paragraph).

        Up to two lead-in lines (a short sentence, a heading) may come first; then either a tight
        run of items (no blank lines between them) or items numbered in order ("1) ...", "2. ...")
        with at most one short line (a link) after each. Items of a real list share a shape
        (dates, numbers) or are announced by a colon; tag clouds and link lists are neither."""
        for lead in range(3):
            start = pos + lead
            if start >= len(lines) or not all(usable(line) for line in lines[pos:start + 1]):
                return []
            run = self._numbered_run(lines, start, usable)
            if len(run) >= 3 and any(line.text.rstrip().endswith(":") for line in [last, *lines[pos:start]]):
                return lines[pos:start] + run
            run = [lines[start]]
            while run[-1].pos + 1 < len(lines) and usable(lines[run[-1].pos + 1]) and not lines[run[-1].pos + 1].gap_before:
                run.append(lines[run[-1].pos + 1])
            if len(run) < 3:
                continue
            announced = any(line.text.rstrip().endswith(":") for line in [last, *lines[pos:start + 1]])
            numbered = sum(1 for line in run if DIGIT.search(line.text)) >= 0.75 * len(run)
            if (len(run) >= 4 or announced) and (announced or numbered):
                return lines[pos:start] + run
        return []

    @staticmethod
    def _numbered_run(lines: list[Line], start: int, usable) -> list[Line]:
        """Items numbered 1, 2, 3 ... from ``start``, each optionally followed by one short line."""
        run: list[Line] = []
        expected, pos = None, start
        while pos < len(lines):
            found = NUMBERED_ITEM.match(lines[pos].text)
            if not found or not usable(lines[pos]) or (expected is not None and int(found.group(1)) != expected):
                break
            expected = int(found.group(1)) + 1
            run.append(lines[pos])
            pos += 1
            if pos < len(lines) and lines[pos].words <= 3 and not NUMBERED_ITEM.match(lines[pos].text) and lines[pos].kind != PROSE:
                run.append(lines[pos])
                pos += 1
        return run

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
            elif kind == HEADLINE and line.text.count("\t") >= 2:
                weight = 0  # a table row (three cells or more): results, prices, figures the article gives
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
