"""A thing's attributes, compared across the sources of one story: "the 240-metre bridge", "une
travée de 60 mètres", "a consultancy contract worth 4.2 million euros", "an ash column about 9 km
high".

Stories about a thing (a bridge that collapses, a contract that was awarded, a museum that is
robbed) state its measures, and two sources that disagree on one of them disagree on a fact
whatever event they tell it with. A figure is an attribute of a thing when its unit is a measure
(a length, an area, a weight, a volume: the ``units`` of the quantities rules) or money (a value:
a ``currencies`` code, told of no flow such as a loss or a price), and a description's head noun
is written next to it (``referents``): right after it when a determiner opens the phrase ("the
240-metre bridge", "a €3.6 million contract") or just before it ("une travée de 60 mètres", "a
contract worth 4.2 million euros"). The attribute is named by the unit's kind, or by the figure's
own measure noun where the quantities reader found one ("9 km high": a height), so that a span's
length and a column's height never clash.

Two articles compare a thing's attribute only when they tell one story (their names alike,
``_SAME_STORY``), name the thing by one head noun (or by a noun and its translation),
write no two different names for it ("the Saint-Nicolas bridge" is not "the Morandi viaduct"),
and each states one value of it; a noun that names the thing's kind ("the structure" for "the
bridge": ``kinds`` of the referent nouns, WordNet's hypernyms) joins the one thing of that kind
the others describe. Values agree when their ranges overlap (hedged figures) or when the finer
one, rounded to the coarser one's last digit, is the coarser one ("1,219" and "1,200");
otherwise the sources contradict each other, quoted both.

The date of an event told of a thing is an attribute too, for the event classes of the
``thing_years`` compare setting ("The structure, built in 1968", "Construit en 1971, selon les
archives du département, le pont ...": the year built; "la toile avait été découverte en mars
2023": the date found), when the claim states it as done before its article, by a year or a
month written right after its event word. Its thing is described ("the structure") or named
("The Stella Maris, built in 2004", "Construit en 2001 ..., le Stella Maris": ``Referents.named``);
a thing told by its name alone joins the things of that name. Two dates agree when their days
overlap ("March 2023" and "2023"), never by rounding.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass

from ..extract.quantity_rules import QuantityRules
from ..models import ExtractedDocument, Finding, QuantityValue
from ..rules import RulePack
from .labels import make_finding, quote
from .referents import Referents
from .resemblance import Resemblance

_REACH = 3  # words at most between a head noun and the figure after it ("a contract worth about 4.2 million")
_MODIFIERS = 2  # words at most between a figure and the head noun after it ("a €3.6 million consultancy contract")
_CLAUSE_END = re.compile(r"[,;:()\[\]«»\"“”—–]|\s-\s")
_WORD = re.compile(r"[^\W_][\w'’-]*")
_ELISION = re.compile(r"^[^\W\d_]{1,2}['’]", re.UNICODE)
# Two articles that give one measure of one described thing tell one story when their names are
# this alike (the cosine of ``Resemblance``): half of ``referents.SAME_STORY``, the thing and its
# measure being evidence of their own. On the development sets, articles of one story 0.05-0.52,
# of two stories 0.00-0.04.
_SAME_STORY = 0.05
_VALUE_NOUNS = {None, "value", "valuation", "worth"}  # money told as what a thing is worth, not a flow
_OWN_MEASURES = {"height", "width", "depth"}  # a length's measure noun that names the attribute ("9 km high")
_DATE_REACH = 7  # words at most between a thing's event word and its date ("found in an attic near Angers in 2024")
_HISTORY_DAYS = 365  # a day this long before the article is a thing's history ("launched on 3 May 2001")


@dataclass(frozen=True)
class Attribute:
    """One value a sentence gives of a described thing's attribute."""

    doc: ExtractedDocument
    sentence: int  # its sentence's index
    written: str  # the value as the article writes it ("60 mètres", "1968")
    figure: QuantityValue
    claims: tuple[str, ...]  # the claims it is part of
    thing: frozenset[str]  # the concepts of its head noun ("span" for "travée")
    names: frozenset[str]  # the name words written with it ("castelvieil" of "le pont de Castelvieil")
    measure: str  # length, height, area, weight, volume, value, or the year of an event (built)


