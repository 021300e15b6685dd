"""Source independence: copies and light rewrites of one wire story count as one source.

Two articles are one source when their bodies are near-duplicates (rapidfuzz ratio at or
above the threshold) and their credits do not disagree. Only articles that share a blocking
key are compared (their normalised title, or the opening words of their body), so the work
stays close to linear in the number of articles.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations

from rapidfuzz import fuzz

from ..models import ExtractedDocument, SourceGroup

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_MAX_BLOCK = 200  # a key shared by more articles than this is too common to mean "same story"


def _words(text: str | None) -> list[str]:
    return _WORD.findall((text or "").lower())


def _body(ed: ExtractedDocument) -> str:
    return " ".join(_words(ed.document.body_text()))[:4000]


def _credit(ed: ExtractedDocument) -> str:
    return " ".join(_words(ed.document.credit or ""))


def source_groups(docs: list[ExtractedDocument], threshold: float) -> tuple[dict[str, str], list[SourceGroup]]:
    """Map each document id to its source id (the first id of its group) and list merged groups."""
    ids = sorted(ed.document.id for ed in docs)
    by_id = {ed.document.id: ed for ed in docs}
    blocks: dict[tuple, list[str]] = defaultdict(list)
    for doc_id in ids:
        ed = by_id[doc_id]
        title = _words(ed.document.title)
        if len(title) >= 4:
            blocks[("title", " ".join(title[:8]))].append(doc_id)
        lede = _words(ed.document.body_text())
        if len(lede) >= 12:
            blocks[("lede", " ".join(lede[:12]))].append(doc_id)
    parent = {doc_id: doc_id for doc_id in ids}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    reasons: dict[tuple[str, str], str] = {}
    bodies: dict[str, str] = {}
    for key in sorted(blocks):
        members = blocks[key]
        if len(members) < 2 or len(members) > _MAX_BLOCK:
            continue
        for a, b in combinations(members, 2):
            if root(a) == root(b) or (a, b) in reasons:
                continue
            ca, cb = _credit(by_id[a]), _credit(by_id[b])
            if ca and cb and ca != cb:
                continue
            ta = bodies.setdefault(a, _body(by_id[a]))
            tb = bodies.setdefault(b, _body(by_id[b]))
            ratio = fuzz.ratio(ta, tb)
            if ratio >= threshold:
                credit = by_id[a].document.credit or by_id[b].document.credit
                reasons[(a, b)] = f"near-duplicate text ({ratio:.0f}% similar)" + (f", same credit {credit}" if credit else "")
                parent[root(b)] = root(a)
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
