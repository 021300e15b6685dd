"""One statistic told in other words: the same measure, period and value from several sources.

An official figure is reported with whatever verb the writer chose: "annual inflation slowed to
29.4 percent in August", "annual inflation fell to 29.4% in August", "inflation eased to 29.4%
in August". The event words differ (slow, fall, ease: three event classes) but the fact is one:
a measure (the noun the sentence states it of, "inflation"), a period (August) and a value
(29.4 percent). Sources that give it agree, whatever their verbs.

A statistic is read only where it is unmistakable: a figure given exactly (no "about", no
range) that is a rate or a measured value (a percentage, or a figure with decimals: a count
of ten people may be anyone's ten), on an account told as done and dated by its own words to
a day, week, month or quarter, whose subject is a short noun phrase before the event word
("Annual consumer inflation slowed ..."): its last word is the measure. Two sources that name
the same measure, period and value agree; copies of one story are one source.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict

from ..models import ExtractedDocument, Finding
from .events import guessed
from .labels import figure_label, make_finding, quote, time_label

_PERIODS = ("day", "week", "month", "quarter")
_SUBJECT_WORDS = 5  # a subject longer than this is a clause, not a measure's name
_CLAUSE_BREAK = re.compile(r"[,;:()\"“”«»]")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _measure(sentence: str, trigger_offset: int, pronouns: set[str] = frozenset()) -> str | None:
    """The measure an account states a figure of: the last word of the short noun phrase
    before its event word, from the sentence's start or its last clause break ("Annual
    consumer inflation slowed to" -> "inflation"); None when there is none, when it is long
    (a clause) or when it is a pronoun ("It fell to 3.1%": the measure was named before)."""
    before = _CLAUSE_BREAK.split(sentence[:max(0, trigger_offset)])[-1]
    words = _WORD.findall(before)
    if not words or len(words) > _SUBJECT_WORDS or words[-1].lower() in pronouns:
        return None
    return words[-1].lower()


def _statistic_figures(claim) -> list:
    """The figures of an account that can be a statistic: exact, and a percentage or a
    value with decimals."""
    return [f for f in claim.figures
            if f.low is not None and f.low == f.high and not f.hedge and math.isfinite(f.low)
            and (f.unit in ("percent", "%") or not float(f.low).is_integer())]


def statistic_findings(docs: list[ExtractedDocument], source_of: dict[str, str],
                       compared: set[tuple[str, int]], pronouns: set[str] = frozenset()) -> list[Finding]:
    """An agreement for every statistic (measure, period, value) that several independent
    sources give in any words; ``compared``: (document, sentence) of accounts a finding
    already compares, which are not compared again; ``pronouns``: subjects that name no
    measure (rules/compare.yaml ``statistic_pronouns``)."""
    told: dict[tuple, list] = defaultdict(list)
    for ed in docs:
        for claim in ed.claims:
            time = claim.time
            if (claim.trigger is None or claim.polarity != "positive" or claim.modality not in ("asserted", "reported")
                    or time is None or time.start is None or time.invalid or guessed(claim)
                    or time.granularity not in _PERIODS or (claim.document, claim.sentence) in compared):
                continue
            figures = _statistic_figures(claim)
            if not figures:
                continue
            measure = _measure(claim.text, claim.trigger.start - claim.start, pronouns)
            if measure is None:
                continue
            for f in figures:
                told[(measure, f.low, f.unit, time.start, time.end)].append((ed, claim, f))
    findings = []
    for (measure, _, _, _, _), accounts in sorted(told.items(), key=lambda kv: (kv[0][0], kv[0][1], str(kv[0][2]), kv[0][3])):
        sources = {source_of.get(ed.document.id, ed.document.id) for ed, _, _ in accounts}
        if len(sources) < 2:
            continue
        first: dict[str, tuple] = {}
        for ed, claim, f in sorted(accounts, key=lambda a: (a[0].document.id, a[1].start)):
            first.setdefault(ed.document.id, (ed, claim, f))
        values = {doc_id: f"{figure_label(f)} ({time_label(claim.time)})" for doc_id, (_, claim, f) in first.items()}
        quotes = [quote(ed, claim.start, claim.end, claim.line, claim.text) for ed, claim, _ in first.values()]
        _, claim, f = next(iter(first.values()))
        period = time_label(claim.time)
        words = sorted({c.predicate or c.kind for _, c, _ in accounts})
        subject = f"{measure}: {figure_label(f)} @ {period}"
        summary = (f"{len(sources)} independent sources give the same {measure} figure for {period}, "
                   f"{figure_label(f)} ({', '.join(words)}).")
        findings.append(make_finding("agreement", subject, summary, values, quotes, [c.id for _, c, _ in accounts],
                                     list(first), key_values=sorted(set(values.values()))))
    return findings
