"""One source asserts what another denies: a contradiction on whether an event happened.

"A ransom was paid" against "No ransom was paid", "Okafor has resigned" against "Okafor denied
that he had resigned": the same predicate (one event class) told as done by one source and
negated or denied by another is what a fact-checker wants first, since a denial by a party is
often the only answer to what an outlet reports. A negated account is compared with the
accounts told as done that it would join as one occurrence (the same class, the same rare
participants, compatible times: the grouping's own evidence, see ``open_events``); a source
that tells the event and also negates it (a detail, a quoted denial it then refutes) denies
nothing against itself.

A denial may tell the event from the other side ("Residents had warned Kivu Gold" / "Kivu Gold
denied receiving any warning"; "Veltra paid the hackers" / "the hackers received nothing"): an
act and its converse are one event seen from its two parties (``converse``, rules/compare.yaml:
send / receive, pay / be paid, give / receive), so a negated account is also compared with the
told accounts of its converse classes, whose participants are the same people in swapped roles
(the grouping's evidence reads participants without their roles). When the denied act is a
receiving whose object is itself an event word ("denied receiving any warning", "a nié avoir reçu
le moindre avertissement"), the object's event (the warning) is denied too.

A party's denial answers what another outlet reports, so it is weighed as an answer, not as a
second report of the event (``answers``): the grouping's evidence asks two reports of one event
to name nothing the other article ignores and to share rare participants, while a denial names
its own speaker ("said its spokesman Tom Reddy") and the report its source ("a security source
told the Gazette"), and is often made in the denier's name only ("It denied", "the ministry
denied local media reports"). A denied account (a denial cue, not a plain negation) that joins
no group therefore also meets the told account of its own class, from another source of the
same story (the articles' names alike, ``SAME_STORY``, or the told one's article naming a person
the denial stands for) or sharing a named participant with it, that restates most words of the
denied clause, at least one ("denied reports that guards had been paid to leave a gate unlocked"
and "guards were paid to leave a gate unlocked"; "emergency liquidity" and "liquidités
d'urgence"), unless they name different people, happen in different places below the country or
at times that cannot be one: an undated denial ("denied that the officer had been the subject of
a complaint") denies the event whenever the report dates it (2023).

A denial is narrow: it negates the first event word after it ("denied the charges throughout
the trial" denies the charges, not the trial), or in a denied clause ("that", "que") the
clause's verb, the event word right after an auxiliary or a copula (``verb_group``: "denied
that the fire detection system had been out of order", "dément que le système de détection
d'incendie ait été en panne": the failure is denied, the fire of the subject granted); and what
it names after that word belongs to it
("denied that the meeting had discussed the Burkina Faso crisis" denies that topic, not a
meeting "to discuss border security"): a told account meets it only when its article uses
every name of the denied clause, in its spelling, without its accents or as the entity it names
in another language ("Anvers", "Antwerp"). A denied clause's subject is the thing the denial
is about when its verb is the denied word: a told account of one language must tell it of the
same thing ("denied that the lift doors had been out of order" is no answer to "the backup
generators had been out of order"), and the words of a subject both tell count as restated
("the transformers had been reported faulty", "Trois transformateurs ... avaient été signalés
défaillants"), so that a denial answers a report that names nobody.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from typing import Callable

from ..calendar_words import calendar_names
from ..models import EntityValue, Finding
from .labels import event_words, make_finding, name_list, quote, time_label
from .referents import SAME_STORY
from .resemblance import Resemblance
from .timed_union import overlap

_CLAUSE_END = re.compile(r"[,;:.!?()«»\"“”]")
_NAME = re.compile(r"[^\W\d_][\w'’-]*")  # a word as ``resemblance.words_of`` reads one
_LAST_WORD = re.compile(r"([\w'’-]+)\W*$")
_LETTERS = re.compile(r"[^\W\d_]+")  # words split at apostrophes: "d'incendie" is "d", "incendie"


@dataclass(frozen=True)
class ClauseWords:
    """The words of a language that shape a denied clause (``denial_words``): ``opener``, one
    pattern of the words that start one ("that", "que", "qu'"), and ``verb_group``, the words
    before its verb ("had been", "ait été")."""

    opener: re.Pattern | None = None
    verb_group: frozenset[str] = frozenset()

    @classmethod
    def of(cls, openers: list[str], verb_group: list[str]) -> ClauseWords:
        """From the rule file's lists ("qu'" opens "qu'il" too)."""
        alternatives = "|".join(re.escape(o) + ("" if o[-1] in "'’" else r"(?!\w)")
                                for o in sorted({o.lower() for o in openers}, key=lambda o: (-len(o), o)))
        return cls(re.compile(rf"(?<![\w'’])(?:{alternatives})", re.IGNORECASE) if alternatives else None,
                   frozenset(w.lower() for w in verb_group))


