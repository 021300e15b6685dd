"""Organisations named by a generic head, and the descriptions that refer back to them.

News names a company, a hospital, a ministry or a central bank by a generic head noun with the
words that make it one: "Northmoor Hospitals NHS Foundation Trust", "the Central Bank of
Arvenia", "la Banque centrale des États de l'Afrique de l'Ouest", "le ministère de l'Intérieur".
After the first mention it writes "the trust", "the bank", "la banque", "le comité": a
definite description that refers back to the last organisation of the article with that head.
A group named by a description ("a criminal group calling itself Grey Lynx", "un groupe se
faisant appeler X") is an organisation, and the description's noun is one of its heads.

A generic description with no organisation of its own noun before it ("the operator", "the
carrier", "the insurer", "l'entreprise", "the regulator") refers back to the ONE organisation of
its kind (company, authority) the article named before: an organisation is of a kind by a word
of its name ("Halcyon Tankers", "Veltra Mobile Ireland", "Data Protection Commission") or by a
head of the kind written before it ("mobile operator Veltra"); with two of the kind it refers to
neither. A French subject pronoun opening a sentence ("Elle a démenti jeudi ...") refers back to
the organisation of the sentence before when that sentence names one and no person.

The words are data (``organizations:`` in ``rules/<lang>/titles.yaml``, see
:class:`.name_rules.OrganizationNaming`); :class:`OrganizationNames` compiles them once per
language. The sentence pass (:meth:`OrganizationNames.named`) adds the names that a run of
capitalised words cannot hold (they contain "of", "de", lower-case adjectives); the document pass
(:meth:`OrganizationNames.descriptions`) resolves the descriptions, so that every claim about
the trust has the trust as a participant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import Sentence
from ..rules import RulePack
from .name_document import Hit
from .name_rules import entity_slug, fold_same_length

_CAPITAL = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
_LOWER = r"[a-zß-öø-ÿœ][\w'’-]*"
# Lower-case words that can be adjectives after a French head ("centrale", "nationale",
# "monétaire", "armé", "islamique", "ouest-africaine"): their usual endings. Function words and
# verbs after a name ("a", "est", "se", "réunira") end none of these, or are too short.
_ADJECTIVE = (r"[a-zß-öø-ÿœ][a-zß-öø-ÿœ-]+(?:ales?|aux|iques?|iennes?|iens?|aises?|ains?|aines?|elles?|els?|ifs?|ives?"
              r"|aires?|ée?s?|eures?|eurs?|ières?|ères?|iers?|istes?|oises?|ois|ques?|ême|ales?|al)(?![\w'’-])")
_ADJECTIVE_WORD = re.compile(_ADJECTIVE)
# French complements: "de la Santé", "des États de l'Afrique de l'Ouest", "de politique monétaire".
_FRENCH_OF = r"(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’])"
# A capitalised word right after a description: the name the description introduces ("the
# operator Eirlink", "la société Kivu Gold Resources"), no reference back.
_CAPITAL_NEXT = re.compile(r"\s+[A-ZÀ-ÖØ-Þ]")
# How far back a description or a naming cue is read before a name.
_REACH = 80
# How many sentences ahead a description with no organisation before it looks for the name.
_AHEAD = 2


@dataclass(frozen=True)
class _Named:
    """An organisation of the document, in reading order, with the heads that refer back to it
    and the kinds it is of (``kinds:`` in the rules: company, authority)."""

    sentence: int
    start: int
    hit: Hit
    heads: frozenset[str]
    words: frozenset[str]
    kinds: frozenset[str] = frozenset()


def _stem(word: str) -> str:
    """A word compared without case, accents, plural or feminine ending ("Hospitals" ~
    "hospital", "centrale" ~ "Central")."""
    word = fold_same_length(word).lower()
    for ending in ("es", "s", "e"):
        if len(word) > 4 and word.endswith(ending):
            return word[: -len(ending)]
    return word


# A person's role in apposition that names an organisation by description: "X, chief executive of
# the trust," (after the name) and "the trust's medical director, X" (before it). The
# description tells who the person is, not who takes part in the event the sentence tells.
_ROLE_BEFORE_DESCRIPTION = re.compile(r"^,\s+[^,;:()]{0,60}?\b(?:of|at|for|to)\s+$")
_ROLE_AFTER_DESCRIPTION = re.compile(r"^['’]s\s+[^,;:()]{0,60}?,\s+(?:[A-Z][\w.]*\s+)?$")  # "..., Dr X"


def _in_role(text: str, start: int, end: int, people: list[Hit]) -> bool:
    """Whether the description at ``start:end`` lies in a role said in apposition with a person."""
    return any(h.end <= start and _ROLE_BEFORE_DESCRIPTION.match(text[h.end : start])
               or h.start >= end and _ROLE_AFTER_DESCRIPTION.match(text[end : h.start]) for h in people)


def _same_organisation(a: str, b: str) -> bool:
    """Whether two names of organisations of one article are one organisation: the same, or one
    the short form of the other by its first words ("Veltra", "Veltra Mobile Ireland")."""
    a_words, b_words = a.casefold().split(), b.casefold().split()
    shorter, longer = sorted((a_words, b_words), key=len)
    return longer[: len(shorter)] == shorter


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


class OrganizationNames:
    """One language's rules for naming organisations, compiled once."""

    def __init__(self, rules: RulePack, language: str, not_names: frozenset[str], stop_words: frozenset[str],
                 organization_words: frozenset[str]):
        files = [f for f in rules.get("titles", language=language) if f.language == language and f.organizations]
        naming = [f.organizations for f in files]
        self.modifiers = frozenset(w for n in naming for w in n.modifiers)
        self.not_names = not_names
        # Words that end the complement of an "of" name: titles and given names ("Bank of England
        # Governor Andrew Bailey").
        self.stop_words = stop_words
        self.organization_words = organization_words
        of_heads = [w for n in naming for w in n.of_heads]
        self.of_name = re.compile(
            rf"(?<![\w'’-])(?:{_CAPITAL}[ -]){{0,3}}?(?:{_alternation(of_heads)}) (?:of|for) (?:the )?"
            rf"{_CAPITAL}(?:(?: | and | of | of the | for ){_CAPITAL}){{0,3}}"
        ) if of_heads else None
        leads = [w for n in naming for w in n.leads]
        # The gazetteer's lower-case adjectives of countries ("suisse", "belge", "russe"), which no
        # adjective ending tells: "la Banque nationale suisse" is one name, not "Banque nationale".
        national = sorted({a for f in rules.get("entities") for e in f.entities for a in e.adjectives if a[:1].islower()})
        adjective = rf"(?:{_alternation(national)})(?![\w'’-])|{_ADJECTIVE}" if national else _ADJECTIVE
        # A lead stands after a space or an elided article ("l'Autorité de la concurrence", "d'Office").
        self.lead_name = re.compile(
            rf"(?:(?<![\w'’-])|(?<=\b[lLdD]['’]))(?P<lead>{_alternation(leads)})(?P<tail>(?:\s+(?:{adjective})){{0,2}}"
            rf"(?:\s+{_FRENCH_OF}(?:{_CAPITAL}(?:\s+(?:{_CAPITAL}|{adjective})){{0,2}}|(?P<noun>{_LOWER})(?:\s+(?:{adjective}))?))*)"
        ) if leads else None
        heads = sorted({h for n in naming for h in n.description_heads})
        # The kinds of organisation by the stem of each head of theirs, and by each word of a name
        # that makes an organisation one of the kind.
        self.kind_of_head: dict[str, set[str]] = {}
        self.kind_of_word: dict[str, set[str]] = {}
        for n in naming:
            for kind, rule in n.kinds.items():
                for head in rule.heads:
                    self.kind_of_head.setdefault(_stem(head), set()).add(kind)
                for word in rule.name_words:
                    self.kind_of_word.setdefault(word, set()).add(kind)
        heads = sorted(set(heads) | {h for n in naming for rule in n.kinds.values() for h in rule.heads})
        self.heads = frozenset(_stem(h) for h in heads)
        # Expressions with a head that refer to no organisation ("la société civile").
        self.fixed = frozenset(fold_same_length(e).lower() for n in naming for e in n.not_descriptions)
        pronouns = sorted({p for n in naming for p in n.pronouns})
        impersonal = sorted({w for n in naming for w in n.impersonal_after})
        # A subject pronoun opening a sentence ("Elle a démenti"), not followed by a word that
        # makes it impersonal ("Il y a", "Il faut").
        self.pronoun = re.compile(
            rf"^[\s«\"“'‘(*_-]*(?P<pronoun>{_alternation(pronouns)})\s+"
            + (rf"(?!(?:{_alternation(impersonal)})(?![\w-]))" if impersonal else "")
        ) if pronouns else None
        both_cases = heads + [h[:1].upper() + h[1:] for h in heads]
        articles = sorted({a for n in naming for a in n.articles})
        both_articles = articles + [a[:1].upper() + a[1:] for a in articles]
        self.description = re.compile(
            rf"(?<![\w'’-])(?:{_alternation(both_articles)})(?<=['’])?\s*(?:(?P<pre>{_LOWER})\s+)?"
            rf"(?P<head>{_alternation(both_cases)})(?:\s+(?P<post>{_LOWER}))?(?![\w-])"
        ) if heads and articles else None
        indefinites = sorted({a for n in naming for a in n.indefinite_articles})
        indefinites += [a[:1].upper() + a[1:] for a in indefinites]
        # "an English hospital trust": a first mention before the name, up to two words before its head.
        self.indefinite = re.compile(
            rf"(?<![\w'’-])(?:{_alternation(indefinites)})\s+(?:[\w'’-]+\s+){{0,2}}(?P<head>{_alternation(both_cases)})(?![\w-])"
        ) if heads and indefinites else None
        cues = [c for n in naming for c in n.naming_cues]
        self.cue_ends = frozenset(c.split()[-1].lower() for c in cues)
        self.naming_before = re.compile(
            rf"(?<![\w'’-])(?P<noun>{_alternation(heads)})(?:\s+[\w'’-]+){{0,2}}?,?\s+(?:{_alternation(cues)})\s+$",
            re.IGNORECASE,
        ) if heads and cues else None
        self.head_before = re.compile(rf"(?<![\w'’-])(?P<noun>{_alternation(heads)})\s+$", re.IGNORECASE) if heads else None
        position = [f for f in rules.get("participant_cues", language) if f.language == language]
        self.refers_back = position[-1].organisation_refers_back if position else None
        self.verb_after = position[-1].subject_verb_after if position else None

    # -- one sentence ------------------------------------------------------------------------

    def opens_name(self, word: str, last: str, organization_words: frozenset[str]) -> bool:
        """Whether a word of ``not_names`` opening a run still belongs to it: a modifier of an
        organisation's name ("Central" in "Central Bank", "North" in "North Atlantic Council")."""
        return word in self.modifiers and last in organization_words

    def named_by_description(self, before: str) -> bool:
        """Whether a description gives the name written next ("a criminal group calling itself ",
        "un groupe armé se faisant appeler "): an organisation's name, whatever its words."""
        last = before[-_REACH:].rsplit(None, 1)[-1:]
        if self.naming_before is None or not last or last[0].lower() not in self.cue_ends:
            return False  # most names have no cue: one word compared, no search
        return self.naming_before.search(before[-_REACH:]) is not None

    def named_by_position(self, words: list[str], after: str, lower_words, given_names: frozenset[str]) -> bool:
        """Whether a capitalised run of two words or more that no given name opens is an
        organisation by what it does as a subject, not by a suffix: an "it" or a "which" refers
        back to it ("Solvik Energi said it had postponed", "Hanse Line, which operates"), or it
        does something and is written in capitals ("HAROPA PORT denied") or its last word is a
        common noun of the article ("Hanse Line diverted" beside "the shipping line")."""
        if len(words) < 2 or words[0] in given_names:
            return False
        if self.refers_back is not None and self.refers_back.search(after) is not None:
            return True
        return self.verb_after is not None and self.verb_after.search(after) is not None and (
            all(w.isupper() for w in words) or words[-1].lower() in lower_words)

    def named(self, text: str, hits: list[Hit]) -> list[Hit]:
        """``hits`` with the organisations named by a head and its complement: the hits inside
        such a name are parts of it (the place in "Central Bank of Arvenia" is no place of the
        story; the name's country is that place's)."""
        found = self._of_names(text) + self._lead_names(text)
        if not found:
            return hits
        for start, end in found:
            inside = [h for h in hits if h.start < end and start < h.end]
            if any(h.type == "organization" and (h.start <= start and end <= h.end or not h.entity.startswith("name:"))
                   for h in inside):
                continue  # a known organisation, or a longer name already found
            if any(h.type == "person" and (h.start < start or h.end > end) for h in inside):
                continue  # a person's name runs across its edge: no organisation's name
            country = next((h.country for h in inside if h.type == "place" and h.country), None)
            name = text[start:end]
            hits = [h for h in hits if h not in inside]
            hits.append(Hit(start, end, "organization", entity_slug(name), name, country))
        return hits

    def _of_names(self, text: str) -> list[tuple[int, int]]:
        """'<head> of <complement>' names ("the Central Bank of Arvenia", "Ministry of Health"):
        the name's words before the head are capitalised and no sentence words; the complement
        ends before a title or a given name, and names no organisation itself ("the Monetary
        Policy Committee of the Central Bank" is two names)."""
        if self.of_name is None or " of " not in text and " for " not in text:
            return []
        spans = []
        at = 0
        while (m := self.of_name.search(text, at)) is not None:
            at = m.end()
            words = [(w.start(), w.end(), w.group()) for w in re.finditer(r"[^\s]+", m.group())]
            first = 0
            while first < len(words) and words[first][2] in self.not_names and words[first][2] not in self.modifiers:
                first += 1
            joint = next(i for i, w in enumerate(words) if w[2] in ("of", "for"))
            if first >= joint:
                continue
            last = joint + 1
            while last < len(words):
                word = words[last][2]
                if word[:1].isupper() and (word in self.stop_words or word.lower() in self.stop_words):
                    break
                last += 1
            while last > joint + 1 and words[last - 1][2] in ("and", "of", "for", "the"):
                last -= 1
            complement = [w[2] for w in words[joint + 1 : last] if w[2] != "the"]
            if any(w in self.organization_words for w in complement):
                at = m.start() + words[joint + 1][0]  # two names: the complement is read again as one
                continue
            if not complement:
                continue
            spans.append((m.start() + words[first][0], m.start() + words[last - 1][1]))
        return spans

    def _lead_names(self, text: str) -> list[tuple[int, int]]:
        """French names opened by their head: a capitalised head with its adjectives or
        complements ("Banque centrale", "Comité de politique monétaire"), a lower-case head only
        with a capitalised complement ("ministère de l'Intérieur")."""
        if self.lead_name is None:
            return []
        spans = []
        for m in self.lead_name.finditer(text):
            tail = m.group("tail").strip()
            if not tail:
                continue
            if m.group("lead")[:1].islower() and not re.search(rf"{_FRENCH_OF}{_CAPITAL}", tail):
                continue
            spans.append((m.start(), m.end("tail")))
        return spans

    # -- the document ------------------------------------------------------------------------

    def descriptions(self, sentences: list[Sentence], pairs: list[tuple[Sentence, Hit]]) -> list[tuple[Sentence, Hit]]:
        """Mentions of the definite descriptions that refer back to a named organisation ("the
        trust", "la banque centrale"): each is the last organisation before it, in reading order,
        that has the description's head among the words of its name or of the description that
        named it. A description with no such organisation before it names nobody."""
        if self.description is None:
            return []
        named = self._named(pairs)
        if not named:
            return []
        taken: dict[int, list[tuple[int, int]]] = {}
        people: dict[int, list[Hit]] = {}
        for sentence, hit in pairs:
            taken.setdefault(sentence.index, []).append((hit.start, hit.end))
            if hit.type == "person":
                people.setdefault(sentence.index, []).append(hit)
        found = []
        for sentence in sentences:
            text = sentence.text
            spans = taken.get(sentence.index, [])
            matches = [(m, True) for m in self.description.finditer(text)]
            if self.indefinite is not None:
                matches += [(m, False) for m in self.indefinite.finditer(text)]
            for m, definite in matches:
                head = _stem(m.group("head"))
                if any(s < m.end("head") and m.start("head") < e for s, e in spans):
                    continue
                if _in_role(text, m.start(), m.end(), people.get(sentence.index, [])):
                    continue
                if _CAPITAL_NEXT.match(text, m.end()):
                    continue  # "the operator Eirlink": the description that names the next name
                if definite and self._fixed(text, m):
                    continue  # "la société civile": no organisation
                target = self._antecedent(named, head, sentence.index, m.start(), definite)
                if target is None and definite:
                    target = self._one_of_kind(named, head, sentence.index, m.start())
                    post = m.group("post")
                    if target is not None and post and _ADJECTIVE_WORD.fullmatch(post) and _stem(post) not in target.words:
                        continue  # "le groupe armé" names no company of the article
                if target is None or not definite and target.sentence == sentence.index and target.start - m.end() <= _REACH:
                    continue  # "a criminal group calling itself X": the description that gives the name
                start, end = m.span("head")
                if definite and m.group("pre") and _stem(m.group("pre")) in target.words:
                    start = m.start("pre")
                if definite and m.group("post") and _stem(m.group("post")) in target.words:
                    end = m.end("post")
                hit = target.hit
                found.append((sentence, Hit(start, end, "organization", hit.entity, hit.canonical, hit.country)))
        return found + self._pronouns(sentences, pairs + found)

    def _fixed(self, text: str, m: re.Match) -> bool:
        """Whether a definite description is a fixed expression that names no organisation."""
        return fold_same_length(text[m.start("pre") if m.group("pre") else m.start("head") : m.end()]).lower() in self.fixed

    def _one_of_kind(self, named: list[_Named], head: str, sentence: int, start: int) -> _Named | None:
        """The organisation a generic description ("the operator", "l'entreprise", "the
        regulator") refers to when none named before has its noun: the one organisation of the
        description's kind named before it (its short and long names count once: "Veltra" and
        "Veltra Mobile Ireland"); with two or more of the kind, or none, nobody."""
        kinds = self.kind_of_head.get(head)
        if not kinds:
            return None
        before = [org for org in named if (org.sentence, org.start) < (sentence, start) and org.kinds & kinds]
        if not before:
            return None
        last = before[-1]
        if all(_same_organisation(org.hit.canonical, last.hit.canonical) for org in before):
            return last
        return None

    def _pronouns(self, sentences: list[Sentence], pairs: list[tuple[Sentence, Hit]]) -> list[tuple[Sentence, Hit]]:
        """Subject pronouns that refer back to an organisation ("Elle a démenti jeudi ..." after
        "..., la société Kivu Gold Resources, titulaire du permis"): a pronoun opening a sentence
        is the organisation of the sentence before when that sentence names one organisation
        and no person (with a person, "Il" or "Elle" may be either)."""
        if self.pronoun is None:
            return []
        by_sentence: dict[int, list[Hit]] = {}
        for sentence, hit in pairs:
            if hit.role != "credit":
                by_sentence.setdefault(sentence.index, []).append(hit)
        found = []
        for previous, sentence in zip(sentences, sentences[1:]):
            m = self.pronoun.match(sentence.text)
            if m is None or sentence.index != previous.index + 1 or sentence.zone != previous.zone:
                continue
            hits = by_sentence.get(previous.index, [])
            organisations = [h for h in hits if h.type == "organization"]
            if not organisations or any(h.type == "person" for h in hits):
                continue
            if not all(_same_organisation(h.canonical, organisations[0].canonical) for h in organisations):
                continue
            hit = organisations[0]
            start, end = m.span("pronoun")
            found.append((sentence, Hit(start, end, "organization", hit.entity, hit.canonical, hit.country)))
        return found

    @staticmethod
    def _antecedent(named: list[_Named], head: str, sentence: int, start: int, definite: bool) -> _Named | None:
        """The organisation a description with ``head`` at ``start`` refers to: the last one
        before it with that head; with none before it, the first one after it within the next
        sentences ("A cyber attack on the trust that runs X ... Northmoor Hospitals NHS
        Foundation Trust said ...": a lede often describes before it names). An indefinite
        description ("an English hospital trust") is only such a first mention: after a name
        of its head it is another organisation."""
        target = None
        for org in named:
            if (org.sentence, org.start) < (sentence, start):
                if head in org.heads:
                    if not definite:
                        return None
                    target = org
                continue
            if target is not None or org.sentence - sentence > _AHEAD:
                break
            if head in org.heads:
                return org
        return target

    def _named(self, pairs: list[tuple[Sentence, Hit]]) -> list[_Named]:
        """The organisations named in the document, in reading order, with their heads."""
        named = []
        for sentence, hit in pairs:
            if hit.type != "organization" or hit.role == "credit":
                continue
            words = frozenset(_stem(w) for w in re.findall(r"[^\W\d_]+", hit.canonical))
            heads = {w for w in words if w in self.heads}
            before = sentence.text[max(0, hit.start - _REACH) : hit.start]
            for pattern in (self.naming_before, self.head_before):
                cue = pattern.search(before) if pattern is not None else None
                if cue is not None:
                    heads.add(_stem(cue.group("noun")))
                    words |= {_stem(w) for w in re.findall(r"[^\W\d_]+", cue.group())}
            kinds = {k for w in re.findall(r"[^\W\d_]+", hit.canonical) for k in self.kind_of_word.get(w, ())}
            kinds.update(k for h in heads for k in self.kind_of_head.get(h, ()))
            if heads or kinds:
                named.append(_Named(sentence.index, hit.start, hit, frozenset(heads), words, frozenset(kinds)))
        named.sort(key=lambda n: (n.sentence, n.start))
        return named
