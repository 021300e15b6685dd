"""The clause a figure stands in, for the claims that take figures (:mod:`.open_claims`).

A figure belongs to the clause it stands in. A semicolon, a colon or a spaced dash closes a clause
in news prose of every language: "les rotations ne se sont pas arrêtées : plus de 3 000 habitants
ont été évacués" counts the evacuated, not the negated stop before the colon; "2 900 personnes
sont toujours hébergées ... ; les autres évacués ont trouvé refuge" counts the people housed, not
the evacuees of the next clause. So a figure goes to an event word of its own clause when there
is one. When there is none, a colon or a dash may have opened a list or an aside that carries no
verb ("Toll: 12 dead", "Bilan : 12 morts") and the figure may still go to the event before it; a
semicolon joins two clauses that each have their own verb, so a figure never crosses one.
"""

from __future__ import annotations

import re

# A clause end between two words: a semicolon, a colon (not inside a clock time "10:30" or a
# ratio "3:1"), a dash with a space on each side (not a hyphen, even a spaced one: "Port-Vila",
# "a 20 - 13 lead", "AK - 47" in tokenised text).
_CLAUSE_END = re.compile(r";|:(?!\d)|\s[\u2014\u2013]\s|\s--\s")


def figure_clause(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int, bool]:
    """(clause start, clause end, closed) of the figure at ``text[start:end]`` within ``text[lo:hi]``
    (its sentence). ``closed``: a semicolon bounds the clause, so no figure of it may go to an
    event word outside it."""
    clause_start, clause_end, closed = lo, hi, False
    for match in _CLAUSE_END.finditer(text, lo, hi):
        if match.end() <= start:
            clause_start = match.end()
            closed = match.group() == ";"
        elif match.start() >= end:
            clause_end = match.start()
            closed = closed or match.group() == ";"
            break
    return clause_start, clause_end, closed
