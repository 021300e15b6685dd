"""What the wording of two articles tells about whether they report one happening.

The name extractor types people, organisations and places, but news names far more than it
can type: the store that burned ("a Waitrose store in Surrey"), the mountain ("Mt Cook"), the
software ("Internet Explorer"), the ship. A fact-checker reads those names too: two reports
that name the same rare things around the same kind of event tell one happening, and two
reports that each name something the other never mentions (Surrey against Wellington) tell
two. This module gives compare that reading, from the text alone:

* **name words**: the capitalised words of a sentence that are not its first word nor a
  month or weekday name (lowercased): names the extractor may not have typed;
* **rarity** of a word: ln((articles + 1) / articles using it, in any case), as for
  participants: a word every article uses ("fire" in a run of fire stories) tells little;
* the rarity of a **participant** (a person, organisation or place below the country, by
  entity), in the same way;
* the **profile** of an article: its name words weighted by rarity and use (tf-idf), and the
  **similarity** of two articles: the cosine of their profiles (0 to 1).

Each article is read once (linear in the collection); a similarity is computed only for the
pairs of accounts compare actually weighs, once per pair of articles.
"""

from __future__ import annotations

import bisect
import math
import re
from array import array
from collections import Counter

from ..calendar_words import calendar_names
from ..models import EntityValue, ExtractedDocument, Mention

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# What precedes a word that starts a clause, so is capitalised whatever it is: a dash (after a
# dateline), a colon, an opening quotation mark.
_CLAUSE_START = re.compile(r"(?:\s[-–—]|[:\"“«])\s*$")
_PROFILE_WORDS = 64  # an article's profile keeps its this many weightiest name words (bounded pair cost)


def words_of(text: str) -> list[str]:
    """The words of ``text`` as written (letters first; apostrophes and hyphens inside)."""
    return _WORD.findall(text)


def country_only(m: Mention) -> bool:
    """Whether a mention names a country (or a place with no country known): a country alone
    never tells one event from another ("another earthquake in Indonesia")."""
    value = m.value
    return (m.kind == "place" and isinstance(value, EntityValue)
            and (not value.country or value.country.lower() == value.canonical.lower()))


def participant_key(m: Mention | None, unknown_places: bool) -> str | None:
    """The evidence key of an entity mention ("person:<entity>", "organization:...",
    "place:..."): people, organisations and places below the country; None for a country (a
    country alone never tells one event from another) and for anything else.

    ``unknown_places``: whether a place of no known country counts ("Tana River", "Hola": a
    town the gazetteer lacks, or a name of unknown level). Finding another source of a claim
    (``open_single``) and joining an account that names no country to a placed event
    (``unplaced``) take it; the open grouping's participants do not (its evidence was set
    and measured on ECB+ without them; the town still counts there as a name word)."""
    if m is None:
        return None
    value = m.value
    if not isinstance(value, EntityValue) or m.kind not in ("person", "organization", "place"):
        return None
    if m.kind == "place" and (country_only(m) if not unknown_places
                              else bool(value.country) and value.country.lower() == value.canonical.lower()):
        return None
    return f"{m.kind}:{value.entity}"


def _reporter_spans(ed: ExtractedDocument) -> list[tuple[int, int]]:
    """Where an article writes the name of its outlet or of the agency it credits ("(Europa
    Wire)" in a dateline, "seen by the Bharuch Times"): who reports, not what happened. Only
    the name as a whole is left out: "Bharuch" alone, elsewhere, is still a town."""
    names = sorted({n for n in (ed.document.outlet, ed.document.credit) if n and n.strip()}, key=len, reverse=True)
    if not names:
        return []
    pattern = re.compile("|".join(re.escape(n.strip()) for n in names), re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(ed.document.text)]