_NO_CLAUSE = ClauseWords()


def denial_findings(groups: list[list], negated: list, joins: Callable, filing_keys: Callable,
                    uses: Callable[[str, str], bool], converse: dict[str, list[str]] | None = None,
                    answers: Callable | None = None, function_words: frozenset[str] = frozenset(),
                    clause_words: dict[str, ClauseWords] | None = None, nameless: list = ()) -> list[Finding]:
    """A contradiction for each group of accounts told as done that a negated account of another
    source joins (``joins(negated, told)``: the grouping's evidence; ``uses(document, word)``:
    whether an article uses a word); accounts are looked up by (event class, filing key), so
    each negated account meets only accounts it shares both with; ``converse``: the classes of an
    act seen from its other party, by class (see the module docstring). A denial that joins no
    group meets the one told account of its own class it ``answers`` that restates most words of
    the denied clause (at least one, function words aside; the first among equals), as a group of
    its own. ``clause_words``: by language, the words that open a denied clause and its verb
    (see ``_governed``). ``nameless``: accounts told as done that name nothing the grouping can
    tell their occurrence by ("the alarm system was out of order"), which a denial may answer all
    the same."""
    converse = converse or {}
    clause_words = clause_words or {}
    negated = _first_of_each_negation(negated, converse, clause_words)
    if not negated:
        return []
    groups = list(groups)  # an answered account alone is a group of its own, appended
    group_of: dict[int, int] = {}
    filed: dict[tuple[str, str], list] = defaultdict(list)
    by_class: dict[str, list] = defaultdict(list)
    for number, group in enumerate(groups):
        for view in group:
            group_of[view.index] = number
            for event_class in {view.event_class, view.claim.kind}:
                by_class[event_class].append(view)
                for key in filing_keys(view):
                    filed[(event_class, key)].append(view)
    for view in nameless:
        for event_class in {view.event_class, view.claim.kind}:
            by_class[event_class].append(view)
    # Groups one negated account meets are one occurrence to it (a headline and a body sentence
    # of one article, grouped apart): they are joined, so each denial is reported once.
    parent: dict[int, int] = {}

    def root(number: int) -> int:
        while parent.setdefault(number, number) != number:
            number = parent[number]
        return number

    articles: dict[str, tuple[frozenset[str], frozenset[str]]] = {}

    def read(ed) -> tuple[frozenset[str], frozenset[str]]:
        """An article's entities and its words without accents, read once when a denial meets it."""
        found = articles.get(ed.document.id)
        if found is None:
            found = articles[ed.document.id] = (
                frozenset(m.value.entity for m in ed.mentions if isinstance(m.value, EntityValue)),
                frozenset(_folded(w.lower()) for w in _NAME.findall(ed.document.text)))
        return found

    sentences: dict[int, tuple[frozenset[str], frozenset[str]]] = {}

    def told_words(told) -> tuple[frozenset[str], frozenset[str]]:
        """A told account's sentence and subject as stems, read once (see ``_Denied``)."""
        found = sentences.get(told.index)
        if found is None:
            found = sentences[told.index] = (_stems(told.claim.text), _stems(_subject_of(told)))
        return found

    met: list[tuple[object, list[int]]] = []
    for view in negated:
        named = _denied_names(view)
        denied = _Denied.read(view, _clause_words_of(view, clause_words), function_words)
        numbers: list[int] = []
        classes = sorted({view.event_class, view.claim.kind, *converse.get(view.event_class, ()), *converse.get(view.claim.kind, ())})
        for key in filing_keys(view):
            for event_class in classes:
                for other in filed.get((event_class, key), ()):
                    number = group_of[other.index]
                    if (number not in numbers and other.source != view.source and joins(view, other)
                            and _names_used(named, other, uses, read) and denied.same_thing(other, told_words(other)[1])):
                        numbers.append(number)
        if not numbers and answers is not None:
            # its own class only: an act and its converse ("received" / "sent") need the
            # grouping's evidence that they are one exchange
            answered = [(restated, -other.index, other) for event_class in {view.event_class, view.claim.kind}
                        for other in by_class.get(event_class, ())
                        if other.source != view.source and denied.same_thing(other, told_words(other)[1])
                        and (restated := denied.restated(*told_words(other)))
                        and answers(view, other, read(other.doc)[0], restated, _named_in_common(named, other))
                        and _names_used(named, other, uses, read)]
            restated, _, best = max(answered, key=lambda found: found[:2], default=(0, 0, None))
            if restated:
                groups.append([best])
                numbers.append(len(groups) - 1)
        if numbers:
            met.append((view, numbers))
            for number in numbers[1:]:
                parent[root(number)] = root(numbers[0])
    denied: dict[int, list] = defaultdict(list)
    for view, numbers in met:
        denied[root(numbers[0])].append(view)
    members_of: dict[int, list] = defaultdict(list)
    for number in {n for _, numbers in met for n in numbers}:
        members_of[root(number)] += groups[number]
    findings = []
    for top, denials in sorted(denied.items()):
        told = members_of[top]
        asserting = {v.source for v in told}
        denials = [v for v in denials if v.source not in asserting]
        if denials:
            findings.append(_finding(told, denials, clause_words))
    return findings


