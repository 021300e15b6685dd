"""Compact records of the many small models a run holds: sentences, mentions, claims, spans, zones.

The parent of a run holds every document's sentences, mentions and claims from extraction to
the report: about 300 models per 5 KB article. A pydantic model keeps its fields in a dict of
its own (a claim's 21 fields take about 550 bytes before any value); a record keeps them in
``__slots__`` (about 200), with the same attribute names, so every stage that reads a claim's
fields reads a record the same way. The values inside (times, figures, entities) stay models.

Records are made where a document's extraction ends (:func:`compact_document`, in the worker of
the map) and travel to the parent, the cache and Dask pickled as plain tuples. pydantic stays at
the boundaries: :meth:`Record.model` gives the model of a record (the JSON report is dumped from
models a chunk at a time, the library API's :class:`~crosscheck.models.Report` holds models), and
``model_dump`` / ``model_copy`` work on a record as on its model.

A sentence, mention, claim or span record reads its text by its offsets from its document's text
(:class:`DocumentText`, the one string of the document they all point to) instead of holding a
copy: the words of an article were held three times in the parent (the document, each sentence
and claim, each mention and span), about 15 KB of an article's 120. The report's mentions and
quotes are read from the document by offset when they are written, byte for byte the same.
"""

from __future__ import annotations

from operator import attrgetter, itemgetter
from typing import Any

from .models import (Claim, ExtractedDocument, Mention, Model, Sentence, TextSpan, Zone, model_construct_is_plain, restore_model,
                     share_fields_sets, shared_int_table, string_table)


class DocumentText(str):
    """A document's whole text, held by the records of its sentences, mentions, claims and spans
    in place of their own: each reads ``text`` as ``document_text[start:end]``. Pickled with the
    document (the map's result, the cache), it stays one object per document."""

    __slots__ = ()


class Record:
    """Base of the record classes: one slot per field of ``_model``, in the model's field order
    (``text`` kept in the slot ``_text``, see :func:`_text_by_offset`)."""

    __slots__ = ()
    _model: type[Model]
    _fields: tuple[str, ...]
    _slots: tuple[str, ...]  # the slots in field order: ``_fields`` with ``text`` as ``_text``
    _nested: tuple[str, ...] = ()  # fields holding a record or a list of records
    _lists: tuple[str, ...] = ()  # fields whose model type is a list
    _values: Any  # the field values in field order: an ``operator.attrgetter`` of ``_fields``
    _stored: Any  # the slots' values in field order (how a record is pickled): an ``attrgetter`` of ``_slots``
    _id_at: int | None = None  # the position of the field ``id`` (never shared on unpickling)
    _from_fields: Any  # a model's field values in field order from its ``__dict__``: an ``itemgetter`` of ``_fields``

    def values(self) -> tuple:
        return self._values(self)

    @property
    def reads_by_offset(self) -> bool:
        """Whether this record reads its text from its document's text (nothing to share)."""
        return type(getattr(self, "_text", None)) is DocumentText

    def stored(self) -> tuple:
        """The slots' values as held: a document's text where the record reads its own by offset."""
        return self._stored(self)

    def model(self) -> Model:
        """The pydantic model with these field values (nested records as models too); the
        record classes of models that ``Model.model_construct`` builds by its fast path have a
        compiled one (:func:`_compiled_model`)."""
        values = dict(zip(self._fields, self.values()))
        for name in self._lists:
            if type(values[name]) is tuple:  # a list the run made a tuple (scale.sharing)
                values[name] = list(values[name])
        for name in self._nested:
            value = values[name]
            if isinstance(value, list):
                values[name] = [v.model() if isinstance(v, Record) else v for v in value]
            elif isinstance(value, Record):
                values[name] = value.model()
        return self._model.model_construct(**values)

    def model_dump(self, **options: Any) -> dict[str, Any]:
        return self.model().model_dump(**options)

    def model_copy(self, *, update: dict[str, Any] | None = None, deep: bool = False) -> "Record":
        if deep:
            return as_record(self.model().model_copy(update=update, deep=True))
        copy = type(self)(*self.stored())
        for name, value in (update or {}).items():
            setattr(copy, name, value)
        return copy

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Record):
            return type(other) is type(self) and other.values() == self.values()
        if isinstance(other, Model):
            return self.model() == other
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable, as the models are

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{n}={v!r}' for n, v in zip(self._fields, self.values()))})"

    def __reduce__(self):
        return _rebuild, (type(self), self.stored())