class MeasureUnits:
    """What each unit measures, from every language's quantities rules: unit name -> kind
    (length, area, ...), and the currency codes (value)."""

    def __init__(self, rules: RulePack):
        self.kinds: dict[str, str] = {}
        self.money: set[str] = set()
        for f in rules.get("quantities"):
            if not isinstance(f, QuantityRules):
                continue
            self.kinds.update((u.name, u.kind) for u in f.units)
            self.money.update(c.code for c in f.currencies)

    def measure(self, figure: QuantityValue) -> str | None:
        """The attribute a figure measures (length, height, area, value, ...); None for a speed,
        a count, or money told as a flow ("a loss of 2.3 billion")."""
        if figure.unit in self.money:
            return "value" if figure.noun in _VALUE_NOUNS else None
        kind = self.kinds.get(figure.unit)
        if kind is None or kind == "speed":
            return None
        return figure.noun if figure.noun in _OWN_MEASURES else kind


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


def _split_elision(word: str) -> tuple[str, str]:
    """("l", "ouvrage") for "l'ouvrage"; ("", word) for a word with no elided article."""
    m = _ELISION.match(word)
    return (word[: m.end() - 1].lower(), word[m.end():]) if m else ("", word)


def _thing(referents: Referents, language: str, text: str, start: int, end: int):
    """The head noun a figure at ``text[start:end]`` describes, with its concepts and name
    words: after it when a determiner opens the phrase, else the nearest before it in its
    clause; None when there is none."""
    table = referents.table(language)
    if table is None:
        return None
    words = _words(text)
    first = next((i for i, (s, _, _) in enumerate(words) if s >= start), len(words))
    last = max((i for i, (_, e, _) in enumerate(words) if e <= end), default=first - 1)
    if first > 0 and not _CLAUSE_END.search(text, words[first - 1][1], start):
        if words[first - 1][2].lower() in table.determiners:
            found = _head_after(table, text, words, last + 1)
            if found is not None:
                return found
    for i in range(first - 1, max(first - 1 - _REACH - 1, -1), -1):
        between = text[words[i][1]:words[i + 1][0] if i + 1 < len(words) else start]
        if _CLAUSE_END.search(between) and not (i + 1 == first and between.strip() == ","):
            return None  # another clause; but "the bridge, 240 metres long," sets the figure beside its noun
        _, word = _split_elision(words[i][2])
        concepts = None if word[:1].isupper() and i > 0 else table.noun(word.lower())  # a capitalised word is a name
        if concepts:
            if not _determined(text, words, i, table):
                return None  # "agreed to buy shares worth 400 million": an amount of a kind, no one thing
            return concepts, _name_words(text, words, i, table)
        if word.lower() not in table.links and not (i > 0 and words[i - 1][2].lower() in table.links):
            return None  # "the bank PAID 2 billion": a figure of an act, not of the bank
        # (a word after a link is a complement read past: "un panache DE CENDRES à 12 kilomètres")
    return None


def _determined(text: str, words, head: int, table) -> bool:
    """Whether a determiner opens the phrase of a head noun, at most a few words before it
    ("the consultancy contract", "une travée", "l'ouvrage")."""
    for i in range(head, max(head - _MODIFIERS - 2, -1), -1):
        elided, _ = _split_elision(words[i][2])
        if elided in table.determiners or (i < head and words[i][2].lower() in table.determiners):
            return True
        if i < head and (_CLAUSE_END.search(text, words[i][1], words[i + 1][0]) or words[i][2].lower() in table.ends):
            return False
    return False


def _head_after(table, text: str, words, at: int):
    """The head noun among the few words after a figure ("consultancy contract", "bridge")."""
    found = None
    for i in range(at, min(at + _MODIFIERS + 1, len(words))):
        if i > at and _CLAUSE_END.search(text, words[i - 1][1], words[i][0]):
            break
        word = words[i][2]
        lowered = word.lower()
        if lowered in table.ends:
            break
        concepts = None if word[:1].isupper() else table.noun(lowered)
        if concepts is None:
            if found is not None:
                break
            continue
        found = (concepts, _name_words(text, words, i, table))
        if table.head_first:
            break
    return found


def _name_words(text: str, words, head: int, table) -> frozenset[str]:
    """Capitalised words written with a head noun: before it up to its determiner ("the
    Saint-Nicolas bridge") and after it through "of"/"de" ("le pont de Castelvieil")."""
    names = set()
    for i in range(head - 1, max(head - 4, -1), -1):
        word = words[i][2]
        if word.lower() in table.ends or _CLAUSE_END.search(text, words[i][1], words[i + 1][0]):
            break
        if word[:1].isupper() and i > 0:
            names.add(word.lower())
    i = head + 1
    while i < len(words) and i <= head + 4 and not _CLAUSE_END.search(text, words[i - 1][1], words[i][0]):
        elided, word = _split_elision(words[i][2])
        if word[:1].isupper():
            names.add(word.lower())
        elif words[i][2].lower() not in table.ends and not elided:
            break
        i += 1
    return frozenset(names)


