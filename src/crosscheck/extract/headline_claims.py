"""Headline claims restated from the body: a headline names the event its first paragraphs
tell, so its claim takes that event's time, place and participants (see
:func:`restated_headlines`), but never those of a background recall dated long before the
article (:func:`crosscheck.dates.periods.long_before`)."""

from __future__ import annotations

from datetime import date

from ..dates.periods import long_before
from ..models import Claim


def restated_headlines(claims: list[Claim], published: date | None) -> None:
    """A headline names the event its first paragraphs tell ("Tara Reid checks into rehab"): a
    headline claim takes the time, place and participants of the first body claim of its kind,
    else of the lede's first dated or placed claim ("Burhan and Deby discuss ..." over "Burhan met
    Deby in Khartoum on Tuesday"), so that it is that event's claim, not a second, undated one.
    A body claim dated long before publication recalls an older event ("the Mati fire, which
    killed 104 in July 2018"): never the headline's."""
    first_of: dict[str, Claim] = {}
    lede: Claim | None = None
    for claim in claims:
        if claim.zone != "headline" and not (claim.time is not None and long_before(claim.time.end, published)):
            first_of.setdefault(claim.kind, claim)
            if lede is None and (claim.time is not None or claim.place is not None):
                lede = claim
    for claim in claims:
        body = (first_of.get(claim.kind) or lede) if claim.zone == "headline" else None
        if body is None:
            continue
        claim.time = claim.time or body.time
        claim.place = claim.place or body.place
        claim.participants = list(dict.fromkeys(claim.participants + body.participants))
        claim.mentions = list(dict.fromkeys(claim.mentions + body.mentions))
