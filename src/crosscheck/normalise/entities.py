"""Entity linking across documents: one id for every spelling of one entity.

Order of evidence, strongest first:

1. the gazetteer (exact aliases, already applied by the extractor);
2. the name matcher (:mod:`crosscheck.normalise.names`) against the gazetteer's names and
   aliases, then between names the rules do not know; candidates are *blocked* by a phonetic
   key of the surname (jellyfish metaphone of the transliteration key), so the work grows with
   the number of distinct names per block, never with all pairs of mentions; a block larger
   than ``_MAX_BLOCK`` (a common surname in a large corpus) is split by finer keys (first-name
   initial and surname sound, then the sound of both names), so the work stays linear in the
   number of entities and spelling variants are still linked at any corpus size;
3. context as a veto: two names whose countries are both known and differ are kept apart;
4. a surname used alone in one document joins the full name of the same document (done by the
   extractor), or across documents the single full name in its block, when there is only one;
   an article that only ever writes the surname gets its mentions from
   :func:`crosscheck.normalise.surnames.add_lone_surnames`, which the pipeline runs after linking.

Different people who share a first name or a surname stay apart because the matcher counts a
differing token as a conflict.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

import jellyfish

from ..extract.name_rules import EntityRule, entity_slug, fold_same_length
from ..models import EntityValue, ExtractedDocument, Mention
from ..rules import RulePack
from .names import DEFAULT_THRESHOLD, name_score, prepare, translit_key

_PARTICLES = frozenset({"al", "bin", "bint", "abu", "de", "van", "der", "the", "of", "and", "y", "na", "wa"})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Particles that are also given names, written capitalised and apart from the next word at the
# start of a name ("Ben Simons", "Al Sharpton", "Van Jones"; not "al-Bashir", "bin Laden").
_GIVEN_PARTICLE = re.compile(r"\s*(?:Ben|Al|Van)\s+(?=[A-Z])")
# German letters and their spelling in two letters (see _join_german_spellings).
_GERMAN_SPELLING = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
_UMLAUT = re.compile("[äöüÄÖÜß]")
_SPELT_OUT = re.compile("ae|oe|ue|ss|Ae|Oe|Ue")
# A block shared by more entities than this ("m:TRR" for Traore in a large corpus) is split by
# finer keys before its pairs are compared. The cap keeps linking linear in the corpus: at most
# this many comparisons per entity and key.
_MAX_BLOCK = 100
# A word of a written name, without its hyphens and apostrophes ("O'Brien" -> "o", "brien").
_WORD = re.compile(r"[^\W\d_]+")


def name_tokens(name: str) -> tuple[str, ...]:
    """The folded name tokens of a name, without titles, legal forms, particles and a trailing
    generational suffix ("Arcade Joseph Comeaux Jr" ends with "comeaux", so it blocks and
    compares with "Joseph Comeaux"). A particle that is also a given name, written first and
    apart ("Ben Simons", "Al Gore", "Van Morrison"), is that given name: the name is a full name,
    not a surname used alone that would join whichever "Simmons" the run has."""
    prepared = prepare(name).tokens
    given = bool(_GIVEN_PARTICLE.match(name)) and len(prepared) > 1
    tokens = tuple(t for i, t in enumerate(prepared) if t not in _PARTICLES or (given and i == 0))
    while len(tokens) > 1 and tokens[-1] in _SUFFIXES:
        tokens = tokens[:-1]
    return tokens


def block_keys(name: str) -> set[str]:
    """Keys that any spelling variant of ``name`` is likely to share (phonetic surname key). A
    name of three words or more also blocks by its second last word: the first of two surnames
    ("Ana Lucía Restrepo Gómez" is also written "Ana Lucia Restrepo") or a middle name. A
    surname opening with an aspirate also blocks without it, the letter transliterations of Greek
    and Arabic names disagree on. A surname with a particle is written joined or split ("Ben Ali"
    and "Benali", "Van den Broeck" and "Vandenbroeck", "El Amrani" and "Elamrani"): every name
    also blocks by its given name's start and the letters of its other words run together, so
    the two spellings meet and the matcher decides."""
    tokens = name_tokens(name)
    if not tokens:
        return set()
    surnames = [tokens[-1]] + ([tokens[-2]] if len(tokens) > 2 else [])
    keys = set()
    for surname in surnames:
        last = translit_key(surname)
        keys |= {"m:" + jellyfish.metaphone(last), "p:" + last[:3]}
        if last[:1] in ("C", "k", "h"):  # a transliterated aspirate: "Chatzopoulos", "Hatzopoulos", "Khaled"
            keys.add("a:" + last[1:5])
        if len(tokens) > 1:
            first = translit_key(tokens[0])
            keys.add("f:" + first[:3] + "|" + last[:1])
    words = _WORD.findall(fold_same_length(name).casefold())
    if len(words) >= 2:  # "Yanis Ben Ali" / "Yanis Benali", "Van den Broeck" / "Vandenbroeck"
        keys.add("j:" + words[0][:3] + "|" + "".join(words[1:]))
    return keys


def _is_acronym(name: str) -> bool:
    """A name written as one word in capitals ("ECOWAS", "NATO", "AU")."""
    return name.isupper() and name.isalpha() and 2 <= len(name) <= 8


_CODE = re.compile(r"[A-Z0-9]+(?:-[A-Z0-9]+)+|(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{3,}")


def _is_code(name: str) -> bool:
    """A registration, a flight or a model written as a code ("CS-TVA", "AU1482", "F-GKXA"): its
    parts are no words of a name, so no acronym ("TVA", the French VAT) is a short form of it."""
    return _CODE.fullmatch(name) is not None


def _acronym_keys(name: str) -> set[str]:
    """The key an organisation shares with its acronym: the acronym itself, or the initials of
    every word of the full name ("Economic Community of West African States" -> "a:ecowas")."""
    if _is_acronym(name):
        return {"a:" + name.lower()}
    tokens = [t for t in prepare(name).tokens if t]
    if tokens and tokens[0] == "the":
        tokens = tokens[1:]
    return {"a:" + "".join(t[0] for t in tokens)} if 2 <= len(tokens) <= 8 else set()


def _comparable(a: str, b: str, entity_type: str) -> bool:
    """Full names are compared; so is an organisation's acronym with a name of several words. A
    code is compared with nothing: "CS-TVA" and "CS-TVB" are two aircraft, and "TVA" (the French
    VAT) none of them; a code links only to itself, written alike."""
    if _is_code(a) or _is_code(b):
        return False
    if entity_type == "organization" and (_is_acronym(a) or _is_acronym(b)):
        return _is_acronym(a) != _is_acronym(b)
    return len(name_tokens(a)) >= 2 and len(name_tokens(b)) >= 2


def _known_acronym(acronym: str, entity_id: str, full: str, known) -> bool:
    """Whether ``acronym`` is a gazetteer entity's acronym compared with a name found in the
    text: "AP" (the Associated Press) says nothing of "Ashgrove Partners", nor "AK" (Afrika
    Korps) of an "AK-47". A known entity meets a full name by its own full names; an acronym
    the text writes may still stand for a known or found full name."""
    return entity_id in known and _is_acronym(acronym) and not _is_acronym(full)


def _fine_keys(name: str, level: int) -> set[str]:
    """Finer blocking keys of a name: level 1 the first-name initial and the surname's sound,
    level 2 the sound of the first name and of the surname."""
    tokens = name_tokens(name)
    if not tokens:
        return set()
    last = jellyfish.metaphone(translit_key(tokens[-1]))
    if len(tokens) == 1:
        return {"1:" + last}
    first = translit_key(tokens[0])
    return {(first[:1] if level == 1 else jellyfish.metaphone(first)) + "|" + last}


def _candidate_pairs(members: set[str], full_names: dict[str, list[str]], level: int = 1):
    """Pairs of entities of one block to compare (sorted, deterministic). A block over
    ``_MAX_BLOCK`` is split by :func:`_fine_keys`; a group still too large after the finest key
    (names that sound alike in full) is compared with its first ``_MAX_BLOCK`` members only."""
    ordered = sorted(members)
    if len(ordered) <= _MAX_BLOCK:
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                yield a, b
        return
    if level > 2:
        head = ordered[:_MAX_BLOCK]
        for i, a in enumerate(head):
            for b in head[i + 1 :]:
                yield a, b
        for b in ordered[_MAX_BLOCK:]:
            for a in head:
                yield a, b
        return
    sub_blocks: dict[str, set[str]] = defaultdict(set)
    for entity_id in ordered:
        for name in full_names[entity_id]:
            for key in _fine_keys(name, level):
                sub_blocks[key].add(entity_id)
    for key in sorted(sub_blocks):
        yield from _candidate_pairs(sub_blocks[key], full_names, level + 1)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: str, b: str) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            # The gazetteer id (no "name:" prefix) or the smaller id wins, so results are stable.
            keep, drop = sorted((root_a, root_b), key=lambda r: (r.startswith("name:"), r))
            self.parent[drop] = keep


def _entity_rules(rules: RulePack) -> dict[str, EntityRule]:
    return {e.id: e for f in rules.get("entities") for e in f.entities}


def _name_mentions(docs: list[ExtractedDocument]) -> list[Mention]:
    return [
        m
        for d in docs
        for m in d.mentions
        if isinstance(m.value, EntityValue) and not m.value.adjective and m.kind in ("person", "organization", "place")
    ]


def link_entities(docs: list[ExtractedDocument], rules: RulePack, threshold: float = DEFAULT_THRESHOLD) -> None:
    """Give every name mention of ``docs`` its entity id and canonical name, consistently."""
    known = _entity_rules(rules)
    mentions = _name_mentions(docs)
    _separate_types(mentions)
    union = _UnionFind()

    # Distinct provisional entities with the names they were written as, their type and country.
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    types: dict[str, str] = {}
    countries: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        value = m.value
        forms[value.entity][value.canonical] += 1
        types[value.entity] = value.type
        if value.country:
            countries[value.entity].add(value.country)
        union.find(value.entity)
    for entity_id, rule in known.items():
        for name in [rule.name, *rule.aliases]:
            forms[entity_id][name] += 0
        types[entity_id] = rule.type
        if rule.country:
            countries[entity_id].add(rule.country)

    # Block every full name (two tokens or more) by its keys; gazetteer names take part too.
    blocks: dict[str, set[str]] = defaultdict(set)
    full_names: dict[str, list[str]] = defaultdict(list)
    for entity_id, counter in forms.items():
        for name in sorted(counter):
            organisation = types[entity_id] == "organization"
            if len(name_tokens(name)) >= 2 or entity_id in known or (organisation and _is_acronym(name)):
                full_names[entity_id].append(name)
                for key in block_keys(name) | (_acronym_keys(name) if organisation else set()):
                    blocks[f"{types[entity_id]}|{key}"].add(entity_id)

    def compatible(a: str, b: str) -> bool:
        return not (countries[a] and countries[b] and not countries[a] & countries[b])

    compared: set[tuple[str, str]] = set()
    for block in sorted(blocks):
        for a, b in _candidate_pairs(blocks[block], full_names):
            if not a.startswith("name:") and not b.startswith("name:"):
                continue  # two gazetteer entities are distinct by definition
            if (a, b) in compared or union.find(a) == union.find(b):
                continue
            compared.add((a, b))
            if not compatible(a, b):
                continue
            best = max(
                (name_score(x, y) for x in full_names[a] for y in full_names[b]
                 if _comparable(x, y, types[a]) and not _known_acronym(x, a, y, known) and not _known_acronym(y, b, x, known)),
                default=0.0,
            )
            if best >= threshold:
                union.union(a, b)

    _join_exonyms(rules, forms, types, union, known, countries)
    _join_german_spellings(forms, types, countries, union, known)
    _attach_lone_surnames(forms, types, countries, full_names, union, known)
    _attach_short_forms(rules, types, countries, full_names, union)

    # Canonical name: the gazetteer's, else the most used full form (ties alphabetical).
    members: dict[str, list[str]] = defaultdict(list)
    for entity_id in forms:
        members[union.find(entity_id)].append(entity_id)
    canonical: dict[str, tuple[str, str]] = {}
    for root, group in members.items():
        if root in known:
            canonical[root] = (root, known[root].name)
            continue
        counts: Counter[str] = Counter()
        for entity_id in group:
            counts.update(forms[entity_id])
        longest = max(len(name_tokens(n)) for n in counts)
        name = sorted((n for n in counts if len(name_tokens(n)) == longest), key=lambda n: (-counts[n], n))[0]
        canonical[root] = (entity_slug(name), name)
    for value in _distinct_values(mentions):
        value.entity, value.canonical = canonical[union.find(value.entity)]


def _separate_types(mentions: list[Mention]) -> None:
    """One provisional id per entity type: "Dr Gupta" (a person) and "Gupta said" read as an
    organisation in another article share the slug "name:gupta"; a person's id must not take
    the organisation's type, or the person would never join the run's "Sanjay Gupta"."""
    types: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        types[m.value.entity].add(m.value.type)
    for value in _distinct_values(mentions):
        if len(types[value.entity]) > 1 and value.entity.startswith("name:") and value.type != "person":
            value.entity = f"{value.entity}~{value.type}"


def _distinct_values(mentions: list[Mention]) -> list[EntityValue]:
    """The entity values of ``mentions``, each object once: mentions with equal values may share
    one (the run shares them as the map's results arrive, ``scale.sharing``), and a value renamed
    in place must be renamed once."""
    return list({id(m.value): m.value for m in mentions}.values())


def _join_exonyms(rules: RulePack, forms, types, union, known, countries=None) -> None:
    """Places read under names of one exonym group (rules' ``kind: exonyms``: "Hal", "Halle")
    are one place, and organisations read under names of one group ("Council of Ministers",
    "Conseil des ministres") one organisation, unless two of the gazetteer's entities are among
    them or their mentions name two countries."""
    group_of: dict[str, int] = {}
    for rule_file in rules.get("exonyms"):
        for group in rule_file.groups:
            index = len(group_of)
            for name in group:
                group_of.setdefault(" ".join(prepare(name).tokens), index)
    if not group_of:
        return
    members: dict[tuple[int, str], set[str]] = defaultdict(set)
    for entity_id in sorted(forms):
        if types[entity_id] not in ("place", "organization"):
            continue
        for name in forms[entity_id]:
            group = group_of.get(" ".join(prepare(name).tokens))
            if group is not None:
                members[(group, types[entity_id])].add(entity_id)
    for group in sorted(members):
        places = sorted(members[group])
        if len({union.find(p) for p in places if union.find(p) in known}) > 1:
            continue
        if countries is not None and len(set().union(*(countries[p] for p in places))) > 1:
            continue  # two countries' ministries
        for place in places[1:]:
            union.union(places[0], place)


def _join_german_spellings(forms, types, countries, union, known) -> None:
    """Names written with an umlaut or ß and with its spelling in two letters are one name: ä=ae,
    ö=oe, ü=ue, ß=ss is a rule of German spelling, not a guess ("Öhringen" / "Oehringen",
    "Häußler" / "Haeussler"). Names of one word are compared by no other rule, so a place an
    English outlet writes without umlauts would otherwise be another place."""
    by_key: dict[tuple[str, str], set[str]] = defaultdict(set)
    for entity_id in sorted(forms):
        for name in forms[entity_id]:
            if _UMLAUT.search(name) or _SPELT_OUT.search(name):
                by_key[(types[entity_id], " ".join(prepare(name.translate(_GERMAN_SPELLING)).tokens))].add(entity_id)
    for key in sorted(by_key):
        group = sorted(by_key[key])
        if len(group) < 2 or not any(_UMLAUT.search(n) for e in group for n in forms[e]):
            continue
        roots = {union.find(e) for e in group}
        if len(roots & set(known)) > 1 or any(countries[a] and countries[b] and not countries[a] & countries[b]
                                              for a in group for b in group):
            continue
        for entity_id in group[1:]:
            union.union(group[0], entity_id)


def _attach_lone_surnames(forms, types, countries, full_names, union, known) -> None:
    """An entity only ever written as one word joins the one full name in its block, if unique:
    a person's surname ("Kerner" for "Matthias Kerner"), an organisation's first word or last
    ("Halberg" for "Halberg Automotive"). A place never does: "Ciney" is no short form of
    "Saint-Nicolas de Ciney", nor "York" of "New York"; nor does a part of a code ("TVA" of the
    registration "CS-TVA")."""
    by_last: dict[tuple[str, str], set[str]] = defaultdict(set)
    for entity_id, names in full_names.items():
        for name in names:
            tokens = name_tokens(name)
            if len(tokens) >= 2 and not _is_code(name):
                by_last[(types[entity_id], translit_key(tokens[-1]))].add(union.find(entity_id))
                if types[entity_id] == "organization":
                    by_last[(types[entity_id], translit_key(tokens[0]))].add(union.find(entity_id))
    for entity_id in sorted(forms):
        if entity_id in known or full_names.get(entity_id) or types[entity_id] == "place":
            continue
        names = [n for n in forms[entity_id] if len(name_tokens(n)) == 1]
        if not names:
            continue
        key = (types[entity_id], translit_key(name_tokens(names[0])[0]))
        candidates = {
            c for c in by_last.get(key, set()) if not (countries[entity_id] and countries[c] and not countries[entity_id] & countries[c])
        }
        if len(candidates) == 1:
            union.union(entity_id, candidates.pop())


def _attach_short_forms(rules, types, countries, full_names, union) -> None:
    """A person written with a short form of a given name ("Mo Cheeks", rules' ``short_forms``)
    joins the one person of the run written with a long form of it and the same other names
    ("Maurice Cheeks"); with two such people in the run it joins neither."""
    longs: dict[str, set[str]] = defaultdict(set)
    for rule_file in rules.get("given_names"):
        for short, names in rule_file.short_forms.items():
            longs[translit_key(short.lower())].update(translit_key(n.lower()) for n in names)
    if not longs:
        return
    by_rest: dict[tuple[str, ...], list[tuple[str, str]]] = defaultdict(list)  # other names -> (first, entity)
    for entity_id, names in sorted(full_names.items()):
        if types.get(entity_id) != "person":
            continue
        for name in names:
            tokens = tuple(translit_key(t) for t in name_tokens(name))
            if len(tokens) >= 2:
                by_rest[tokens[1:]].append((tokens[0], entity_id))
    for rest, people in by_rest.items():
        for first, entity_id in people:
            if first not in longs:
                continue
            matches = {
                union.find(other) for long_first, other in people
                if long_first in longs[first] and union.find(other) != union.find(entity_id)
                and not (countries[entity_id] and countries[other] and not countries[entity_id] & countries[other])
            }
            if len(matches) == 1:
                union.union(entity_id, matches.pop())


@dataclass(frozen=True)
class MatchExplanation:
    """Whether two written names are one entity for a run, with the evidence the linker used."""

    score: float
    matched: bool
    reason: str


def _same_key(a: str, b: str) -> bool:
    """Whether two names have the same tokens once spelling choices are erased (Tiani, Tchiani)."""
    ta, tb = name_tokens(a), name_tokens(b)
    return bool(ta) and len(ta) == len(tb) and all(translit_key(x) == translit_key(y) for x, y in zip(ta, tb))


def _surname_of(single: str, full: str) -> bool:
    """A one-word name that is the last name of a full name, spelling aside (Tchiani, Abdourahamane Tiani)."""
    one, many = name_tokens(single), name_tokens(full)
    return len(one) == 1 and len(many) >= 2 and translit_key(one[0]) == translit_key(many[-1])


class NameMatcher:
    """Are two written names one entity, by the evidence :func:`link_entities` uses in a run: the
    gazetteer's names and aliases, then the matcher's score against them or each other, then a
    lone surname joining the one full name it ends. Built once from the rules."""

    def __init__(self, rules: RulePack, threshold: float = DEFAULT_THRESHOLD):
        self.threshold = threshold
        self.listed: dict[str, EntityRule] = {}
        for rule in _entity_rules(rules).values():
            for form in [rule.name, *rule.aliases]:
                self.listed.setdefault(fold_same_length(form).casefold(), rule)

    def explain(self, a: str, b: str) -> MatchExplanation:
        threshold = self.threshold
        rule_a = self.listed.get(fold_same_length(a.strip()).casefold())
        rule_b = self.listed.get(fold_same_length(b.strip()).casefold())
        score = name_score(a, b)
        if rule_a is not None and rule_b is not None:
            if rule_a.id == rule_b.id:
                return MatchExplanation(1.0, True, f"alias: both are listed for {rule_a.name} ({rule_a.id})")
            return MatchExplanation(score, False, f"two listed entities: {rule_a.name} and {rule_b.name}")
        for rule, other in ((rule_a, b), (rule_b, a)):
            if rule is None:
                continue
            forms = [rule.name, *rule.aliases]
            best, form = max((name_score(other, f), f) for f in forms)
            if best >= threshold:
                how = "transliteration key" if _same_key(other, form) else "score"
                return MatchExplanation(best, True, f"alias: listed for {rule.name} ({rule.id}); {how} {best:.3f} against {form!r}")
            lone = next((f for f in forms if _surname_of(other, f) or _surname_of(f, other)), None)
            if lone is not None:
                return MatchExplanation(best, True, f"alias: listed for {rule.name} ({rule.id}); surname of {lone!r}")
            return MatchExplanation(best, False, f"listed for {rule.name} ({rule.id}); best score {best:.3f} against {form!r}")
        if score >= threshold:
            how = "transliteration key" if _same_key(a, b) else "score"
            return MatchExplanation(score, True, f"{how} {score:.3f}")
        if _surname_of(a, b) or _surname_of(b, a):
            return MatchExplanation(score, True, "surname: a one-word name joins the one full name it ends")
        return MatchExplanation(score, False, f"score {score:.3f} below {threshold}")