def attributes_of(ed: ExtractedDocument, referents: Referents, units: MeasureUnits,
                  thing_years: dict[str, str] | None = None) -> list[Attribute]:
    """Every value of a thing's attribute one article gives, in its order: the figures of a
    measure next to a description, and the years of the events of ``thing_years`` (event
    class -> attribute: "build" -> "year built") told of a description ("The structure, built in
    1968", "Construit en 1971, ..., le pont")."""
    language = ed.document.language or "en"
    sentences = {s.index: s for s in ed.sentences}
    found = []
    for m in ed.mentions:
        if m.kind != "quantity" or not isinstance(m.value, QuantityValue) or m.value.low is None or m.value.high is None:
            continue
        measure = units.measure(m.value)
        sentence = sentences.get(m.sentence)
        if measure is None or sentence is None:
            continue
        thing = _thing(referents, language, sentence.text, m.start - sentence.start, m.end - sentence.start)
        if thing is not None:
            concepts, names = thing
            claims = tuple(c.id for c in ed.claims if m.id in c.mentions)
            found.append(Attribute(ed, m.sentence, m.text, m.value, claims, concepts, names, measure))
    for claim in ed.claims:
        measure = (thing_years or {}).get(claim.kind)
        told = _date_told(claim, ed.document.published) if measure else None
        if told is None:
            continue
        concepts = referents.described(claim, language) | referents.opened(claim, language)
        names = referents.named(claim, language)
        if concepts or names:
            found.append(Attribute(ed, claim.sentence, told[1], told[0], (claim.id,), concepts, names, measure))
    return found


def _date_told(claim, published) -> tuple[QuantityValue, str] | None:
    """When an event told of a thing as done happened, as days (a figure of unit ``date``: its
    first and last day, so that "March 2023" and "2023" overlap) with the words that say it:
    only a year or a month ("built in 2004", "découverte en mars 2023"), or a day at least
    ``_HISTORY_DAYS`` before the article, written right after the event word (``_DATE_REACH``),
    inside the article's past. A recent day ("found dead on Monday") is an event's date, which
    the events compare."""
    time = claim.time
    if (time is None or time.start is None or time.end is None or time.invalid or time.granularity == "open"
            or time.start.year != time.end.year or claim.polarity != "positive" or claim.modality != "asserted"
            or time.modality != "asserted" or (published is not None and time.end >= published)):
        return None
    if time.granularity not in ("year", "month") and (published is None or (published - time.end).days < _HISTORY_DAYS):
        return None
    written = next((a for a in claim.arguments if a.role == "time"), None)
    if written is None or claim.trigger is None or written.start < claim.trigger.end:
        return None
    between = claim.text[claim.trigger.end - claim.start:written.start - claim.start]
    if len(_WORD.findall(between)) > _DATE_REACH or _CLAUSE_END.search(between.replace(",", "")):
        return None  # "The rediscovered painting ... was hammered down at Drouot on Wednesday": another event's day
    figure = QuantityValue(low=time.start.toordinal(), high=time.end.toordinal(), unit="date",
                           exact=f"{time.start.isoformat()}..{time.end.isoformat()}")
    return figure, written.text


def _precision(value: float) -> float:
    """The place of a figure's last significant digit: 10 for 60, 1 for 45, 0.1 for 4.2, 100,000 for 2,500,000."""
    if value != int(value):
        return 10 ** -min(len(f"{value:.6f}".rstrip("0").split(".")[1]), 6)
    value, place = int(abs(value)), 1
    while value and value % 10 == 0:
        value //= 10
        place *= 10
    return float(place)


def values_agree(a: QuantityValue, b: QuantityValue) -> bool:
    """Whether two figures of one attribute agree: their ranges overlap, or one rounds to the other."""
    if a.low <= b.high and b.low <= a.high:
        return True
    if a.unit == "date":
        return False  # days never round: 2001 is not 2004
    if a.low != a.high or b.low != b.high:
        return False
    coarse = max(_precision(a.low), _precision(b.low))
    return math.floor(a.low / coarse + 0.5) == math.floor(b.low / coarse + 0.5)


