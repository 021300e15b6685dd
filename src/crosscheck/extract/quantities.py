"""Quantity mentions: figures with their hedge as an interval, what is counted, and the event.

The number grammar lives in :mod:`crosscheck.numbers.english` (English) and
:mod:`crosscheck.numbers.words` (languages whose number words are data, such as French);
this module decides which numbers are figures (not years, dates, clock times, ages, identifiers
or durations), reads the hedge, range, unit, counted noun and event around each from the
``quantities`` rule files of the document's language, and returns
:class:`~crosscheck.models.Mention` objects with offsets into the original text.
"""

from __future__ import annotations

from functools import lru_cache

from ..models import Document, Mention, QuantityValue, Sentence
from ..numbers.english import find_numbers
from ..numbers.hedges import hedged_figure
from ..numbers.tokens import NUMBER_WORDS, NumberSpan, Token, age_after_a_name, record_or_score, tokenize
from ..numbers.words import NumberLexicon, fold
from ..rules import RulePack, default_rules_dir, load_rule_file
from .quantity_ages import AgeReader, several_of_a_kind
from .quantity_rules import NumberWords, QuantityRules
from .quantity_scopes import ScopeReader
from .quantity_measures import DurationReader, MeasureNouns
from .quantity_fractions import FractionReader, is_share
from .quantity_nouns import CountedNounFold, irregular_singulars
from .quantity_occurrences import OccurrenceReader
from .quantity_prefilter import FigureWords
from .quantity_units import UnitReader
from .quantity_tables import (PhraseTable, SpanIndex, abbreviation_dot, compound_modifier, event_past_adjective, fill_elliptic, is_month,
                              month_before, names_a_designation, past_aside, past_coordinated_noun, past_name_complement,
                              share_coordinated_events)

__all__ = ["QuantityExtractor", "QuantityRules", "extract_quantities_from_text"]

_DEFAULT_LANGUAGE = "en"


_YEAR_RANGE = (1000, 2100)
_LINK_REACH = 5  # link words at most between a figure (or its noun) and its event or measure word
_ASIDE_REACH = 8  # tokens at most in an aside between commas after what a figure counts
_AGE_REACH = 3  # tokens at most between the noun after an article and the age that describes it ("une évacuée de 71 ans")


class QuantityExtractor:
    """Finds quantity mentions in the sentences of a document; built once per run from the rules.

    Each language of the rule pack gets its own reader (its quantities files plus the
    language-neutral ones), picked by ``Document.language``; a document of no known language
    is read as English.
    """

    def __init__(self, rules: RulePack):
        languages = set(rules.languages()) | {_DEFAULT_LANGUAGE}
        irregular = irregular_singulars(rules)
        self.readers = {language: _Reader(rules.get("quantities", language), CountedNounFold.of(rules, language), irregular)
                        for language in sorted(languages)}

    def reader(self, language: str | None) -> "_Reader":
        return self.readers.get(language or _DEFAULT_LANGUAGE) or self.readers[_DEFAULT_LANGUAGE]

    def extract(self, doc: Document, sentences: list[Sentence], times: list[Mention]) -> list[Mention]:
        """Quantity mentions of every sentence, skipping numbers inside the given time mentions."""
        return several_of_a_kind(self.reader(doc.language).extract(doc, sentences, times))

    def extract_text(self, text: str, language: str | None = None) -> list[tuple[int, int, QuantityValue]]:
        """Figures of one sentence (or any text) in ``language``: (start, end, value)."""
        return self.reader(language).extract_text(text)

    def find_numbers(self, text: str, language: str | None = None) -> list[NumberSpan]:
        """Every number of ``text`` read with the number words of ``language``."""
        return self.reader(language).find_numbers(text)


