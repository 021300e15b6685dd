"""What rests on a single source, for claims of any event class (open vocabulary).

The closed kinds (a call, a visit, a coup, ...) report their own single-source claims
(``findings.EventJudge``); this module reports those of every other event a story tells ("Hollwerk
rejected an approach in October 2025", "Ruto is expected to visit on Saturday", "a court
sentenced the former president in December 2023"). One rule decides, for every set:

A claim is **told by one source** when no account from another source (after copies of one story
and the records of one outlet's feed are counted as one source, see ``independence``) is of the same event class, shares a
participant or a rare name word with it and has a time that may overlap its own; and neither an
agreement, a contradiction or a change compares its sentence, nor a closed kind reads it (a
sentence with a closed-kind claim is that kind's: it is compared or listed there).

It is **worth a fact-checker's attention** when it is

* told as done, reported, expected or planned, never negated or denied (a denial is read as a
  contradiction when another source tells the event, as nothing when none does); never an act
  of saying ("said", "had declared": statements are compared as statements);
* anchored: it adds something to check, an actor (a person or an organisation that acts: a
  country alone names no one; the speaker of "the Red Cross said it had sent 15 volunteers" is
  the one who sent them, see ``_self_reported_actor``), a time of its own (not the article's
  publication nor a day guessed from the run's median), or a figure at a place below the
  country ("400,000 rupees in compensation ... in Bharuch"); a place alone is too little;
* the article's own words, not words it quotes ("Together we will offer ...": an opinion or a
  promise in a direct quotation is the speaker's, checked as a statement);
* news, not a recall of an earlier occurrence of the story's own event with nothing to check: a
  recall (dated before the event its lead tells with the same class, see ``news``) is kept only
  when it carries a figure or names a participant ("Floods in the same county killed 47 people
  in November 2023" is; "a previous round of talks in May 2023" is not).

**Bound and rank.** A report that lists every sentence is useless: each story (one source) gets
at most ``single_source_per_story`` (rules/compare.yaml: 2) such findings beside its closed
kinds' ones, one per event (a headline and the body sentence that tell one event are one
finding; so are the copies of one story). The story's news comes first: an account its own
words date more than ``background_gap_days`` before its article (background: "In 2018, some
11,000 residents were evacuated") and the act of denying what another outlet reports ("denied
that", a party's answer, set against the report when one is there: ``denials``) come after
every fact the story tells of its own, whatever they add. Then they are ranked by what they add
that a reader can check (``_adds``): the more of an actor, a figure, a time and a place, the better, whatever
their position in the article ("The Red Cross said it had sent 15 volunteers from Bukavu", an
actor, a figure and a place, before "a statement issued on Tuesday", a time alone); among
claims that add as much, a time first (a dated claim can be checked against a record), then an
actor, a figure, a place; then
news before a recall of an older occurrence, a finer date before a coarser one, and reading
order.

**How it reads.** Subject "class: participants @ date" ("reject: Hollwerk @ 2025-10"); one value
per document: the claim's own date (or "undated, reported <publication>"), its figures each with
its measure, and its stance (expected, planned); the measure and the as-of date (the claim's own,
or the publication's for an undated claim) are also given apart in the value's fields; one
quote per sentence with file and line. The fingerprint reads the kind, the subject and the
values, never lines or files.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..models import EntityValue, ExtractedDocument, Finding
from .events import guessed
from .labels import figure_label, make_finding, measure_label, name_list, quote, time_label
from .resemblance import Resemblance, participant_key
from .timed_union import overlap

_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "season": 3, "year": 4, "decade": 5, "open": 6}
_QUOTES = {'"': None, "“": True, "”": False, "«": True, "»": False}  # None: toggles
_LEAD_SENTENCES = 2  # body sentences after the headline where a story states its own event


@dataclass(slots=True)
class _Account:
    """One claim as this module reads it."""

    doc: ExtractedDocument
    claim: object
    source: str
    event_class: str
    keys: frozenset[str]  # participants (person:/organization:/place: below the country) and name words (word:)
    countries: frozenset[str]  # the countries it names (country:), which tell one event only with its class
    names: dict[str, str]  # named people and organisations: entity -> canonical name
    start: date | None
    end: date | None
    dated: bool  # by its own words
    lead: bool  # in its article's headline or first body sentences, where a story states its event
    figures: list = field(default_factory=list)
    places: tuple[str, ...] = ()  # the places below the country it names, by their canonical names
    recall: bool = False  # recalls an older occurrence of its story's event (see ``_recall``)
    background: bool = False  # dated by its own words long before its article (see ``_older``)
    denying: bool = False  # the act of denying an event word after it in its sentence ("denied that ...")


_QUOTE_MARK = re.compile("|".join(map(re.escape, _QUOTES)))  # the quotation marks, found without a loop per character


def _quoted(text: str, offset: int, inside: bool = False) -> bool:
    """Whether ``offset`` of a sentence stands inside a direct quotation; ``inside``: whether
    the sentence begins inside one (see ``_opening_quotes``)."""
    for mark in _QUOTE_MARK.findall(text, 0, max(0, offset)):
        opening = _QUOTES[mark]
        inside = (not inside) if opening is None else opening
    return inside


def _closes_a_quotation(text: str) -> bool:
    """Whether a sentence ends by closing a quotation it did not open (``Mysore closed the
    vessels and ordered them to stop."``): it was quoted from its first word, the quotation
    having opened in an earlier sentence or paragraph (a quotation over several paragraphs
    opens each of them and closes only the last)."""
    stripped = text.rstrip()
    if not stripped or stripped[-1] not in "\"”»":
        return False
    inside, unopened = False, False
    for mark in _QUOTE_MARK.findall(stripped):
        opening = _QUOTES[mark]
        if opening is None:
            inside = not inside
        elif opening:
            inside = True
        else:
            unopened = unopened or not inside
            inside = False
    return inside or unopened


def _opening_quotes(ed: ExtractedDocument) -> dict[int, bool]:
    """Sentence index -> whether the sentence begins inside a direct quotation: one an earlier
    sentence of its paragraph opened ("We stopped them. Mysore closed the vessels," he said),
    or one it closes without opening it (see ``_closes_a_quotation``)."""
    states, paragraph, inside = {}, None, False
    for sentence in sorted(ed.sentences, key=lambda s: s.index):
        if sentence.paragraph != paragraph:
            paragraph, inside = sentence.paragraph, False
        text = sentence.text  # read once: a sentence record reads its text by offset
        states[sentence.index] = inside = inside or _closes_a_quotation(text)
        inside = _quoted(text, len(text), inside)
    return states


def _own_time(claim) -> bool:
    """Whether a claim is dated by its own words: a time argument of its clause, not a time it
    took from the article's lead or publication (a present-tense headline), from an earlier
    sentence or from the run's median date."""
    time = claim.time
    return (time is not None and time.start is not None and not time.invalid and not guessed(claim)
            and any(arg.role == "time" for arg in claim.arguments))


def _accounts(docs: list[ExtractedDocument], source_of: dict[str, str], reporting: set[str], classes: dict[str, str],
              resemblance: Resemblance, recent_days: int, keep, self_reports: dict | None = None):
    """The positive, not denied claims of an event class (saying excluded) that ``keep(article,
    claim, event class, in the lead)`` accepts, with their keys and time, one at a time: the run's
    claims are read twice (see ``single_source_findings``) and never held all at once."""
    for ed in docs:
        by_id = {m.id: m for m in ed.mentions}
        published = ed.document.published
        lead = _lead_sentences(ed)
        for claim in ed.claims:
            if claim.kind in reporting or claim.polarity != "positive" or claim.modality in ("denied", "possible"):
                continue
            event_class = classes.get(claim.id, claim.kind)
            if event_class in reporting:
                continue  # a closed kind of saying ("had declared") left to the open grouping
            if not keep(ed, claim, event_class, claim.sentence in lead):
                continue
            keys, names, places, countries = set(), {}, set(), set()
            for mention_id in claim.mentions:
                m = by_id.get(mention_id)
                key = participant_key(m, unknown_places=True)
                if key is None:
                    if m is not None and m.kind == "place" and isinstance(m.value, EntityValue) and m.value.country:
                        countries.add(f"country:{m.value.country.lower()}")
                    continue
                keys.add(key)
                if m.kind == "place":
                    places.add(m.value.canonical)
                if m.kind in ("person", "organization"):
                    names.setdefault(m.value.entity, m.value.canonical)
            if not names and self_reports and claim.attribution and claim.trigger is not None:
                actor = _self_reported_actor(ed, claim, self_reports)
                if actor is not None:
                    keys.add(f"{actor.kind}:{actor.value.entity}")
                    names[actor.value.entity] = actor.value.canonical
            keys.update(f"word:{w}" for w in resemblance.name_words(ed.document.id, claim.sentence))
            dated = _own_time(claim)
            if dated:
                start, end = claim.time.start, claim.time.end
            elif published is not None and claim.modality in ("expected", "planned"):
                start, end = published, None  # still to come: any later account may tell it
            elif published is not None:
                start, end = published - min(timedelta(days=recent_days), published - date.min), published
            else:
                start = end = None
            yield _Account(ed, claim, source_of.get(ed.document.id, ed.document.id), event_class,
                           frozenset(keys), frozenset(countries), names, start, end, dated, claim.sentence in lead, list(claim.figures),
                           tuple(sorted(places)))


def _self_reported_actor(ed: ExtractedDocument, claim, self_reports: dict):
    """The person or organisation that says it did what a claim tells, when the claim names no
    actor of its own: "The Congolese Red Cross said it had sent 15 volunteers", "Halcyon Tankers
    said it had chartered a tug", "la société a affirmé avoir suspendu": the speaker is the
    subject of the reported clause, a pronoun ("it", "they") or an infinitive standing for it.
    The words between the speaker's name and the claim's word must be only that (``self_reports``:
    rules/compare.yaml, by language); "the ministry said police had arrested" names another actor."""
    cues = self_reports.get(ed.document.language or "en") or self_reports.get("en")
    if cues is None:
        return None
    text = ed.document.text
    trigger = claim.trigger.start
    speakers = [m for m in ed.mentions if m.sentence == claim.sentence and m.kind in ("person", "organization")
                and isinstance(m.value, EntityValue) and claim.start <= m.start and m.end <= trigger]
    for m in sorted(speakers, key=lambda m: -m.end):
        if m.text not in claim.attribution:
            continue
        gap = text[m.end:trigger]
        if cues.search(gap) is not None:
            return m
    return None


def _lead_sentences(ed: ExtractedDocument) -> set[int]:
    """Indices of the headline sentences and of the first body sentences of an article."""
    body = sorted(s.index for s in ed.sentences if s.zone != "headline")
    return {s.index for s in ed.sentences if s.zone == "headline"} | set(body[:_LEAD_SENTENCES])


def _filing(a: _Account, families: dict[str, frozenset[str]]) -> set[tuple[str, str]]:
    """What an account is filed under to meet the other accounts that may tell its event: (its
    class or its event word, a key or a country it names); (a family of its class, a key), and
    a country too when its own words date it (one happening told in other words, "the heist" and
    "robbed": a rare name or participant they share, or their country at overlapping dates); in
    its story's lead, ("", a key)."""
    words = {a.event_class, f"word:{a.claim.predicate}" if a.claim.predicate else a.event_class}
    filed = {(word, key) for key in a.keys | a.countries for word in words}
    kin = [f"~{name}" for name in families.get(a.event_class, ())]
    filed.update((family, key) for key in (a.keys | a.countries if a.dated else a.keys) for family in kin)
    if a.lead:
        filed.update(("", key) for key in a.keys)
    return filed


def _told_elsewhere(wanted: set[tuple[str, str]], accounts, families: dict[str, frozenset[str]]) -> set[str]:
    """Ids of the claims another source tells, among the accounts filed under ``wanted`` (the
    candidates' filings, see ``_filing``): same class or same event word (a closed kind's
    "sworn in" and an open "sworn in"), a shared key, times that may overlap. An account of a
    story's lead is also told by another source's lead that shares a key with it at an
    overlapping time, in whatever words ("Mutharika wins" and "Mutharika was declared the
    winner"; "broke its banks" and "burst its banks"): two leads naming the same people or rare
    names at one time tell one story. Only the candidates' filings are kept (``accounts``, the
    run's, are streamed past them), so the index grows with the candidates, not the run."""
    filed: dict[tuple[str, str], list[tuple[str, date | None, date | None, str]]] = defaultdict(list)
    for a in accounts:
        for pair in _filing(a, families) & wanted:
            filed[pair].append((a.source, a.start, a.end, a.claim.id))
    told: set[str] = set()
    for members in filed.values():
        if len({source for source, _, _, _ in members}) > 1:
            told.update(members[p][3] for p in _overlapping_another_source([m[:3] for m in members]))
    return told


def _overlapping_another_source(times: list[tuple[str, date | None, date | None]]) -> list[int]:
    """Positions of the (source, start, end) whose time may overlap the time of one from another
    source, in n log n: an undated one overlaps everyone; among dated ones sorted by start, the
    first later-starting one of another source and the latest-ending earlier one of another
    source (the two latest ends of distinct sources are kept) are the only ones to check."""
    far = date.max
    undated = [p for p, (_, start, _) in enumerate(times) if start is None]
    dated = sorted((p for p, (_, start, _) in enumerate(times) if start is not None), key=lambda p: (times[p][1], p))
    undated_sources = {times[p][0] for p in undated}
    everyone = {source for source, _, _ in times}
    # An undated one's own source is among everyone's: another source exists when there are two
    # (a set difference per account grew with accounts x sources).
    found = [p for p in undated if len(everyone) > 1]
    sources = [times[p][0] for p in dated]
    next_other = [len(dated)] * len(dated)  # first later position of another source than this position's
    for k in range(len(dated) - 2, -1, -1):
        next_other[k] = k + 1 if sources[k + 1] != sources[k] else next_other[k + 1]
    ends: list[tuple[date, str]] = []  # the latest ends so far, of two distinct sources
    for k, p in enumerate(dated):
        source, start, end = times[p]
        hit = len(undated_sources) > 1 or (bool(undated_sources) and source not in undated_sources)
        if not hit:
            q = next_other[k]
            hit = q < len(dated) and times[dated[q]][1] <= (end or far)
        if not hit:
            hit = any(other != source and last >= start for last, other in ends)
        if hit:
            found.append(p)
        mine = max([end or far] + [last for last, other in ends if other == source])
        ends = sorted([(last, other) for last, other in ends if other != source] + [(mine, source)], reverse=True)[:2]
    return found


def _restated(a: _Account) -> bool:
    """Whether a headline account's article body names one of its participants: a headline
    restates its story's event, which is compared or listed where the body tells it."""
    if a.claim.zone != "headline":
        return False
    headline = {s.index for s in a.doc.sentences if s.zone == "headline"}
    return any(isinstance(m.value, EntityValue) and m.value.entity in a.names and m.sentence not in headline
               for m in a.doc.mentions)


def _recall(a: _Account, classes: dict[str, str], gap_days: int, lead_starts: dict[str, dict[str, date]]) -> bool:
    """Whether a dated account recalls an earlier occurrence of the event its story's lead
    tells: its time ended more than ``gap_days`` before the first day its lead's own-dated
    accounts of that class give (``lead_starts``: those days by document and class, filled
    once per document as needed)."""
    if not a.dated or a.end is None:
        return False
    doc_id = a.claim.document
    if doc_id not in lead_starts:
        lead, starts = _lead_sentences(a.doc), {}
        for c in a.doc.claims:
            if c.sentence in lead and c.polarity == "positive" and _own_time(c):
                event_class = classes.get(c.id, c.kind)
                starts[event_class] = min(starts.get(event_class, c.time.start), c.time.start)
        lead_starts[doc_id] = starts
    start = lead_starts[doc_id].get(a.event_class)
    return start is not None and (start - a.end).days > gap_days


def _adds(a: _Account) -> tuple[bool, bool, bool, bool]:
    """What an account adds that a reader can check: an actor, a figure, a time, a place. A bare
    number that counts nothing named and no event ("about 15" of "about 15 km west") is no
    figure a reader can check against another report."""
    counted = any(f.event or f.unit.split(",")[0] != "count" for f in a.figures)
    return bool(a.names), counted, a.dated, bool(a.places)


def _older(a: _Account, gap_days: int) -> bool:
    """Whether an account is dated by its own words more than ``gap_days`` before its article."""
    published = a.doc.document.published
    return a.dated and a.end is not None and published is not None and (published - a.end).days > gap_days


def _anchoring(a: _Account) -> tuple:
    """How checkable an account is, best first: the more it adds, the better; among accounts that
    add as much, a time, then an actor, a figure, a place (see the module docstring)."""
    actor, figure, dated, placed = _adds(a)
    return (-(actor + figure + dated + placed), not dated, not actor, not figure, not placed)


def _denies(a: _Account, denied_at: dict[tuple[str, int], int]) -> bool:
    """Whether an account is the act of denying an event word after it in its sentence ("denied
    that", "rejects claims of an engine failure"): a party's answer, worth listing only when its
    story has no fact of its own to list (``denied_at``: where each sentence's last denied event
    word starts)."""
    return denied_at.get((a.claim.document, a.claim.sentence), -1) > a.claim.trigger.start


def _rank(a: _Account) -> tuple:
    granularity = a.claim.time.granularity if a.dated else "none"
    return (a.background, a.denying) + _anchoring(a) + (a.recall, _RANK.get(granularity, 9), a.claim.document, a.claim.start,
                                              a.claim.trigger.start)


def single_source_findings(docs: list[ExtractedDocument], source_of: dict[str, str], reporting: set[str],
                           closed_kinds: set[str], unplaced: dict[str, str], compared: set[tuple[str, int]],
                           resemblance: Resemblance, recent_days: int, gap_days: int, per_story: int,
                           self_reports: dict | None = None, families: dict[str, frozenset[str]] | None = None,
                           compared_claims: frozenset[str] | set[str] = frozenset()) -> list[Finding]:
    """The open-vocabulary single-source findings of a run (see the module docstring).

    ``compared``: (document, sentence) of every claim an agreement, contradiction or change
    compares (closed and open); ``unplaced``: closed-kind claims the closed grouping left to
    the open one, by id, with their open class; ``self_reports``: the cues of a speaker who
    says it did what it tells (``CompareSettings.self_reports``); ``families``: event class -> its
    families (``families.families_of``); ``compared_claims``: ids of claims compared on their own,
    not with their sentence (an account linked only through a description: ``open_events``)."""
    families = families or {}
    closed_sentences = {(c.document, c.sentence) for ed in docs for c in ed.claims
                        if c.kind in closed_kinds and c.id not in unplaced}

    quote_states: dict[str, dict[int, bool]] = {}

    def opening(ed: ExtractedDocument) -> dict[int, bool]:
        if ed.document.id not in quote_states:
            quote_states.clear()  # one article at a time: its claims come together
            quote_states[ed.document.id] = _opening_quotes(ed)
        return quote_states[ed.document.id]

    def candidate(ed: ExtractedDocument, claim, event_class: str, lead: bool) -> bool:
        where = (claim.document, claim.sentence)
        return (where not in compared and where not in closed_sentences and claim.trigger is not None and claim.id not in compared_claims
                and (bool(claim.mentions) or _own_time(claim))
                and not _quoted(claim.text, claim.trigger.start - claim.start, opening(ed).get(claim.sentence, False)))

    lead_starts: dict[str, dict[str, date]] = {}
    denied_at: dict[tuple[str, int], int] = {}  # (document, sentence) -> where its last denied event word starts
    for ed in docs:
        for c in ed.claims:
            if c.modality == "denied" and c.trigger is not None:
                key = (c.document, c.sentence)
                denied_at[key] = max(denied_at.get(key, -1), c.trigger.start)
    candidates = []
    for a in _accounts(docs, source_of, reporting, unplaced, resemblance, recent_days, candidate, self_reports):
        if not (a.dated or a.names or (a.places and _adds(a)[1])) or _restated(a):
            continue
        a.recall = _recall(a, unplaced, gap_days, lead_starts)
        a.background = _older(a, gap_days)
        a.denying = _denies(a, denied_at)
        if a.figures or a.names or not a.recall:
            candidates.append(a)
    wanted = set().union(*(_filing(a, families) for a in candidates)) if candidates else set()
    words = {word for word, _ in wanted}

    def telling(ed: ExtractedDocument, claim, event_class: str, lead: bool) -> bool:
        return (event_class in words or f"word:{claim.predicate}" in words or (lead and "" in words)
                or any(f"~{name}" in words for name in families.get(event_class, ())))

    told = _told_elsewhere(wanted, _accounts(docs, source_of, reporting, unplaced, resemblance, recent_days, telling,
                                             self_reports), families)
    by_sentence: dict[tuple[str, int], list[_Account]] = defaultdict(list)
    for a in candidates:
        if a.claim.id not in told:
            by_sentence[(a.claim.document, a.claim.sentence)].append(a)
    # One account per sentence: the best anchored, the first told among equals ("Hollwerk
    # rejected a 2.4 billion euro approach": the rejection, with the approach's figure). The
    # sentence's figures go with whichever account is chosen, so they do not choose it.
    chosen = []
    for members in by_sentence.values():
        figures = {f.exact: f for a in sorted(members, key=lambda a: a.claim.trigger.start) for f in a.figures}
        for a in members:
            a.figures = list(figures.values())
        chosen.append(min(members, key=lambda a: _anchoring(a) + (a.claim.trigger.start,)))
    # One event per story: the accounts of one class naming the same people (a headline and its
    # body sentence, a wire story and its copy) are one finding; an occurrence dated long before
    # its article is another event than the story's own ("the collapse on Monday", "in 2020").
    events: dict[tuple, list[_Account]] = defaultdict(list)
    for a in sorted(chosen, key=_rank):
        events[(a.source, a.event_class, frozenset(a.names), _older(a, gap_days))].append(a)
    by_story: dict[str, list[list[_Account]]] = defaultdict(list)
    for (source, *_), members in events.items():
        by_story[source].extend(_occurrences(members))
    findings = []
    for source in sorted(by_story):
        for members in sorted(by_story[source], key=lambda members: _rank(members[0]))[:per_story]:
            findings.append(_finding(members))
    return findings


def _occurrences(members: list[_Account]) -> list[list[_Account]]:
    """One story's accounts of one class and people (best ranked first), split into the
    occurrences they tell: two accounts whose own words date them to times that do not overlap
    tell two acts, however alike ("the metro service was suspended after 9pm on Wednesday" and
    "the city has cancelled an outdoor concert planned for the weekend": two findings, not one),
    as two such accounts from two sources never make one event (``open_events``). An undated
    account goes with the best ranked occurrence; copies of one story stay one."""
    groups: list[list[_Account]] = []
    for a in members:
        home = next((g for g in groups if not any(_apart(a, b) for b in g)), None)
        if home is None:
            groups.append([a])
        else:
            home.append(a)
    return groups


def _apart(a: _Account, b: _Account) -> bool:
    """Whether two accounts of one class in one story are dated by their own words to times
    that do not overlap (see ``_occurrences``)."""
    return a.dated and b.dated and not overlap(a.start, a.end, b.start, b.end)


def _finding(members: list[_Account]) -> Finding:
    best = members[0]
    names = sorted(set(best.names.values()))
    # Who, else where: "compensation: Gujarat" when no one is named, as a closed kind's "attack: Mali".
    subject = f"{best.event_class}: {', '.join(names or best.places)}" if names or best.places else best.event_class
    if best.dated:
        subject += f" @ {time_label(best.claim.time)}"
    by_doc: dict[str, list[_Account]] = defaultdict(list)
    for a in members:
        by_doc[a.claim.document].append(a)
    values, details, quotes = {}, {}, []
    for doc_id, accounts in sorted(by_doc.items()):
        first = min(accounts, key=lambda a: (not a.dated, a.claim.start))
        values[doc_id], details[doc_id] = _value(first)
        seen = set()
        for a in sorted(accounts, key=lambda a: a.claim.start):
            if a.claim.start not in seen:
                seen.add(a.claim.start)
                quotes.append(quote(a.doc, a.claim.start, a.claim.end, a.claim.line, a.claim.text))
    who = f" involving {name_list(names)}" if names else ""
    words = best.claim.predicate or best.event_class
    copies = f" ({len(by_doc)} documents of one source)" if len(by_doc) > 1 else ""  # copies, or one outlet's records
    summary = f"Only one source{copies} reports the event ({words}){who}: " + "; ".join(f"{d}: {v}" for d, v in values.items()) + "."
    return make_finding("single_source", subject, summary, values, quotes, [a.claim.id for a in members], list(by_doc),
                        key_values=sorted(set(values.values())), details=details)


def _value(a: _Account) -> tuple[str, tuple[str | None, str | None]]:
    """A document's value (date, figures with their measures, stance) and its (measure, as-of) fields."""
    published = a.doc.document.published
    when = time_label(a.claim.time) if a.dated else (f"undated, reported {published.isoformat()}" if published else "undated")
    as_of = time_label(a.claim.time) if a.dated else (published.isoformat() if published else None)
    parts = [when]
    measures = []
    for f in a.figures:
        measure = measure_label(f)
        measures.append(measure)
        label = figure_label(f)
        says_it = measure.lower() in label.lower() or (measure == "percent" and "%" in label)
        parts.append(label if says_it else f"{label} ({measure})")
    if a.claim.modality in ("expected", "planned") and "(expected)" not in when:
        parts.append(a.claim.modality)
    return "; ".join(parts), ("; ".join(sorted(set(measures))) or None, as_of if a.figures else None)
