"""Facts told as states, and results told as the object of a verb of reporting.

News tells much of what happened as the state it left: "rescuers are on the scene", "two
men are in custody", "the alarm had been out of order for two weeks", "le blessé est dans un
état grave", "la ligne est hors service". No event word stands in such a sentence, so it made
no claim, and two sources telling the same state (or different ones) were never compared. A
state is the result of an event, and names that event's class: being in custody is the
outcome of an arrest, being in critical condition of an injury, being on the scene of a
deployment. After a copula ("is", "remains", "stayed", "est", "reste", "demeure"), a state
phrase of the table (``rules/<lang>/events/states.yaml``) is an event word of its class, so it
meets "were arrested", "was seriously injured", "were deployed" and the French accounts.

A company's or an agency's results are told the same way: "the bank reported a loss of
2.3 billion francs", "posted a profit of", "a enregistré une perte de", "the losses amount to
25 million", "le déficit s'élève à 4 millions". The measure (``measures`` in the language's
``classes.yaml``: a loss, a profit, revenue, a deficit) is the fact and carries the figure;
the verb of reporting only says who tells it (the sentence's attribution keeps the reporter),
and a verb of amount ("amounts to", "represents", "s'élève à") names no event at all. Such a
measure noun is an event word of the measure's class when it is the object of a verb of
reporting results (``result_verbs``), or the subject of a verb of amount (``amounts``); the
reporting verb then makes no claim of its own beside it.
"""

from __future__ import annotations

import bisect
import re
from pydantic import Field, field_validator

from ..models import Mention, QuantityValue
from ..rules import RuleExamples, RuleFile, RulePack, compile_regex, rule_kind
from .lexicon import WORD, EventWord, Lexicon
from .quantity_clauses import figure_clause

_FLAGS = re.IGNORECASE
_CLAUSE_BREAK = re.compile(r"[,;:.!?()«»\"“”—–]")
_OBJECT_WORDS = 3  # words between a verb of reporting results and its measure ("a net loss", "a pre-tax loss")
_TIME_WORDS = 2  # words between such a verb and its object's determiner ("reported on Monday a loss")
_AMOUNT_WORDS = 3  # words between a measure and its verb of amount ("the losses so far amount to"), or the verb and its figure
_AMOUNT_REACH = 80  # characters before a figure in which its verb of amount is looked for


