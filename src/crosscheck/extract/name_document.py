"""Names across one document: what a single sentence cannot decide.

A capitalised run with the shape of a person's name but no cue in its own sentence ("Tara Reid
has checked into rehab") is a *candidate*; the document decides it. News names a person in full
once and then by the surname alone ("Reid said ..."), so a candidate becomes a person when its
last word is used alone elsewhere in the article (not where a sentence starts, where capitals
are forced), or when the same full name is a person elsewhere in the article. Then:

- a person's surname used alone (also without its particle: "Burhan" for "al-Burhan"), or the
  full name written again (also in a headline), is a mention of that person, unless other
  capitalised given names stand before the surname: "Abdelrahim Dagalo" beside "Mohamed Hamdan
  Dagalo" is another person, extracted in full;
- a given name used alone ("Lindsay" after "Lindsay Lohan") is that person when one person of the
  article has it and nobody has it as a surname;
- a one-word person found by a title ("Captain Traoré") is the article's person of that surname.
A surname or given name shared by two people of the article names neither, and a surname the
article writes as a common noun ("the Moon", "the moon.") names nobody.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, TypeVar

from ..models import Document, EntityValue, Mention, Sentence
from .name_rules import entity_slug, fold_same_length
from .sentences import split_span

EntityType = Literal["person", "organization", "place"]

PARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|ash|as|at|ben|bin|ibn|abu)-[^\W\d_]", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
# A capitalised word after a preposition of place ("in Malibu", "à Maurepas"): a place's name.
_PLACED = re.compile(r"(?<![\w'’])(?:in|near|at|outside|around|à|au|près de)\s+([^\W\d_a-z][\w'’-]*)")
# What may open a sentence before its first word: quotes, brackets, emphasis, dashes.
OPENING = " \t\"'“‘«*_([-–—"
# Capitalised words written right before a person's last name ("Abdelrahim" before "Dagalo").
_GIVEN_NAMES_BEFORE = re.compile(r"(?:^|(?<=\s))((?:[^\W\d_][^\W\d_'’-]*(?:-[^\W\d_]+)*\s){1,3})$")


_Owner = TypeVar("_Owner")
# After "the" and a word: no noun follows, so the word is a noun of its own ("rides to the Moon to
# conduct science", "landed on the moon."), not a surname used as a modifier ("the Trump administration").
_NO_NOUN_AFTER = r"(?=\s*(?:[.,;:!?)\]]|['’]s\b|$)|\s+(?:for|to|of|in|on|at|by|with|from|and|or|but|is|was|are|were|has|had|will|would)\b)"


def without_common_nouns(sentences: list[Sentence], surnames: dict[str, _Owner]) -> dict[str, _Owner]:
    """The surnames the article (or the run) never writes as a common noun, after "the" with no
    noun after it: "the Moon" is the moon, so "Moon" alone is no reference to "Blue Moon"; "the
    King of Spain" is no "Stephen King"."""
    if not surnames or not _may_follow_the(sentences, surnames):
        return surnames
    pattern = re.compile(r"\bthe\s+(" + "|".join(re.escape(s) for s in sorted(surnames, key=lambda s: (-len(s), s))) + ")"
                         + _NO_NOUN_AFTER, re.IGNORECASE)
    common = {m.group(1).lower() for sentence in sentences for m in pattern.finditer(sentence.text)}
    return {name: hit for name, hit in surnames.items() if name.lower() not in common} if common else surnames


_THE = re.compile(r"\bthe\s+", re.IGNORECASE)


def _may_follow_the(sentences: list[Sentence], surnames) -> bool:
    """Whether a surname, lower-cased, may follow "the" in a sentence, as a match of the
    alternation of :func:`without_common_nouns` must to count (it keeps a surname only when no
    match reads as that surname lower-cased); checked without compiling that alternation, which
    cost more than the rest of the names of an article. False: no match of it would count."""
    if any(not surname or surname[0].isspace() for surname in surnames):
        return True  # a match may then start inside the spaces after "the"
    # A match is as long as its surname; lower-cased it may grow ("İ"), so any surname may be what it reads as.
    sizes = {len(surname) for surname in surnames}
    lowered = {surname.lower() for surname in surnames}
    for sentence in sentences:
        text = sentence.text
        for m in _THE.finditer(text):
            at = m.end()
            if any(text[at : at + size].lower() in lowered for size in sizes):
                return True
    return False


