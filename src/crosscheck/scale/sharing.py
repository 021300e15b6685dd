"""One object per distinct value in the parent of a run: equal values share it.

The parent holds every extracted document through compare and the report. Most of that memory
is object overhead of small models, and many of them repeat: the entity of a name mentioned a
hundred times across the run, the day a dozen claims happened on, a figure both a mention and
its claim carry, the agent span every claim of a sentence names. Each of these values is
replaced by the first equal one met, so the run holds one object per distinct value: the
mentions' values, claims' times and figures as each map result arrives
(:func:`share_received_values`), the rest after entity linking (:func:`share_equal_values`).

Sharing is safe because the only stage that changes a value in place, entity linking, renames
each distinct value object once and equal values alike, and later stages copy a model to
change it; the report is the same, since equal models dump to the same bytes. Two
equal figures of one claim become one object too: compare tells a claim's figures apart by
their position in the claim (``compare.measures.Reading.index``), never by identity.
"""

from __future__ import annotations

from ..models import ExtractedDocument, Model
from ..records import Record, compact_document


class ValueTable:
    """The first model met of each (class, set fields, field values), the first record of each
    (class, field values); those with an unhashable field value (a list) are kept as they are."""

    def __init__(self) -> None:
        self._table: dict[tuple, Model] = {}
        # id of a set of set fields -> (that set, kept alive so the id stays its own; its frozen copy):
        # the models of one document share their sets, so each is frozen once, not once per model.
        self._frozen: dict[int, tuple[set[str], frozenset[str]]] = {}

    def same(self, model: Model | Record | None) -> Model | Record | None:
        if model is None:
            return None
        if isinstance(model, Record):  # a span record: its values are all there is to it
            try:
                return self._table.setdefault((type(model), *model.values()), model)
            except TypeError:
                return model
        fields_set = model.__pydantic_fields_set__
        frozen = self._frozen.get(id(fields_set))
        if frozen is None:
            frozen = self._frozen[id(fields_set)] = (fields_set, frozenset(fields_set))
        try:
            return self._table.setdefault((type(model), frozen[1], *model.__dict__.values()), model)
        except TypeError:  # an unhashable field value
            return model

    def __len__(self) -> int:
        return len(self._table)


def share_equal_values(docs: list[ExtractedDocument], table: ValueTable | None = None) -> ValueTable:
    """Let the mentions and claims of ``docs`` share their equal values (entity, time and figure
    values); returns the table, to go on with. Spans are shared within their document by the
    map (:func:`share_document_spans`): a span names its document's mention, so equal spans of
    two documents are rare, and a table entry per span cost the parent more than it saved.

    The documents are compacted first (:func:`~crosscheck.records.compact_document`, which
    keeps the records the map made), so every mention and claim is a record whose fields are
    replaced by assignment. A claim's lists become tuples (the empty ones one shared tuple)
    and its words (trigger and argument texts, predicate, attribution, participants' entity
    ids) one string per distinct text: nothing changes a claim after linking, and its model
    gets lists back (``Record.model``).
    """
    table = table if table is not None else ValueTable()
    same = table.same
    words: dict[str, str] = {}
    for ed in docs:
        compact_document(ed)
        for mention in ed.mentions:
            mention.value = same(mention.value)
        for claim in ed.claims:
            _share_words(claim, words)
            claim.time = same(claim.time)
            figures, participants, mentions, arguments = claim.figures, claim.participants, claim.mentions, claim.arguments
            claim.figures = tuple(same(figure) for figure in figures) if figures else ()
            # the entity ids linking made: one string per entity
            claim.participants = tuple(words.setdefault(p, p) for p in participants) if participants else ()
            claim.mentions = tuple(mentions) if mentions else ()
            claim.arguments = tuple(arguments) if arguments else ()
    return table


def share_received_values(docs: list[ExtractedDocument], table: ValueTable) -> None:
    """Let the mentions and claims of documents just received from the map share their equal
    entity, time and figure values with those received before (in place). Done as each map
    result arrives, a duplicate is freed at once and its memory reused by the next result
    received; shared after linking (:func:`share_equal_values`), the duplicates of every
    document were held together, about 60 KB an article on the realistic bench corpus, and
    left the parent's allocator that much larger for the rest of the run. Entity linking
    renames values in place, each distinct value object once (``normalise.entities``): equal
    values are renamed alike, so sharing them before it changes nothing."""
    same = table.same
    for ed in docs:
        for mention in ed.mentions:
            mention.value = same(mention.value)
        for claim in ed.claims:
            claim.time = same(claim.time)
            figures = claim.figures
            if figures:
                claim.figures = [same(figure) for figure in figures]


def _share_words(claim: Record, words: dict[str, str]) -> None:
    """The claim's short texts replaced by the first equal string met in the run."""
    for name in ("predicate", "attribution"):
        value = getattr(claim, name)
        if value is not None:
            setattr(claim, name, words.setdefault(value, value))
    for span in (claim.trigger, *claim.arguments):
        if isinstance(span, Record) and not span.reads_by_offset:
            span.text = words.setdefault(span.text, span.text)


def share_document_spans(ed: ExtractedDocument) -> ExtractedDocument:
    """Let the claims of one document share their equal trigger and argument spans (the agent
    every claim of a sentence names, the trigger two readings of one verb share); in place, and
    returned. Done in the map, before the document is pickled: the parent then receives one
    span object where it received several, and builds no table of them. Safe for the same
    reason as :func:`share_equal_values`: no later stage changes a span in place (linking gives
    a claim a new arguments list)."""
    table: dict[tuple, Record] = {}
    for claim in ed.claims:
        trigger = claim.trigger
        if isinstance(trigger, Record):
            claim.trigger = table.setdefault(trigger.stored(), trigger)
        arguments = claim.arguments
        if arguments:
            arguments[:] = [table.setdefault(a.stored(), a) if isinstance(a, Record) else a for a in arguments]
    return ed
