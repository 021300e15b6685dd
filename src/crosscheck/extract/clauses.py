"""Which clause of a sentence each word stands in, so that a time dates only the events of its own clause.

A sentence often carries times of several events: "The earthquake, which struck on Sunday,
killed 38 people", "Police arrested Smith, who had met the victim on Monday, on Tuesday",
'"We will meet on Monday," Smith said after his arrest'. Nearest-word assignment gets the
first wrong (the quake has no time of its own words) and the other two wrong whenever the
main event names no time (the arrest, the statement would take Monday).

This module finds the *enclosed* clauses of a sentence from punctuation and subordinators,
one regular-expression pass per sentence and no parser:

* a relative clause opened by a comma and a relative word (", which", ", who", ", où") and
  closed by the next clause mark or the end of the sentence; after an event noun, also one
  opened by a participle of occurring alone (", ouvert le 12 janvier,", ", held on Sunday,");
* a quotation, between quotation marks (an unmatched mark runs to the sentence's edge, as a
  quotation the sentence splitter cut in two does);
* an aside between parentheses or between dashes.

Each enclosed clause is a *scope*: a time inside it dates only the events inside it, and an
event inside it takes no time from outside. One exception makes the relative clause of an
event noun say when that event happened: when the clause follows an event word (directly or
after a short phrase, "the quake off Sumatra, which") and its verb is one of occurring
("struck", "broke out", "took place", "was held"), the clause is transparent: its time is
the head event's. "The accord, which was first drafted in 2019, was signed on Friday" stays
enclosed: drafting is another event. Which words are relative words, which verbs tell an
occurrence and which marks quote are language data (``rules/<lang>/events/clauses.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Literal, Sequence

from pydantic import Field, field_validator

from ..models import Mention, TimeValue
from ..rules import RuleExamples, RuleFile, rule_kind
from .lexicon import WORD

_WORDS_TO_HEAD = 10  # how far back (in words) the event word a relative clause modifies may stand ("l'incendie du X, en décembre 2014 en mer Adriatique, qui")
_WORDS_TO_VERB = 5  # how far into a relative clause its verb of occurring may stand
_APPOSITION_WORDS = 12  # the longest apposition read as one ("the strongest to hit the region in a decade")


@rule_kind("clause_rules")
class ClauseRules(RuleFile):
    """How a language marks the clauses that keep their times to themselves (see module doc)."""

    # Relative words opening a clause after a comma, and what they may refer to: "any" (an
    # event or a thing: "which", "that", "qui"), "person" ("who") or "place" ("where"). A
    # relative clause about a person or place never dates the event around it.
    relative: dict[str, Literal["any", "person", "place"]]
    # Words that open a short phrase between an event noun and its relative clause ("the
    # earthquake in Aceh, which ..."): the relative clause may still modify the event noun.
    head_prepositions: list[str] = Field(default_factory=list)
    # Lemma sequences of verbs that tell that an event happened ("strike", "break out", "take
    # place", "hold"): a relative clause of an event noun with such a verb dates that event.
    occurrence: list[str]
    # Lemmas of verbs telling an event's outcome: a toll ("the fire, which killed nine people,"),
    # a vote's result ("the vote on fighter jets in September 2020, which passed with 50.1
    # percent"), and of light verbs telling one when an event word follows them in the clause
    # ("l'incendie, qui avait fait neuf morts", "the quake, which left 38 dead"): a relative
    # clause of an event noun with one is that event's (its outcome; a time in either dates
    # both), as one of occurring.
    outcomes: list[str] = Field(default_factory=list)
    light_outcomes: list[str] = Field(default_factory=list)
    # Endings of the participle opening an adjunct after a comma (", killing nine people", ",
    # faisant neuf morts"): right after a relative clause the adjunct goes on with that clause's
    # event ("the Norman Atlantic, which caught fire in December 2014, killing nine": the deaths
    # are of 2014), so the relative clause's scope runs to the adjunct's end.
    adjunct_endings: list[str] = Field(default_factory=list)
    # How a past participle is told in a language whose lemmatiser does not read them all: the
    # endings of its participles, the endings of the infinitives they stand for, and the
    # irregular endings it leaves as they are with their infinitive ("survenue" -> "survenir").
    # English needs none: its past forms are read by the event table ("built", "killed").
    participle_suffixes: list[str] = Field(default_factory=list)
    infinitive_endings: list[str] = Field(default_factory=list)
    participle_endings: dict[str, str] = Field(default_factory=dict)
    # Relative words of time after a comma ("in 2013, when an epidemic led to 1,219 cases",
    # "mars 2023, lorsque UBS avait repris Credit Suisse"): the clause they open tells what
    # happened at the time right before the comma, which dates its events.
    time_relatives: list[str] = Field(default_factory=list)
    # Quotation marks as pairs "open close" ("“ ”", '" "', "« »").
    quotes: list[str]
    # Fewer words than this between quotation marks are a quoted term ('a slight "tremor"',
    # 'to discuss "enhancing cooperation"'), part of the clause around it, not a statement.
    quote_min_words: int = Field(default=4, ge=1)
    # Aside marks as pairs ("( )", "— —").
    asides: list[str]
    # Relative words that open a restrictive relative clause about a person with no comma ("the man
    # who killed two people in 2004 was arrested on Tuesday"), and the words that end one: the
    # main clause's auxiliaries ("was", "has", "will"). A second past verb form ends it too.
    restrictive_relative: list[str] = Field(default_factory=list)
    restrictive_ends: list[str] = Field(default_factory=list)
    # Words opening an apposition between a subject and its verb ("The quake, the strongest in
    # a decade, struck on Sunday"): from the comma before one to the comma before the verb.
    apposition_openers: list[str] = Field(default_factory=list)
    # Relative words opening a restrictive relative clause of a noun with no comma ("a heatwave
    # that began last week"), after one of ``determiners`` and at most two more words, with a
    # past verb form or an auxiliary right after the relative word. Its time dates the noun's
    # event when the noun is one and the verb tells it happened, else nothing outside it.
    noun_relative: list[str] = Field(default_factory=list)
    determiners: list[str] = Field(default_factory=list)
    # Words opening a place phrase set off by commas between an event noun and its relative
    # clause ("a wildfire near Megara, west of Athens, which broke out on Sunday").
    place_openers: list[str] = Field(default_factory=list)
    # Conjunctions opening an adverbial clause after a comma that tells another event than the
    # main clause's, at another time or as its background ("ZHB said it had agreed to buy the bank,
    # as authorities scrambled to find a buyer before markets opened on Monday"): a scope of its own
    # to the next clause mark. Not "when" or "after", whose clause often dates the same event ("three
    # were killed, when a bus overturned on Monday"), nor "though", whose clause often goes on about
    # the same fact ("as high as $184 million, though later reports put it lower"); ``adverbial_not_before``: words after the
    # conjunction that make it no clause ("as well as", "as of", "as expected").
    adverbial: list[str] = Field(default_factory=list)
    adverbial_not_before: list[str] = Field(default_factory=list)
    examples: RuleExamples

    @field_validator("quotes", "asides")
    @classmethod
    def _pairs(cls, value: list[str]) -> list[str]:
        for pair in value:
            if len(pair.split()) != 2:
                raise ValueError(f"a mark pair is two marks separated by a space, got {pair!r}")
        return value


@dataclass(frozen=True)
class Enclosure:
    """An enclosed clause: ``kind`` is relative, quote or aside (or participial, apposition,
    adverbial, when); ``head`` the start of the event word a transparent relative clause dates
    (None when the clause is a scope of its own; for a clause of time, "when", its comma)."""

    start: int
    end: int
    kind: str
    head: int | None = None


@dataclass(frozen=True)
class Scopes:
    """The enclosed clauses of one sentence; a word's scope is the innermost one around it
    that is not transparent, or the sentence (-1)."""

    enclosures: tuple[Enclosure, ...] = ()

    def scope(self, position: int) -> int:
        found = -1
        for index, e in enumerate(self.enclosures):
            if e.head is None and e.start <= position < e.end:
                found = index  # enclosures are sorted by start: a later one inside is innermost
        return found

    def same(self, a: int, b: int) -> bool:
        """Whether the words starting at ``a`` and ``b`` stand in one scope: a time at one may date an event at the other."""
        return not self.enclosures or self.scope(a) == self.scope(b)

    def reaches(self, a: int, b: int) -> bool:
        """Whether a word at ``a`` may qualify one at ``b``: every scope around ``a`` also holds ``b``
        (a cue of the main clause qualifies a quoted fragment it introduces, 'agreed to "examine"',
        a cue inside a quotation never the statement around it)."""
        return all(e.start <= b < e.end for e in self.enclosures if e.head is None and e.start <= a < e.end)

    def headed_by(self, position: int) -> list[Enclosure]:
        """The transparent relative clauses that the event word at ``position`` heads."""
        return [e for e in self.enclosures if e.head == position]

    def heads_around(self, position: int) -> list[Enclosure]:
        """The transparent relative clauses around the word at ``position``: it tells their head
        event's occurrence or outcome ("the vote ..., which passed with 50.1 percent")."""
        return [e for e in self.enclosures if e.head is not None and e.start <= position < e.end]


