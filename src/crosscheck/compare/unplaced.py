"""Accounts that name no country, joined to the placed event they tell.

Country-based grouping (:func:`events.group_events`) places a claim by the countries it names.
News names places at every level: the wire names the country ("a chemical factory in Gujarat,
India"), the local weekly only the town ("the explosion at the plant in Dahej last Tuesday"),
the local site only the river ("after the Tana River broke its banks"). A town the gazetteer
does not know, a river, a company of no known country give the claim no country at all, so it
was grouped apart from the wire's account of the same event, and the date agreement, the toll
that grew and the figures that clash between them were lost.

A place at a finer level is compatible with its country: an account that names no country may
tell an event that names one (it is never compatible with another country, since it names
none; an account naming another country is placed there by the grouping itself). So, once the
placed claims are grouped, each dated account with no country joins the placed event that

* is of its family (not a state: a troop level is not an occurrence);
* has a member whose time is compatible with its own (:func:`events.times_compatible`: the same
  day, week or month, or a nearby day of the same kind): a second quake in another year, the
  same kind of strike a year earlier stay apart;
* shares with that member evidence of one occurrence, not of one country: participants below
  the country (the same person, organisation or town, as the name linker resolved them) and
  the capitalised name words both sentences use (the untyped "Dahej", "Narmada", see
  :mod:`.resemblance`), each weighed by its rarity in the collection, at least
  ``_JOIN_EVIDENCE`` in all: one name at most about a third of the articles use, or several
  commoner ones. A country, a month or a weekday is never a name word, and a time is a gate,
  not evidence;
* does not name other people than those the event is about (kinds whose people identify an
  occurrence: another person's arrest, another man's death), as in the grouping itself;
* is the only such event: an account that fits two is left to the open grouping, as a vague
  claim that fits several events is left standing alone.

Members are filed by (family, key) and sorted by time, so an account meets only the members
that share a key with it, at most ``_SCANNED_PER_KEY`` of them nearest its time: the work
grows with the accounts near it, not with the collection.
"""

from __future__ import annotations

import bisect
from collections import defaultdict

from ..models import EntityValue
from .events import ClaimView, Event, names_others, people_compatible, times_compatible
from .resemblance import Resemblance, participant_key, words_of

_JOIN_EVIDENCE = 1.0  # ln((n + 1) / f) >= 1: a name at most about a third of the articles use
_SCANNED_PER_KEY = 64  # members of one (family, key) looked at, nearest the account's time first


def _evidence_keys(view: ClaimView, by_id: dict) -> dict[str, str]:
    """An account's evidence: its participants below the country ("person:<entity>" ...) and the
    name words of its sentence ("word:<word>"), each with the words it is written in (so a
    participant's words are not weighed twice)."""
    keys: dict[str, str] = {}
    for mention_id in view.claim.mentions:
        m = by_id.get(mention_id)
        key = participant_key(m, unknown_places=True)
        if key is not None:
            keys[key] = m.value.canonical if isinstance(m.value, EntityValue) else ""
    return keys


def _weight(shared: set[str], names: dict[str, str], resemblance: Resemblance) -> float:
    """The rarity of what two accounts share: each shared participant, and each shared name word
    that is not a word of a shared participant's name."""
    participants = [k for k in shared if not k.startswith("word:")]
    spoken = {w.lower() for k in participants for w in words_of(names.get(k, ""))}
    score = sum(resemblance.key_rarity(k) for k in participants)
    return score + sum(resemblance.rarity(k[5:]) for k in shared if k.startswith("word:") and k[5:] not in spoken)


class _Members:
    """Members of the placed events filed by (family, key), each list ordered by first day; only
    under the keys some account to join has (``wanted``), so the index grows with those
    accounts, not with every name word of every placed claim."""

    def __init__(self, events: list[Event], resemblance: Resemblance, wanted: set[tuple[str, str]]) -> None:
        self.filed: dict[tuple[str, str], list[tuple[int, int, ClaimView, dict[str, str]]]] = defaultdict(list)
        placed = sorted(((view, event) for event in events if not event.standalone for view in event.members
                         if view.interval is not None and not view.rule.state),
                        key=lambda pair: (pair[0].claim.document, pair[0].claim.start, pair[0].claim.id))
        mentions: dict[str, dict] = {}
        for view, event in placed:  # article by article: one article's mentions are indexed at a time
            keys = _keys(view, resemblance, mentions)
            for key in keys:
                if (event.family, key) in wanted:
                    self.filed[(event.family, key)].append((view.interval.start.toordinal(), event.id, view, keys))
        for members in self.filed.values():
            members.sort(key=lambda m: (m[0], m[1], m[2].claim.id))

    def near(self, family: str, key: str, day: int):
        """At most _SCANNED_PER_KEY members under (family, key), nearest ``day`` first."""
        members = self.filed.get((family, key), [])
        at = bisect.bisect_left(members, day, key=lambda m: m[0])
        low, high = at - 1, at
        for _ in range(min(_SCANNED_PER_KEY, len(members))):
            if high < len(members) and (low < 0 or members[high][0] - day <= day - members[low][0]):
                yield members[high]
                high += 1
            else:
                yield members[low]
                low -= 1


def _keys(view: ClaimView, resemblance: Resemblance, mentions: dict[str, dict]) -> dict[str, str]:
    doc_id = view.claim.document
    if doc_id not in mentions:
        mentions.clear()  # views come article by article: one article's mentions at a time
        mentions[doc_id] = {m.id: m for m in view.doc.mentions}
    keys = _evidence_keys(view, mentions[doc_id])
    keys.update((f"word:{w}", "") for w in resemblance.name_words(doc_id, view.claim.sentence))
    return keys


def join_unplaced(events: list[Event], views: list[ClaimView], window_days: int, resemblance: Resemblance) -> set[str]:
    """Add each dated account with no country to the one placed event it tells (see the module
    docstring); the ids of the claims that joined. ``views``: the accounts the grouping left."""
    candidates = sorted((v for v in views if not v.countries and v.interval is not None and not v.rule.state),
                        key=lambda v: (v.claim.document, v.claim.start, v.claim.id))
    if not candidates:
        return set()
    mentions: dict[str, dict] = {}
    keys_of = [_keys(view, resemblance, mentions) for view in candidates]
    members = _Members(events, resemblance, {(v.rule.family, k) for v, keys in zip(candidates, keys_of) for k in keys})
    joined: set[str] = set()
    for view, keys in zip(candidates, keys_of):
        day = view.interval.start.toordinal()
        weights: dict[tuple[int, str], float] = {}  # (event, member claim) -> evidence
        for key in sorted(keys):
            for _, event_id, member, member_keys in members.near(view.rule.family, key, day):
                pair = (event_id, member.claim.id)
                if pair in weights or member.claim.document == view.claim.document:
                    continue
                fits = (times_compatible(view, member, window_days) and people_compatible(view, member)
                        and not names_others(view, events[event_id]))
                weights[pair] = _weight(keys.keys() & member_keys.keys(), {**member_keys, **keys}, resemblance) if fits else 0.0
        fitting = {event_id for (event_id, _), weight in weights.items() if weight >= _JOIN_EVIDENCE}
        if len(fitting) == 1:
            events[fitting.pop()].add(view)
            joined.add(view.claim.id)
    return joined

