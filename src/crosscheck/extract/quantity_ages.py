"""Ages of people: "a 78-year-old man", "un homme de 78 ans", "an 87-year-old man".

An age is never a count of an event (the quantity reader drops the number as a figure), but it
is a fact of the person it describes, and two outlets may state it differently: one victim aged
78 in one story and 87 in another is a contradiction, while a man of 78 and a shepherd of 59
are two people. So an age is read as a figure of its own measure, "age of <person>", where the
person is the noun it describes folded to a class shared across languages (``man`` for "man"
and "homme"), or else that noun itself ("age of shepherd"): ages of different kinds of people
never meet. The words are data (``ages`` in ``rules/<lang>/quantities.yaml``).
"""

from __future__ import annotations

from collections.abc import Callable

from ..models import Mention, QuantityValue
from ..numbers.tokens import NumberSpan, Token
from .quantity_tables import PhraseTable

# An age's unit names the person, as its measure does ("age of man"): figures are compared by
# unit, so the ages of a man and of a shepherd never meet.
AGE_PREFIX = "age of "


def is_age(value: QuantityValue) -> bool:
    """Whether a figure is a person's age (read here), not a count."""
    return value.unit.startswith(AGE_PREFIX)
_NOUN_REACH = 3  # words at most between the age and the noun it describes ("a 78-year-old retired man")


class AgeReader:
    """Reads ages from a sentence's numbers with one language's age words."""

    def __init__(self, after: PhraseTable, before: PhraseTable, people: PhraseTable, noun_first: bool, stop_words: frozenset[str]):
        self.after = after  # "-year-old", "ans": right after the number
        self.before = before  # "de" in "un homme de 78 ans": right before the number, after the noun
        self.people = people  # person nouns -> the class their age is compared under
        self.noun_first = noun_first  # the noun stands before the age ("un homme de 78 ans")
        self.stop_words = stop_words

    @classmethod
    def of(cls, ages: list, table: Callable[[list], PhraseTable], stop_words: frozenset[str]) -> "AgeReader":
        """The reader of a language's ``ages`` rules (none: it reads no age); ``table`` compiles phrases."""
        return cls(table([(p, True) for a in ages for p in a.after]), table([(p, True) for a in ages for p in a.before]),
                   table([(w, c.name) for a in ages for c in a.people for w in c.words]), any(a.noun_first for a in ages), stop_words)

    def ages(self, text: str, tokens: list[Token], numbers: list[NumberSpan]) -> list[tuple[int, int, QuantityValue]]:
        """(start, end, value) of every age of a person among ``numbers``."""
        if not self.after.table:
            return []
        found = []
        for number in numbers:
            first, last = number.first_token, number.last_token
            unit = self.after.after(tokens, last + 1)
            if unit is None or number.value != int(number.value) or not 0 < number.value < 125:
                continue
            noun = self._noun_before(tokens, first) if self.noun_first else self._noun_after(tokens, last + unit[0] + 1)
            if noun is None:
                continue
            start, end = tokens[first].start, tokens[last + unit[0]].end
            measure = AGE_PREFIX + noun
            found.append((start, end, QuantityValue(low=number.value, high=number.value, unit=measure, exact=text[start:end],
                                                    noun=measure)))
        return found

    def follows(self, tokens: list[Token], k: int) -> bool:
        """Whether an age of the noun before ``tokens[k]`` follows it ("une évacuée DE 71 ANS"): the
        noun names one person described, not a count of what the noun's event did to people."""
        if not self.noun_first or not self.after.table:
            return False
        link = self.before.after(tokens, k)
        k += link[0] if link is not None else 0
        return k + 1 < len(tokens) and tokens[k].kind == "num" and self.after.after(tokens, k + 1) is not None

    def _noun_after(self, tokens: list[Token], k: int) -> str | None:
        """The person an English age describes: the first person noun of the few words after it,
        else the first of those words that is a plain lower-case noun ("a 59-year-old shepherd")."""
        for j in range(k, min(k + _NOUN_REACH, len(tokens))):
            if tokens[j].kind != "word" or tokens[j].low in self.stop_words:
                break
            person = self.people.after(tokens, j)
            if person is not None:
                return str(person[1])
        token = tokens[k] if k < len(tokens) else None
        if token is None or token.kind != "word" or not token.text[:1].islower() or token.low in self.stop_words:
            return None
        return token.low

    def _noun_before(self, tokens: list[Token], first: int) -> str | None:
        """The person a French age describes: "un homme de 78 ans" (the noun, then "de"); only a
        person noun of the rules, since "un contrat de cinq ans" reads alike."""
        link = self.before.before(tokens, first)
        if link is None:
            return None
        k = first - link[0]
        person = self.people.before(tokens, k)
        return str(person[1]) if person is not None else None  # "un contrat de cinq ans" is no age


def several_of_a_kind(mentions: list[Mention]) -> list[Mention]:
    """A document's ages, told apart when it gives different ages of one kind of person ("a
    23-year-old man was killed and a 40-year-old man wounded"): which man a second outlet means
    is unknown, so each such age is a measure of its own ("age of man aged 23") that only the
    same age meets, never a contradiction within the story or with another outlet's man."""
    values: dict[str, set[float]] = {}
    for m in mentions:
        if isinstance(m.value, QuantityValue) and is_age(m.value):
            values.setdefault(m.value.unit, set()).add(m.value.low)
    several = {unit for unit, found in values.items() if len(found) > 1}
    if not several:
        return mentions
    out = []
    for m in mentions:
        value = m.value
        if isinstance(value, QuantityValue) and value.unit in several:
            measure = f"{value.unit} aged {value.low:g}"
            m = m.model_copy(update={"value": value.model_copy(update={"unit": measure, "noun": measure})})
        out.append(m)
    return out