class _Reader:
    """The figure reader of one language, compiled from its quantities rule files."""

    def __init__(self, files: list[QuantityRules], noun_fold: CountedNounFold | None = None, irregular: dict[str, str] | None = None):
        self.noun_fold = noun_fold  # an unlisted counted noun -> the English noun or class it counts (see quantity_nouns)
        numbers: NumberWords | None = next((f.numbers for f in files if f.numbers is not None), None)
        self.lexicon = NumberLexicon(**numbers.model_dump(exclude={"examples"})) if numbers is not None else None
        self.decimal_comma = numbers.decimal_comma if numbers is not None else False
        self.number_words = self.lexicon.words if self.lexicon is not None else NUMBER_WORDS
        self.articles = self.lexicon.article_words if self.lexicon is not None else frozenset()
        comma = self.decimal_comma

        def table(entries):
            return PhraseTable(entries, comma)

        def words(values):
            return frozenset(key[0] for w in values if (key := [t.low for t in tokenize(w, comma)]))

        self.noun_classes = frozenset(c.name for f in files for c in f.nouns)
        self.adjectives_after_noun = max((f.adjectives_after_noun for f in files), default=0)
        self.stop_words = words(w for f in files for w in f.stop_words)
        self.plural_endings = tuple(sorted({e for f in files for e in f.plural_endings}))
        self.partitives = table([(p, True) for f in files for p in f.partitives])
        ranges = [f.ranges for f in files if f.ranges is not None]
        self.range_opening = words(w for r in ranges for w in r.opening)
        self.range_links = words(w for r in ranges for w in r.links)
        self.range_closing = words(w for r in ranges for w in r.closing_links)
        self.hedges_before = table([(p, h) for f in files for h in f.hedges for p in h.before])
        self.hedges_after = table([(p, h) for f in files for h in f.hedges for p in h.after])
        self.vague = table([(v.phrase, v) for f in files for v in sorted(f.vague, key=lambda v: -len(v.phrase))])
        self.round_steps = tuple(sorted({step for f in files for step in f.round_steps})) or (1.0, 5.0)
        self.nouns = table([(w, (c.name, c.event)) for f in files for c in f.nouns for w in c.words])
        self.measures = table([(w, (c.name, c.event)) for f in files for c in f.measures for w in c.words])
        self.measure_wholes = {c.name: tuple(c.wholes) for f in files for c in f.measures if c.wholes}
        self.whole_nouns = frozenset(w for wholes in self.measure_wholes.values() for w in wholes)
        self.measure_links = words(w for f in files for w in f.measure_links)
        self.measure_qualifiers = words(w for f in files for w in f.measure_qualifiers)
        self.measure_verbs = table([(w, True) for f in files for w in f.measure_verbs])
        self.measure_nouns = MeasureNouns(self.measure_links, self.measure_qualifiers, self.measure_verbs)
        self.durations = DurationReader([d for f in files for d in f.durations], table)
        self.shares_before = table([(w, (c.name, c.event)) for f in files for c in f.shares for w in c.before])
        self.shares_after = table([(w, (c.name, c.event)) for f in files for c in f.shares for w in c.after])
        self.amounts_before = table([(w, (c.name, c.event)) for f in files for c in f.amounts for w in c.before])
        self.unit_measures_before = table([(w, (c.name, c.event)) for f in files for c in f.unit_measures for w in c.before])
        self.unit_measures_after = table([(w, (c.name, c.event)) for f in files for c in f.unit_measures for w in c.after])
        events = [c for f in files for c in f.events]
        self.events_before = table([(w, (c.name, c.weak)) for c in events if c.side != "after" for w in c.words])
        self.events_after = table([(w, (c.name, c.weak)) for c in events if c.side != "before" for w in c.words])
        self.elliptic_events = frozenset(c.name for c in events if c.elliptic)
        self.measurement_units = frozenset(u for f in files for u in f.measurement_units)
        self.event_counts = {c.name: c.counts for f in files for c in f.events if c.counts}
        self.other_words = frozenset(w.lower() for f in files for w in f.other_words)
        self.event_links_after = words(w for f in files for w in f.event_links_after)
        self.event_links_before = words(w for f in files for w in f.event_links_before)
        self.name_complements = words(w for f in files for w in f.name_complements)
        self.complement_determiners = words(w for f in files if f.unit_places for w in f.unit_places.name_determiners)
        self.noun_coordinators = words(w for f in files for w in f.noun_coordinators)
        self.adverb_endings = tuple(sorted({e for f in files for e in f.adverb_endings})) or ("\0",)
        self.not_coordinated = self.stop_words | self.number_words | self.vague.sizes_by_first.keys()
        self.anaphora = table([(p, True) for f in files if f.anaphora for p in f.anaphora.before])
        self.currency_before = table([(p, c.code) for f in files for c in f.currencies for p in c.before])
        self.currency_codes = frozenset(c.code for f in files for c in f.currencies)
        self.currency_after = table([(p, c.code) for f in files for c in f.currencies for p in c.after])
        self.percent = table([(p, "percent") for f in files for p in f.percent_words])
        self.not_before = table([(p, True) for f in files if f.not_counts for p in f.not_counts.before])
        self.not_after = table([(p, True) for f in files if f.not_counts for p in f.not_counts.after])
        self.name_determiners = words(w for f in files if f.not_counts for w in f.not_counts.name_determiners)
        self.ages = AgeReader.of([f.ages for f in files if f.ages is not None], table, self.stop_words)
        self.measures_of_units = UnitReader(files, table, words, self.stop_words, self.event_links_after, self.events_after,
                                            self.measure_links)
        self.occurrences = OccurrenceReader([f.occurrences for f in files if f.occurrences is not None], table)
        self.fractions = FractionReader([f.fractions for f in files if f.fractions is not None], table, self.stop_words, self.round_steps,
                                        lambda tokens, k: self._noun(tokens, k, False, plural=False)[0], self.noun_classes, irregular or {})
        self.scopes = ScopeReader([f.parts for f in files if f.parts], [f.periods for f in files if f.periods], table,
                                  self.event_links_after, frozenset(self.number_words))
        self.figure_words = FigureWords(set(self.number_words) | self.occurrences.words | self.fractions.words, self.vague.table,
                                        fold if self.lexicon is not None else None)

    def extract(self, doc: Document, sentences: list[Sentence], times: list[Mention]) -> list[Mention]:
        """Quantity mentions of every sentence, skipping numbers inside the given time mentions."""
        inside_time = SpanIndex((m.start, m.end) for m in times if m.kind == "time")
        mentions: list[Mention] = []
        for sentence in sentences:
            if not self.figure_words.may_hold_outside(sentence, inside_time):
                continue
            for start, end, value in self.extract_text(sentence.text):
                start += sentence.start
                end += sentence.start
                if inside_time.overlaps(start, end):
                    continue
                mentions.append(  # every value has its final type: built without re-validation
                    Mention.model_construct(kind="quantity", document=doc.id, text=doc.text[start:end], start=start,
                                            end=end, line=doc.line_of(start), sentence=sentence.index, value=value)
                )
        return mentions

    def find_numbers(self, text: str, tokens: list[Token] | None = None) -> list[NumberSpan]:
        """Every number of ``text`` with this language's number words and digit conventions."""
        tokens = tokenize(text, self.decimal_comma) if tokens is None else tokens
        return self.lexicon.find(tokens) if self.lexicon is not None else find_numbers(text, tokens)

    def extract_text(self, text: str) -> list[tuple[int, int, QuantityValue]]:
        """Figures of one sentence (or any text): (start, end, value) with offsets into ``text``."""
        if not self.figure_words.may_hold(text):
            return []
        try:
            tokens = tokenize(text, self.decimal_comma)
            figures = self._figures(text, tokens)
        except (ValueError, OverflowError, ZeroDivisionError, IndexError):
            return []
        return sorted(figures, key=lambda figure: (figure[0], figure[1]))

    def _figures(self, text: str, tokens: list[Token]) -> list[tuple[int, int, QuantityValue]]:
        found = self.find_numbers(text, tokens)
        numbers = [n for n in found if self._is_figure(tokens, n) and not self.vague.after(tokens, n.first_token)]
        numbers += self._metre_or_million(tokens)
        numbers.sort(key=lambda n: n.first_token)
        figures: list[tuple[int, int, QuantityValue]] = []
        skip_next = False
        for position, number in enumerate(numbers):
            if skip_next:
                skip_next = False
                continue
            first, last = number.first_token, number.last_token
            low, high, is_range = number.value, number.value, False
            following = numbers[position + 1] if position + 1 < len(numbers) else None
            if following is not None and record_or_score(tokens, number, following):
                skip_next = True  # "58-3", "won 112-107": a win-loss record or a score, no figure
                continue
            if following is not None:
                # Money written on both ends: "between $140 million and $150 million", "from £5 to £8".
                money = self.currency_before.before(tokens, first)
                opening = first - 1 - (money[0] if money else 0)
                between = opening >= 0 and tokens[opening].low in self.range_opening
                link_end = following.first_token
                if money and (again := self.currency_before.before(tokens, link_end)) and again[1] == money[1]:
                    link_end -= again[0]
                link = [t.low for t in tokens[last + 1 : link_end]]
                if (len(link) == 1 and link[0] in self.range_links) or (between and len(link) == 1 and link[0] in self.range_closing):
                    if number.scale == 1 and following.scale > 1 and number.value * following.scale <= following.value:
                        low = number.value * following.scale
                    if low < following.value:
                        high, is_range, skip_next = following.value, True, True
                        last = following.last_token
                        if between and not money:
                            first = opening
            figure = self._figure(text, tokens, first, last, low, high, number, is_range)
            if figure is not None:
                figures.append(self.measures_of_units.held(tokens, figure, figures))
        figures.extend(self._vague_figures(text, tokens, figures))
        shares = self.fractions.figures(text, tokens, found, self.hedges_before)
        if shares:  # "two in five voters", "un tiers": the fraction, not its numbers, is the figure
            figures = [f for f in figures if not any(s < f[1] and f[0] < e for s, e, _ in shares)] + shares
        figures.extend(self.occurrences.figures(text, tokens, figures))  # "twice", "for the third time"
        figures.extend(self.ages.ages(text, tokens, found))  # a person's age: a figure of its own measure
        figures = share_coordinated_events(tokens, fill_elliptic(sorted(figures, key=lambda figure: figure[0]), self.other_words, self.elliptic_events), self.noun_coordinators, self.nouns)
        return self.scopes.apply(text, tokens, figures)

    def _figure(self, text, tokens, first, last, low, high, number: NumberSpan, is_range):
        unit, first, last = self._unit(tokens, first, last)
        hedge, unhedged = None, first
        before = self.hedges_before.before(tokens, first)
        if before:
            size, hedge = before
            first -= size
        if hedge is None:
            after = self.hedges_after.after(tokens, last + 1)
            if after:
                size, hedge = after
                last += size
        duration = self.durations.find(tokens, first, last) if unit is None else None
        units = self.measures_of_units
        measured_after = self.unit_measures_after.after(tokens, last + 1) if units.is_unit(unit) else None
        if measured_after is not None:
            # "à 12 kilomètres d'altitude", "10 km deep": a measure noun after the unit names what
            # is measured (altitude, depth), so the length is no distance of a place
            (noun_class, noun_event), noun_end = measured_after[1], last + measured_after[0]
        elif units.is_unit(unit):
            if units.measure(unit) is None and units.places_something(tokens, last + 1, first):
                return None  # "15 km west of Kamituga": where something is, not how long it is
            noun_class, noun_end, noun_event = units.kind(unit), units.past_material(tokens, last + 1) - 1, None
        elif duration is not None:
            noun_class, noun_end, noun_event = duration
        else:
            noun_class, noun_end, noun_event = self._noun(tokens, last + 1, number.scale > 1, plural=high != 1, wholes=unit is None)
        if unit is None and noun_class is not None and duration is None:
            noun_class = self.occurrences.measure(tokens, noun_end, number.value) or noun_class  # "three times", "à deux reprises"
        if unit is None and noun_class is None and hedge is None and not is_range \
                and names_a_designation(tokens, first, last, self.name_determiners):
            return None  # "a Boeing 737", "AirPods 2": part of a name, no count
        if unit is None and duration is None and noun_class is None and compound_modifier(tokens, last):
            return None  # "a 12.9-inch iPad", "a 16-inch screen": a size of the noun, no count of the event
        one_alone = number.words and number.first_token == number.last_token and number.value == 1 and tokens[number.first_token].low == "one"
        if one_alone and unit is None and hedge is None and not is_range and noun_class not in self.noun_classes \
                and self._governing_event(tokens, first, max(last, noun_end), noun_event) is None:
            return None  # "one doesn't", "pull one off", "One small study": "one" counts only a counted noun or an event's object
        if hedge is None and noun_class is not None:
            after = self.hedges_after.after(tokens, noun_end + 1)  # "20 people or more"
            if after:
                hedge = after[1]
        noun_class, event = self._attach(tokens, first, max(last, noun_end), noun_class, noun_event, unit is None)
        if unit in ("percent", "percentage points") and noun_class is None:
            share = self._share(tokens, first, last)
            if share is not None:
                noun_class, event = share[0], event or share[1]
            elif unit == "percent":
                unit = self.fractions.measure(tokens, last + 1) or unit  # "60 per cent of the staff"
        elif unit is not None and noun_class is None and self._is_currency(unit):
            # "a net loss of 112 million euros"; "estimé à 2 millions d'euros", its hedge a measure's words too
            amount = self.measure_nouns.find(tokens, first, self.amounts_before) \
                or (self.measure_nouns.find(tokens, unhedged, self.amounts_before) if unhedged != first else None)
            if amount is not None:
                noun_class, event = amount[0], event or amount[1]
        elif units.is_unit(unit) and noun_class == units.kind(unit):
            amount = self.measure_nouns.find(tokens, first, self.unit_measures_before)  # "gusts of up to 250 km/h"
            if amount is not None:
                noun_class, event = amount[0], event or amount[1]
            event = event or units.measure(unit)  # "reached 41.6C": a temperature, however told
        if unit is None and noun_class is None and hedge is None and not is_range and number.words \
                and not self.scopes.keeps_word_figure(tokens, number.first_token, number.last_token, number.value):
            return None  # "one of the ...", "the two expressed": a word number that counts nothing named
        if hedge is None and not is_range and number.first_token == number.last_token and tokens[first].low in self.articles \
                and (not (noun_event or (event and noun_class in self.noun_classes))
                     or (noun_event is not None and event != noun_event)
                     or any(self.ages.follows(tokens, k) for k in range(first + 2, min(first + 2 + _AGE_REACH, len(tokens))))):
            # "une attaque": an article; "un mort", "un soldat a été tué" count; "une évacuée de 71
            # ans est morte" describes one person, no count of the evacuated
            return None
        if unit is None:
            unit = noun_class or "count"
        counts = not is_share(unit) and unit != "percentage points" and unit not in self.measurement_units \
            and not self.measures_of_units.is_unit(unit) and not self._is_currency(unit)
        integer = counts and float(low).is_integer() and float(high).is_integer()
        if hedge is None or (hedge.shape == "at_most" and not hedge.strict and units.is_unit(unit)):
            interval = (low, high)  # "gusts of up to 250 km/h": the peak measured is 250, not anything below it
        else:
            interval = (hedged_figure(low, hedge, integer, self.round_steps)[0], hedged_figure(high, hedge, integer, self.round_steps)[1])
        start, end = tokens[first].start, tokens[last].end
        value = QuantityValue(
            low=interval[0], high=interval[1], unit=unit, hedge=hedge.name if hedge else None,
            exact=text[start:end], noun=noun_class, event=event,
        )
        return start, end, value

    def _is_currency(self, unit: str) -> bool:
        """Whether a unit is money: an ISO code, or a currency of the rules named by its word ("crowns")."""
        return (len(unit) == 3 and unit.isupper()) or unit in self.currency_codes

    def _attach(self, tokens, first, head_end, noun_class, noun_event, bare):
        """What a figure counts and the event it belongs to: (noun class, event).

        The event is the one whose word governs the figure (see :meth:`_governing_event`), else
        the one its noun carries ("30 dead"), else the one of a measure before it ("the toll
        at 400", "among the dead were 12 children") when the measure counts what the noun does.
        A ``bare`` figure (no currency or percent) without a noun counts what its measure or its
        event names ("killing at least 12" counts people).
        """
        event = self._governing_event(tokens, first, head_end, noun_event)
        if bare and (event is None or noun_class is None or noun_class in self.whole_nouns):
            found = self.measure_nouns.find_where(tokens, first, self.measures)
            (name, measure_event), at = found if found is not None else ((None, None), 0)
            wholes = self.measure_wholes.get(name, ())
            if name is not None and wholes and (noun_class is None or noun_class in wholes):
                # "une île de 11 000 habitants a été évacuée": the island's population, whatever
                # happened to the island; the people of a verb that takes the whole as its object
                # ("evacuated the entire population of Ambae, about 11,000 people")
                taking = self._event_taking(tokens, at)
                return (noun_class or self.event_counts.get(taking) or wholes[0], taking) if taking else (name, measure_event)
            if name is not None and (event is None or noun_class is None) and noun_class in (None, name):
                noun_class = name  # not "the toll ... at 40 stations"
                event = event or measure_event
        if bare and noun_class is None and event is not None:
            noun_class = self.event_counts.get(event)
        return noun_class, event

    def _event_taking(self, tokens, at: int) -> str | None:
        """The event whose verb or noun takes the phrase starting at ``tokens[at]`` as its object,
        with only link words between ("evacuated THE ENTIRE population of"), or None."""
        j = at - 1
        while j >= 0 and at - j <= _LINK_REACH:
            found = self.events_before.before(tokens, j + 1)
            if found:
                return None if found[1][1] else found[1][0]  # a weak event ("leaving") takes nothing
            if tokens[j].low not in self.event_links_before:
                return None
            j -= 1
        return None

    def _unit(self, tokens, first, last):
        """Currency or percent around the figure: (unit or None, first token, last token)."""
        before = self.currency_before.before(tokens, first)
        if before:
            return before[1], first - before[0], last
        after = self.currency_after.after(tokens, last + 1)
        if after:
            return after[1], first, last + after[0]
        after = self.percent.after(tokens, last + 1)
        if after:
            unit = "percentage points" if tokens[last + after[0]].low.startswith("point") else "percent"
            return unit, first, last + after[0]
        after = self.measures_of_units.after(tokens, last + 1)
        if after:
            return after[1], first, last + after[0]
        return None, first, last

    def _noun(self, tokens, k, allow_of, plural=True, wholes=False):
        """Class (or head word) of what is counted after the figure: (name, last token index, event
        the noun carries or None).

        Without a class from the rules, the head is the first plural-looking word of the words
        that follow ("two military coups" -> coups), so a verb after the noun is not taken; in
        another language than English, the English noun it translates ("quatre pièces" -> pieces,
        :mod:`.quantity_nouns`), so that both languages' counts meet.
        """
        start = k
        partitive = self.partitives.after(tokens, k) if allow_of else None
        of_whole = None
        if partitive is None and plural and wholes:
            # "Five of the escapees", "neuf des évadés": the figure counts the noun of its whole
            # (a whole with a figure, "two of the 14 crew", is a part: see quantity_scopes).
            of_whole = self.scopes.of_whole.after(tokens, k)
            if of_whole and (k + of_whole[0] >= len(tokens) or tokens[k + of_whole[0]].kind != "word"):
                of_whole = None
            partitive = of_whole
        if partitive:
            k += partitive[0]
        head = None
        words = 0
        for j in range(k, len(tokens)):
            if words == 4:
                break
            found = self.nouns.after(tokens, j)
            if found:
                name, event = found[1]
                if of_whole and event:
                    return None, start - 1, None  # "two of the dead were children": no toll of two
                return name, j + found[0] - 1, event
            token = tokens[j]
            if abbreviation_dot(tokens, j) or (j == k and plural and token.low in self.scopes.increment_words):
                continue  # "U.S. troops", "U.N. peacekeepers"; "seven more bodies"
            words += 1
            if token.kind != "word" or token.low in self.stop_words:
                break
            if token.joined or (j > k and tokens[j - 1].kind == "sym" and tokens[j - 1].text == "-"):
                continue
            if self.events_after.after(tokens, j) or self.events_before.after(tokens, j):
                if of_whole and j + 1 < len(tokens) and tokens[j + 1].kind == "word" and tokens[j + 1].text[:1].islower() \
                        and tokens[j + 1].low not in self.stop_words:
                    continue  # "three of the kidnapped students": a participle before the whole's noun
                break
            if token.text[:1].isupper():
                continue  # "US", "Malian": adjectives before the noun
            if not plural or token.low.endswith(self.plural_endings):
                head = (token.low, j)
                break
        if head is None or not head[0].isalpha() or tokens[head[1]].text[:1].isupper():
            return None, (start if of_whole else k) - 1, None
        return (self.noun_fold.fold(head[0]) if self.noun_fold is not None else None) or head[0], head[1], None

    def _governing_event(self, tokens, first, head_end, noun_event=None) -> str | None:
        """The event whose word governs the figure, with only link words between them.

        Before the figure, as its object: "killed at least 30 people", "the withdrawal of 1,100
        soldiers"; else after what it counts, as its subject: "30 people were killed", "1,000
        troops stationed in Niger". Any other event word of the sentence tells another story.
        A weak event ("leaving 1,000 troops", "1,000 troops will remain") gives way to an event
        word after it, then to the noun's own event ("leaving 30 dead", "12 remain missing").
        """
        weak: str | None = None
        j = first - 1
        while j >= 0 and first - j <= _LINK_REACH:
            found = self.events_before.before(tokens, j + 1)
            if found:
                name, is_weak = found[1]
                if not is_weak:
                    return name
                weak = name
                break
            if tokens[j].low not in self.event_links_before:
                break
            j -= 1
        j = past_coordinated_noun(tokens, past_aside(tokens, head_end + 1, _ASIDE_REACH), self.noun_coordinators, self.events_after,
                                  self.not_coordinated)
        j = past_name_complement(tokens, j, self.name_complements, self.complement_determiners)
        for _ in range(self.adjectives_after_noun):  # "21 soldats maliens ont été tués"
            if (j + 1 < len(tokens) and tokens[j].kind == "word" and tokens[j].text[:1].islower()
                    and tokens[j].low not in self.event_links_after and tokens[j].low not in self.stop_words
                    and not self.events_after.after(tokens, j)):
                j += 1
        start = j - 1
        while j < len(tokens) and j - start <= _LINK_REACH:
            found = self.events_after.after(tokens, j)
            if found:
                name, is_weak = found[1]
                if not is_weak:
                    return (not self.adjectives_after_noun and event_past_adjective(  # "three injured workers died"
                        tokens, j + found[0], self.events_after, self.event_links_after, self.stop_words, _LINK_REACH)) or name
                weak = weak or name
                j += found[0]
                continue
            if tokens[j].low not in self.event_links_after and not (tokens[j].text.islower() and tokens[j].low.endswith(self.adverb_endings)):
                break
            j += 1
        return noun_event or weak

    def _share(self, tokens, first, last) -> tuple[str, str | None] | None:
        """What a percentage is a share of: "56.1 percent of the vote", "turnout was 76 percent"."""
        after = self.shares_after.after(tokens, last + 1)
        if after is not None:
            return after[1]
        return self.measure_nouns.find(tokens, first, self.shares_before)

    def _is_figure(self, tokens: list[Token], number: NumberSpan) -> bool:
        """Whether a number is a figure: not a chain, fraction, year, age, identifier or duration
        (a duration the rules count as a measure is one: "five years in prison")."""
        if number.chain or (number.fraction and abs(number.value) < 1):
            return False
        first, last = number.first_token, number.last_token
        if tokens[first].kind == "sym":  # a sign: "-5" in prose is a score or a temperature
            return False
        if number.words and self.anaphora.before(tokens, first) and not self.scopes.names_whole(tokens, first):
            return False  # "the two leaders", "all three countries": a reference back, not a count
        if self.not_before.before(tokens, first):
            return False
        if self.not_after.after(tokens, last + 1) and not self.nouns.after(tokens, last + 1) \
                and self.durations.find(tokens, first, last) is None:
            return False  # a duration is time, unless it measures an event ("years in prison", "a four-year contract")
        if (first > 1 and tokens[first - 1].text in "-–" and tokens[first - 2].kind == "word"
                and tokens[first - 2].end == tokens[first - 1].start and not self.measures.before(tokens, first - 1)):
            return False  # "SCP-173", "Covid-19"; a measure may be glued: "a magnitude-5.1 quake"
        if month_before(tokens, first) or (last + 1 < len(tokens) and is_month(tokens[last + 1])):
            return False  # a day of a date the time extractor did not claim: "Sept. 22", "4 Oct"
        if age_after_a_name(tokens, first, last):
            return False
        single = tokens[first]
        if first == last and single.kind == "num" and single.text.isdigit() and len(single.text) == 4:
            if _YEAR_RANGE[0] <= number.value <= _YEAR_RANGE[1] and not self.nouns.after(tokens, last + 1):
                return False
        return True

    def _metre_or_million(self, tokens: list[Token]) -> list[NumberSpan]:
        """"$1.5m": a lower-case m is a million only right after money."""
        spans = []
        for k, token in enumerate(tokens):
            if token.kind == "num" and token.metre_or_million and self.currency_before.before(tokens, k):
                spans.append(NumberSpan(token.start, token.end, token.value * 1e6, scale=1e6, first_token=k, last_token=k))
        return spans

    def _vague_figures(self, text, tokens, figures):
        """"Dozens of people", "tens of thousands": fixed ranges from the rules."""
        taken = [(s, e) for s, e, _ in figures]
        found = []
        k = 0
        first_words = self.vague.sizes_by_first
        while k < len(tokens):
            match = self.vague.after(tokens, k) if tokens[k].low in first_words else None
            if not match:
                k += 1
                continue
            size, rule = match
            start, end = tokens[k].start, tokens[k + size - 1].end
            if any(s < end and start < e for s, e in taken):
                k += size
                continue
            first, last = k, k + size - 1
            hedge_before = self.hedges_before.before(tokens, first)
            partitive = self.partitives.after(tokens, last + 1)
            after_partitive = last + 1 + (partitive[0] if partitive else 0)
            units = self.measures_of_units
            unit = units.after(tokens, after_partitive)  # "une quinzaine de kilomètres"
            measured_after = self.unit_measures_after.after(tokens, after_partitive + unit[0]) if unit is not None else None
            if measured_after is not None:  # "une dizaine de kilomètres d'altitude"
                (noun_class, noun_event), noun_end = measured_after[1], after_partitive + unit[0] + measured_after[0] - 1
            elif unit is not None:
                if units.places_something(tokens, after_partitive + unit[0], first):
                    k += size
                    continue  # "à une quinzaine de kilomètres de Kamituga": a place
                noun_class, noun_end, noun_event = units.kind(unit[1]), units.past_material(tokens, after_partitive + unit[0]) - 1, None
            else:
                noun_class, noun_end, noun_event = self._noun(tokens, last + 1, True)
            if (noun_class is None and not partitive) or self.not_after.after(tokens, after_partitive):
                k += size
                continue  # no count, or a duration: "une dizaine d'années"
            if hedge_before:
                first -= hedge_before[0]
            noun_class, event = self._attach(tokens, first, max(last, noun_end), noun_class, noun_event, unit is None)
            if unit is not None:
                end = tokens[after_partitive + unit[0] - 1].end
            start = tokens[first].start
            low, high, hedge = rule.low, rule.high, "vague"
            if hedge_before and rule.value is not None:  # "près d'une centaine": nearly 100
                hedge_rule = hedge_before[1]
                low, high = hedged_figure(rule.value, hedge_rule, True, self.round_steps)
                hedge = hedge_rule.name
            value = QuantityValue(
                low=low, high=high, unit=unit[1] if unit is not None else noun_class or "count", hedge=hedge,
                exact=text[start:end], noun=noun_class, event=event,
            )
            found.append((start, end, value))
            k += size
        return found


@lru_cache(maxsize=1)
def _default_extractor() -> QuantityExtractor:
    pack = RulePack()
    for path in sorted(default_rules_dir().rglob("quantities*.yaml")):
        model, _problems = load_rule_file(path)
        if model is not None:
            pack.files.setdefault(model.kind, []).append(model)
    return QuantityExtractor(pack)


def extract_quantities_from_text(text: str, extractor: QuantityExtractor | None = None,
                                 language: str | None = None) -> list[tuple[int, int, QuantityValue]]:
    """Figures of any text in ``language`` (None: English) with the default rule pack (or ``extractor``)."""
    return (extractor or _default_extractor()).extract_text(text, language)
