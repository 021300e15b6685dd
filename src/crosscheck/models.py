"""The models that pass between stages: ingest -> clean -> extract -> normalise -> compare -> report.

Every stage reads only the models of the stage before it. All offsets are character offsets
into ``Document.text`` (the original decoded text: the file for txt/md, the ``text`` field for
JSON, the extracted text for HTML); ``line`` is 1-based in the original file.
"""

from __future__ import annotations

import bisect
import copy
import typing
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, time
from typing import Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

REPORT_SCHEMA = "crosscheck/report-1"

Granularity = Literal["day", "week", "month", "quarter", "season", "year", "decade", "open"]
TimeModality = Literal["asserted", "expected", "deadline"]
MentionKind = Literal["time", "quantity", "person", "organization", "place"]
# "consistent": values inside ONE source that agree (two hedged counts of one attack); never
# confirmation by a second source, so it is kept apart from "agreement".
FindingKind = Literal["agreement", "variant", "contradiction", "change", "single_source", "internal", "consistent"]
Severity = Literal["error", "warning"]
# Where on the page a stretch of text sits. Extraction reads every zone but "furniture" and
# "byline"; claims and mentions remember their zone so the report can say "(caption)".
ZoneKind = Literal["headline", "standfirst", "byline", "body", "list", "caption", "quote", "furniture"]


# Defaults that need no copy when a model is built from them (pydantic copies the others).
_IMMUTABLE = (type(None), bool, int, float, str, bytes, date, tuple, frozenset)
# Per model class: how ``Model.model_construct`` fills each field, or None to use pydantic's.
_CONSTRUCT_PLANS: dict[type, tuple | None] = {}


def _construct_plan(cls: type) -> tuple | None:
    """How ``Model.model_construct`` fills a ``cls``: (field names, required names, a template
    of every field in order with its immutable default, [(name, maker)] for the fields whose
    default is made fresh each time, the field names in order). None when the class uses what this fast path does not
    handle (aliases, private attributes, post-init), which pydantic's own construct serves."""
    if cls.__private_attributes__ or cls.__pydantic_post_init__ or cls.model_config.get("extra") == "allow":
        return None
    required, template, fresh = set(), {}, []
    for name, field in cls.__pydantic_fields__.items():
        if field.alias not in (None, name) or field.validation_alias not in (None, name):
            return None
        template[name] = field.default
        if field.default_factory is not None:
            if field.default_factory_takes_validated_data:
                return None
            fresh.append((name, field.default_factory))
        elif field.is_required():
            required.add(name)
        elif not isinstance(field.default, _IMMUTABLE):
            fresh.append((name, lambda default=field.default: copy.deepcopy(default)))
    # The set of set fields of a model given every field: one per class, as share_fields_sets
    # would make it (a model's set is copied before a field not in it is set, and none is missing).
    every = _SHARED_FIELDS_SETS.setdefault((cls, frozenset(template)), set(template))
    return frozenset(template), frozenset(required), template, tuple(fresh), tuple(template), every


_new_object = object.__new__
_set_dict = object.__setattr__
# pydantic keeps these in slots of BaseModel: their descriptors set them without attribute lookup.
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__


def _restore(cls: type, values: dict, fields_set: set[str]) -> "Model":
    """A model from its field values and set fields, as pydantic's construct and ``__setstate__``
    leave it; the cache and the process pool unpickle hundreds of models per article."""
    model = _new_object(cls)
    _set_dict(model, "__dict__", values)
    _set_fields_set(model, fields_set)
    _set_extra(model, None)
    _set_private(model, None)
    return model


# ``_restore`` for the compiled builders of other modules (``records``): given every field of a
# class whose ``model_construct_is_plain``, in field order, it builds what model_construct builds.
restore_model = _restore


def model_construct_is_plain(cls: type) -> bool:
    """Whether ``cls.model_construct`` given every field in field order is ``restore_model`` of
    them (its fast path: no aliases, private attributes or post-init)."""
    plan = _CONSTRUCT_PLANS.get(cls)
    if plan is None and cls not in _CONSTRUCT_PLANS:
        plan = _CONSTRUCT_PLANS[cls] = _construct_plan(cls)
    return plan is not None


