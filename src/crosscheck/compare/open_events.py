"""Same event or a similar one, for claims of any event class (open vocabulary).

Two accounts report one occurrence when they name the same kind of event (one event class:
"died", "death" and "was killed" alike) and the evidence an editor would weigh says so: the
participants they share (people, organisations, places below the country), each weighted by
how rare it is in the collection (a name few articles carry tells more than the subject every
article names: inverse document frequency), plus agreeing times (a shared specific date counts,
a merely compatible one little). Conflicts separate: two dated accounts whose times do not
overlap, or accounts that each name a person the other lacks ("Putin and Goita" against
"Putin and Tiani": two calls), are two occurrences of one event type however many names they
share. A shared country is never evidence ("another person's arrest in the same country").
Names the extractor did not type count too (see ``resemblance``): two accounts in their
articles' leads are also weighed by the rare names both sentences use and by how alike the
two articles' names are, and an account naming something the other article never mentions
conflicts with it when the other does the same (a fire in Banstead, one in Wellington).

An event word that is part of a closed kind's phrase ("s'est entretenu au téléphone": a phone
call) is compared through that kind's rules, not here.

An account that names no person ("She checked into rehab on Tuesday") stands for its
article's protagonists: the people the article names most often and that few other articles
name. Two accounts that both name nobody link on a protagonist they stand for only beside a
shared specific time, figure or rare name word. An undated account is dated by its article's publication (recent news); one with no
date at all is judged by its participants alone, and so is one whose only date is a day
guessed from the run's median (see ``events.guessed``).

Accounts are filed by (class, participant) so each claim is compared only with accounts that
share a class and a participant with it. Links are taken strongest first and join two groups
only when the groups' times still overlap, so a chain of links never glues two occurrences
of different dates together; two groups that each several articles tell join only when two
different pairs of articles link them (one resemblance may be chance). A group that more than one independent source reports is an
``agreement``; statements ("said") never make one on their own, and negated or denied
accounts are not reports of the event. An account of an event still to come ("will be sworn
in on 19 May", "is expected to sign in July", "a strike planned for Thursday") is compared
with the other plans only: two sources that announce one plan agree that it is planned, which
says nothing about whether it happened.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from ..models import ExtractedDocument, Finding
from .events import guessed
from .date_clashes import told_date_clashes
from .denials import ClauseWords, answers, denial_findings
from .findings import EventJudge
from .occasions import fold_details, fold_occasions
from .plans import plan_outcomes, planned_date_clashes
from .labels import event_words, make_finding, measure_label, name_list, quote, time_label
from .open_figures import LEVEL_KEY, level_key, open_figure_findings, telling_figures
from .open_single import single_source_findings
from .independence import outlet_feeds
from .referents import SAME_STORY, Referents
from .resemblance import Resemblance, participant_key, words_of
from .open_buckets import Bucket, NearSpans
from .timed_union import ConfirmedUnion, overlap

_PLAN_MODALITIES = ("expected", "planned")
_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "season": 3, "year": 4, "decade": 5, "open": 6}
_PHRASE_GAP = 2  # characters between an event word and a closed trigger of one phrase
_PROTAGONISTS = 2  # people an account naming nobody stands for
_PROTAGONIST_MENTIONS = 2  # a protagonist is named at least this often in its article
_SPECIFIC = ("day", "week", "month")  # times two accounts may share that pin an occurrence (see _named_and_pinned)
# Evidence of agreeing times, beside the participants' rarity: one shared date pins an
# occurrence, a shared month less, a publication window (an undated account) hardly at all,
# and so does one day both undated articles resolve to against the run's median ("implied").
_TIME_EVIDENCE = {"day": 0.5, "week": 0.4, "month": 0.25, "implied": 0.2}
# Evidence of one exact figure both accounts give ("captured 23 pirates", "23 pirates were
# captured"): a count of ten or more, or a figure with decimals, is rarely shared by chance.
_FIGURE_EVIDENCE = 0.4
# A news story states its main event in its headline and first sentences; deeper sentences
# tell background (an earlier fire at the church, the player's last injury). Accounts in the
# lead of both articles are also weighed by the words the two articles share (see
# resemblance): their similarity (0-1) times _SIMILARITY_EVIDENCE, and the rarity of the
# name words both sentences use times _NAME_WORD_EVIDENCE.
_LEAD_SENTENCES = 4  # sentences 0..4 of an article (headline included) are its lead
# An account that names no participant is weighed (by its words alone) only in its article's
# headline or first sentence, where the story states its event ("A fire gutted a Waitrose
# store in Surrey"); deeper, a nameless account tells one of the story's other events ("while
# the army sent a team"), unless it recalls an older event by a day, a week or a month long
# before its article ("the bridge at Mirepoix-sur-Tarn, which collapsed on 18 November 2019"):
# the rare names it happened at tell that event wherever the article recalls it.
_LEDE_SENTENCES = 1
_SIMILARITY_EVIDENCE = 1.0
_NAME_WORD_EVIDENCE = 0.4
_CONFIRMING_PAIRS = 2  # links between different pairs of articles that join two groups several articles tell
_FILED_WORDS = 3  # an account of the lead is also filed under its this many rarest name words
_DESCRIBED = "described:"  # the key of a description's head noun ("described:officer"; see ``referents``)
_LEVEL_EVIDENCE = 0.45  # one measure of a level two articles of one story give: with a compatible time, enough


@dataclass(slots=True)  # one per claim of a run: no instance dict
class OpenView:
    index: int
    doc: ExtractedDocument
    claim: object
    source: str
    keys: frozenset[str]
    names: dict[str, str]
    start: date | None
    end: date | None
    granularity: str
    implied: bool
    place: str | None = None  # the event's place below the country (entity), when it has one
    stands_in: bool = False  # it names nobody and stands for its article's protagonists
    persons: frozenset[str] = frozenset()  # the "person:" keys of ``keys``, found once (each view meets hundreds)
    event_class: str = ""  # the class it is filed under: its kind, or its trigger's open class for a closed kind
    guess: tuple | None = None  # a day guessed from the run's median (no date, but a weekday)
    words: frozenset[str] = frozenset()  # name words of its sentence, beside its participants' names
    lead: bool = False  # its sentence is in its article's lead (_LEAD_SENTENCES)
    plan: bool = False  # told as still to come (expected, planned): compared with plans only
    stood_for: frozenset[str] = frozenset()  # the protagonists' keys it stands for (see ``stands_in``), not named in it
    described: frozenset[str] = frozenset()  # "described:<noun>" keys of the descriptions it names nobody by ("the officer")
    only_described: bool = False  # its descriptions are all it is told by: it links through one of them only
    recall: bool = False  # it tells an older event, dated by a day, a week or a month long before its article
    sole: frozenset[str] = frozenset()  # level keys of a story's one thing whose one value its article gives (see ``_views``)


def _rarity(docs: list[ExtractedDocument]) -> tuple[dict[str, float], dict[str, list[tuple[str, str]]]]:
    """How much a shared participant tells (inverse document frequency over the collection,
    smoothed so that two articles sharing their one subject still count it), and each
    article's protagonists: (key, name) of the people it names most often, rarest first, not
    counting where a person is the source of a statement ("Kandek said ..."): an expert quoted
    on two similar events is the protagonist of neither."""
    counts: dict[str, Counter] = {}
    names: dict[str, str] = {}
    told: dict[str, Counter] = {}  # people's mentions that are not the source of a statement
    for ed in docs:
        c: Counter = Counter()
        sources = {(claim.sentence, claim.attribution) for claim in ed.claims if claim.attribution}
        t: Counter = Counter()
        for m in ed.mentions:
            key = participant_key(m, unknown_places=False)
            if key is not None:
                c[key] += 1
                names.setdefault(key, m.value.canonical)
                if m.kind == "person" and not any(s == m.sentence and m.text in source for s, source in sources):
                    t[key] += 1
        counts[ed.document.id] = c
        told[ed.document.id] = t
    frequency = Counter(k for c in counts.values() for k in c)
    n = len(docs)
    weight = {k: math.log((n + 1) / f) for k, f in frequency.items()}
    protagonists = {}
    for doc_id, c in counts.items():
        people = [k for k, times in told[doc_id].items() if times >= _PROTAGONIST_MENTIONS]
        people.sort(key=lambda k: (-c[k] * weight[k], k))
        protagonists[doc_id] = [(k, names[k]) for k in people[:_PROTAGONISTS]]
    return weight, protagonists


def _views(docs: list[ExtractedDocument], closed_kinds: set[str], reporting: set[str], source_of: dict[str, str],
           recent_days: int, protagonists: dict[str, list[tuple[str, str]]], resemblance: Resemblance,
           unplaced: dict[str, str] | None = None, negated: bool = False, gap_days: int | None = None,
           referents: Referents | None = None, nameless_of: frozenset[str] | None = None,
           levels: dict[str, bool] | None = None) -> list[OpenView]:
    """The accounts of open classes, told as happening (or with ``negated``, the negated or
    denied ones: "no ransom was paid", "denied that he had resigned"). With ``nameless_of``, only
    the accounts of those classes told as happening that the grouping leaves out for naming
    nothing to tell their occurrence by ("le système de détection ... était en panne"): a denial
    that restates one answers it (see ``denials``).

    An account naming nobody stands for its article's protagonists, unless its own time ended
    more than ``gap_days`` before its article was published: a recall of an older event ("In
    2022, the AIU banned marathoner Mercy Jelagat") is not about the runner banned this week.
    An account that names nobody is also filed under the descriptions next to its event word
    ("the officer was charged": ``referents``), weak participants (see ``_evidence``). A level's
    account (a class of ``levels``: "1,124 passengers and 96 crew were on board", "transportait
    1 042 passagers") is filed under the measures of its figures the same way: the temperatures
    two articles of one story give meet when a day or a telling figure pins them. A level told of
    a story's one thing (``levels`` true: the people aboard the ship, a lot's estimate) whose one
    value each article gives is pinned by the story itself (``sole``)."""
    levels = levels or {}
    unplaced = unplaced or {}
    views: list[OpenView] = []
    # Equal sets of keys, people and name words (the claims of one sentence, the protagonists
    # an account stands for) share one object: one view per claim of the run is held at once.
    one = {}.setdefault
    for ed in docs:
        by_id = {m.id: m for m in ed.mentions}
        published = ed.document.published
        towns = {m.value.canonical: m.value.entity for m in ed.mentions
                 if m.kind == "place" and participant_key(m, unknown_places=False) is not None}  # places below the country, by name
        # An event word right next to a closed kind's trigger is part of that kind's phrase
        # ("s'est entretenu au téléphone": a phone call), compared through the kind's rules.
        near_closed = NearSpans((c.trigger.start, c.trigger.end) for c in ed.claims if c.kind in closed_kinds and c.trigger is not None)
        told: dict[str, set] = defaultdict(set)  # level key -> the values the article gives it
        for claim in ed.claims:
            if levels.get(claim.kind) and claim.polarity == "positive":
                for f in claim.figures:
                    told[level_key(claim.kind, f)].add((f.low, f.high))
        for claim in ed.claims:
            if claim.kind in reporting or claim.trigger is None or (claim.kind in closed_kinds and claim.id not in unplaced):
                continue
            if nameless_of is not None and unplaced.get(claim.id, claim.kind) not in nameless_of:
                continue
            if claim.kind not in closed_kinds and near_closed.within(claim.trigger.start, claim.trigger.end, _PHRASE_GAP):
                continue
            if (claim.polarity != "positive" or claim.modality == "denied") != negated or claim.modality == "possible":
                continue  # a possible event ("could find", "if he drops", "willing to pay") is no account of one
            keys, names = set(), {}
            for mention_id in claim.mentions:
                m = by_id.get(mention_id)
                key = participant_key(m, unknown_places=False)
                if key is None:
                    continue
                keys.add(key)
                names.setdefault(m.value.entity, m.value.canonical)
            stands_in = not any(k.startswith("person:") for k in keys) and not _long_before(claim, published, gap_days)
            stood_for = set()
            if stands_in:
                for key, name in protagonists.get(ed.document.id, []):
                    if key not in keys:
                        stood_for.add(key)
                    keys.add(key)
                    names.setdefault(key.split(":", 1)[1], name)
            described = frozenset()
            if referents is not None and not keys - stood_for:
                described = frozenset(_DESCRIBED + noun for noun in referents.described(claim, ed.document.language))
                keys |= described
                names.update((key[len(_DESCRIBED):], key[len(_DESCRIBED):]) for key in described)
            sole = frozenset()
            if claim.kind in levels and claim.figures:
                measured = {level_key(claim.kind, f): measure_label(f) for f in claim.figures}
                described, keys = described | frozenset(measured), keys | set(measured)
                names.update((key[len(_DESCRIBED):], label) for key, label in measured.items())
                sole = frozenset(key for key in measured if len(told[key]) == 1)
            lead = claim.sentence <= _LEAD_SENTENCES or claim.zone == "headline"
            named = {word.lower() for name in names.values() for word in words_of(name)}
            words = frozenset(w for w in resemblance.name_words(ed.document.id, claim.sentence) if w not in named)
            words = one(words, words)
            recall = _long_before(claim, published, gap_days) and claim.time.granularity in _SPECIFIC
            worded = bool(words and (claim.sentence <= _LEDE_SENTENCES or claim.zone == "headline" or recall))
            if (not keys and not worded and not (negated and claim.modality == "denied")) != (nameless_of is not None):
                continue  # nothing to tell its occurrence by (a denial is told by what it answers: see denials)
            time = claim.time
            if time is not None and time.start is not None and not time.invalid and not guessed(claim):
                start, end, granularity, implied = time.start, time.end, time.granularity, False
            elif published is not None:
                start, end, granularity, implied = published - min(timedelta(days=recent_days), published - date.min), published, "open", True
            else:
                start = end = None
                granularity, implied = "open", True
            keys = frozenset(keys)
            persons = frozenset(k for k in keys if k.startswith("person:"))
            views.append(OpenView(len(views), ed, claim, source_of.get(ed.document.id, ed.document.id),
                                  one(keys, keys), names, start, end, granularity, implied, towns.get(claim.place or ""),
                                  stands_in, one(persons, persons),
                                  unplaced.get(claim.id, claim.kind),
                                  (time.start, time.end) if time is not None and guessed(claim) and time.granularity == "day" else None,
                                  words, lead, _still_to_come(claim), one(frozenset(stood_for), frozenset(stood_for)),
                                  one(described, described), keys == described and not worded, recall, sole))
    return views


def _long_before(claim, published: date | None, gap_days: int | None) -> bool:
    """Whether a claim's own time ended more than ``gap_days`` before ``published``."""
    time = claim.time
    if gap_days is None or published is None or time is None or time.start is None or time.invalid or guessed(claim):
        return False
    return (published - (time.end or time.start)).days > gap_days


def _evidence(a: OpenView, b: OpenView, weight: dict[str, float], resemblance: Resemblance) -> float:
    """How strongly two accounts of one class tell one occurrence; 0 when they conflict.

    Conflicts: one tells the event as done and the other as still to come (a plan is
    compared with plans), each names a person the other lacks, their times do not overlap, they happen
    in two different places below the country (N'Djamena and Khartoum), or each sentence
    names something the other article never mentions (a fire in Surrey, one in Wellington).
    Evidence: the rarity of the participants they share, agreeing times (see _TIME_EVIDENCE),
    one telling figure, and for two accounts of their articles' leads the articles'
    similarity and the rare name words both sentences use (see _LEAD_SENTENCES)."""
    if a.plan != b.plan:
        return 0.0
    persons_a, persons_b = a.persons, b.persons
    if persons_a - persons_b and persons_b - persons_a:
        return 0.0
    if not overlap(a.start, a.end, b.start, b.end):
        return 0.0
    if a.place and b.place and a.place != b.place:
        return 0.0
    doc_a, doc_b = a.claim.document, b.claim.document
    if (any(not resemblance.uses(doc_b, w) for w in a.words)
            and any(not resemblance.uses(doc_a, w) for w in b.words)):
        return 0.0
    shared = a.keys & b.keys
    if (a.only_described or b.only_described) and not shared & (a.described | b.described):
        return 0.0
    if shared and not shared - a.stood_for - b.stood_for - a.described - b.described:
        if not _named_and_pinned(a, b):
            return 0.0
        if not shared - a.described and resemblance.similarity(doc_a, doc_b) < SAME_STORY:
            return 0.0  # one head noun in two stories ("the officer" of each) is no shared participant
    score = sum(weight.get(k, 0.0) for k in shared)
    if (shared & a.described or a.recall and b.recall) and not (a.lead and b.lead):
        # a rare name word both use pins a description, or the older event both recall ("the
        # bridge at Mirepoix-sur-Tarn, which collapsed in November 2019")
        score += _NAME_WORD_EVIDENCE * sum(resemblance.rarity(w) for w in a.words & b.words)
    if a.lead and b.lead:
        weighed = {word.lower() for k in shared for word in words_of(a.names.get(k.split(":", 1)[1], ""))}
        score += _SIMILARITY_EVIDENCE * resemblance.similarity(doc_a, doc_b, weighed)
        score += _NAME_WORD_EVIDENCE * sum(resemblance.rarity(w) for w in a.words & b.words)
    if telling_figures(a.claim) & telling_figures(b.claim):
        score += _FIGURE_EVIDENCE
    if a.guess is not None and a.guess == b.guess:
        score += _TIME_EVIDENCE["implied"]
    if a.start is not None and b.start is not None:
        if a.implied or b.implied:
            score += _TIME_EVIDENCE["implied"]
        else:
            coarser = max(_RANK.get(a.granularity, 6), _RANK.get(b.granularity, 6))
            for name in ("day", "week", "month"):
                if coarser <= _RANK[name]:
                    score += _TIME_EVIDENCE[name]
                    break
    return score


def _named_and_pinned(a: OpenView, b: OpenView) -> bool:
    """Whether two accounts that share only a protagonist they stand for still tell one
    occurrence: one of them names a participant ("Parliament toppled Vladescu's government on
    Thursday" beside a live blog's "Government falls."), or they share a specific time (a day, a
    week or a month both state), an exact telling figure or a rare name word. Two accounts that
    both name nobody ("As we build a steady cadence of deliveries", "we build our own satellite
    systems") would otherwise join every act of one class their two articles tell.

    (Asking for a named participant and a specific time together, as the audit proposed, cut
    links ECB+ needs: a nameless undated headline is how a story states its event; with it,
    F1 fell from 0.84 to 0.80 and cross-sub-topic merges rose from 3.4% to 7.5%.)"""
    if a.keys - a.stood_for - a.described or b.keys - b.stood_for - b.described:
        return True
    specific = (not a.implied and not b.implied and a.granularity in _SPECIFIC and b.granularity in _SPECIFIC
                and a.start is not None and b.start is not None and overlap(a.start, a.end, b.start, b.end))
    return specific or bool(a.words & b.words) or bool(telling_figures(a.claim) & telling_figures(b.claim)) or bool(a.sole & b.sole)


def _carrier(view: OpenView) -> tuple:
    """Which of one article's accounts of an event a finding quotes: the one that carries the
    fact a reader checks, its date at its finest, before a headline that only comes first
    ("Minister resigns over contract" beside "resigned on Tuesday"); then the earliest."""
    return (view.implied, _RANK.get(view.granularity, 9), view.claim.zone == "headline", view.claim.start)


def _still_to_come(claim) -> bool:
    """Whether an account tells its event as still to come: by its own cue ("will", "is expected
    to", "plans to") or by its time's ("a strike planned for Thursday", a headline "Strike on
    Thursday" whose day lies ahead of its article)."""
    return claim.modality in _PLAN_MODALITIES or (claim.time is not None and claim.time.modality == "expected")


def _plan_stance(group: list[OpenView]) -> str:
    """How a group of plans reads: "planned" when every account tells an intention ("plans to",
    "agreed to"), "expected" when any tells a schedule or a forecast ("will", "is due to"); ""
    for a group of accounts of the event done."""
    if not group[0].plan:
        return ""
    return "planned" if all(v.claim.modality == "planned" for v in group) else "expected"


def filing_keys(view: OpenView, resemblance: Resemblance) -> list[str]:
    """What an account is filed and looked for under, beside its event class: its participants
    and, in its article's lead or in a recall of an older event, its rarest untyped name words
    ("word:waitrose", "word:mirepoix-sur-tarn"). The grouping
    and verify's lookup (``open_lookup``) both use it, so they weigh the same pairs."""
    rarest = sorted(view.words, key=lambda w: (-resemblance.rarity(w), w))[:_FILED_WORDS] if view.lead or view.recall else []
    return sorted(view.keys) + [f"word:{w}" for w in rarest]


def open_event_groups(views: list[OpenView], weight: dict[str, float], min_evidence: float,
                      resemblance: Resemblance) -> list[list[OpenView]]:
    """Accounts grouped into occurrences (see module docstring), in a deterministic order.

    Each account is compared only with accounts of its class and participants whose times may
    overlap its own (see ``open_buckets.Bucket``): sorting is the largest cost, n log n."""
    # Only links strong enough to join are kept: the others would be sorted and never used
    # (a pair met again through a second shared key is scored again, to the same score).
    links: dict[tuple[int, int], float] = {}
    filed: dict[tuple[str, str], Bucket] = defaultdict(Bucket)
    for view in sorted(views, key=lambda v: (v.start is None, v.start or date.min, v.index)):
        for key in filing_keys(view, resemblance):
            for event_class in sorted({view.event_class, view.claim.kind}):
                bucket = filed[(event_class, key)]
                for other in bucket.candidates(view):
                    pair = (min(other.index, view.index), max(other.index, view.index))
                    if other.doc is view.doc or pair in links:
                        continue
                    score = _evidence(view, other, weight, resemblance)
                    if score >= min_evidence:
                        links[pair] = score
                bucket.add(view)
    # Links join strongest first, while the groups' times overlap; two groups that several
    # articles already tell join only on links between two different pairs of articles.
    union = ConfirmedUnion(_CONFIRMING_PAIRS)
    for v in views:
        union.add(v.index, v.start, v.end, v.claim.document)
    find, join = union.find, union.join
    # A link between an account with no time at all and a dated one confirms nothing: a group
    # of undated articles about "Microsoft's emergency patch for Internet Explorer" may tell
    # another year's patch than the dated group.
    for (i, j), _ in sorted(links.items(), key=lambda kv: (-kv[1], kv[0])):
        union.link(i, views[i].claim.document, j, views[j].claim.document,
                   confirms=(views[i].start is None) == (views[j].start is None))
    # Two event words of one sentence that several sources use together ("checked into
    # rehab") tell one event: their groups become one, so the event is reported once.
    sentences_of: dict[int, set[tuple[str, int]]] = defaultdict(set)
    for view in views:
        sentences_of[find(view.index)].add((view.claim.document, view.claim.sentence))
    groups_of_sentence: dict[tuple[str, int], list[int]] = defaultdict(list)
    for root, sentences in sorted(sentences_of.items()):
        for sentence in sentences:
            groups_of_sentence[sentence].append(root)
    shared: dict[tuple[int, int], set[str]] = defaultdict(set)
    for (document, _), roots in groups_of_sentence.items():
        for i, a in enumerate(roots):
            for b in roots[i + 1 :]:
                shared[(min(a, b), max(a, b))].add(document)
    for (a, b), documents in sorted(shared.items()):
        ra, rb = find(a), find(b)
        if len(documents) > 1 and ra != rb and views[a].plan == views[b].plan:
            join(ra, rb)
    groups: dict[int, list[OpenView]] = defaultdict(list)
    for view in views:
        groups[find(view.index)].append(view)
    return [g for _, g in sorted(groups.items())]


def open_event_findings(docs: list[ExtractedDocument], closed_kinds: set[str], reporting: set[str],
                        source_of: dict[str, str], recent_days: int, min_evidence: float,
                        compared: set[tuple[str, int]] = frozenset(), unplaced: dict[str, str] | None = None,
                        gap_days: int = 365, per_story: int = 3, *, judge: EventJudge | None = None,
                        resemblance: Resemblance | None = None, self_reports: dict | None = None,
                        converse: dict[str, list[str]] | None = None,
                        families: dict[str, frozenset[str]] | None = None, referents: Referents | None = None,
                        description_evidence: float = 0.0, second_occurrence: dict[str, list[str]] | None = None,
                        date_clash_days: dict[str, int] | None = None, function_words: frozenset[str] = frozenset(),
                        clause_words: dict[str, ClauseWords] | None = None,
                        levels: dict[str, bool] | None = None) -> list[Finding]:
    """An agreement for every event of an open class that several independent sources report,
    and the claims of open classes that one source alone tells (see ``open_single``).

    ``compared``: (document, sentence) of claims a closed kind's finding already compares; a
    group whose every account stands in such a sentence ("met ... to discuss trade" and "hold
    talks on trade") tells that event again in other words, and is not reported twice. So
    does an account that names nobody ("the two leaders discussed ...", "les deux hommes ont
    discuté ...") or gives no time of its own ("Fidan and Tchiani discussed ...") in an article
    whose compared closed claim names all its people: it is that call or meeting again, in a
    sentence of its own.

    ``unplaced``: closed-kind claims the country-based grouping cannot place (a death whose
    people have no known country: "Dana Welker was killed"), by id, with the open event class
    of their trigger word; they are grouped here like any open event of that class, by the
    people and places they share.

    ``gap_days``: how long before its story's own event a recall must lie to be background
    (``CompareSettings.background_gap_days``); ``per_story``: at most this many single-source
    findings per story (``CompareSettings.single_source_per_story``).

    ``judge``: when given, the figures of an event several sources tell are compared as a
    closed kind's are (:mod:`.open_figures`): a contradiction or change per measure, beside
    the agreement that they tell one event. ``resemblance``: the collection's, when the caller
    has read it already. ``self_reports``: the cues of a speaker who says it did what it tells
    (see ``open_single``); ``converse``: the classes of an act seen from its other party (see
    ``denials``). ``referents``: the descriptions an account that names nobody is filed under
    (see ``_views``), each weighing ``description_evidence``. ``date_clash_days``: how far apart, by
    granularity, two dates of one event told as done are a contradiction (see ``date_clashes``),
    unless a word of ``second_occurrence`` tells it happened again. ``function_words``: words that
    restate nothing of a denied clause ("been", "that", "avant": see ``denials``); ``clause_words``:
    by language, the words that open a denied clause and its verb (see ``denials``). ``levels``: the
    classes of the claims a level's figure makes, each true when a story tells it of its one
    thing (see ``_views``)."""
    weight, protagonists = _rarity(docs)
    resemblance = resemblance or Resemblance(docs)
    views = _views(docs, closed_kinds, reporting, source_of, recent_days, protagonists, resemblance, unplaced, gap_days=gap_days,
                   referents=referents, levels=levels)
    weight.update((key, _LEVEL_EVIDENCE if key.startswith(LEVEL_KEY) else description_evidence) for v in views for key in v.described)
    compared_documents = {document for document, _ in compared}
    named_in_compared: dict[str, set[str]] = defaultdict(set)
    for ed in docs:
        for claim in ed.claims:
            if claim.kind in closed_kinds and (claim.document, claim.sentence) in compared:
                named_in_compared[claim.document].update(f"person:{p}" for p in claim.participants)

    def told_by_closed(v: OpenView) -> bool:
        if (v.claim.document, v.claim.sentence) in compared:
            return True
        if v.claim.zone == "headline" and v.claim.document in compared_documents:
            return True  # a headline restates its body: compared where the body is
        people = {k for k in v.keys if k.startswith("person:")}
        return (v.stands_in or v.implied) and bool(people) and people <= named_in_compared[v.claim.document]

    findings = []
    multi_source = []
    groups, details_of = fold_details(fold_occasions(open_event_groups(views, weight, min_evidence, resemblance), families),
                                      gap_days)
    window_days = judge.window_days if judge is not None else None
    feeds = outlet_feeds(docs, source_of)
    outcomes = plan_outcomes(groups, window_days) + (planned_date_clashes(groups, window_days) if judge is not None else [])
    if judge is not None and date_clash_days:
        outcomes += told_date_clashes(groups, weight, min_evidence, resemblance, second_occurrence or {}, date_clash_days, feeds)
    findings += outcomes
    for position, group in enumerate(groups):
        if len({feeds.get(v.source, v.source) for v in group}) < 2:
            continue  # one source, or the records of one outlet's feed
        multi_source.append(group)
        if all(told_by_closed(v) for v in group):
            continue
        by_doc: dict[str, list[OpenView]] = defaultdict(list)
        for v in group:
            by_doc[v.claim.document].append(v)
        shared = defaultdict(set)
        for v in group:
            for key in v.keys:
                shared[key].add(v.source)
        common = sorted((k for k, s in shared.items() if len(s) > 1 and not k.startswith(_DESCRIBED)), key=lambda k: (-len(shared[k]), k))
        names = {}
        for v in group:
            names.update(v.names)
        people = sorted({names[k.split(":", 1)[1]] for k in common[:3]})
        if not people:  # told by the names the extractor did not type: the rarest that sources share
            told = defaultdict(set)
            for v in group:
                for word in v.words:
                    told[word].add(v.source)
            rarest = sorted((w for w, s in told.items() if len(s) > 1), key=lambda w: (-resemblance.rarity(w), w))[:3]
            people = sorted(resemblance.surface(w) for w in rarest) or sorted(
                names.get(k[len(_DESCRIBED):], k[len(_DESCRIBED):]) for k, s in shared.items() if len(s) > 1 and k.startswith(_DESCRIBED))[:3]
        who = " and ".join(people)  # the subject's form, which fingerprints read: kept as baselines hold it
        details = details_of.get(position, [])
        folded = {v.index for detail in details for v in detail}
        main = [v for v in group if v.index not in folded]  # the event; its details are quoted, not named
        kind = " / ".join(sorted({v.event_class for v in main}))
        values, quotes = {}, []
        for doc_id, members in sorted(by_doc.items()):
            first = min(members, key=_carrier)
            values[doc_id] = time_label(first.claim.time) if not first.implied else (
                f"undated, reported {first.doc.document.published.isoformat()}" if first.doc.document.published else "undated")
            c = first.claim
            quotes.append(quote(first.doc, c.start, c.end, c.line, c.text))
        sources = len({feeds.get(v.source, v.source) for v in group})
        dated = [v for v in group if not v.implied]
        subject = f"{kind}: {who}" if who else kind
        if dated:
            finest = min(dated, key=lambda v: (_RANK.get(v.granularity, 9), v.start, time_label(v.claim.time)))
            subject += f" @ {time_label(finest.claim.time)}"
        stance = _plan_stance(group)
        told = f"say the same event is {stance}" if stance else "report the same event"
        summary = f"{sources} independent sources {told} ({event_words(v.claim for v in main)})" + (
            f" involving {name_list(people)}." if who else ".")
        if details:
            summary += f" They tell with it, undated: {event_words(v.claim for detail in details for v in detail)}."
        figures = [f for part in [main, *details] for f in open_figure_findings(judge, part, subject)] if judge is not None else []
        if figures:
            summary += f" They differ on its figures (see the {' and the '.join(sorted({f.kind for f in figures}))})."
        if not (figures and all(v.claim.kind in (levels or {}) for v in group)):  # levels apart: their clash says it all
            findings.append(make_finding("agreement", subject, summary, values, quotes,
                                         [v.claim.id for v in group], list(by_doc), key_values=sorted(set(values.values()))))
        findings += figures
    negated = _views(docs, closed_kinds, reporting, source_of, recent_days, protagonists, resemblance, unplaced,
                     negated=True, gap_days=gap_days, referents=referents, levels=levels)
    denied_classes = frozenset(c for v in negated if v.claim.modality == "denied" for c in (v.event_class, v.claim.kind))
    nameless = _views(docs, closed_kinds, reporting, source_of, recent_days, protagonists, resemblance, unplaced,
                      gap_days=gap_days, referents=referents, nameless_of=denied_classes, levels=levels) if denied_classes else []
    for number, view in enumerate(nameless, len(views)):
        view.index = number  # numbered after the grouped accounts: a denial meets either
    denials = denial_findings(groups, negated, lambda a, b: _evidence(a, b, weight, resemblance) >= min_evidence,
                              lambda view: filing_keys(view, resemblance), resemblance.uses, converse,
                              lambda a, b, entities, restated, named: feeds.get(a.source, a.source) != feeds.get(b.source, b.source)
                              and answers(a, b, resemblance, entities, restated, named), function_words, clause_words,
                              nameless)
    findings += denials
    agreed = {(v.claim.document, v.claim.sentence) for group in multi_source for v in group if not v.only_described}
    denied = {i for f in denials for i in f.claims}  # once: built per claim, it grew with claims x denials
    agreed |= {(c.document, c.sentence) for ed in docs for c in ed.claims if c.id in denied}
    compared_outcomes = {i for f in outcomes for i in f.claims}  # a plan and its outcome are compared
    agreed |= {(v.claim.document, v.claim.sentence) for group in groups for v in group if v.claim.id in compared_outcomes}
    outlets = {doc_id: feeds.get(source, source) for doc_id, source in source_of.items()}
    findings += single_source_findings(docs, outlets, reporting, closed_kinds, unplaced or {}, set(compared) | agreed,
                                       resemblance, recent_days, gap_days, per_story, self_reports, families,
                                       {v.claim.id for group in multi_source for v in group if v.only_described})
    return findings