_WORD = re.compile(r"[^\W\d_]{4,}")
_STEM = 5  # letters two words share to be one word told again ("bribed", "bribe"; "payment", "paid" not)
# Two articles of one story are at least this alike (the cosine of ``Resemblance``: 0.05-0.52 on
# the development sets, two stories 0.00-0.04); a denial restating this many words of a report
# answers it down to that likeness (see ``answers``), below ``SAME_STORY``.
RELATED_STORY = 0.05
_SEVERAL_RESTATED = 2


@dataclass(frozen=True, slots=True)
class _Denied:
    """What a denied clause says, as stems (see ``_stems``), read once per denial: the words
    after its event word up to the clause's end (``after``), and when the event word is the
    clause's verb (see ``_denied_subject``) its subject's words and the head of the subject
    (``_head_run``: "the backup generators", "les groupes électrogènes").

    A told account restates the words of ``after`` its sentence uses again, by their first
    letters ("paid to leave a corridor unwatched" and "paid two guards to leave a corridor";
    "emergency liquidity" and "liquidités d'urgence"), and the subject's words too when its
    sentence uses every word of the head before its event word ("the transformers had been
    reported faulty" and "Trois transformateurs ... signalés défaillants"): a denial that
    restates nothing of what an account tells answers another account ("denied that any inmate
    had been paid for information" is no answer to "guards were paid to leave a gate
    unlocked"). ``function_words`` ("been", "that", "avant") restate nothing."""

    after: frozenset[str]
    subject: frozenset[str]
    head: frozenset[str]
    named: bool  # the head is a name ("that Ysgol Bryn Derw had been told")
    language: str | None

    @classmethod
    def read(cls, view, clause: ClauseWords, function_words: frozenset[str]) -> _Denied:
        claim = view.claim
        after = claim.text[claim.trigger.end - claim.start:]
        end = _CLAUSE_END.search(after)
        subject = _denied_subject(view, clause)
        run = _head_run(subject, function_words)
        return cls(_stems(after[:end.start()] if end else after, function_words), _stems(subject, function_words),
                   _stems(" ".join(run), function_words), all(word[:1].isupper() for word in run),
                   view.doc.document.language)

    def restated(self, told_sentence: frozenset[str], told_subject: frozenset[str]) -> int:
        """How many of the clause's words a told account's sentence (its stems, and those of its
        words before its event word) uses again."""
        said = self.after | self.subject if self.head and self.head <= told_subject else self.after
        return len(said & told_sentence)

    def same_thing(self, told, told_subject: frozenset[str]) -> bool:
        """Whether a told account may be of the thing the clause's subject names: it is not when
        both are in one language and the told sentence does not use every word of the subject's
        head before its event word ("denied that the lift doors had been out of order" is no
        answer to "the backup generators had been out of order"; "any inmate of Marlow prison"
        to "two guards at Marlow prison were paid"). Across languages the words cannot tell
        ("bulletins", "ballots"), nor can they between a name and a description ("that Ysgol
        Bryn Derw had been told" and "the school had known"): participants compare names."""
        return self.language != told.doc.document.language or self.named or self.head <= told_subject


