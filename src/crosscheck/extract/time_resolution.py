"""Resolving the times of one sentence: the sentence's tense and forward cues give each time its
direction, anchored expressions find the time they count from (in the sentence or the paragraph
before), reporting periods follow the quarter the article reports on; the calendar arithmetic
itself is :mod:`crosscheck.dates`.
"""

from __future__ import annotations

import bisect
import re
from itertools import compress, count, repeat
from operator import or_
from datetime import date
from typing import Callable, Literal

from ..dates.periods import Period, Unresolvable, merge_range, year_period
from ..dates.resolve import Anchor, Context, TimeExpr, resolve
from ..models import TimeValue
from .time_candidates import _Candidate
from .time_scan import _POSSESSIVE, _Tokens, _tense_words
from .time_grammar import _Grammar
from .time_reporting import _ReportingPeriods
from .time_values import _describe, _granularity, _Known, _time_value, _yearless


_PAST_WINDOW = 32
# How many words back from a bound a verb of lasting may govern it ("lasted for most of the week until").
_LASTING_REACH = 8
# Where the phrase or clause after an offset's cue ends: a comma, a dash, a bracket, the sentence's end.
_CLAUSE_END = re.compile(r"[,;:()\[\]—–]|\s-\s|[.!?](?=\s|$)")
# The times an offset may count from when its event phrase names one: calendar days and months.
_NAMED_ANCHOR_KINDS = frozenset({"date", "weekday", "days", "day_of_month", "month", "holiday"})
# How many words back from a time an infinitive may govern it.
_INFINITIVE_REACH = 16
# Prepositions between a forward cue and its time ("postponed to June", "due in January").
_FORWARD_LINKS = frozenset({"to", "for", "in", "on", "until", "till", "into", "at", "around", "by", "from", "à", "au", "aux", "jusqu"})
# After a verb that moves a date ("postponed", "delayed"), these links, or none, give the day of
# the act itself, not the new date: "postponed on Monday a listing", "was postponed Monday",
# "delayed in March"; "postponed to June", "until after the vote", "moved to May" keep the new date.
_ACT_LINKS = frozenset({"on", "in", "at", "around", "by", "from"})


