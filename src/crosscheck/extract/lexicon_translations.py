"""Event words of another language that look like no English word, each with the English words
of its news sense (``rules/<lang>/events/translations.yaml``).

Why: the French event table is generated from the English one through spelling ("évacuer" /
"evacuate", tools/build_french_event_lexicon.py), which cannot reach the French words of news
with no English look-alike ("adjuger", "débarquer", "recompter", "une coupure"), and no French
WordNet or bilingual dictionary ships under a licence this project can take. This table names
their English translation instead, and the same generator gives each word the class the English
table gives its translation, so the output stays generated from one English table. The run
itself never reads the table: only the generator does, and the tests run its examples.
"""

from __future__ import annotations

from pydantic import Field, field_validator

from ..rules import RuleFile, RuleModel, rule_kind


class ParallelExample(RuleModel):
    """An English and a French sentence telling one happening, with the word that names it in
    each: the tests check that both words fall in one class."""

    english: str
    english_word: str
    french: str
    french_word: str


@rule_kind("event_translations")
class EventTranslations(RuleFile):
    """Word of the file's language -> the English words of its news sense, most fitting first
    (one string, words separated by spaces: "adjuger: auction sell"); the first the English
    table names as an event, and not as a verb of saying, gives the word its class."""

    verbs: dict[str, str] = Field(default_factory=dict)
    nouns: dict[str, str] = Field(default_factory=dict)
    examples: list[ParallelExample] = Field(min_length=1)

    @field_validator("verbs", "nouns")
    @classmethod
    def _english_words(cls, value: dict[str, str]) -> dict[str, str]:
        for word, english in value.items():
            if word != word.lower() or not word.strip():
                raise ValueError(f"{word!r}: a translated word is a lower-case lemma")
            if not english or not all(w.islower() and w.replace("_", "").replace("-", "").isalpha() for w in english.split()):
                raise ValueError(f"{word!r}: its translation is one or more lower-case English lemmas, not {english!r}")
        return value

    def english_of(self, word: str, noun: bool = False) -> list[str]:
        """The English words of one verb (or noun), most fitting first."""
        return (self.nouns if noun else self.verbs).get(word, "").split()