def _subject_of(view) -> str:
    """The words of an account's sentence before its event word, where its subject stands
    (through an apposition: "The alarm, installed in 2019, had been out of order")."""
    return view.claim.text[:view.claim.trigger.start - view.claim.start]


def _head_run(subject: str, function_words: frozenset[str]) -> list[str]:
    """The words of a clause's subject up to its first function word after a content word: its
    head noun with the nouns that qualify it ("the flood pumps of the lock": flood, pumps; "les
    pompes de l'écluse": pompes)."""
    run: list[str] = []
    for word in _LETTERS.findall(subject):
        if word.lower() in function_words:
            if run:
                break
            continue
        run.append(word)
    return run


def _stems(text: str, function_words: frozenset[str] = frozenset()) -> frozenset[str]:
    """The first letters, without accents, of a text's words of four letters or more, function
    words aside ("détection" and "detection" are one word)."""
    return frozenset(_folded(w.lower())[:_STEM] for w in _WORD.findall(text) if w.lower() not in function_words)


def _named_in_common(named: list[tuple[str, str | None]], told) -> bool:
    """Whether a name of the denied clause the extractor did not type ("à Vernay") is a name
    word of the told account's sentence too ("in the commune of Vernay"): a thing both name."""
    return any(entity is None and word in told.words for word, entity in named)


def answers(denial, told, resemblance: Resemblance, told_entities: frozenset[str] = frozenset(), restated: int = 1,
            named_in_common: bool = False) -> bool:
    """Whether a denied account (a party's denial, not a plain negation) answers a told account of
    another source (see the module docstring): one story (the articles' names alike, or the
    told account's article naming one of the people the denial stands for) or a named participant in
    common, and no named person, place below the country or time that sets them apart.
    ``told_entities``: the entities the told account's article names; ``restated``: how many
    words of the denied clause the told account uses again (see ``_Denied``): a denial
    that restates several ("le système d'alarme ... en panne" and "le système d'alarme ... était
    hors service") answers a report of an article less alike, down to ``RELATED_STORY``;
    ``named_in_common``: the denied clause and the told sentence use one name the extractor did
    not type, as good as a participant in common (see ``_named_in_common``)."""
    if denial.claim.modality != "denied" or denial.plan != told.plan or denial.source == told.source:
        return False
    named_a, named_b = denial.persons - denial.stood_for, told.persons - told.stood_for
    if named_a - named_b and named_b - named_a:
        return False
    if denial.place and told.place and denial.place != told.place:
        return False
    if not denial.implied and not overlap(denial.start, denial.end, told.start, told.end):
        return False
    own = denial.keys - denial.stood_for - denial.described
    return (bool(own & (told.keys - told.stood_for - told.described)) or named_in_common
            or resemblance.similarity(denial.claim.document, told.claim.document) >= (
                SAME_STORY if restated < _SEVERAL_RESTATED else RELATED_STORY)
            or any(key.split(":", 1)[1] in told_entities for key in denial.stood_for))


def _clause_subject(before: str, opener: re.Pattern | None) -> str:
    """The words of a denied clause before its event word, from its opener ("that the
    transformers had been reported", "que le système de détection ... ait été"): "" when no
    opener stands in the event word's clause (a plain negation, "denied the charges")."""
    if opener is None:
        return ""
    start = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    opened = [m.end() for m in opener.finditer(before, start)]
    return before[opened[-1]:] if opened else ""


