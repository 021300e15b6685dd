"""The clean stage: separate article body from page furniture and read the page's metadata.

Scraped page text mixes the article with navigation, share buttons, tickers, link lists and
captions, sometimes in the middle of the body. The page's language is detected first
(:mod:`.language`) and picks the furniture rules of that language (``rules/<lang>/furniture.yaml``
plus language-neutral files); a language without rules is read with language-independent line
signals. Each line is then given a zone (:mod:`.zoning`): headline, standfirst, byline, body,
list, caption, quote or furniture, with the evidence for the choice. Title, publication date,
outlet, wire credit and authors are read from the lines around the body (:mod:`.dates`,
:mod:`.metadata`). Text is never rewritten: zones are spans of the original text.
"""

from __future__ import annotations

from ..models import Document, Problem, RawDocument
from ..rules import RulePack
from . import language as _language
from .calendars import calendar_of
from .page import PageReader
from .rulefile import FurnitureRules
from .shapes import dateline_end, split_lines

__all__ = ["Cleaner", "FurnitureRules", "dateline_end", "language_warnings"]


class Cleaner:
    """Built once per run from the rules; :meth:`clean` turns a RawDocument into a Document.

    Holds one :class:`PageReader` per language that has furniture rules, and one for pages in
    any other language, which uses every language's markers but no function-word list.
    """

    def __init__(self, rules: RulePack):
        files: list[FurnitureRules] = rules.get("furniture")
        if not files:
            raise ValueError("the rule pack has no 'furniture' rule file")
        languages = sorted({f.language for f in files if f.language})
        self.languages = languages
        self._files = files
        self._readers = {lang: PageReader(rules.get("furniture", language=lang), lang) for lang in languages}
        self._other = PageReader(files, None)
        if not languages:  # only language-neutral files: read every page with them
            self._readers["en"] = PageReader(files, "en")
        # Readers of languages without rule files, built on the first page of each: the neutral
        # reader with that language's CLDR month and weekday names.
        self._others: dict[str, PageReader] = {}

    def reader(self, language: str | None) -> PageReader:
        """The reader for ``language``; None (undetermined) reads as English, the default language."""
        found = self._readers.get(language or "en")
        if found is not None:
            return found
        found = self._others.get(language)
        if found is None:
            calendar = calendar_of(language)
            found = PageReader(self._files, None, calendar) if calendar else self._other
            self._others[language] = found
        return found

    def warm(self) -> None:
        """Load now what cleaning otherwise loads with its first page, the language detector's
        model (0.12-0.16 CPU-s with its import): worker processes forked after this share it
        instead of each loading its own."""
        _language.warm()

    def matches(self, group: str, line: str, language: str = "en") -> bool:
        """Whether ``line`` matches the rule group ``group`` of that language's furniture rules."""
        return self.reader(language).matches(group, line)

    def clean(self, raw: RawDocument) -> Document:
        """Zones and metadata of one document, read with the rules of its language."""
        lines = split_lines(raw.text)
        language, _ = _language.detect(_language.page_sample([line.text for line in lines]))
        return self.reader(language).clean(raw, lines, language)


def language_warnings(documents: list[Document], languages: list[str]) -> list[Problem]:
    """A warning for each document whose language is undetermined or has no rules of its own
    (W203): it was read with language-independent signals only."""
    problems = []
    for doc in documents:
        if doc.language is None:
            message = "language undetermined; the page was read with language-independent line signals"
        elif doc.language not in languages:
            message = (f"language '{doc.language}' has no rules (rules exist for {', '.join(languages) or 'none'}); "
                       "the page was read with language-independent line signals and extracts little")
        else:
            continue
        problems.append(Problem(path=doc.path, line=1, code="W203", message=message))
    return problems
