"""One language's page reader: the compiled furniture rules of that language and the stage's
steps over one page (zones, then metadata)."""


from __future__ import annotations

import re
from datetime import date, time

from ..models import Document, RawDocument
from .calendars import Calendar
from .dates import DateReader
from .datestamps import DateShapes
from .metadata import MetadataReader
from .rulefile import FurnitureRules
from .shapes import (
    DIGIT,
    FURNITURE,
    HEADLINE,
    MARKER_EDGE,
    PROSE,
    READ_ZONES,
    SHORT_PROSE,
    STANDFIRST_REACH,
    TITLE_WINDOW,
    ZONE_EVIDENCE,
    Gated,
    Line,
    glued_label,
    norm,
)
from .zoning import LineZoner


class PageReader(LineZoner, DateReader, MetadataReader):
    """The clean stage for one language, built once per run from that language's furniture files."""

    def __init__(self, files: list[FurnitureRules], language: str | None, calendar: Calendar | None = None):
        """``calendar``: the date words of a language without rule files (``language`` is then
        None: no function-word list), read with every file's markers."""
        if not files:
            raise ValueError("the rule pack has no 'furniture' rule file")
        self.language = language
        # No function-word list of the page's own language: line signals fall back to word shapes.
        self._neutral = language is None
        self._dates = DateShapes(
            {name: number for r in files for name, number in r.month_names.items()} | (calendar.months if calendar else {}),
            [name for r in files for name in r.weekday_names] + list(calendar.weekdays if calendar else ()),
            day_first=calendar.day_first if calendar else any(r.numeric_dates == "day_first" for r in files if r.language == language),
        )

        def merged(get) -> list[str]:
            return [word for rule in files for word in get(rule)]

        self._stopwords = frozenset(w.lower() for w in merged(lambda r: r.stopwords))
        self._verbs = frozenset(w.lower() for w in merged(lambda r: r.verbs))
        self._section = frozenset(norm(w) for w in merged(lambda r: r.section_markers.words))
        self._ticker = frozenset(norm(w) for w in merged(lambda r: r.ticker_markers.words))
        self._line_words = frozenset(norm(w) for w in merged(lambda r: r.line_markers.words))
        self._prefixes = tuple(sorted({w.lower() for w in merged(lambda r: r.prefix_markers.words)}))
        self._updated_labels = frozenset(norm(w) for w in merged(lambda r: r.updated_labels))
        self._anonymous = frozenset(w.lower() for w in merged(lambda r: r.anonymous_bylines))
        self._staff_words = frozenset(w.lower() for w in merged(lambda r: r.staff_words))
        self._org_words = frozenset(w.lower() for w in merged(lambda r: r.organisation_words))
        self._section_words = frozenset(w.lower() for w in merged(lambda r: r.section_words))
        self._glued_tails = frozenset(merged(lambda r: r.glued_tails))
        self._patterns = {
            "line": [r.line_patterns for r in files],
            "caption": [r.caption_patterns for r in files],
            "copyright": [r.copyright_patterns for r in files],
        }
        self._line_shape = re.compile("|".join(f"(?:{r.line_patterns.combined().pattern})" for r in files))
        comment_patterns = [r.comment_patterns.combined().pattern for r in files if r.comment_patterns]
        self._comment = re.compile("|".join(f"(?:{c})" for c in comment_patterns)) if comment_patterns else None
        notice_patterns = [r.notice_patterns.combined().pattern for r in files if r.notice_patterns]
        self._notice = re.compile("|".join(f"(?:{c})" for c in notice_patterns)) if notice_patterns else None
        self._caption = re.compile("|".join(f"(?:{r.caption_patterns.combined().pattern})" for r in files))
        self._agencies = {alias.lower(): agency.name for r in files for agency in r.wire_agencies for alias in agency.aliases}

        def alternation(words: list[str]) -> str:
            return "|".join(sorted({re.escape(w) for w in words}, key=lambda w: (-len(w), w)))

        byline_labels = alternation(merged(lambda r: r.byline_labels))
        self._byline = Gated(re.compile(rf"^(?:(?P<pre>.+?)\s+)??(?i:{byline_labels})\s*:?\s+(?P<names>[A-Z].*)$"),
                             re.compile(rf"(?i:(?<!\w)(?:{byline_labels}))\s*:?\s"))
        # A byline label alone on its line ("Author:", "By"), the name on the next line.
        self._byline_label = re.compile(rf"^(?i:{byline_labels})\s*:?$")
        self._credit_label = re.compile(rf"^(?i:{alternation(merged(lambda r: r.credit_labels))})\s*:\s*(?P<credit>\S.{{0,60}})$")
        date_labels = merged(lambda r: r.published_labels) + merged(lambda r: r.updated_labels)
        self._date_label_words = frozenset(w for label in date_labels for w in label.lower().split())
        self._date_label = re.compile(rf"^(?P<label>{alternation(date_labels)})\s*:?$", re.IGNORECASE)
        # A label after a name and a separator: "Example blog, posted May 2, 2025", "Example News | Updated".
        self._date_label_tail = re.compile(rf"^[^,|–—]{{1,60}}[,|–—]\s*(?P<label>{alternation(date_labels)})\s*:?$", re.IGNORECASE)

    # -- rule groups (also used by the rule-example tests) ----------------------------------

    def matches(self, group: str, line: str) -> bool:
        """Whether ``line`` matches the rule group ``group`` of the furniture rules."""
        text = line.strip()
        if group == "section_markers":
            return norm(text) in self._section
        if group == "ticker_markers":
            return norm(text) in self._ticker
        if group == "line_markers":
            return norm(text) in self._line_words
        if group == "prefix_markers":
            return text.lower().startswith(self._prefixes)
        if group in ("line_patterns", "caption_patterns", "copyright_patterns"):
            return self._search(group.split("_")[0], text) is not None
        if group == "comment_patterns":
            return self._comment is not None and self._comment.search(text) is not None
        if group == "notice_patterns":
            return self._notice is not None and self._notice.search(text) is not None
        raise KeyError(group)

    def _search(self, group: str, text: str) -> re.Match | None:
        for patterns in self._patterns[group]:
            found = patterns.search(text)
            if found:
                return found
        return None

    # -- line classification ----------------------------------------------------------------


    def clean(self, raw: RawDocument, lines: list[Line], language: str | None) -> Document:
        """Zones and metadata of one document, from its lines (:func:`~.shapes.split_lines`)."""
        if raw.format in ("html", "json"):
            return self._clean_given(raw, lines, language)
        for line in lines:
            self._classify(line)
            line.shape = line.kind
        self._mark_blocks(lines)
        counts: dict[str, int] = {}
        for line in lines:
            counts[line.text] = counts.get(line.text, 0) + 1
        region = self._body_region(lines)
        body: list[Line] = []
        if region is not None:
            # A paragraph the page shows twice is a gallery caption, a teaser or a repeated
            # standfirst, unless one of its copies stands between two paragraphs of the article
            # (a standfirst the article repeats as its first paragraph, a highlighted sentence).
            seen: set[str] = set()
            for line in lines[region[0]: region[1] + 1]:
                if line.kind in (PROSE, SHORT_PROSE) and line.text not in seen and (
                        counts[line.text] == 1 or self._between_paragraphs(lines, line, counts)):
                    seen.add(line.text)
                    line.in_body, line.zone = True, "body"
                    body.append(line)
            if body:
                body = self._short_lines_inside(lines, body, counts)
                body = self._standfirst_above_byline(lines, body)
                body = self._without_trailing_notices(body)
                body = self._without_dated_cards(lines, body)
        header = lines[: body[0].pos] if body else lines
        after_body = lines[body[-1].pos + 1: body[-1].pos + 8] if body else []
        # Bylines anywhere outside the body date the page; those around the article name its authors.
        every_byline = self._bylines([line for line in lines if not line.in_body])
        near = {line.pos for line in header[-TITLE_WINDOW:] + after_body}
        bylines = [(line, names) for line, names in every_byline if line.pos in near]
        byline_lines = [line for line, _ in every_byline]
        authors: list[str] = []
        byline_orgs: list[str] = []
        for byline, names in bylines:
            for name in names:
                if self._agency(name):
                    continue
                if self._is_organisation(name, lines, byline):
                    desk = self._desk_name(name)
                    if desk and desk not in byline_orgs:
                        byline_orgs.append(desk)
                elif name not in authors:
                    authors.append(name)
        outlet = self._outlet(lines, counts, byline_orgs)
        title = self._title(lines, counts, outlet, byline_lines, body, markdown=raw.format == "markdown")
        if title is not None and title.in_body:
            title.in_body = False
            body.remove(title)
        best_date = self._best_date(self._date_candidates(lines, body, title, byline_lines))
        if best_date is not None and body:
            title = self._title_over_date(lines, body, best_date.line, title, outlet)
        published, evidence, clock = self._published_by(best_date)
        partial = None
        if published is None and body:
            published, evidence, partial = self._dateline_date(body[0])
        credit = self._credit(lines, body, bylines)
        self._mark_zones(lines, body, title, byline_lines)
        return self._document(raw, lines, body, title.text if title else None, (published, clock), evidence, outlet, credit,
                              authors, partial, language)

    def _standfirst_above_byline(self, lines: list[Line], body: list[Line]) -> list[Line]:
        """The one or two lines of the body region above the byline or date block are the
        standfirst (the summary under the headline), not the article: the article starts after
        its byline."""
        for line in lines[body[0].pos: body[min(2, len(body) - 1)].pos]:
            if line.in_body or line.in_block:
                continue
            if self._dated_line(line) or self._bylines([line]):
                above = [b for b in body if b.pos < line.pos]
                if len(above) == len(body):
                    return body
                for b in above:
                    b.in_body, b.zone = False, "standfirst"
                return body[len(above):]
        return body

    def _without_trailing_notices(self, body: list[Line]) -> list[Line]:
        """The body without the notices that close it: newsletter and subscription boxes, cookie
        notices and author bios after the last paragraph of the article, with the short lines
        (list items, labels) among them."""
        if self._notice is None:
            return body
        end = len(body)
        cut = end
        while end > 1:
            line = body[end - 1]
            if self._notice.search(line.text):
                cut = end - 1
            elif line.zone != "list" and line.kind == PROSE:
                break
            end -= 1
        for line in body[cut:]:
            line.in_body, line.zone = False, "furniture"
        return body[:cut]

    def _without_dated_cards(self, lines: list[Line], body: list[Line]) -> list[Line]:
        """The body without the related-story cards after the article: runs of title, author,
        date and a one-sentence summary, each summary right under its date line with no blank
        line between. Two such cards after the first paragraph mark the end of the article; the
        cut starts where the run of lines holding the first card starts."""
        cards = []
        for line in body[1:]:
            above = lines[line.pos - 1]
            below = lines[line.pos + 1] if line.pos + 1 < len(lines) else None
            # One summary a card: the next card's title follows it, not a second paragraph (as in
            # the dated entries of a live blog).
            if (not line.gap_before and line.kind == PROSE and (below is None or below.kind != PROSE)
                    and above.date_match is not None and not above.in_body and self._is_date_line(above)):
                cards.append(line)
        if len(cards) < 2:
            return body
        start = cards[0].pos - 1
        while start > body[0].pos and not lines[start].gap_before:
            start -= 1
        for line in body:
            if line.pos >= start:
                line.in_body, line.zone = False, "furniture"
        return [line for line in body if line.pos < start]

    @staticmethod
    def _between_paragraphs(lines: list[Line], line: Line, counts: dict[str, int]) -> bool:
        """Whether the lines right before and after ``line`` are paragraphs shown once."""
        if not 0 < line.pos < len(lines) - 1:
            return False
        return all(other.kind == PROSE and counts[other.text] == 1 for other in (lines[line.pos - 1], lines[line.pos + 1]))

    def _clean_given(self, raw: RawDocument, lines: list[Line], language: str | None) -> Document:
        """Text that ingest already reduced to the article: drop only unmistakable furniture
        lines; metadata given by the input wins, the rest is read from the furniture."""
        title = raw.given_title.strip() if raw.given_title else None
        body: list[Line] = []
        for line in lines:
            text, lower = line.text, line.lower
            if DIGIT.search(text):
                found = self._dates.search(text)
                line.date = self._dates.parse(found) if found else None
                line.date_match = found if line.date else None
            furniture = (
                (line.words <= 12 and lower.strip(MARKER_EDGE) in self._line_words)
                or (line.words <= 25 and lower.startswith(self._prefixes))  # as for a page's lines
                or (text[-1] == ")" and self._search("caption", text) is not None)
                or text == title
                or (line.words <= 8 and self._is_date_line(line))
                or (line.words <= 6 and self._search("line", text) is not None)
            )
            if not furniture:
                line.in_body = True
                body.append(line)
            elif text == title:
                line.zone = "headline"  # the given title's own line: names are read there, claims are not
        counts: dict[str, int] = {}
        for line in lines:
            counts[line.text] = counts.get(line.text, 0) + 1
        furniture_lines = [line for line in lines if not line.in_body]
        bylines = self._bylines(furniture_lines)
        published, evidence = raw.given_published, ("given by the input" if raw.given_published else None)
        clock = raw.given_published_time
        if published is None:
            published, evidence, clock = self._published_by(self._best_date(self._date_candidates(lines, body, None, [line for line, _ in bylines])))
        elif clock is None:
            clock = self._printed_clock(lines, published)
        partial = None
        if published is None and body:
            published, evidence, partial = self._dateline_date(body[0])
        outlet = raw.given_outlet or self._outlet(furniture_lines, counts, [])
        authors = list(raw.given_authors)
        if not authors:
            for byline, names in bylines:
                authors += [n for n in names if not self._agency(n) and not self._is_organisation(n, lines, byline) and n not in authors]
        credit = self._credit(lines, body, bylines)
        return self._document(raw, lines, body, title, (published, clock), evidence, outlet, credit, authors, partial, language)

    def _mark_zones(self, lines: list[Line], body: list[Line], title: Line | None, bylines: list[Line]) -> None:
        """Zones of the lines around the body that extraction also reads: the headline (once, even
        when the page repeats it), the standfirst between headline and body, and photo captions
        between the headline and the end of the article (each caption text once). Byline and date
        lines become byline zones; the rest stays furniture."""
        for line in bylines:
            if not line.in_body:
                line.zone = "byline"
        if title is not None:
            title.zone = "headline"
        top = title.pos if title is not None else (body[0].pos if body else 0)
        end = body[-1].pos if body else top
        if title is not None and body:
            standfirst = 0
            # The standfirst stands in the article's header, next to the headline; a long line further
            # down (a related-story teaser over a menu) is not one.
            for line in lines[title.pos + 1: min(body[0].pos, title.pos + 1 + STANDFIRST_REACH)]:
                if standfirst == 2:
                    break
                if (line.shape in (PROSE, SHORT_PROSE, HEADLINE) and line.kind != FURNITURE and not line.in_block
                        and line.words >= 8 and line.zone == "furniture" and line.date_match is None
                        and line.text != title.text and not self._byline.match(line.text)):
                    line.zone = "standfirst"
                    standfirst += 1
        seen: set[str] = set()
        for line in lines[top: end + 1]:
            if line.zone == "caption" and not line.in_block:
                if line.text in seen:
                    line.zone = "furniture"
                seen.add(line.text)
        for line in lines[:top]:
            if line.zone == "caption":
                line.zone = "furniture"
        for line in lines[end + 1:]:
            if line.zone == "caption":
                line.zone = "furniture"
        for line in lines:
            if (line.stamp or line.date_match is not None) and line.zone == "furniture" and self._dated_line(line):
                line.zone = "byline"

    def _document(self, raw: RawDocument, lines: list[Line], body: list[Line], title: str | None,
                  published: tuple[date | None, time | None], evidence: str | None, outlet: str | None, credit: str | None,
                  authors: list[str], partial: str | None, language: str | None) -> Document:
        """Zones one per line that extraction reads (Document.body); the other lines as
        furniture and byline zones, merged over each run of the same kind. ``published``: the
        day and the clock time printed with it (a time without its day is dropped)."""
        day, clock = published
        zones: list[dict] = []
        furniture: list[dict] = []
        run: dict | None = None

        def close() -> None:
            nonlocal run
            if run is not None:
                furniture.append(run)
                run = None

        def hide(start: int, end: int, kind: str, why: str) -> None:
            nonlocal run
            if run is not None and run["kind"] == kind:
                run["end"] = end
                return
            close()
            run = {"start": start, "end": end, "kind": kind, "evidence": why}

        for line in lines:
            kind = (line.zone if line.zone in ("body", "list") else "body") if line.in_body else (line.zone if line.zone in READ_ZONES else None)
            if kind is None:
                kind = line.zone if line.zone in ("byline", "headline") else "furniture"
                hide(line.start, line.end, kind, ZONE_EVIDENCE.get(line.zone, ZONE_EVIDENCE["furniture"]))
                continue
            close()
            end = line.end
            glued = glued_label(line.text)
            if glued and glued.group(1) in self._glued_tails:
                end = line.start + glued.start(1)
            zones.append({"start": line.start, "end": end, "kind": kind, "evidence": ZONE_EVIDENCE[kind]})
            if end < line.end:
                hide(end, line.end, "furniture", "a UI label glued to the paragraph")
        close()
        return Document.model_validate({
            "id": raw.id, "path": raw.path, "format": raw.format, "encoding": raw.encoding, "text": raw.text,
            "lines": raw.lines, "title": title, "published": day, "published_time": clock if day is not None else None,
            "published_evidence": evidence,
            "published_partial": partial, "language": language,
            "outlet": outlet, "credit": credit, "authors": authors, "url": raw.given_url,
            "body": zones, "furniture": furniture,
        })