def _clause_words_of(view, clause_words: dict[str, ClauseWords]) -> ClauseWords:
    """The words that shape a denied clause in the view's language."""
    return clause_words.get(view.doc.document.language or "en", _NO_CLAUSE)


def _after_verb_group(view, verb_group: frozenset[str]) -> bool:
    """Whether an account's event word stands right after an auxiliary or a copula: it is its
    clause's verb ("had been out of order", "ait été en panne")."""
    claim = view.claim
    before = _LAST_WORD.search(claim.text[:claim.trigger.start - claim.start])
    return before is not None and before.group(1).lower() in verb_group


def _denied_subject(view, clause: ClauseWords) -> str:
    """The subject of a denied clause whose verb is the denied event word ("that the backup
    generators had been out of order": "the backup generators had been"), "" for any other."""
    if not _after_verb_group(view, clause.verb_group):
        return ""
    claim = view.claim
    return _clause_subject(claim.text[:claim.trigger.start - claim.start], clause.opener)


def _governed(views: list, clause_words: dict[str, ClauseWords]):
    """Of the negated accounts of one sentence (in order), the one the negation or denial
    governs: the first, unless it stands in a denied clause ("that", "que") whose verb, an event
    word of the same clause right after an auxiliary or a copula, comes later: the first is
    then part of the clause's subject ("denied that the fire detection system had been out of
    order": the failure, not the fire)."""
    first = views[0]
    clause = _clause_words_of(first, clause_words)
    claim = first.claim
    if not clause.verb_group or not _clause_subject(claim.text[:claim.trigger.start - claim.start], clause.opener):
        return first
    for later in views[1:]:
        if later.claim.trigger.start <= first.claim.trigger.end:
            continue
        if not _same_clause(first, later):
            break
        if _after_verb_group(later, clause.verb_group):
            return later
    return first


def _first_of_each_negation(negated: list, converse: dict[str, list[str]] | None = None,
                            clause_words: dict[str, ClauseWords] | None = None) -> list:
    """Of the negated accounts of one sentence, the one whose event word the negation or denial
    governs (see ``_governed``); and when that word is an act with a converse (a receiving:
    "denied receiving any warning") the next one too, its object, within the clause."""
    by_sentence: dict[tuple[str, int], list] = defaultdict(list)
    for view in sorted(negated, key=lambda v: (v.claim.document, v.claim.sentence, v.claim.trigger.start, v.index)):
        by_sentence[(view.claim.document, view.claim.sentence)].append(view)
    kept = set()
    for views in by_sentence.values():
        first = _governed(views, clause_words or {})
        kept.add(id(first))
        later = [v for v in views if v.claim.trigger.start > first.claim.trigger.end]
        if later and (converse or {}).get(first.event_class) and _same_clause(first, later[0]):
            kept.add(id(later[0]))
    return [v for v in negated if id(v) in kept]


def _same_clause(first, then) -> bool:
    """Whether nothing that ends a clause stands between two event words of one sentence."""
    claim = first.claim
    between = claim.text[first.claim.trigger.end - claim.start:then.claim.trigger.start - claim.start]
    return _CLAUSE_END.search(between) is None


def _denied_names(view) -> list[tuple[str, str | None]]:
    """The names in the denied clause, after the event word up to the clause's end ("the Burkina
    Faso crisis"), lower-cased, each with the entity of the mention it is part of (None when it
    is in none); month and weekday names are times, not names."""
    claim = view.claim
    offset = claim.trigger.end
    after = claim.text[offset - claim.start:]
    end = _CLAUSE_END.search(after)
    clause = after[:end.start()] if end else after
    months, weekdays = _calendar(view.doc.document.language or "en")
    entities = [(m.start, m.end, m.value.entity) for m in view.doc.mentions
                if m.sentence == claim.sentence and isinstance(m.value, EntityValue)]
    named = []
    for w in _NAME.finditer(clause):
        word = w.group().lower()
        if w.group()[:1].isupper() and word not in months and word not in weekdays:
            at = offset + w.start()
            named.append((word, next((entity for start, stop, entity in entities if start <= at < stop), None)))
    return named


