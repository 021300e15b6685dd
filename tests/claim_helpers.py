"""Build documents with hand-made mentions, so claim and compare tests do not depend on the
time, quantity and name extractors."""

from __future__ import annotations

from datetime import date

from crosscheck.extract.claims import ClaimExtractor
from crosscheck.extract.sentences import split_sentences
from crosscheck.models import (
    Document,
    EntityValue,
    ExtractedDocument,
    LineMap,
    Mention,
    QuantityValue,
    Zone,
    TimeValue,
)


def day(iso: str, modality: str = "asserted") -> TimeValue:
    d = date.fromisoformat(iso)
    return TimeValue(start=d, end=d, granularity="day", modality=modality)


def month(year: int, m: int) -> TimeValue:
    end = date(year + (m == 12), m % 12 + 1, 1)
    return TimeValue(start=date(year, m, 1), end=date.fromordinal(end.toordinal() - 1), granularity="month")


def year(y: int) -> TimeValue:
    return TimeValue(start=date(y, 1, 1), end=date(y, 12, 31), granularity="year")


def since(y: int) -> TimeValue:
    return TimeValue(start=date(y, 1, 1), end=None, granularity="open")


def person(entity: str, canonical: str, country: str | None = None, title: str | None = None) -> EntityValue:
    return EntityValue(entity=entity, canonical=canonical, type="person", country=country, title=title)


def place(canonical: str, country: str | None = None, adjective: bool = False) -> EntityValue:
    return EntityValue(entity=canonical.lower().replace(" ", "-"), canonical=canonical, type="place",
                       country=country or canonical, adjective=adjective)


def org(canonical: str, country: str | None = None) -> EntityValue:
    return EntityValue(entity=canonical.lower().replace(" ", "-"), canonical=canonical, type="organization", country=country)


def figure(low: float | None, high: float | None, unit: str, exact: str, event: str | None = "killed") -> QuantityValue:
    return QuantityValue(low=low, high=high, unit=unit, exact=exact, noun=unit, event=event)


_KIND = {TimeValue: "time", QuantityValue: "quantity"}


def build(doc_id: str, published: str | None, text: str, spans: list[tuple[str, object]],
          path: str | None = None) -> tuple[Document, list, list[Mention]]:
    """A document whose whole text is body, with mentions at the n-th occurrence of each surface.

    ``spans`` holds (surface, value); a surface written ``"Putin#2"`` is its second occurrence.
    """
    doc = Document(
        id=doc_id, path=path or f"{doc_id}.txt", format="text", encoding="utf-8", text=text,
        lines=LineMap.for_text(text), published=date.fromisoformat(published) if published else None,
        body=[Zone(start=0, end=len(text))],
    )
    sentences = split_sentences(doc)
    mentions = []
    for surface, value in spans:
        word, _, nth = surface.partition("#")
        start = -1
        for _ in range(int(nth or 1)):
            start = text.index(word, start + 1)
        end = start + len(word)
        kind = _KIND.get(type(value)) or value.type
        sentence = next(s.index for s in sentences if s.start <= start < s.end)
        mentions.append(Mention(document=doc_id, kind=kind, text=word, start=start, end=end,
                                line=doc.line_of(start), sentence=sentence, value=value))
    mentions.sort(key=lambda m: (m.start, m.end))
    for i, m in enumerate(mentions, 1):
        m.id = f"{doc_id}#m{i}"
    return doc, sentences, mentions


def extracted(extractor: ClaimExtractor, doc_id: str, published: str | None, text: str,
              spans: list[tuple[str, object]], path: str | None = None) -> ExtractedDocument:
    doc, sentences, mentions = build(doc_id, published, text, spans, path)
    claims = extractor.extract(doc, sentences, mentions)
    for i, claim in enumerate(claims, 1):
        claim.id = f"{doc_id}#c{i}"
    return ExtractedDocument(document=doc, sentences=sentences, mentions=mentions, claims=claims)


def claims_in(extractors: dict[str, ClaimExtractor], language: str, text: str,
              spans: list[tuple[str, object]]) -> list:
    """The claims the extractor of ``language`` reads in ``text`` (one document published
    2026-06-10, its mentions at ``spans``): the open-claims tests read each case this way."""
    doc, sentences, mentions = build("a", "2026-06-10", text, spans)
    doc = Document.model_validate(doc.model_dump() | {"language": language})
    return extractors[language].extract(doc, sentences, mentions)


def class_of(tables, language: str, text: str, word: str) -> str | None:
    """The class the lexicon of ``language`` gives the event word written ``word`` in ``text``
    (after an elided article: "L'évasion"), None when the word makes no event."""
    return next((w.event_class for w in tables[language].event_words(text)
                 if text[w.start : w.end].replace("’", "'").split("'")[-1] == word), None)


def paragraph_document(paragraphs: list[str], language: str = "en", doc_id: str = "d1") -> Document:
    """A document of body paragraphs under a one-word menu line, for name and claim tests."""
    text, body = "Home\n\n", []
    for paragraph in paragraphs:
        body.append(Zone(start=len(text), end=len(text) + len(paragraph)))
        text += paragraph + "\n\n"
    return Document(id=doc_id, path=f"{doc_id}.txt", format="text", encoding="utf-8", text=text,
                    lines=LineMap.for_text(text), body=body, language=language)
