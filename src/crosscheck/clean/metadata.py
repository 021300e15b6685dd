"""Page metadata other than the date: bylines and authors, outlet, wire credit, title."""

from __future__ import annotations

import re

from .shapes import (
    BREADCRUMB,
    CLOSERS,
    CONTENT_WORD,
    DIGIT,
    FURNITURE,
    HEADLINE,
    MASTHEAD_EDGE,
    NAME_JOINERS,
    NAMES,
    PROSE,
    SENTENCE_END,
    SHORT_PROSE,
    SPLIT_NAMES,
    TITLE_WINDOW,
    WORD_EDGE,
    Line,
    find_dateline,
    is_attribution,
    norm,
    punctuation_shape,
)

# What ends the names of a byline when more follows on its line: "By A. Writer · May 2, 2025 · 08:20".
BYLINE_SEPARATOR = re.compile(r"\s*[|·•]\s*|\s+[-–—]\s+")
# Between the items of a site's menu: a bar, or the wide gap left where links were.
MENU_GAP = re.compile(r"\s*\|\s*|\s{2,}")
# A dash with spaces around it, setting a site's name off from the menu on its line.
SPACED_DASH = re.compile(r"\s+[–—]\s+")
# A capitalised word after an elided French article or preposition ("l'Industrie", "d'Ivoire"): a
# name's word, though it starts in lower case.
ELIDED_CAPITAL = re.compile(r"[ldLD]['’][A-ZÀ-Ý]")


def menu_items(text: str, any_case: bool = False) -> list[str]:
    """The items of a menu line: three or more short capitalised items between bars or wide gaps
    ("News | Counties | Politics", "Accueil  National  Politique"), the menu a site prints under
    its name; [] for any other line. ``any_case``: items may start in lower case ("iPlayer")."""
    items = [item for item in MENU_GAP.split(text.strip()) if item]
    menu = len(items) >= 3 and all(
        len(item.split()) <= 3 and (any_case or item[:1].isupper()) and item[-1] not in SENTENCE_END for item in items)
    return items if menu else []


# The end of a copyright holder's name: a sentence after it ("CNBC LLC. All Rights Reserved. A
# Division of ...", "AUTORACING. Todos os direitos reservados"), not the dot of an initial ("U.S.
# News") or of a domain ("Wday.ru"), or a long clause after a spaced dash ("LLC — Read our terms").
HOLDER_END = re.compile(r"(?<=[A-Za-z)]{2})\.\s+(?=\S)|\s+[–—]\s+(?=(?:\S+\s+){3})")


def copyright_holder(text: str) -> str:
    """The holder named by a copyright line's outlet group, without the sentence that follows it."""
    return HOLDER_END.split(text, maxsplit=1)[0].strip(" -–—|.,:")


def is_menu(text: str) -> bool:
    """Whether ``text`` is a line of a site's menu (see :func:`menu_items`)."""
    return bool(menu_items(text))


