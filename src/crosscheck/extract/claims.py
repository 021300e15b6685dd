"""Claims: which event each sentence reports, who takes part, when, where, how many, and who says so.

Event kinds, attribution, modality and negation cues are data (``rules/<language>/events/*.yaml``). A
sentence may report several events ("X called Y on Wednesday, a day after X held a similar
call with Z"): the sentence is cut at clause boundaries between trigger words and each
clause gets its own claim with the mentions inside it.

Participants: ``Claim.participants`` holds the entity ids known at extraction time plus role
placeholders (``role:leader@niger`` for "the junta leader in neighboring Niger"), and
``Claim.mentions`` holds the ids of every mention the claim rests on. Entity ids become final
only after ``link_entities`` runs, so the compare stage re-reads participants from the
(linked) mentions listed in ``Claim.mentions``; ``participants`` is for display and for
the placeholders, which have no mention of their own.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..models import Claim, Document, EntityValue, Mention, QuantityValue, Sentence, TextSpan, TimeValue
from ..rules import RulePack
from .claim_rules import ClaimCues, EventRule, _FLAGS, claim_cues, claim_languages, event_rules, kinds_of_classes
from .clauses import NO_SCOPES, ClauseReader, Scopes, clause_rules, said_day
from .cue_scan import _CueScanner, _PrefixScanner, fold
from .event_places import DescriptivePlaces, event_place, is_location, known_location
from .lexicon import lexicons
from .modality import NOTHING_POSSIBLE, SentenceModality
from .governed import governors_of
from .states import state_readers
from .open_claims import OpenClaimReader
from .quantity_ages import is_age


@dataclass(frozen=True)
class _Trigger:
    start: int
    end: int
    rule: EventRule


@dataclass(frozen=True)
class _Attribution:
    start: int
    end: int
    source: str


def event_target(text: str, rule: EventRule, start: int, end: int, mentions: list[Mention]) -> Mention | None:
    """The person an event is done to: the first person named right after one of the rule's
    target words between ``start`` and ``end`` ("ousting [Lieutenant-Colonel] Damiba")."""
    for pattern in rule.target_triggers:
        for m in pattern.finditer(text, start, end):
            after = [p for p in mentions if p.kind == "person" and 0 <= p.start - m.end() <= 40]
            if after:
                return min(after, key=lambda p: p.start)
    return None


def phrase_lemma(lemma, words: str) -> str:
    """The predicate of a trigger as the text words it: its first word's lemma and the rest as
    written, in lower case ("held talks" -> "hold talks", "came to power" -> "come to power",
    "by phone" -> "by phone"), so a reader finds every word of it in the quote; a one-word
    trigger is just its lemma ("accusing" -> "accuse")."""
    first, *rest = words.split()
    return " ".join([lemma(first), *(word.lower() for word in rest)])


def _inside(start: int, end: int, spans: list[_Attribution]) -> bool:
    return any(a.start <= start and end <= a.end for a in spans)


def _distance(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(b_start - a_end, a_start - b_end, 0)


def _relevant_figure(figure: Mention, rule: EventRule) -> bool:
    """A figure counts for an event when it is tied to an action ("killed"), is one of its units
    or is the age of a person it tells of ("a 78-year-old man was found dead")."""
    value = figure.value
    return bool(getattr(value, "event", None)) or getattr(value, "unit", None) in rule.figure_units \
        or (isinstance(value, QuantityValue) and is_age(value))


_SPEAKER_IS_SUBJECT = re.compile(r"\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:(?P<person>he|she)|it|they)\s+(?:had|has|have|would|will|was|were)?\b", _FLAGS)
_SUPERSEDE_SENTENCES = 3  # how far an anonymous casualty sentence looks back for a superseding event
_COORDINATED = re.compile(r"^\s*(?:,|,?\s*and|,?\s*or|to)\s*$", _FLAGS)
_DEFINITE = re.compile(r"\b(?:the|this|that)\s+(?:\w+\s+)?$", _FLAGS)
_DETERMINER = re.compile(r"\b(?:the|this|that)\s+$", _FLAGS)


def _arguments(trigger: _Trigger, entities: list[Mention], figures: list[Mention], time: Mention | None, text: str,
               cues: ClaimCues, located: dict[int, bool]) -> list[TextSpan]:
    """The spans a claim rests on, with their role: agent before the trigger, patient after it (a demonym none)."""
    spans = []
    for m in (m for m in entities if not getattr(m.value, "adjective", False)):  # a nationality is no party
        if m.kind == "place" and known_location(text, m, cues, located):
            role = "place"
        else:
            role = "agent" if m.end <= trigger.start else "patient"
        spans.append(TextSpan.model_construct(start=m.start, end=m.end, text=m.text, role=role, mention=m.id))
    spans += [TextSpan.model_construct(start=f.start, end=f.end, text=f.text, role="figure", mention=f.id) for f in figures]
    if time is not None:
        spans.append(TextSpan.model_construct(start=time.start, end=time.end, text=time.text, role="time", mention=time.id))
    return sorted(spans, key=lambda a: (a.start, a.end))


class ClaimExtractor:
    """Turns the sentences of a document into claims, one per reported event and clause.

    Each document is read with its own language's event kinds and cues
    (``rules/<language>/events/``, picked by ``Document.language``; no language, or one
    without claim cues of its own, reads as English). Kinds share their names across
    languages, so a French "entretien téléphonique" and an English "phone call" are one kind."""

    def __init__(self, rules: RulePack, language: str = "en", lexicon_table: dict | None = None):
        self.language = language
        self.events = sorted(event_rules(rules, language).values(), key=lambda r: r.event)
        self.cues = claim_cues(rules, language)
        self._scan = {  # the words before a trigger (_claim) are read as a piece of the document (piece_finditer)
            name: _CueScanner(getattr(self.cues, name))
            for name in ("attribution", "subordinate", "clause_boundary", "negation", "denial", "expected", "planned", "reported")
        }
        self._cancellation = _CueScanner(self.cues.cancellation) if self.cues.cancellation is not None else None
        self._descriptive = DescriptivePlaces(rules, language)
        # In role order, the order _roles reports them in.
        self._role_scanners = {role: _CueScanner(group) for role, group in sorted(self.cues.roles.items())}
        # One alternation per event kind, run once over the document rather than per sentence.
        self._kind_patterns = [
            (rule, _PrefixScanner(re.compile("|".join(f"(?:{p.pattern})" for p in rule.triggers), _FLAGS)))
            for rule in self.events
        ]
        self.lexicons = lexicon_table if lexicon_table is not None else lexicons(rules)
        self._open = OpenClaimReader(self.cues, self.lexicons, {r.event for r in self.events}, self._scan, self._descriptive,
                                     governors_of(rules, self.lexicons), state_readers(rules, self.lexicons), kinds_of_classes(self.events))
        own_clauses = clause_rules(rules, language)
        lexicon = self._lexicon = self.lexicons.get(language) or self.lexicons["en"]
        self._clauses = ClauseReader(own_clauses, lexicon.word_lemma, lambda word: lexicon.lookup(word) is not None,
                                     lexicon.is_past_form) \
            if own_clauses is not None else None
        self._other_languages = {
            other: ClaimExtractor(rules, other, self.lexicons) for other in claim_languages(rules) if other != language
        } if language == "en" else {}

    # -- one sentence -------------------------------------------------------------------

    def _document_triggers(self, text: str, folded: str | None, sentences: list[Sentence]) -> dict[int, list[_Trigger]]:
        """Trigger words of every sentence, by sentence index, found in one pass per event kind."""
        if not sentences:
            return {}
        starts = [s.start for s in sentences]
        found: dict[int, dict[tuple[int, str], _Trigger]] = {}
        for rule, scanner in self._kind_patterns:
            for m in scanner.finditer(text, folded, sentences[0].start, sentences[-1].end):
                index = bisect.bisect_right(starts, m.start()) - 1
                if index < 0 or m.end() > sentences[index].end:
                    continue
                found.setdefault(index, {}).setdefault((m.start(), rule.event), _Trigger(m.start(), m.end(), rule))
        return {i: sorted(t.values(), key=lambda t: (t.start, t.rule.event)) for i, t in found.items()}

    def _attributions(self, text: str, folded: str | None, start: int, end: int) -> list[_Attribution]:
        spans = []
        for m in self._scan["attribution"].piece_finditer(text, folded, start, end):
            source = m.group("source").strip(" “”\"'") if "source" in m.re.groupindex else ""
            source = re.sub(r"^(?:the|a|an)\s+", "", source, flags=_FLAGS)
            spans.append(_Attribution(start + m.start(), start + m.end(), source))
        return spans

    @staticmethod
    def _clusters(triggers: list[_Trigger], boundaries: list[int], subordinate: list[int]) -> list[list[_Trigger]]:
        """Triggers with no clause boundary between them share one clause. A subordinating cue
        separates only events of different families ("the meeting followed the massacre"); within
        one family it joins two accounts of one event ("killed after jihadists mounted an attack")."""
        clusters: list[list[_Trigger]] = []
        for trigger in triggers:
            previous = clusters[-1][-1] if clusters else None
            cuts = boundaries if previous is None or previous.rule.family == trigger.rule.family else boundaries + subordinate
            if clusters and not any(previous.end <= b < trigger.start for b in cuts):
                clusters[-1].append(trigger)
            else:
                clusters.append([trigger])
        return clusters

    def _segments(self, sentence: Sentence, clusters: list[list[_Trigger]], boundaries: list[int]) -> list[tuple[int, int]]:
        cuts = [sentence.start]
        for left, right in zip(clusters, clusters[1:]):
            between = [b for b in boundaries if left[-1].end <= b < right[0].start]
            cuts.append(between[-1] if between else right[0].start)
        cuts.append(sentence.end)
        return list(zip(cuts, cuts[1:]))

    def _frame_time(self, text: str, sentence: Sentence, times: list[Mention]) -> Mention | None:
        """A time that opens the sentence ("In March, ...", "On Monday, ...") frames every clause."""
        comma = text.find(",", sentence.start, sentence.end)
        if comma < 0 or comma - sentence.start > 40:
            return None
        opening = [t for t in times if t.end <= comma]
        return opening[0] if opening else None

    def _roles(self, text: str, folded: str | None, start: int, end: int, places: list[Mention],
               persons: list[Mention]) -> list[tuple[str, Mention]]:
        """Role phrases with a country next to them and no name: placeholders for a person."""
        found = []
        for role, group in self._role_scanners.items():
            for m in group.finditer(text, folded, start, end):
                if any(0 <= p.start - m.end() <= 3 or 0 <= m.start() - p.end <= 4 for p in persons):
                    continue  # a title of a named person ("junta leader Assimi Goita")
                country = None
                for place in places:
                    if 0 <= place.start - m.end() <= 30 and self.cues.role_country_after.search(text[m.end() : place.start]):
                        country = place
                    elif 0 <= m.start() - place.end <= 30 and self.cues.role_country_before.search(text[place.end : m.start()]):
                        country = place
                if country is not None:
                    found.append((role, country))
        return found

    def _non_party(self, text: str, mention: Mention) -> bool:
        """Whether a named country, person or organisation only mediates or hosts (see cues.yaml)."""
        if mention.kind not in ("person", "organization", "place"):
            return False
        after, before = self.cues.non_party_after, self.cues.non_party_before
        return bool(
            (after is not None and after.search(text[mention.end : mention.end + 60]))
            or (before is not None and before.search(text[max(0, mention.start - 40) : mention.start]))
        )

    def _statement_time(self, text: str, mention: Mention) -> bool:
        if mention.kind != "time":
            return False
        return self.cues.statement_time_before.search(text[max(0, mention.start - 50) : mention.start]) is not None

    # -- the document -------------------------------------------------------------------

    def _dateline_end(self, text: str, sentence: Sentence) -> int:
        """End of a wire dateline opening the sentence ("BAMAKO, March 10 (Reuters) -"), else its start."""
        found = self.cues.dateline.search(text[sentence.start : sentence.end])
        return sentence.start + found.end() if found else sentence.start

    def extract(self, doc: Document, sentences: list[Sentence], mentions: list[Mention]) -> list[Claim]:
        reader = self._other_languages.get(doc.language or "en")
        if reader is not None:
            return reader.extract(doc, sentences, mentions)
        text = doc.text
        ordered = sorted(mentions, key=lambda m: (m.start, m.end, m.id))
        by_id = {m.id: m for m in ordered}
        claims: list[Claim] = []
        # (sentence index, family) -> first claim of that family in that sentence, for carry-over.
        first_of: dict[tuple[int, str], Claim] = {}
        folded = fold(text)
        mention_starts = [m.start for m in ordered]
        located: dict[int, bool] = {}  # is_location by mention object, for _event_place
        triggers_of = self._document_triggers(text, folded, sentences)
        attributions_of: dict[int, list[_Attribution]] = {}  # by sentence, shared with the open claims
        scopes_of: dict[int, Scopes] = {}  # enclosed clauses by sentence, shared with the open claims
        # superseded kind -> (sentence, rule) of the last trigger that superseded it
        recent_superseding: dict[str, tuple[int, EventRule]] = {}
        for sentence in sentences:
            if sentence.index not in triggers_of:
                continue
            attributions = self._attributions(text, folded, sentence.start, sentence.end)
            attributions_of[sentence.index] = attributions
            # The mentions that start in the sentence (``ordered`` is sorted by start).
            nearby = ordered[bisect.bisect_left(mention_starts, sentence.start) : bisect.bisect_right(mention_starts, sentence.end)]
            triggers = [t for t in triggers_of[sentence.index] if not _inside(t.start, t.end, attributions)]
            superseded = {kind for t in triggers for kind in t.rule.supersedes}
            for t in triggers:
                for kind in t.rule.supersedes:
                    recent_superseding[kind] = (sentence.index, t.rule)
            if not superseded and not any(
                m.kind in ("person", "place") and sentence.start <= m.start < sentence.end
                and not _inside(m.start, m.end, attributions) for m in nearby
            ):
                # "More than 1,100 people were injured, AFAD said." naming nobody, shortly after
                # an earthquake: the toll is the quake's.
                recent = {k: rule for k, (at, rule) in recent_superseding.items() if sentence.index - at <= _SUPERSEDE_SENTENCES}
                triggers = [_Trigger(t.start, t.end, recent[t.rule.event]) if t.rule.event in recent else t for t in triggers]
            triggers = [t for t in triggers if t.rule.event not in superseded]
            if superseded:
                # A casualty word of a superseding event ("killed" in a crash) is no attack; it still
                # names the deaths, as an open event word of its own class (not "taken" below).
                triggers_of[sentence.index] = [t for t in triggers_of[sentence.index] if t.rule.event not in superseded]
            if not triggers:
                continue
            inside = [m for m in nearby if sentence.start <= m.start and m.end <= sentence.end]
            reported = self._scan["reported"].search(text, folded, sentence.start, sentence.end) is not None
            possible = self._open.possible.sentence(text, folded, sentence.start, sentence.end)
            # "Mosteanu said he had discussed ... with Hegseth", "The trust said it had been hit": the speaker takes part.
            speakers = {a: ("person" if s.group("person") else "organization") for a in attributions
                        if (s := _SPEAKER_IS_SUBJECT.match(text, a.end))}
            cues = [m.start() for m in self._scan["subordinate"].finditer(text, folded, sentence.start, sentence.end)]
            subordinate = [c for c in cues if not any(x.start < c < x.end for x in inside)]
            # A cue inside a mention ("two weeks after gunmen killed ...", read as one time) does
            # not cut the clause but still tells which event the words after it belong to.
            inner_cues = sorted(set(cues) - set(subordinate))
            clause_ends = [m.start() for m in self._scan["clause_boundary"].finditer(text, folded, sentence.start, sentence.end)]
            boundaries = sorted(set(clause_ends + subordinate))
            clusters = self._clusters(triggers, clause_ends, subordinate)
            segments = self._segments(sentence, clusters, boundaries)
            dateline_end = self._dateline_end(text, sentence)
            usable = [
                m for m in inside
                if m.start >= dateline_end and not self._statement_time(text, m) and not self._non_party(text, m)
                and not self._descriptive.only_describes(text, m)
                and (not _inside(m.start, m.end, attributions) or _inside(m.start, m.end, [a for a, k in speakers.items() if k == m.kind]))
            ]
            asides = [m.start() for m in self.cues.aside.finditer(text, sentence.start, sentence.end)] if self.cues.aside else []
            scopes = scopes_of[sentence.index] = self._scopes(text, sentence, inside)
            # A day a quoted speaker names without its date ('"... took over (on Tuesday)," the official
            # said') counts from the day they spoke, not the publication: it dates no claim (clauses.said_day).
            said_days = {m.id for m in usable if m.kind == "time" and said_day(m, scopes)}
            usable = [m for m in usable if m.id not in said_days]
            times_all = [m for m in usable if m.kind == "time"]
            frame = self._frame_time(text, sentence, times_all)
            source = attributions[0].source if attributions else None
            previous_entities: list[Mention] = []
            lead = [b for b in subordinate if b < clusters[0][0].start]
            if lead and clusters[0][0].rule.supersedes and any(getattr(m.value, "event", None) for m in usable if m.start < lead[-1]):
                lead = []  # "19 people died after the river broke its banks": the toll before the cue is the flood's
            if lead:
                # "Sonko returned to Dakar on Monday | after talks with Goita": the words before the
                # cue tell another event; only its actors (not its time or place) carry over.
                segments[0] = (lead[-1], segments[0][1])
                previous_entities = [
                    m for m in usable
                    if m.start < lead[-1] and m.kind in ("person", "organization")
                    or (m.start < lead[-1] and m.kind == "place" and not is_location(text, m, self.cues))
                ]
            fronted = [] if lead else self._fronted_subject(text, dateline_end, clusters, segments, usable)
            for cluster, (seg_start, seg_end) in zip(clusters, segments):
                seg_end = min([a for a in asides if cluster[-1].end <= a < seg_end] + [seg_end])
                in_seg = [m for m in usable if seg_start <= m.start and m.end <= seg_end]
                entities = [m for m in in_seg if m.kind in ("person", "organization", "place")]
                if cluster is clusters[0]:
                    entities = fronted + entities
                persons = [m for m in entities if m.kind == "person"]
                places = [m for m in in_seg if m.kind == "place"]
                anchor = cluster[0]
                if previous_entities and not any(m.start < anchor.start for m in entities):
                    entities = previous_entities + entities  # the clause's subject is in the clause before
                roles = self._roles(text, folded, seg_start, seg_end, places, persons)
                # A time dates only the events of its own clause ("Smith, who had met him on Monday,").
                times = [m for m in in_seg if m.kind == "time" and any(scopes.same(m.start, t.start) for t in cluster)]
                figures = [m for m in in_seg if m.kind == "quantity"]
                offsets = {t.id for t in times if self.cues.counts_from_a_later_clause(text, t.start, t.end)}
                times_of = self._assign_times(cluster, times, scopes, offsets)
                family_of = self._owners(cluster, inner_cues)
                seen_kinds: set[str] = set()
                for trigger in cluster:
                    if trigger.rule.event in seen_kinds:
                        continue
                    seen_kinds.add(trigger.rule.event)
                    family = trigger.rule.family
                    own_times = [t for t in times if times_of[t.id] is not None and times_of[t.id].rule.event == trigger.rule.event]
                    # A date of the clause's own ("on June 20") before an offset counted from it ("two weeks after").
                    own_times = [t for t in own_times if t.id not in offsets] or own_times
                    # "a wildfire near Megara, which broke out on Sunday,": its relative clause of occurring dates it
                    own_times = own_times or [t for t in times_all if any(e.start <= t.start < e.end for e in scopes.headed_by(trigger.start))]
                    # A time before a verb of saying dates the saying: "On Monday, the ministry said
                    # 12 people had died" tells when it was said, not when they died.
                    own_times = [t for t in own_times if not self._lexicon.says_between(text, t.end, trigger.start)]
                    if self._agreed_to(text, folded, trigger, seg_end):
                        # "agreed to set up a patrol by December": the deadline is the patrol's.
                        own_times = [t for t in own_times if getattr(t.value, "modality", "") != "deadline"]
                    # The opening time frames the events up to a verb of saying: "Yesterday, police
                    # said that officers killed ..." dates the saying, not the killing.
                    fallback = frame if frame is not None and all(t.id != frame.id for t in times) \
                        and scopes.same(frame.start, trigger.start) and not self._lexicon.says_between(text, frame.end, trigger.start) else None
                    own_entities = [m for m in entities if family_of(m) in (None, family)]
                    relevant = [f for f in figures if _relevant_figure(f, trigger.rule) and family_of(f) in (None, family)]
                    for time in self._time_groups(text, own_times, trigger, fallback):
                        claim = self._claim(doc, folded, sentence, trigger, seg_start, seg_end, own_entities, roles, time,
                                            relevant, source, reported, located, possible)
                        if claim is None:
                            continue
                        self._carry_over(text, claim, trigger, first_of, sentence.index, by_id, seg_start, seg_end,
                                         bool(previous_entities) or any(m.start < trigger.start for m in own_entities),
                                         bool(said_days))
                        first_of.setdefault((sentence.index, family), claim)
                        claims.append(claim)
                previous_entities = entities
        return self._with_open_claims(doc, folded, sentences, ordered, mention_starts, triggers_of, claims, located,
                                      attributions_of, scopes_of)

    @staticmethod
    def _fronted_subject(text: str, start: int, clusters: list[list[_Trigger]], segments: list[tuple[int, int]],
                         usable: list[Mention]) -> list[Mention]:
        """The people of an encounter told in a phrase that opens the sentence ("En visite à Niamey
        lundi, le Premier ministre X n'a pas rencontré Y", "On a visit to Dakar on Thursday, Mali's
        foreign minister X said ..."): the phrase has no subject; the main clause's subject (people
        and organisations after the comma, before its event word) is its subject. Only for kinds
        whose people are compared, when the phrase opens the sentence (at most three words before
        its event word) and names nobody."""
        if len(clusters) < 2 or not all(t.rule.compare_participants for t in clusters[0]):
            return []
        (_, phrase_end), (main_start, _) = segments[0], segments[1]
        if not text.startswith(",", phrase_end) or len(text[start : clusters[0][0].start].split()) > 3:
            return []
        if any(m.kind in ("person", "organization") and start <= m.start < phrase_end for m in usable):
            return []
        return [m for m in usable if m.kind in ("person", "organization") and main_start <= m.start and m.end <= clusters[1][0].start]

    def _scopes(self, text: str, sentence: Sentence, mentions: list[Mention]) -> Scopes:
        """The enclosed clauses of a sentence (relative clauses, quotations, asides), its times read."""
        if self._clauses is None:
            return NO_SCOPES
        return self._clauses.read(text, sentence.start, sentence.end, [m for m in mentions if m.kind == "time"])

    def _with_open_claims(self, doc, folded, sentences, ordered, mention_starts, triggers_of, claims, located,
                          attributions_of: dict[int, list[_Attribution]], scopes_of: dict[int, Scopes]) -> list[Claim]:
        """The closed-kind claims plus a claim for every other event word, in text order."""
        text = doc.text
        lexicon = self._open.lexicon_for(doc)
        for claim in claims:
            if claim.trigger is not None and claim.predicate is None:
                claim.predicate = phrase_lemma(lexicon.word_lemma, claim.trigger.text)
        for sentence in sentences:
            nearby = ordered[bisect.bisect_left(mention_starts, sentence.start) : bisect.bisect_right(mention_starts, sentence.end)]
            taken = [(t.start, t.end) for t in triggers_of.get(sentence.index, [])]
            attributions = attributions_of.get(sentence.index)
            if attributions is None:
                attributions = self._attributions(text, folded, sentence.start, sentence.end)
            scopes = scopes_of.get(sentence.index)
            if scopes is None:
                scopes = self._scopes(text, sentence, nearby)
            # A day a quoted speaker names without its date dates no claim here either (said_day).
            inside = [m for m in nearby if m.end <= sentence.end and not self._descriptive.only_describes(text, m)
                      and not (m.kind == "time" and said_day(m, scopes))]
            claims += self._open.claims(doc, folded, sentence, inside, taken, attributions, located, scopes)
        claims.sort(key=lambda c: (c.start, c.trigger.start if c.trigger else c.start))
        return self._open.settled(doc, claims)

    @staticmethod
    def _owners(cluster: list[_Trigger], cues: list[int]):
        """Which event family a mention belongs to when a subordinating cue that could not cut the
        clause separates events of several families ("The talks came two weeks after gunmen killed
        200 people in Barsalogho"): the family of the nearest trigger on the same side of the cue.
        Otherwise (None) the mention is shared by every event of the clause."""
        cuts = [c for c in cues if cluster[0].end <= c < cluster[-1].start]
        if not cuts or len({t.rule.family for t in cluster}) < 2:
            return lambda m: None

        def side(position: int) -> int:
            return bisect.bisect_right(cuts, position)

        def owner(m: Mention) -> str | None:
            same_side = [t for t in cluster if side(t.start) == side(m.start)]
            if not same_side or m.start < cluster[0].start:
                return None
            return min(same_side, key=lambda t: (_distance(t.start, t.end, m.start, m.end), t.start)).rule.family

        return owner

    def _agreed_to(self, text: str, folded: str | None, trigger: _Trigger, end: int) -> bool:
        """Whether the trigger opens a plan ("agreed to ...", "pledged to ..."): what follows is planned."""
        found = self._scan["planned"].search(text, folded, trigger.start, end)
        return found is not None and found.start() == trigger.start

    @staticmethod
    def _assign_times(cluster: list[_Trigger], times: list[Mention], scopes: Scopes, offsets: set[str]) -> dict[str, _Trigger | None]:
        """Each time belongs to the nearest trigger of its own clause ("under threat since 2012 and two
        coups since 2020"); ``times`` holds only times with such a trigger. An offset ending in a
        cue (``offsets``: "two weeks after") belongs to a trigger after it, or to none."""
        out: dict[str, _Trigger | None] = {}
        for t in times:
            candidates = [g for g in cluster if scopes.same(t.start, g.start) and (t.id not in offsets or g.start >= t.end)]
            out[t.id] = min(candidates, key=lambda g: (_distance(g.start, g.end, t.start, t.end), g.start)) if candidates else None
        return out

    def _time_groups(self, text: str, times: list[Mention], anchor: _Trigger, frame: Mention | None) -> list[Mention | None]:
        """The time(s) of a clause: coordinated times ("2020 and 2021 coups") give one claim each."""
        if not times:
            return [frame]
        if len(times) > 1 and all(_COORDINATED.match(text[a.end : b.start]) for a, b in zip(times, times[1:])):
            return list(times)
        return [min(times, key=lambda t: (_distance(anchor.start, anchor.end, t.start, t.end), t.start))]

    def _headline_future(self, text: str, sentence: Sentence, trigger: _Trigger) -> bool:
        """Whether a headline announces the trigger's event ("Obama to visit China"), as the
        lexicon reads a headline's "X to VERB"."""
        lexicon = self.lexicons.get(self.language) or self.lexicons["en"]
        return any(w.future and w.start == trigger.start for w in lexicon.event_words(text, sentence.start, trigger.end, headline=True))

    def _claim(self, doc, folded, sentence, trigger, seg_start, seg_end, entities, roles, time, figures, source,
               reported: bool, located: dict[int, bool], possible: SentenceModality = NOTHING_POSSIBLE) -> Claim | None:
        """``reported``: whether the sentence has a reporting cue; ``possible``: its cues of a possible
        event (:mod:`.modality`); both found once per sentence."""
        text = doc.text
        before = text[seg_start : trigger.start]
        after = text[trigger.end : seg_end]
        modality = "asserted"
        polarity = "positive"
        negation = [m for m in self._scan["negation"].piece_finditer(text, folded, seg_start, trigger.start) if len(before) - m.end() <= 30]
        if self.cues.cancellation is not None:
            cancelled = [m for m in self._cancellation.piece_finditer(text, folded, seg_start, trigger.start) if len(before) - m.end() <= 30]
            if cancelled and trigger.rule.cancellation == "ends":
                return None  # "canceled a defense deal": the deal ended; no agreement is asserted
            negation += cancelled
        denial = self._scan["denial"].piece_search(text, folded, seg_start, trigger.start)
        if denial and _DETERMINER.search(before):
            return None  # "denied that the meeting had discussed X": the meeting is taken as known
        if denial:
            modality, polarity = "denied", "negative"
        elif negation or self.cues.negation_after.search(after):
            polarity = "negative"
        if modality == "asserted":
            headline_future = sentence.zone == "headline" and self._headline_future(text, sentence, trigger)
            word = text[trigger.start : trigger.end].split()[0].lower()
            told = None if headline_future else possible.of(seg_start, trigger.start, trigger.end, word in self._lexicon.verbs
                                                             and self._lexicon.lemma(word) == word)
            if told:
                modality = told
            elif self._scan["expected"].piece_search(text, folded, seg_start, trigger.start) or headline_future \
                    or (time is not None and getattr(time.value, "modality", "asserted") != "asserted"):
                modality = "expected"
            elif self._scan["planned"].piece_search(text, folded, seg_start, trigger.start):
                modality = "planned"
            elif reported:
                modality = "reported"
        participant_ids: list[str] = []
        for m in entities:
            value = m.value
            if isinstance(value, EntityValue) and not value.adjective and value.entity not in participant_ids:
                participant_ids.append(value.entity)
        place = event_place(text, entities, trigger.end, self.cues, located)
        for role, country in roles:
            participant_ids.append(f"role:{role}@{country.value.canonical.lower()}")
        used = {m.id: m.start for m in entities} | {c.id: c.start for _, c in roles} | {m.id: m.start for m in figures}
        if time is not None:
            used[time.id] = time.start
        return Claim.model_construct(  # every value of its final type: no validation per claim
            document=doc.id,
            kind=trigger.rule.event,
            text=sentence.text,
            start=sentence.start,
            end=sentence.end,
            line=sentence.line,
            sentence=sentence.index,
            mentions=sorted(used, key=lambda i: (used[i], i)),
            participants=participant_ids,
            time=time.value if time is not None and isinstance(time.value, TimeValue) else None,
            place=place,
            figures=[m.value for m in figures],
            attribution=source or None,
            modality=modality,
            polarity=polarity,
            zone=sentence.zone,
            trigger=TextSpan.model_construct(start=trigger.start, end=trigger.end, text=text[trigger.start : trigger.end], role="trigger"),
            arguments=_arguments(trigger, entities, figures, time, text, self.cues, located),
        )

    def _carry_over(self, text, claim, trigger, first_of, index, by_id, seg_start, seg_end, has_subject,
                    said_day: bool = False) -> None:
        """A clause naming no person or place ("the raid was followed by ...") continues the last such event.

        For events whose subject is one country (coups), a clause that names nobody before its
        trigger ("The junta that came to power ... with France") also takes the earlier subject.
        ``said_day``: the sentence quotes someone naming a day without its date; such a clause
        takes the earlier event's time too (the quote tells the event the sentences before date).
        """
        relative = self.cues.relative.search(text[seg_start:seg_end]) is not None
        if relative:
            # ", in which 150 people were killed", ", ousting President X": the same event, its time and place.
            before = first_of.get((index, trigger.rule.family))
            if before is not None and before is not claim:
                claim.time = claim.time or before.time
                claim.place = claim.place or before.place
        own = [by_id[i] for i in claim.mentions if i in by_id]
        names_someone = any(m.kind in ("person", "place") for m in own)
        if names_someone and not (trigger.rule.subject == "first" and not has_subject):
            return
        earlier = None
        for back in (0, 1, 2):
            earlier = first_of.get((index - back, trigger.rule.family))
            if earlier is not None and earlier is not claim:
                break
            earlier = None
        if earlier is None:
            return
        carried = [i for i in earlier.mentions if i in by_id and by_id[i].kind not in ("time", "quantity")]
        merged = {i: by_id[i].start for i in claim.mentions if i in by_id} | {i: by_id[i].start for i in carried}
        claim.mentions = sorted(merged, key=lambda i: (merged[i], i))
        claim.participants = list(dict.fromkeys(earlier.participants + claim.participants))
        claim.place = claim.place or earlier.place
        if claim.time is None and (relative or said_day or self._definite(text, trigger.rule.family, seg_start, seg_end)):
            claim.time = earlier.time

    def _definite(self, text: str, family: str, start: int, end: int) -> bool:
        """Whether the clause names an event of this family as known ("in the attack", "the call")."""
        for rule in self.events:
            if rule.family != family:
                continue
            for pattern in rule.triggers:
                for m in pattern.finditer(text, start, end):
                    if _DEFINITE.search(text[max(start, m.start() - 30) : m.start()]):
                        return True
        return False
