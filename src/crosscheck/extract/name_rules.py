"""The rule data of name extraction: the gazetteer (``kind: entities``), titles and role phrases
(``kind: titles``, one file per language under ``rules/<lang>/``) and common given names
(``kind: given_names``); with the accent folding and the trie regex the extractor and the
linker share.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from pydantic import ConfigDict, Field, field_validator, model_validator

from ..rules import RuleExamples, RuleFile, RuleModel, compile_regex, rule_kind

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
    # A region spanning countries (the Sahel, West Africa): "West African leaders" names who by
    # where they are, never a party of its own (see extract/event_places.py).
    region: bool = False
    # A news agency or broadcaster: it reports the news and takes part in none of it (its
    # mentions have the role "outlet", and claims leave them out).
    outlet: bool = False

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


def _require_one_side(before: str | None, after: str | None, what: str) -> None:
    """A cue of a name is read on one side of it: exactly one of ``before`` and ``after``."""
    if (before is None) == (after is None):
        raise ValueError(f"{what} has exactly one of 'before' or 'after'")


class RolePattern(RuleModel):
    """A role phrase written right before a name (``before``) or right after it (``after``)."""

    before: str | None = None
    after: str | None = None
    examples: RuleExamples
    compiled: re.Pattern | None = None

    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)

    @model_validator(mode="after")
    def _compile(self) -> "RolePattern":
        _require_one_side(self.before, self.after, "a role")
        if self.before is not None:
            self.compiled = compile_regex(rf"(?:^|(?<=\W))(?P<role>{self.before})\s*,?\s*$", re.IGNORECASE)
        else:
            self.compiled = compile_regex(rf"^\s*,\s*(?P<role>{self.after})", re.IGNORECASE)
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


class PersonCueAfter(RuleModel):
    """Words written right after a name of two words or more that make it a person ("X said",
    "X, 49,", "X, who ...")."""

    pattern: str
    examples: RuleExamples
    compiled: re.Pattern | None = None

    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)

    @model_validator(mode="after")
    def _compile(self) -> "PersonCueAfter":
        self.compiled = compile_regex(rf"^(?:{self.pattern})(?!\w)", re.IGNORECASE)
        return self


class LoneNameCue(RuleModel):
    """Words written right before (``before``) or right after (``after``) a single capitalised
    word that show it names an organisation ("shares of X", "chipmaker X", "X's chief executive"),
    that it is the subject of a verb of news ("X said", "X has released"), a speaker quoted as
    people are ('"...," X said'), a place ("in X", "X, Miss.") or a word of a ship's designation