def _word_char(char: str, also: str) -> bool:
    r"""Whether ``char`` is what the regex class ``[\w<also>]`` matches (\w: letters, digits, _)."""
    return char.isalnum() or char == "_" or char in also


def find_forms(text: str, forms: list[str]) -> list[tuple[int, int, str]]:
    r"""The matches of ``(?<![\w'-])(form|form|...)(?![\w-])`` in ``text`` with the (non-empty)
    ``forms`` in that order (longest first), as ``finditer`` gives them: at each place the
    first form, in order, that stands there as a whole word; then on after its end.

    Found with ``str.find`` per form: a document's names make a new alternation each time,
    and compiling it cost more than the search (about 2 ms per article)."""
    first_at: dict[int, str] = {}
    for form in forms:
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            if at not in first_at and (at == 0 or not _word_char(text[at - 1], "'-")) and \
                    (end == len(text) or not _word_char(text[end], "-")):
                first_at[at] = form
            at = text.find(form, at + 1)
    found, last_end = [], 0
    for at in sorted(first_at):
        if at >= last_end:
            form = first_at[at]
            found.append((at, at + len(form), form))
            last_end = at + len(form)
    return found


def _capitalised_word_before(text: str, start: int) -> bool:
    """Whether a capitalised word and one space stand right before ``start`` ("Finance Bill")."""
    before = text[max(0, start - 30) : start]
    words = before.split()
    return before.endswith(" ") and not before.endswith("  ") and bool(words) and words[-1][:1].isupper()


def headline_sentences(doc: Document, first_index: int) -> list[Sentence]:
    """The headline zones of the page (kept out of the body, so out of claims) as sentences
    numbered after the body's: a headline often gives the one full name the body shortens
    ("Lindsay Lohan checks into rehab" over "Lohan was ...")."""
    sentences = []
    for zone in doc.furniture:
        if zone.kind != "headline":
            continue
        for start, end in split_span(doc.text, zone.start, zone.end):
            sentences.append(Sentence(document=doc.id, index=first_index + len(sentences), paragraph=-1, start=start,
                                      end=end, line=doc.line_of(start), text=doc.text[start:end], zone="headline"))
    return sentences


@dataclass
class Hit:
    """A name found in one sentence (offsets into the sentence's text)."""

    start: int
    end: int
    type: EntityType
    entity: str
    canonical: str
    country: str | None
    adjective: bool = False
    title: str | None = None
    role: str | None = None


@dataclass
class Candidate:
    """A run with the shape of a person's name and no cue in its sentence; the document decides."""

    start: int
    end: int
    words: list[str]
    title: str | None = None
    initial: bool = False  # written where a sentence starts, where capitals are forced
    # Every word unknown to the dictionary and never written in lower case by the article
    # ("Cathal Ó Briain resigned ..."): no sentence word, even where capitals are forced.
    plain: bool = False


@dataclass
class SentenceNames:
    """What one sentence gave: hits, candidates, and the capitalised words written alone in it
    (not at its start), which are the surnames the article uses."""

    hits: list[Hit]
    candidates: list[Candidate] = field(default_factory=list)
    lone_words: set[str] = field(default_factory=set)
    team_words: set[str] = field(default_factory=set)  # last words of runs after an article: none of a headline's surnames
    # Words alone at the start of a sentence that no dictionary knows and the article never writes
    # in lower case ("Lohan said ..."): a surname there, not a capital forced on a common word.
    opening_words: set[str] = field(default_factory=set)
    lone: list = field(default_factory=list)  # single words nothing made a name (extract.name_lone.LoneWord)
    aliases: list = field(default_factory=list)  # (nickname, Hit) read between a given name and a surname


def _ends_with_person(written: str, people: set[str]) -> bool:
    """Whether a name's last words are a person of two words or more the article names otherwise
    ("Cathal Ó Briain" where "Mr Ó Briain" is a person): the full name of that person. A surname
    of one word says less: "Abdelrahim Dagalo" beside "Dagalo" may be his brother."""
    return any(written.endswith(" " + person) for person in people if " " in person)