class MetadataReader:
    """Reads bylines, outlet, credit and title; mixed into :class:`~crosscheck.clean.Cleaner`."""

    def _bylines(self, zone: list[Line]) -> list[tuple[Line, list[str]]]:
        found = []
        previous = None
        for line in zone:
            label_above = previous is not None and previous.words <= 4 and previous.pos == line.pos - 1 and self._byline_label.match(previous.text)
            previous = line
            if line.words > 20 or line.kind == PROSE or line.in_body:
                continue
            # "Author:" on one line, the name on the next: one byline.
            match = self._byline.match(f"{label_above.group()} {line.text}" if label_above else line.text)
            if not match:
                continue
            # "By Staff reporter", also when the date follows on the line ("By Staff reporter · May 2")
            before_separator = BYLINE_SEPARATOR.split(match.group("names"), 1)[0]
            if all(w.strip(WORD_EDGE).lower() in self._anonymous for w in before_separator.split()):
                found.append((line, []))  # "By Staff reporter": a byline, but nobody's name
                continue
            names_match = NAMES.match(match.group("names"))
            if not names_match:
                continue
            pre = (match.group("pre") or "").strip(" |-–—")
            dated_pre = line.date_match is not None and line.date_match.end() <= len(pre) + 1
            if pre and pre != names_match.group().strip() and not dated_pre:
                continue
            names = [" ".join(n.split()).strip(" .") for n in SPLIT_NAMES.split(names_match.group())]
            names = [n for n in names if n]
            if names:
                found.append((line, names))
        return found

    def _is_organisation(self, name: str, lines: list[Line], byline: Line) -> bool:
        """A byline name the page also shows as a line of its own above the byline (a site's
        name in its masthead; an author's name on a line of its own comes with or after the
        article, in an author box), or with an organisation word. A name under a label line
        ("Author:" / "Jane Roe") is the byline's own line, which does not count."""
        if any(w in self._org_words for w in name.lower().split()):
            return True
        return any(line.text == name and line.pos < byline.pos - 1 for line in lines)

    def _desk_name(self, name: str) -> str:
        """An organisation byline without its staff words ("IGN Staff", "Practical Horseman
        Editorial Staff"): the outlet's name, or "" when nothing else is left ("Staff Reports")."""
        words = name.split()
        while words and words[-1].strip(WORD_EDGE).lower() in self._staff_words:
            words.pop()
        return " ".join(words)

    def _plain_name(self, text: str) -> bool:
        """A short capitalised name that is neither a section label, a marker nor a number."""
        if not text[:1].isupper() or DIGIT.search(text):
            return False
        words = [w.strip(WORD_EDGE).lower() for w in text.split()]
        if self._section_label(text) or words[-1] in self._section_words:
            return False
        normal = norm(text)
        if text.lower().startswith(self._prefixes) or text.rstrip(".").lower() in self._dates.months:
            return False  # "Skip to main content", "Search for:", a month ("Nov."): page chrome, not a name
        return normal not in self._line_words and normal not in self._section and normal not in self._ticker

    @staticmethod
    def _embedded(name: str, lines: list[Line]) -> bool:
        """Whether ``name`` also occurs inside a longer line outside the body (a site name does)."""
        return any(name in line.text and line.text != name and not line.in_body for line in lines)

    def _outlet(self, lines: list[Line], counts: dict[str, int], byline_orgs: list[str]) -> str | None:
        """From a copyright line, an organisation byline, a site-name first line (repeated, inside
        another line, or right above the navigation or a menu line), a masthead by the date or
        the first item of the site's menu bar."""
        for line in reversed(lines):
            if line.words <= 12 and not line.in_body and ("©" in line.text or "copyright" in line.lower or "(c)" in line.lower or "reserved" in line.lower):
                found = self._search("copyright", line.text)
                if found and found.groupdict().get("outlet"):
                    outlet = copyright_holder(found.group("outlet"))
                    if outlet and self._plain_name(outlet):
                        return outlet
        if byline_orgs:
            return byline_orgs[0]
        if lines and 1 <= lines[0].words <= 5 and not lines[0].in_body and self._plain_name(lines[0].text):
            first = lines[0].text
            repeated = counts.get(first, 0) > 1 and not self._repeated_menu(first, lines)
            if repeated or self._embedded(first, lines) or self._navigation_follows(lines):
                return first
        masthead = self._masthead(lines) or self._menu_head(lines)
        if masthead:
            return masthead
        # The short line a page repeats most, also inside other lines ("LBCI" over each related
        # story, "LBCI Next"), when it is written in capitals like a broadcaster's or an agency's
        # initials. A repeated word in Title Case is a section label of the page's menus on real
        # pages ("History", "Weight Loss", "Log Out": 0 of 7 right on the clean bench); no
        # outlet serves a reader better than a wrong one.
        best, best_count = None, 2
        for text, count in sorted(counts.items()):
            if count > best_count and text.count(" ") < 4 and text.isupper() and self._plain_name(text) and self._embedded(text, lines):
                best, best_count = text, count
        return best

    @staticmethod
    def _repeated_menu(text: str, lines: list[Line]) -> bool:
        """Whether every line reading ``text`` is followed by the same line: one menu printed twice
        (a page's header menu and its footer or mobile copy: "Platform" / "Features" / ...), where
        a site's name, repeated, stands above different lines."""
        followers = {lines[line.pos + 1].text if line.pos + 1 < len(lines) else None for line in lines if line.text == text}
        return len(followers) == 1

    @staticmethod
    def _navigation_follows(lines: list[Line]) -> bool:
        """Whether the site's navigation comes right under its first line, or under a one-line
        tagline below it ("NIAMEY MATIN" / "Le quotidien de ..." / "Accueil | Politique | ...")."""
        for line in lines[1:3]:
            if line.gap_before or line.in_body:
                return False
            if line.kind == FURNITURE or is_menu(line.text):
                return True
        return False

    def _menu_head(self, lines: list[Line]) -> str | None:
        """The site's name heading its own menu line ("Athens Chronicle | News | Greece |
        Opinion", or set off by a dash: "L'Écho de l'Industrie — Automobile | Énergie"): the first item of a bar-separated line of short items above the body is a
        name, not a section label, and at least one of the other items is a known section
        (items may be written in lower case: "iPlayer"). A trade site's sections are its own
        trade's words ("Shipping Ledger | Tankers | Dry bulk | Ports | Regulation"): a bar of four
        items or more that opens the page is its menu even when no item is a known section (a
        breadcrumb is shorter, and starts with a section: "Home | World | Africa")."""
        for line in lines[:6]:
            if line.in_body:
                break
            items = self._named_menu(line.text)
            if not items or not self._masthead_name(items[0]) or self._section_label(items[0]):
                continue
            if any(self._section_label(item) for item in items[1:]) or (line.pos == 0 and len(items) >= 5):
                return items[0]
        return None

    @staticmethod
    def _named_menu(text: str) -> list[str]:
        """The items of a bar-separated menu line, its first item the part before a spaced dash
        when the name is set off by one ("L'Écho de l'Industrie — Automobile | Énergie | Emploi")."""
        if "|" not in text:
            return []
        parts = SPACED_DASH.split(text, maxsplit=1)
        if len(parts) == 2 and "|" not in parts[0]:
            menu = menu_items(parts[1], any_case=True)
            return [parts[0], *menu] if menu else []
        # The name may be longer than a menu item ("Le Journal des Collines | Politique | Société").
        head, _, rest = text.partition("|")
        items = [item for item in MENU_GAP.split(rest.strip()) if item]
        short = len(items) >= 2 and all(len(item.split()) <= 3 and item[-1] not in SENTENCE_END for item in items)
        return [head.strip(), *items] if short and head.strip() else []

    def _section_label(self, item: str) -> bool:
        """A menu item made only of section words ("News", "Top stories", "Sport")."""
        return all(w.strip(WORD_EDGE).lower() in self._section_words for w in item.split())

    def _masthead_name(self, text: str) -> bool:
        """A short name in Title Case ("Sahel Ledger", "Defence Watch"), not a label or a byline.

        Names may hold lower-case function words between capitalised words, as French titles
        write them ("Le Journal des Collines", "Regards sur les Grands Lacs"): up to four
        capitalised words, the last one capitalised; a small word is one of the page language's
        function words or, for a name in another language than the page's, of three letters at most."""
        words = text.split()
        small = [w for w in words if not (w[:1].isupper() or ELIDED_CAPITAL.match(w))]
        return (
            1 <= len(words) - len(small) <= 4 and len(words) <= 6 and ":" not in text and self._plain_name(text)
            and words[-1] not in small
            and all(w in NAME_JOINERS or w in self._stopwords or (len(w) <= 3 and w.isalpha()) for w in small)
            and not self._date_label.match(text) and not self._byline.match(text)
            and not all(w.lower() in self._stopwords for w in words)
        )

    def _masthead(self, lines: list[Line]) -> str | None:
        """The outlet's name written with the date above the article: on the date line itself
        ("Sahel Ledger | March 11, 2025") or alone on a line next to it, under the title."""
        for line in lines:
            if line.in_body:
                break
            if line.date_match is None or not self._is_date_line(line):
                continue
            before = line.text[: line.date_match.start()].strip(MASTHEAD_EDGE)
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

    def _credit(self, lines: list[Line], body: list[Line], bylines: list[tuple[Line, list[str]]]) -> str | None:
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
        dateline = find_dateline(paragraph)
        agency = dateline.group("agency") if dateline else None
        if not agency:
            return None
        known = self._agency(agency)
        if known:
            return known
        head = dateline.group("head")
        place = head.split(",", 1)[0]
        dated = self._dates.search(head) or self._dates.partial.search(head)
        if agency[0].isupper() and (place.isupper() or dated):
            return " ".join(agency.split())
        return None

    def _title(self, lines: list[Line], counts: dict[str, int], outlet: str | None, bylines: list[Line],
               body: list[Line], markdown: bool = False) -> Line | None:
        """The headline: in Markdown the top heading above the body ("# ..."), else the
        headline-shaped line above the body that the page's structure points at.

        Each candidate in the stretch before the body is scored by what news pages share: the
        headline names what the first paragraphs are about (shared content words), stands over
        the byline or date block, sits close to the body with few other headline-like lines in
        between, and is often repeated (gallery, sticky header). Photo credits, bylines without
        "By", breadcrumbs, share labels and language switchers have the wrong shape."""
        header = lines[: body[0].pos] if body else lines
        if markdown:
            headings = [line for line in header if line.heading and line.words >= 2 and line.text != outlet]
            if headings:
                return min(headings, key=lambda line: (line.heading, line.pos))
        window = header[-TITLE_WINDOW:]
        lead = body[:3]
        lead_words = self._content_words(" ".join(line.lower for line in lead))
        byline_positions = {line.pos for line in bylines}
        marks = [line.pos for line in header if line.pos in byline_positions or ((line.stamp or line.date_match is not None) and self._dated_line(line))]
        body_start = body[0].pos if body else (header[-1].pos + 1 if header else 0)
        best, best_score = None, None
        # The body region may open with the headline itself when it reads like a sentence.
        opening = [line for line in body[:1] if line.text.rstrip(CLOSERS)[-1:] not in SENTENCE_END and line.words <= 20 and ". " not in line.text]
        between = 0.0
        shapes: dict[int, float | None] = {}

        mark_set = set(marks)

        def shape(line: Line) -> float | None:
            if line.pos not in shapes:
                # Two words are a headline only right over the byline/date block ("Classificação NASCAR").
                shortest = 2 if line.pos + 1 in mark_set and not line.in_block and line.kind != FURNITURE else 3
                shaped = self._headline_shape(line, outlet, shortest)
                # One item of a list of lines shaped alike (race calendar, results) is no headline.
                shapes[line.pos] = None if shaped is not None and self._in_list(lines, line) else shaped
            return shapes[line.pos]

        # Byline/date lines with a headline-shaped line right over them: the page's own header block.
        headed = [p for p in marks if p > 0 and not lines[p - 1].in_block and shape(lines[p - 1]) is not None]
        for line in [*opening, *reversed(window)]:
            shaped = shape(line)
            if shaped is not None:
                score = shaped - 0.25 * between - (2 if line.in_body else 0)
                words = self._content_words(line.lower)
                if words and lead_words:
                    score += 4 * min(1.0, len(words & lead_words) / min(len(words), 6))
                if any(0 < p - line.pos <= 4 for p in marks):
                    score += 2
                elif any(0 < line.pos - p <= 3 for p in headed):
                    # Under a byline/date block that has a headline-shaped line right over it, with
                    # no block below: a subheading or standfirst before the first paragraph.
                    score -= 2
                if counts.get(line.text, 0) > 1:
                    score += 1
                above = lines[line.pos - 1] if line.pos > 0 else None
                if above is not None and line.words > 12 and 3 <= above.words < line.words and shape(above) is not None:
                    # A long line right under a shorter headline-shaped one: the standfirst under its headline.
                    score -= 1.5
                if above is not None and above.words <= 3 and above.text.endswith(":"):
                    # The value of a label line ("Author:", "Filed under:"), not a headline.
                    score -= 3
                below = lines[line.pos + 1] if line.pos + 1 < len(lines) else None
                if below is not None and is_attribution(below):
                    # A quotation over its speaker ("— Jane Doe on Sunday, ..."): a pull quote or the
                    # claim a fact-check examines, not the headline.
                    score -= 3
                if (below is not None and line.words <= 4 and line.words < below.words <= 16
                        and shape(below) is not None):
                    # A short label right over a longer headline-shaped line: the kicker (section, site
                    # name, topic) over its headline.
                    score -= 1.5
                if best_score is None or score > best_score:
                    best, best_score = line, score
            if line.kind in (HEADLINE, SHORT_PROSE, PROSE) and line.pos < body_start:
                between += 1 if shaped is not None or line.kind == PROSE else 0.3
            else:
                between += 0.1
        return best

    @staticmethod
    def _in_list(lines: list[Line], line: Line, run: int = 3) -> bool:
        """Whether ``line`` is one of ``run`` or more lines in a row, without blank lines between
        them, that share a punctuation shape (numbers, colons, dashes): the items of a list."""
        if line.gap_before and (line.pos + 1 >= len(lines) or lines[line.pos + 1].gap_before):
            return False  # no line right above or below it: no list (checked first, it is cheap)
        shape = punctuation_shape(line.text)
        if not shape:
            return False
        count, pos = 1, line.pos
        while count < run and pos > 0 and not lines[pos].gap_before and punctuation_shape(lines[pos - 1].text) == shape:
            count, pos = count + 1, pos - 1
        pos = line.pos
        while count < run and pos + 1 < len(lines) and not lines[pos + 1].gap_before and punctuation_shape(lines[pos + 1].text) == shape:
            count, pos = count + 1, pos + 1
        return count >= run

    def _title_over_date(self, lines: list[Line], body: list[Line], dated: Line, title: Line | None,
                         outlet: str | None) -> Line | None:
        """The headline over the publication date's line when that line is further above the body
        than the headline search reaches (a car finder, a menu or a widget between the article's
        header and its text): the article's date stands under its headline, and the line the
        search found near the body is a related-story teaser."""
        header = lines[: body[0].pos]
        if len(header) <= TITLE_WINDOW or dated.pos >= header[-TITLE_WINDOW].pos or (title is not None and title.pos >= body[0].pos):
            return title
        shaped = []
        for line in lines[max(0, dated.pos - 4): dated.pos]:
            score = None if line.in_block or line.kind == FURNITURE else self._headline_shape(line, outlet)
            if score is not None:
                shaped.append((score, -line.pos, line))
        if not shaped:
            return title
        # The best-shaped line, the upper one of equals: the headline stands over its standfirst.
        return max(shaped, key=lambda found: found[:2])[2]

    def _content_words(self, lower: str) -> set[str]:
        return {w for w in CONTENT_WORD.findall(lower) if w not in self._stopwords}

    def _headline_shape(self, line: Line, outlet: str | None, shortest: int = 3) -> float | None:
        """How much ``line`` looks like a headline (a base score), None when it cannot be one.
        ``shortest`` is the fewest words a headline may have there."""
        text = line.text
        if line.bullet or not shortest <= line.words <= 30 or text == outlet or line.date_match is not None or line.stamp:
            return None
        if line.shape not in (HEADLINE, SHORT_PROSE) and not (line.shape == PROSE and line.words <= 25):
            return None
        if line.lower.startswith(self._prefixes) or "\t" in text or "@" in text or text.endswith(":") or self._byline.match(text) or BREADCRUMB.search(text) or is_menu(text):
            return None
        if self._search("caption", text) or self._credit_line(text):
            return None
        score = 1.0 if line.words >= 5 else 0.3
        if line.words > 16:  # a standfirst or a first paragraph, more often than a headline
            score -= 1
        if line.in_block:
            score -= 1.5
        if text[-1] == ")" or text.rstrip(CLOSERS)[-1:] == ".":
            # A sentence (even one wholly in quotes) or a caption ending in a credit, not a headline.
            score -= 1.5
        if line.shape == PROSE:
            score -= 1
        if text.isupper():
            score -= 1
        return score

    def _credit_line(self, text: str) -> bool:
        """A byline or photo credit without a "By" label: "Steve Peoples, Ap National Political
        Writer", "VICTOR TANGERMANN, FUTURISM", "Photo: Damian Dovarganes, AP"."""
        if "," not in text or len(text.split()) > 10:
            return False
        head, _, tail = text.partition(",")
        names = head.split()
        if not 1 <= len(names) <= 4 or not all(w[:1].isupper() for w in names) or len(tail.split()) > 6:
            return False
        tail_words = {w.strip(WORD_EDGE).lower() for w in tail.split()} - self._stopwords
        if tail_words & (self._anonymous | self._org_words):
            return True
        return head.isupper() and tail.strip().isupper()

    # -- the stage --------------------------------------------------------------------------
