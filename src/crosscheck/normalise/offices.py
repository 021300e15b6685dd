"""The office a title or a role names, in any language read ("procureure du Roi de Namur" and
"public prosecutor" are one office, "bourgmestre" and "mayor" another), from
rules/entities/offices.yaml (``kind: offices``).

A title ("Investigating Judge") or a role phrase ("la procureure du Roi de Namur", "Ciney's
mayor", "South Kivu's governor") names an office when, after its determiners, possessives (with
the place they name) and qualifiers, it opens with one of the office's forms as whole words; a
past office ("former mayor", "l'ancien procureur") names none. Compare reads these to tell two offices of one person at one time apart: offices
exclude each other within their domain (a mayor is no prosecutor, a flight's captain no
co-pilot, an athlete's coach not his agent), not across two.
"""

from __future__ import annotations

import re
import unicodedata

from ..extract.name_rules import OfficeRules
from ..rules import RulePack

_POSSESSIVE = re.compile(r"^\S+'s$")
# An elided article or preposition glued to the next word ("l'ancien", "d'instruction").
_ELIDED = re.compile(r"\b([a-z]')(?=\w)")


def _tokens(text: str) -> list[str]:
    """Lower-case words without accents, one kind of apostrophe, an elided article or preposition
    a word of its own ("l'ancien" is "l'" and "ancien", "d'instruction" is "d'" and "instruction")."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'").lower())
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _ELIDED.sub(r"\1 ", folded).split()


class OfficeReader:
    """Reads the office of titles and roles; built once per run from the rule pack."""

    def __init__(self, rules: RulePack):
        self.forms: dict[str, str] = {}
        self.includes: dict[str, frozenset[str]] = {}
        self.domain: dict[str, str] = {}
        self.alongside: dict[str, frozenset[str]] = {}
        self.ranks: dict[str, str] = {}
        past: set[str] = set()
        leading: set[str] = set()
        for rule_file in rules.get("offices"):
            assert isinstance(rule_file, OfficeRules)
            for office in rule_file.offices:
                for form in office.forms:
                    self.forms.setdefault(" ".join(_tokens(form)), office.name)
                self.includes[office.name] = self.includes.get(office.name, frozenset()) | frozenset(office.includes)
                self.alongside[office.name] = self.alongside.get(office.name, frozenset()) | frozenset(office.alongside)
                self.domain.setdefault(office.name, office.domain)
            past.update(" ".join(_tokens(w)) for w in rule_file.past_words)
            leading.update(" ".join(_tokens(w)) for w in rule_file.leading_words)
            self.ranks.update({" ".join(_tokens(w)): rank for w, rank in rule_file.rank_words.items()})
        self.past_words = frozenset(past)
        self.leading_words = frozenset(leading)
        self.longest = max((len(f.split()) for f in self.forms), default=0)

    def office(self, phrase: str) -> str | None:
        """The office ``phrase`` names, or None (no listed office, or a past one)."""
        tokens = _tokens(phrase)
        possessive = [i for i, word in enumerate(tokens[:4]) if _POSSESSIVE.match(word)]
        if possessive:
            tokens = tokens[possessive[-1] + 1 :]  # "South Kivu's governor": the place that owns the office
        for start in range(min(len(tokens), 4)):
            found, size = self._form_at(tokens, start)
            if found is not None:
                after = tokens[start + size] if start + size < len(tokens) else ""
                return self._ranked(self.ranks[after], found) if after in self.ranks else found  # "procureur adjoint"
            word = tokens[start]
            if word in self.ranks:  # "deputy prosecutor", "assistant secretary general"
                found, _ = self._form_at(tokens, start + 1)
                return self._ranked(self.ranks[word], found) if found is not None else None
            if word in self.past_words or word.startswith("ex-"):
                return None  # "former mayor", "l'ancien procureur", "ex-mayor"
            if word not in self.leading_words and not _POSSESSIVE.match(word):
                return None
        return None

    def _form_at(self, tokens: list[str], start: int) -> tuple[str | None, int]:
        """The office whose longest form is written at ``start``, and the form's length in words."""
        for size in range(min(self.longest, len(tokens) - start), 0, -1):
            found = self.forms.get(" ".join(tokens[start : start + size]))
            if found is not None:
                return found, size
        return None, 0

    def _ranked(self, rank: str, office: str) -> str:
        """The office of ``rank`` under ``office`` ("deputy prosecutor"): a listed office of that
        name, else one of the office's domain that covers nothing and goes with nothing."""
        name = f"{rank} {office}"
        if name not in self.domain:
            self.domain[name] = self.domain[office]
        return name

    def covers(self, a: str, b: str) -> bool:
        """Whether calling a person ``a`` says ``b`` too, or the reverse: the same office, or one
        covering the other ("judge", "investigating judge"; "pilot", "captain")."""
        return a == b or b in self.includes.get(a, frozenset()) or a in self.includes.get(b, frozenset())

    def compatible(self, a: str, b: str) -> bool:
        """Whether one person may be called both: one office covering the other, two offices of
        different domains (a captain of the air force may be its spokesman), or two a person may
        hold alongside each other (a lawyer speaking for a family)."""
        return (self.covers(a, b) or self.domain.get(a) != self.domain.get(b)
                or b in self.alongside.get(a, frozenset()) or a in self.alongside.get(b, frozenset()))