def _names_used(named: list[tuple[str, str | None]], told, uses: Callable[[str, str], bool], read: Callable) -> bool:
    """Whether a told account's article uses every name of a denied clause: its word, the word
    without its accents ("Credit Leman" of "Crédit Léman"), or the entity it names in another
    language ("Anvers" of "Antwerp"); ``read(article)``: its (entities, words without accents)."""
    document = told.claim.document
    entities, folded = read(told.doc)
    return all(uses(document, word) or _folded(word) in folded or (entity is not None and entity in entities)
               for word, entity in named)


def _folded(word: str) -> str:
    """A word without its accents: "léman" -> "leman"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _calendar(language: str) -> tuple[dict[str, int], dict[str, int]]:
    """Month and weekday names of a language that has time rules, else English's."""
    try:
        return calendar_names(language)
    except (OSError, KeyError):
        return calendar_names("en")


def _speaker(view, clause: ClauseWords) -> str | None:
    """Who tells an account: its attribution ("selon le syndicat des marins"), or for a denial
    the people and organisations its sentence names before the opener of the denied clause
    ("Enedis on Tuesday denied that ..."); None when the sentence says neither."""
    claim = view.claim
    if claim.modality != "denied":
        return claim.attribution
    before = claim.text[:claim.trigger.start - claim.start]
    opened = [m.start() for m in clause.opener.finditer(before)] if clause.opener is not None else []
    if not opened:
        return None  # "denies guards were bribed": where the denier's words end is not told
    limit = claim.start + opened[-1]
    names = [m.value.canonical for m in view.doc.mentions
             if m.sentence == claim.sentence and m.kind in ("person", "organization") and isinstance(m.value, EntityValue)
             and claim.start <= m.start and m.end <= limit]
    return name_list(list(dict.fromkeys(names))) if names else None


def _finding(told: list, denials: list, clause_words: dict[str, ClauseWords]) -> Finding:
    """The contradiction: each document's stance with its time and who tells it, and every
    account quoted. The values (which fingerprints read) give the stance and time only."""
    # per document, a body sentence is quoted before its headline
    members = sorted(told + denials, key=lambda v: (v.claim.document, v.claim.zone == "headline", v.claim.start))
    names: dict[str, str] = {}
    for v in members:
        names.update(v.names)
    shared = set.intersection(*({k.split(":", 1)[1] for k in v.keys} for v in members))
    people = sorted({names[k] for k in shared if k in names}) or sorted({n for v in told for n in v.names.values()})[:3]
    kind = " / ".join(sorted({v.event_class for v in members}))
    values, told_by, quotes, seen = {}, {}, [], set()
    for v in members:
        if v.claim.document in values:
            continue
        when = time_label(v.claim.time) if not v.implied else (
            f"undated, reported {v.doc.document.published.isoformat()}" if v.doc.document.published else "undated")
        stance = "denied" if v.claim.modality == "denied" else ("negated" if v.claim.polarity != "positive" else "told as done")
        values[v.claim.document] = f"{stance}, {when}"
        speaker = _speaker(v, _clause_words_of(v, clause_words))
        told_by[v.claim.document] = f"{values[v.claim.document]} ({'by' if v.claim.modality == 'denied' else 'according to'} {speaker})" \
            if speaker else values[v.claim.document]
        c = v.claim
        if (c.document, c.start) not in seen:
            seen.add((c.document, c.start))
            quotes.append(quote(v.doc, c.start, c.end, c.line, c.text))
    who = f" involving {name_list(people)}" if people else ""
    summary = (f"Sources disagree on whether the event ({event_words(v.claim for v in members)}){who} happened: "
               + "; ".join(f"{d}: {value}" for d, value in told_by.items()) + ".")
    subject = f"{kind}: {' and '.join(people)} | happened" if people else f"{kind} | happened"
    return make_finding("contradiction", subject, summary, values, quotes, [v.claim.id for v in members], list(values),
                        key_values=sorted(set(values.values())))
