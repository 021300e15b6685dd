"""Reporting periods of results stories: the quarter or half an article reports on ("the
quarter", "the year-ago period", "the quarter ended July 31") and the comparisons with it ("a
year earlier"), read for :class:`~.time_resolution._SentenceResolver`, which this class is mixed into.
"""

from __future__ import annotations

from datetime import date, timedelta

from ..dates.periods import Period, Unresolvable, previous_quarter, quarter_ending_near, quarter_period, shift_years, year_period
from ..dates.resolve import Context, TimeExpr, resolve
from .time_candidates import _Candidate

# How far back a quarter may end to be the one an article reports results on.
_REPORTED_WITHIN = timedelta(days=366)


class _ReportingPeriods:
    """The reported period of an article: set by the quarters it names plainly, read by the
    reporting expressions after them. Needs the resolver's ``grammar``, ``reference``,
    ``report_period``, ``_previous_granularity``, ``_first_start`` and ``_cands``."""

    def _note_report_period(self, cand: _Candidate) -> None:
        """A quarter or half named plainly may be the period the article reports on ("third-quarter
        profit ... from a year ago"), at once, for the rest of its sentence too. Results are
        reported on a period that is over: a quarter not ended by publication ("expects losses
        in the fourth quarter") or one more than a year before it ("the third quarter of 1984")
        is no reported period, and of those that are, the latest one stays ("the third quarter
        ... up from a flat second quarter")."""
        if cand.resolved is None or cand.value is None or cand.value.invalid is not None or cand.op is not None:
            return
        if cand.value.granularity != "quarter" or cand.expr.kind not in ("quarter", "half"):
            return
        period = cand.resolved
        if self.reference is not None:
            # (a publication date in year 1 has no year before it: every earlier quarter counts)
            earliest = self.reference - _REPORTED_WITHIN if self.reference.toordinal() > _REPORTED_WITHIN.days else date.min
            if not earliest < period.end < self.reference:
                return
            if self.report_period is not None and self.report_period.end > period.end:
                return
        self.report_period = period

    def _reporting(self, expr: TimeExpr, text: str, start: int) -> Period | None:
        """A reporting period: the quarter or half the article reports on ("the quarter", "the
        latest period"), or the same period ``expr.n`` years from it ("the year-ago quarter",
        "the 1988 period"); a quarter said by number takes the year from that period; "the
        year-ago results" opening a sentence after a year ("last year", "the 1988 period" of
        nine months) is the year before. Without a
        reported period, "the quarter" is the last whole quarter before publication and a
        prior-year expression the year before it; "the period" alone is no time. After a longer
        period named earlier in the sentence ("in the first nine months, ... in the 1988
        period", "for the nine months, ... year-earlier net income"), a period not said to be a
        quarter is that longer one: its year, as for "a year earlier" there."""
        base = self.report_period
        if (base is not None and expr.unit != "quarter" and expr.number is None and "that" not in expr.notes
                and self.grammar.longer_period.search(text, 0, start) is not None):
            return year_period(expr.year if expr.year is not None else base.start.year + expr.n)
        if (base is not None and expr.unit != "quarter" and expr.number is None and expr.year is None and expr.n == -1
                and start == self._first_start and self._previous_granularity == "year"):
            # "... when net was $235.5 million last year. The year-earlier results have been
            # restated": opening its sentence, the year-before period is the one last talked of
            return year_period(base.start.year - 1)
        if expr.relative_year is not None:
            if self.reference is None:
                raise Unresolvable("no publication date to resolve against")
            if expr.number is not None:
                return quarter_period(self.reference.year + expr.relative_year, expr.number)
            if base is None:
                return year_period(self.reference.year + expr.relative_year)
            return shift_years(base, self.reference.year + expr.relative_year - base.start.year)
        if expr.number is not None:
            year = expr.year
            if year is None:
                origin = base.start.year if base is not None else (self.reference.year if self.reference else None)
                if origin is None:
                    raise Unresolvable("no publication date to resolve against")
                year = origin + expr.n
            return quarter_period(year, expr.number)
        if base is None and (expr.unit == "quarter" or "latest" in expr.notes) and expr.n == 0 and expr.year is None and self.reference is not None:
            return quarter_period(*previous_quarter(self.reference))
        if base is None:
            if expr.year is not None:
                return year_period(expr.year)
            if expr.n and self.reference is not None:
                return year_period(self.reference.year + expr.n)
            return None
        if expr.year is not None:
            return shift_years(base, expr.year - base.start.year)
        return shift_years(base, expr.n)

    def _ended_quarter(self, cand: _Candidate, text: str) -> Period | None:
        """ "the quarter ended July 31": a quarter said without its number, tied to the day it
        ended, is the calendar quarter whose end is nearest that day (the day is past)."""
        expr = cand.expr
        if (expr.kind != "reporting" or expr.unit != "quarter" or expr.number is not None or expr.n or expr.year is not None
                or expr.relative_year is not None or "that" in expr.notes):
            return None
        link = self.grammar.ended_link.match(text, cand.end)
        following = next((c for c in self._cands if c.start == link.end()), None) if link is not None else None
        if following is None or following.expr.kind != "date" or following.expr.end is not None:
            return None
        try:
            day, _ = resolve(following.expr, Context(self.reference, "past", None, None, False))
        except (Unresolvable, OverflowError, ValueError):
            return None
        return quarter_ending_near(day.end)

    def _compared_year(self, cand: _Candidate, text: str) -> bool:
        """ "a year ago", "a year earlier" said of a figure in an article on a reported quarter:
        the same quarter a year before ("net rose to $5 million from $4 million a year earlier").
        The offset counts from the period the story is about; "last year" names the calendar
        year itself and keeps it ("up from last year's $3.27 a share", "a 21% stake last year"),
        as the text says, whatever quarter the article reports on."""
        expr = cand.expr
        if self.report_period is None or expr.unit != "year":
            return False
        year_back = expr.kind == "offset" and expr.n == -1 and expr.notes and expr.notes[0] in ("ago", "earlier")
        return (bool(year_back) and cand.op in (None, "from") and self.grammar.figure.search(text, 0, cand.start) is not None
                and self.grammar.longer_period.search(text, 0, cand.start) is None)