# Offsets, lines and indexes below this bound are shared on unpickling (see ``_unpickle``).
_SHARED_INT_BOUND = 1 << 16
_shared_ints: list[int] = []


def _unpickle(cls: type, values: dict, fields_set: set[str]) -> "Model":
    """``_restore`` for a model read back from a pickle (the process pool's results, the cache).

    Unpickling gives every int its own object (28 bytes), and the parent of a run holds about
    1,300 of them per article: each span's, mention's, claim's and sentence's start, end, line
    and index, which repeat across models and documents. Ints under ``_SHARED_INT_BOUND`` (the
    offsets of any article under 64K characters) are replaced by one shared object per value,
    about 8% of the memory that holds the extracted documents; values and types are unchanged.
    Strings are shared too while a ``sharing_strings`` block is open.
    """
    shared = _shared_ints or _fill_shared_ints()
    strings = string_table()
    for name, value in values.items():
        if type(value) is int and 0 <= value < _SHARED_INT_BOUND:
            values[name] = shared[value]
        elif type(value) is str and strings is not None and name != "id":
            values[name] = strings.setdefault(value, value)
        elif type(value) is list and value and type(value[0]) is int:  # a line map's newline offsets
            value[:] = [shared[v] if type(v) is int and 0 <= v < _SHARED_INT_BOUND else v for v in value]
    return _restore(cls, values, fields_set)


def shared_int_table() -> list[int]:
    """The shared ints (see ``_unpickle``): the object of a value ``v`` under its length is ``table[v]``."""
    return _shared_ints or _fill_shared_ints()


def shared_int(value: int) -> int:
    """The shared object of a small non-negative int (see ``_unpickle``); other ints as they are."""
    if 0 <= value < _SHARED_INT_BOUND:
        return (_shared_ints or _fill_shared_ints())[value]
    return value


# The string tables of the open ``sharing_strings`` blocks (the innermost is used).
_SHARED_STRINGS: list[dict[str, str]] = []


@contextmanager
def sharing_strings() -> Iterator[None]:
    """While open, the string fields of the models and records unpickled in this process (the
    map's results as the parent receives them, the cache's) are replaced by the first equal
    string met in the block, ids excepted (each is its own).

    Each result is pickled on its own, so every article brought its own copy of the words that
    recur across a run: kinds and roles, zones' evidence, names and places, "last week",
    sentences a wire story shares with its rewrites. That was 20 KB of an article's 145 in the
    parent (the realistic bench corpus). Strings are immutable and equal ones compare and dump
    alike, so nothing else changes. The table is dropped when the block ends: it holds no string
    the run's records do not hold too, and a long-lived process does not keep it.
    """
    _SHARED_STRINGS.append({})
    try:
        yield
    finally:
        _SHARED_STRINGS.pop()


def shared_str(value: str, table: dict[str, str] | None) -> str:
    """The shared object of ``value`` in ``table`` (see ``sharing_strings``), or ``value`` when none is open."""
    return value if table is None else table.setdefault(value, value)


def string_table() -> dict[str, str] | None:
    """The table of the innermost open ``sharing_strings`` block, or None."""
    return _SHARED_STRINGS[-1] if _SHARED_STRINGS else None


def _fill_shared_ints() -> list[int]:
    """The shared ints, made once per process (2.3 MB) when a model is first unpickled in it."""
    _shared_ints.extend(range(_SHARED_INT_BOUND))
    return _shared_ints


# One shared set per model class and combination of set fields (see ``share_fields_sets``).
_SHARED_FIELDS_SETS: dict[tuple[type, frozenset[str]], set[str]] = {}


