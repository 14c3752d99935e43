"""The cache's encoding: a Briefing as plain data for `marshal` (lists and tuples of strings and numbers),
and back, part by part (see briefing.load.cache for the file, its key and when it is trusted).

Records are rebuilt with `Frozen.trusted`, no validation; strings repeated across records (actor ids,
rules, file names) are stored once and shared again when read. A span's text is not stored when it is
the slice of its source's text that its offsets say (nearly always); sources' texts are not stored at
all (the load has just read them). Mentions are stored as the columns the Briefing keeps them in
(briefing.model.mentions), read back without making a record. A quote's copies in other sources (`also`,
nearly half of a large folder's spans) and events' and positions' evidence (nearly all the rest) are checked
at load like the rest and made on first use (`_LazyRun`, briefing.model.base.LazyField). The payload is a
series of parts: the file names, each collection in chunks of at most CHUNK records, the mention columns.
The extraction stages use the same encoder to send records back from worker processes. The models, their
tags and the per-model builders and flatteners are in codec_models.py.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from enum import Enum
from operator import gt
from typing import Any

import briefing.model as model
from briefing.load.codec_models import (  # noqa: F401 - _NAMES, _SPAN_RUN and the rest: used by name from here
    _BUILDERS,
    _CHECKERS,
    _COLLECTIONS,
    _DATE,
    _FLATTENERS,
    _MAKERS,
    _MENTION_PARTS,
    _MODELS,
    _NAMES,
    _SPAN,
    _SPAN_RUN,
    _SPAN_SLICE,
    _TAG,
    CHUNK,
)
from briefing.model import Briefing, Frozen, Mentions, Span
from briefing.load.codec_lazy import JoinedSpans, LazyRecords, _LazyRun, _RunMaker
from briefing.model.base import Lazy

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
        if kind is LazyRecords:  # (a source's regions a load left unmade: as stored, checked when read)
            return value.values
        if isinstance(value, Lazy):
            return self.value(value.realise())
        return _FLATTENERS[_TAG[kind]](value.__dict__, self)  # a model: [tag, field values...]

    def span_run(self, spans: tuple) -> tuple | list:
        """A field's spans: with `runs`, when each is the slice of a source of this encoding that its offsets
        say (nearly always) and none was written alone before in this chunk, as one run of columns
        [_SPAN_RUN, file indexes, starts, ends], read back in one tight loop (`end_chunk` adds the places of
        spans other runs hold too); else (or when empty) as a tuple of single spans."""
        if type(spans) is JoinedSpans and self.runs:  # (a fold's claim: the copies' runs as the state held them)
            plain = self._joined_columns(spans)
            if plain is not None:
                return plain
        if isinstance(spans, Lazy):  # (a record of a warm load whose spans were never asked for)
            spans = spans.realise()
        plain = self._columns(spans, self.spans) if self.runs else None
        if plain is None:
            return self.value(spans)
        ids = [id(span) for span in spans]
        count = self._run_ids
        for each in ids:
            count[each] = count.get(each, 0) + 1
        self._runs.append((plain, ids))
        return plain

    def lone_run(self, spans: tuple) -> tuple | list:
        """`spans` as one run of columns (see `span_run`) marshalled on its own, so with no places shared with
        other runs: when each is the slice of a source of this encoding that its offsets say, else (or when
        empty) as a tuple of single spans."""
        plain = self._columns(spans, {})
        return plain if plain is not None else self.value(spans)

    def _joined_columns(self, spans: JoinedSpans) -> list | None:
        """`spans` as one run of columns, its runs not made yet as their columns (each span the slice of its
        source that its offsets say, checked when read: so here too, its source's text being this encoding's),
        its made parts as `_columns` takes them; None when a part cannot be (then made and encoded as any)."""
        indexes: list[int] = []
        starts: list[int] = []
        ends: list[int] = []
        for part in spans.frozen().parts:
            if type(part) is _LazyRun:
                files, texts, index_of = part.maker.files, part.maker.texts, self.file_index
                if any(self.texts.get(files[at]) is not texts[at] for at in set(part.indexes)):
                    return None
                indexes += [index_of[files[at]] for at in part.indexes]
                starts += part.starts
                ends += part.ends
                continue
            plain = self._columns(part, self.spans) if type(part) is tuple else None
            if plain is None:
                return None
            indexes += plain[1]
            starts += plain[2]
            ends += plain[3]
        return [_SPAN_RUN, tuple(indexes), tuple(starts), tuple(ends)]

    def _columns(self, spans: tuple, alone: dict) -> list | None:
        """`spans` as [_SPAN_RUN, file indexes, starts, ends] when each is a Span not in `alone` and the slice of
        a source of this encoding that its offsets say; else (or when empty) None."""
        if not spans:
            return None
        index_of, texts = self.file_index.get, self.texts
        indexes, starts, ends = [], [], []
        for span in spans:
            if type(span) is not Span or id(span) in alone:
                return None
            index = index_of(span.source)
            if index is None or texts[span.source][span.start:span.end] != span.text:
                return None
            indexes.append(index)
            starts.append(span.start)
            ends.append(span.end)
        return [_SPAN_RUN, tuple(indexes), tuple(starts), tuple(ends)]

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
        #: What the runs left to be made on first use need (made with the first such run), and the spans those of
        #: this chunk share when made (a new dict with each chunk: see `_run`'s places held by other runs too).
        self.lazy: _RunMaker | None = None
        self.lazy_known: dict[tuple[int, int, int], Span] = {}

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
        indexes, starts, ends = self._checked_run(values)
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

    def _checked_run(self, values: list) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
        """A run's columns (file indexes, starts, ends), each span checked inside its source; raises if not."""
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
        return indexes, starts, ends

    def lazy_spans(self, values: tuple | list) -> tuple[Span, ...] | _LazyRun:
        """A field's spans made on first use (a quote's copies in other sources, events' and positions'
        evidence: codec_models._LAZY): a run is checked now, as `spans` would, its places shared with other
        runs too (a cache that does not check out is refused at load, never later), and its records are made
        when the field is read (briefing.model.base.LazyField); anything else is made now."""
        if type(values) is not list:
            return self.spans(values)
        if self.lazy is None:
            self.lazy = _RunMaker(self.files, self.texts, self.span_of, self.strings)
        indexes, starts, ends = self._checked_run(values)
        shared = values[4] if len(values) == 5 else ()
        if type(shared) is not tuple or shared and (min(array("q", shared)) < 0 or max(shared) >= len(indexes)):
            raise ValueError("a run's shared spans out of place")
        return _LazyRun(self.lazy, indexes, starts, ends, shared, self.lazy_known)

    def lazy_records(self, values: Any, tag: int) -> tuple[()] | LazyRecords:  # noqa: ANN401
        """A field's records made on first use (a source's regions: codec_models._LAZY_RECORDS): each is
        checked now as its builder checks it (kind, length, the types of its fields; a cache that does not
        check out is refused at load, never later) and made when the field is read."""
        if type(values) is not tuple:
            raise ValueError("not a tuple of records")
        if not values:
            return ()
        check = _CHECKERS[tag]
        for each in values:
            if type(each) is not list or not each or each[0] != tag:
                raise ValueError("not a record of its kind")
            check(each)
        return LazyRecords(_BUILDERS[tag], values)

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
            decoder.lazy_known = {}
            if type(chunk) is not tuple:
                raise ValueError(f"bad {name}")
            items += chunk
        fields[name] = tuple(items)
    if next(parts, _END) is not _END:
        raise ValueError("parts left over")
    return Briefing.model_construct(data_dir=data_dir, **fields)
