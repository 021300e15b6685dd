"""Clauses told as possible, not as done: what may, could or should happen, what is asked, what
happens only on a condition, and what someone wants, tries or is asked to do.

A news sentence reports an event only when its clause asserts it. "U.S. consumers could find
tariff-free products elsewhere", "only if he drops his price", "Could they swoop in with an
overwhelming offer?" and "a company that's willing to pay for the eyeballs" report no finding,
dropping or paying. Such claims keep their words and get the modality "possible", which
comparison never counts as a report of the event (no agreement, contradiction or single-source
finding rests on one).

The cues are data (``rules/<lang>/events/cues.yaml``): ``possible`` (modal auxiliaries,
conditions, doubt) qualifies the event words after it in its clause, as the other modality
cues do; ``question`` is the stretch of a sentence that ends in "?"; ``infinitive`` is the
marker of a to-infinitive, whose verb is possible unless ``to_asserted`` (an implicative head:
"managed to", "went on to"; an emotion about what is so: "excited to be hosting"; a directive,
whose event is the order: "asked airlines to cut"; or a head that makes "to" a preposition:
"went to war") or a cue of another modality or of negation ("expected to", "plans to", "failed
to") ends at its marker. After ``to_intended`` (will, attempt, choice: "seeks to strengthen",
"attempted to escape", "picked to host") the infinitive's verb is planned, an intention that
comparison may set against another plan.
"""

from __future__ import annotations

from typing import Callable

from .claim_rules import ClaimCues
from .cue_scan import _CueScanner


class SentenceModality:
    """The cues of one sentence that make its event words possible."""

    __slots__ = ("cues", "questions", "infinitives")

    def __init__(self, cues: list[tuple[int, int]], questions: list[tuple[int, int]],
                 infinitives: dict[int, tuple[str, bool]]):
        self.cues = cues  # (start, end) of each modal, conditional or doubting cue
        self.questions = questions  # (start, end) of each stretch that ends in "?"
        # Where the verb of a to-infinitive not told as done starts -> (its modality, whether an
        # auxiliary stands before it: "to be disciplined", any form is the verb; after a bare
        # "to" only a verb's base form is).
        self.infinitives = infinitives

    def of(self, clause_start: int, start: int, end: int, verb: bool,
           reaches: Callable[[int, int], bool] = lambda a, b: True) -> str | None:
        """The modality ("possible", "planned") the sentence gives the event word at
        ``start``-``end``, or None: possible when a cue stands before it in its clause (and
        reaches it: not from inside another quotation) or a question holds it; the infinitive's
        when it is the verb of a to-infinitive (``verb``: the word is a verb's base form, not a
        noun after the preposition "to")."""
        if any(clause_start <= a and b <= start and reaches(a, start) for a, b in self.cues) \
                or any(a <= start and end <= b for a, b in self.questions):
            return "possible"
        modality, aux = self.infinitives.get(start, (None, False))
        return modality if verb or aux else None


NOTHING_POSSIBLE = SentenceModality([], [], {})


class PossibleReader:
    """Finds, once per sentence, the cues that make its event words possible."""

    def __init__(self, cues: ClaimCues, other_scanners: dict[str, _CueScanner]):
        """``other_scanners``: the claim stage's scanners of the modality and negation cues
        (``expected``, ``planned``, ``negation``) that govern a to-infinitive of their own."""
        self.possible = _CueScanner(cues.possible) if cues.possible is not None else None
        self.question = _CueScanner(cues.question) if cues.question is not None else None
        self.infinitive = _CueScanner(cues.infinitive) if cues.infinitive is not None else None
        heads = [_CueScanner(cues.to_asserted)] if cues.to_asserted is not None else []
        self.heads = heads + [other_scanners[name] for name in ("expected", "planned", "negation") if name in other_scanners]
        self.intended = _CueScanner(cues.to_intended) if cues.to_intended is not None else None
        # The last text read, with each sentence's result: the claim stage reads a sentence with
        # closed-kind triggers twice (its triggers, then its other event words). Replaced as a
        # whole, so threads sharing a reader never mix documents.
        self._memo: tuple[str, dict[tuple[int, int, bool], SentenceModality]] | None = None

    def sentence(self, text: str, folded: str | None, start: int, end: int) -> SentenceModality:
        memo = self._memo
        if memo is None or memo[0] is not text:
            memo = self._memo = (text, {})
        key = (start, end, folded is None)
        found = memo[1].get(key)
        if found is None:
            found = memo[1][key] = self._sentence(text, folded, start, end)
        return found

    def _sentence(self, text: str, folded: str | None, start: int, end: int) -> SentenceModality:
        if self.possible is None and self.question is None and self.infinitive is None:
            return NOTHING_POSSIBLE
        cues = [(m.start(), m.end()) for m in self.possible.finditer(text, folded, start, end)] if self.possible else []
        questions = [(m.start(), m.end()) for m in self.question.finditer(text, folded, start, end)] if self.question else []
        infinitives: dict[int, tuple[str, bool]] = {}
        markers = self.infinitive.finditer(text, folded, start, end) if self.infinitive else []
        if markers:
            # A head's cue ends at the marker's "to" ("managed to", "expected to", "failed to").
            head_ends = {m.end() for scanner in self.heads for m in scanner.finditer(text, folded, start, end)}
            intended = {m.end() for m in self.intended.finditer(text, folded, start, end)} if self.intended else set()
            for m in markers:
                if not any(m.start() < e <= m.end() for e in head_ends):
                    modality = "planned" if any(m.start() < e <= m.end() for e in intended) else "possible"
                    infinitives[m.end()] = (modality, "aux" in m.re.groupindex and m.group("aux") is not None)
        if not cues and not questions and not infinitives:
            return NOTHING_POSSIBLE
        return SentenceModality(cues, questions, infinitives)
