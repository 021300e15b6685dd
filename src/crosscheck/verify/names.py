"""Linking a stated claim's names to the corpus: a name index by blocking keys and country votes per person."""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations

from ..compare.events import (
    adjacent_country,
)
from ..extract.names import entity_slug
from ..models import (
    Document,
    EntityValue,
    ExtractedDocument,
    LineMap,
    Mention,
)
from ..normalise.entities import block_keys, name_tokens
from ..normalise.names import DEFAULT_THRESHOLD, name_score, translit_key
from ..rules import RulePack


_NAME_KINDS = ("person", "organization", "place")


def _linkable(m: Mention) -> bool:
    """A mention that entity linking joins across documents (as ``link_entities`` selects them)."""
    return isinstance(m.value, EntityValue) and not m.value.adjective and m.kind in _NAME_KINDS


def _full(name: str) -> bool:
    return len(name_tokens(name)) >= 2


class _NameIndex:
    """The corpus's linked entities and the gazetteer's, blocked once by the keys entity linking
    uses (:func:`block_keys`; the surname for lone surnames), so that a claim's names are linked
    by scoring the candidates of their blocks only: a claim's cost does not grow with the corpus.

    It answers as ``link_entities`` over the corpus and the claim would, the corpus fixed: a
    full name joins the entities whose names score above the threshold (countries permitting),
    a lone surname the one full name with that surname, any other name stays the claim's own.
    """

    def __init__(self, docs: list[ExtractedDocument], rules: RulePack, threshold: float = DEFAULT_THRESHOLD):
        self.threshold = threshold
        self.known = {e.id: e for f in rules.get("entities") for e in f.entities}
        self.types: dict[str, str] = {}
        self.countries: dict[str, set[str]] = defaultdict(set)
        self.full_names: dict[str, set[str]] = defaultdict(set)
        canonicals: dict[str, set[str]] = defaultdict(set)
        for ed in docs:
            for m in ed.mentions:
                if _linkable(m):
                    canonicals[m.value.entity].add(m.value.canonical)
                    self._add(m.value.entity, m.value.canonical, m.value.type, m.value.country)
        # A claim name that joins a corpus entity takes its id and (first) canonical name.
        self.resolved = {entity_id: (entity_id, min(names)) for entity_id, names in canonicals.items()}
        for entity_id, rule in sorted(self.known.items()):
            for name in [rule.name, *rule.aliases]:
                self._add(entity_id, name, rule.type, rule.country, known=True)
        self.blocks: dict[str, set[str]] = defaultdict(set)
        self.by_surname: dict[tuple[str, str], set[str]] = defaultdict(set)
        for entity_id, names in self.full_names.items():
            for name in names:
                for key in block_keys(name):
                    self.blocks[f"{self.types[entity_id]}|{key}"].add(entity_id)
                if _full(name):
                    self.by_surname[(self.types[entity_id], translit_key(name_tokens(name)[-1]))].add(entity_id)

    def _add(self, entity_id: str, name: str, kind: str, country: str | None, known: bool = False) -> None:
        self.types[entity_id] = kind
        if country:
            self.countries[entity_id].add(country)
        if known or _full(name):
            self.full_names[entity_id].add(name)

    def _compatible(self, countries: set[str], entity_id: str) -> bool:
        other = self.countries.get(entity_id)
        return not (countries and other and not countries & other)

    def _join(self, names: list[str], kind: str, countries: set[str]) -> tuple[str, str] | None:
        """The entity that one of ``names`` (full names) is a spelling of: the first corpus
        entity that matches (as ``link_entities`` would merge them all), else the gazetteer's."""
        candidates = sorted({e for name in names for key in block_keys(name) for e in self.blocks.get(f"{kind}|{key}", ())})
        matches = []
        for entity_id in candidates:
            if not self._compatible(countries, entity_id):
                continue
            theirs = [n for n in self.full_names[entity_id] if _full(n)]
            if max((name_score(a, b) for a in names for b in theirs), default=0.0) >= self.threshold:
                matches.append(entity_id)
        in_corpus = [e for e in matches if e in self.resolved]
        if in_corpus:
            return self.resolved[in_corpus[0]]
        return self._entity(matches[0]) if matches else None

    def _claim_groups(self, entities: list[str], full: dict[str, list[str]], types: dict[str, str],
                      countries: dict[str, set[str]]) -> list[list[str]]:
        """The claim's entities grouped by spelling ("Ivan Unknownski", "Ivan Unknownsky"), as
        linking joins two full names of one block that score above the threshold."""
        group_of = {e: [e] for e in entities}
        for a, b in combinations(sorted(full), 2):
            if group_of[a] is group_of[b] or types[a] != types[b] or not (a.startswith("name:") or b.startswith("name:")):
                continue
            if countries[a] and countries[b] and not countries[a] & countries[b]:
                continue
            if not {k for n in full[a] for k in block_keys(n)} & {k for n in full[b] for k in block_keys(n)}:
                continue
            if max(name_score(x, y) for x in full[a] for y in full[b]) >= self.threshold:
                merged = group_of[a] + group_of[b]
                for e in merged:
                    group_of[e] = merged
        return sorted({id(g): sorted(g) for g in group_of.values()}.values())

    def _entity(self, entity_id: str) -> tuple[str, str]:
        return self.resolved.get(entity_id) or (entity_id, self.known[entity_id].name)

    def _surname(self, entity_id, forms, types, countries, result) -> tuple[str, str] | None:
        """A lone surname joins the one full name (of the corpus, gazetteer or claim) it ends."""
        tokens = name_tokens(next(iter(forms[entity_id])))
        if not tokens:
            return None
        kind, surname = types[entity_id], translit_key(tokens[0])
        mine = countries[entity_id]
        candidates = {self._entity(c) for c in self.by_surname.get((kind, surname), ()) if self._compatible(mine, c)}
        for other, (entity, canonical) in result.items():
            if types[other] != kind or (mine and countries[other] and not mine & countries[other]):
                continue
            if any(_full(n) and translit_key(name_tokens(n)[-1]) == surname for n in forms[other]):
                candidates.add((entity, canonical))
        return candidates.pop() if len(candidates) == 1 else None

    def link(self, ed: ExtractedDocument) -> None:
        """Give the claim's name mentions the corpus's entity ids and canonical names."""
        mentions = [m for m in ed.mentions if _linkable(m)]
        forms: dict[str, Counter[str]] = defaultdict(Counter)
        types: dict[str, str] = {}
        countries: dict[str, set[str]] = defaultdict(set)
        for m in mentions:
            forms[m.value.entity][m.value.canonical] += 1
            types[m.value.entity] = m.value.type
            if m.value.country:
                countries[m.value.entity].add(m.value.country)
        joined: dict[str, tuple[str, str] | None] = {}
        full: dict[str, list[str]] = {}
        lone = []
        for entity_id in sorted(forms):
            names = sorted(n for n in forms[entity_id] if _full(n))
            if names:
                full[entity_id] = names
            if entity_id in self.known:
                joined[entity_id] = (entity_id, self.known[entity_id].name)
            elif entity_id in self.resolved:
                joined[entity_id] = self.resolved[entity_id]
            elif names:
                joined[entity_id] = self._join(names, types[entity_id], countries[entity_id])
            else:
                lone.append(entity_id)
        result: dict[str, tuple[str, str]] = {}
        for group in self._claim_groups(sorted(joined), full, types, countries):
            linked = min((joined[e] for e in group if joined[e] is not None), default=None)
            result.update(dict.fromkeys(group, linked or _own_canonical(sum((forms[e] for e in group), Counter()))))
        for entity_id in lone:
            result[entity_id] = self._surname(entity_id, forms, types, countries, result) or _own_canonical(forms[entity_id])
        for m in mentions:
            m.value.entity, m.value.canonical = result[m.value.entity]


