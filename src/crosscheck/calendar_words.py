"""Month and weekday names shared by the cleaner (date lines) and the time extractor.

The names are language data: they are read from the English time rules
(``rules/en/time.yaml``, keys ``months`` and ``weekdays``), where the time extractor's pack
validates them; nothing here spells a word of any language.
"""

from __future__ import annotations

from functools import lru_cache

import yaml

from .rules import default_rules_dir


@lru_cache(maxsize=None)
def calendar_names(language: str = "en") -> tuple[dict[str, int], dict[str, int]]:
    """Month names (to 1..12) and weekday names (to 0..6, the ISO week's first day as 0) of ``language``."""
    # libyaml's loader when PyYAML has it: the pure-Python one took a twentieth of every run's start-up here.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load((default_rules_dir() / language / "time.yaml").read_text(encoding="utf-8"), Loader=loader)
    return ({str(k).lower(): int(v) for k, v in data["months"].items()},
            {str(k).lower(): int(v) for k, v in data["weekdays"].items()})


MONTHS, WEEKDAYS = calendar_names("en")

# Longest first, so that a regex alternation prefers a full name over its abbreviation.
MONTH_PATTERN = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAY_PATTERN = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