class DocumentNames:
    """Settles candidates and short references with the whole document in view."""

    def __init__(self, not_names: frozenset[str], title_first_words: frozenset[str], suffixes: frozenset[str],
                 given_names: frozenset[str], describe: Callable[[str, Hit, list[Hit]], None]):
        self.given_names = given_names
        self.not_names = not_names
        self.suffixes = suffixes
        self.title_first_words = title_first_words
        self.describe = describe

    def resolve(self, sentences: list[Sentence], found: list[SentenceNames]) -> list[tuple[Sentence, Hit]]:
        pairs = [(sentence, hit) for sentence, names in zip(sentences, found) for hit in names.hits]
        pairs += self._accepted_candidates(sentences, found, pairs)
        surnames = without_common_nouns(sentences, self._surname_owners(pairs))
        pairs = [(sentence, self._as_named_person(hit, surnames)) for sentence, hit in pairs]
        pairs += self._references(sentences, pairs, surnames)
        return pairs

    # -- candidates ---------------------------------------------------------------------------

    def _accepted_candidates(self, sentences, found, pairs) -> list[tuple[Sentence, Hit]]:
        """Candidates inside sentences first; then those at a sentence start, where the first word
        may be a sentence word: "Choosing DeGeneres" when the article's DeGeneres is Ellen
        DeGeneres is a reference to her, left to :meth:`_references`. A pair of a headline, where
        every word is capitalised, also needs its first word to be a known given name or a word
        the body writes too (or the full name to be a person of the body); a known given name the
        body uses alone confirms it as a surname would ("Lindsay" under "Lindsay Lohan Checks Out").
        A body candidate is confirmed by its surname used alone, also where a sentence starts when
        no dictionary knows the word and the article never writes it in lower case ("Lohan said
        ..."): a word that completes a person of the article is that person, not a company named
        by one word."""
        if not any(names.candidates for names in found):
            return []
        teams = set().union(*(names.team_words for names in found))
        lone = set().union(*(names.lone_words for names in found), *(names.opening_words for names in found))
        headline_lone = lone - teams  # "the Jackman announcement" uses a surname; a headline needs more
        lone -= {word for word in teams if word.endswith("s") and not word.endswith("ss")}  # "the Bluejays"
        people = {sentence.text[h.start : h.end] for sentence, h in pairs if h.type == "person"}
        accepted: list[tuple[Sentence, Hit]] = []
        spans: dict[int, list[tuple[int, int]]] = {}  # accepted so far, by sentence: a headline's pairs overlap
        body_words: set[str] | None = None  # the words of the body, read when a headline pair asks
        placed_words: list[set[str]] = []  # the words written as places, read when a plain candidate asks

        def placed() -> set[str]:
            if not placed_words:
                placed_words.append({m.group(1) for s in sentences for m in _PLACED.finditer(s.text)})
            return placed_words[0]

        # A full name written again without its accents ("Ana Lucia Restrepo Gomez" after "Ana
        # Lucía Restrepo Gómez") is the same person's.
        folded_people = {fold_same_length(p) for p in people}
        for initial in (False, True):
            given_of: dict[str, set[str]] = {}
            for sentence, hit in pairs + accepted:
                parts = sentence.text[hit.start : hit.end].split()
                if hit.type == "person" and len(parts) > 1:
                    given_of.setdefault(self._surname(parts), set()).add(parts[0])
            for sentence, names in zip(sentences, found):
                for candidate in names.candidates:
                    if candidate.initial != initial:
                        continue
                    written = sentence.text[candidate.start : candidate.end]
                    surname, first = self._surname(candidate.words), candidate.words[0]
                    if (initial and written not in people and surname in given_of and first not in given_of[surname]
                            and not _ends_with_person(written, people)):
                        continue
                    taken = spans.setdefault(sentence.index, [])
                    if any(a < candidate.end and candidate.start < b for a, b in taken):
                        continue
                    if sentence.zone == "headline" and any(
                            len(p) > len(written) and written in p and p in sentence.text for p in people):
                        continue  # "Joseph Comeaux" inside "Arcade Joseph Comeaux Jr.": the full name is a reference
                    if sentence.zone == "headline" and written not in people and first not in self.given_names:
                        if body_words is None:
                            body_words = set(_WORD.findall(" ".join(s.text for s in sentences if s.zone != "headline")))
                        if first not in body_words:
                            continue  # "Nab Teixeira", "Outside Bloomington": a headline's word in capitals
                    if (written in people or fold_same_length(written) in folded_people or surname in (headline_lone if sentence.zone == "headline" else lone)
                            or sentence.zone == "headline" and first in self.given_names and first in headline_lone
                            or sentence.zone != "headline" and _ends_with_person(written, people)
                            or candidate.plain and sentence.zone != "headline" and not set(candidate.words) & (placed() | teams)):
                        taken.append((candidate.start, candidate.end))
                        hit = Hit(candidate.start, candidate.end, "person", entity_slug(written), written, None,
                                  title=candidate.title)
                        self.describe(sentence.text, hit, names.hits)
                        accepted.append((sentence, hit))
                        people.add(written)
                        folded_people.add(fold_same_length(written))
        return accepted

    def _surname(self, words: list[str]) -> str:
        """The last word of a name that is not a suffix ("Comeaux" in "Arcade Joseph Comeaux Jr.")."""
        for word in reversed(words):
            if word.rstrip(".,") not in self.suffixes:
                return word.rstrip(",")
        return words[-1]

    # -- references ---------------------------------------------------------------------------

    def _surname_owners(self, found: list[tuple[Sentence, Hit]]) -> dict[str, Hit]:
        """Last names of the people named in full in one document, each with its person. A last
        name shared by two people of the article names neither."""
        owners: dict[str, dict[str, Hit]] = {}
        for sentence, hit in found:
            if hit.type != "person":
                continue
            for written in (sentence.text[hit.start : hit.end], hit.canonical):
                parts = written.split()
                if len(parts) < 2:
                    continue
                last = self._surname(parts)
                for surname in (last, last.split("-", 1)[1] if PARTICLE_PREFIX.match(last) else ""):  # "Burhan" for "al-Burhan"
                    if surname not in self.not_names and surname[:1].isupper():
                        owners.setdefault(surname, {}).setdefault(hit.entity, hit)
        return {name: next(iter(people.values())) for name, people in owners.items() if len(people) == 1}

    def _given_name_owners(self, found: list[tuple[Sentence, Hit]], surnames: dict[str, Hit]) -> dict[str, Hit]:
        """First names of the people named in full, each with its person, when only one person of
        the article has it and it is nobody's surname."""
        owners: dict[str, dict[str, Hit]] = {}
        for sentence, hit in found:
            if hit.type != "person":
                continue
            parts = sentence.text[hit.start : hit.end].split()
            if len(parts) < 2:
                continue
            first = parts[0]
            if (first[:1].isupper() and len(first) > 2 and not first.isupper() and first not in self.not_names
                    and first.lower() not in self.title_first_words and first not in surnames):
                owners.setdefault(first, {}).setdefault(hit.entity, hit)
        return {name: next(iter(people.values())) for name, people in owners.items() if len(people) == 1}

    @staticmethod
    def _as_named_person(hit: Hit, surnames: dict[str, Hit]) -> Hit:
        """A discovered one-word person ("Captain Traoré") is the article's person of that last name."""
        person = surnames.get(hit.canonical) if hit.type == "person" and hit.entity.startswith("name:") else None
        if person is not None and person.entity != hit.entity:
            hit.entity, hit.canonical, hit.country = person.entity, person.canonical, hit.country or person.country
        return hit

    def _other_given_names(self, text: str, start: int, spans: list[tuple[int, int]]) -> int | None:
        """Where the given names of a different person start when capitalised words (not titles, not
        sentence words, not a known name) stand right before a last name at ``start``."""
        match = _GIVEN_NAMES_BEFORE.search(text, max(0, start - 60), start)
        if match is None:
            return None
        words = list(re.finditer(r"\S+", match.group(1)))
        given = None
        for word in reversed(words):
            at = match.start(1) + word.start()
            written = word.group()
            if (not written[:1].isupper() or written.isupper() or written in self.not_names
                    or written.lower() in self.title_first_words or any(a <= at < b for a, b in spans)):
                break
            given = at
        if given is not None and given < 40 and not text[:given].strip(OPENING) and \
                text[given:].split(None, 1)[0] not in self.given_names:
            return None  # "Choosing DeGeneres": capitals forced at the start of a sentence
        return given

    def _references(self, sentences: list[Sentence], found: list[tuple[Sentence, Hit]],
                    surnames: dict[str, Hit]) -> list[tuple[Sentence, Hit]]:
        """A person's full name written again, the surname alone (also at the start of a sentence:
        "Traore seized power" after "Ibrahim Traore"), or the given name alone (not at the start
        of a sentence), anywhere in the same document."""
        given = self._given_name_owners(found, surnames)
        full: dict[str, Hit] = {}
        for sentence, hit in found:
            written = sentence.text[hit.start : hit.end]
            if hit.type == "person" and " " in written:
                full.setdefault(written, hit)
        forms = {**{g: ("given", h) for g, h in given.items()}, **{s: ("surname", h) for s, h in surnames.items()},
                 **{f: ("full", h) for f, h in full.items()}}
        if not forms:
            return []
        ordered = sorted(forms, key=lambda f: (-len(f), f))
        covered: dict[int, list[tuple[int, int]]] = {}
        for sentence, hit in found:
            covered.setdefault(sentence.index, []).append((hit.start, hit.end))
        extra = []
        for sentence in sentences:
            spans = covered.get(sentence.index, [])
            for start, end, form in find_forms(sentence.text, ordered):
                if any(a < end and start < b for a, b in spans):
                    continue
                kind, person = forms[form]
                if kind == "given" and (start < 40 and not sentence.text[:start].strip(OPENING) or
                                        sentence.text[end : end + 2].lstrip()[:1].isupper()
                                        or _capitalised_word_before(sentence.text, start)):
                    continue  # capitals forced at a sentence start; a longer name ("Lindsay Davenport", "the Finance Bill")
                given_start = self._other_given_names(sentence.text, start, spans) if kind == "surname" else None
                if given_start is not None and sentence.zone == "headline" and \
                        sentence.text[given_start:start].split()[-1] not in self.given_names:
                    given_start = None  # "Endangered Species Rule Bush": a headline capitalises every word
                if given_start is not None:  # "Abdelrahim Dagalo" beside "Mohamed Hamdan Dagalo": another person
                    name = sentence.text[given_start:end]
                    hit = Hit(given_start, end, "person", entity_slug(name), name, person.country)
                else:
                    hit = Hit(start, end, "person", person.entity, person.canonical, person.country)
                self.describe(sentence.text, hit, [])
                spans = spans + [(hit.start, hit.end)]
                extra.append((sentence, hit))
        return extra


