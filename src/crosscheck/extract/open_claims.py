"""Open-vocabulary claims: every word that names an event makes a claim, whatever the event.

The closed event kinds of ``rules/<lang>/events/*.yaml`` (meetings, calls, coups ...) carry
domain refinements (roles, cancellation, which figures count); every other verb or event
noun of the language's event-class table (:mod:`.lexicon`) makes a claim of its class:
"Tara Reid checked into rehab" is a claim of class ``rehabilitate`` with Tara Reid as agent.

Each event word keeps the words of its own clause: participants, place, time and figures
are read from the clause it stands in (cut at clause boundaries and subordinating cues), and
a time or figure goes to the event word nearest to it, so "the 2004 tsunami" dates the
tsunami, not the 2013 quake of the same sentence. Headline sentences make claims too (zone
"headline"); comparison keeps them from confirming their own article.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ..models import Claim, Document, EntityValue, Mention, Sentence, TextSpan, TimeValue
from .claim_rules import ClaimCues
from .clauses import Scopes
from .cue_scan import _CueScanner
from .event_places import DescriptivePlaces, event_place, known_location
from .governed import Governors, merge_governed
from .headline_claims import restated_headlines
from .lexicon import EventWord, Lexicon
from .modality import PossibleReader, SentenceModality
from .quantity_clauses import figure_clause
from .states import StateReader
from .times import attributive_time, counted_phrase_end

# Punctuation that closes a clause of a body sentence: a person a run-level pass finds across
# it is no participant of the claim on the other side ("Heller said, and Lohan ...").
_CLAUSE_MARKS = (",", ";", ":", "—", "–", "(", ")")
_NEGATION_REACH = 30  # characters between a negation cue and the event word it negates
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|été)\s+$", re.IGNORECASE)  # "were seized", "ont été saisis"
_SENTENCE_END = re.compile(r"[.!?;]\s")
_ALTERNATIVE = re.compile(r"\s*,?\s*(?:or|nor|ou|ni)\s+(?:\w+\s+)?", re.IGNORECASE)  # "kill or injure", "ni blessé ni tué"
_FRAME_REACH = 40  # how far into a sentence the comma closing an opening time ("On Tuesday,") may stand
_OBJECT_REACH = 60  # characters between a verb of saying and the event noun it announces
_NOUN_PHRASE_REST = re.compile(r"\s*(?:[a-z][a-z-]*\s+){0,3}")  # the modifiers between a time and its noun
# What stands between a time and the event noun it qualifies: nothing, a blank or a possessive
# ("the 2004 tsunami", "Sunday's vote"): the time is that noun's, no other word's.
_QUALIFIES = re.compile(r"(?:['’]s)?\s?")
_CLAUSE_MARK = re.compile(r"[;:()]|(?<!\d),|,(?!\d)")
_TITLE_CASE_SHARE = 0.6  # a sentence with this share of capitalised words is a headline in title case


def _takes_a_person(text: str, w: EventWord, entities: list[Mention]) -> bool:
    """Whether a person is what the event word acts on: its object right after it ("seized
    Marchetti") or the subject of its passive ("Marchetti were seized")."""
    return any(m.kind == "person" and ((w.end <= m.start and not text[w.end : m.start].strip())
                                       or (m.end <= w.start and _PASSIVE_BEFORE.search(text, m.end, w.start)))
               for m in entities)


def _negates(text: str, cue_end: int, start: int, anchors: list[tuple[int, int]]) -> bool:
    """Whether a negation cue ending at ``cue_end`` negates the event word at ``start``: the
    first event word after it, or one joined to that by "or"/"nor" ("did not kill or injure
    anyone"), in the same sentence. "No group has claimed the kidnapping" denies the claiming,
    not the kidnapping; "« Aucune rançon n'a été versée. Leur libération ... »" negates the
    payment only, when a quotation keeps both sentences in one."""
    if _SENTENCE_END.search(text, cue_end, start):
        return False
    between = sorted(a for a in anchors if cue_end <= a[0] and a[1] <= start)
    return all(_ALTERNATIVE.fullmatch(text, a[1], b[0]) for a, b in zip(between, between[1:] + [(start, start)]))


def _distance(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(b_start - a_end, a_start - b_end, 0)


def _without_appositions(text: str, cuts: list[int], mentions: list[Mention], end: int) -> list[int]:
    """The clause cuts without those that open a name in apposition: a stretch between two cuts
    that holds one person or organisation and nothing else ("a condamné mardi l'ancien ministre
    du Pétrole, NAME, à cinq ans", "the minister, NAME, said") names the noun phrase before it
    (most often a title), so it belongs to that noun phrase's clause."""
    if not cuts:
        return cuts
    kept = []
    for index, cut in enumerate(cuts):
        stop = cuts[index + 1] if index + 1 < len(cuts) else end
        names = [m for m in mentions if m.kind in ("person", "organization") and cut <= m.start and m.end <= stop]
        if len(names) == 1 and not text[cut : names[0].start].strip(" ,\u00a0") \
                and not text[names[0].end : stop].strip(" ,.;:!?\u00a0"):
            continue
        kept.append(cut)
    return kept


class OpenClaimReader:
    """Claims of every event word that no closed event kind claimed."""

    def __init__(self, cues: ClaimCues, lexicons: dict[str, Lexicon], closed_kinds: set[str], scanners: dict,
                 parties: DescriptivePlaces | None = None, governors: dict[str, Governors] | None = None,
                 states: dict[str, StateReader] | None = None, kind_of_class: dict[str, str] | None = None):
        self.cues = cues
        self.parties = parties  # who is agent and who patient (voice, "by X"), see :mod:`.event_places`
        self.lexicons = lexicons
        self.closed_kinds = closed_kinds
        self.scan = scanners  # the claim extractor's compiled cue scanners, by cue name
        self.generic = _CueScanner(cues.generic) if cues.generic is not None else None
        self.possible = PossibleReader(cues, scanners)
        self._happenings: set[str] | None = None
        self.governors = governors or {}  # verbs that govern a nominalised event (:mod:`.governed`), by language
        self.states = states or {}  # states and reported measures (:mod:`.states`), by language
        # open class -> the closed kind that tells its event (EventRule.open_classes): "the
        # election" is a claim of the election kind, as "was elected" is
        self.kind_of_class = kind_of_class or {}

    def lexicon_for(self, doc: Document) -> Lexicon:
        return self.lexicons.get(doc.language or "en") or self.lexicons["en"]

    def event_words(self, doc: Document, sentence: Sentence, mentions: list[Mention], taken: list[tuple[int, int]]) -> list[EventWord]:
        """The event words of a sentence outside names, times, figures and closed triggers."""
        text = doc.text
        lexicon = self.lexicon_for(doc)
        words = lexicon.event_words(text, sentence.start, sentence.end, headline=sentence.zone == "headline")
        states = self.states.get(doc.language or "en")
        if states is not None:
            words = states.words(text, sentence.start, sentence.end, words, lexicon)
        if not words:
            return []
        written = text[sentence.start : sentence.end].split()
        title_case = sum(1 for w in written if w[:1].isupper()) >= _TITLE_CASE_SHARE * max(1, len(written))
        out = []
        # Where a person named with a title starts: the word right before is that title ("PM
        # Vladescu", "Gen. Roe"), no event ("PM" is also a post-mortem).
        titled = [m.start for m in mentions if m.kind == "person" and isinstance(m.value, EntityValue) and m.value.title]
        for w in words:
            if any(m.start < w.end and w.start < m.end for m in mentions):
                continue
            if any(0 < start - w.end <= 2 and not text[w.end : start].strip() for start in titled):
                continue
            if any(a < w.end and w.start < b for a, b in taken):
                continue
            if w.event_class in self.closed_kinds:
                continue
            if text[w.end : w.end + 1] == ":" and any(m.kind == "time" and 0 < m.start - w.end <= 3 for m in mentions):
                continue  # a page's label of its time ("Posted: Nov 27", "Last Updated: 8:20 AM"), no event
            if not title_case and w.start > sentence.start and text[w.start].isupper() and text[w.start - 2 : w.start] != ". " \
                    and not lexicon.is_event_acronym(text[w.start : w.end]):
                continue  # a capitalised word inside a sentence is a name ("Best Buy"), not an event
            out.append(w)
        return out

    def settled(self, doc: Document, claims: list[Claim]) -> list[Claim]:
        """A document's claims, in text order, once every sentence is read: a governing verb's
        claim folded into the event it governs ("ordered the recall of"), then the headline's
        claims completed from the body (:func:`restated_headlines`)."""
        language = doc.language or "en"
        governors = self.governors.get(language) or self.governors.get("en")
        if governors is not None:
            lexicon = self.lexicon_for(doc)
            # A measure told as an event's object ("announced a loss of") is governed as an event noun is.
            claims = merge_governed(claims, doc.text, governors,
                                    lambda word: lexicon.is_event_noun(word) or lexicon.lemma(word) in lexicon.measures,
                                    self._happening)
        restated_headlines(claims, doc.published)
        return claims

    def _happening(self, event_class: str) -> bool:
        """Whether an event class names a happening nobody does (its English nouns are WordNet
        events, phenomena or processes: a death, an earthquake), not an act."""
        if self._happenings is None:
            english = self.lexicons.get("en")
            self._happenings = {english.class_of[n] for n in english.happening_nouns if n in english.class_of} if english else set()
        return event_class in self._happenings

    def claims(self, doc: Document, folded: str | None, sentence: Sentence, mentions: list[Mention],
               taken: list[tuple[int, int]], attributions: list, located: dict[int, bool], scopes: Scopes) -> list[Claim]:
        """``mentions``: those inside the sentence; ``taken``: spans of closed-kind triggers;
        ``attributions``: the sentence's attribution spans (start, end, source); ``scopes``: its
        enclosed clauses (a time dates only the event words of its own, :mod:`.clauses`)."""
        text = doc.text
        words = self.event_words(doc, sentence, mentions, taken)
        states = self.states.get(doc.language or "en")
        levels = states is not None and states.levels and any(getattr(m.value, "event", None) in states.levels for m in mentions)
        if not words and not levels:
            return []
        cuts = sorted({m.start() for m in self.scan["clause_boundary"].finditer(text, folded, sentence.start, sentence.end)}
                      | {m.start() for m in self.scan["subordinate"].finditer(text, folded, sentence.start, sentence.end)})
        cuts = [c for c in cuts if not any(m.start < c < m.end for m in mentions)]
        cuts = _without_appositions(text, cuts, mentions, sentence.end)
        # "The talks came two weeks after gunmen killed ...": an offset ending in a cue starts the
        # clause of the event it dates (the killing), even when the time reader took the cue in.
        offsets = {m.id for m in mentions if m.kind == "time" and self.cues.counts_from_a_later_clause(text, m.start, m.end)}
        cuts = sorted(set(cuts) | {m.start for m in mentions if m.id in offsets})
        lexicon = self.lexicon_for(doc)
        if levels:
            words = states.level_words(text, (sentence.start, sentence.end), words, [m for m in mentions if m.kind == "quantity"],
                                       cuts, taken, lexicon)
            if not words:
                return []
        anchors = [(w.start, w.end) for w in words] + taken
        usable, spoken = [], []  # spoken: times of statements ("denied on Monday that ...")
        for m in mentions:
            (spoken if self._statement_time(text, m) else usable).append(m)
        reporting = lexicon.reporting
        # "the title track of their 1976 album": a time inside a noun phrase dates none of the
        # sentence's events, unless the phrase names one ("the 2004 tsunami", "the 2021 general
        # municipal election": an event word after the time with only lower-case words between)
        usable = [m for m in usable if m.kind != "time" or not attributive_time(text, m)
                  or any(_NOUN_PHRASE_REST.fullmatch(text, m.end, a[0]) for a in anchors if a[0] >= m.end)]
        times = [m for m in usable if m.kind == "time"]
        figures = [m for m in usable if m.kind == "quantity"]
        # "Five days after the eruption of May 16, the volcano ...": an offset whose phrase names
        # the time it counts from dates the clause after that phrase, never the words inside it
        counted = {m.id: end for m in times if (end := counted_phrase_end(text, m, times, doc.language)) is not None}
        owner_of = {m.id: self._nearest(m, anchors, cuts, scopes) for m in times}
        if figures:
            fitting = self._measure_fit(doc, text, words, taken)
            statements = frozenset((w.start, w.end) for w in words if w.event_class in reporting)
            owner_of.update((m.id, self._nearest(m, anchors, cuts, scopes, fitting(m),
                                                 figure_clause(text, m.start, m.end, sentence.start, sentence.end),
                                                 statements)) for m in figures)
        for m in figures if states is not None else ():
            # A figure a verb of amount gives is its subject's ("les dégâts ... s'élèvent à 3 millions").
            subject = states.amount_subject(text, m.start, sentence.start, words, cuts, lexicon.reporting)
            if subject is not None and scopes.same(m.start, subject[0]):
                owner_of[m.id] = subject
        frame = self._frame(sentence, cuts, times, anchors)
        reported = self.scan["reported"].search(text, folded, sentence.start, sentence.end) is not None
        # Modality and negation cues of the whole sentence, found once: each event word reads
        # those between its clause start and itself.
        cue_spans = {name: [(m.start(), m.end()) for m in self.scan[name].finditer(text, folded, sentence.start, sentence.end)]
                     for name in ("negation", "denial", "expected", "planned")}
        possible = self.possible.sentence(text, folded, sentence.start, sentence.end)
        source = attributions[0].source if attributions else None
        own_subject = self.cues.own_subject
        parties = [m for m in usable if m.kind in ("person", "organization", "place") and isinstance(m.value, EntityValue)
                   and not any(a.start <= m.start and m.end <= a.end for a in attributions)]
        generic = self._generic_clauses(text, folded, sentence, cuts, words)
        out = []
        for w in words:
            clause = bisect.bisect_right(cuts, w.start)
            if clause in generic:
                continue  # "A report is usually published within 30 days": no event happened
            seg_start = cuts[clause - 1] if clause else sentence.start
            seg_end = cuts[clause] if clause < len(cuts) else sentence.end
            in_clause = [m for m in usable if seg_start <= m.start and m.end <= seg_end]
            entities = [m for m in parties if seg_start <= m.start and m.end <= seg_end]
            announcers, announced_on = self._announcement(text, w, attributions, usable, times + spoken, lexicon)
            entities = announcers + entities
            if not entities and not (own_subject is not None and own_subject.search(text, seg_start, w.start)):
                # "Dana Welker, 43, then shot ...": a clause naming nobody and with no subject of
                # its own continues the subject of the clause before it (an apposition, or a
                # second verb of one actor).
                earlier = [m for m in parties if m.end <= seg_start]
                if earlier:
                    owner = bisect.bisect_right(cuts, earlier[-1].start)
                    entities = [m for m in earlier if bisect.bisect_right(cuts, m.start) == owner]
            if w.event_class in lexicon.person_senses and _takes_a_person(text, w, entities):
                w = replace(w, event_class=lexicon.person_senses[w.event_class])
            own_times = [m for m in in_clause if m.kind == "time" and owner_of[m.id] == (w.start, w.end)
                         and not (m.id in counted and m.end <= w.start < counted[m.id])]
            if not own_times and levels and w.event_class in states.level_classes:
                # A level's figure set apart in an apposition takes the time no other word of the
                # sentence owns ("Le précédent record, 41,4 °C, datait du 24 août 2023").
                own_times = [m for m in times if owner_of[m.id] == (w.start, w.end)]
            if not own_times and counted:
                own_times = [m for m in times if m.id in counted and counted[m.id] <= w.start]
            # A figure goes to the event word it belongs to (see _nearest), also from a clause of
            # its own ("a condamné mardi l'ancien ministre ..., NAME, à cinq ans de prison").
            own_figures = [m for m in figures if owner_of[m.id] == (w.start, w.end)]
            if not own_times:
                # The clause's time, unless it names another event ("the 2004 tsunami"): a
                # time written right before an event word is that word's. An event noun's
                # relative clause of occurring dates it ("The blaze, which broke out on Friday,"), as
                # does a time set off between the noun and that clause ("l'incendie du X, en décembre
                # 2014, qui avait fait neuf morts").
                headed = scopes.headed_by(w.start)
                # An offset that dates the clause after its cue dates that clause's own event
                # word (its owner), not the clause it governs in turn ("a week after it emerged
                # that his department had awarded a contract": the emergence, not the award).
                own_times = [m for m in in_clause if m.kind == "time" and scopes.same(m.start, w.start) and m.id not in offsets
                             and not any(a[0] >= m.end and _QUALIFIES.fullmatch(text, m.end, a[0]) for a in anchors)] \
                    + [m for m in times if any(e.start <= m.start < e.end or (w.end <= m.start < e.start and scopes.same(m.start, w.start))
                                               for e in headed)]
            if not own_times:
                # "the vote on fighter jets in September 2020, which passed with 50.1 percent": the
                # outcome told in a relative clause of an event noun takes that event's time; "since
                # 2013, when an epidemic led to 1,219 cases", "the 2010 dispute at Fos, when a strike
                # left 80 ships queuing": a clause of time, the last time of the clause before it
                own_times = [m for m in times for e in scopes.heads_around(w.start) if scopes.same(m.start, e.head)
                             and (e.head <= m.start < e.start if e.kind != "when" else m.end <= e.start and not _CLAUSE_MARK.search(text, m.end, e.start))]
                own_times = own_times[-1:]
            if not own_times and frame is not None and scopes.same(frame.start, w.start) \
                    and not lexicon.says_between(text, frame.end, w.start):
                # The opening time frames the sentence's events up to a verb of saying: "Yesterday,
                # police explained that officers shot ..." dates the explaining, not the shooting.
                own_times = [frame]
            if not own_times and announced_on:
                own_times = announced_on  # "a annoncé lundi le rachat de X": the deal is Monday's news
            if not own_times and w.event_class in reporting:
                # A time right after a verb of saying dates the statement itself ("told troops in
                # Omdurman on Sunday that ..."): the saying word's own time.
                own_times = [m for m in spoken if w.end <= m.start and seg_start <= m.start and m.end <= seg_end]
            # A date of the clause's own ("on June 20") before an offset counted from it ("two weeks after").
            own_times = [m for m in own_times if m.id not in offsets] or own_times
            time = min(own_times, key=lambda m: _distance(w.start, w.end, m.start, m.end)) if own_times else None
            out.append(self._claim(doc, sentence, w, (seg_start, seg_end), entities, time, own_figures, source, reported, located, cue_spans,
                                   scopes, anchors, possible))
        return out

    def _generic_clauses(self, text: str, folded: str | None, sentence: Sentence, cuts: list[int],
                         words: list[EventWord]) -> set[int]:
        """The clauses (indexes between ``cuts``) a generic or habitual cue makes generic: its own,
        and when it holds no event word ("In most cases, passengers suffer ..."), the next one."""
        if self.generic is None:
            return set()
        clauses = set()
        with_words = {bisect.bisect_right(cuts, w.start) for w in words}
        for m in self.generic.finditer(text, folded, sentence.start, sentence.end):
            clause = bisect.bisect_right(cuts, m.start())
            clauses.add(clause)
            if clause not in with_words:
                clauses.add(clause + 1)
        return clauses

    @staticmethod
    def _announcement(text: str, w: EventWord, attributions: list, usable: list[Mention], times: list[Mention],
                      lexicon: Lexicon) -> tuple[list[Mention], list[Mention]]:
        """Who announces an event named right after the verb of saying, as its object ("Le groupe
        Castelbrune a annoncé lundi le rachat de X", "X confirmed on Monday the acquisition of
        Y"), and the times said between: the announcer is the event's agent, not only a source,
        and the day of the announcement dates the announced deal. Between the attribution and
        the event word stand at most times and one determiner; a statement ("X said that ...",
        "a annoncé que ...") names no event as its object, and neither does a participle before
        a noun ("Mosteanu said the revised figure showed ...": the word is no event noun, and
        what follows is a statement with its "that" left out). ([], []) when there is none."""
        if not lexicon.is_event_noun(text[w.start : w.end]) and w.lemma not in lexicon.measures:
            return [], []  # neither an event noun nor a measure reported ("reported a loss of")
        markers = lexicon.noun_markers
        for a in attributions:
            if not a.end <= w.start <= a.end + _OBJECT_REACH:
                continue
            between = [t for t in times if a.end <= t.start and t.end <= w.start]
            gap = text[a.end : w.start]
            for t in between:
                gap = gap.replace(t.text, " ")
            words = [word for word in re.split(r"[\s'’]+", gap) if word]
            if len(words) > 1 or any(word.lower() not in markers for word in words) or re.search(r"[,;:«»\"“”]", gap):
                continue
            return [m for m in usable if m.kind in ("person", "organization") and a.start <= m.start and m.end <= a.end
                    and isinstance(m.value, EntityValue)], between
        return [], []

    @staticmethod
    def _frame(sentence: Sentence, cuts: list[int], times: list[Mention], anchors: list[tuple[int, int]]) -> Mention | None:
        """A time opening the sentence in a clause of its own ("On Tuesday, police arrested ...",
        "In December, a delegation paid a visit"): it frames every event word of the sentence."""
        if not cuts or cuts[0] - sentence.start > _FRAME_REACH or any(a[0] < cuts[0] for a in anchors):
            return None
        opening = [m for m in times if m.end <= cuts[0]]
        return opening[0] if opening else None

    @staticmethod
    def _nearest(m: Mention, anchors: list[tuple[int, int]], cuts: list[int], scopes: Scopes,
                 fits: frozenset[tuple[int, int]] = frozenset(),
                 clause: tuple[int, int, bool] | None = None,
                 statements: frozenset[tuple[int, int]] = frozenset()) -> tuple[int, int] | None:
        """The event word a time or figure belongs to: the nearest in its own clause, else the
        nearest in its scope (never one outside the quotation or relative clause it stands in).
        Among those, an event word whose class is what the figure measures (``fits``: "killed"
        for people killed, "sentenced" for a prison term) wins over a nearer one of another
        class: "sentenced X to five years in prison for embezzlement" is a sentence of five
        years, not an embezzlement; "killed 23 and displaced 15,000 as rain fell" gives each
        figure its own event. A figure's ``clause`` (:func:`.quantity_clauses.figure_clause`) keeps
        it to the event words between its semicolons, colons and dashes when it has any. A
        figure after a verb of saying (``statements``) belongs to the event word its statement
        tells later in the clause ("Opponents say dozens of ballots were counted twice", "la
        direction affirme que 40 postes seront supprimés"), not to the saying."""
        scoped = [a for a in anchors if scopes.same(m.start, a[0])]
        if clause is not None:
            lo, hi, closed = clause
            scoped = [a for a in scoped if lo <= a[0] < hi] or ([] if closed else scoped)
        own = bisect.bisect_right(cuts, m.start)
        same = [a for a in scoped if bisect.bisect_right(cuts, a[0]) == own] or scoped
        same = [a for a in same if a in fits] or same
        if any(a[0] >= m.end and a not in statements for a in same):
            same = [a for a in same if not (a in statements and a[1] <= m.start)]
        return min(same, key=lambda a: (_distance(a[0], a[1], m.start, m.end), a[0])) if same else None

    def _measure_fit(self, doc: Document, text: str, words: list[EventWord], taken: list[tuple[int, int]]):
        """For a figure mention, the spans of the sentence's event words whose class is the one
        its event names ("killed" -> the class of "die", "death", "killed"). A figure's event is
        named in English in every language (``rules/<lang>/quantities.yaml`` events), and class
        names are shared across languages, so the English table names the class too. A closed
        kind's trigger ("killed" in an attack) has the class of its first word in the table."""
        lexicon = self.lexicon_for(doc)
        english = self.lexicons.get("en") or lexicon
        states = self.states.get(doc.language or "en")
        classes = {(w.start, w.end): w.event_class for w in words}
        for start, end in taken:
            hit = next((found for word in text[start:end].split()
                        if (found := lexicon.lookup(word.strip(".,;:'\"()"))) is not None), None)
            if hit is not None:
                classes[(start, end)] = hit[1]

        def fitting(m: Mention) -> frozenset[tuple[int, int]]:
            event = getattr(m.value, "event", None)
            if not event:
                return frozenset()
            wanted = {hit[1] for table in (lexicon, english) if (hit := table.lookup(event)) is not None}
            if states is not None and event in states.levels:
                wanted.add(states.levels[event])  # a level's figures join its claim ("1,124 passengers and 96 crew")
            return frozenset(span for span, name in classes.items() if name in wanted)

        return fitting

    def _statement_time(self, text: str, m: Mention) -> bool:
        return m.kind == "time" and self.cues.statement_time_before.search(text[max(0, m.start - 50) : m.start]) is not None

    def _claim(self, doc, sentence, w: EventWord, segment: tuple[int, int], entities, time, figures, source, reported, located,
               cue_spans: dict[str, list[tuple[int, int]]], scopes: Scopes, anchors: list[tuple[int, int]],
               possible: SentenceModality) -> Claim:
        text = doc.text
        seg_start, seg_end = segment
        states = self.states.get(doc.language or "en") if figures else None
        # An event noun the subject of a verb that names no event of its own ("a campaign would
        # begin next week", "the vote is due to take place"): the verb's modality is the noun's.
        lexicon = self.lexicon_for(doc)
        subject = lexicon.is_event_noun(text[w.start : w.end].replace("’", "'").split("'")[-1]) \
            and not any(w.end <= a[0] < seg_end for a in anchors)

        def before(name: str) -> list[tuple[int, int]]:
            # A cue inside a quotation qualifies the quoted event, not the statement ('"We will meet," he said').
            return [(a, b) for a, b in cue_spans[name] if seg_start <= a and b <= w.start and scopes.reaches(a, w.start)] \
                + ([(a, b) for a, b in cue_spans[name] if w.end <= a and b <= seg_end and scopes.same(a, w.start)]
                   if subject and name in ("expected", "planned") else [])

        polarity, modality = "positive", "asserted"
        if any(w.start - b <= _NEGATION_REACH and _negates(text, b, w.start, anchors) for _, b in before("negation")):
            polarity = "negative"
        if before("denial"):
            modality, polarity = "denied", "negative"
        elif not w.future and (told := possible.of(seg_start, w.start, w.end, w.lemma in lexicon.verbs
                                                   and text[w.start : w.end].lower() == w.lemma, scopes.reaches)
                               or (subject and possible.of(w.end, seg_end, seg_end, False, lambda a, _: scopes.same(a, w.start)))):
            # "could find", "only if he drops", "willing to pay", a question; "seeks to strengthen"
            # (planned); an event noun subject of a modal verb ("an attack could come") reads the cue after it.
            modality = told
        elif w.future or before("expected") or (isinstance(time.value if time else None, TimeValue) and time.value.modality != "asserted"):
            modality = "expected"
        elif before("planned"):
            modality = "planned"
        elif reported:
            modality = "reported"
        participants: list[str] = []
        arguments: list[TextSpan] = []
        places: list[Mention] = []  # below the country, qualifying a noun or undergoing a passive ("Paris hit by")
        for m in entities:
            role = self.parties.argument_role(text, m, w.start, w.end, self.cues, located) if self.parties is not None \
                else "place" if m.kind == "place" and known_location(text, m, self.cues, located) \
                else "agent" if m.end <= w.start else "patient"
            if role is None:
                continue
            if role == "place":
                places.append(m)
            elif m.value.entity not in participants:
                participants.append(m.value.entity)
            arguments.append(TextSpan.model_construct(start=m.start, end=m.end, text=m.text, role=role, mention=m.id))
        if time is not None:
            arguments.append(TextSpan.model_construct(start=time.start, end=time.end, text=time.text, role="time", mention=time.id))
        for f in figures:
            arguments.append(TextSpan.model_construct(start=f.start, end=f.end, text=f.text, role="figure", mention=f.id))
        arguments.sort(key=lambda a: (a.start, a.end))
        used = {m.id: m.start for m in entities} | {f.id: f.start for f in figures}
        if time is not None:
            used[time.id] = time.start
        # Built without re-validation (every value has its final type here): a document has
        # dozens of event words, and validating each claim costs more than finding it.
        return Claim.model_construct(
            id="",
            document=doc.id,
            kind=self.kind_of_class.get(w.event_class, w.event_class),
            text=sentence.text,
            start=sentence.start,
            end=sentence.end,
            line=sentence.line,
            sentence=sentence.index,
            mentions=sorted(used, key=lambda i: (used[i], i)),
            participants=participants,
            time=time.value if time is not None and isinstance(time.value, TimeValue) else None,
            place=event_place(text, entities, w.end, self.cues, located) or (places[-1].value.canonical if places else None),
            figures=[states.counted(w.event_class, f.value) for f in figures] if states is not None else [f.value for f in figures],
            attribution=source or None,
            modality=modality,
            polarity=polarity,
            zone=sentence.zone,
            predicate=w.lemma,
            trigger=TextSpan.model_construct(start=w.start, end=w.end, text=text[w.start : w.end], role="trigger", mention=None),
            arguments=arguments,
        )


def attach_people(claims: list[Claim], text: str, added: list[Mention]) -> None:
    """Claims take the people a run-level pass names after extraction in their own clause.

    A headline or a short article often names its protagonist only in full ("Esther Williams,
    swimming star, dies at 91"), a name extraction cannot confirm from one article and that the
    run confirms later (:mod:`crosscheck.normalise.surnames`): the claims of that sentence
    have no participant then, so no other account can join them. A headline is one statement:
    each of its claims takes the person; in a body sentence only the claims that no clause mark
    separates from the name do (``_CLAUSE_MARKS``), as extraction reads a clause. The speaker
    of a reported clause ("Interior Minister Ali Yerlikaya said rescue teams were searching")
    is its source, not a participant of what it reports, as extraction reads a sentence's
    attribution: a person named in the claim's attribution before its event word is skipped."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in added:
        if m.kind == "person" and m.sentence is not None and isinstance(m.value, EntityValue):
            by_sentence.setdefault(m.sentence, []).append(m)
    for claim in claims:
        people = by_sentence.get(claim.sentence) if claim.trigger is not None else None
        for m in people or ():
            if m.value.entity in claim.participants or m.id in claim.mentions:
                continue
            trigger = claim.trigger
            if claim.attribution and m.end <= trigger.start and m.text in claim.attribution:
                continue
            between = text[m.end : trigger.start] if m.end <= trigger.start else text[trigger.end : m.start]
            if claim.zone != "headline" and any(mark in between for mark in _CLAUSE_MARKS):
                continue
            claim.participants.append(m.value.entity)
            claim.mentions.append(m.id)
            role = "agent" if m.end <= trigger.start else "patient"
            claim.arguments = sorted(claim.arguments + [TextSpan.model_construct(start=m.start, end=m.end, text=m.text, role=role, mention=m.id)],
                                     key=lambda a: (a.start, a.end))
