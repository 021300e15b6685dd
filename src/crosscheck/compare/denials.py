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

A denial is narrow: it negates the first event word after it ("denied the charges throughout
the trial" denies the charges, not the trial), and what it names after that word belongs to it
("denied that the meeting had discussed the Burkina Faso crisis" denies that topic, not a
meeting "to discuss border security"): a told account meets it only when its article uses
every name of the denied clause.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable

from ..calendar_words import calendar_names
from ..models import Finding
from .labels import event_words, make_finding, name_list, quote, time_label
from .resemblance import words_of

_CLAUSE_END = re.compile(r"[,;:.!?()«»\"“”]")


def denial_findings(groups: list[list], negated: list, joins: Callable, filing_keys: Callable,
                    uses: Callable[[str, str], bool], converse: dict[str, list[str]] | None = None) -> list[Finding]:
    """A contradiction for each group of accounts told as done that a negated account of another
    source joins (``joins(negated, told)``: the grouping's evidence; ``uses(document, word)``:
    whether an article uses a word); accounts are looked up by (event class, filing key), so
    each negated account meets only accounts it shares both with; ``converse``: the classes of an
    act seen from its other party, by class (see the module docstring)."""
    converse = converse or {}
    negated = _first_of_each_negation(negated, converse)
    if not negated:
        return []
    group_of: dict[int, int] = {}
    filed: dict[tuple[str, str], list] = defaultdict(list)
    for number, group in enumerate(groups):
        for view in group:
            group_of[view.index] = number
            for key in filing_keys(view):
                for event_class in {view.event_class, view.claim.kind}:
                    filed[(event_class, key)].append(view)
    # Groups one negated account meets are one occurrence to it (a headline and a body sentence
    # of one article, grouped apart): they are joined, so each denial is reported once.
    parent: dict[int, int] = {}

    def root(number: int) -> int:
        while parent.setdefault(number, number) != number:
            number = parent[number]
        return number

    met: list[tuple[object, list[int]]] = []
    for view in negated:
        named = _denied_names(view)
        numbers: list[int] = []
        classes = sorted({view.event_class, view.claim.kind, *converse.get(view.event_class, ()), *converse.get(view.claim.kind, ())})
        for key in filing_keys(view):
            for event_class in classes:
                for other in filed.get((event_class, key), ()):
                    number = group_of[other.index]
                    if (number not in numbers and other.source != view.source and joins(view, other)
                            and all(uses(other.claim.document, word) for word in named)):
                        numbers.append(number)
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
            findings.append(_finding(told, denials))
    return findings


def _first_of_each_negation(negated: list, converse: dict[str, list[str]] | None = None) -> list:
    """Of the negated accounts of one sentence, the one whose event word comes first: the word
    the negation or denial governs; and when that word is an act with a converse (a receiving:
    "denied receiving any warning") the next one too, its object, within the clause."""
    by_sentence: dict[tuple[str, int], list] = defaultdict(list)
    for view in sorted(negated, key=lambda v: (v.claim.document, v.claim.sentence, v.claim.trigger.start, v.index)):
        by_sentence[(view.claim.document, view.claim.sentence)].append(view)
    kept = set()
    for views in by_sentence.values():
        first = views[0]
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


def _denied_names(view) -> list[str]:
    """The names in the denied clause, after the event word up to the clause's end ("the Burkina
    Faso crisis"), lower-cased; month and weekday names are times, not names."""
    claim = view.claim
    after = claim.text[claim.trigger.end - claim.start:]
    end = _CLAUSE_END.search(after)
    clause = after[:end.start()] if end else after
    months, weekdays = _calendar(view.doc.document.language or "en")
    return [w.lower() for w in words_of(clause) if w[:1].isupper() and w.lower() not in months and w.lower() not in weekdays]


def _calendar(language: str) -> tuple[dict[str, int], dict[str, int]]:
    """Month and weekday names of a language that has time rules, else English's."""
    try:
        return calendar_names(language)
    except (OSError, KeyError):
        return calendar_names("en")


def _finding(told: list, denials: list) -> Finding:
    """The contradiction: each document's stance with its time, and every account quoted."""
    # per document, a body sentence is quoted before its headline
    members = sorted(told + denials, key=lambda v: (v.claim.document, v.claim.zone == "headline", v.claim.start))
    names: dict[str, str] = {}
    for v in members:
        names.update(v.names)
    shared = set.intersection(*({k.split(":", 1)[1] for k in v.keys} for v in members))
    people = sorted({names[k] for k in shared if k in names}) or sorted({n for v in told for n in v.names.values()})[:3]
    kind = " / ".join(sorted({v.event_class for v in members}))
    values, quotes, seen = {}, [], set()
    for v in members:
        if v.claim.document in values:
            continue
        when = time_label(v.claim.time) if not v.implied else (
            f"undated, reported {v.doc.document.published.isoformat()}" if v.doc.document.published else "undated")
        stance = "denied" if v.claim.modality == "denied" else ("negated" if v.claim.polarity != "positive" else "told as done")
        values[v.claim.document] = f"{stance}, {when}"
        c = v.claim
        if (c.document, c.start) not in seen:
            seen.add((c.document, c.start))
            quotes.append(quote(v.doc, c.start, c.end, c.line, c.text))
    who = f" involving {name_list(people)}" if people else ""
    summary = (f"Sources disagree on whether the event ({event_words(v.claim for v in members)}){who} happened: "
               + "; ".join(f"{d}: {value}" for d, value in values.items()) + ".")
    subject = f"{kind}: {' and '.join(people)} | happened" if people else f"{kind} | happened"
    return make_finding("contradiction", subject, summary, values, quotes, [v.claim.id for v in members], list(values),
                        key_values=sorted(set(values.values())))