def attribute_findings(docs: list[ExtractedDocument], source_of: dict[str, str], feeds: dict[str, str],
                       resemblance: Resemblance, referents: Referents, rules: RulePack,
                       found: list[Finding] = (), thing_years: dict[str, str] | None = None,
                       window_days: int | None = None) -> list[Finding]:
    """A contradiction for every attribute of one thing that sources of one story give different
    values of, and an agreement where they give one value, or where some of them give one value
    that none of the others' agrees with (two sources' 2023 against a third's 2024: the two
    agree, all three contradict each other; see module docstring); none that a
    finding of ``found`` of its kind already makes from the same sentences (the figures of
    one event its sources tell, compared with the event). A value in money may change (an offer
    raised, a valuation cut): it is compared only between articles published at most
    ``window_days`` apart (``contradiction_window_days``); a length or a year built never changes."""
    made = [(f.kind, {(q.document, q.line) for q in f.quotes}) for f in found if f.kind in ("agreement", "contradiction")]
    units = MeasureUnits(rules)
    by_measure: dict[tuple[str, str], list[Attribute]] = defaultdict(list)
    for ed in docs:
        for attribute in attributes_of(ed, referents, units, thing_years):
            by_measure[(attribute.measure, attribute.figure.unit)].append(attribute)
    findings = []
    for key in sorted(by_measure):
        for group in _things(by_measure[key], referents, resemblance, window_days if key[0] == "value" else None):
            told = _one_value_each(group)
            sources = {source_of.get(d, d) for d in told}
            if len(sources) < 2:
                continue
            agreed = _all_agree(told)
            if agreed and len({feeds.get(s, s) for s in sources}) < 2:
                continue  # one outlet telling its figure twice agrees with nobody
            judged = [(told, agreed)]
            if not agreed:  # the sources that give one value agree, beside the contradiction of all
                judged += [(part, True) for part in _alike(told)]
            for part, alike in judged:
                outlets = len({feeds.get(source_of.get(d, d), source_of.get(d, d)) for d in part})
                if alike and outlets < 2:
                    continue
                finding = _finding(key[0], _named(group), part, alike, outlets)
                lines = {(q.document, q.line) for q in finding.quotes}
                if not any(kind == finding.kind and lines <= quoted for kind, quoted in made):
                    findings.append(finding)
    return findings


def _all_agree(told: dict[str, Attribute]) -> bool:
    """Whether every two values of ``told`` agree."""
    values = list(told.values())
    return all(values_agree(a.figure, b.figure) for i, a in enumerate(values) for b in values[i + 1:])


def _alike(told: dict[str, Attribute]) -> list[dict[str, Attribute]]:
    """The sets of two articles or more of ``told`` whose values all agree with each other and
    with none of the others' ("mars 2023" and "il y a trois ans", against "2024"), in article order."""
    parts: list[dict[str, Attribute]] = []
    for document, attribute in told.items():
        home = next((p for p in parts if all(values_agree(attribute.figure, a.figure) for a in p.values())), None)
        if home is None:
            parts.append({document: attribute})
        else:
            home[document] = attribute
    return [p for p in parts if len(p) > 1
            and not any(values_agree(a.figure, b.figure) for a in p.values() for d, b in told.items() if d not in p)]


