"""Name mentions: people, organisations and places, with the titles and roles said with them.

Two sources, both driven by rules/ data:

- the gazetteer (``kind: entities``): well-known entities with their aliases, found by one
  compiled alternation over an accent-folded copy of each sentence (same length, so offsets
  hold);
- discovery (``kind: titles``): runs of capitalised words that the rules do not know, accepted
  only with a cue: a title before them ("General", "Prime Minister", "President-elect", the
  ministerial titles made from ``portfolios`` in every spelling of ``spellings``), a role phrase
  before or after them ("junta leader, X", "X, the leader of ...", "his brother, X", "RSF leader
  X"), a person cue ("led by X"), a first word that is a common given name (``kind:
  given_names``), a last word that names an organisation ("... Group", "... Ministry"), an
  acronym, or a place cue ("the capital, X"). A capital at the start of a sentence is never a
  name by itself, and a name after "By" or "editing by" is an author.

A wire credit ("JEDDAH (Gulf Wire) -", "(East Wire)") is an organisation mention with role
``credit``; the places its name holds ("Africa Wire") are not places of the story, and a dateline
place gives nobody a country. Within one document a person's surname used alone later (also
without its particle: "Burhan" for "al-Burhan") is a mention of that person, unless other
capitalised given names stand before it: "Abdelrahim Dagalo" beside "Mohamed Hamdan Dagalo" is
another person, extracted in full.
Entity ids here are provisional; :func:`crosscheck.normalise.entities.link_entities` settles them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from pydantic import ConfigDict, Field, field_validator, model_validator

from ..models import Document, EntityValue, Mention, Sentence
from ..rules import RuleExamples, RuleFile, RuleModel, RulePack, compile_regex, rule_kind

EntityType = Literal["person", "organization", "place"]


class EntityRule(RuleModel):
    """One well-known entity of the gazetteer."""

    id: str
    name: str
    type: EntityType
    aliases: list[str] = Field(default_factory=list)
    country: str | None = None
    roles: list[str] = Field(default_factory=list)
    adjectives: list[str] = Field(default_factory=list)
    house_style: str | None = None

    @field_validator("id")
    @classmethod
    def _id_is_a_slug(cls, value: str) -> str:
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", value):
            raise ValueError(f"id {value!r} must be lower-case letters, digits and hyphens")
        return value


@rule_kind("entities")
class EntityRules(RuleFile):
    entities: list[EntityRule]

    @model_validator(mode="after")
    def _unique_ids(self) -> "EntityRules":
        seen: set[str] = set()
        for entity in self.entities:
            if entity.id in seen:
                raise ValueError(f"duplicate entity id {entity.id!r}")
            seen.add(entity.id)
        return self


class RolePattern(RuleModel):
    """A role phrase written right before a name (``before``) or right after it (``after``)."""

    before: str | None = None
    after: str | None = None
    examples: RuleExamples
    compiled: re.Pattern | None = None

    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)

    @model_validator(mode="after")
    def _compile(self) -> "RolePattern":
        if (self.before is None) == (self.after is None):
            raise ValueError("a role has exactly one of 'before' or 'after'")
        try:
            if self.before is not None:
                self.compiled = re.compile(rf"(?:^|(?<=\W))(?P<role>{self.before})\s*,?\s*$", re.IGNORECASE)
            else:
                self.compiled = re.compile(rf"^\s*,\s*(?P<role>{self.after})", re.IGNORECASE)
        except re.error as exc:
            raise ValueError(f"invalid regex: {exc}") from exc
        return self


class PersonCue(RuleModel):
    """Words written right before a name of two words or more that make it a person."""

    pattern: str
    examples: RuleExamples
    compiled: re.Pattern | None = None

    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)

    @model_validator(mode="after")
    def _compile(self) -> "PersonCue":
        self.compiled = compile_regex(rf"(?:^|(?<=\W))(?:{self.pattern})\s+$", re.IGNORECASE)
        return self


@rule_kind("titles")
class TitleRules(RuleFile):
    titles: list[str]
    roles: list[RolePattern] = Field(default_factory=list)
    not_names: list[str] = Field(default_factory=list)
    organization_words: list[str] = Field(default_factory=list)
    place_cues: list[str] = Field(default_factory=list)
    place_nouns: list[str] = Field(default_factory=list)
    place_words: list[str] = Field(default_factory=list)
    byline_words: list[str] = Field(default_factory=list)
    portfolios: list[str] = Field(default_factory=list)
    person_cues: list[PersonCue] = Field(default_factory=list)
    spellings: list[list[str]] = Field(default_factory=list)

    @field_validator("spellings")
    @classmethod
    def _spellings_are_groups(cls, value: list[list[str]]) -> list[list[str]]:
        for group in value:
            if len(group) < 2:
                raise ValueError(f"a spelling group needs two spellings or more: {group!r}")
        return value

    def all_titles(self) -> list[str]:
        """The titles, the ministerial titles of each portfolio, each in every spelling."""
        titles = list(self.titles)
        for field in self.portfolios:
            titles += [f"{field} Minister", f"Minister of {field}", f"Minister for {field}", f"{field} Secretary",
                       f"Secretary of {field}", f"Cabinet Secretary for {field}"]
        spelled = set(titles)
        for group in self.spellings:
            for title in titles:
                for word in group:
                    if re.search(rf"\b{re.escape(word)}\b", title):
                        spelled.update(re.sub(rf"\b{re.escape(word)}\b", other, title) for other in group)
        return sorted(spelled)

    @field_validator("place_cues")
    @classmethod
    def _cues_compile(cls, value: list[str]) -> list[str]:
        for cue in value:
            compile_regex(cue)
        return value


@rule_kind("given_names")
class GivenNameRules(RuleFile):
    """Common given names: the first word of a capitalised run that makes it a person."""

    names: list[str]

    @field_validator("names")
    @classmethod
    def _unique_capitalised(cls, value: list[str]) -> list[str]:
        seen: set[str] = set()
        for name in value:
            if not name[:1].isupper() or " " in name:
                raise ValueError(f"given name {name!r} must be one capitalised word")
            if name in seen:
                raise ValueError(f"duplicate given name {name!r}")
            seen.add(name)
        return value


def _fold_char(ch: str) -> str:
    if ch in "’‘`´":
        return "'"
    base = unicodedata.normalize("NFD", ch)[0]
    return base if base.isascii() else ch


_FOLD_TABLE = {code: _fold_char(chr(code)) for code in range(0x80, 0x250) if _fold_char(chr(code)) != chr(code)}
_FOLD_TABLE.update({ord(q): "'" for q in "’‘`´"})


def fold_same_length(text: str) -> str:
    """Accents and curly quotes removed, one character for one, so offsets stay valid."""
    if text.isascii() and "`" not in text:  # the backtick is the one ASCII character folded
        return text
    return text.translate(_FOLD_TABLE)


def entity_slug(name: str) -> str:
    """A provisional entity id for a name the rules do not know."""
    folded = fold_same_length(name).lower()
    return "name:" + "-".join(re.findall(r"[a-z0-9]+", folded))


def _trie_pattern(strings) -> str:
    """One regex for a set of strings, as a trie: at each position the engine follows one branch
    per character instead of trying every string. Greedy optional tails make the longest string
    win (backing off to shorter ones when what follows does not fit), as a longest-first
    alternation does, at a fraction of its cost for hundreds of aliases."""
    root: dict = {}
    for string in strings:
        node = root
        for ch in string:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(root)


_WORD_BODY = r"[^\W\d_]+(?:['’\-][^\W\d_]+)*"
_PARTICLES = frozenset("al el ad ash as at ben bin ibn bint abu ould de da del della di du dos van von der den le la wa ka".split())
# The words that may belong to a name (capitalised words and particles), skipping the rest in C:
# a word starts at a letter not preceded by a letter, nor by a letter and an apostrophe or hyphen
# (so a match is exactly a word of _WORD_BODY), and it does not start with a lower-case ASCII
# letter unless it is a particle. A superset: the code checks each word found.
_NAME_WORD = re.compile(
    r"(?<![^\W\d_])(?<![^\W\d_]['’\-])"
    r"(?:(?![a-z])|(?=(?i:" + "|".join(sorted(_PARTICLES, key=lambda p: (-len(p), p))) + r")(?![^\W\d_])))"
    + _WORD_BODY
)
_EMPHASIS = "*_"
# Particles that, written alone in lower case, are English words ("at Koulouba palace").
_ENGLISH_PARTICLES = frozenset({"at", "as", "ad", "ash"})
# After a capitalised name at the start of a paragraph: a wire dateline's date, agency and dash.
_DATELINE_TAIL = re.compile(r"^(?:\s*,\s*[^()\n]{0,30}?\d[^()\n]{0,30}?)?\s*(?:\([^()\n]{1,30}\))?\s*[-–—]\s")
# A preposition of place right before a name ("near Djibo", "in Mandera").
_LOCATIVE_BEFORE = re.compile(r"(?:^|(?<=\W))(?:in|near|at|outside|around|from)\s+$", re.IGNORECASE)
# What may stand between a place name and the known place that contains it.
_PLACE_CONTEXT = re.compile(
    r"^\s*(?:,\s*|\s+(?:in|of)\s+(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west|central|"
    r"north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?)"
)


def _unmarked_before(before: str) -> str:
    """``before`` without Markdown emphasis markers right before the name."""
    stripped = before.rstrip()
    if stripped.endswith(tuple(_EMPHASIS)):
        return stripped.rstrip(_EMPHASIS) + " "
    return before


# A wire credit: "JEDDAH, Nov 4 (Gulf Wire) -", "NAIROBI (Reuters) -" at the start of a paragraph,
# or "(East Wire)" alone on the last line. The agency in brackets is an organisation, never a
# place of the story even when its name holds one ("Africa Wire").
_CREDIT = re.compile(
    r"^[\s*_]*(?:[^\W\d_][^\W\d_.'’ -]*(?:[.'’ -][^\W\d_]+)*\.?(?:\s*,[^()\n]{0,40}?)?\s*)?"
    r"\((?P<agency>[^()\n]{1,40})\)\s*(?:[-–—]\s|$)"
)
# Capitalised words written right before a person's last name ("Abdelrahim" before "Dagalo").
_GIVEN_NAMES_BEFORE = re.compile(r"(?:^|(?<=\s))((?:[^\W\d_][^\W\d_'’-]*(?:-[^\W\d_]+)*\s){1,3})$")

_PARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|ash|as|at|ben|bin|ibn|abu)-[^\W\d_]", re.IGNORECASE)


@dataclass
class _Hit:
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
class _Word:
    start: int
    end: int
    text: str
    possessive: bool


class NameExtractor:
    """Finds name mentions in body sentences; built once per run from the rule pack."""

    def __init__(self, rules: RulePack):
        self.entities: dict[str, EntityRule] = {}
        surface: dict[str, tuple[EntityRule, bool]] = {}
        for rule_file in rules.get("entities"):
            for entity in rule_file.entities:
                self.entities[entity.id] = entity
                for form in [entity.name, *entity.aliases]:
                    for variant in (form, form[:1].upper() + form[1:]):
                        surface.setdefault(fold_same_length(variant), (entity, False))
                for adjective in entity.adjectives:
                    surface.setdefault(fold_same_length(adjective), (entity, True))
        self.surface = surface
        if surface:
            first_chars = "".join(sorted({re.escape(s[:1]) for s in surface if s}))
            self.gazetteer = re.compile(rf"(?=[{first_chars}])(?<![\w'-])(?:{_trie_pattern(surface)})(?![\w-]|'\w\w)")
        else:
            self.gazetteer = None

        titles = [t for f in rules.get("titles") for t in f.all_titles()]
        self.titles = sorted({t.lower() for t in titles}, key=lambda t: (-len(t), t))
        self.title_case = {t.lower(): t for t in titles}
        self.title_before = (
            # A trie: at most one title can end right before the trailing white space, so it finds
            # what the longest-first alternation finds, without trying every title at each position.
            re.compile(r"(?:^|(?<=\W))(" + _trie_pattern(self.titles) + r")\s+$", re.IGNORECASE)
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
        self.roles = [r for f in rules.get("titles") for r in f.roles]
        # One search for all role phrases before a name: most names have none, and then the
        # rules need not be tried one by one.
        befores = [r.before for r in self.roles if r.before is not None]
        self.any_role_before = (
            re.compile(r"(?:^|(?<=\W))(?:" + "|".join(f"(?:{b})" for b in befores) + r")\s*,?\s*$", re.IGNORECASE)
            if befores
            else None
        )
        self.not_names = frozenset(w for f in rules.get("titles") for w in f.not_names)
        self.organization_words = frozenset(w for f in rules.get("titles") for w in f.organization_words)
        cues = [c for f in rules.get("titles") for c in f.place_cues]
        self.place_cue = re.compile(r"(?:" + "|".join(cues) + r")$", re.IGNORECASE) if cues else None
        nouns = sorted({n for f in rules.get("titles") for n in f.place_nouns}, key=lambda n: (-len(n), n))
        self.place_noun_after = re.compile(r"^\s+(?:" + "|".join(re.escape(n) for n in nouns) + r")(?![\w-])") if nouns else None
        self.place_words = frozenset(w for f in rules.get("titles") for w in f.place_words)
        bylines = [b for f in rules.get("titles") for b in f.byline_words]
        # At the start of a sentence, or inside a credit after "(" or ";" ("(Reporting by X; editing by Y)").
        self.byline = (
            re.compile(r"(?:^[\s*_]*|[(;]\s*)(?:" + "|".join(re.escape(b) for b in bylines) + r")\s+$", re.IGNORECASE)
            if bylines
            else None
        )
        self.byline_reach = max((len(b) for b in bylines), default=0) + 4
        self.person_cues = [c for f in rules.get("titles") for c in f.person_cues]
        self.given_names = frozenset(n for f in rules.get("given_names") for n in f.names)
        # "Minister of" before a run that starts with the field: the title runs into the name's words.
        heads = sorted({t.split(" of ")[0].split(" for ")[0] for t in self.titles if " of " in t or " for " in t})
        self.title_head_before = (
            re.compile(r"(?:^|(?<=\W))(?:" + "|".join(re.escape(h) for h in heads) + r")\s+(?:of|for)\s+(?:the\s+)?$", re.IGNORECASE)
            if heads
            else None
        )

    # -- public -----------------------------------------------------------------------------

    def extract(self, doc: Document, sentences: list[Sentence]) -> list[Mention]:
        found: list[tuple[Sentence, _Hit]] = []
        for sentence in sentences:
            for hit in self._sentence_hits(sentence.text):
                found.append((sentence, hit))
        surnames = self._surname_owners(found)
        found = [(sentence, self._as_named_person(hit, surnames)) for sentence, hit in found]
        found += self._surnames_alone(sentences, found, surnames)
        mentions = []
        for sentence, hit in found:
            start, end = sentence.start + hit.start, sentence.start + hit.end
            mentions.append(
                Mention(
                    document=doc.id,
                    kind=hit.type,
                    text=doc.text[start:end],
                    start=start,
                    end=end,
                    line=doc.line_of(start),
                    sentence=sentence.index,
                    value=EntityValue(
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

    # -- one sentence -----------------------------------------------------------------------

    def _sentence_hits(self, text: str) -> list[_Hit]:
        folded = fold_same_length(text)
        hits = self._gazetteer_hits(folded)
        credit = _CREDIT.match(text) if "(" in text else None  # a credit always has its agency in brackets
        if credit:
            start, end = credit.span("agency")
            hits = [h for h in hits if h.end <= start or h.start >= end]
            agency = text[start:end].strip()
            if agency:
                known = self.surface.get(fold_same_length(agency))
                if known is not None and known[0].type == "organization" and not known[1]:
                    entity = known[0]
                    hits.append(_Hit(start, end, "organization", entity.id, entity.name, entity.country, role="credit"))
                else:
                    hits.append(_Hit(start, end, "organization", entity_slug(agency), agency, None, role="credit"))
        hits += self._discovered_hits(text, hits)
        for hit in hits:
            if hit.type == "person":
                self._describe_person(text, hit, hits)
        hits.sort(key=lambda h: h.start)
        return hits

    def _gazetteer_hits(self, folded: str) -> list[_Hit]:
        if self.gazetteer is None:
            return []
        hits = []
        for match in self.gazetteer.finditer(folded):
            entity, adjective = self.surface[match.group(0)]
            country = entity.name if (adjective or entity.type == "place" and entity.country is None) else entity.country
            hits.append(
                _Hit(match.start(), match.end(), entity.type, entity.id, entity.name, country, adjective=adjective)
            )
        return hits

    @staticmethod
    def _is_capitalised(word: str) -> bool:
        return word[:1].isupper() or ("-" in word and _PARTICLE_PREFIX.match(word) is not None)

    def _runs(self, text: str, taken: list[_Hit]) -> list[list[_Word]]:
        """Runs of capitalised words separated by single spaces or hyphens (particles allowed
        inside); any other word, a gazetteer hit or a possessive between two of them ends a run.

        Only capitalised words and particles become ``_Word`` objects: whatever lies between two
        of them shows in the text between them, which then is not a single space or hyphen.
        """
        spans = sorted((h.start, h.end) for h in taken)
        next_span = 0
        runs: list[list[_Word]] = []
        current: list[_Word] = []
        for match in _NAME_WORD.finditer(text):
            start, end = match.span()
            while next_span < len(spans) and spans[next_span][1] <= start:
                next_span += 1
            if next_span < len(spans) and start < spans[next_span][1] and end > spans[next_span][0]:
                continue  # part of a gazetteer hit
            word = match.group()
            possessive = word.endswith(("'s", "’s"))
            if possessive:
                word, end = word[:-2], end - 2
            if word in _ENGLISH_PARTICLES:
                if current:  # "Ousmane Sonko at Koulouba": the English word ends the name
                    runs.append(current)
                    current = []
                continue
            if not (self._is_capitalised(word) or word.lower() in _PARTICLES):
                continue
            if current and (current[-1].possessive or text[current[-1].end : start] not in (" ", "-")):
                runs.append(current)
                current = []
            current.append(_Word(start, end, word, possessive))
        if current:
            runs.append(current)
        cleaned = []
        for run in runs:
            while run and run[-1].text.lower() in _PARTICLES and not self._is_capitalised(run[-1].text):
                run = run[:-1]
            while run and run[0].text.lower() in _PARTICLES and not self._is_capitalised(run[0].text):
                run = run[1:]
            if run:
                cleaned.append(run)
        return cleaned

    def _after_byline(self, text: str, start: int) -> bool:
        """Whether a byline or credit ("By", "editing by") is written right before ``start``."""
        return self.byline is not None and self.byline.search(text, max(0, start - self.byline_reach), start) is not None

    def _title_head_start(self, text: str, start: int) -> int | None:
        """Where "Minister of " starts when it is written right before a run that begins with the
        ministry's field ("Minister of Foreign Affairs Badr Abdelatty")."""
        if self.title_head_before is None:
            return None
        match = self.title_head_before.search(text, max(0, start - self.title_reach), start)
        return match.start() if match else None

    def _strip_title(self, text: str, run: list[_Word], from_: int | None = None) -> tuple[str | None, list[_Word]]:
        """Leading title words of a run ("Lieutenant-Colonel Paul-Henri Damiba"); ``from_`` is the
        start of a title's head written before the run ("Minister of " before "Foreign Affairs ...")."""
        title = None
        while run:
            begin = run[0].start if from_ is None else from_
            from_ = None
            rest = text[begin : run[-1].end].lower()
            candidates = self.titles_by_first.get(rest.split(" ", 1)[0])
            if candidates is None:
                break
            matched = next((t for t in candidates if rest.startswith(t + " ") or rest == t), None)
            if matched is None:
                break
            title = self.title_case[matched]
            end = begin + len(matched)
            run = [w for w in run if w.start >= end]
        return title, run

    def _discovered_hits(self, text: str, taken: list[_Hit]) -> list[_Hit]:
        hits = []
        for run in self._runs(text, taken):
            while run and run[0].text in self.not_names:
                run = run[1:]
            if not run or self._after_byline(text, run[0].start):
                continue
            title, run = self._strip_title(text, run, self._title_head_start(text, run[0].start))
            while run and run[-1].text in self.not_names:
                run = run[:-1]
            if not run:
                continue
            start, end = run[0].start, run[-1].end
            name = text[start:end]
            before, after = text[:start], text[end:]
            if self._is_dateline(name, before, after):
                hits.append(self._place_hit(start, end, name, role="dateline"))
                continue
            kind = self._classify(name, run, title, before, after, taken, start)
            if kind is None:
                continue
            if kind == "organization":
                start = self._absorb_place_before(text, start, taken)
                name = text[start:end]
            if kind == "place":
                place = self._place_hit(start, end, name)
                place.country = place.country or self._containing_country(after, end, taken)
                hits.append(place)
                continue
            hits.append(_Hit(start, end, kind, entity_slug(name), name, None, title=title))
        return hits

    def _place_hit(self, start: int, end: int, name: str, role: str | None = None) -> _Hit:
        """A place found by discovery; a known place written in capitals ("OUAGADOUGOU") is the
        gazetteer's entity."""
        known = self.surface.get(fold_same_length(name.title() if name.isupper() else name))
        if known is not None and known[0].type == "place" and not known[1]:
            entity = known[0]
            return _Hit(start, end, "place", entity.id, entity.name, entity.country or entity.name, role=role)
        return _Hit(start, end, "place", entity_slug(name), name, None, role=role)

    @staticmethod
    def _is_dateline(name: str, before: str, after: str) -> bool:
        """ "OUAGADOUGOU (AFP) -", "BAMAKO, March 10, 2025 (Reuters) -": a place in capitals that
        opens a paragraph before a date, an agency or a dash is where the story was filed."""
        return (
            not before.strip(_EMPHASIS + " ")
            and name.isupper()
            and sum(ch.isalpha() for ch in name) >= 3
            and _DATELINE_TAIL.match(after) is not None
        )

    @staticmethod
    def _absorb_place_before(text: str, start: int, taken: list[_Hit]) -> int:
        """ "Sahel Defence Agency": a known place written just before an organisation word is part of it."""
        for hit in taken:
            if hit.type == "place" and hit.end == start - 1 and text[hit.end] == " ":
                taken.remove(hit)
                return hit.start
        return start

    def _title_at_end(self, before: str) -> re.Match | None:
        """The title written right before a name: ``before`` ends with it and white space
        (Markdown emphasis around the name, "Prime Minister **Ousmane Sonko**", is ignored)."""
        if self.title_before is None:
            return None
        before = _unmarked_before(before)
        space = len(before) - len(before.rstrip())
        return self.title_before.search(before, max(0, len(before) - space - self.title_reach))

    def _classify(self, name: str, run: list[_Word], title: str | None, before: str, after: str,
                  taken: list[_Hit], start: int) -> EntityType | None:
        if run[-1].text in self.organization_words and len(run) > 1:
            return "organization"
        if len(run) == 1 and name.isupper() and len(name) >= 2:
            return "organization"
        if run[-1].text in self.place_words and len(run) > 1:
            return "place"
        if title or self._role(before, after):
            return "person"
        if self.place_cue and self.place_cue.search(before):
            return "place"
        if self.place_noun_after and self.place_noun_after.match(after):
            return "place"  # "the Barsalogho massacre", "Cabo Delgado province"
        if self._title_at_end(before):
            return "person"
        if len(run) > 1 and any(cue.compiled.search(before[-40:]) for cue in self.person_cues):
            return "person"  # "The delegation was led by Abdelrahim Daglo"
        if len(run) > 1 and run[0].text in self.given_names and not _LOCATIVE_BEFORE.search(before):
            return "person"  # "Peter Mutharika won ...": a known given name and another capitalised word
        if _LOCATIVE_BEFORE.search(before) and self._known_place_follows(after, start + len(name), taken):
            return "place"  # "near Djibo in northern Burkina Faso", "in Mandera, Kenya"
        if len(run) > 1 and self._place_possessive_before(start, before, taken):
            return "person"  # "Ivory Coast's Alassane Ouattara"
        return None

    @staticmethod
    def _place_possessive_before(start: int, before: str, taken: list[_Hit]) -> bool:
        """Whether a known place in the possessive is written right before ``start``."""
        tail = before[-4:]
        if not (tail.endswith("'s ") or tail.endswith("’s ")):
            return False
        return any(h.type == "place" and not h.adjective and h.end == start - 3 for h in taken)

    def _known_place_follows(self, after: str, end: int, taken: list[_Hit]) -> bool:
        """Whether ``after`` places the name inside a known place: ", Kenya" or "in northern Kenya"."""
        return self._containing_country(after, end, taken) is not None

    @staticmethod
    def _containing_country(after: str, end: int, taken: list[_Hit]) -> str | None:
        """The country of the known place written right after a place name ("Djibo in northern
        Burkina Faso", "Mandera, Kenya"), if any."""
        context = _PLACE_CONTEXT.match(after)
        if context is None:
            return None
        at = end + context.end()
        return next((h.country for h in taken if h.type == "place" and not h.adjective and h.start == at and h.country), None)

    def _role(self, before: str, after: str) -> str | None:
        before, after = _unmarked_before(before), after.lstrip(_EMPHASIS)
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
                return match.group("role").strip()
        return None

    def _describe_person(self, text: str, hit: _Hit, hits: list[_Hit]) -> None:
        """Title, role and country said next to a person mention."""
        before, after = text[: hit.start], text[hit.end :]
        hit.role = self._role(before, after)
        match = self._title_at_end(before)
        if match:
            hit.title = hit.title or self.title_case[match.group(1).lower()]
            hit.role = hit.role or self._role(before[: match.start()], after)
        if hit.role and hit.title and hit.role.lower() == hit.title.lower():
            hit.role = self._role(before[: match.start()], after) if match else None  # a title, not a role
        if hit.country is None:
            window_start = max(0, hit.start - 60)
            near = [
                h for h in hits
                if h.type == "place" and h.role != "dateline" and window_start <= h.start < hit.start and h.country
            ]
            if near:  # the nearest place before the name; where the story was filed says nothing of him
                hit.country = max(near, key=lambda h: h.start).country

    # -- whole document ---------------------------------------------------------------------

    def _surname_owners(self, found: list[tuple[Sentence, _Hit]]) -> dict[str, _Hit]:
        """Last names of the people named in full in one document, each with its person. A last
        name shared by two people of the article names neither."""
        owners: dict[str, dict[str, _Hit]] = {}
        for sentence, hit in found:
            if hit.type != "person":
                continue
            for written in (sentence.text[hit.start : hit.end], hit.canonical):
                parts = written.split()
                if len(parts) < 2:
                    continue
                last = parts[-1]
                for surname in (last, last.split("-", 1)[1] if _PARTICLE_PREFIX.match(last) else ""):  # "Burhan" for "al-Burhan"
                    if surname not in self.not_names and surname[:1].isupper():
                        owners.setdefault(surname, {}).setdefault(hit.entity, hit)
        return {name: next(iter(people.values())) for name, people in owners.items() if len(people) == 1}

    @staticmethod
    def _as_named_person(hit: _Hit, surnames: dict[str, _Hit]) -> _Hit:
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
        return given

    def _surnames_alone(self, sentences: list[Sentence], found: list[tuple[Sentence, _Hit]],
                        surnames: dict[str, _Hit]) -> list[tuple[Sentence, _Hit]]:
        """A person's last name used alone elsewhere in the same document, also at the start of a
        sentence ("Traore seized power" after "Ibrahim Traore")."""
        if not surnames:
            return []
        pattern = re.compile(r"(?<![\w'-])(" + "|".join(re.escape(s) for s in sorted(surnames)) + r")(?![\w-])")
        taken = {(s.index, h.start) for s, h in found}
        covered: dict[int, list[tuple[int, int]]] = {}
        for sentence, hit in found:
            covered.setdefault(sentence.index, []).append((hit.start, hit.end))
        extra = []
        for sentence in sentences:
            for match in pattern.finditer(sentence.text):
                spans = covered.get(sentence.index, [])
                if (sentence.index, match.start()) in taken or any(a <= match.start() < b for a, b in spans):
                    continue
                person = surnames[match.group(1)]
                given_start = self._other_given_names(sentence.text, match.start(), spans)
                if given_start is not None:  # "Abdelrahim Dagalo" beside "Mohamed Hamdan Dagalo": another person
                    name = sentence.text[given_start : match.end()]
                    hit = _Hit(given_start, match.end(), "person", entity_slug(name), name, person.country)
                else:
                    hit = _Hit(match.start(), match.end(), "person", person.entity, person.canonical, person.country)
                self._describe_person(sentence.text, hit, [])
                extra.append((sentence, hit))
        return extra
