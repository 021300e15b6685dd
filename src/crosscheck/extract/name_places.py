"""Places around a name: a wire dateline, a known place that is part of an organisation's name
or that contains a place just found, a place in the possessive before a person."""

from __future__ import annotations

import re

from .name_cues import EMPHASIS
from .name_document import Hit

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