("Indian Naval ship"): see
    :mod:`crosscheck.extract.name_lone`."""

    before: str | None = None
    after: str | None = None
    evidence: Literal["organization", "subject", "person", "place", "vessel"] = "organization"
    examples: RuleExamples
    compiled: re.Pattern | None = None

    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)

    @model_validator(mode="after")
    def _compile(self) -> "LoneNameCue":
        _require_one_side(self.before, self.after, "a lone-name cue")
        if self.before is not None:
            # A space before the name, or none after an elided word ("les salariés d'Airbus").
            self.compiled = compile_regex(rf"(?:^|(?<=\W))(?:{self.before})(?:\s+|(?<=['’]))$", re.IGNORECASE)
        else:
            self.compiled = compile_regex(rf"^(?:{self.after})(?!\w)")
        return self


class OrganizationKind(RuleModel):
    """A kind of organisation a generic description refers to (:mod:`.name_orgs`): ``heads``
    are the nouns of the descriptions that name any organisation of the kind ("the operator",
    "the insurer", "l'entreprise"), ``name_words`` the words of a name that make an organisation
    one of the kind ("Halcyon Tankers", "Veltra Mobile", "Data Protection Commission"). An
    organisation introduced by one of the heads ("mobile operator Veltra") is of the kind too."""

    heads: list[str] = Field(min_length=1)
    name_words: list[str] = Field(default_factory=list)


class OrganizationNaming(RuleModel):
    """How an article names an organisation and refers back to it (:mod:`.name_orgs`).

    ``modifiers``: words that never start a name by themselves but may open an organisation's
    ("Central Bank", "North Atlantic Council"); ``of_heads``: heads whose name goes on with "of X"
    ("Central Bank of Arvenia", "Ministry of Health"); ``leads``: heads that open a name and take
    adjectives and complements after them, as French names do ("Banque centrale des États de
    l'Afrique de l'Ouest", "ministère de l'Intérieur"); ``description_heads``: the common nouns
    a definite description refers back with ("the trust", "la banque"), after one of ``articles``,
    and an indefinite one, after one of ``indefinite_articles``, names before the name ("an English
    hospital trust" ... "Northmoor Hospitals NHS Foundation Trust said");
    ``naming_cues``: what stands between a description and the name it gives ("a criminal group
    calling itself X", "un groupe se faisant appeler X"). ``kinds``: kinds of organisation
    (company, authority) whose generic descriptions refer back to the one organisation of the
    kind named before ("the operator" after "Veltra Mobile Ireland"); ``pronouns``: subject
    pronouns that refer back to the organisation the sentence before is about, unless a word of
    ``impersonal_after`` follows them. ``examples``: texts in which an
    organisation is named or described (``match``), and texts in which none is (``no_match``)."""

    modifiers: list[str] = Field(default_factory=list)
    of_heads: list[str] = Field(default_factory=list)
    leads: list[str] = Field(default_factory=list)
    description_heads: list[str] = Field(default_factory=list)
    articles: list[str] = Field(default_factory=list)
    indefinite_articles: list[str] = Field(default_factory=list)
    naming_cues: list[str] = Field(default_factory=list)
    kinds: dict[str, OrganizationKind] = Field(default_factory=dict)
    # Subject pronouns that refer back to the organisation the sentence before is about ("Elle a
    # démenti ..."), and the words after a pronoun that make it impersonal ("Il y a", "Il faut").
    pronouns: list[str] = Field(default_factory=list)
    # Expressions with a description's head that name no organisation ("la société civile").
    not_descriptions: list[str] = Field(default_factory=list)
    impersonal_after: list[str] = Field(default_factory=list)
    examples: RuleExamples


class VesselApposition(RuleModel):
    """A ship named by an apposition after its name: "the Stella Maris, a 29,000-tonne ferry
    operated by ...", "the Punta Bianca, another ferry of the company", "le Stella Maris, un ferry
    de 29 000 tonnes". ``before``: the determiners written before the name (a bare name before a
    comma is too often a place: "Bastia, a ferry port"); ``after``: those that open the
    apposition; ``closers``: the words that may follow its ship noun, which then ends the phrase
    (a "ferry company", a "ferry port" is no ship); ``not_ships``: ship words that name other
    things as well ("un bâtiment" is mostly a building)."""

    before: list[str]
    after: list[str]
    closers: list[str]
    not_ships: list[str] = Field(default_factory=list)


@rule_kind("titles")
class TitleRules(RuleFile):
    titles: list[str]
    roles: list[RolePattern] = Field(default_factory=list)
    not_names: list[str] = Field(default_factory=list)
    organization_words: list[str] = Field(default_factory=list)
    organization_heads: list[str] = Field(default_factory=list)
    organizations: OrganizationNaming | None = None
    place_cues: list[str] = Field(default_factory=list)
    place_nouns: list[str] = Field(default_factory=list)
    organization_nouns: list[str] = Field(default_factory=list)
    place_words: list[str] = Field(default_factory=list)
    byline_words: list[str] = Field(default_factory=list)
    portfolios: list[str] = Field(default_factory=list)
    person_cues: list[PersonCue] = Field(default_factory=list)
    # Lower-case words that may stand right before a title written in lower case ("l'ancien
    # président de Gaulle"); after any other lower-case word (a noun) a title word is an
    # adjective ("l'hôpital général de Kamituga"), and the particle after it opens no surname.
    title_adjectives: list[str] = Field(default_factory=list)
    # Words of rank written right before a title, which make another office ("deputy prosecutor
    # Frédéric Lenormand" is not the prosecutor, "assistant secretary" not the secretary): part
    # of the title the person is given.
    rank_words: list[str] = Field(default_factory=list)
    # A capitalised word that describes the person whose name follows it, after an article ("le
    # Grec Dimitris Karagiannis", "la Française Anne Roy"): no part of the name.
    person_descriptors: list[PersonCue] = Field(default_factory=list)
    person_cues_after: list[PersonCueAfter] = Field(default_factory=list)
    person_nouns: list[str] = Field(default_factory=list)
    name_suffixes: list[str] = Field(default_factory=list)
    # Last parts of a hyphenated modifier written before a name ("Nairobi-based", "Kenyan-born").
    modifier_ends: list[str] = Field(default_factory=list)
    title_articles: list[str] = Field(default_factory=list)
    spellings: list[list[str]] = Field(default_factory=list)
    non_person_words: list[str] = Field(default_factory=list)
    lone_name_cues: list[LoneNameCue] = Field(default_factory=list)
    lone_common_words: list[str] = Field(default_factory=list)
    lone_name_heads: list[str] = Field(default_factory=list)
    vessel_words: list[str] = Field(default_factory=list)
    vessel_apposition: VesselApposition | None = None
    # Words written before a storm's name ("Cyclone Velona", "la tempête Ciarán"): the name is the
    # storm wherever the article writes it (extract/name_vessels.py, role "storm").
    storm_words: list[str] = Field(default_factory=list)
    alias_markers: list[str] = Field(default_factory=list)
    alias_appositions: list[str] = Field(default_factory=list)
    office_particles: list[str] = Field(default_factory=list)
    place_offices: list[str] = Field(default_factory=list)
    route_cues: list[PersonCue] = Field(default_factory=list)
    # Abbreviated titles and the title each stands for ("PM": "Prime Minister", "Sen.":
    # "Senator"): read before a name like the title, and given to the person in full.
    abbreviations: dict[str, str] = Field(default_factory=dict)

    @field_validator("abbreviations")
    @classmethod
    def _abbreviations_are_capitalised(cls, value: dict[str, str]) -> dict[str, str]:
        for short in value:
            if not short[:1].isupper():
                raise ValueError(f"an abbreviated title is written with a capital: {short!r}")
        return value

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
    """Common given names: the first word of a capitalised run that makes it a person; and the
    short forms a given name is also written in ("Mo" for Maurice, "Katie" for Kathryn), which
    the linker uses to join one person's two names across articles."""

    names: list[str]
    short_forms: dict[str, list[str]] = Field(default_factory=dict)

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


FOLD_TABLE = {code: _fold_char(chr(code)) for code in range(0x80, 0x250) if _fold_char(chr(code)) != chr(code)}
FOLD_TABLE.update({ord(q): "'" for q in "’‘`´"})
# Letters with no decomposition that stand for a plain letter in the names of their languages:
# the Turkish dotless i ("Yıldırım" is written "Yildirim" without its letters), the Polish ł,
# the Nordic ø, the South Slavic đ, the Maltese ħ.
FOLD_TABLE.update({ord(a): b for a, b in zip("ıłŁøØđĐħĦ", "ilLoOdDhH")})


def fold_same_length(text: str) -> str:
    """Accents and curly quotes removed, one character for one, so offsets stay valid."""
    if text.isascii() and "`" not in text:  # the backtick is the one ASCII character folded
        return text
    return text.translate(FOLD_TABLE)


def entity_slug(name: str) -> str:
    """A provisional entity id for a name the rules do not know."""
    folded = fold_same_length(name).lower()
    return "name:" + "-".join(re.findall(r"[a-z0-9]+", folded))


def trie_pattern(strings) -> str:
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


class Office(RuleModel):
    """One office a person holds, in every language's words for it (``forms``); ``includes``
    names the narrower offices it covers (a judge may be an investigating judge); ``domain``
    the field whose offices exclude each other (public offices, a flight's crew, an athlete's
    entourage): offices of two domains may be held together; ``alongside`` names offices of its
    domain one person may still hold with it (a family's lawyer is often its spokesperson)."""

    name: str
    forms: list[str] = Field(min_length=1)
    includes: list[str] = Field(default_factory=list)
    domain: str = "public office"
    alongside: list[str] = Field(default_factory=list)


@rule_kind("offices")
class OfficeRules(RuleFile):
    """Offices held one at a time within their domain (rules/entities/offices.yaml): two sources
    of one time that give one person two offices of one domain, neither of which covers the
    other, contradict each other."""

    offices: list[Office]
    # Words before an office that make it a past one ("former mayor", "l'ancien procureur").
    past_words: list[str] = Field(default_factory=list)
    # Words a phrase may open with before its office ("the", "la", "Namur's", "acting").
    leading_words: list[str] = Field(default_factory=list)
    # Words of rank, before an office or after it, and the rank each gives: "deputy prosecutor",
    # "procureur adjoint" are the office "deputy prosecutor", of the prosecutor's domain, which
    # neither covers nor is covered by the prosecutor's.
    rank_words: dict[str, str] = Field(default_factory=dict)
    # Phrases and the office each names (null: none), run by the tests.
    examples: dict[str, str | None] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _known_offices(self) -> "OfficeRules":
        names = {o.name for o in self.offices}
        for office in self.offices:
            unknown = [n for n in office.includes + office.alongside if n not in names]
            if unknown:
                raise ValueError(f"office {office.name!r} includes or goes alongside unknown offices {unknown!r}")
        ranks = set(self.rank_words.values())
        bad = [v for v in self.examples.values()
               if v is not None and v not in names and not (v.split(" ", 1)[0] in ranks and v.split(" ", 1)[-1] in names)]
        if bad:
            raise ValueError(f"examples name unknown offices {bad!r}")
        return self


class Institution(RuleModel):
    """An institution or a group of people that news names by a common noun (``forms``, in every
    language read): "the Brest prosecutor's office" / "le parquet de Brest", "the coastguard",
    "les gardiens" / "the guards". ``placed``: its forms take the place it serves ("the Brest
    prosecutor's office", "le parquet de Brest"), and ``needs_place``: without a place (and
    without one named before in the article) a form names no participant ("the prosecutor"
    alone may be any)."""

    name: str
    forms: list[str] = Field(min_length=1)
    placed: bool = False
    needs_place: bool = False


@rule_kind("institutions")
class InstitutionRules(RuleFile):
    """Institutions and groups named by a common noun (rules/entities/institutions.yaml): each is
    a participant of the claims of its sentence, one across sources and languages for one place
    (:mod:`crosscheck.extract.name_institutions`)."""

    institutions: list[Institution]
    # Texts and the participant each names (null: none), run by the tests.
    examples: dict[str, str | None] = Field(default_factory=dict)


@rule_kind("exonyms")
class ExonymRules(RuleFile):
    """Names of one place in several languages that the gazetteer does not hold, because one of
    them names another place too ("Hal" / "Halle": a Belgian town, and a German city called
    Halle): two places read in a run under names of one group are one place
    (rules/entities/exonyms.yaml)."""

    groups: list[list[str]]

    @field_validator("groups")
    @classmethod
    def _groups_of_names(cls, value: list[list[str]]) -> list[list[str]]:
        for group in value:
            if len(group) < 2:
                raise ValueError(f"an exonym group needs two names or more: {group!r}")
        return value