def share_fields_sets(model: "Model") -> None:
    """Let ``model`` and the models inside it share their sets of set fields with every other
    model of their class that has the same.

    pydantic gives each model its own set of the fields it was given; for the many small
    models of an extraction (spans, mentions, claims) those sets took two thirds of the memory.
    A shared set is copied before a field not in it is assigned (``Model.__setattr__``), so
    each model's ``model_fields_set`` stays its own. Only the fields whose declared type can
    hold a model are walked (:func:`_nested_fields`): an article has about 800 models, and
    looking at every value of each was a tenth of the extract stage's CPU.
    """
    shared_sets, nested_of = _SHARED_FIELDS_SETS, _NESTED_FIELDS
    stack = [model]
    while stack:
        item = stack.pop()
        cls = type(item)
        fields_set = item.__pydantic_fields_set__
        key = (cls, frozenset(fields_set))
        shared = shared_sets.setdefault(key, fields_set)
        if shared is not fields_set:
            _set_fields_set(item, shared)
        nested = nested_of.get(cls)
        if nested is None:
            nested = nested_of[cls] = _nested_fields(cls)
        if not nested:
            continue
        values = item.__dict__
        for name in nested:
            value = values.get(name)
            if isinstance(value, BaseModel):
                stack.append(value)
            elif isinstance(value, list) and value and isinstance(value[0], BaseModel):
                stack.extend(v for v in value if isinstance(v, BaseModel))


# Per model class: the fields :func:`share_fields_sets` walks into.
_NESTED_FIELDS: dict[type, tuple[str, ...]] = {}


def _nested_fields(cls: type) -> tuple[str, ...]:
    """The fields of ``cls`` whose declared type may hold a model, in a list or not."""
    return tuple(name for name, field in cls.__pydantic_fields__.items() if _may_hold_a_model(field.annotation))


def _may_hold_a_model(annotation: Any) -> bool:
    """Whether a value of this declared type can be or contain a model (Any and unknown types can)."""
    if isinstance(annotation, type) and not typing.get_args(annotation):
        return issubclass(annotation, BaseModel) or annotation is object
    origin = typing.get_origin(annotation)
    if origin is Literal:
        return False
    arguments = typing.get_args(annotation)
    if origin is None or not arguments:
        return True  # Any, a forward reference, a type variable: it may
    return any(_may_hold_a_model(argument) for argument in arguments)


class Model(BaseModel):
    """The project's base model: unknown fields are errors.

    Stages validate at their boundaries (rules, input files, the API) and build the many
    records of a run (mentions, claims, spans) with ``model_construct`` from values that
    already have their final types: :meth:`model_construct` and pickling (the cache, the
    process pool) are made cheap here, with the same result as pydantic's own.
    """

    model_config = ConfigDict(extra="forbid")

    @classmethod
    def model_construct(cls, _fields_set: set[str] | None = None, **values: Any):
        try:
            plan = _CONSTRUCT_PLANS[cls]
        except KeyError:
            plan = _CONSTRUCT_PLANS[cls] = _construct_plan(cls)
        if plan is not None and tuple(values) == plan[4]:
            # Every field, in field order (how the extractors build spans and claims): the
            # keyword dict is already the model's dict, and every such model of the class
            # shares one set of set fields.
            return _restore(cls, values, plan[5] if _fields_set is None else _fields_set)
        if plan is None or not plan[0].issuperset(values) or not plan[1].issubset(values):
            return super().model_construct(_fields_set, **values)  # unknown or missing fields: pydantic's rules
        _, _, template, fresh, _, _ = plan
        # The template's copy keeps pydantic's field order; update() keeps each key's place.
        fields = template.copy()
        fields.update(values)
        for name, make in fresh:
            if name not in values:
                fields[name] = make()
        return _restore(cls, fields, set(values) if _fields_set is None else _fields_set)

    def __setattr__(self, name: str, value: Any) -> None:
        fields_set = self.__pydantic_fields_set__
        if name not in fields_set and name in type(self).__pydantic_fields__:
            _set_fields_set(self, set(fields_set))  # the set may be shared: copy it before it grows
        super().__setattr__(name, value)

    def __reduce_ex__(self, protocol):
        if self.__pydantic_private__ or self.__pydantic_extra__:
            return super().__reduce_ex__(protocol)
        return _unpickle, (type(self), self.__dict__, self.__pydantic_fields_set__)


