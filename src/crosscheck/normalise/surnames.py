"""A surname used alone in one article, for the one person of the run named in full with it.

News names a person in full once and then by the surname; an article that was cut, or that
follows the story for days, may only ever write "Lohan" or "Comeaux". The extractor cannot tell
such a word from a team or a place with one article in view, so it leaves it. Once the run's
entities are linked, a capitalised word that is the surname of exactly one person named in full
somewhere in the run (and the one-word name of no place or organisation) is a mention of that
person wherever an article writes it alone:

- not right after another capitalised word ("Reggie Bush" is not "Bush"), not right before one
  ("Bush Administration", "Page Six"), not inside another mention;
- where a sentence starts (capitals forced), only when the article never writes the word in
  lower case ("Luck" for Andrew Luck, not "Luck had nothing to do with it" beside "bad luck");
- never when the run writes it as a common noun, after "the" with no noun after it ("rides to
  the Moon to conduct science": "Moon" is not "Blue Moon").

The person's full name, as written elsewhere in the run, is found the same way where an article
gives it no cue of its own ("Wladimir Klitschko defended his crown"), unless the run writes
"the" before it ("the Red Sox", "the White House": no person). Two people of the run with
one surname make the surname name neither. One regex of all the
run's surnames is run over every sentence once, so the pass is linear in the text.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict

from ..extract.name_document import without_common_nouns
from ..extract.name_rules import trie_pattern
from ..extract.open_claims import attach_people
from ..models import EntityValue, ExtractedDocument, Mention

# Words written after a person's surname that are not the surname ("Comeaux Jr").
_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})
# A full name as written: two to four capitalised words (initials allowed), nothing else.
_FULL_NAME = re.compile(r"[^\W\d_a-z][\w'’-]{2,}(?: [^\W\d_a-z][\w'’.-]*){1,3}$")  # "Cathal Ó Briain"
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:-[^\W\d_]+)*$")
# A capitalised word written right before a position, and one space.
_CAPITAL_BEFORE = re.compile(r"(?<![\w'’-])[^\W\d_a-z][\w'’.-]*\s$")
_CAPITAL_AFTER = re.compile(r"^\s[^\W\d_a-z]")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
# What may open a sentence before its first word: quotes, brackets, emphasis, dashes.
_OPENING = " \t\"'“‘«*_([-–—"


def _surname(name: str) -> str | None:
    """The last word of a written full name that is not a suffix, when it is a name word."""
    words = [w.rstrip(",") for w in name.split()]
    while words and words[-1] in _SUFFIXES:
        words.pop()
    if len(words) < 2 or not _NAME_WORD.match(words[-1]) or not words[-1][:1].isupper() or words[-1].isupper():
        return None
    return words[-1]


def run_surnames(docs: list[ExtractedDocument]) -> dict[str, EntityValue]:
    """The surnames of the people named in full in the run (and those full names as written),
    each with its person, when only one
    person has it and no place or organisation is written as that one word. A full name whose
    first word the run also writes in lower case ("Considering Lionsgate", "Rural Health") or in
    capitals ("INS Mysore") is too weak a person to lend its last word to other articles."""
    owners: dict[str, dict[str, EntityValue]] = defaultdict(dict)
    firsts: dict[str, set[str]] = defaultdict(set)
    full: dict[str, dict[str, EntityValue]] = defaultdict(dict)
    other_words: set[str] = set()
    for ed in docs:
        shadowed = _shadowed_places(ed)
        for m in ed.mentions:
            value = m.value
            if not isinstance(value, EntityValue) or value.adjective:
                continue
            if m.kind == "person":
                if _FULL_NAME.match(m.text):
                    full[m.text].setdefault(value.entity, value)
                for written in (m.text, value.canonical):
                    surname = _surname(written)
                    if surname is not None:
                        owners[surname].setdefault(value.entity, value)
                        firsts[surname].add(written.split()[0])
            elif m.kind in ("place", "organization") and not _weak_organization(m) and m.id not in shadowed:
                other_words.add(m.text)
    unique = without_common_nouns([s for ed in docs for s in ed.sentences],
                                  {s: next(iter(p.values())) for s, p in owners.items() if len(p) == 1 and s not in other_words})
    if not unique and not full:
        return {}
    lower = set().union(*(_LOWER_WORD.findall(ed.document.text) for ed in docs))
    unique = {s: person for s, person in unique.items() if not any(_weak_first_word(first, lower) for first in firsts[s])}
    # A full name of one person is that person wherever it is written: the full name of a surname
    # the run lends, and also, when two people of the run share its surname ("Yanis Benali"
    # beside his sister "Inès Benali"), a full name no article writes as a place or an
    # organisation and whose first word the run never writes in lower case or in capitals.
    spread = {name: next(iter(people.values())) for name, people in full.items()
              if len(people) == 1 and (_surname(name) in unique and next(iter(people)) == unique[_surname(name)].entity
                                       or name not in other_words and not _weak_first_word(name.split()[0], lower))}
    if spread:  # "the Red Sox", "the White House": a run that writes "the" before a name names no person by it
        after_the = re.compile(r"(?<![\w'’-])[Tt]he\s+(" + trie_pattern(sorted(spread)) + r")(?![\w-])")
        named = {m.group(1) for ed in docs for m in after_the.finditer(ed.document.text)}
        unique.update((name, person) for name, person in spread.items() if name not in named)
    return unique


def _weak_first_word(first: str, lower: set[str]) -> bool:
    """Whether a full name's first word is written in capitals ("INS Mysore") or, somewhere in
    the run (``lower``: its words in lower case), in lower case ("Considering Lionsgate"): too
    weak a person to lend its name or its surname to other articles."""
    return first.isupper() and len(first) > 1 or first.lower() in lower


def _weak_organization(m: Mention) -> bool:
    """A one-word organisation that extraction found from the article's evidence alone
    (extract/name_lone.py: "Gaskin said ..."), not from the gazetteer, an acronym, a wire credit
    or a ship's name: the surname of a person the run names in full is that person, not an
    organisation."""
    value = m.value
    return (m.kind == "organization" and isinstance(value, EntityValue) and value.entity.startswith("name:")
            and value.role not in ("credit", "vessel", "storm") and " " not in m.text and not m.text.isupper())


def _shadowed_places(ed: ExtractedDocument) -> dict[str, EntityValue]:
    """The one-word town or region mentions (a place with a country of its own, not a country)
    spelled like the surname of the one person the same article names in full with it, by id,
    with that person: "Dr Abdoulaye Moustapha Bello ... Bello said" is the doctor, not the
    Colombian town of Bello. A surname read inside the full name never reaches the gazetteer;
    the lone one does. A full name whose first word the article also writes in lower case or in
    capitals ("Public Health Wales" misread as a person) lends no surname."""
    owners: dict[str, dict[str, EntityValue]] = defaultdict(dict)
    lower: set[str] | None = None
    for m in ed.mentions:
        if m.kind == "person" and " " in m.text and isinstance(m.value, EntityValue) \
                and (surname := _surname(m.text)) is not None:
            if lower is None:
                lower = set(_LOWER_WORD.findall(ed.document.text))
            if not _weak_first_word(m.text.split()[0], lower):
                owners[surname].setdefault(m.value.entity, m.value)
    if not owners:
        return {}
    return {m.id: next(iter(owners[m.text].values())) for m in ed.mentions
            if m.kind == "place" and len(owners.get(m.text, ())) == 1 and isinstance(m.value, EntityValue)
            and not m.value.adjective and m.value.country and m.value.country != m.value.canonical}


def _people_for_weak_organizations(ed: ExtractedDocument, surnames: dict[str, EntityValue]) -> None:
    """Each weak organisation mention (:func:`_weak_organization`) or town spelled like the
    surname of a person named in full in the same article (:func:`_shadowed_places`) written
    as a run surname becomes a mention of that person, in the claims that hold it too."""
    renamed: dict[str, tuple[str, str]] = {}  # mention id -> (old entity, new entity)
    places: dict[str, str] = {}  # mention id -> the canonical name of the town it was read as
    shadowed = _shadowed_places(ed)
    for m in ed.mentions:
        person = shadowed.get(m.id) or surnames.get(m.text)
        if person is not None and (_weak_organization(m) or m.id in shadowed):
            renamed[m.id] = (m.value.entity, person.entity)
            if m.kind == "place":
                places[m.id] = m.value.canonical
            m.kind = "person"
            m.value = EntityValue(entity=person.entity, canonical=person.canonical, type="person", country=person.country)
    if not renamed:
        return
    for claim in ed.claims:
        for mention_id in claim.mentions:
            if mention_id in renamed:
                old, new = renamed[mention_id]
                claim.participants = list(dict.fromkeys(new if p == old else p for p in claim.participants))
                if claim.place is not None and claim.place == places.get(mention_id):
                    claim.place = None


def add_lone_surnames(docs: list[ExtractedDocument]) -> None:
    """Add a person mention for each surname of :func:`run_surnames` an article writes alone,
    and make the weak organisations written as one of them, and the towns spelled like the
    surname of the article's own person, that person."""
    surnames = run_surnames(docs)
    for ed in docs:
        _people_for_weak_organizations(ed, surnames)
    if not surnames:
        return
    pattern = re.compile(r"(?<![\w'’-])(" + trie_pattern(sorted(surnames)) + r")(?![\w-]|['’]\w\w)")
    for ed in docs:
        if not ed.sentences:
            continue
        text = ed.document.text
        ordered = sorted(ed.mentions, key=lambda m: (m.start, m.end))
        starts = [m.start for m in ordered]
        lower: set[str] | None = None
        added: list[Mention] = []
        for sentence in ed.sentences:
            for match in pattern.finditer(sentence.text):
                start, end = sentence.start + match.start(), sentence.start + match.end()
                at = bisect.bisect_left(starts, end)
                word = match.group(1)
                inside = [m for m in ordered[max(0, at - 8) : at] if m.start < end and start < m.end]
                if inside:
                    _widen(inside, start, end, word, surnames[word])
                    continue  # inside a mention already found
                before = sentence.text[max(0, match.start() - 40) : match.start()]
                if " " in word:
                    pass  # a full name of the run's person: no cue needed
                elif _CAPITAL_BEFORE.search(before) or _CAPITAL_AFTER.match(sentence.text[match.end() : match.end() + 2]):
                    continue
                elif not before.strip(_OPENING) and match.start() < 40:
                    if lower is None:
                        lower = set(_LOWER_WORD.findall(text))
                    if word.lower() in lower:
                        continue
                person = surnames[word]
                added.append(Mention(document=ed.document.id, kind="person", text=word, start=start, end=end,
                                     line=ed.document.line_of(start), sentence=sentence.index, zone=sentence.zone,
                                     value=EntityValue(entity=person.entity, canonical=person.canonical, type="person",
                                                       country=person.country)))
        if added:
            _insert(ed, added)
            attach_people(ed.claims, text, added)


def _widen(inside: list[Mention], start: int, end: int, name: str, person: EntityValue) -> None:
    """A full name of the run's person written where the article's mention of that person holds
    only part of it ("Cathal Ó Briain resigned": the sentence's opening capital left the given
    name out, "Ó Briain" was read alone): the mention is the full name."""
    if " " not in name or len(inside) != 1:
        return
    mention = inside[0]
    value = mention.value
    if (mention.kind == "person" and isinstance(value, EntityValue) and value.entity == person.entity
            and start <= mention.start and mention.end <= end):
        mention.start, mention.end, mention.text = start, end, name


def _insert(ed: ExtractedDocument, added: list[Mention]) -> None:
    """Add mentions in text order; their ids follow the document's last mention number, so the
    ids claims already hold stay valid."""
    last = 0
    for m in ed.mentions:
        number = m.id.rsplit("#m", 1)[-1]
        if number.isdigit():
            last = max(last, int(number))
    for offset, mention in enumerate(added, 1):
        mention.id = f"{ed.document.id}#m{last + offset}"
    ed.mentions = sorted(ed.mentions + added, key=lambda m: (m.start, m.end, m.kind))