def _rebuild(cls: type[Record], values: tuple) -> Record:
    """A record read back from a pickle, its small ints shared as models share theirs, and its
    strings but the id too while a ``models.sharing_strings`` block is open.

    One list comprehension with the tables at hand, not a generator calling a function per
    value: the parent unpickles every record of the run (about 580 an article), and this was
    most of the time it took (5 ms an article on the realistic bench corpus)."""
    ints = shared_int_table()
    bound = len(ints)
    strings = string_table()
    if strings is None:
        return cls(*[ints[v] if type(v) is int and 0 <= v < bound else v for v in values])
    at = cls._id_at
    if at is not None:  # each id its own string: left out of the table
        identity = values[at]
        values = values[:at] + (None,) + values[at + 1:]
    shared = [ints[v] if type(v) is int and 0 <= v < bound else strings.setdefault(v, v) if type(v) is str else v
              for v in values]
    if at is not None:
        shared[at] = identity
    return cls(*shared)


def _text_by_offset() -> property:
    """``text`` of a record with ``start`` and ``end``: its slot holds its own text, or its
    document's :class:`DocumentText`, read from ``start`` to ``end`` (a new string on each read:
    the callers that read it often keep it). Set, it holds the given text."""

    def read(self: Record) -> str:
        text = self._text
        return text[self.start:self.end] if type(text) is DocumentText else text

    def write(self: Record, value: str) -> None:
        self._text = value

    return property(read, write, doc="the record's words: its document's text from start to end")


def _record_class(model: type[Model], nested: tuple[str, ...] = ()) -> type[Record]:
    """The record class of ``model``: slots and a positional constructor in field order; a model
    with ``text``, ``start`` and ``end`` keeps its text in ``_text`` (:func:`_text_by_offset`)."""
    fields = tuple(model.__pydantic_fields__)
    lists = tuple(name for name, field in model.__pydantic_fields__.items() if getattr(field.annotation, "__origin__", None) is list)
    by_offset = {"text", "start", "end"} <= set(fields)
    slots = tuple("_text" if by_offset and name == "text" else name for name in fields)
    arguments = ", ".join(fields)
    body = "".join(f"    self.{slot} = {name}\n" for slot, name in zip(slots, fields))
    namespace: dict[str, Any] = {}
    exec(f"def __init__(self, {arguments}):\n{body}", namespace)  # noqa: S102 - field names of our own models
    name = f"{model.__name__}Record"
    attributes = {"__slots__": slots, "__init__": namespace["__init__"], "_model": model, "_fields": fields, "_slots": slots,
                  "_nested": nested, "_lists": lists, "_values": attrgetter(*fields), "_stored": attrgetter(*slots),
                  "_from_fields": itemgetter(*fields),
                  "_id_at": fields.index("id") if "id" in fields else None, "__module__": __name__, "__qualname__": name}
    if by_offset:
        attributes["text"] = _text_by_offset()
    compiled = _compiled_model(model, fields, nested, lists)
    if compiled is not None:
        attributes["model"] = compiled
    cls = type(name, (Record,), attributes)
    cls.__init__.__qualname__ = f"{name}.__init__"
    return cls


def _compiled_model(model: type[Model], fields: tuple[str, ...], nested: tuple[str, ...], lists: tuple[str, ...]):
    """``Record.model`` for one record class as straight-line code: the model's field dict built
    in one expression and the model restored from it as ``Model.model_construct`` restores a
    model given every field in order (its fast path), with one set of set fields shared by the
    class's models (as :func:`~crosscheck.models.share_fields_sets` shares them). The JSON report
    turns every mention and claim record into its model; the generic method (a dict from
    ``zip``, a loop over the nested and list fields, the construct's checks) took about 40
    microseconds a claim. None when the model is not built by that fast path (aliases, private
    attributes): the generic method serves it."""
    if not model_construct_is_plain(model):
        return None
    items = []
    for name in fields:
        if name in nested and name in lists:
            items.append(f"{name!r}: _models(self.{name})")
        elif name in nested:
            items.append(f"{name!r}: _model_of(self.{name})")
        elif name in lists:
            items.append(f"{name!r}: (list(_value) if type(_value := self.{name}) is tuple else _value)")
        else:
            items.append(f"{name!r}: self.{name}")
    namespace: dict[str, Any] = {"_restore": restore_model, "_models": _models, "_model_of": _model_of,
                                 "_MODEL": model, "_FIELDS_SET": set(fields)}
    exec("def model(self):\n    return _restore(_MODEL, {" + ", ".join(items) + "}, _FIELDS_SET)\n", namespace)  # noqa: S102
    function = namespace["model"]
    function.__doc__ = Record.model.__doc__
    return function


