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
Common-noun institutions ("le parquet de Brest"), named ships and a person's office alone ("the
captain") are read by :mod:`.name_institutions`, :mod:`.name_vessels` and :mod:`.name_person_refs`.
The rules' titles, roles and cues are read around a run by :mod:`crosscheck.extract.name_cues`;
what one sentence cannot decide is settled across the document by
:mod:`crosscheck.extract.name_document`. Entity ids here are provisional;
:func:`crosscheck.normalise.entities.link_entities` settles them.
"""

from __future__ import annotations

import re

from ..models import Document, Mention, Sentence
from ..rules import RulePack
from .name_aliases import NICKNAME_QUOTES, AliasReader, nicknamed
from .name_cues import CONTEXT, LowerWords, NameCues, Word, last_word, noun_before_comma, same_given_name
from .name_document import (
    OPENING,
    document_mentions,
    Candidate,
    DocumentNames,
    EntityType,
    Hit,
    SentenceNames,
    headline_sentences,
)
from .name_institutions import InstitutionNames
from .name_lone import LoneNames
from .name_orgs import OrganizationNames
from .name_person_refs import PersonReferences
from .name_noise import SpuriousNames
from .name_runs import ELIDED_BEFORE, OFFICE_PARTICLES, SURNAME_PARTICLES, capitalised_runs, joined, name_shaped
from .name_places import absorb_place_before, containing_country, institution_place, is_dateline, mark_routes, place_before, place_possessive_before
from .name_vessels import VesselNames
from .name_rules import (  # noqa: F401 - the rule kinds register when this module is imported
    EntityRule,
    EntityRules,
    GivenNameRules,
    TitleRules,
    entity_slug,
    fold_same_length,
    trie_pattern,
)

# A number right after a capitalised word, joined by a hyphen or a space: a model's designation.
_DESIGNATION_AFTER = re.compile(r"-?\d|\s\d{3}(?![\d,.])")
# An article right before a name: "the Colts", "the Wildlife Society" name no person.
_THE_BEFORE = re.compile(r"(?:^|(?<=\W))the\s+(?:\d{4}\s+)?$", re.IGNORECASE)
# An article before a capitalised run: the name of a team, a brand or a place ("the Red Sox",
# "the 2012 Colts", "a Bloomington store") or a surname used as an adjective ("the Jackman
# announcement"). Its last word confirms no name of a headline.
_ARTICLE_BEFORE = re.compile(r"(?:^|(?<=\W))(?:the|an?)\s+(?:\d{4}\s+)?$", re.IGNORECASE)
# A participle opening a sentence ("Following", "Considering"), no given name.
_PARTICIPLE = re.compile(r"[A-Z][a-z]{3,}ing$")
# An elided article or preposition glued to a word ("L'opposant", "d'Abidjan").
_ELISION = re.compile(r"^(?:[LlDd]|[Qq]u)['’]")
# The endings of a possessive word ("Niger's", "Niger’s").
_POSSESSIVE_ENDINGS = ("'s", "’s")
# A possessive before a capitalised word: a shop or a brand ("Sam's Club"), no surname used alone.
_CAPITAL_AFTER_POSSESSIVE = re.compile(r"^['’]s [A-Z]")
# A preposition of place right before a name ("near Djibo", "in Mandera").
_LOCATIVE_BEFORE = re.compile(r"(?:^|(?<=\W))(?:in|near|at|outside|around|from)\s+$", re.IGNORECASE)
# Where a lone capitalised word is a place rather than a surname used alone ("in Malibu").
_PLACE_BEFORE = re.compile(r"(?:^|(?<=\W))(?:in|near|at|outside|around)\s+$", re.IGNORECASE)
# A capitalised word right after a name, with one space, that is no abbreviation ("Gov.", "Sen.").
_CAPITAL_WORD_AFTER = re.compile(r" ([A-Z][\w'’-]*)(?![\w'’.-])")
# A lower-case noun right before a position: a title word after it is an adjective ("l'hôpital général").
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w-])([a-zà-öø-ÿ][\w-]{3,}) $")
# The capitalised word written right before a position, with one space after it.
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([^\W\d_][\w'’-]*) $")


# A wire credit: "JEDDAH, Nov 4 (Gulf Wire) -", "NAIROBI (Reuters) -" at the start of a paragraph,
# or "(East Wire)" alone on the last line. The agency in brackets is an organisation, never a
# place of the story even when its name holds one ("Africa Wire"); it is a name, so it starts
# with a capital letter: "Malcolm Jenkins (knee)" in an injury report, "(4)" or "(eFA)" are none.
_CREDIT = re.compile(
    r"^[\s*_]*(?:[^\W\d_][^\W\d_.'’ -]*(?:[.'’ -][^\W\d_]+)*\.?(?:\s*,[^()\n]{0,40}?)?\s*)?"
    r"\((?P<agency>[^\W\d_a-z][^()\n]{0,39})\)\s*(?:[-–—]\s|$)"
)


class NameExtractor:
    """Finds name mentions in body sentences; built once per run from the rule pack."""

    def __init__(self, rules: RulePack, language: str = "en"):
        self.language = language
        self.rules = rules
        # The same extractor built on another language's titles and roles, made when a document in
        # that language first comes; a language without rules of its own reads with English ones.
        self.by_language: dict[str, NameExtractor] = {language: self}
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
            self.gazetteer = re.compile(rf"(?=[{first_chars}])(?:(?<![\w'-])|{ELIDED_BEFORE})(?:{trie_pattern(surface)})(?![\w-]|'\w\w)")
        else:
            self.gazetteer = None

        self.cues = NameCues(rules, language)
        self.outlets = frozenset(entity.id for entity in self.entities.values() if entity.outlet)
        own = [f for f in rules.get("titles", language=language) if f.language == language]
        routes = [c.compiled.pattern for f in own for c in f.route_cues]
        self.route_before = re.compile("|".join(f"(?:{r})" for r in routes), re.IGNORECASE) if routes else None
        # The given names each listed person is written with: the first word of a name or alias of two words or more.
        self.listed_given_names: dict[str, tuple[str, ...]] = {
            entity.id: tuple(sorted({form.split()[0] for form in [entity.name, *entity.aliases] if len(form.split()) > 1}))
            for entity in self.entities.values()
            if entity.type == "person"
        }
        excluded = (self.cues.not_names | self.cues.organization_words | self.cues.place_words | self.cues.title_first_words
                    | self.cues.given_names)
        self.lone = LoneNames(rules, language, excluded, self.cues.organization_words | self.cues.place_words,
                              lambda word: fold_same_length(word) in surface)
        self.aliases = AliasReader(rules, language, self.cues.not_names)
        one_word_titles = frozenset(t for t in self.cues.titles if " " not in t)  # "governor", not "finance minister"
        self.vessels = VesselNames(rules, language, self.cues.not_names)
        self.storms = VesselNames(rules, language, self.cues.not_names, kind="storm")
        self.people = PersonReferences(rules, language, self.cues.titles)
        self.spurious = SpuriousNames(rules, language, frozenset(self.entities))
        self.institutions = InstitutionNames(rules, self.cues.not_names, self.cues.title_first_words)
        self.orgs = OrganizationNames(rules, language, self.cues.not_names, one_word_titles | self.cues.given_names,
                                      self.cues.organization_words)
        self.office_particles = tuple(tuple(p.split()) for f in rules.get("titles", language=language)
                                      if f.language == language for p in f.office_particles)
        self.place_offices = frozenset(o.lower() for f in rules.get("titles", language=language)
                                       if f.language == language for o in f.place_offices)
        self.document_names = DocumentNames(self.cues.not_names, self.cues.title_first_words, self.cues.name_suffixes,
                                            self.cues.given_names, self.cues.describe_person)

    # -- public -----------------------------------------------------------------------------

    def for_language(self, language: str | None) -> "NameExtractor":
        """The extractor of ``language`` (None or a language without title rules: English)."""
        language = language or "en"
        if language not in self.by_language:
            has_rules = any(f.language == language for f in self.rules.get("titles"))
            if has_rules:
                extractor = NameExtractor(self.rules, language)
                extractor.by_language = self.by_language
            else:
                extractor = self.for_language("en")
            self.by_language[language] = extractor
        return self.by_language[language]

    def extract(self, doc: Document, sentences: list[Sentence]) -> list[Mention]:
        extractor = self.for_language(doc.language)
        if extractor is not self:
            return extractor.extract(doc, sentences)
        # Words the article writes in lower case: at a sentence start, such a word is no name.
        lower_words = LowerWords(doc.text, (doc.language or "en") == self.language)
        read = sentences + headline_sentences(doc, len(sentences))
        found = [self._sentence_names(sentence, lower_words) for sentence in read]
        resolved = self.document_names.resolve(read, found)
        resolved += self.aliases.resolve(read, found, resolved)
        if (doc.language or "en") == self.language:
            resolved += self.lone.resolve(read, found, resolved)
        resolved += self.orgs.descriptions(read, resolved)  # after the lone names: "insurer Halden ... the company"
        for reader in (self.spurious, self.people, self.institutions, self.vessels, self.storms):
            resolved = reader.resolve(read, resolved)
        return document_mentions(doc, resolved, len(sentences), self.outlets)

    # -- one sentence -----------------------------------------------------------------------

    def _sentence_names(self, sentence: Sentence, lower_words: LowerWords) -> SentenceNames:
        text = sentence.text
        folded = fold_same_length(text)
        hits = [h for h in self._gazetteer_hits(folded) if not self._place_inside_name(text, h, sentence.zone == "headline")]
        credit = _CREDIT.match(text) if "(" in text else None  # a credit always has its agency in brackets
        if credit:
            start, end = credit.span("agency")
            hits = [h for h in hits if h.end <= start or h.start >= end]
            agency = text[start:end].strip()
            if agency:
                known = self.surface.get(fold_same_length(agency))
                if known is not None and known[0].type == "organization" and not known[1]:
                    entity = known[0]
                    hits.append(Hit(start, end, "organization", entity.id, entity.name, entity.country, role="credit"))
                else:
                    hits.append(Hit(start, end, "organization", entity_slug(agency), agency, None, role="credit"))
        names = SentenceNames([])
        if NICKNAME_QUOTES.search(text):
            hits = nicknamed(text, hits, lower_words, self._name_word, self.cues.title_first_words, names.aliases)
        hits += self._discovered_hits(text, hits, names, sentence.zone, lower_words)
        hits = self.orgs.named(text, hits)
        mark_routes(text, hits, self.route_before)
        names.hits = hits
        self._whole_names(text, hits, lower_words, sentence.zone == "headline")
        for hit in hits:
            if hit.type == "person":
                self.cues.describe_person(text, hit, hits)
        hits.sort(key=lambda h: h.start)
        return names

    def _whole_names(self, text: str, hits: list[Hit], lower_words: LowerWords, headline: bool) -> None:
        """A listed person's alias written after given names ("Abdourahmane Tchiani", "Recep Tayyip
        Erdogan"): the full span is the mention. It is the listed person when the written given
        name agrees with one of the person's listed given names (spelling aside) or the person has
        none listed; another given name makes another person of the same surname. In a headline,
        where every word is capitalised ("Junta Leader Goita"), only agreeing given names join."""
        ends = {h.end for h in hits}
        for index, hit in enumerate(hits):
            if hit.type != "person" or hit.adjective or hit.entity not in self.entities:
                continue
            given = self._given_names_before(text, hit.start, ends)
            if given is None:
                continue
            listed = self.listed_given_names.get(hit.entity, ())
            words = text[given : hit.start].split()
            agrees = not listed or any(same_given_name(words[0], g) for g in listed)
            if given <= CONTEXT and not text[:given].strip(OPENING) and not agrees and (
                    words[0] not in self.cues.given_names or words[0].lower() in lower_words):
                if len(words) == 1:
                    continue  # "Then Putin said": a sentence word, capitalised at the start
                given = text.index(words[1], given + len(words[0]))
                agrees = any(same_given_name(words[1], g) for g in listed)
            if agrees and (listed or not headline):
                hit.start = given
            elif not headline:
                name = text[given : hit.end]
                hits[index] = Hit(given, hit.end, "person", entity_slug(name), name, None)

    def _given_names_before(self, text: str, start: int, ends: set[int]) -> int | None:
        """Where one to three capitalised name words (not titles, not sentence words, not another
        name, not a possessive: "Niger's Tiani" is Niger's Tiani, not a given name) written right
        before ``start`` begin."""
        given = None
        at = start
        for _ in range(3):
            match = _WORD_BEFORE.search(text, max(0, at - 40), at)
            if match is None:
                break
            word = match.group(1)
            if (not name_shaped(word) or word.endswith(_POSSESSIVE_ENDINGS)
                    or word in self.cues.not_names or word.lower() in self.cues.title_first_words
                    or word in self.cues.non_person_words or word in self.cues.organization_words
                    or match.end(1) in ends):  # the end of another name
                break
            given = at = match.start(1)
        return given

    def _place_inside_name(self, text: str, hit: Hit, headline: bool) -> bool:
        """Whether a one-word city or state is part of a longer name, left to the run of capitals:
        before a capitalised word that is no title, role noun, sentence, place or organisation
        word ("Paris Hilton", "Houston Rockets"; not "Alaska Gov. X", "Ohio County", "Vancouver
        Police"), after a common given name ("Jack London") or the first word of a club's or a
        company's name ("Dinamo Tbilisi", "Sporting Braga"), or, outside a headline (where every
        word is capitalised: "Floods Hit Lima"), after two name words: the surname of a person
        with two given names or two surnames ("Caio Henrique Lima", "Ana Paula Valencia")."""
        if (hit.type != "place" or hit.adjective or self.entities[hit.entity].country is None
                or " " in text[hit.start : hit.end]):
            return False
        word = after.group(1) if (after := _CAPITAL_WORD_AFTER.match(text, hit.end)) else None
        if word and (word.split("-", 1)[0].lower() not in self.cues.titles_by_first and word.lower() not in self.cues.person_nouns
                     and all(word not in w for w in (self.cues.not_names, self.cues.place_words, self.cues.organization_words))):
            return True
        before = _WORD_BEFORE.search(text, max(0, hit.start - 40), hit.start)
        if before is None:
            return False
        if (before.group(1) in self.cues.given_names or before.group(1) in self.cues.organization_heads
                or not headline and institution_place(text, before, self.cues.place_words, self.lone.dictionary_word)):
            return True
        if headline or not self._inner_name_word(before.group(1)):
            return False
        first = _WORD_BEFORE.search(text, max(0, before.start(1) - 40), before.start(1))
        return first is not None and self._inner_name_word(first.group(1))

    def _inner_name_word(self, word: str) -> bool:
        """A capitalised word that may stand before the surname of a person's full name: a name
        word, no particle ("Aéroports de Paris"), no possessive ("Peru's Lima"), no title, no word of
        places."""
        return (word[:1].isupper() and self._name_word(word) and not word.endswith(_POSSESSIVE_ENDINGS) and word.lower() not in self.cues.title_first_words
                and word not in self.cues.place_words)

    def _gazetteer_hits(self, folded: str) -> list[Hit]:
        if self.gazetteer is None:
            return []
        hits = []
        for match in self.gazetteer.finditer(folded):
            entity, adjective = self.surface[match.group(0)]
            country = entity.name if (adjective or entity.type == "place" and entity.country is None) else entity.country
            hits.append(
                Hit(match.start(), match.end(), entity.type, entity.id, entity.name, country, adjective=adjective)
            )
        return hits

    def _runs(self, text: str, taken: list[Hit]) -> list[list[Word]]:
        """Runs of capitalised words (:func:`.name_runs.capitalised_runs`); a title keeps the
        particles opening a surname after it."""
        return capitalised_runs(text, taken, lambda run, lead: self._titled_particle(text, run, lead))

    def _titled_particle(self, text: str, run: list[Word], lead: int) -> bool:
        """Whether the lower-case particles opening a run belong to a surname after a title ("le
        général de Gaulle", "General van der Berg"): one or two particles, one capitalised word
        or two after them, a title right before, and no office's complement ("le président du
        Mali", "Président de la République" are no names)."""
        if lead > 2 or not 1 <= len(run) - lead <= 2:
            return False
        particles = tuple(w.text.lower() for w in run[:lead])
        if particles[0] in OFFICE_PARTICLES or any(particles[: len(p)] == p for p in self.office_particles):
            return False
        before = text[max(0, run[0].start - CONTEXT) : run[0].start]
        title = self.cues.title_at_end(before)
        if (title is not None and title.group(1).islower()
                and (noun := _LOWER_WORD_BEFORE.search(before, 0, title.start(1))) is not None
                and noun.group(1) not in self.cues.title_adjectives):
            return False  # "l'hôpital général de Kamituga": an adjective after a noun, no title
        # "le bourgmestre de Ciney", "la procureure du Roi de Namur": an office held over a place
        # takes the place's name after "de", no surname.
        return title is not None and " ".join(title.group(1).lower().split()) not in self.place_offices

    def _discovered_hits(self, text: str, taken: list[Hit], names: SentenceNames, zone: str,
                         lower_words: LowerWords) -> list[Hit]:
        hits = []
        opening = len(text) - len(text.lstrip(OPENING))
        for run in self._runs(text, taken):
            first, last = 0, len(run)
            while (first < last and run[first].text in self.cues.not_names
                   and not self.orgs.opens_name(run[first].text, run[last - 1].text, self.cues.organization_words)):
                first += 1
            if first == last or self.cues.after_byline(text, run[first].start):
                continue
            if (run[first].start <= opening and last - first > 2 and run[first].text.lower() not in self.cues.titles_by_first
                    and run[first + 1].text.lower() in self.cues.titles_by_first):
                first += 1  # "Then Senator X": a sentence word, capitalised at the start, before a title
            title, run = self.cues.strip_title(text, run[first:last], self.cues.title_head_start(text, run[first].start),
                                               self.lone.dictionary_word)  # "Minister for Housing": the field, no name
            run = self._without_title_after(run)
            if title is not None and (self._office_complement(run) or self._office_place(title, run)):
                continue  # "le Président du Conseil national", "du Roi de Namur": no person
            if title is None and len(run) > 2:
                title, run = self._inner_title(text, run)
            if zone == "headline":
                hits += self._headline_names(text, run, title, names, lower_words)
                continue
            while len(run) > 1 and run[0].text.rsplit("-", 1)[-1] in self.cues.modifier_ends:
                run = run[1:]  # "Nairobi-based Ken Otieno", "Kenyan-born Ann Roe": a modifier, no part of the name
            noun = len(run) > 2 and (self._person_noun(_ELISION.sub("", run[0].text).lower())
                                     or self.cues.descriptor_opens(text, run))
            if noun:  # "Comedian Ellen DeGeneres", "L'opposant Moussa Mara", "le Grec Dimitris Karagiannis": a role
                run = run[1:]
            elif len(run) > 2 and run[0].start <= opening and self._sentence_word(run[0].text):
                run = run[1:]  # "Unemployed John Jenkin, 23,", "Sixty-year-old Sharron Smith": a capital forced on a word
            else:
                run = run[self._team_member_words(run, lower_words) :]
            last = len(run)
            while last and run[last - 1].text in self.cues.not_names:
                last -= 1
            run = run[:last]
            if not run:
                continue
            start, end = run[0].start, run[-1].end
            name = text[start:end]
            before, after = text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT]
            if start > CONTEXT:
                before = "\x00" + before  # a cut window is never read as the start of the sentence
            if _ARTICLE_BEFORE.search(before, max(0, len(before) - 12)):
                names.team_words.add(run[-1].text)  # "the Red Sox", "a Bloomington store": no surname in a headline
            if (len(run) == 1 and start > opening and not _PLACE_BEFORE.search(before, max(0, len(before) - 12))
                    and not (run[0].possessive and _CAPITAL_AFTER_POSSESSIVE.match(after))):
                names.lone_words.add(run[0].text)  # not "in Malibu", "of Bloomington" (places), nor "Sam's Club"
            elif (len(run) == 1 and start <= opening and not run[0].possessive and run[0].text.lower() not in lower_words
                    and not self.lone.dictionary_word(run[0].text)):
                names.opening_words.add(run[0].text)  # "Lohan said ...": no word of the dictionary, so no forced capital
            if _DESIGNATION_AFTER.match(text, end):
                continue  # "AK-47", "F-16", "Boeing 737": a model's designation, no name of its own
            if is_dateline(name, before, after):
                hits.append(self._place_hit(start, end, name, role="dateline"))
                continue
            kind = "person" if noun and self._person_shaped(run) else self._classify(name, run, title, before, after, taken, start,
                                                                                         lower_words)
            if kind is None:
                candidate = self._candidate(run, title, before, after, start <= opening, lower_words)
                if candidate is not None:
                    names.candidates.append(candidate)
                elif len(run) == 1 and zone != "headline":
                    self.lone.note(names, text, run[0], opening, lower_words)
                continue
            if kind == "organization":
                start = absorb_place_before(text, start, taken)
                name = text[start:end]
            if kind == "place":
                place = self._place_hit(start, end, name)
                place.country = place.country or containing_country(after, end, taken)
                hits.append(place)
                continue
            hits.append(Hit(start, end, kind, entity_slug(name), name, None, title=title))
        return hits

    def _team_member_words(self, run: list[Word], lower_words: LowerWords) -> int:
        """How many words open a run before a listed given name that starts two name words or
        more, when the last of them is a common word whose plural the article writes as a name
        ("fellow Charger Vincent Jackson" beside "the Chargers", "Yankee Derek Jeter"): a member
        of a team, not a part of the name ("Arcade Joseph Comeaux" stays whole); else 0."""
        for index, word in enumerate(run[: len(run) - 1]):
            if word.text in self.cues.given_names:
                member = run[index - 1].text if index else ""
                return index if member and self.lone.dictionary_word(member) and (member + "s") in lower_words.text else 0
        return 0

    def _sentence_word(self, word: str) -> bool:
        """An adjective of the dictionary whose capital a sentence start forced: a compound of
        common words ("Sixty-year-old", "Long-serving") or a participle ("Unemployed", "Disgraced",
        "Outgoing"). Other common words are given names too often to be dropped ("Raj", "Dean",
        "Grant"); listed given names and titles never are."""
        if word in self.cues.given_names or word.lower() in self.cues.title_first_words:
            return False
        if "-" in word:
            return all(part and self.lone.dictionary_word(part) for part in word.split("-"))
        return len(word) > 4 and word.endswith(("ed", "ing")) and self.lone.dictionary_word(word)

    def _office_complement(self, run: list[Word]) -> bool:
        """Whether a run after a title starts with the words of ``office_particles`` ("du",
        "de la"): the institution of the office, no person."""
        words = tuple(w.text for w in run[:2])
        return any(words[: len(p)] == p for p in self.office_particles)

    def _office_place(self, title: str, run: list[Word]) -> bool:
        """Whether a run after an office held over a place opens with "de" or "d'" ("le
        procureur du Roi de Namur", "le bourgmestre de Ciney"): the office's place, no surname."""
        return (bool(run) and " ".join(title.lower().split()) in self.place_offices
                and (run[0].text.lower() == "de" or _ELISION.match(run[0].text) is not None and run[0].text[:1] in "dD"))

    def _person_noun(self, word: str) -> bool:
        """A noun of people's roles, also in the plural before a list ("Producers Laurence Mark and ...")."""
        return word in self.cues.person_nouns or word.endswith("s") and word[:-1] in self.cues.person_nouns

    def _without_title_after(self, run: list[Word]) -> list[Word]:
        """A run without the title of two words or more it ends with, when two words or more stand
        before it: a title written after a name in title case ("Obama to Name Dr. Sanjay Gupta
        Surgeon General") is no part of the name."""
        for size in (4, 3, 2):
            if len(run) - size >= 2 and " ".join(w.text for w in run[-size:]).lower() in self.cues.long_titles:
                return run[:-size]
        return run

    def _inner_title(self, text: str, run: list[Word]) -> tuple[str | None, list[Word]]:
        """A title inside a run, after the words of an office or a place ("Academy President Boone
        Isaacs"), or a person noun written with a capital there ("Santa Monica Chief Deputy City
        Attorney Terry White", "Rehires Attorney Shawn Holley") before two name words or more: the
        title and the name words after it (four at most); the words before it name no person."""
        for index in range(1, len(run) - 1):
            lower = run[index].text.lower()
            if lower in self.cues.titles_by_first:
                title, rest = self.cues.strip_title(text, run[index:])
            else:
                title, rest = None, []
            if title is None and lower in self.cues.person_nouns and len(run) - index > 2:
                title, rest = run[index].text, run[index + 1 :]
            if title is not None and rest and len(rest) <= 4 and all(self._name_word(w.text) for w in rest):
                return title, rest
        return None, run

    def _name_word(self, word: str) -> bool:
        """A word that may stand in a person's name: name-shaped and no word of sentences, things,
        events or organisations."""
        return (name_shaped(word) and word not in self.cues.not_names and word not in self.cues.non_person_words
                and word not in self.cues.organization_words)

    def _headline_names(self, text: str, run: list[Word], title: str | None, names: SentenceNames,
                        lower_words: LowerWords) -> list[Hit]:
        """People in a headline, where every word may be capitalised ("Lindsay Lohan Checks Into
        Betty Ford", "Actress Dies Aged 91"): each pair of name words is a candidate the body
        decides (its last word used alone there, or the same full name a person there), with the
        title written before it. Places and organisations of a headline are left to the body."""
        for first, second in zip(run, run[1:]):
            if (joined(text, first, second.start) and self._name_word(first.text) and self._name_word(second.text)
                    and not first.possessive and first.text.lower() not in self.cues.title_first_words
                    and first.text.lower() not in lower_words and second.text.lower() not in lower_words):
                names.candidates.append(Candidate(first.start, second.end, [first.text, second.text],
                                                  title if first is run[0] else None))
        return []

    def _person_shaped(self, run: list[Word]) -> bool:
        """Two to four name-shaped words, none a word of sentences, things or events."""
        return 2 <= len(run) <= 4 and all(self._person_word(w.text, i == 0) for i, w in enumerate(run))

    def _person_word(self, word: str, first: bool) -> bool:
        """A name-shaped word that is no word of sentences, things or events; a common given name
        that is also a word of things ("Bill") is a given name where a name starts ("Bill Condon";
        not "the Finance Bill"); a generational suffix after the first word ("Anthony Hale III")."""
        if not first and word in self.cues.name_suffixes:
            return True
        return (name_shaped(word) and word not in self.cues.not_names
                and (word not in self.cues.non_person_words or first and word in self.cues.given_names))

    def _candidate(self, run: list[Word], title: str | None, before: str, after: str, initial: bool,
                   lower_words: LowerWords) -> Candidate | None:
        """A run with the shape of a person's name (two to four name words, none a word of
        organisations, places, things or sentences), left for the document to decide. At the start
        of a sentence a first word the article also writes in lower case, or a participle, is a
        sentence word ("Actress Tara Reid", "Following Gigante's death"), not a name."""
        if _LOCATIVE_BEFORE.search(before, max(0, len(before) - 12)) or _THE_BEFORE.search(before, max(0, len(before) - 12)):
            return None  # "in Newport Beach", "the Red Sox", "the Wildlife Society"
        if initial and (run[0].text.lower() in lower_words or _PARTICIPLE.match(run[0].text)
                        and run[0].text not in self.cues.given_names):
            run = run[1:]  # "Considering Lionsgate", "Following Gigante's death"
        elif run[0].text not in self.cues.given_names and self.lone.plural_noun(_ELISION.sub("", run[0].text)):
            run = run[1:]  # "selon Élections Gatineau", "Workers Rodriguez": a plural names nobody
        words = [w.text for w in run]
        if not 2 <= len(words) <= 4 or run[-1].possessive and len(words) < 2:
            return None
        if not all(self._person_word(w, i == 0) for i, w in enumerate(words)):
            return None
        if words[0].lower() in self.cues.title_first_words:
            return None
        if self.cues.place_noun_after and self.cues.place_noun_after.match(after):
            return None
        return Candidate(run[0].start, run[-1].end, words, title, initial, initial and lower_words.own_language and not any(
            w.lower() in lower_words or all(self.lone.dictionary_word(p) for p in w.split("-")) for w in words))

    def _place_hit(self, start: int, end: int, name: str, role: str | None = None) -> Hit:
        """A place found by discovery; a known place written in capitals ("OUAGADOUGOU") is the
        gazetteer's entity."""
        known = self.surface.get(fold_same_length(name.title() if name.isupper() else name))
        if known is not None and known[0].type == "place" and not known[1]:
            entity = known[0]
            return Hit(start, end, "place", entity.id, entity.name, entity.country or entity.name, role=role)
        return Hit(start, end, "place", entity_slug(name), name, None, role=role)

    def _classify(self, name: str, run: list[Word], title: str | None, before: str, after: str,
                  taken: list[Hit], start: int, lower_words: LowerWords) -> EntityType | None:
        if self.orgs.named_by_description(before):
            return "organization"  # "a criminal group calling itself Grey Lynx"
        if len(run) > 1 and (run[-1].text in self.cues.organization_words or run[0].text in self.cues.organization_heads):
            return "organization"  # "Narmada Speciality Chemicals", "Dinamo Tbilisi", "Sporting Braga"
        if len(run) > 1 and self.cues.organization_noun_after is not None and self.cues.organization_noun_after.match(after):
            return "organization"  # "the IG Metall union", "the Likud party": the noun says what it names
        if len(run) == 1 and run[0].text in self.cues.organization_words and place_before(start, taken):
            return "organization"  # "the Sahel Tribune", "the Kenya Police": the place opens the name
        if len(run) > 1 and not title and run[0].text not in self.cues.given_names and self.lone.organization_before(before):
            return "organization"  # "logistics company Ashgrove Partners", "l'espagnol Transportes Ribera"
        if len(run) == 1 and name.isupper() and len(name) >= 2:
            return "organization"
        if run[-1].text in self.cues.place_words and len(run) > 1:
            return "place"
        thing = any(w.text in self.cues.non_person_words for w in run[1:])  # "General Data Protection Regulation"
        if (title or self.cues.role(before, after)) and not thing:
            return "person"
        if not title and self.orgs.named_by_position([w.text for w in run], after, lower_words, self.cues.given_names):
            return "organization"  # "Solvik Energi said it had", "HAROPA PORT denied"
        if self.cues.place_cue and self.cues.place_cue.search(before):
            return "place"
        if self.cues.place_noun_after and self.cues.place_noun_after.match(after):
            return "place"  # "the Barsalogho massacre", "Cabo Delgado province"
        if self.cues.title_at_end(before) and not thing:
            return "person"
        if len(run) > 1 and any(cue.compiled.search(before[-40:]) for cue in self.cues.person_cues):
            return "person"  # "The delegation was led by Abdelrahim Daglo"
        if (len(run) == 1 and len(name) > 2 and last_word(before) in self.cues.person_nouns
                and self._name_word(name) and not name.isupper() and not self.lone.organization_before(before)):
            return "person"  # "my wife Portia", "his brother Vitali", "coach Cheeks"
        if self._person_shaped(run) and (
                (self.cues.person_after is not None and self.cues.person_after.match(
                    after[1:] if run[-1].text in self.cues.name_suffixes and after.startswith(".") else after))
                or last_word(before) in self.cues.person_nouns
                or self._person_noun(noun_before_comma(before))):
            return "person"  # "Jack Ketsoyan told the magazine", "Comeaux Jr., 49,", "referee Sam Williams", "the aid worker, X"
        if self._person_shaped(run) and any(w.text in SURNAME_PARTICLES for w in run[1:-1]):
            return "person"  # "Lieve Van den Broeck", "Rafael van der Vaart": a particle inside the name
        if (len(run) > 1 and run[0].text in self.cues.given_names and self._person_shaped(run)
                and not _LOCATIVE_BEFORE.search(before, max(0, len(before) - 12))):
            return "person"  # "Peter Mutharika won ...": a known given name, not "Harry Winston Diamond Corp"
        if (_LOCATIVE_BEFORE.search(before, max(0, len(before) - 12))
                and containing_country(after, start + len(name), taken) is not None):
            return "place"  # "near Djibo in northern Burkina Faso", "in Mandera, Kenya": a known place follows
        if len(run) > 1 and place_possessive_before(start, before, taken):
            return "person"  # "Ivory Coast's Alassane Ouattara"
        return None
