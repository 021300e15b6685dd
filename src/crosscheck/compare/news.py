"""What a comparison reports as news: the story's own events, not its recollections, and
single-source claims only when no other source tells them.

``mark_background`` marks the accounts in which a story recalls an earlier occurrence of its
own event and ``telling_recalls`` the recalls that still tell something to check;
``UndatedAccounts`` finds another source telling an event without dating it; ``reported`` drops
the agreements and single-source claims that are not news.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from datetime import date

from ..models import ExtractedDocument, Finding
from .events import ClaimView, Event, participants_compatible

_UNDATED_LOOKED_AT = 64  # undated accounts of one (family, country) read per event


class UndatedAccounts:
    """Accounts that give no time of their own (and so join no event), by family and country,
    in order of publication: "after the withdrawal of a rotational brigade" in a story that
    does not date the withdrawal.

    Such an account cannot date or contradict an event, but it tells it: an event one source
    dates ("will withdraw ... by the end of the year") is not single-source when another source,
    published while the event was under way (its time, widened by ``recent_days`` on each side),
    tells an event of its family with compatible participants. Only kinds that are never dated
    by their publication (``untimed: none``) count: an undated attack was left undated on
    purpose (a trend, "attacks have intensified"), not a report of one attack. Only the accounts of the
    publication window are read, at most ``_UNDATED_LOOKED_AT`` per country."""

    def __init__(self, views: list[ClaimView], recent_days: int):
        self.recent_days = recent_days
        self.filed: dict[tuple[str, str], list[tuple[int, str, ClaimView]]] = defaultdict(list)
        for v in views:
            if (v.interval is None and v.rule.untimed == "none" and v.countries and v.positive and not v.rule.state
                    and v.published is not None):
                for country in v.countries:
                    self.filed[(v.rule.family, country)].append((v.published.toordinal(), v.claim.id, v))
        for accounts in self.filed.values():
            accounts.sort(key=lambda a: (a[0], a[1]))

    def tell(self, event: Event) -> bool:
        """Whether another source tells the event without a date."""
        dated = [v.interval for v in event.members if v.interval is not None and not v.interval.implied]
        if not dated or not self.filed:
            return False
        first = min(i.start for i in dated).toordinal() - self.recent_days
        ends = [i.end for i in dated]
        last = None if None in ends else max(ends).toordinal() + self.recent_days
        sources = {v.source for v in event.members}
        members = [v for v in event.members if v.countries]
        for country in sorted({c for v in members for c in v.countries}):
            accounts = self.filed.get((event.family, country), [])
            low = bisect.bisect_left(accounts, first, key=lambda a: a[0])
            high = len(accounts) if last is None else bisect.bisect_right(accounts, last, key=lambda a: a[0])
            for _, _, other in accounts[low:min(high, low + _UNDATED_LOOKED_AT)]:
                if other.source not in sources and any(participants_compatible(other, v) for v in members):
                    return True
        return False


_LEAD_BODY_SENTENCES = 2  # the body sentences, after the headline, where a story states its event


def mark_background(views: list[ClaimView], gap_days: int) -> None:
    """Mark the accounts that recall an earlier occurrence of their story's own event.

    A story states its event in its headline and first sentences (a quake on Sunday, a round
    of talks that opened on Monday); an account of the same kind deeper in the story whose
    time ended more than ``gap_days`` before that event began is the story's background ("Van
    was struck by a magnitude 7.1 earthquake in October 2011", "a previous round of talks in
    May 2023"): a comparison the writer draws, not news the story reports. Such an account still
    joins another source's account of that occurrence; told by backgrounds alone it makes no
    agreement and no single-source claim (see ``reported``). Events of another kind the
    story recalls (the coup that brought a leader to power, the leader's last visit in a story
    about a meeting) are not marked: they are its own claims about them."""
    by_doc: dict[str, list[ClaimView]] = defaultdict(list)
    for v in views:
        by_doc[v.claim.document].append(v)
    for doc_views in by_doc.values():
        lead = _lead_sentences(doc_views[0].doc)
        began: dict[str, date] = {}  # kind -> first day of the story's own event of that kind
        for v in doc_views:
            i = v.interval
            if v.claim.sentence in lead and v.positive and not v.rule.state and i is not None and not i.implied:
                began[v.claim.kind] = min(began.get(v.claim.kind, i.start), i.start)
        for v in doc_views:
            i = v.interval
            start = began.get(v.claim.kind)
            if (start is not None and v.claim.sentence not in lead and i is not None and not i.implied
                    and i.end is not None and (start - i.end).days > gap_days):
                v.background = True


def telling_recalls(views: list[ClaimView]) -> set[str]:
    """Ids of the background accounts (see ``mark_background``) that carry something a
    fact-checker can check: a figure or a named person. "Floods in the same county killed 47
    people in November 2023" is a dated recall with a toll, a fact only its source may give; "a
    previous round of talks in May 2023" names nothing to check. The figure may belong to another
    event word of the recall's sentence, or to none the extractor read: "In June 2024, an attack on Synnovis ... forced the
    postponement of more than 10,000 appointments" recalls an attack with its count. Such a
    recall is a single-source claim when no other source tells it, like any claim (the same
    rule as the open-vocabulary claims of ``open_single``); it still makes no agreement on its own."""
    figured: dict[str, set[int]] = {}  # document -> sentences with a figure, read for recalls only

    def sentence_figures(v: ClaimView) -> bool:
        doc_id = v.claim.document
        if doc_id not in figured:
            figured[doc_id] = {m.sentence for m in v.doc.mentions if m.kind == "quantity"}
        return v.claim.sentence in figured[doc_id]

    return {v.claim.id for v in views if v.background
            and (v.figures or any(not entity.startswith("role:") for entity in v.persons) or sentence_figures(v))}


def anchored(views: list[ClaimView]) -> bool:
    """Whether an event's accounts give a fact-checker something to check it by: a date of their
    own (not the publication's), or something named in their sentence (a person, a place, a
    country, an organisation). "When one is killed, all of us lose" and "He died almost
    immediately" are placed in their article's main country (``home_country``) and dated by its
    publication, but name and date nothing: no claim to list on its own (the same rule as the
    open-vocabulary single-source claims of ``open_single``)."""
    return any((v.interval is not None and not v.interval.implied) or v.claim.participants or v.location is not None
               for v in views)


def _lead_sentences(ed: ExtractedDocument) -> set[int]:
    """Indices of the headline sentences and of the first body sentences of an article."""
    lead = {s.index for s in ed.sentences if s.zone == "headline"}
    body = sorted(s.index for s in ed.sentences if s.zone != "headline")
    return lead | set(body[:_LEAD_BODY_SENTENCES])


def reported(findings: list[Finding], background: set[str], telling: set[str] = frozenset()) -> list[Finding]:
    """The findings without the agreements and single-source claims that are not news.

    An account that an agreement or a contradiction compares with another source's is not
    single-source, whatever grouping left it alone: the coup that ousted a named president,
    dated "August 2023" by one outlet and "September 2023" by another, is one coup two sources
    tell (with conflicting dates), not two coups each told once.

    An event only stories of later occurrences recall (``background``, see
    ``mark_background``: the 2011 quake in a story about this week's) makes no
    agreement, and no single-source claim unless one of its accounts is ``telling`` (see
    ``telling_recalls``: a recall with a figure or a named person); a contradiction over it is
    still reported."""
    compared = {claim for f in findings if f.kind in ("agreement", "contradiction") for claim in f.claims}
    kept = []
    for f in findings:
        if f.kind == "single_source" and not compared.isdisjoint(f.claims):
            continue
        if f.kind in ("agreement", "single_source") and f.claims and background.issuperset(f.claims):
            if not (f.kind == "single_source" and telling.intersection(f.claims)):
                continue
        kept.append(f)
    return kept