NO_SCOPES = Scopes()


def said_day(time: Mention, scopes: Scopes) -> bool:
    """Whether a time is a day named without its date ("Tuesday", "yesterday": no digit in its
    words) inside a quotation: it counts from the day the speaker spoke, not from the article's
    publication, so resolving it against the publication would date the event wrongly."""
    value = time.value
    return (isinstance(value, TimeValue) and value.granularity == "day" and not any(ch.isdigit() for ch in time.text)
            and any(e.kind == "quote" and e.start <= time.start < e.end for e in scopes.enclosures))


class ClauseReader:
    """Finds the enclosed clauses of sentences of one language (rules compiled once)."""

    def __init__(self, rules: ClauseRules, lemma: Callable[[str], str], is_event: Callable[[str], bool],
                 is_past: Callable[[str], bool] = lambda word: False):
        self.rules = rules
        self.lemma = lemma
        self.is_event = is_event
        self.is_past = is_past  # a past verb form ("paid", "killed"): a clause's own verb, never in an apposition
        words = sorted(rules.relative, key=lambda w: (-len(w), w))
        alternation = "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in words)
        self._relative = re.compile(rf",\s+(?P<word>{alternation})(?![\w'’-])", re.IGNORECASE)
        self._time_relative = re.compile(rf",\s+(?:{'|'.join(re.escape(w) for w in rules.time_relatives)})(?![\w'’-])", re.IGNORECASE) \
            if rules.time_relatives else None
        # A clause opened by a comma and a participle of occurring: a relative clause without its
        # relative word ("le procès, ouvert le 12 janvier,", "the summit, held in Addis Ababa on Sunday,").
        self._reduced = re.compile(r",\s+(?P<word>[^\W\d_]+)(?![\w'’-])")
        self._occurrence_first = {o[0] for o in (tuple(x.lower().split()) for x in rules.occurrence)}
        self.refers = {w.lower(): r for w, r in rules.relative.items()}
        self.prepositions = {w.lower() for w in rules.head_prepositions}
        self.occurrence = [tuple(o.lower().split()) for o in rules.occurrence]
        self.outcomes = {w.lower() for w in rules.outcomes}
        self.light_outcomes = {w.lower() for w in rules.light_outcomes}
        self.adjunct_endings = tuple(e.lower() for e in rules.adjunct_endings)
        self.participle_suffixes = tuple(e.lower() for e in rules.participle_suffixes)
        self.infinitive_endings = tuple(e.lower() for e in rules.infinitive_endings)
        self.participle_endings = sorted(((k.lower(), v.lower()) for k, v in rules.participle_endings.items()), key=lambda kv: (-len(kv[0]), kv[0]))
        restrictive = sorted(rules.restrictive_relative, key=lambda w: (-len(w), w))
        self._restrictive = re.compile(rf"(?<=[^\W\d_])\s+(?:{'|'.join(re.escape(w) for w in restrictive)})(?![\w'’-])", re.IGNORECASE) \
            if restrictive else None
        self.restrictive_ends = {w.lower() for w in rules.restrictive_ends}
        self._noun_relative = re.compile(rf"(?<=[^\W\d_])\s+(?:{'|'.join(re.escape(w) for w in rules.noun_relative)})(?![\w'’-])",
                                         re.IGNORECASE) if rules.noun_relative else None
        self.determiners = {w.lower() for w in rules.determiners}
        self.place_openers = self.prepositions | {w.lower() for w in rules.place_openers}
        openers = sorted(rules.apposition_openers, key=lambda w: (-len(w), w))
        self._apposition = re.compile(rf",\s+(?:{'|'.join(re.escape(w) for w in openers)})(?![\w'’-])", re.IGNORECASE) \
            if openers else None
        quote_pairs = [p.split() for p in rules.quotes]
        aside_pairs = [p.split() for p in rules.asides]
        self._pairs = [(o, c, "quote") for o, c in quote_pairs] + [(o, c, "aside") for o, c in aside_pairs]
        marks = {m for o, c, _ in self._pairs for m in (o, c)}
        self._marks = re.compile("|".join(re.escape(m) for m in sorted(marks, key=lambda m: (-len(m), m)))) if marks else None
        # What closes a relative clause: the next clause mark (a comma between digits, "1,219", is none),
        # a dash between spaces, or any quote or aside mark.
        ends = ["[;:()]", r"(?<!\d),|,(?!\d)", r"\s[—–-]{1,2}\s"] + [re.escape(m) for m in sorted(marks)]
        self._clause_end = re.compile("|".join(ends))
        adverbial = "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in sorted(rules.adverbial, key=lambda w: (-len(w), w)))
        not_before = "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in rules.adverbial_not_before)
        self._adverbial = re.compile(rf",\s+(?:{adverbial})(?![\w'’-])" + (rf"(?!\s+(?:{not_before})(?![\w'’-]))" if not_before else ""),
                                     re.IGNORECASE) if adverbial else None

    def read(self, text: str, start: int, end: int, times: Sequence[Mention] = ()) -> Scopes:
        """The enclosed clauses of ``text[start:end]`` (one sentence); ``times``: its time mentions."""
        found = self._marked(text, start, end) + self._background_opening(text, start, end, times)
        for m in self._relative.finditer(text, start, end):
            closing = self._clause_end.search(text, m.end(), end)
            close = self._adjunct_end(text, closing.start(), end) if closing else end
            head = self._head(text, start, m.start(), m.end(), close, self.refers[" ".join(m.group("word").lower().split())])
            found.append(Enclosure(m.start(), close, "relative", head))
        found += self._reduced_relatives(text, start, end, {e.start for e in found})
        found += self._participials(text, start, end, {e.start for e in found})
        found += self._appositions(text, start, end)
        found += self._restrictive_relatives(text, start, end)
        found += self._noun_relatives(text, start, end)
        if self._time_relative is not None:  # ", when an epidemic ...": dated by the time before the comma (head: the comma)
            found += [Enclosure(m.start(), (c.start() if (c := self._clause_end.search(text, m.end(), end)) else end), "when", m.start())
                      for m in self._time_relative.finditer(text, start, end)]
        if self._adverbial is not None:  # ", as authorities scrambled ... on Monday": another event's time
            found += [Enclosure(m.start(), (c.start() if (c := self._clause_end.search(text, m.end(), end)) else end), "adverbial")
                      for m in self._adverbial.finditer(text, start, end)]
        if not found:
            return NO_SCOPES
        return Scopes(tuple(sorted(found, key=lambda e: (e.start, -e.end))))

    def _adjunct_end(self, text: str, close: int, end: int) -> int:
        """Where a relative clause closed at ``close`` ends once the participial adjunct right after
        it is read in (", killing at least nine people": the relative clause's event's toll), else
        ``close``. The adjunct's participle is an event word or a verb of outcome, in lower case."""
        adjunct = self._reduced.match(text, close, end) if self.adjunct_endings else None
        if adjunct is None:
            return close
        word = adjunct.group("word")
        lowered = word.lower()
        if word != lowered or not lowered.endswith(self.adjunct_endings) \
                or not (self.is_event(word) or self.lemma(word) in self.outcomes | self.light_outcomes):
            return close
        closing = self._clause_end.search(text, adjunct.end(), end)
        return closing.start() if closing else end

    def _reduced_relatives(self, text: str, start: int, end: int, taken: set[int]) -> list[Enclosure]:
        """Participle clauses of occurring right after an event noun ("Le procès, ouvert le 12
        janvier, a duré deux mois"): transparent relative clauses that date the noun's event.
        A participle clause after anything else (a person, a thing) is left to the clause around it."""
        found = []
        for m in self._reduced.finditer(text, start, end):
            if m.start() in taken or self.verb_lemma(m.group("word")) not in self._occurrence_first:
                continue
            closing = self._clause_end.search(text, m.end(), end)
            close = closing.start() if closing else end
            head = self._head(text, start, m.start(), m.start("word"), close, "any")
            if head is not None:
                found.append(Enclosure(m.start(), close, "relative", head))
        return found

    def verb_lemma(self, word: str) -> str:
        """The lemma of a word, an irregular participle the lemmatiser keeps ("survenue") read as
        its infinitive ("survenir")."""
        lowered = word.lower()
        lemma = self.lemma(lowered)
        if not self.infinitive_endings or (lemma != lowered and lemma.endswith(self.infinitive_endings)):
            return lemma
        if lemma != lowered:
            lemma = self.lemma(lemma)  # "peinte" -> "peint" (an adjective) -> "peindre"
        if lemma.endswith(self.infinitive_endings) and lemma != lowered:
            return lemma
        return next((lemma[: -len(e)] + infinitive for e, infinitive in self.participle_endings if lemma.endswith(e)), lemma)

    def is_participle(self, word: str) -> bool:
        """Whether a word is a past participle: a past form of the event table, or (in a language
        that lists its participles' endings) a word with one whose lemma is an infinitive."""
        if self.is_past(word):
            return True
        lowered = word.lower()
        if not self.participle_suffixes or not lowered.endswith(self.participle_suffixes):
            return False
        lemma = self.verb_lemma(lowered)
        return lemma != lowered and lemma.endswith(self.infinitive_endings)

    def background_opening(self, text: str, start: int, comma: int, time) -> bool:
        """Whether a sentence opens with a participle phrase dated by more than a day or a week
        ("Élu en 2021,", "Built in 1962,", "Construit en 2001 à Gênes,"): a background fact about
        the subject, whose time does not frame the main clause. A day ("Réuni en urgence samedi
        après-midi, le Conseil a décrété ...") is the main clause's circumstance and frames it."""
        first = WORD.search(text, start, comma)
        return first is not None and not text[start : first.start()].strip(" \"“«'‘(") and self.is_participle(first.group()) \
            and getattr(time, "granularity", "day") not in ("day", "week")

    def _background_opening(self, text: str, start: int, end: int, times: Sequence[Mention]) -> list[Enclosure]:
        """A participle phrase opening the sentence up to its first comma and dated by more than a
        day or a week ("Élu en 2021, le président a été renversé", "Built in 1962, the bridge
        collapsed", "Construit en 2001 à Gênes, le navire"): a background fact about the subject, a
        scope of its own (its time dates neither the main clause nor frames it). A day ("Réuni
        en urgence samedi après-midi, le Conseil a décrété ...") is the main clause's
        circumstance: no scope, the time frames the sentence as any opening time."""
        first = WORD.search(text, start, end)
        if first is None or text[start : first.start()].strip(" \"“«'‘(") or not self.is_participle(first.group()):
            return []
        closing = self._clause_end.search(text, first.end(), end)
        if closing is None or closing.group() != ",":
            return []
        dated = [t for t in times if first.start() <= t.start and t.end <= closing.start()]
        if dated and all(getattr(t.value, "granularity", "day") not in ("day", "week") for t in dated):
            return [Enclosure(first.start(), closing.start(), "participial")]
        return []

    def _participials(self, text: str, start: int, end: int, taken: set[int]) -> list[Enclosure]:
        """Participial appositions: a participle clause set off by commas after a noun ("Le tableau,
        découvert il y a trois ans près d'Angers, a été adjugé mercredi", "the bridge, built in 1962,
        collapsed") or opening the sentence up to its first comma ("Construit en 2001 à Gênes, le
        navire ..."). Each tells another event than the main clause, at its own time: a scope of
        its own (the transparent ones of occurring after an event noun are read above). After a
        participle or an auxiliary (", transférés sur un autre navire, et débarqués samedi") the
        clause goes on with one subject's verbs and is no apposition; nor is one that ends the
        sentence (an adjunct after the main clause: its time is read as any clause's). Only one
        between the sentence's subject (no verb form before it) and its verb (an auxiliary or a
        past form right after the closing comma) counts: elsewhere a past form after a comma may be
        the clause's own verb ("Mali's leader, Assimi Goita, hosted the officials ...")."""
        found = []
        for m in self._reduced.finditer(text, start, end):
            word = m.group("word")
            if m.start() in taken or not word.islower() or word in self.restrictive_ends or not self.is_participle(word):
                continue
            before = [w.group() for w in WORD.finditer(text, start, m.start())]
            if not before or any(self.is_participle(w) or w.lower() in self.restrictive_ends for w in before):
                continue
            closing = self._clause_end.search(text, m.end(), end)
            verb = WORD.search(text, closing.end(), end) if closing is not None and closing.group() == "," else None
            if verb is not None and not text[closing.end() : verb.start()].strip() \
                    and (verb.group().lower() in self.restrictive_ends or self.is_past(verb.group())):
                found.append(Enclosure(m.start(), closing.start(), "participial"))
        return found

    def _restrictive_relatives(self, text: str, start: int, end: int) -> list[Enclosure]:
        """Restrictive relative clauses about a person ("the man who killed two people in 2004 was
        arrested"): from the relative word to the main clause's auxiliary or second past verb
        form, else to the next clause mark. A time inside dates only the relative clause's event."""
        if self._restrictive is None:
            return []
        found = []
        for m in self._restrictive.finditer(text, start, end):
            if text[max(start, m.start() - 1) : m.start()].strip() in (",",):
                continue  # ", who" is a relative clause of its own (read above)
            found.append(Enclosure(m.start(), self._restrictive_close(text, m.end(), end), "relative"))
        return found

    def _restrictive_close(self, text: str, start: int, end: int) -> int:
        """Where a restrictive relative clause opened at ``start`` ends: before the main clause's
        auxiliary or second past verb form, else at the next clause mark."""
        closing = self._clause_end.search(text, start, end)
        close = closing.start() if closing else end
        pasts = 0
        for index, word in enumerate(WORD.finditer(text, start, close)):
            lowered = word.group().lower()
            if index > 0 and lowered in self.restrictive_ends:
                return word.start()
            if self.is_past(lowered):
                pasts += 1
                if pasts == 2:
                    return word.start()
        return close

    def _noun_relatives(self, text: str, start: int, end: int) -> list[Enclosure]:
        """Restrictive relative clauses of a noun ("the hottest day of a heatwave that began last
        week"): a determiner, at most two more words, the relative word, then a verb. "Said that
        ..." (no determiner) and "the fact that the army ..." (no verb) are no such clause. The
        clause dates its noun's event when the noun is one and its verb tells that the event
        happened ("a wildfire that broke out on Sunday"); otherwise it keeps its time to itself."""
        if self._noun_relative is None:
            return []
        found = []
        for m in self._noun_relative.finditer(text, start, end):
            before = list(WORD.finditer(text, max(start, m.start() - 60), m.start()))[-4:]
            verb = WORD.search(text, m.end(), end)
            determiner = next((w for w in reversed(before[:-1]) if w.group().lower() in self.determiners), None)
            if (determiner is None or verb is None or re.search(r"[^\w\s'’-]", text[determiner.end() : m.start()])
                    or not (self.is_past(verb.group().lower()) or verb.group().lower() in self.restrictive_ends)):
                continue
            close = self._restrictive_close(text, m.end(), end)
            noun = before[-1]
            head = noun.start() if self.is_event(noun.group()) and self._occurs(text, m.end(), close) else None
            found.append(Enclosure(m.start(), close, "relative", head))
        return found

    def _appositions(self, text: str, start: int, end: int) -> list[Enclosure]:
        """Appositions between a subject and its verb: ", the strongest in a decade," closed by a
        comma that a lower-case event word follows ("struck"). A time inside describes the
        subject ("in a decade") and dates no event outside; a phrase that ends at the sentence's
        end, before a name ("a day after the vote, Smith said") or holds a past verb form ("In
        December, a delegation paid a visit, indicating ...": a clause) is no apposition."""
        if self._apposition is None:
            return []
        found = []
        for m in self._apposition.finditer(text, start, end):
            words = list(WORD.finditer(text, m.end(), end))[:_APPOSITION_WORDS + 1]
            for index, word in enumerate(words[1:], 1):
                between = text[words[index - 1].end() : word.start()]
                if any(mark in between for mark in ";:()\"“”") or self.is_past(words[index - 1].group()):
                    break
                if "," in between:
                    if word.group()[:1].islower() and self.is_event(word.group()):
                        found.append(Enclosure(m.start(), words[index - 1].end(), "apposition"))
                    break
        return found

    def _marked(self, text: str, start: int, end: int) -> list[Enclosure]:
        """Quotations and asides between marks. A mark that opens and closes alike (a straight
        quote, a dash) opens when a word follows it and closes otherwise."""
        if self._marks is None:
            return []
        found: list[Enclosure] = []
        open_at: dict[int, int] = {}  # pair index -> where it opened
        for m in self._marks.finditer(text, start, end):
            mark = m.group()
            for index, (o, c, kind) in enumerate(self._pairs):
                if mark not in (o, c):
                    continue
                if o != c:
                    opening = mark == o
                elif kind == "quote":
                    opening = self._opens(text, m.start(), m.end(), end)
                else:
                    opening = index not in open_at  # a dash: the first of two opens
                if opening and index not in open_at:
                    open_at[index] = m.start()
                elif mark == c and index in open_at:
                    found.append(Enclosure(open_at.pop(index), m.end(), kind))
                elif mark == c and kind == "quote":
                    found.append(Enclosure(start, m.end(), kind))  # the quotation opened in an earlier sentence
                break
        found += [Enclosure(at, end, self._pairs[index][2]) for index, at in open_at.items() if self._pairs[index][2] == "quote"]
        return [e for e in found if self._encloses(text, e)]

    def _encloses(self, text: str, e: Enclosure) -> bool:
        """Whether marked text is a clause of its own: a quotation of a few words is a quoted term
        and an aside naming no event ("(1023 GMT)") belongs to the clause around it."""
        words = [w.group() for w in WORD.finditer(text, e.start, e.end)]
        if e.kind == "quote":
            return len(words) >= self.rules.quote_min_words
        return any(self.is_event(w) for w in words)

    @staticmethod
    def _opens(text: str, mark_start: int, mark_end: int, end: int) -> bool:
        before = text[mark_start - 1] if mark_start > 0 else " "
        after = text[mark_end] if mark_end < end else " "
        return (before.isspace() or before in "([") and not after.isspace() and after not in ",.;:!?"

    def _head(self, text: str, start: int, comma: int, clause_start: int, clause_end: int, refers: str) -> int | None:
        """Where the event word a relative clause dates starts, or None when the clause keeps its
        time to itself (it is about a person or place, follows no event word, or tells another event)."""
        if refers != "any" or not (self._occurs(text, clause_start, clause_end) or self._tells_outcome(text, clause_start, clause_end)):
            return None
        words = list(WORD.finditer(text, max(start, comma - 80), comma))[-_WORDS_TO_HEAD:]
        if not words:
            return None
        for index in range(len(words) - 1, -1, -1):
            word = words[index]
            if self.is_event(word.group()):
                after = words[index + 1].group().lower() if index + 1 < len(words) else None
                if after is None or after in self.prepositions:
                    return word.start()
                return None
            if word.group().lower() in self.restrictive_ends or self.is_past(word.group()):
                return None  # a verb stands between: "the fire in recent years WAS aboard the X, which"
            # a place phrase set off by commas may stand between ("a wildfire near Megara, west of Athens, which")
            gap = text[word.end() : words[index + 1].start() if index + 1 < len(words) else comma]
            if any(mark in gap for mark in ";:()") or ("," in gap and (index + 1 == len(words)
                                                                    or words[index + 1].group().lower() not in self.place_openers)):
                return None
        return None

    def _tells_outcome(self, text: str, start: int, end: int) -> bool:
        """Whether a verb of outcome stands among the first words of the clause, or a light one
        with an event word after it ("qui avait fait au moins neuf morts")."""
        words = list(WORD.finditer(text, start, end))
        for index, word in enumerate(words[:_WORDS_TO_VERB + 1]):
            lemma = self.verb_lemma(word.group())
            if lemma in self.outcomes or (lemma in self.light_outcomes and any(self.is_event(w.group()) for w in words[index + 1 : index + 5])):
                return True
        return False

    def _occurs(self, text: str, start: int, end: int) -> bool:
        """Whether a verb of occurring stands among the first words of the clause."""
        lemmas = [self.verb_lemma(w.group()) for w in list(WORD.finditer(text, start, end))[:_WORDS_TO_VERB + 1]]
        return any(tuple(lemmas[i : i + len(o)]) == o for o in self.occurrence for i in range(len(lemmas)))


def clause_rules(rules, language: str) -> ClauseRules | None:
    """The clause rules of a language (the last file wins), English when it has none."""
    files = [f for f in rules.get("clause_rules", language) if f.language == language] or \
        [f for f in rules.get("clause_rules", "en") if f.language == "en"]
    return files[-1] if files else None
