"""The extract stage: sentences, then times, quantities and names, then claims.

Extractors are compiled once per run from the rule pack and then applied to each document.
"""

from __future__ import annotations

from ..models import Document, ExtractedDocument, Mention, Problem
from ..rules import RulePack
from .sentences import split_sentences


# Roles of name mentions that take no part in the claims of their sentence (extract/names.py):
# who reports, a credit in a dateline ("(Bizwire Europe)"), an outlet or a news agency named in
# the text ("AFP reported"); and the ends of a route ("the train linking Brussels to Luxembourg").
_NO_PARTIES = frozenset({"credit", "outlet", "route"})


def _number_mentions(document_id: str, mentions: list[Mention]) -> list[Mention]:
    mentions.sort(key=lambda m: (m.start, m.end, m.kind))
    for index, mention in enumerate(mentions, 1):
        mention.id = f"{document_id}#m{index}"
    return mentions


class Extractors:
    """Every extractor of a run, built once from the rules."""

    def __init__(self, rules: RulePack):
        from .claims import ClaimExtractor
        from .name_groups import GroupNames
        from .names import NameExtractor
        from .quantities import QuantityExtractor
        from .times import TimeExtractor

        self.times = TimeExtractor(rules)
        self.quantities = QuantityExtractor(rules)
        self.names = NameExtractor(rules)
        self.claims = ClaimExtractor(rules)
        self.groups = GroupNames(rules)

    def warm(self) -> None:
        """Load now what the extractors otherwise load on first use, the lemmatiser's English
        dictionary (about a second of CPU): worker processes forked after this share it instead
        of each loading its own. English is what a document of no known language is read in;
        another language's dictionary (30 MB for French) still loads with its first document."""
        self.claims.lexicons["en"].lemma("was")

    def extract(self, document: Document) -> ExtractedDocument:
        problems: list[Problem] = []
        sentences = split_sentences(document, problems)
        mentions = self.times.extract(document, sentences)
        mentions += self.quantities.extract(document, sentences, mentions)
        mentions += self.names.extract(document, sentences)
        mentions = _number_mentions(document.id, mentions)
        for mention in mentions:  # a mention lies in its sentence's zone (a caption's date is a caption fact)
            if mention.sentence is not None and mention.sentence < len(sentences):
                mention.zone = sentences[mention.sentence].zone
        parties = [m for m in mentions if not (m.kind in ("organization", "place") and m.value.role in _NO_PARTIES)]
        claims = self.groups.name(document, sentences, mentions, self.claims.extract(document, sentences, parties))
        for index, claim in enumerate(claims, 1):
            claim.id = f"{document.id}#c{index}"
        # Every field given, each already of its model type: nothing to validate again.
        return ExtractedDocument.model_construct(document=document, sentences=sentences, mentions=mentions, claims=claims,
                                                 problems=problems)
