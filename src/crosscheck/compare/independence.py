"""Source independence: copies and light rewrites of one wire story count as one source.

Two articles are one source when their bodies are near-duplicates (rapidfuzz ratio at or
above the threshold), share enough of their five-word shingles (articles written from one
template, such as results or market reports, reach the ratio while sharing few) and their
credits do not disagree. Only articles that share a blocking key are compared: their
normalised title, the opening words of their body, and a bottom-k sketch of the body's word
shingles (the few shingles with the smallest hashes), which a copy shares whatever its title
and first words. The wire dateline ("JEDDAH, Nov 4 (Gulf Wire) -") is left out of all of them:
copies rewrite it. Within a block each article is compared with at most ``_REPRESENTATIVES``
groups found before it, so the work stays linear in the number of articles.
"""

from __future__ import annotations

import math
import re
import zlib
from array import array
from collections import defaultdict
from functools import lru_cache

from rapidfuzz import fuzz

from ..clean import dateline_end
from ..models import ExtractedDocument, SourceGroup

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_MAX_BLOCK = 200  # a key shared by more articles than this is too common to mean "same story"
_SHINGLE = 5  # words per shingle
_SKETCH = 4  # shingles kept per article, each a blocking key
# Bodies shorter than this get no sketch and no shingle test: two one-sentence items that
# differ only in a date are textually "near-duplicates" without being one story; title and
# lede keys still apply.
_MIN_WORDS = 40
# Share of five-word shingles (Jaccard) two long bodies need to be one source. Measured: wire
# copies and light rewrites 0.54-0.93; articles from one template (bench synthetic corpus) at most 0.37.
_MIN_RESEMBLANCE = 0.45
_REPRESENTATIVES = 16  # groups of one block an article is compared with


def _words(text: str | None) -> list[str]:
    return _WORD.findall((text or "").lower())


def _story_words(ed: ExtractedDocument) -> list[str]:
    """The body's words without the wire dateline that opens it."""
    text = ed.document.body_text()
    return _words(text[dateline_end(text):])


def _credit(ed: ExtractedDocument) -> str:
    return " ".join(_words(ed.document.credit or ""))


def _shingles(words: list[str], word_hashes: dict[str, int]) -> array:
    """Hashes of the body's five-word shingles, each once, sorted; empty for a body shorter
    than ``_MIN_WORDS``.

    Word hashes are crc32 (stable across runs, unlike ``hash(str)``); a shingle's hash is the
    hash of the tuple of its word hashes, which Python computes the same on every run. Held as
    an array of 8-byte integers (a set of them took about 50 KB an article, every article's at
    once): a set is made only for the few articles being compared.
    """
    if len(words) < _MIN_WORDS:
        return array("q")
    codes = []
    for word in words:
        code = word_hashes.get(word)
        if code is None:
            code = word_hashes[word] = zlib.crc32(word.encode("utf-8"))
        codes.append(code)
    return array("q", sorted({hash(tuple(codes[i: i + _SHINGLE])) for i in range(len(codes) - _SHINGLE + 1)}))


def _resemblance(a: frozenset[int], b: frozenset[int]) -> float:
    """Jaccard share of shingles; 1.0 when either body is too short to tell."""
    if not a or not b:
        return 1.0
    common = len(a & b)
    return common / (len(a) + len(b) - common)