class Resemblance:
    """Name words, their rarity and article profiles over one collection (see module docstring)."""

    def __init__(self, docs: list[ExtractedDocument]) -> None:
        self._calendar: dict[str, frozenset[str]] = {}
        self._surface: dict[str, str] = {}  # a name word as first written, for reports
        self._sentence_words: dict[tuple[str, int], tuple[str, ...]] = {}
        # Each word of the run (lowercased) once, numbered; an article's words are the sorted
        # numbers of those it uses (4 bytes a word: the set of its words was 16 KB an article).
        self._numbers: dict[str, int] = {}
        self._used: dict[str, array] = {}
        named: dict[str, Counter] = {}
        frequency: Counter = Counter()
        participants: Counter = Counter()
        for ed in docs:
            named[ed.document.id] = self._read(ed)
            frequency.update(self._used[ed.document.id])
            participants.update({k for k in (participant_key(m, unknown_places=True) for m in ed.mentions) if k})
        n = len(docs)
        self._rarity = {word: math.log((n + 1) / frequency[number]) for word, number in self._numbers.items()}
        self._key_rarity = {key: math.log((n + 1) / f) for key, f in participants.items()}
        self._profiles = {doc_id: self._profile(counts) for doc_id, counts in named.items()}
        self._similar: dict[tuple[str, str], float] = {}

    def _read(self, ed: ExtractedDocument) -> Counter:
        """Record an article's words and each sentence's name words; its name words counted."""
        language = ed.document.language or "en"
        countries = sorted([(m.start, m.end) for m in ed.mentions if country_only(m)] + _reporter_spans(ed))
        numbers = self._numbers
        seen: set[int] = set()
        counts: Counter = Counter()
        calendar = self._calendar_words(language)
        for sentence in ed.sentences:
            text = sentence.text  # read once: a record reads its text from its document's by offset
            words = list(_WORD.finditer(text))
            seen.update(numbers.setdefault(m.group().lower(), len(numbers)) for m in words)
            found = self._name_words(text, sentence.start, words, calendar, countries)
            self._sentence_words[(ed.document.id, sentence.index)] = found
            counts.update(found)
        self._used[ed.document.id] = array("I", sorted(seen))
        return counts

    def _profile(self, counts: Counter) -> dict[str, float]:
        weighted = sorted(((1 + math.log(times)) * self._rarity.get(word, 0.0), word) for word, times in counts.items())
        weighted = [(w, word) for w, word in weighted[-_PROFILE_WORDS:] if w > 0]
        norm = math.sqrt(sum(w * w for w, _ in weighted)) or 1.0
        return {word: w / norm for w, word in weighted}

    def with_document(self, ed: ExtractedDocument) -> Resemblance:
        """This collection's resemblance with one more article read against it (a statement
        verify looks up), the collection's rarities unchanged."""
        copy = object.__new__(Resemblance)
        copy.__dict__.update(self.__dict__)
        copy._surface, copy._sentence_words = dict(self._surface), dict(self._sentence_words)
        copy._used, copy._profiles, copy._similar = dict(self._used), dict(self._profiles), {}
        copy._numbers = dict(self._numbers)
        copy._profiles[ed.document.id] = copy._profile(copy._read(ed))
        return copy

    def _calendar_words(self, language: str) -> frozenset[str]:
        found = self._calendar.get(language)
        if found is None:
            try:
                months, weekdays = calendar_names(language)
            except (FileNotFoundError, KeyError):
                months, weekdays = calendar_names("en")
            found = self._calendar[language] = frozenset(months) | frozenset(weekdays)
        return found

    def _name_words(self, text: str, offset: int, words: list[re.Match], calendar: frozenset[str],
                    countries: list[tuple[int, int]]) -> tuple[str, ...]:
        """The capitalised words of a sentence (its ``text`` at ``offset`` in its document, and
        the ``_WORD`` matches in it), lowercased, but its first word (capitalised anyway), month
        and weekday names (``calendar``: times are compared as times) and country names."""
        found = []
        for i, m in enumerate(words):
            word = m.group()
            if i and word[0].isupper() and not _CLAUSE_START.search(text[max(0, m.start() - 4) : m.start()]):
                low = word.lower()
                start = offset + m.start()
                at = bisect.bisect_right(countries, (start, float("inf"))) - 1
                if low not in calendar and not (at >= 0 and countries[at][0] <= start < countries[at][1]):
                    found.append(low)
                    self._surface.setdefault(low, word)
        return tuple(found)

    def name_words(self, doc_id: str, sentence: int) -> tuple[str, ...]:
        """The name words of one sentence of an article (see _name_words)."""
        return self._sentence_words.get((doc_id, sentence), ())

    def surface(self, word: str) -> str:
        """A name word as an article first wrote it ("Waitrose" for "waitrose")."""
        return self._surface.get(word, word)

    def rarity(self, word: str) -> float:
        return self._rarity.get(word, 0.0)

    def key_rarity(self, key: str) -> float:
        """The rarity of a participant (a ``participant_key``) over the articles that name it."""
        return self._key_rarity.get(key, 0.0)

    def uses(self, doc_id: str, word: str) -> bool:
        """Whether the article uses ``word`` anywhere, in any case; a hyphenated name when it
        uses each of its parts ("Paris-Orly" in an article that writes "Paris Orly")."""
        used = self._used.get(doc_id)
        if used is None:
            return False
        return self._among(used, word) or ("-" in word and all(self._among(used, part) for part in word.split("-") if part))

    def _among(self, used: array, word: str) -> bool:
        """Whether ``word`` is among an article's ``used`` words (sorted numbers)."""
        number = self._numbers.get(word)
        if number is None:
            return False
        at = bisect.bisect_left(used, number)
        return at < len(used) and used[at] == number

    def similarity(self, doc_a: str, doc_b: str, besides: frozenset[str] | set[str] = frozenset()) -> float:
        """The cosine of two articles' name profiles (1 for one story told in the same names),
        without the part of the words ``besides`` (names already weighed as participants)."""
        pair = (doc_a, doc_b) if doc_a <= doc_b else (doc_b, doc_a)
        a, b = self._profiles.get(pair[0], {}), self._profiles.get(pair[1], {})
        found = self._similar.get(pair)
        if found is None:
            small, large = (a, b) if len(a) <= len(b) else (b, a)
            found = self._similar[pair] = sum(w * large.get(word, 0.0) for word, w in small.items())
        return max(0.0, found - sum(a.get(word, 0.0) * b.get(word, 0.0) for word in besides))
