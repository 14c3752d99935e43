"""The cache's encoding: a Briefing as plain data for `marshal` (lists and tuples of strings and numbers),
and back, part by part (see briefing.load.cache for the file, its key and when it is trusted).

Records are rebuilt with `Frozen.trusted`, no validation; strings repeated across records (actor ids,
rules, file names) are stored once and shared again when read. A span's text is not stored when it is
the slice of its source's text that its offsets say (nearly always); sources' texts are not stored at
all (the load has just read them). Mentions are stored as the columns the Briefing keeps them in
(briefing.model.mentions), read back without making a record. The payload is a series of parts: the file
names, each collection in chunks of at most CHUNK records, the mention columns. The extraction stages use
the same encoder to send records back from worker processes.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Callable, Iterator
from enum import Enum
from operator import gt
from types import UnionType
from typing import Any, Literal, Union, get_args, get_origin

import briefing.model as model
from briefing.model import Briefing, Frozen, Mentions, Source, Span

#: Parts of the mentions: their head and four columns (see Mentions.columns).
_MENTION_PARTS = 5
#: Records per stored chunk of a collection.
CHUNK = 4096

_MODELS: tuple[type[Frozen], ...] = (
    Span, model.PartialDate, model.Region, model.SourcePart, Source, model.Role, model.Alias, model.Actor,
    model.Issue, model.Event, model.Position, model.Quote, model.Discrepancy, model.UnknownName,
    model.Problem, model.Side,
)
_TAG = {cls: index for index, cls in enumerate(_MODELS)}
_NAMES = [tuple(cls.model_fields) for cls in _MODELS]
#: Per model, the fields holding an enum (stored as its value) with the enum to rebuild it.
_ENUMS = [
    {name: field.annotation for name, field in cls.model_fields.items()
     if isinstance(field.annotation, type) and issubclass(field.annotation, Enum)}
    for cls in _MODELS
]
_SPAN, _SPAN_SLICE, _SPAN_RUN, _DATE = _TAG[Span], -1, -2, _TAG[model.PartialDate]
_MAKERS = [cls.trusted_maker() for cls in _MODELS]
_COLLECTIONS = ("sources", "actors", "issues", "events", "positions", "quotes", "discrepancies", "mentions",
                "problems", "unknown_names", "sides")


# ---- encoding ------------------------------------------------------------------------------------
_PLAIN = frozenset({str, int, float, bool, type(None)})


class _Encoder:
    """Records as plain data. A span that several records share (the sentence of a candidate event and of
    its positions) is encoded once, so marshal writes it once and the decoder makes one record again."""

    def __init__(self, texts: dict[str, str], runs: bool = False) -> None:
        """`runs`: a record's spans as one run of columns where they can be (see `span_run`): for the
        whole briefing (`encode`), which calls `end_chunk` after each chunk."""
        self.texts = texts
        self.files = list(texts)
        self.file_index = {file: index for index, file in enumerate(self.files)}
        #: id of a span → its plain form (kept for one chunk: the spans are alive in the briefing meanwhile).
        self.spans: dict[int, list] = {}
        self.runs = runs
        #: This chunk's runs with the ids of their spans, and how many times each span id occurs in them.
        self._runs: list[tuple[list, list[int]]] = []
        self._run_ids: dict[int, int] = {}

    def value(self, value: Any) -> Any:  # noqa: ANN401
        kind = type(value)
        if kind in _PLAIN:
            return value
        if kind is tuple:
            if not value or type(value[0]) is str:
                return value
            return tuple([self.value(v) for v in value])
        if kind is Span:
            return self.span(value)
        if isinstance(value, Enum):
            return value.value
        return _FLATTENERS[_TAG[kind]](value.__dict__, self)  # a model: [tag, field values...]

    def span_run(self, spans: tuple) -> tuple | list:
        """A field's spans: with `runs`, when each is the slice of a source of this encoding that its offsets
        say (nearly always) and none was written alone before in this chunk, as one run of columns
        [_SPAN_RUN, file indexes, starts, ends], read back in one tight loop (`end_chunk` adds the places of
        spans other runs hold too); else (or when empty) as a tuple of single spans."""
        if not self.runs or not spans:
            return self.value(spans)
        index_of, texts, alone = self.file_index.get, self.texts, self.spans
        indexes, starts, ends = [], [], []
        for span in spans:
            if type(span) is not Span or id(span) in alone:
                return self.value(spans)
            index = index_of(span.source)
            if index is None or texts[span.source][span.start:span.end] != span.text:
                return self.value(spans)
            indexes.append(index)
            starts.append(span.start)
            ends.append(span.end)
        plain = [_SPAN_RUN, tuple(indexes), tuple(starts), tuple(ends)]
        ids = [id(span) for span in spans]
        count = self._run_ids
        for each in ids:
            count[each] = count.get(each, 0) + 1
        self._runs.append((plain, ids))
        return plain

    def end_chunk(self) -> None:
        """A chunk is encoded: each run whose spans other runs of it hold too (the sentence of several
        positions) gets their places, so the decoder makes each such span one record again."""
        count = self._run_ids
        for plain, ids in self._runs:
            shared = tuple([place for place, each in enumerate(ids) if count[each] > 1])
            if shared:
                plain.append(shared)
        self._runs.clear()
        count.clear()
        self.spans.clear()

    def span(self, span: Span) -> list:
        plain = self.spans.get(id(span))
        if plain is None:
            index = self.file_index.get(span.source)
            if index is not None and self.texts[span.source][span.start:span.end] == span.text:
                plain = [_SPAN_SLICE, index, span.start, span.end]
            else:
                plain = [_SPAN, span.source, span.start, span.end, span.text]
            self.spans[id(span)] = plain
        return plain

def encode(briefing: Briefing) -> Iterator[Any]:
    """The payload as plain data, part by part: the file names, then each collection as its number of
    chunks and the chunks (at most CHUNK records each: one chunk's plain data in memory at a time), the
    mentions as their columns."""
    encoder = _Encoder({s.file: s.text for s in briefing.sources}, runs=True)
    yield encoder.files
    for name in _COLLECTIONS:
        if name == "mentions":
            yield from briefing.mentions.columns()
            continue
        items = getattr(briefing, name)
        yield (len(items) + CHUNK - 1) // CHUNK
        for at in range(0, len(items), CHUNK):
            part = encoder.value(items[at:at + CHUNK])
            encoder.end_chunk()
            yield part
            del part


def _holds_model(annotation: Any) -> bool:  # noqa: ANN401
    if isinstance(annotation, type) and issubclass(annotation, Frozen):
        return True
    return any(_holds_model(arg) for arg in get_args(annotation))


def _field_kind(annotation: Any) -> str:  # noqa: ANN401
    """How a field is read back: 'span' (a Span, or None), 'spans' (a tuple of them), 'date' (a PartialDate,
    or None), 'value' (anything else holding a model), 'plain'."""
    args = [arg for arg in get_args(annotation) if arg is not type(None)]
    if annotation is Span or args == [Span] and get_origin(annotation) is not tuple:
        return "span"
    if get_origin(annotation) is tuple and args[:1] == [Span]:
        return "spans"
    if annotation is model.PartialDate or args == [model.PartialDate]:
        return "date"
    return "value" if _holds_model(annotation) else "plain"


_SIMPLE = {str: str, int: int, float: float, bool: bool, type(None): type(None)}


def _plain_types(annotation: Any) -> frozenset | None:  # noqa: ANN401
    """The Python types a stored plain field may have (a record read back is type-checked against them:
    a cache must not put a number where the dashboard draws text), or None when not a simple field."""
    if annotation in _SIMPLE:
        return frozenset({annotation, int} if annotation is float else {annotation})
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Literal:
        return frozenset(type(arg) for arg in args)
    if origin is tuple:
        return frozenset({tuple})
    if args and origin in (Union, UnionType):
        found: set = set()
        for arg in args:
            types = _plain_types(arg)
            if types is None:
                return None
            found |= types
        return frozenset(found)
    return None


def _builder(tag: int) -> Callable[[list, _Decoder], Frozen]:
    """`build(values, decoder)`: one model from its stored [tag, field values...], written out per model (no
    loop over fields, no type tests on plain ones, spans and dates read by their own functions): most of a
    warm load is this."""
    cls = _MODELS[tag]
    items = []
    for index, name in enumerate(_NAMES[tag], start=1):
        kind = _field_kind(cls.model_fields[name].annotation)
        if cls is Source and name == "text":
            items.append(f"{name!r}: d.text_of[v[{_NAMES[tag].index('file') + 1}]]")
        elif name in _ENUMS[tag]:
            items.append(f"{name!r}: enums[{name!r}](v[{index}])")
        elif kind != "plain":
            items.append(f"{name!r}: d.{kind}(v[{index}])")
        elif name == "rule":  # a few dozen rules, each written on thousands of records: one string each
            items.append(f"{name!r}: intern(v[{index}])")
        else:
            items.append(f"{name!r}: v[{index}]")
    checks = []
    allowed: dict[str, frozenset] = {}
    for index, name in enumerate(_NAMES[tag], start=1):
        annotation = cls.model_fields[name].annotation
        types = _plain_types(annotation)
        # (spans are checked as they are read: a tuple of single spans, or one run of them as a list)
        if types is not None and not (cls is Source and name == "text") and _field_kind(annotation) != "spans":
            allowed[f"t{index}"] = types
            checks.append(f"    if type(v[{index}]) not in t{index}:\n"
                          f"        raise TypeError('{cls.__name__}.{name}: ' + type(v[{index}]).__name__)\n")
    code = (f"def build(v, d):\n"
            f"    if len(v) != {len(_NAMES[tag]) + 1}:\n"
            f"        raise ValueError('record of the wrong length')\n"
            + "".join(checks) +
            f"    return make({{{', '.join(items)}}})\n")
    scope: dict[str, Any] = {"make": _MAKERS[tag], "enums": _ENUMS[tag], "intern": sys.intern, **allowed}
    exec(code, scope)  # noqa: S102 - code built above from our own models' field names
    return scope["build"]


_BUILDERS = [_builder(tag) for tag in range(len(_MODELS))]


def _flattener(tag: int) -> Callable[[dict[str, Any], _Encoder], list]:
    """`flatten(fields, encoder)`: a model's [tag, field values...] as stored, written out per model."""
    cls = _MODELS[tag]
    items = [str(tag)]
    for name in _NAMES[tag]:
        if cls is Source and name == "text":
            items.append("None")  # the load has the text: not stored
        elif name in _ENUMS[tag]:
            items.append(f"f[{name!r}].value")
        elif _field_kind(cls.model_fields[name].annotation) == "spans":
            items.append(f"e.span_run(f[{name!r}])")
        elif _holds_model(cls.model_fields[name].annotation):
            items.append(f"e.value(f[{name!r}])")
        else:
            items.append(f"f[{name!r}]")
    scope: dict[str, Any] = {}
    exec(f"def flatten(f, e):\n    return [{', '.join(items)}]\n", scope)  # noqa: S102 - see _builder
    return scope["flatten"]


_FLATTENERS = [_flattener(tag) for tag in range(len(_MODELS))]


class _Decoder:
    """Records from plain data: a span encoded once for several records is one record again, each distinct
    date one record (tens of thousands of quotes and positions share a few hundred), and each offset one
    int (a text's offsets repeat across sources)."""

    def __init__(self, files: list[str], texts: dict[str, str], shared: _Decoder | None = None) -> None:
        """`shared`: a decoder whose dates and offsets this one shares (one per source of an extraction)."""
        self.files = files
        self.texts = [texts[file] for file in files]
        self.lengths = [len(text) for text in self.texts]
        self.text_of = texts
        self.span_of = _MAKERS[_TAG[Span]]
        self.dates: dict[tuple, model.PartialDate] = {} if shared is None else shared.dates
        self.offsets: dict[int, int] = {} if shared is None else shared.offsets
        #: id of a span's plain form, or (file index, start, end) of one in a run → its record (for one chunk,
        #: whose plain data is alive meanwhile).
        self.read_spans: dict[int | tuple[int, int, int], Span] = {}
        #: When a dict (extraction's records from its workers): each distinct span text one string, however
        #: many sources carry it (the copies of a syndicated article repeat their sentences word for word).
        self.strings: dict[str, str] | None = None if shared is None else shared.strings

    def value(self, value: Any) -> Any:  # noqa: ANN401
        kind = type(value)
        if kind is list:
            return self.record(value)
        if kind is tuple and value and type(value[0]) is list:
            record = self.record
            return tuple([record(v) for v in value])
        return value

    def record(self, values: list) -> Frozen:
        tag = values[0]
        if tag == _SPAN_SLICE:
            return self.span(values)
        if tag == _DATE:
            return self.date(values)
        return _BUILDERS[tag](values, self)

    def span(self, values: list | None) -> Span | None:
        if values is None:
            return None
        span = self.read_spans.get(id(values))
        if span is None:
            if values[0] != _SPAN_SLICE:
                return self._own_text_span(values)
            _tag, index, start, end = values
            if not 0 <= start <= end <= len(self.texts[index]) or index < 0:
                raise ValueError(f"a span [{start}, {end}) outside its source")
            offset = self.offsets.setdefault  # one int object per offset value, not two per span
            text = self.texts[index][start:end]
            if self.strings is not None:
                text = self.strings.setdefault(text, text)
            span = self.read_spans[id(values)] = self.span_of({
                "source": self.files[index], "start": offset(start, start), "end": offset(end, end),
                "text": text})
        return span

    def _own_text_span(self, values: list) -> Span:
        """A span stored with its own text: believed only if it lies inside a source of this load and its
        text is that source's text there (a cache cannot make a source say what it does not)."""
        span = _BUILDERS[values[0]](values, self)
        if type(span) is not Span:
            raise ValueError("not a span")
        text = self.text_of.get(span.source)
        if text is None or type(span.start) is not int or type(span.end) is not int \
                or not 0 <= span.start <= span.end <= len(text) or text[span.start:span.end] != span.text:
            raise ValueError(f"a span of {span.source!r} that is not its source's text")
        return span

    def spans(self, values: tuple | list) -> tuple[Span, ...]:
        if type(values) is list:
            return self._run(values)
        span = self.span
        return tuple([span(v) for v in values])

    def _run(self, values: list) -> tuple[Span, ...]:
        """A run of spans stored as columns (see _Encoder.span_run), each checked inside its source."""
        if len(values) not in (4, 5) or values[0] != _SPAN_RUN:
            raise ValueError("not a run of spans")
        indexes, starts, ends = values[1:4]
        if type(indexes) is not tuple or type(starts) is not tuple or type(ends) is not tuple \
                or not len(indexes) == len(starts) == len(ends) or not indexes or min(indexes) < 0:
            raise ValueError("a run of spans of the wrong shape")
        # Checked in C, a run at a time: whole numbers (array() refuses anything else), each span inside its source.
        array("q", starts), array("q", ends)
        lengths = self.lengths
        if min(starts) < 0 or any(map(gt, starts, ends)) or any(map(gt, ends, map(lengths.__getitem__, indexes))):
            raise ValueError("a span outside its source")
        files, texts, make = self.files, self.texts, self.span_of
        offset = self.offsets.setdefault  # one int object per offset value
        strings = self.strings  # (each slice taken once: interned, where asked, as it is made)
        spans = [make({"source": files[index], "start": offset(start, start), "end": offset(end, end), "text":
                       texts[index][start:end] if strings is None else strings.setdefault(t := texts[index][start:end], t)})
                 for index, start, end in zip(indexes, starts, ends)]
        if len(values) == 5:  # spans other runs of this chunk hold too: one record each (by file and offsets)
            known = self.read_spans  # (cleared with each chunk)
            for place in values[4]:
                span = spans[place]
                spans[place] = known.setdefault((indexes[place], span.start, span.end), span)
        return tuple(spans)

    def date(self, values: list | None) -> model.PartialDate | None:
        if values is None:
            return None
        key = tuple(values)
        date = self.dates.get(key)
        if date is None:
            if values[0] != _DATE:
                raise ValueError("not a date")
            # Checked (a month 13 or a 30 February raises): a few hundred distinct dates in a folder.
            date = self.dates[key] = model.PartialDate.model_validate(_BUILDERS[_DATE](values, self).__dict__)
        return date


_END = object()


def decode(parts: Iterator[Any], texts: dict[str, str], data_dir: str) -> Briefing:
    """The Briefing from the plain data `encode` gave, part by part."""
    files = next(parts)
    if type(files) is not list or len(files) != len(texts) or set(files) != set(texts):
        raise ValueError("sources differ")
    decoder = _Decoder(files, texts)
    fields: dict[str, Any] = {}
    for name in _COLLECTIONS:
        if name == "mentions":
            fields[name] = Mentions.from_columns([next(parts) for _part in range(_MENTION_PARTS)], texts)
            continue
        chunks = next(parts)
        if type(chunks) is not int:
            raise ValueError(f"bad {name}")
        items: list = []
        for _chunk in range(chunks):
            chunk = decoder.value(next(parts))
            decoder.read_spans.clear()
            if type(chunk) is not tuple:
                raise ValueError(f"bad {name}")
            items += chunk
        fields[name] = tuple(items)
    if next(parts, _END) is not _END:
        raise ValueError("parts left over")
    return Briefing.model_construct(data_dir=data_dir, **fields)