class Problem(Model):
    """A problem with an input or rule file, kept as data; only the CLI renders it."""

    path: str
    line: int | None = None
    column: int | None = None
    code: str
    message: str
    severity: Severity = "warning"

    def render(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.code} {self.message}"


class Span(Model):
    start: int
    end: int


class Zone(Span):
    """A stretch of a document's text with the page zone it belongs to and why it was put there."""

    kind: ZoneKind = "body"
    evidence: str = ""


class TextSpan(Span):
    """A span with its text, e.g. the words that made a claim (its trigger) or one of its arguments."""

    text: str
    role: str | None = None
    mention: str | None = None


class LineMap(Model):
    """Maps character offsets of a text to 1-based lines of the file it came from.

    For text files every newline counts; for a JSON Lines record the whole text sits on the
    record's line (``fixed_line``).
    """

    first_line: int = 1
    fixed_line: int | None = None
    newline_offsets: list[int] = Field(default_factory=list)

    @classmethod
    def for_text(cls, text: str, first_line: int = 1) -> "LineMap":
        return cls(first_line=first_line, newline_offsets=[i for i, ch in enumerate(text) if ch == "\n"])

    def line_of(self, offset: int) -> int:
        if self.fixed_line is not None:
            return self.fixed_line
        return self.first_line + bisect.bisect_left(self.newline_offsets, offset)


class SourceText(Model):
    """The decoded text of one input (a file, or one record of a JSON file) and where it came from."""

    id: str
    path: str
    format: Literal["text", "markdown", "html", "json"]
    encoding: str
    text: str
    lines: LineMap

    def line_of(self, offset: int) -> int:
        return self.lines.line_of(offset)


class RawDocument(SourceText):
    """An input before any cleaning, with the metadata the input itself gave (JSON fields, HTML meta)."""

    given_title: str | None = None
    given_published: date | None = None
    # The clock time of publication the input gave with its date ("2026-11-24T13:10:00+01:00"
    # -> 13:10, as the outlet wrote it: no time zone is applied).
    given_published_time: time | None = None
    given_outlet: str | None = None
    given_url: str | None = None
    given_authors: list[str] = Field(default_factory=list)


class Document(SourceText):
    """A cleaned article: metadata plus the spans of ``text`` that are article body."""

    title: str | None = None
    published: date | None = None
    # The clock time the page prints with its publication date ("mercredi 14 octobre 2026 à
    # 07 h 30", "October 14, 2026 7:05 PM CEST"), as written: two reports of one day are told
    # apart by it (a toll of three in the morning, four in the evening).
    published_time: time | None = None
    published_evidence: str | None = None
    # "MM-DD" of a dateline without a year ("JEDDAH, Nov 4 (Gulf Wire) -"), while ``published``
    # is unknown; the pipeline infers the year from the other articles of the run.
    published_partial: str | None = None
    outlet: str | None = None
    credit: str | None = None
    authors: list[str] = Field(default_factory=list)
    url: str | None = None
    # ISO 639-1 code of the document's main language ("en", "fr"), None when undetermined.
    language: str | None = None
    # Text extraction reads (body, headline, standfirst, list, caption, quote), in text order.
    body: list[Zone] = Field(default_factory=list)
    # Text it does not read (furniture, byline), with the evidence of each choice.
    furniture: list[Zone] = Field(default_factory=list)

    def body_text(self, kinds: tuple[str, ...] = ("body", "list", "quote")) -> str:
        """The article text proper: by default its paragraphs, list items and quotes, without the
        headline, standfirst and captions that extraction also reads."""
        return "\n\n".join(self.text[s.start : s.end] for s in self.body if s.kind in kinds)


class Sentence(Model):
    """One sentence of an article body; ``index`` is its position in the document."""

    document: str
    index: int
    paragraph: int
    start: int
    end: int
    line: int
    text: str
    zone: ZoneKind = "body"


class TimeValue(Model):
    """A normalised time: inclusive ``start``/``end`` days and the granularity that was said."""

    start: date | None = None
    end: date | None = None
    granularity: Granularity
    modality: TimeModality = "asserted"
    part: Literal["early", "mid", "late"] | None = None
    anchor: str = "published"
    invalid: str | None = None