class _SentenceResolver(_ReportingPeriods):
    """Resolves the candidates of one sentence, with the paragraph's earlier times as context."""

    def __init__(self, grammar: _Grammar, reference: date | None):
        self.grammar = grammar
        self.reference = reference
        self.report_period: Period | None = None  # the quarter or half the article last reported on
        self.last_granularity: str | None = None  # of the last time the article resolved

    def direction(self, cand: _Candidate) -> Literal["past", "future", "nearest"]:
        """Future when a forward cue sits right before the time ("postponed to June", "due in
        January"); past when the sentence looks ahead (a future cue, or a deadline outside a
        past-perfect sentence) but a past verb of its own sits just before the time; otherwise
        past when the sentence tells of the past, and the nearest occurrence when nothing in it
        gives a tense ("payable Jan. 2 to holders of record Dec. 15")."""
        words = self._words
        if self._future is None:
            self._future = self.grammar.future.found(words) or self._first_inflected_future() < len(words)
        if self._forward(cand, words) or self._bound_ahead(cand):
            return "future"
        if cand.op_word in self.grammar.looking_back and cand.expr.end is None:
            return "past"
        last = bisect.bisect_left(self._starts, cand.start)
        if last and words[last - 1] in self.grammar.untensed:
            return "nearest"
        ahead = (self._future or (cand.op == "deadline" and not self.grammar.perfect.found(words))
                 or self.grammar.reported_future.ends_before(words, last))  # "said he would start talks on Monday"
        if not ahead:
            if not (self._past_sentence() or self._past_before(cand, words)):
                return "nearest"
            if self._infinitive_before(last):
                return "future" if cand.op == "deadline" else "nearest"
            return "past"
        first = bisect.bisect_left(self._starts, cand.start - _PAST_WINDOW)
        last = bisect.bisect_left(self._starts, cand.start)
        near = last - 2 if last >= 2 and words[last - 1] in _FORWARD_LINKS else last - 1
        for index in range(first, last):
            # a verb of saying counts only right before the time ("said Tuesday"), not before a
            # clause of its own ("said the vote will take place in two weeks")
            if (self.grammar.past.ends_at(words, index) and not self._after_future_auxiliary(words, index)
                    and (index >= near or words[index] not in self.grammar.reporting)):
                return "past"
        if last and (self._participle(last - 1) or self._ed_past(last - 1)) and not self._after_future_auxiliary(words, last - 1):
            return "past"  # a participle phrase of its own: "La grève, prolongée vendredi jusqu'à mercredi, aura duré"
        if self._future and self._past_before_future_cue(last, words):
            return "past"
        return "future"

    def _bound_ahead(self, cand: _Candidate) -> bool:
        """Whether a bare weekday is a bound ahead of publication: "jusqu'à mardi", "until
        Tuesday", "d'ici vendredi", "by Friday" give the next such day whatever the verb's tense
        ("a annulé ses vols jusqu'à mardi": the cancellation is past, its end is to come). A
        bound a past perfect had reached ("had sent reinforcements by Sunday") or a past verb of
        lasting ("the strike lasted until Tuesday", "a duré jusqu'à mardi") stays in the past."""
        expr = cand.expr
        if cand.op not in ("until", "deadline") or expr.kind != "weekday" or expr.shift is not None or expr.tense is not None:
            return False
        words = self._words
        if self.grammar.perfect.found(words):
            return False
        last = bisect.bisect_left(self._starts, cand.start)
        return not any(words[index] in self.grammar.lasting_pasts for index in range(max(0, last - _LASTING_REACH), last))

    def _perfect_as_of(self, cand: _Candidate) -> bool:
        """Whether a past perfect governs a deadline's time, which then tells how far something
        had got by then ("had burned 3,000 hectares by Monday", "By December, the army had
        withdrawn"), not by when it is due: a perfect word after the time, or before it with no
        infinitive between ("had agreed to withdraw by December" keeps its deadline)."""
        words, perfect = self._words, self.grammar.perfect
        if not perfect.found(words):
            return False
        last = bisect.bisect_left(self._starts, cand.start)
        before = [index for index in range(last) if perfect.ending_at(words, index) is not None]
        if not before:
            return True  # only after the time: "By December, the army had withdrawn"
        # "to" before a word that starts an object (a determiner), a name or a number is a
        # preposition ("had sent reinforcements to the area by Sunday"), no infinitive
        grammar, starts, text = self.grammar, self._starts, self._text
        return not any(words[i] in grammar.infinitive and i + 1 < last and words[i + 1] not in grammar.infinitive_objects
                       and text[starts[i + 1]].islower() for i in range(before[-1], last))

    def _infinitive_before(self, last: int) -> bool:
        """An infinitive with an object between the sentence's past verb and the time ("announced
        an agreement to acquire the bank in January", "a program to pay down $5 billion by
        February"): found looking back from the time, before any past verb."""
        grammar, words, text = self.grammar, self._words, self._text
        if not grammar.infinitive:
            return False
        for index in range(last - 1, max(0, last - _INFINITIVE_REACH), -1):
            word = words[index]
            if grammar.past.ends_at(words, index) or self._ed_past(index):
                return False
            if (words[index - 1] in grammar.infinitive and word.isalpha() and word not in grammar.not_past_after
                    and not text[self._starts[index]].isupper() and index + 1 < len(words)
                    and (words[index + 1] in grammar.infinitive_objects or words[index + 1][0].isdigit()
                         or text[self._starts[index] + len(word) : self._starts[index + 1]].strip() in ("$", "€", "£"))):
                return True
        return False

    def _first_inflected_future(self) -> int:
        """The position of the sentence's first verb in a future tense that inflects ("les troupes
        partiront": a lower-case word of more than five letters with one of the rules' future
        endings), or the sentence's length."""
        endings = self.grammar.future_endings
        if endings:
            text = self._text
            for position, (start, word) in enumerate(zip(self._starts, self._words)):
                if len(word) > 5 and word.endswith(endings) and not text[start].isupper():
                    return position
        return len(self._words)

    def _past_before_future_cue(self, index: int, words: list[str]) -> bool:
        """A time said before its verb takes that verb's tense: "In January, the company brought
        in a new chief, who will remain chairman" is last January, the future cue being in a
        clause of its own. True when the sentence's first future cue comes after the time and a
        past verb comes between them ("set to withdraw by mid-September after ... had" looks ahead)."""
        grammar = self.grammar
        if self._first_future is None:
            # a cue word or an inflected future ("recevra lundi ..., a indiqué la présidence")
            self._first_future = min(self._first_inflected_future(),
                                     next((position for position in range(len(words)) if grammar.future.ends_at(words, position)), len(words)))
        if self._first_future < index:
            return False
        return any((grammar.past.ends_at(words, position) or self._ed_past(position)) and words[position] not in grammar.reporting
                   for position in range(index, self._first_future))

    def _past_before(self, cand: _Candidate, words: list[str]) -> bool:
        """A past verb among the few words right before the time ("said on Tuesday")."""
        first = bisect.bisect_left(self._starts, cand.start - _PAST_WINDOW)
        last = bisect.bisect_left(self._starts, cand.start)
        grammar = self.grammar
        # a verb of saying counts only right before the time ("said Tuesday", "said on Tuesday"),
        # not before a clause of its own ("said the rights expire Nov. 21")
        near = last - 2 if last >= 2 and words[last - 1] in _FORWARD_LINKS else last - 1
        return any(grammar.past.ends_at(words, index) and (index >= near or words[index] not in grammar.reporting)
                   and not self._after_not_past(index) for index in range(first, last))

    def _governed_by_past(self, cand: _Candidate) -> bool:
        """Whether a past verb governs the time itself: one of the rules' past verbs just before
        it, or a past form in -ed among the three words before it ("the rebels seized the town
        Nov. 21"); otherwise the past is only the sentence's ("effective Dec. 7")."""
        if self._past_before(cand, self._words):
            return True
        last = bisect.bisect_left(self._starts, cand.start)
        return any(self._ed_past(index) for index in range(max(0, last - 3), last))

    def _ed_past(self, index: int) -> bool:
        """A lower-case word in -ed that no auxiliary, "to" or modal governs."""
        word = self._words[index]
        if not word.endswith("ed"):  # most words: one test
            return False
        grammar = self.grammar
        return (len(word) > 4 and word not in grammar.not_past
                and not self._after_not_past(index) and not self._text[self._starts[index]].isupper())

    def _after_not_past(self, index: int) -> bool:
        """Whether the word at ``index`` follows one of the rules' ``not_past_after`` words (an
        auxiliary, "to", a determiner), an adverb aside: "is scheduled", "has also approved", "a
        still unspecified date" are participles or adjectives, no past verbs."""
        words, grammar = self._words, self.grammar
        if index == 0:
            return False
        before = words[index - 1]
        if before in grammar.not_past_after:
            return True
        adverb = before in grammar.auxiliary_gap or (before.endswith("ly") and len(before) > 4)
        return adverb and index > 1 and words[index - 2] in grammar.not_past_after

    def _past_sentence(self) -> bool:
        """Whether the sentence tells of the past: a past verb of the rules that is no reporting
        verb ("the company said the rights expire Nov. 21" says nothing of the rights' tense), or
        a lower-case word in -ed that no auxiliary, "to" or modal governs ("the rebels seized the
        town", not "is scheduled", "has extended")."""
        if self._past is None:
            grammar = self.grammar
            words = self._words
            past_last = grammar.past.last_words
            self._past = False
            # only the words that can be one (the last word of a past cue, a past auxiliary, a
            # word in -ed), picked in C: the answer is whether any is, so the others can be left
            maybe = map(or_, map(grammar.past_or_auxiliary.__contains__, words), map(str.endswith, words, repeat("ed")))
            for index in compress(count(), maybe):
                word = words[index]
                if word in grammar.reporting:
                    continue
                if word in past_last and grammar.past.ends_at(words, index) and not self._after_not_past(index):
                    self._past = True
                    break
                if word in grammar.past_auxiliaries and self._participle(index + 1):
                    self._past = True
                    break
                if (len(word) > 4 and word.endswith("ed") and word not in grammar.not_past  # as _ed_past, inline
                        and not self._after_not_past(index) and not self._text[self._starts[index]].isupper()):
                    self._past = True
                    break
        return self._past

    def _participle(self, index: int) -> bool:
        """A past participle right after a past auxiliary ("est arrivé", "se sont rendus")."""
        words, grammar = self._words, self.grammar
        if index >= len(words) or not grammar.participle_endings:
            return False
        word = words[index]
        return (len(word) > 3 and word.endswith(grammar.participle_endings) and word not in grammar.not_past
                and not self._text[self._starts[index]].isupper())

    def _after_future_auxiliary(self, words: list[str], index: int) -> bool:
        """A participle governed by a future cue ("will be held", "is expected to be signed") is
        no past verb: the cue ends right before it or before a run of auxiliaries ("be", "to")."""
        gap, future, reported = self.grammar.auxiliary_gap, self.grammar.future, self.grammar.reported_future
        position = index - 1
        while position >= 0 and (words[position] in gap or (words[position].endswith("ly") and len(words[position]) > 4)):
            if future.ends_at(words, position) or reported.ends_at(words, position):
                return True
            position -= 1
        return future.ends_at(words, position) or reported.ends_at(words, position)

    def _forward(self, cand: _Candidate, words: list[str]) -> bool:
        """Whether a forward cue ends right before the time, a preposition or "the" aside, or one
        that follows a time closes its phrase right after it ("from Wednesday at the earliest")."""
        if not self._forward_possible or _POSSESSIVE.match(self._text, cand.end):
            return False
        if self.grammar.forward_after.closes_at(words, self._starts, self._text, bisect.bisect_left(self._starts, cand.end)):
            return True
        end = bisect.bisect_left(self._starts, cand.start) - 1
        if end >= 0 and words[end] == "the":
            end -= 1
        for last in (end, end - 1):
            if last < 0 or (last < end and words[end] not in _FORWARD_LINKS):
                continue
            grammar = self.grammar
            first = grammar.forward.ending_at(words, last)
            if first is not None and (words[end] in _ACT_LINKS if last < end else words[last] not in _FORWARD_LINKS):
                return False  # "postponed on Monday", "postponed Monday": the day of the act
            if first is None:
                first = grammar.forward_present.ending_at(words, last)
                if first is not None and grammar.forward_past_forms.ends_at(words, first - 1):
                    return False
            if first is not None:
                return not grammar.forward_unless.ends_at(words, first - 1)
        return False

    def resolve_sentence(self, text: str, tokens: _Tokens, cands: list[_Candidate], history: list[_Known]) -> None:
        self._future: bool | None = None
        self._past: bool | None = None
        self._first_future: int | None = None
        self._starts, self._words = tokens.starts, _tense_words(self.grammar, text, tokens)
        self._text = text
        self._forward_possible = not self.grammar.forward_first_words.isdisjoint(self._words)
        self._classify_anchors(text, cands)
        self._first_start = min(c.start for c in cands)
        self._cands = cands
        self._previous_granularity = self.last_granularity
        independent = [c for c in cands if not c.expr.anchored]
        dependent = [c for c in cands if c.expr.anchored]
        for cand in independent:
            context_year = self._context_year(cand, cands)
            self._resolve(text, cand, None, context_year)
            self._note_report_period(cand)
        for cand in dependent:
            anchor = self._anchor_for(cand, cands, history)
            if (anchor is not None and cand.anchor_mode == "event" and self.grammar.anaphoric_opener is not None
                    and self.grammar.anaphoric_opener.match(text, cand.end) is not None
                    and not any(c.resolved is not None and not c.expr.anchored for c in cands)):
                # no time of the sentence's own, and the cue names an event already told: the
                # paragraph's last time is that event's ("It erupted on May 16. Five days after
                # the eruption, ..."), and the offset counts from it to date this clause ("The
                # talks came two weeks after gunmen killed ..." still dates the killing)
                cand.anchor_mode, cand.expr.n = "adverbial", -cand.expr.n
            if (anchor is not None and cand.expr.kind == "offset" and cand.expr.unit == "year"
                    and self.grammar.longer_period.search(text, 0, cand.start) is not None):
                anchor = None  # "for the nine months, ... a year earlier": a year before publication
            self._resolve(text, cand, anchor, None)
        for cand in sorted(cands, key=lambda c: c.start):
            if cand.resolved is not None and cand.value is not None and cand.value.invalid is None:
                self.last_granularity = cand.value.granularity
                if cand.expr.kind != "reporting":
                    history.append(_Known(cand.resolved, text[cand.start : cand.end], True))

    def _classify_anchors(self, text: str, cands: list[_Candidate]) -> None:
        """ "a day after <event>" names the event's time: the sentence's time minus a day."""
        for cand in cands:
            expr = cand.expr
            if expr.kind != "offset" or not expr.anchored:
                continue
            note = expr.notes[0] if expr.notes else ""
            if note not in ("before", "after", "the_before", "the_after"):
                cand.anchor_mode = "adverbial"
                continue
            following = text[cand.end :]
            at, words = bisect.bisect_left(self._starts, cand.end), self._words  # "a quake a day before rose to 10": a verb follows
            if self.grammar.after_offset.match(following) or (at < len(words) and words[at] not in self.grammar.reporting and (
                    self.grammar.past.ends_at(words, at) or words[at] in self.grammar.past_auxiliaries or self._ed_past(at))):
                cand.anchor_mode = "adverbial"
            elif note.startswith("the_"):
                cand.anchor_mode = "event_unknown"
            elif (named := self._named_anchor(text, cand, cands)) is not None:
                # "Cinq jours après l'éruption du 16 mai, le volcan fume": the time of the event
                # after the cue is said; the offset counts from it and dates the main clause
                cand.anchor_mode, cand.counts_from = "adverbial", named
            else:
                # the mention stays "two weeks after": the event's words (and their figures,
                # "gunmen killed at least 200 people") belong to the clause, not to the time
                cand.anchor_mode = "event"
                expr.n = -expr.n

    @staticmethod
    def _named_anchor(text: str, cand: _Candidate, cands: list[_Candidate]) -> _Candidate | None:
        """The time said in the event phrase or clause right after an offset's cue, when the
        sentence names no time of its own before the offset: "five days after the eruption of
        May 16", "nine days before an announcement on May 12", "two weeks after gunmen killed
        200 people on May 1". A time before the offset ("resigned on Tuesday, a week after it
        emerged ...") is the main clause's, and the offset then dates the event after its cue."""
        if any(other.end <= cand.start and not other.expr.anchored for other in cands):
            return None
        boundary = _CLAUSE_END.search(text, cand.end)
        limit = boundary.start() if boundary else len(text)
        return next((other for other in cands if cand.end <= other.start < limit and not other.expr.anchored
                     and other.expr.kind in _NAMED_ANCHOR_KINDS), None)

    def _context_year(self, cand: _Candidate, cands: list[_Candidate]) -> Anchor | None:
        expr = cand.expr
        if expr.kind not in ("date", "month", "season", "quarter", "half", "holiday") or expr.year is not None:
            return None
        if expr.shift is not None or expr.relative_year is not None:
            return None
        for other in reversed([c for c in cands if c.end <= cand.start]):
            if other.expr.year is not None and other.expr.kind in ("date", "month"):
                period = Period(date(other.expr.year, 1, 1), date(other.expr.year, 12, 31), "year")
                return Anchor(period, f"year {other.expr.year} of an earlier time in the sentence")
        return None

    def _anchor_for(self, cand: _Candidate, cands: list[_Candidate], history: list[_Known]) -> Anchor | None:
        if cand.counts_from is not None:
            named = cand.counts_from
            return Anchor(named.resolved, _describe(named.text, named.resolved)) if named.resolved is not None else None
        needs_day = cand.expr.kind == "offset" and cand.expr.unit in ("day", "week", "fortnight")
        own = [c for c in cands if c is not cand and c.resolved is not None and not c.expr.anchored]
        preceding = [c for c in own if c.end <= cand.start]
        following = [c for c in own if c.start >= cand.end]
        ordered = list(reversed(preceding)) + following
        for other in ordered:
            if not needs_day or other.resolved.granularity == "day":
                return Anchor(other.resolved, _describe(other.text, other.resolved))
        for known in reversed(history):
            if not needs_day or known.period.granularity == "day":
                return Anchor(known.period, known.description)
        return None

    def _comparison_span(self, text: str, cand: _Candidate) -> bool:
        """Whether a superlative stands earlier in the clause of an "in N units" span (see
        ``comparison_spans`` in time.yaml)."""
        if self.grammar.comparison_span is None:
            return False
        clause = max(text.rfind(mark, 0, cand.start) for mark in ",;:.!?") + 1
        return self.grammar.comparison_span.search(text, clause, cand.start) is not None

    def _compared_event_told(self, text: str, cand: _Candidate) -> bool:
        """Whether "since <time>" after a superlative is the antecedent of a relative clause
        telling the earlier event compared with ("since October 2021, when ...")."""
        relative = self.grammar.time_relative
        return relative is not None and relative.match(text, cand.end) is not None and self._comparison_span(text, cand)

    def _negated_until(self, text: str, cand: _Candidate) -> bool:
        """ "wouldn't be profitable until 1994": a negation earlier in the clause of "until"
        makes the time the one the event happens at, not the end of a state."""
        if cand.op != "until" or cand.op_word not in self.grammar.negated_until:
            return False
        clause = max(text.rfind(mark, 0, cand.start) for mark in ",;:") + 1
        return self.grammar.negation.search(text, clause, cand.start) is not None

    def _resolve(self, text: str, cand: _Candidate, anchor: Anchor | None, context_year: Anchor | None) -> None:
        cand.text = text[cand.start : cand.end]
        if self._negated_until(text, cand):
            cand.op = None
        expr = cand.expr
        tense = expr.tense
        # The sentence's direction and whether its past is loose are read only when something
        # needs them (a day without its year, a bare weekday, the modality of a time not past):
        # most times resolve the same whatever the tense, and reading it is the costly part.
        said: list[str] = []

        def direction() -> str:
            if not said:
                said.append(tense or self.direction(cand))
            return said[0]

        loose_said: list[bool] = []

        def loose() -> bool:
            if not loose_said:
                loose_said.append(direction() == "past" and tense is None and not self._governed_by_past(cand))
            return loose_said[0]

        granularity = _granularity(expr)
        if (expr.kind == "half" and expr.year is None and expr.relative_year is None and self.report_period is None
                and self._previous_granularity != "quarter" and self.grammar.figure.search(text) is None):
            cand.value = None  # "in the second half" of a match: no half-year without a figure reported
            return
        if cand.anchor_mode == "event_unknown":
            cand.value = None
            return
        if expr.anchored and anchor is None and cand.anchor_mode == "event":
            cand.value = TimeValue(granularity=granularity, anchor="unresolved: no time to count from")
            return
        if cand.op == "since" and self._compared_event_told(text, cand):
            cand.op = cand.op_word = None  # the time of the earlier event the clause after it tells
        elif (cand.form == "in_n" and (tense is None and direction() == "past" or self._comparison_span(text, cand))) \
                or (cand.op == "since" and self._comparison_span(text, cand)):
            # "in two weeks" is a point ahead only when the sentence looks ahead: in a past one it
            # is a duration ("the smallest gain in a year", "talked of victory within a week"), and
            # so it is after a superlative, whatever the tense ("the strongest to hit ... in a decade");
            # "the deadliest since March 2025" dates the earlier event compared with, not this one
            cand.value = None
            return
        ctx = Context(self.reference, direction, anchor, context_year, loose)
        try:
            if expr.kind == "reporting" or self._compared_year(cand, text):
                if expr.kind != "reporting":
                    expr = cand.expr = TimeExpr("reporting", unit="period", n=-1)
                period = self._ended_quarter(cand, text) or self._reporting(expr, text, cand.start)
                if period is None:
                    cand.value = None
                    return
                cand.value = self._value(cand, period, "reported period" if self.report_period else "published", direction)
                cand.resolved = period
                return
            if expr.kind == "recent":
                if self.reference is None:
                    raise Unresolvable("no publication date")
                cand.resolved = Period(self.reference, self.reference, expr.unit)
                cand.value = TimeValue(start=None, end=self.reference, granularity="open", anchor="published")
                return
            if expr.end is not None and context_year is None and _yearless(expr) and _yearless(expr.end) and direction() == "future":
                # a coming range is the first whose end is not past ("between 10/1-11/7" on October 24
                # is this October and November), its start the latest one before that end
                last, _ = resolve(expr.end, ctx)
                period, anchored_to = resolve(expr, Context(last.end, "past", anchor, None))
                period = merge_range(period, last)
            else:
                period, anchored_to = resolve(expr, ctx)
                if cand.op == "deadline" and expr.kind == "holiday" and expr.holiday is not None and expr.holiday.closes == "year":
                    period = year_period(period.end.year)  # "by year-end": the year, as "by the end of the year"
                if expr.end is not None:
                    last, _ = resolve(expr.end, Context(self.reference, direction, anchor, Anchor(period, "range start"), loose))
                    if last.end < period.start and expr.end.year is None:
                        # the end comes after the start: "from 10/25 to 01/25" ends the next January
                        last, _ = resolve(expr.end, Context(period.start, "future", anchor, None))
                    period = merge_range(period, last)
            value = self._value(cand, period, anchored_to, direction)
        except Unresolvable as problem:
            cand.value = TimeValue(granularity=granularity, invalid=str(problem) if problem.invalid else None)
            return
        except (OverflowError, ValueError):
            # counting from 0001-01-01 or 9999-12-31 can leave the calendar: the time is reported
            # as unresolved, with the reason, never dropped and never an invalid date
            cand.value = TimeValue(granularity=granularity, anchor=_OUTSIDE_CALENDAR)
            return
        cand.resolved = period
        cand.value = value

    def _onset_event(self, cand: _Candidate, direction: Callable[[], str]) -> bool:
        """Whether the time after an onset word ("dès dimanche", "starting Sunday") is when a
        one-off event happened: the sentence tells of the past, looks nowhere ahead, and a past
        verb that tells no state, nor a saying, sits within a few words of the time ("a ouvert une
        enquête dès dimanche", "Dès lundi, la police a arrêté"); "est fermé dès lundi", "was closed
        starting Monday" and "la taxe s'appliquera dès le 1er janvier" keep their interval."""
        if direction() != "past" or self._future:
            return False
        grammar, words, starts = self.grammar, self._words, self._starts
        before = range(bisect.bisect_left(starts, cand.start - _PAST_WINDOW), bisect.bisect_left(starts, cand.start))
        after = range(bisect.bisect_left(starts, cand.end), bisect.bisect_left(starts, cand.end + _PAST_WINDOW))
        for index in (*before, *after):
            word = words[index]
            # a saying ("a indiqué la mairie") tells nothing of the time; "was closed" is a state
            if (word in grammar.state_pasts or word in grammar.reporting or (index and words[index - 1] in grammar.state_pasts)
                    or (index + 1 < len(words) and words[index + 1] in grammar.reporting)):
                continue
            if (grammar.past.ends_at(words, index) and not self._after_not_past(index)) or self._ed_past(index):
                return True
        return False

    def _value(self, cand: _Candidate, period: Period, anchored_to: str, direction: Callable[[], str]) -> TimeValue:
        """The time's value; a time over before publication is asserted whatever the tense, so
        ``direction`` is read only for one that is not."""
        op = cand.op
        modality = "asserted"
        if op == "deadline":
            # "had burned 3,000 hectares by Monday morning": in the past perfect, "by" gives the
            # time a measure or an outcome had reached: an as-of time, asserted, no deadline
            modality = "asserted" if self._perfect_as_of(cand) and direction() == "past" else "deadline"
        elif self.reference is None or period.end >= self.reference:
            said = direction()
            if said == "future" or (said == "nearest" and self.reference is not None and period.start > self.reference):
                modality = "expected"
        if op == "since" and cand.expr.end is None and not (cand.op_word in self.grammar.onsets and self._onset_event(cand, direction)):
            return _time_value(period.start, None, "open", modality, period.part, anchored_to)
        if op == "after":
            return _time_value(period.end + _ONE_DAY, None, "open", modality, period.part, anchored_to)
        if op == "until":
            return _time_value(None, period.end, "open", modality, period.part, anchored_to)
        if op == "before":
            return _time_value(None, period.start - _ONE_DAY, "open", modality, period.part, anchored_to)
        return _time_value(period.start, period.end, period.granularity, modality, period.part, anchored_to)


_ONE_DAY = date(2000, 1, 2) - date(2000, 1, 1)
_OUTSIDE_CALENDAR = "unresolved: outside the calendar (years 1 to 9999)"