@rule_kind("event_states")
class EventStates(RuleFile):
    """States that name the event that brought them about, and the verbs that report a measure
    (see :mod:`.states`)."""

    # Copulas and verbs of remaining, as written ("is", "remains", "stayed", "est", "restera"),
    # and the adverbs that may stand after one ("still", "now", "toujours").
    copulas: list[str]
    adverbs: list[str] = Field(default_factory=list)
    # Event class -> state phrases after a copula (regexes, no named groups).
    states: dict[str, list[str]]
    # Lemmas of the verbs whose object is a measure of the subject's own ("report", "post",
    # "enregistrer"; a form the lemmatiser reads as a noun as written: "estime", "affiche"), and
    # the verbs of amount after a measure (regexes: "amounts? to").
    result_verbs: list[str] = Field(default_factory=list)
    amounts: list[str] = Field(default_factory=list)
    # Words that open a statement after such a verb ("reported that the loss ..."): what follows
    # is a clause, not the verb's object.
    statement_openers: list[str] = Field(default_factory=list)
    # What may follow a reported measure ("a loss of", "a profit for the year", "une perte de"),
    # besides a mark or a figure: another word makes the measure a modifier ("put a production
    # version on sale").
    complements: list[str] = Field(default_factory=list)
    # Figure events (rules/<lang>/quantities.yaml) that tell a level -> the class of the claim such
    # a figure makes when nothing else in its clause tells an event ("1,124 passengers were on
    # board", "transportait 1 042 passagers": a level of people aboard, see `level_words`).
    levels: dict[str, str] = Field(default_factory=dict)
    # Lemmas of verbs that only carry a level's figure ("reached 41.6C", "hit a record 42.1 °C",
    # "a dépassé les 41 °C", "stood at"): beside a level's figure they tell no event of their own,
    # and the level's word takes their place.
    level_verbs: list[str] = Field(default_factory=list)
    # Level classes a story tells of its one thing (the people aboard its ship, its lot's
    # estimate, not a temperature, which differs by place): two articles of one story that each
    # give one value of such a level are compared without a shared day or figure.
    story_levels: list[str] = Field(default_factory=list)
    # State class -> the figure event a bare count of its claim is: "150 000 foyers étaient privés
    # de courant", "40,000 homes are without power" count homes without power, a level.
    state_levels: dict[str, str] = Field(default_factory=dict)
    examples: RuleExamples

    @field_validator("states")
    @classmethod
    def _state_patterns(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for patterns in value.values():
            for pattern in patterns:
                if compile_regex(pattern, _FLAGS).groupindex:
                    raise ValueError(f"a state phrase has no named group: {pattern!r}")
        return value

    @field_validator("amounts")
    @classmethod
    def _amount_patterns(cls, value: list[str]) -> list[str]:
        for pattern in value:
            compile_regex(pattern, _FLAGS)
        return value


class StateReader:
    """The compiled state phrases and verbs of reporting results of one language."""

    def __init__(self, files: list[EventStates]):
        self.classes = [name for f in files for name, patterns in sorted(f.states.items()) for _ in patterns]
        phrases = [p for f in files for _, patterns in sorted(f.states.items()) for p in patterns]
        copulas = sorted({w.lower() for f in files for w in f.copulas}, key=lambda w: (-len(w), w))
        self.copulas = set(copulas)
        adverbs = sorted({w.lower() for f in files for w in f.adverbs}, key=lambda w: (-len(w), w))
        self.states = None
        if phrases and copulas:
            adverb = rf"(?:(?:{'|'.join(map(re.escape, adverbs))})\s+){{0,2}}" if adverbs else ""
            alternatives = "|".join(f"(?P<s{i}>{p})" for i, p in enumerate(phrases))
            self.states = re.compile(rf"\b(?:{'|'.join(map(re.escape, copulas))})\s+{adverb}(?:{alternatives})\b", _FLAGS)
        self.result_verbs = {w.lower() for f in files for w in f.result_verbs}
        self.statement_openers = {w.lower() for f in files for w in f.statement_openers}
        self.complements = {w.lower() for f in files for w in f.complements}
        amounts = [p for f in files for p in f.amounts]
        self.amounts = re.compile("|".join(f"(?:{p})" for p in amounts), _FLAGS) if amounts else None
        self.levels = {event: name for f in files for event, name in f.levels.items()}
        self.level_verbs = {w.lower() for f in files for w in f.level_verbs}
        self.level_classes = frozenset(self.levels.values())
        self.state_levels = {name: event for f in files for name, event in f.state_levels.items()}

    def counted(self, event_class: str, figure: QuantityValue) -> QuantityValue:
        """A claim's figure as its state counts it: a bare count ("150 000 foyers") of a state's
        claim ("étaient privés de courant") is the level of that state (``state_levels``)."""
        event = self.state_levels.get(event_class)
        if event is None or figure.event is not None or figure.unit != figure.noun:
            return figure
        return figure.model_copy(update={"event": event})

    def level_words(self, text: str, sentence: tuple[int, int], words: list[EventWord], figures: list[Mention], cuts: list[int],
                    taken: list[tuple[int, int]], lexicon: Lexicon) -> list[EventWord]:
        """``words`` with an event word for each level its figures tell that no event word of their
        clause tells: "1,124 passengers and 96 crew were on board", "Le navire transportait 1 042
        passagers", "reached 41.6C" give a claim of the level's class (``levels``), its figures the
        level at a time. A verb of the figure's clause up to its semicolon, colon or dash (other
        than a verb of saying or one that carries the figure: "a Hercules carrying 12 tonnes of
        tents, water and kits has landed"), or a closed kind's trigger in the sentence (which
        reads the figures of its whole sentence: "was carrying 42 people when it capsized") keeps
        the figures there; an event noun does not ("estimated before the sale at 800,000
        euros"). One word per level and clause is made, at its first figure, and the clause's
        other figures of that level join it (see ``OpenClaimReader._measure_fit``)."""
        reporting = lexicon.reporting

        def tells_another(w: EventWord, lo: int, hi: int) -> bool:
            if w.event_class in reporting or w.lemma in self.level_verbs:
                return False
            return lo <= w.start < hi and not lexicon.is_event_noun(text[w.start : w.end])

        added: list[EventWord] = []
        carriers: set[int] = set()  # id() of the verbs that only carried a level's figure
        for m in figures:
            event = getattr(m.value, "event", None)
            name = self.levels.get(event) if event else None
            if name is None:
                continue
            clause = bisect.bisect_right(cuts, m.start)
            if any(w.event_class == name and not any(min(w.start, m.start) < o.start < max(w.end, m.end) for o in words)
                   for w in added):
                continue  # "1,124 passengers and 96 crew": one level, its figures coordinated
            own = [w for w in words + added if bisect.bisect_right(cuts, w.start) == clause]
            lo, hi, _ = figure_clause(text, m.start, m.end, *sentence)
            if taken or any(w.event_class == name for w in own) or any(tells_another(w, lo, hi) for w in words):
                continue
            added.append(EventWord(m.start, m.end, event, name))
            carriers.update(id(w) for w in own if w.lemma in self.level_verbs)
        if not added:
            return words
        return sorted([w for w in words if id(w) not in carriers] + added, key=lambda w: (w.start, w.end))

    def words(self, text: str, start: int, end: int, found: list[EventWord], lexicon: Lexicon) -> list[EventWord]:
        """``found`` (the event words the lexicon read between ``start`` and ``end``) with the
        states and the reported measures of the span, in text order."""
        added: list[EventWord] = []
        dropped: set[tuple[int, int]] = set()
        if self.states is not None:
            for m in self.states.finditer(text, start, end):
                group = m.lastgroup
                a, b = m.span(group)
                # The phrase is the state, not the words in it ("out of service" is no service,
                # "entre la vie et la mort" no death); a word across its edge is another event.
                if not any(w.start < b and a < w.end and not (a <= w.start and w.end <= b) for w in found):
                    added.append(EventWord(a, b, " ".join(m.group(group).lower().split()), self.classes[int(group[1:])]))
                    dropped.add((a, b))
        if lexicon.measures and (self.result_verbs or self.amounts is not None):
            for noun, lemma, verb in self._measures(text, start, end, lexicon):
                if any(w.start < noun.end() and noun.start() < w.end for w in found + added):
                    continue
                added.append(EventWord(noun.start(), noun.end(), lemma, lexicon.measures[lemma]))
                if verb is not None:
                    dropped.add(verb)
        if not added:
            return found
        kept = [w for w in found if not any(a <= w.start and w.end <= b for a, b in dropped)]
        return sorted(kept + added, key=lambda w: (w.start, w.end))

    def _measures(self, text: str, start: int, end: int, lexicon: Lexicon):
        """(noun match, measure lemma, span of its verb of reporting or None) for every measure
        noun of the span that is the object of a verb of reporting results or the subject of a
        verb of amount."""
        words = list(WORD.finditer(text, start, end))
        for index, noun in enumerate(words):
            lemma = lexicon.lemma(noun.group().replace("’", "'").split("'")[-1])
            if lemma not in lexicon.measures:
                continue
            verb = self._reporting_verb(text, words, index, lexicon) if self._closes_object(text, words, index, end) else None
            if verb is not None:
                yield noun, lemma, verb
            elif self.amounts is not None and self._amount_after(text, noun.end(), end):
                yield noun, lemma, None

    def _reporting_verb(self, text: str, words: list[re.Match], index: int, lexicon: Lexicon) -> tuple[int, int] | None:
        """The span of the verb of reporting results whose object the measure ``words[index]``
        is: a few words before it, the first of them a determiner ("reported a net loss", "a
        enregistré une perte", "affiche un déficit"), no clause mark between."""
        noun = words[index]
        elided, mark, _ = noun.group().replace("’", "'").rpartition("'")
        for back in range(index - 1, max(-1, index - 2 - _OBJECT_WORDS - _TIME_WORDS), -1):
            verb = words[back]
            if _CLAUSE_BREAK.search(text, verb.end(), noun.start()):
                return None
            if verb.group().lower() not in self.result_verbs and lexicon.word_lemma(verb.group()) not in self.result_verbs:
                continue
            if back and lexicon.noun_position(words[back - 1].group().lower()):
                continue  # a noun ("Bowe's record was a loss", "a record profit"), no verb of reporting
            between = [w.group().lower().replace("’", "'").split("'")[0] for w in words[back + 1 : index]] \
                + ([elided.lower()] if mark else [])
            # The object's determiner, after at most a time or an adverb ("a annoncé mardi une perte").
            if between and (between[0] in self.statement_openers or any(word in self.copulas for word in between)):
                return None  # a statement ("reported that the loss"), or the measure is a predicate ("was a loss")
            opener = next((at for at, word in enumerate(between) if word in lexicon.object_markers), None)
            if opener is not None and opener <= _TIME_WORDS and len(between) - opener <= _OBJECT_WORDS:
                return verb.start(), verb.end()
        return None

    def _closes_object(self, text: str, words: list[re.Match], index: int, end: int) -> bool:
        """Whether the measure ``words[index]`` ends its noun phrase: a mark, a figure, the end of
        the span or a complement (``complements``) follows it."""
        rest = text[words[index].end() : end].lstrip()
        if not rest or not rest[0].isalpha():
            return True
        following = words[index + 1].group().lower().replace("’", "'").split("'")[0] if index + 1 < len(words) else ""
        return following in self.complements

    def amount_subject(self, text: str, figure_start: int, sentence_start: int, words: list[EventWord], cuts: list[int],
                       reporting: set[str]) -> tuple[int, int] | None:
        """The span of the event word a figure given by a verb of amount belongs to: the first
        event word of the verb's clause before it, its subject ("les dégâts causés par l'incendie
        s'élèvent à 3 millions d'euros" are the damage's, not the fire's; "the stolen objects have
        been valued at 2.5 million euros, the province said" the theft's, not the saying's), or
        None when no verb of amount gives the figure."""
        if self.amounts is None:
            return None
        verb = None
        for verb in self.amounts.finditer(text, max(sentence_start, figure_start - _AMOUNT_REACH), figure_start):
            pass
        if verb is None:
            return None
        gap = text[verb.end() : figure_start]
        if _CLAUSE_BREAK.search(gap) or len(gap.split()) > _AMOUNT_WORDS:
            return None
        clause = max([c for c in cuts if c <= verb.start()], default=sentence_start)
        before = [w for w in words if w.end <= verb.start() and w.event_class not in reporting]
        # The verb's own clause, else (its subject set apart by an apposition: "The stolen objects,
        # a cross and two chalices, have been valued at") the sentence's opening.
        subject = [w for w in before if clause <= w.start] or [w for w in before if sentence_start <= w.start]
        return (subject[0].start, subject[0].end) if subject else None

    def _amount_after(self, text: str, position: int, end: int) -> bool:
        """Whether a verb of amount follows a measure noun in its clause, a few words at most
        between ("the losses amount to", "le préjudice total s'élève à")."""
        for m in self.amounts.finditer(text, position, min(end, position + 80)):
            gap = text[position : m.start()]
            return not _CLAUSE_BREAK.search(gap) and len(gap.split()) <= _AMOUNT_WORDS
        return False


def state_readers(rules: RulePack, languages) -> dict[str, StateReader]:
    """One reader per language with a states table of its own."""
    out = {}
    for language in languages:
        files = [f for f in rules.get("event_states", language) if f.language == language]
        if files:
            out[language] = StateReader(files)
    return out
