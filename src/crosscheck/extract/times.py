"""Time mentions: every date, period and relative time of an article, resolved to the calendar.

One grammar of compiled alternations (built once from the ``time`` rule file and the shared
month and weekday names), tried only at the words of a sentence where a time can start (a
number, a month or weekday name, a few words before a unit word), finds: absolute dates in the
usual news forms, months, years, decades, seasons, quarters, weekdays, relative days and
periods ("last year", "earlier this month", "two weeks ago", "in recent months"), anchored
expressions ("the day before", "a day after ...", "the following year"), holidays (from the
rules), days written as words ("February twenty second", "Tuesday the eleventh"), days of
the month without a month ("on the 18th") or a year ("on 11/20"), weeks ("the week of April
10", "the first week of 2015", "next week on Tuesday") and ranges ending "now". A short look at the
words just before and after each candidate then reads its operator ("since", "until", "by"),
part ("mid-", "early"), relative word ("last July") and range partner ("from June 23 to 26"),
and drops bare numbers and month-like words that are not times ("75%", "may" the verb).

Resolution (:mod:`.time_resolution`, with the calendar of :mod:`crosscheck.dates`) uses the publication date, the time's
direction (a past sentence means the most recent such day, a future one the next; a deadline
or a forward cue such as "postponed to" or "due in" looks ahead whatever the tense) and, for
anchored expressions, another time of the same sentence or paragraph. "two weeks after <event>"
is a mention of its own words only: the event's words and figures belong to the clause.

The parts, in the order data goes through them: :mod:`.time_rules` (the rule file),
:mod:`.time_grammar` (the compiled forms), :mod:`.time_candidates` (a match read into an
expression), :mod:`.time_scan` (one sentence's candidates) and :mod:`.time_resolution`.
Public entry points, here: :class:`TimeExtractor` for the pipeline and
:func:`extract_times_from_text` for one string (bench, tests, claim verification).
"""

from __future__ import annotations

import logging
import re
from datetime import date
from functools import lru_cache
from operator import itemgetter
from typing import Callable, NamedTuple

from ..dates import CORPUS_DATE_EVIDENCE
from ..models import Document, Mention, Sentence, TimeValue
from ..rules import RulePack, default_rules_dir, load_rule_file
from .sentences import split_span
from .time_grammar import _Grammar
from .time_resolution import _CLAUSE_END, _Known, _SentenceResolver
from .time_rules import TimeRules, _merge_rules
from .time_scan import _scan, _sentence_tokens

_LOG = logging.getLogger(__name__)

# ---------------------------------------------------------------------------------------------
# Public interface


class TimeMatch(NamedTuple):
    """One time found by :func:`extract_times_from_text`: offsets into the text and its value."""

    start: int
    end: int
    text: str
    value: TimeValue


class TimeExtractor:
    """Finds and resolves the time mentions of a document's sentences."""

    def __init__(self, rules: RulePack):
        self._rules = rules
        self._grammars: dict[str, _Grammar] = {}
        self.grammar = self.grammar_for("en")
        # sentences whose times could not be read because of a fault of the reader (see _sentences)
        self.dropped = 0

    def grammar_for(self, language: str | None) -> _Grammar:
        """The grammar compiled (once) from ``language``'s time files and the language-neutral
        ones; a language without time rules of its own is read with the English ones."""
        language = language or "en"
        if language not in self._grammars:
            files = self._rules.get("time", language=language)
            if language != "en" and not any(f.language == language for f in files):
                self._grammars[language] = self.grammar_for("en")
            else:
                merged = _merge_rules(files) if files else _default_rules()
                merged.measure_words.extend(self._measure_words(language))
                self._grammars[language] = _Grammar.build(merged)
        return self._grammars[language]

    def _measure_words(self, language: str) -> list[str]:
        """The words of the language's units of measure ("mètres", "hectares", "km"), after which
        four digits are a measure, not a year."""
        return sorted({word for f in self._rules.get("quantities", language=language) if f.language == language
                       for unit in f.units for word in unit.words if len(word) > 1})  # "m": also "M. Dupont"

    def extract(self, doc: Document, sentences: list[Sentence]) -> list[Mention]:
        mentions: list[Mention] = []
        grammar = self.grammar_for(doc.language)
        spans = [(s.start, s.end, s.paragraph) for s in sentences]
        own: dict[tuple[int, int], TimeValue] | None = None
        if doc.published_evidence == CORPUS_DATE_EVIDENCE:
            # the date is the run's, not the article's: a time that resolves without it keeps its
            # own value, the others say they were resolved against the corpus
            own = {(start, end): value for _, found in self._sentences(doc.text, None, spans, sentences, grammar, doc.path, doc.line_of)
                   for start, end, value in found if value.start is not None or value.end is not None}
        for sentence, found in self._sentences(doc.text, doc.published, spans, sentences, grammar, doc.path, doc.line_of):
            for start, end, value in found:
                if own is not None:
                    value = own.get((start, end)) or (value.model_copy(update={"anchor": "corpus"})
                                                      if value.start is not None or value.end is not None else value)
                mentions.append(Mention.model_construct(  # every field of its type: no validation needed
                    _MENTION_FIELDS, id="", document=doc.id, kind="time", text=doc.text[start:end], start=start, end=end,
                    line=doc.line_of(start), sentence=sentence.index, value=value, zone="body"))
        return mentions

    def extract_text(self, text: str, reference: date | None, language: str | None = None) -> list[TimeMatch]:
        """Times of a plain string in ``language`` (None: English): paragraphs split at blank
        lines, then sentences."""
        spans: list[tuple[int, int, int]] = []
        for paragraph, block in enumerate(re.finditer(r"\S(?:.|\n(?!\s*\n))*", text)):
            spans.extend((s, e, paragraph) for s, e in split_span(text, block.start(), block.end()))
        return [
            TimeMatch(start, end, text[start:end], value)
            for _, found in self._sentences(text, reference, spans, spans, self.grammar_for(language), "<text>",
                                            lambda offset: text.count("\n", 0, offset) + 1)
            for start, end, value in found
        ]

    def _sentences(self, text: str, reference: date | None, spans, items, grammar: _Grammar, path: str,
                   line_of: Callable[[int], int]):
        """Each item with the times of its sentence. A sentence whose reading fails (a fault of
        the time reader, never of the input) keeps the times read before the fault, is counted in
        :attr:`dropped` and logged with its file and line, so the loss is seen and can be fixed."""
        resolver = _SentenceResolver(grammar, reference)
        history: list[_Known] = []
        current_paragraph = None
        for (start, end, paragraph), item in zip(spans, items):
            if paragraph != current_paragraph:
                # a new paragraph starts afresh, but keeps the last time of the one before: "The
                # following month, ..." opens a paragraph about the month after the last one named
                history, current_paragraph = history[-1:], paragraph
            sentence_text = text[start:end]
            cands = []
            try:
                tokens = _sentence_tokens(grammar, sentence_text)
                if tokens is None:  # nothing a time can start at
                    yield item, []
                    continue
                cands = _scan(grammar, sentence_text, tokens)
                if cands:
                    resolver.resolve_sentence(sentence_text, tokens, cands, history)
            except Exception as fault:  # noqa: BLE001 - a bug of the reader must not stop the run: counted and logged
                self.dropped += 1
                _LOG.debug("times: sentence not read at %s:%d (%s: %s)", path, line_of(start), type(fault).__name__, fault,
                           exc_info=True)
                # the times resolved before the fault are kept; an unresolved one is no time
                cands = [c for c in cands if c.value is not None and c.resolved is not None]
            found = [(start + c.start, start + c.end, c.value) for c in cands if c.value is not None]
            yield item, sorted(found, key=_SPAN)


