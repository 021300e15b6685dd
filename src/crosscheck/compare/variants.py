"""Variant findings: one entity whose name is spelled differently by different sources.

Only the name proper counts: titles are not part of a mention's text, a leading "the" and a
possessive are dropped, case and hyphens written for spaces are ignored, and a shorter form whose words all appear in a longer
one ("Tiani" beside "Abdourahamane Tiani", "Wagner" beside "Wagner Group") is a short form, not
a spelling. An acronym beside a written-out name is not a spelling either, nor are two
different names of one place ("Ivory Coast", "Côte d'Ivoire"): forms must look alike.

Accents: a person's or an organisation's name that differs from another only in its diacritics
("Vlădescu" and "Vladescu", "Inês" and "Ines", "Benoît" and "Benoit") is a variant, in one
language or across two: the bearer's own spelling has the marks, a copy desk that drops them
misspells the name, and a reader (or an archive search that does not fold accents) looking for
one spelling misses the other. A place is different: an English page's "Menaka" or "Tillaberi"
beside a French page's "Ménaka" or "Tillabéri" is each language's ordinary name of the place,
like "Brussels" and "Bruxelles", so place names that differ only in accents are a variant only
when two sources of ONE language write them both ways (a house-style split an editor wants to
see). Different letters are a variant in any case, across languages too ("Tiani" / "Tchiani",
"Poutine" / "Putin": a search for one does not find the other). Case alone ("VLADESCU" in a
headline) and typography (a curly or a straight apostrophe) are no spelling at all.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from difflib import SequenceMatcher

from ..extract.names import EntityRule
from ..models import EntityValue, ExtractedDocument, Finding, FindingValue, Mention, Quote
from ..normalise.entities import name_tokens
from ..normalise.names import name_score
from ..rules import RulePack

_SIMILAR_FORMS = 0.6
# Two words of two names are one word spelled two ways at this similarity (difflib ratio): "shabaab" / "shabab".
_SAME_WORD = 0.75
_CONTEXT = 40
_LEADING_ARTICLE = re.compile(r"^(?:the|The)\s+")
_POSSESSIVE = re.compile(r"['’]s$")


def name_form(text: str) -> str:
    """The name as written, without a leading article, a possessive or doubled spaces."""
    text = " ".join(text.replace("’", "'").split())
    return _POSSESSIVE.sub("", _LEADING_ARTICLE.sub("", text))


def _form_key(form: str, person: bool = False) -> str:
    """Forms that differ only in case are one spelling; accents and letters count ("Traore",
    "Traoré"). A hyphen for a space is a spelling of a person's name ("Jean-Pierre" / "Jean
    Pierre", "Sassou-Nguesso" / "Sassou Nguesso": the bearer writes one, a copy desk corrects
    it, an exact search misses the other), not of a place's or an organisation's, whose hyphens
    house styles and languages set ("Porto-Novo", "Porto Novo")."""
    return " ".join(form.casefold().split() if person else form.casefold().replace("-", " ").split())


def _written_words(key: str) -> frozenset[str]:
    """The words of a form key as written, accents kept ("ó briain" -> {"ó", "briain"})."""
    return frozenset(key.replace("-", " ").split())


def _without_accents(key: str) -> str:
    """A form key with its diacritics dropped ("goïta" -> "goita")."""
    return "".join(c for c in unicodedata.normalize("NFD", key) if not unicodedata.combining(c))


def _place_accents_across_languages(mention: Mention, form: str, other: str, docs_of: dict[str, set[str]],
                                    language_of: dict[str, str]) -> bool:
    """Whether two forms of a place's name differ only in accents and no two documents of one
    language write them one each way (see the module docstring): then they are each language's
    name of the place. People's and organisations' names are spelled one way in every language."""
    if mention.kind != "place" or _without_accents(form) != _without_accents(other):
        return False
    return not any(a != b and language_of.get(a, "en") == language_of.get(b, "en")
                   for a in docs_of[form] for b in docs_of[other])


def _place_names_of_two_languages(mention: Mention, form: str, other: str, docs_of: dict[str, set[str]],
                                  language_of: dict[str, str]) -> bool:
    """Whether two names of one place are each written only by pages of its own language
    ("Bruxelles" in French, "Brussels" in English; "Hal", "Halle"): each language's name of the
    place, no spelling a fact-checker would correct."""
    if mention.kind != "place":
        return False
    languages = {language_of.get(d, "en") for d in docs_of[form]}
    others = {language_of.get(d, "en") for d in docs_of[other]}
    return not languages & others


def _organisation_names_of_two_languages(mention: Mention, form: str, other: str, docs_of: dict[str, set[str]],
                                         language_of: dict[str, str]) -> bool:
    """Whether two names of one organisation, each written only by pages of its own language,
    are its names in two languages ("Banque nationale suisse" / "Swiss National Bank", "Cour de
    cassation" / "Court of Cassation"): a translation moves, drops or replaces words, where a
    spelling keeps them word for word ("Crédit Léman" / "Credit Leman", "Al-Shabaab" / "al
    Shabab"). A translation is no spelling a fact-checker would correct."""
    if mention.kind != "organization":
        return False
    if {language_of.get(d, "en") for d in docs_of[form]} & {language_of.get(d, "en") for d in docs_of[other]}:
        return False
    return not _word_for_word(form, other)


def _word_for_word(form: str, other: str) -> bool:
    """Whether two forms keep the same words in the same order, each spelled alike (accents and
    hyphens aside), or the same letters once joined ("Vanden Bossche" / "Vandenbossche")."""
    words, others = _without_accents(form).replace("-", " ").split(), _without_accents(other).replace("-", " ").split()
    if "".join(words) == "".join(others):
        return True
    return len(words) == len(others) and all(SequenceMatcher(None, a, b).ratio() >= _SAME_WORD for a, b in zip(words, others))


def _is_acronym(form: str) -> bool:
    return " " not in form and form.replace(".", "").isupper()


def _is_short_form(short: str, long: str, person: bool = False) -> bool:
    short_tokens, long_tokens = set(name_tokens(short)), set(name_tokens(long))
    return bool(short_tokens) and short_tokens < long_tokens and not (person and _dropped_middle_name(short, long))


def _written_short_form(short: str, keys: list[str]) -> bool:
    """Whether a person's short form is written, letter for letter, inside a longer form of the
    run ("Ó Briain" inside "Cathal Ó Briain"): a short form of that spelling. A surname spelled
    otherwise than in every full form ("Ó Briain" beside only "Cathal O Briain") is a spelling
    of its own."""
    words = _written_words(short)
    return any(words < _written_words(other) for other in keys if other != short)


def _with_short_forms(by_form: dict[str, list[Mention]], forms: list[str]) -> dict[str, list[Mention]]:
    """The mentions of each spelling of a person, with those of the short forms written inside
    that spelling alone: a document that writes only the surname ("Mr Ó Briain") takes part in
    the variant when the spellings differ in the surname; when they differ in the given name
    ("Jean-Pierre" / "Jean Pierre") the surname alone tells no spelling and is left out."""
    mentions = {key: list(by_form[key]) for key in forms}
    for short in sorted(set(by_form) - set(forms)):
        holders = [key for key in forms if _written_words(short) < _written_words(key)]
        if len(holders) == 1 and _is_short_form(short, holders[0]):
            mentions[holders[0]] += by_form[short]
    return mentions


def _dropped_middle_name(short: str, long: str) -> bool:
    """A person's full name without a middle name or a second surname another source writes
    ("Mehmet Korkmaz" beside "Mehmet Ali Korkmaz", "Ana Lucia Restrepo" beside "Ana Lucía
    Restrepo Gómez"): two outlets naming one person by two full names, a variant a fact-checker
    wants to see; a short form drops the given name ("Korkmaz", "Restrepo Gómez")."""
    short_tokens, long_tokens = name_tokens(short), name_tokens(long)
    return len(short_tokens) >= 2 and len(long_tokens) > len(short_tokens) and short_tokens[0] == long_tokens[0]


def quote_for(mention: Mention, doc_path: str, text: str) -> Quote:
    """The mention's words with up to 40 characters of context on each side, within its line."""
    return Quote(
        document=mention.document,
        path=doc_path,
        line=mention.line,
        start=mention.start,
        end=mention.end,
        text=mention.text,
        prefix=text[max(0, mention.start - _CONTEXT) : mention.start].rsplit("\n", 1)[-1],
        suffix=text[mention.end : mention.end + _CONTEXT].split("\n", 1)[0],
    )


def fingerprint(kind: str, subject: str, forms: list[str]) -> str:
    """Stable across runs: kind, subject and the sorted forms only (no lines, ids or paths)."""
    payload = "\x1f".join([kind, subject.casefold(), *sorted(f.casefold() for f in forms)])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def _spelling_forms(by_form: dict[str, list[Mention]], language_of: dict[str, str],
                    listed: frozenset[str] = frozenset()) -> list[str]:
    """Forms that are spellings of one another, each used by a document the others are not.
    ``language_of``: each document's language ("en" when unknown); ``listed``: the form keys of
    a known place's names in the gazetteer ("cameroon", "cameroun"), each a name of the place in
    its own right, whichever language's page writes it, so never a variant of another."""
    keys = sorted(by_form)
    person = by_form[keys[0]][0].kind == "person" if keys else False
    candidates = [
        k
        for k in keys
        if not (any(_is_short_form(k, other, person) for other in keys if other != k)
                and (not person or _written_short_form(k, keys)))
        and not _is_acronym(name_form(by_form[k][0].text))
    ]
    docs_of = {form: {m.document for m in by_form[form]} for form in candidates}
    kept = []
    for form in candidates:
        docs = docs_of[form]
        for other in candidates:
            if other == form:
                continue
            other_docs = docs_of[other]
            if form in listed and other in listed:
                continue
            if (docs != other_docs and not _place_accents_across_languages(by_form[form][0], form, other, docs_of, language_of)
                    and not _place_names_of_two_languages(by_form[form][0], form, other, docs_of, language_of)
                    and not _organisation_names_of_two_languages(by_form[form][0], form, other, docs_of, language_of)):
                if name_score(form, other) >= _SIMILAR_FORMS:
                    kept.append(form)
                    break
    return kept


def _and_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def find_variants(docs: list[ExtractedDocument], rules: RulePack) -> list[Finding]:
    """One ``variant`` finding per entity written differently across documents."""
    known: dict[str, EntityRule] = {e.id: e for f in rules.get("entities") for e in f.entities}
    paths = {d.document.id: (d.document.path, d.document.text) for d in docs}
    language_of = {d.document.id: d.document.language or "en" for d in docs}
    by_entity: dict[str, dict[str, list[Mention]]] = defaultdict(lambda: defaultdict(list))
    canonical: dict[str, str] = {}
    for doc in docs:
        for mention in doc.mentions:
            value = mention.value
            if not isinstance(value, EntityValue) or value.adjective or value.role == "institution":
                continue  # "le parquet de Brest" / "Brest prosecutor's office": a translation, no spelling
            form = name_form(mention.text)
            if not form or form.islower():
                continue  # "the captain", "la société", "gardiens": a description, no spelling of a name
            by_entity[value.entity][_form_key(form, mention.kind == "person")].append(mention)
            canonical[value.entity] = value.canonical

    # An institution's names in two languages (rules' exonym groups: "Council of Ministers",
    # "Conseil des ministres") are translations, no spellings of one another.
    translations = frozenset(_form_key(name) for f in rules.get("exonyms") for group in f.groups for name in group)
    findings = []
    for entity_id in sorted(by_entity):
        by_form = by_entity[entity_id]
        rule = known.get(entity_id)
        listed = (frozenset(_form_key(name_form(n)) for n in [rule.name, *rule.aliases])
                  if rule is not None and rule.type == "place" else frozenset())
        if next(iter(by_form.values()))[0].kind == "organization":
            listed |= translations
        forms = _spelling_forms(by_form, language_of, listed)
        if len(forms) < 2:
            continue
        if by_form[forms[0]][0].kind == "person":
            by_form = _with_short_forms(by_form, forms)
        shown: dict[str, str] = {}
        values: dict[str, str] = {}
        quotes = []
        documents: set[str] = set()
        for key in forms:
            mentions = sorted(by_form[key], key=lambda m: (m.document, m.start))
            written = next(m for m in mentions if _form_key(name_form(m.text), m.kind == "person") == key)
            shown[key] = name_form(written.text)  # the spelling itself, not a short form joined to it
            doc_ids = sorted({m.document for m in mentions})
            documents.update(doc_ids)
            values[shown[key]] = ", ".join(doc_ids)
            path, text = paths[written.document]
            quotes.append(quote_for(written, path, text))
        name = canonical[entity_id]
        spelled = _and_list([f"'{shown[k]}' in {_and_list(values[shown[k]].split(', '))}" for k in forms])
        preferred = rule.house_style if rule else None
        summary = f"{name} is spelled {spelled}"
        if preferred:
            summary += f"; the house style is '{preferred}'"
        findings.append(
            Finding(
                fingerprint=fingerprint("variant", entity_id, [shown[k] for k in forms]),
                kind="variant",
                subject=entity_id,
                summary=summary,
                documents=sorted(documents),
                values=[FindingValue(document=doc, value=spelling) for spelling, docs in values.items()
                        for doc in docs.split(", ")],
                quotes=quotes,
                preferred=preferred,
            )
        )
    return findings