def source_groups(docs: list[ExtractedDocument], threshold: float) -> tuple[dict[str, str], list[SourceGroup]]:
    """Map each document id to its source id (the first id of its group) and list merged groups."""
    ids = sorted(ed.document.id for ed in docs)
    by_id = {ed.document.id: ed for ed in docs}
    blocks: dict[tuple, list[str]] = defaultdict(list)
    bodies: dict[str, str] = {}
    shingles: dict[str, array] = {}
    word_hashes: dict[str, int] = {}
    for doc_id in ids:
        ed = by_id[doc_id]
        title = _words(ed.document.title)
        if len(title) >= 4:
            blocks[("title", " ".join(title[:8]))].append(doc_id)
        story = _story_words(ed)
        bodies[doc_id] = " ".join(story)[:4000]
        if len(story) >= 12:
            blocks[("lede", " ".join(story[:12]))].append(doc_id)
        shingles[doc_id] = _shingles(story, word_hashes)
        for code in shingles[doc_id][:_SKETCH]:  # a bottom-k MinHash sketch (the shingles are sorted)
            blocks[("shingle", code)].append(doc_id)
    parent = {doc_id: doc_id for doc_id in ids}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    @lru_cache(maxsize=_REPRESENTATIVES * 4)  # a block's representatives and the article met
    def shingle_set(doc_id: str) -> frozenset[int]:
        """The set of an article's shingles, made while it is being compared."""
        return frozenset(shingles[doc_id])

    def same_source(a: str, b: str) -> float | None:
        """The similarity ratio when ``a`` and ``b`` are one source, else None."""
        ca, cb = _credit(by_id[a]), _credit(by_id[b])
        if ca and cb and ca != cb:
            return None
        if _resemblance(shingle_set(a), shingle_set(b)) < _MIN_RESEMBLANCE:
            return None
        ratio = fuzz.ratio(bodies[a], bodies[b], score_cutoff=threshold)
        return ratio if ratio >= threshold else None

    reasons: dict[tuple[str, str], str] = {}
    compared: set[tuple[str, str]] = set()
    for key in sorted(blocks):
        members = blocks[key]
        if len(members) < 2 or len(members) > _MAX_BLOCK:
            continue
        representatives: list[str] = []  # one article per group met in this block, in id order
        for b in members:
            for a in representatives:
                if root(a) == root(b):
                    break
                if (a, b) in compared:
                    continue
                compared.add((a, b))
                ratio = same_source(a, b)
                if ratio is not None:
                    credit = by_id[a].document.credit or by_id[b].document.credit
                    shown = math.floor(ratio * 10) / 10  # never rounds a near copy up to "100%"
                    reasons[(a, b)] = f"near-duplicate text ({shown:g}% similar)" + (f", same credit {credit}" if credit else "")
                    parent[root(b)] = root(a)
                    break
            else:
                if len(representatives) < _REPRESENTATIVES:
                    representatives.append(b)
    members: dict[str, list[str]] = defaultdict(list)
    for doc_id in ids:
        members[root(doc_id)].append(doc_id)
    reasons_of: dict[str, list[str]] = defaultdict(list)
    for (a, _), reason in reasons.items():
        reasons_of[root(a)].append(reason)
    source_of = {}
    groups = []
    for docs_in in members.values():
        docs_in.sort()
        for doc_id in docs_in:
            source_of[doc_id] = docs_in[0]
        if len(docs_in) > 1:
            why = sorted(reasons_of[root(docs_in[0])])
            groups.append(SourceGroup(documents=docs_in, reason="; ".join(dict.fromkeys(why))))
    groups.sort(key=lambda g: g.documents)
    return source_of, groups


def outlet_feeds(docs: list[ExtractedDocument], source_of: dict[str, str]) -> dict[str, str]:
    """Source id -> the source id standing for its outlet's feed, for the sources whose documents
    are records of one file that name one outlet (a wire's Monday story and its Wednesday
    follow-up in its JSON Lines feed): one outlet telling its story twice is one source when
    sources are counted for an agreement or for a claim only one source tells, never "2
    independent sources". The judges of figures and dates keep ``source_groups``' sources: one
    outlet's later record that raises a count is still a change."""
    first: dict[tuple[str, str], str] = {}
    feeds: dict[str, str] = {}
    for ed in sorted(docs, key=lambda ed: ed.document.id):
        document = ed.document
        outlet = " ".join(_words(document.outlet))
        if outlet:
            source = source_of.get(document.id, document.id)
            feeds[source] = first.setdefault((document.path, outlet), source)
    return feeds