def _own_canonical(forms: Counter[str]) -> tuple[str, str]:
    """A name the corpus does not know: its most used longest form, as ``link_entities`` names it."""
    longest = max(len(name_tokens(n)) for n in forms)
    name = min((n for n in forms if len(name_tokens(n)) == longest), key=lambda n: (-forms[n], n))
    return entity_slug(name), name


def _persons(ed: ExtractedDocument) -> list[Mention]:
    return [m for m in ed.mentions if m.kind == "person" and isinstance(m.value, EntityValue)]


class _PersonVotes:
    """The corpus's votes on each person's country, counted once (as ``ParticipantResolver``
    counts them: the country given with the name, else the country written next to it).

    For a claim they become one document of person mentions whose ``ParticipantResolver`` vote
    gives each of the claim's people the country that the corpus and the claim together vote for.
    """

    def __init__(self, docs: list[ExtractedDocument]):
        self.votes: dict[str, Counter[str]] = defaultdict(Counter)
        self.first_name: dict[str, str] = {}
        for ed in docs:
            places = [m for m in ed.mentions if m.kind == "place" and isinstance(m.value, EntityValue)]
            for m in _persons(ed):
                self.first_name.setdefault(m.value.entity, m.value.canonical)
                given = " ".join((m.value.country or "").lower().split())
                country = given or adjacent_country(ed.document.text, m, places)
                if country:
                    self.votes[m.value.entity][country] += 1

    def document(self, claim: ExtractedDocument) -> ExtractedDocument:
        """The votes on the claim's people; a country that cannot win even with every vote of
        the claim is left out, and the rest are shifted alike, so the winner is the same."""
        own = Counter(m.value.entity for m in _persons(claim))
        mentions = []
        for entity in sorted(own):
            if entity not in self.first_name:
                continue
            votes = self.votes.get(entity, Counter())
            base = max(0, max(votes.values(), default=0) - own[entity] - 1)
            ballots = [(country, count - base) for country, count in sorted(votes.items()) if count > base] or [(None, 1)]
            for country, count in ballots:
                value = EntityValue(entity=entity, canonical=self.first_name[entity], type="person", country=country)
                mentions += [Mention(document="corpus-votes", kind="person", text="", start=0, end=0, line=1, sentence=0, value=value)] * count
        document = Document(id="corpus-votes", path="", format="text", encoding="utf-8", text="", lines=LineMap())
        return ExtractedDocument(document=document, mentions=mentions)