def _things(attributes: list[Attribute], referents: Referents, resemblance: Resemblance,
            window_days: int | None = None) -> list[list[Attribute]]:
    """The attributes of one measure grouped by the thing they are told of: two articles of one
    story (``_SAME_STORY``) describing it by one head noun (or a noun and its translation), with
    no two different names; then a thing told by its kind alone ("the structure") joins the
    one group whose thing is of that kind, when there is exactly one; a thing told by its name
    alone ("The Stella Maris, built in 2004") joins the things of that name ("le ferry Capo
    Rosso"); with ``window_days``, only articles published at most that many days apart."""
    parent = list(range(len(attributes)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def related(a: Attribute, b: Attribute) -> bool:
        published = a.doc.document.published, b.doc.document.published
        if window_days is not None and None not in published and abs((published[0] - published[1]).days) > window_days:
            return False
        return (a.doc is not b.doc and not (a.names and b.names and not a.names & b.names)
                and resemblance.similarity(a.doc.document.id, b.doc.document.id) >= _SAME_STORY)

    by_concept: dict[str, list[int]] = defaultdict(list)  # each attribute is compared with those of its nouns only
    for i, a in enumerate(attributes):
        for concept in sorted(a.thing):
            by_concept[concept].append(i)
    for i, a in enumerate(attributes):
        for j in sorted({j for concept in a.thing for j in by_concept[concept] if j > i}):
            if related(a, attributes[j]):
                parent[find(i)] = find(j)
    by_name: dict[str, list[int]] = defaultdict(list)  # a thing told by its name alone ("The Stella Maris, built in 2004")
    for i, a in enumerate(attributes):
        for word in sorted(a.names):
            by_name[word].append(i)
    for i, a in enumerate(attributes):
        if a.thing or not a.names:
            continue
        for j in sorted({j for word in a.names for j in by_name[word] if j != i}):
            b = attributes[j]
            if (a.names <= b.names or b.names <= a.names) and related(a, b):
                parent[find(i)] = find(j)
    sizes: dict[int, int] = defaultdict(int)
    for i in range(len(attributes)):
        sizes[find(i)] += 1
    for i, a in enumerate(attributes):
        if sizes[find(i)] > 1 or not a.thing:
            continue  # told by the same noun (or name) elsewhere
        kinds = referents.kinds(a.thing)
        candidates = {j for concept in kinds for j in by_concept.get(concept, ())}  # "the bridge" for "the structure" ...
        candidates |= {j for concept, told in by_concept.items() if a.thing & referents.kinds(frozenset((concept,)))
                       for j in told}  # ... and "the structure" for "the bridge"
        roots = {find(j) for j in sorted(candidates) if j != i and related(a, attributes[j])}
        if len(roots) == 1:
            parent[find(i)] = roots.pop()
    groups: dict[int, list[Attribute]] = defaultdict(list)
    for i, a in enumerate(attributes):
        groups[find(i)].append(a)
    return [g for _, g in sorted(groups.items()) if len({a.doc.document.id for a in g}) > 1]


def _one_value_each(group: list[Attribute]) -> dict[str, Attribute]:
    """Each article's value of the thing's attribute, by article id: its first, when all it gives
    agree (an article that gives two different ones tells of two things, compared with none)."""
    by_doc: dict[str, list[Attribute]] = defaultdict(list)
    for a in group:
        by_doc[a.doc.document.id].append(a)
    return {d: told[0] for d, told in sorted(by_doc.items()) if all(values_agree(told[0].figure, a.figure) for a in told[1:])}


def _named(group: list[Attribute]) -> str:
    """The thing's concept most of the group's descriptions share (alphabetical among equals), or
    its name when none describes it ("Stella Maris")."""
    counts: dict[str, int] = defaultdict(int)
    for a in group:
        for concept in a.thing:
            counts[concept] += 1
    if not counts:
        return min((_written_name(a) for a in group), key=lambda n: (len(n), n))
    return min(counts, key=lambda c: (-counts[c], c))


def _written_name(attribute: Attribute) -> str:
    """A thing's name words in the order and case its sentence writes them ("Stella Maris")."""
    text = next(s.text for s in attribute.doc.sentences if s.index == attribute.sentence)
    spans = sorted((text.lower().find(w), w) for w in attribute.names)
    return " ".join(text[at:at + len(w)] if at >= 0 else w for at, w in spans)


def _finding(measure: str, thing: str, told: dict[str, Attribute], agreed: bool, outlets: int) -> Finding:
    values = {d: a.written for d, a in told.items()}
    quotes = []
    for a in told.values():
        sentence = next(s for s in a.doc.sentences if s.index == a.sentence)
        quotes.append(quote(a.doc, sentence.start, sentence.end, sentence.line, sentence.text))
    claims = [c for a in told.values() for c in a.claims]
    unit = next(iter(told.values())).figure.unit
    subject = f"{measure} of {thing}" if unit == "date" else f"{measure} of {thing} ({unit})"
    listed = "; ".join(f"{d}: {v}" for d, v in values.items())
    if agreed:
        summary = f"{outlets} independent sources give the same {measure} of the {thing}: {listed}."
        return make_finding("agreement", subject, summary, values, quotes, claims, list(told),
                            key_values=sorted({_rounded(a.figure) for a in told.values()}))
    summary = (f"Sources disagree on the {measure} of the {thing}: {listed}." if unit == "date"
               else f"Sources give different figures for the {measure} of the {thing}: {listed}.")
    return make_finding("contradiction", subject, summary, values, quotes, claims, list(told))


def _rounded(figure: QuantityValue) -> str:
    if figure.unit == "date":
        return figure.exact  # its first and last day
    return f"{figure.low:g}..{figure.high:g} {figure.unit}"
