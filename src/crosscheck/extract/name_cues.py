"""The words around a name, per language (``kind: titles`` and ``kind: given_names`` rules):
titles ("General", "le Premier ministre"), role phrases ("junta leader, X", "X, the head of
..."), person cues before and after a name ("led by X", "X said"), bylines, place cues and the
words that never start or end a person's name. :class:`NameCues` compiles them once per language
and reads them around a run of capitalised words: which title stands before it, which role is
said with it, whether an author's byline precedes it. The extractor
(:mod:`crosscheck.extract.names`) decides with these answers what a run names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from rapidfuzz.distance import JaroWinkler

from ..rules import RulePack
from .name_document import Hit
from .name_rules import fold_same_length, trie_pattern

EMPHASIS = "*_"
# How much text around a name its cues are read in (the longest cue is far shorter), so a
# name's context costs the same in a long sentence as in a short one.
CONTEXT = 200


class GivenNames(frozenset):
    """The listed given names, and the compounds of them French writes with a hyphen ("Jean-Marc",
    "Anne-Sophie", "Marie-Claire"): a compound is a given name when each of its parts is one, so
    the list need not hold every pairing."""

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        return (isinstance(word, str) and "-" in word
                and all(part and frozenset.__contains__(self, part) for part in word.split("-")))


@dataclass
class Word:
    """A word of a capitalised run (offsets into the sentence; a possessive's "'s" left out)."""

    start: int
    end: int
    text: str
    possessive: bool


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
_LOWER_TAIL = frozenset("abcdefghijklmnopqrstuvwxyz'’-")


class LowerWords:
    """The words an article writes in lower case. The first few questions are answered by
    searching the text for the one word; then the whole set is read once (most articles ask
    nothing, a headline a handful of words). ``own_language``: whether the article is in the
    language whose dictionary the reader asks (a German page read with English rules is not:
    every German noun is capitalised and unknown to the English dictionary)."""

    _SEARCHES = 12

    def __init__(self, text: str, own_language: bool = True):
        self.text = text
        self.own_language = own_language
        self.words: set[str] | None = None
        self.searches = 0

    def __contains__(self, word: str) -> bool:
        if self.words is None and self.searches < self._SEARCHES:
            self.searches += 1
            return self._written(word)
        if self.words is None:
            self.words = set(_LOWER_WORD.findall(self.text))
        return word in self.words

    def _written(self, word: str) -> bool:
        """Whether ``word`` is one of the words :data:`_LOWER_WORD` finds in the text."""
        if not word or not _LOWER_WORD.fullmatch(word):
            return False
        text, at = self.text, self.text.find(word)
        while at >= 0:
            before = text[at - 1] if at else " "
            after = text[at + len(word) : at + len(word) + 1]
            if not (before.isalnum() or before in "_'’-") and not (after in _LOWER_TAIL and after):
                return True
            at = text.find(word, at + 1)
        return False


# The word written right before a position, and white space.
_WORD_BEFORE_TITLE = re.compile(r"(?<![\w'’-])([^\W\d_][\w-]*)\s+$")


def last_word(before: str) -> str:
    """The word written right before a name and one space ("girl" in "party girl ")."""
    if not before.endswith(" ") or before.endswith("  "):
        return ""
    space = before.rfind(" ", 0, len(before) - 1)
    return before[space + 1 : -1]


# The word right before ", " and a name: the noun of a description in apposition ("The aid worker,
# Ana Lucía Restrepo Gómez, was freed", "the two engineers, X and Y").
_NOUN_BEFORE_COMMA = re.compile(r"(?<![\w'’-])([a-z][\w'’-]*), $")


def noun_before_comma(before: str) -> str:
    found = _NOUN_BEFORE_COMMA.search(before, max(0, len(before) - 30))
    return found.group(1) if found else ""


def same_given_name(a: str, b: str) -> bool:
    """Whether two written given names are one name spelled two ways ("Abdourahamane" and
    "Abdourahmane", "Mohamed" and "Muhammad"): same first letter and close spellings."""
    a, b = fold_same_length(a).lower(), fold_same_length(b).lower()
    return a == b or (a[:1] == b[:1] and JaroWinkler.normalized_similarity(a, b) >= 0.8)


def unmarked_before(before: str) -> str:
    """``before`` without Markdown emphasis markers right before the name."""
    stripped = before.rstrip()
    if stripped.endswith(tuple(EMPHASIS)):
        return stripped.rstrip(EMPHASIS) + " "
    return before


# A figure right before an abbreviated title: "10:45 PM" is a clock time.
_CLOCK_BEFORE = re.compile(r"\d\s*$")


class NameCues:
    """The title, role and cue rules of one language, compiled once."""

    def __init__(self, rules: RulePack, language: str):
        titles = [t for f in rules.get("titles", language=language) for t in f.all_titles()]
        abbreviations = {a: full for f in rules.get("titles", language=language) for a, full in f.abbreviations.items()}
        titles += list(abbreviations)
        self.titles = sorted({t.lower() for t in titles}, key=lambda t: (-len(t), t))
        # Titles of two words or more, which a name written in title case may run into ("Name
        # Dr. Sanjay Gupta Surgeon General"); one word ("Judge") may be a surname.
        self.long_titles = frozenset(t for t in self.titles if " " in t)
        self.title_case = {t.lower(): t for t in titles}
        # An abbreviated title gives the person the title in full ("PM Vladescu": Prime Minister);
        # written only with its capital, so "at 5 pm" before a name is no title.
        self.title_case.update({a.lower(): full for a, full in abbreviations.items()})
        self.abbreviations = frozenset(a.lower() for a in abbreviations)
        self.title_before = (
            # A trie: at most one title can end right before the trailing white space, so it finds
            # what the longest-first alternation finds, without trying every title at each position.
            re.compile(r"(?:^|(?<=\W))(" + trie_pattern(self.titles) + r")\s+$", re.IGNORECASE)
            if self.titles
            else None
        )
        # A title ends the text before a name, so only its last characters need a search.
        self.title_reach = max((len(t) for t in self.titles), default=0) + 2
        # Titles by their first word, longest first, so a run is checked against a handful of them.
        self.titles_by_first: dict[str, list[str]] = {}
        for title in self.titles:
            self.titles_by_first.setdefault(title.split(" ", 1)[0], []).append(title)
        self.title_first_words = frozenset(self.titles_by_first)
        self.roles = [r for f in rules.get("titles", language=language) for r in f.roles]
        # One search for all role phrases before a name: most names have none, and then the
        # rules need not be tried one by one.
        befores = [r.before for r in self.roles if r.before is not None]
        self.any_role_before = (
            re.compile(r"(?:^|(?<=\W))(?:" + "|".join(f"(?:{b})" for b in befores) + r")\s*,?\s*$", re.IGNORECASE)
            if befores
            else None
        )
        self.not_names = frozenset(w for f in rules.get("titles", language=language) for w in f.not_names)
        self.organization_words = frozenset(w for f in rules.get("titles", language=language) for w in f.organization_words)
        self.organization_heads = frozenset(w for f in rules.get("titles", language=language) for w in f.organization_heads)
        cues = [c for f in rules.get("titles", language=language) for c in f.place_cues]
        self.place_cue = re.compile(r"(?:" + "|".join(cues) + r")$", re.IGNORECASE) if cues else None
        nouns = sorted({n for f in rules.get("titles", language=language) for n in f.place_nouns}, key=lambda n: (-len(n), n))
        self.place_noun_after = re.compile(r"^\s+(?:" + "|".join(re.escape(n) for n in nouns) + r")(?![\w-])") if nouns else None
        self.place_words = frozenset(w for f in rules.get("titles", language=language) for w in f.place_words)
        nouns = sorted({n for f in rules.get("titles", language=language) for n in f.organization_nouns}, key=lambda n: (-len(n), n))
        self.organization_noun_after = (
            re.compile(r"^\s+(?:" + "|".join(re.escape(n) for n in nouns) + r")(?![\w-])") if nouns else None
        )
        bylines = [b for f in rules.get("titles", language=language) for b in f.byline_words]
        # At the start of a sentence, or inside a credit after "(" or ";" ("(Reporting by X; editing by Y)").
        self.byline = (
            re.compile(r"(?:^[\s*_]*|[(;]\s*)(?:" + "|".join(re.escape(b) for b in bylines) + r")\s+$", re.IGNORECASE)
            if bylines
            else None
        )
        self.byline_reach = max((len(b) for b in bylines), default=0) + 4
        self.person_cues = [c for f in rules.get("titles", language=language) for c in f.person_cues]
        self.title_adjectives = frozenset(w for f in rules.get("titles", language=language) for w in f.title_adjectives)
        self.person_descriptors = [c for f in rules.get("titles", language=language) for c in f.person_descriptors]
        afters = [c.compiled.pattern for f in rules.get("titles", language=language) for c in f.person_cues_after]
        # One match for all the cues after a name ("X said", "X, 49,", "X, who").
        self.person_after = re.compile("|".join(f"(?:{a})" for a in afters), re.IGNORECASE) if afters else None
        # A lower-case role noun right before a name: "referee Sam Williams", "party girl Tara Reid".
        self.person_nouns = frozenset(n for f in rules.get("titles", language=language) for n in f.person_nouns)
        articles = sorted({a for f in rules.get("titles", language=language) for a in f.title_articles}, key=lambda a: (-len(a), a))
        self.title_article = (
            re.compile(r"(?<![\w'’])(?:" + "|".join(re.escape(a) for a in articles) + r")\s*$", re.IGNORECASE) if articles else None
        )
        self.name_suffixes = frozenset(w for f in rules.get("titles", language=language) for w in f.name_suffixes)
        self.modifier_ends = frozenset(w for f in rules.get("titles", language=language) for w in f.modifier_ends)
        self.given_names = GivenNames(n for f in rules.get("given_names", language=language) for n in f.names)
        # "Minister of" before a run that starts with the field: the title runs into the name's words.
        # Every title may take a field after "of" or "for" ("Secretary of State for Health").
        heads = sorted({t.split(" of ")[0].split(" for ")[0] for t in self.titles if " of " in t or " for " in t}
                       | set(self.titles), key=lambda h: (-len(h), h))
        self.title_head_before = (
            re.compile(r"(?:^|(?<=\W))(?:" + "|".join(re.escape(h) for h in heads) + r")\s+(?:of|for)\s+(?:the\s+)?$", re.IGNORECASE)
            if heads
            else None
        )
        self.non_person_words = frozenset(w for f in rules.get("titles", language=language) for w in f.non_person_words)
        self.rank_words = frozenset(w.lower() for f in rules.get("titles", language=language) for w in f.rank_words)

    def descriptor_opens(self, text: str, run: list[Word]) -> bool:
        """Whether a run's first word, after an article, describes the person named by the rest
        ("le Grec Dimitris Karagiannis", "la Française Anne Roy"): a word of the language's
        ``person_descriptors`` and no given name."""
        if not self.person_descriptors or run[0].text in self.given_names:
            return False
        before = text[max(0, run[0].start - CONTEXT) : run[1].start]
        return any(cue.compiled.search(before, max(0, len(before) - 40)) for cue in self.person_descriptors)

    def after_byline(self, text: str, start: int) -> bool:
        """Whether a byline or credit ("By", "editing by") is written right before ``start``."""
        return self.byline is not None and self.byline.search(text, max(0, start - self.byline_reach), start) is not None


    def title_head_start(self, text: str, start: int) -> int | None:
        """Where "Minister of " starts when it is written right before a run that begins with the
        ministry's field ("Minister of Foreign Affairs Badr Abdelatty")."""
        if self.title_head_before is None:
            return None
        match = self.title_head_before.search(text, max(0, start - self.title_reach), start)
        return match.start() if match else None


    def _office_domain(self, text: str, head: int, title: str | None, run: list[Word],
                       common: Callable[[str], bool]) -> tuple[str | None, list[Word]]:
        """An office's field written after its head and "of" / "for" ("Minister for Housing",
        "Secretary of State for Health", "Chancellor of the Exchequer"): the common words opening
        the run (``common``: a word of the dictionary, no given name) are the office's domain,
        never a person. The title is the whole office; two name words or more after the field
        are the person ("Minister for Housing Darragh O'Brien"), fewer are none. A run opening
        with no common word is the office's place ("the mayor of Tessit"), whose title it is not."""
        count = 0
        while count < len(run) and run[count].text not in self.given_names and common(run[count].text):
            count += 1
        if count == 0:
            return None, run
        rest = run[count:]
        office = " ".join(text[head : run[count - 1].end].split())
        return office, rest if len(rest) >= 2 else []

    def strip_title(self, text: str, run: list[Word], from_: int | None = None,
                    common: Callable[[str], bool] | None = None) -> tuple[str | None, list[Word]]:
        """Leading title words of a run ("Lieutenant-Colonel Paul-Henri Damiba"); ``from_`` is the
        start of a title's head written before the run ("Minister of " before "Foreign Affairs ...").
        With ``common`` (whether a word is of the dictionary), a title that stops before the run
        takes the common words opening it as its field (:meth:`_office_domain`).
        Each step reads at most the longest title's length of text, so a run of a thousand title
        words costs a thousand short steps."""
        title = None
        first = 0
        head = from_
        while first < len(run):
            begin = run[first].start if from_ is None else from_
            from_ = None
            rest = text[begin : min(run[-1].end, begin + self.title_reach)].lower()
            candidates = self.titles_by_first.get(rest.split(" ", 1)[0])
            if candidates is None:
                break
            matched = next((t for t in candidates if rest.startswith(t + " ") or rest == t), None)
            if matched is None or (matched in self.abbreviations and _CLOCK_BEFORE.search(text, max(0, begin - 8), begin)):
                break  # "10:45 PM ET": a clock time, not "PM"
            title = self.title_case[matched]
            end = begin + len(matched)
            while first < len(run) and run[first].start < end:
                first += 1
        if head is not None and common is not None and first == 0 and title is not None:
            return self._office_domain(text, head, title, run, common)
        return title, run[first:]


    def title_at_end(self, before: str) -> re.Match | None:
        """The title written right before a name: ``before`` ends with it and white space
        (Markdown emphasis around the name, "Prime Minister **Ousmane Sonko**", is ignored)."""
        if self.title_before is None:
            return None
        before = unmarked_before(before)
        space = len(before) - len(before.rstrip())
        match = self.title_before.search(before, max(0, len(before) - space - self.title_reach))
        if match and match.group(1).lower() in self.abbreviations and (
                not match.group(1)[:1].isupper() or _CLOCK_BEFORE.search(before, max(0, match.start(1) - 8), match.start(1))):
            return None  # "at 5 pm Mike Ross", "at 5 PM Mike Ross": a clock time, not "PM"
        return match


    def ranked(self, before: str, title: str) -> str:
        """``title`` with the words of rank written right before it in ``before`` ("Rennes
        deputy prosecutor" -> "Deputy Prosecutor", "acting deputy minister"): another office than
        the title alone, so never dropped."""
        at = before.lower().rfind(title.lower())
        words: list[str] = []
        while at > 0:
            match = _WORD_BEFORE_TITLE.search(before, 0, at)
            if match is None or match.group(1).lower() not in self.rank_words or len(words) == 2:
                break
            words.insert(0, match.group(1))
            at = match.start(1)
        return " ".join([*(w[:1].upper() + w[1:] for w in words), title])

    def role(self, before: str, after: str) -> str | None:
        before, after = unmarked_before(before), after.lstrip(EMPHASIS)
        window = before[-80:]
        has_before = self.any_role_before is not None and self.any_role_before.search(window) is not None
        # Every 'after' role starts with white space and a comma.
        has_after = after[:80].lstrip().startswith(",")
        for role in self.roles:
            if role.before is not None:
                if not has_before:
                    continue
                match = role.compiled.search(window)
            else:
                if not has_after:
                    continue
                match = role.compiled.search(after[:80])
            if match:
                return match.group("role").strip(" ,")
        return None


    def without_article(self, before: str) -> str:
        """``before`` without the article written before a title ("le chef de la junte, le général
        X": the role ends before "le")."""
        if self.title_article is None:
            return before
        match = self.title_article.search(before, max(0, len(before) - 8))
        return before[: match.start()] if match else before


    def describe_person(self, text: str, hit: Hit, hits: list[Hit]) -> None:
        """Title, role and country said next to a person mention."""
        before, after = text[max(0, hit.start - CONTEXT) : hit.start], text[hit.end : hit.end + CONTEXT]
        hit.role = self.role(before, after)
        match = self.title_at_end(before)
        if match:
            hit.title = hit.title or self.title_case[match.group(1).lower()]
            hit.role = hit.role or self.role(self.without_article(before[: match.start()]), after)
        if hit.title and self.rank_words:
            hit.title = self.ranked(before, hit.title)
        if hit.role and hit.title and hit.role.lower() == hit.title.lower():
            hit.role = self.role(self.without_article(before[: match.start()]), after) if match else None  # a title, not a role
        if hit.country is None:
            window_start = max(0, hit.start - 60)
            near = [
                h for h in hits
                if h.type == "place" and h.role != "dateline" and window_start <= h.start < hit.start and h.country
            ]
            if near:  # the nearest place before the name; where the story was filed says nothing of him
                hit.country = max(near, key=lambda h: h.start).country

