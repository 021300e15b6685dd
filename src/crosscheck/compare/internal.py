"""An article that disagrees with itself outside events: a weekday next to a date it does not fall on."""


import re

from ..models import ExtractedDocument, Finding, TimeValue
from ..calendar_words import WEEKDAYS
from .labels import make_finding, sentence_quote


_WEEKDAY_WORD = re.compile(r"\b(" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\b\.?", re.IGNORECASE)
_WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def weekday_mismatches(docs: list[ExtractedDocument]) -> list[Finding]:
    """A weekday written next to an explicit date that falls on another day: the article disagrees with itself."""
    findings = []
    for ed in docs:
        for m in ed.mentions:
            if m.kind != "time" or not isinstance(m.value, TimeValue):
                continue
            value = m.value
            said = _WEEKDAY_WORD.search(m.text)
            if not said or value.granularity != "day" or not re.search(r"\d", m.text):
                continue
            written = _WEEKDAY_NAMES[WEEKDAYS[said.group(1).lower()]]
            if value.start is not None and value.start.weekday() == WEEKDAYS[said.group(1).lower()] and not value.invalid:
                continue
            if value.start is not None:
                actual = _WEEKDAY_NAMES[value.start.weekday()]
                problem = f"{value.start.isoformat()} is a {actual}, not a {written}"
            else:
                problem = value.invalid or "the weekday does not match the date"
            said_text = " ".join(m.text.split())
            summary = f"{ed.document.id} writes \"{said_text}\": {problem}."
            findings.append(make_finding(
                "internal", f"weekday of {said_text.lower()}", summary, {ed.document.id: f"{said_text} ({problem})"},
                [sentence_quote(ed, m)], [], [ed.document.id], [problem],
            ))
    return findings
