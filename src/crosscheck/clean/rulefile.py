"""The furniture rule file (``kind: furniture``): words and line shapes of page furniture, per language."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator

from ..rules import RuleExamples, RuleFile, RuleModel, compile_regex, rule_kind


class WordMarkers(RuleModel):
    """Marker phrases compared with a whole line (case-insensitive, trailing ':' ignored)."""

    words: list[str]
    examples: RuleExamples


class LinePatterns(BaseModel):
    """Regular expressions searched in a line; compiled while validating."""

    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)
    patterns: list[re.Pattern]
    examples: RuleExamples

    @field_validator("patterns", mode="before")
    @classmethod
    def _compile(cls, value: list[str]) -> list[re.Pattern]:
        compiled = []
        for index, pattern in enumerate(value):
            try:
                compiled.append(compile_regex(pattern))
            except ValueError as exc:
                raise ValueError(f"patterns[{index}]: {exc}") from None
        return compiled

    def search(self, line: str) -> re.Match | None:
        for pattern in self.patterns:
            found = pattern.search(line)
            if found:
                return found
        return None

    def combined(self) -> re.Pattern:
        """All patterns as one alternation (one scan per line); only for patterns without named groups."""
        return re.compile("|".join(f"(?:{p.pattern})" for p in self.patterns))


class WireAgency(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    aliases: list[str]


@rule_kind("furniture")
class FurnitureRules(RuleFile):
    """Words and line shapes of page furniture (see rules/furniture.yaml)."""

    stopwords: list[str]
    verbs: list[str]
    section_markers: WordMarkers
    ticker_markers: WordMarkers
    line_markers: WordMarkers
    prefix_markers: WordMarkers
    line_patterns: LinePatterns
    caption_patterns: LinePatterns
    copyright_patterns: LinePatterns
    published_labels: list[str]
    updated_labels: list[str]
    byline_labels: list[str]
    credit_labels: list[str]
    wire_agencies: list[WireAgency]
    organisation_words: list[str]
    anonymous_bylines: list[str]
    # Words a site appends to its own name when a byline credits its staff ("IGN Staff",
    # "Practical Horseman Editorial Staff", "Staff Reports"): cut, the rest is the outlet.
    staff_words: list[str] = []
    section_words: list[str]
    glued_tails: list[str]
    # Lines that open the readers' comments under an article ("34 responses to ...", "Alex says:",
    # "Alex on May 2, 2025 at 6:34 am said:"): once the article has started, the page after such
    # a line is comments.
    comment_patterns: LinePatterns | None = None
    # Lines where the site addresses the reader about itself (newsletter, cookies, account) or
    # introduces the author: trailing lines of this kind are cut from the end of the body.
    notice_patterns: LinePatterns | None = None
    # Month and weekday names of the language, beside the English ones every page may use.
    month_names: dict[str, int] = {}
    weekday_names: list[str] = []
    # How the language writes numeric dates when both numbers could be the month: 03/04/2024 is
    # 3 April day first (French), 4 March month first (US English).
    numeric_dates: Literal["day_first", "month_first"] = "month_first"
