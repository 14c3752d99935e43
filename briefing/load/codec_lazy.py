"""Records of a warm load checked at load and made on first use (see briefing.load.codec and
briefing.model.base.LazyField): runs of spans (a quote's copies in other sources, events' and positions'
evidence) and a source's regions (read only by the source pane, `check` and the exports)."""

from __future__ import annotations

from collections.abc import Callable
from operator import getitem
from typing import Any

from briefing.load.text_store import readable
from briefing.model import Frozen, Span
from briefing.model.base import Lazy, LazySpans, SpanColumns


class LazyRecords(Lazy):
    """A tuple of records (a source's regions) whose stored values were type-checked at load, the way their
    builder checks them (a cache that does not check out is refused at load, never later), made when the
    field is read."""

    __slots__ = ("build", "values")

    def __init__(self, build: Callable[[list, Any], Frozen], values: tuple[list, ...]) -> None:
        self.build, self.values = build, values

    def realise(self) -> tuple[Frozen, ...]:
        build = self.build
        return tuple([build(values, None) for values in self.values])


class _RunMaker:
    """What makes the records of runs checked at load (see `_Decoder.lazy_spans`): the sources and the maker,
    shared by every such run of one load, not the decoder (its tables are dropped once the load is done)."""

    __slots__ = ("files", "make", "read", "strings", "texts")

    def __init__(self, files: list[str], texts: list[str], make: Any, strings: dict[str, str] | None) -> None:  # noqa: ANN401
        self.files, self.texts, self.make, self.strings = files, texts, make, strings
        #: Per source (its index), its text once a run's columns needed it (None: refused; see `_LazyRun.columns`).
        self.read: dict[int, str | None] = {}


class _LazyRun(LazySpans):
    """A run of spans checked at load, its records made on first use (each span the slice of its source that
    its offsets say, and a span other runs of its chunk hold too one record, as `_Decoder._run` makes them).
    Its sources are read from its columns."""

    __slots__ = ("ends", "indexes", "known", "maker", "shared", "starts")

    def __init__(self, maker: _RunMaker, indexes: tuple[int, ...], starts: tuple[int, ...], ends: tuple[int, ...],
                 shared: tuple[int, ...], known: dict[tuple[int, int, int], Span]) -> None:
        """`shared`: the places of spans other runs of its chunk hold too, made once in `known` (the chunk's)."""
        self.maker, self.indexes, self.starts, self.ends = maker, indexes, starts, ends
        self.shared, self.known = shared, known

    def realise(self) -> tuple[Span, ...]:
        maker, indexes = self.maker, self.indexes
        files, texts, make, strings = maker.files, maker.texts, maker.make, maker.strings
        spans = [make({"source": files[index], "start": start, "end": end, "text": texts[index][start:end]
                       if strings is None else strings.setdefault(t := texts[index][start:end], t)})
                 for index, start, end in zip(indexes, self.starts, self.ends)]
        known = self.known
        for place in self.shared:
            span = spans[place]
            spans[place] = known.setdefault((indexes[place], span.start, span.end), span)
        return tuple(spans)

    def columns(self) -> SpanColumns:
        """As `realise`'s spans read (the same slices; in a source changed since, its notice), no record made.
        Each source's text is read (and checked) once, in the order the spans meet them, as `realise`'s are."""
        maker, indexes, starts, ends = self.maker, self.indexes, self.starts, self.ends
        texts, read = maker.texts, maker.read
        for index in dict.fromkeys(indexes):
            if index not in read:
                read[index] = readable(texts[index])
        wholes = list(map(read.__getitem__, indexes))
        if None in wholes:  # (a source refused: its spans read as its notice)
            wholes = [texts[index] if whole is None else whole for index, whole in zip(indexes, wholes)]
        return SpanColumns(list(map(maker.files.__getitem__, indexes)), starts, ends,
                           list(map(getitem, wholes, map(slice, starts, ends))))

    def files(self) -> tuple[str, ...]:
        files = self.maker.files
        return tuple([files[index] for index in dict.fromkeys(self.indexes)])


class JoinedSpans(LazySpans):
    """Spans in parts, some not made yet (`_LazyRun`s): a kept claim's own spans, then the runs of the copies
    folded into it that a fold state holds (extract/merge_state.py), checked when read and made on first use,
    then (`more`) those a merge folds in after (`extend`). The briefing's encoder writes its runs' columns again
    without making them (`_Encoder.span_run`)."""

    __slots__ = ("more", "parts")

    def __init__(self, parts: tuple, more: list | None = None) -> None:
        """`parts`: tuples of spans and runs not made yet, in order."""
        self.parts = parts
        self.more: list = [] if more is None else more

    @classmethod
    def of(cls, *parts: tuple | LazySpans) -> tuple | JoinedSpans:
        """`parts` in order as one field's spans: the parts of a JoinedSpans among them taken in, empty ones left
        out; a lone tuple as it is."""
        kept: list = []
        for part in parts:
            if isinstance(part, JoinedSpans):
                kept += part.frozen().parts
            elif type(part) is not tuple or part:
                kept.append(part)
        if not kept:
            return ()
        if len(kept) == 1 and type(kept[0]) is tuple:
            return kept[0]
        return cls(tuple(kept))

    def extend(self, spans: tuple) -> None:
        """Spans folded in after the parts (a merge going on: see claims._Merge.add)."""
        self.more.extend(spans)

    def frozen(self) -> JoinedSpans:
        """These spans as they are now, as parts alone (a record's field: the merge may go on extending this)."""
        return JoinedSpans((*self.parts, tuple(self.more))) if self.more else self

    def realise(self) -> tuple[Span, ...]:
        spans: list = []
        for part in self.parts:
            spans += part.realise() if isinstance(part, Lazy) else part
        return tuple(spans + self.more)

    def __len__(self) -> int:
        return len(self.more) + sum(len(part.indexes) if type(part) is _LazyRun else len(part.realise())
                                    if isinstance(part, Lazy) else len(part) for part in self.parts)

    def files(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys([file for part in (*self.parts, self.more) for file in (
            part.files() if isinstance(part, LazySpans) else [span.source for span in part])]))