class QuantityValue(Model):
    """A figure as an interval: ``low``..``high`` of ``unit`` (None = unbounded)."""

    low: float | None = None
    high: float | None = None
    unit: str
    hedge: str | None = None
    exact: str
    noun: str | None = None
    event: str | None = None


class EntityValue(Model):
    """The entity a name mention was linked to, with the title used at that mention."""

    entity: str
    canonical: str
    type: Literal["person", "organization", "place"]
    title: str | None = None
    role: str | None = None
    country: str | None = None
    adjective: bool = False


MentionValue = Union[TimeValue, QuantityValue, EntityValue]


class Mention(Model):
    id: str = ""
    document: str
    kind: MentionKind
    text: str
    start: int
    end: int
    line: int
    sentence: int
    value: MentionValue
    zone: ZoneKind = "body"


class Claim(Model):
    """What one sentence asserts about one event or fact."""

    id: str = ""
    document: str
    kind: str
    text: str
    start: int
    end: int
    line: int
    sentence: int
    mentions: list[str] = Field(default_factory=list)
    participants: list[str] = Field(default_factory=list)
    time: TimeValue | None = None
    place: str | None = None
    figures: list[QuantityValue] = Field(default_factory=list)
    attribution: str | None = None
    modality: Literal["asserted", "expected", "planned", "denied", "reported", "possible"] = "asserted"
    polarity: Literal["positive", "negative"] = "positive"
    zone: ZoneKind = "body"
    # The lemma of the word that made the claim ("arrest", "check into"), its span, and the
    # spans of its arguments (role "agent", "patient", "time", "place", "figure", ...).
    predicate: str | None = None
    trigger: TextSpan | None = None
    arguments: list[TextSpan] = Field(default_factory=list)


class Quote(Model):
    """A source's words with where to find them again (file, line, offsets, context)."""

    document: str
    path: str
    line: int
    start: int
    end: int
    text: str
    prefix: str = ""
    suffix: str = ""


class FindingValue(Model):
    """One value of a finding: what one document says, and on which line when a finding holds
    two statements of one document (figures of one attack that agree or clash). Every kind of
    finding lists its values this way, a spelling variant included. A figure's value also names
    its measure ("troops withdrawn") and the time it holds as of ("2024-07-08", "before
    2024-09-16"); other values leave both empty."""

    document: str
    value: str
    line: int | None = None
    measure: str | None = None
    as_of: str | None = None


class Finding(Model):
    id: str = ""
    fingerprint: str
    kind: FindingKind
    subject: str
    summary: str
    documents: list[str] = Field(default_factory=list)
    claims: list[str] = Field(default_factory=list)
    values: list[FindingValue] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    preferred: str | None = None


class SourceGroup(Model):
    """Documents counted as one source (copies or rewrites of one wire story)."""

    documents: list[str]
    reason: str


class DocumentSummary(Model):
    id: str
    path: str
    title: str | None
    published: date | None
    outlet: str | None
    credit: str | None
    authors: list[str]
    language: str | None = None


class Report(Model):
    schema_: str = Field(default=REPORT_SCHEMA, alias="schema")
    documents: list[DocumentSummary] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    source_groups: list[SourceGroup] = Field(default_factory=list)
    problems: list[Problem] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    _extracted: list["ExtractedDocument"] = PrivateAttr(default_factory=list)

    def attach_documents(self, docs: list["ExtractedDocument"]) -> None:
        """Keep the full extracted documents for in-process consumers (explain, HTML, verify)."""
        self._extracted = docs

    @property
    def extracted(self) -> list["ExtractedDocument"]:
        return self._extracted


class ExtractedDocument(Model):
    """A document with everything the extract stage read from it."""

    document: Document
    sentences: list[Sentence] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    # Warnings about the document's text found while extracting (an overlong sentence cut, W204);
    # the pipeline moves them into the report's problems.
    problems: list[Problem] = Field(default_factory=list)