def _models(values: Any) -> Any:
    """A list field holding records, as its model holds it: a list (a tuple the run made is
    listed) of models; any other value as it is (``Record.model``'s rule)."""
    if type(values) is list or type(values) is tuple:
        return [value.model() if isinstance(value, Record) else value for value in values]
    return values


def _model_of(value: Any) -> Any:
    """The model of a record in a field holding one; any other value (None, a model) as it is."""
    return value.model() if isinstance(value, Record) else value


SentenceRecord = _record_class(Sentence)
MentionRecord = _record_class(Mention)
TextSpanRecord = _record_class(TextSpan)
ClaimRecord = _record_class(Claim, ("trigger", "arguments"))
ZoneRecord = _record_class(Zone)
_RECORD_OF: dict[type, type[Record]] = {Sentence: SentenceRecord, Mention: MentionRecord, TextSpan: TextSpanRecord,
                                        Claim: ClaimRecord, Zone: ZoneRecord}


_TEXT_AT = {cls: cls._slots.index("_text") for cls in _RECORD_OF.values() if "_text" in cls._slots}
_TRIGGER_AT, _ARGUMENTS_AT = ClaimRecord._fields.index("trigger"), ClaimRecord._fields.index("arguments")


def as_record(value: Any, source: DocumentText | None = None) -> Any:
    """The record of a sentence, mention, claim or text span model (its spans records too);
    anything else (a record already, a value model) as it is. With the ``source`` text of the
    model's document, a text that is ``source[start:end]`` is read from it (:func:`_text_by_offset`)."""
    cls = _RECORD_OF.get(type(value))
    if cls is None:
        return value
    fields = value.__dict__
    values = list(cls._from_fields(fields))
    at = _TEXT_AT.get(cls)
    if source is not None and at is not None and source[fields["start"]:fields["end"]] == values[at]:
        values[at] = source
    if cls is ClaimRecord:
        values[_TRIGGER_AT] = as_record(values[_TRIGGER_AT], source)
        values[_ARGUMENTS_AT] = [as_record(span, source) for span in values[_ARGUMENTS_AT]]
    return cls(*values)


def as_model(value: Any) -> Any:
    """The model of a record; anything else as it is."""
    return value.model() if isinstance(value, Record) else value


def compact_document(ed: ExtractedDocument) -> ExtractedDocument:
    """``ed`` with its sentences, mentions and claims, and its document's zones (about 30 an
    article, each with its evidence), as records (in place; returned for chaining). Records
    already there are kept, so a document can be compacted again after a stage added models.
    The document's text becomes its :class:`DocumentText`, which the records read theirs from."""
    source = ed.document.text
    if type(source) is not DocumentText:
        source = ed.document.__dict__["text"] = DocumentText(source)
    for fields, names in ((ed.__dict__, ("sentences", "mentions", "claims")), (ed.document.__dict__, ("body", "furniture"))):
        for name in names:
            items = fields[name]
            if any(not isinstance(item, Record) for item in items):
                fields[name] = [as_record(item, source) for item in items]
    return ed


def share_kept_fields_sets(ed: ExtractedDocument) -> ExtractedDocument:
    """After :func:`compact_document`: the models a compacted document still holds (the document
    and its problems, each mention's value, each claim's time and figures) share their sets of set
    fields with their equals (:func:`~crosscheck.models.share_fields_sets`, a third of what the
    parent holds per article). Run on the records' values only, not before compaction on every
    sentence, mention, claim and span model, whose sets the records drop: a walk of about 800
    models an article, 2-3% of the map's CPU, for nothing that is kept. Returned for chaining."""
    share_fields_sets(ed)  # the records in its lists are no models: the walk skips them
    for mention in ed.mentions:
        if isinstance(mention.value, Model):
            share_fields_sets(mention.value)
    for claim in ed.claims:
        if claim.time is not None:
            share_fields_sets(claim.time)
        for figure in claim.figures:
            share_fields_sets(figure)
    return ed