def document_mentions(doc: Document, found: list[tuple[Sentence, Hit]], body_sentences: int, outlets: frozenset[str]) -> list[Mention]:
    """Mentions of the body's sentences, and the people named in the headline (a headline
    mention lies outside the body's sentences, numbered after them, so no claim rests on it).
    An organisation that reports rather than takes part has the role "outlet": an entity of
    ``outlets`` (news agencies) or the page's own outlet or credited agency named in the text."""
    mentions = []
    # The names of who reports: the page's outlet and the agency it credits.
    reporters = {fold_same_length(n).casefold() for n in (doc.outlet, doc.credit) if n and n.strip()}
    for sentence, hit in found:
        in_headline = sentence.index >= body_sentences
        if in_headline and hit.type != "person":
            continue
        start, end = sentence.start + hit.start, sentence.start + hit.end
        if hit.type == "organization" and hit.role is None and (
                hit.entity in outlets or fold_same_length(doc.text[start:end]).casefold() in reporters):
            hit.role = "outlet"  # "AFP reported", "told Rhine Wire": who reports, no participant
        # Built without re-validation: every value already has its final type (a document
        # has hundreds of name mentions, and validating each costs more than finding it).
        mentions.append(
            Mention.model_construct(
                document=doc.id,
                kind=hit.type,
                text=doc.text[start:end],
                start=start,
                end=end,
                line=doc.line_of(start),
                sentence=sentence.index,
                zone="headline" if in_headline else sentence.zone,
                value=EntityValue.model_construct(
                    entity=hit.entity,
                    canonical=hit.canonical,
                    type=hit.type,
                    title=hit.title,
                    role=hit.role,
                    country=hit.country,
                    adjective=hit.adjective,
                ),
            )
        )
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions
