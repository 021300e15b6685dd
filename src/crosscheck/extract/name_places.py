"""Places around a name: a wire dateline, a known place that is part of an organisation's name
or that contains a place just found, a place in the possessive before a person."""

from __future__ import annotations

import re
from typing import Callable

from .name_cues import EMPHASIS
from .name_document import OPENING, Hit

# After a capitalised name at the start of a paragraph: a wire dateline's date, agency and dash.
# Other places of a dateline that names several, joined by slashes ("AMSTERDAM/PARIS, Feb 16 (Reuters) -").
_DATELINE_OTHERS = r"(?:\s*/\s*[A-Z][A-Z.'’ -]*[A-Z])*"
# The date may follow the country ("BUKAVU, Democratic Republic of Congo, Nov 10 (GLPA) -").
_DATELINE_TAIL = re.compile(r"^" + _DATELINE_OTHERS + r"(?:\s*,\s*[^()\n]{0,60}?\d[^()\n]{0,30}?)?\s*(?:\([^()\n]{1,30}\))?\s*[-–—]\s")
_DATELINE_BEFORE = re.compile(r"^(?:[A-Z][A-Z.'’ -]*[A-Z]\s*/\s*)*$")
# What may stand between a place name and the known place that contains it.
_PLACE_CONTEXT = re.compile(
    r"^\s*(?:,\s*|\s+(?:in|of)\s+(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west|central|"
    r"north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?)"
)


# A word naming a part of a place by its side or its rank ("North Wales", "Greater Manchester",
# "Haute-Savoie" aside): the place's own name goes on, no organisation.
_COMPASS = re.compile(
    r"(?:north|south|east|west|central|northern|southern|eastern|western|north-?east|north-?west|south-?east|"
    r"south-?west|greater|upper|lower|inner|outer|mid|middle|old|new|metropolitan|rural|downtown|"
    r"nord|sud|est|ouest|haut|haute|bas|basse|grand|grande|petit|petite|vieux|vieille|nouveau|nouvelle)",
    re.IGNORECASE)


def institution_place(text: str, before: re.Match, place_words: frozenset[str], dictionary_word: Callable[[str], bool]) -> bool:
    """Whether the capitalised word ``before`` a known town or region (its match, group 1) is an
    acronym, or a common noun that does not open the sentence nor says which part of the place is
    meant: the body or the field of an institution named after its place ("NHS England",
    "Public Health Wales", "Police Scotland" inside a sentence); not "County Cork", "North
    Wales", "Lake Geneva"."""
    word = before.group(1)
    if len(word) > 1 and word.isupper() and word.isalpha():
        return True  # "NHS England", "BBC Scotland": a body's branch named after its region
    return (word[:1].isupper() and bool(text[: before.start(1)].strip(OPENING)) and word not in place_words
            and _COMPASS.fullmatch(word) is None and dictionary_word(word))


def is_dateline(name: str, before: str, after: str) -> bool:
    """ "OUAGADOUGOU (AFP) -", "BAMAKO, March 10, 2025 (Reuters) -": a place in capitals that
    opens a paragraph before a date, an agency or a dash is where the story was filed; so is
    each place of "AMSTERDAM/PARIS, Feb 16 (Reuters) -"."""
    return (
        _DATELINE_BEFORE.match(before.lstrip(EMPHASIS + " ")) is not None
        and name.isupper()
        and sum(ch.isalpha() for ch in name) >= 3
        and _DATELINE_TAIL.match(after) is not None
    )


def absorb_place_before(text: str, start: int, taken: list[Hit]) -> int:
    """ "Sahel Defence Agency": a known place written just before an organisation word is part of it."""
    for hit in taken:
        if hit.type == "place" and hit.end == start - 1 and text[hit.end] == " ":
            taken.remove(hit)
            return hit.start
    return start


def place_before(start: int, taken: list[Hit]) -> bool:
    """Whether a known place is written right before ``start``, with one space between."""
    return any(hit.type == "place" and hit.end == start - 1 for hit in taken)


def place_possessive_before(start: int, before: str, taken: list[Hit]) -> bool:
    """Whether a known country in the possessive is written right before ``start`` ("Ivory
    Coast's Alassane Ouattara"). A city or a state in the possessive is followed by its sights and
    institutions as often as by people ("Nashville's Grand Ole Opry", "Manhattan's Greenwich
    Village", "Florida's Jackson Memorial Hospital"), so it makes no person."""
    tail = before[-4:]
    if not (tail.endswith("'s ") or tail.endswith("’s ")):
        return False
    return any(h.type == "place" and not h.adjective and h.end == start - 3 and h.canonical == h.country for h in taken)


def containing_country(after: str, end: int, taken: list[Hit]) -> str | None:
    """The country of the known place written right after a place name ("Djibo in northern
    Burkina Faso", "Mandera, Kenya"), if any."""
    context = _PLACE_CONTEXT.match(after)
    if context is None:
        return None
    at = end + context.end()
    return next((h.country for h in taken if h.type == "place" and not h.adjective and h.start == at and h.country), None)


def mark_routes(text: str, hits: list[Hit], before: re.Pattern | None) -> None:
    """Give the role "route" to the places of ``hits`` that a route cue stands before ("the train
    linking Brussels to Luxembourg", "le train reliant Bruxelles à Luxembourg"): where a train or
    a flight goes, not where anything happened; claims leave them out."""
    if before is None:
        return
    for hit in hits:
        if hit.type == "place" and hit.role is None and before.search(text, max(0, hit.start - 80), hit.start):
            hit.role = "route"