_SPAN = itemgetter(0, 1)
# the fields a time mention is given, as a validated Mention(...) call would record them
_MENTION_FIELDS = {"kind", "document", "text", "start", "end", "line", "sentence", "value"}


@lru_cache(maxsize=None)
def _default_rules(language: str = "en") -> TimeRules:
    model, problems = load_rule_file(default_rules_dir() / language / "time.yaml")
    if model is None:
        raise RuntimeError("; ".join(p.render() for p in problems))
    return model


@lru_cache(maxsize=1)
def _default_extractor() -> TimeExtractor:
    return TimeExtractor(RulePack(files={"time": [_default_rules("en"), _default_rules("fr")]}))


# A year or a day between a determiner and a noun names which thing is meant ("their 1976 album",
# "the 2004 tsunami", "a May 5 letter"): it dates that noun, no verb of the sentence. The noun is
# a lower-case word that is no function word or verb form the clause could go on with.
_ATTRIBUTIVE_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|our|your|this|that|whose)|\w['’]s)\s+\Z", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s*(?!(?:and|or|but|nor|when|while|as|after|before|until|to|of|in|on|at|for|from|with|by|than|that|which|who|"
                         r"is|are|was|were|has|had|have|will|would|could|should|may|might|the|a|an|through|onwards?|and|deadline)\b)"
                         r"[a-z][a-z-]{2,}\b")


def attributive_time(text: str, mention: Mention) -> bool:
    """Whether a time mention is a modifier inside a noun phrase ("their 1976 album"): a year or
    a day (no quarter or half, which measure a figure: "third-quarter profit") said right after a
    determiner and right before a noun."""
    value = mention.value
    if not isinstance(value, TimeValue) or value.granularity not in ("year", "day"):
        return False
    return (_ATTRIBUTIVE_BEFORE.search(text, max(0, mention.start - 12), mention.start) is not None
            and _NOUN_AFTER.match(text, mention.end) is not None)


def counted_phrase_end(text: str, mention: Mention, times: list[Mention], language: str | None = None) -> int | None:
    """Where the phrase after an offset's cue ends when the offset counts from the time of the
    event that phrase names, as the time reader resolved it: a time said in the phrase ("Cinq
    jours après l'éruption du 16 mai, le volcan fume"; "Nine days before an announcement on May
    12, the sample was transported"), or, with no time of the sentence before the offset, the
    paragraph's last time for an event already told ("He was arrested on Monday. Two days after
    his arrest, he was charged"). The offset then dates the clause after the phrase, never the
    event words inside it. ``times``: the sentence's times. None for any other time."""
    value = mention.value
    if not isinstance(value, TimeValue) or not value.anchor or not value.anchor.startswith('"'):
        return None
    boundary = _CLAUSE_END.search(text, mention.end)
    limit = boundary.start() if boundary else len(text)
    quoted = [other for other in times if value.anchor.startswith(f'"{other.text}" = ')]
    if any(mention.end <= other.start < limit for other in quoted):
        return limit
    opener = _default_extractor().grammar_for(language).anaphoric_opener
    if (not quoted and opener is not None and opener.match(text, mention.end) is not None
            and not any(other.start < mention.start for other in times)):
        return limit
    return None


def extract_times_from_text(text: str, reference: date | None = None, language: str | None = None) -> list[TimeMatch]:
    """Every time in ``text`` resolved against ``reference`` (the publication date), with the
    default rules: a list of :class:`TimeMatch` (start, end, text, value), by position.

    Blank lines separate paragraphs (anchored expressions look back within a paragraph).
    """
    return _default_extractor().extract_text(text, reference, language)
