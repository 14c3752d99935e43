"""A briefing's actor mentions, stored as columns and made into `Mention` records only when asked for.

A folder of 10,000 articles has ~450,000 mentions; as records (a `Mention` and its `Span`, two objects and
two dicts) they took ~650 bytes each. Here a mention is three 4-byte integers (start, end, and a label:
the actor, alias, score, origin and rule it shares with every other mention of that spelling and rule);
rows are grouped by source, in source order, and sorted by start within a source (stably: equal starts keep
the order they were added in), so one source's mentions are a slice. The text of a mention is the slice of
its source's text that its offsets say; a text that is not (only for mentions built from records without
their sources' texts) is kept beside the row.
"""

from __future__ import annotations

import bisect
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, overload

from pydantic_core import core_schema

from briefing.model.records import Mention, Span

#: 4-byte unsigned offsets and indexes (every platform Python runs on gives 'I' four bytes).
_INT = "I" if array("I").itemsize >= 4 else "L"
#: A label: (actor, alias, score, origin, rule).
Label = tuple[str, str, float, str, str]


class Mentions(Sequence[Mention]):
    """The mentions of a briefing: an immutable sequence of `Mention`, by source then by offset."""

    __slots__ = ("_by_actor", "_counts", "_end", "_file_index", "_files", "_first", "_label", "_labels", "_said",
                 "_start", "_texts")

    def __init__(self, files: Sequence[str], texts: Sequence[str | None], first: array, start: array, end: array,
                 label: array, labels: Sequence[Label], said: dict[int, str] | None = None) -> None:
        """Columns as `MentionsBuilder.build` or the cache makes them: `first[i]` is the first row of
        `files[i]` (and `first[-1]` the number of rows), `texts[i]` that file's text (None: every row of it
        is in `said`)."""
        if not (len(files) == len(texts) == len(first) - 1 and first[-1] == len(start) == len(end) == len(label)):
            raise ValueError("mention columns of different lengths")
        if label and max(label) >= len(labels):
            raise ValueError("mention label out of range")
        self._files = tuple(files)
        self._texts = tuple(texts)
        self._first, self._start, self._end, self._label = first, start, end, label
        self._labels = tuple(labels)
        self._said = said or {}
        self._file_index: dict[str, int] | None = None
        self._by_actor: dict[str, array] | None = None
        self._counts: Counter[tuple[str | None, str | None]] | None = None

    @classmethod
    def of(cls, mentions: Iterable[Mention], texts: Mapping[str, str] | None = None) -> Mentions:
        """The store of some `Mention` records; `texts` (file → text) spares storing texts that are slices."""
        builder = MentionsBuilder(texts or {})
        for mention in mentions:
            builder.add_mention(mention)
        return builder.build()

    # ---- the sequence ------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._start)

    @overload
    def __getitem__(self, index: int) -> Mention: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Mention, ...]: ...
    def __getitem__(self, index: int | slice) -> Mention | tuple[Mention, ...]:
        if isinstance(index, slice):
            return tuple(self._mention(row) for row in range(*index.indices(len(self))))
        row = index + len(self) if index < 0 else index
        if not 0 <= row < len(self):
            raise IndexError("mention index out of range")
        return self._mention(row)

    def __iter__(self) -> Iterator[Mention]:
        first = self._first
        for file_index in range(len(self._files)):
            for row in range(first[file_index], first[file_index + 1]):
                yield self._mention(row, file_index)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Mentions):
            return NotImplemented
        if len(self) != len(other):
            return False
        if (self._files, self._first, self._start, self._end, self._label, self._labels, self._said) == \
                (other._files, other._first, other._start, other._end, other._label, other._labels, other._said) \
                and all(a is b or a == b for a, b in zip(self._texts, other._texts, strict=True)):
            return True
        return all(a == b for a, b in zip(self, other, strict=True))

    def __hash__(self) -> int:
        # Consistent with equality (which compares the records): the length and the first and last record.
        return hash((len(self), self[0], self[-1])) if len(self) else hash(())

    def __repr__(self) -> str:
        return f"<Mentions: {len(self)} in {sum(1 for i in range(len(self._files)) if self._rows(i))} sources>"

    def __reduce__(self) -> tuple[Any, ...]:
        return (Mentions, (self._files, self._texts, self._first, self._start, self._end, self._label,
                           self._labels, self._said))

    @classmethod
    def __get_pydantic_core_schema__(cls, _source: Any, handler: Any) -> core_schema.CoreSchema:  # noqa: ANN401
        """A `Mentions` as it is, or any sequence of `Mention` records (validated, then stored)."""
        records = handler.generate_schema(tuple[Mention, ...])
        return core_schema.union_schema(
            [core_schema.is_instance_schema(cls), core_schema.no_info_after_validator_function(cls.of, records)],
            serialization=core_schema.plain_serializer_function_ser_schema(tuple, return_schema=records))

    # ---- lookups -----------------------------------------------------------------------------
    def _index_of(self, file: str) -> int | None:
        if self._file_index is None:
            self._file_index = {name: index for index, name in enumerate(self._files)}
        return self._file_index.get(file)

    def in_file(self, file: str) -> tuple[Mention, ...]:
        """The mentions in `file`, sorted by start."""
        file_index = self._index_of(file)
        if file_index is None:
            return ()
        return tuple(self._mention(row, file_index) for row in self._rows(file_index))

    def actors_in(self, file: str) -> list[str]:
        """The actor of each mention in `file`, in the order of `in_file`, without making a record."""
        file_index = self._index_of(file)
        if file_index is None:
            return []
        labels, label = self._labels, self._label
        return [labels[label[row]][0] for row in self._rows(file_index)]

    def of_actor(self, actor: str) -> tuple[Mention, ...]:
        """The mentions of one actor, in order."""
        rows = self._actor_rows().get(actor)
        if rows is None:
            return ()
        first, mention = self._first, self._mention
        return tuple(mention(row, bisect.bisect_right(first, row) - 1) for row in rows)

    def count_of(self, actor: str | None = None, *, origin: str | None = None) -> int:
        """How many mentions there are of `actor` (any actor: None) and of `origin` ("curated", "auto"; any:
        None), without making a record."""
        if self._counts is None:  # per (actor, origin), and per actor, per origin and in all (None)
            counts: Counter[tuple[str | None, str | None]] = Counter()
            for label, n in Counter(self._label).items():
                who, _alias, _score, kind, _rule = self._labels[label]
                for key in ((who, kind), (who, None), (None, kind), (None, None)):
                    counts[key] += n
            self._counts = counts
        return self._counts.get((actor, origin), 0)

    def first_spans(self) -> dict[tuple[str, str], Span]:
        """The span of the first mention of each (actor, alias)."""
        first_row: dict[int, int] = {}
        for row, label in enumerate(self._label):
            if label not in first_row:
                first_row[label] = row
        spans: dict[tuple[str, str], tuple[int, Span]] = {}
        for label, row in first_row.items():
            key = self._labels[label][:2]
            if key not in spans or row < spans[key][0]:
                spans[key] = (row, self._mention(row).span)
        return {key: span for key, (_row, span) in sorted(spans.items(), key=lambda item: item[1][0])}

    def lacks_texts(self, files: Mapping[str, object]) -> bool:
        """True when some of `files` have mentions here but their text was not given (built from records
        alone: the texts are kept row by row, and the sources in the order first met)."""
        return any(text is None and file in files for file, text in zip(self._files, self._texts, strict=True))

    def columns(self) -> list:
        """Everything this store holds as plain data, for the cache: a head (files, labels, texts kept
        apart), then the four columns (arrays: marshal writes them as they are, without a copy).
        `from_columns` reads it back."""
        head = (list(self._files), [list(label) for label in self._labels], self._said)
        return [head, self._first, self._start, self._end, self._label]

    @classmethod
    def from_columns(cls, parts: list, texts: Mapping[str, str]) -> Mentions:
        head, *data = parts
        files, labels, said = head
        arrays = []
        for column in data:
            values = array(_INT)
            values.frombytes(column)
            arrays.append(values)
        first = arrays[0]
        if type(said) is not dict or any(len(item) != len(Label.__args__) for item in labels) \
                or any(first[i] > first[i + 1] for i in range(len(first) - 1)) or (first and first[0] != 0):
            raise ValueError("mention columns that do not check out")
        strings: dict[Any, Any] = {}
        shared = [tuple(strings.setdefault(v, v) for v in item) for item in labels]
        return cls(files, [texts.get(file) for file in files], *arrays, shared, said)

    # ---- rows --------------------------------------------------------------------------------
    def _rows(self, file_index: int) -> range:
        return range(self._first[file_index], self._first[file_index + 1])

    def _actor_rows(self) -> dict[str, array]:
        if self._by_actor is None:
            actor_of = [label[0] for label in self._labels]
            rows: dict[str, array] = {}
            for row, label in enumerate(self._label):
                actor = actor_of[label]
                found = rows.get(actor)
                if found is None:
                    found = rows[actor] = array(_INT)
                found.append(row)
            self._by_actor = rows
        return self._by_actor

    def _mention(self, row: int, file_index: int | None = None) -> Mention:
        if file_index is None:
            file_index = bisect.bisect_right(self._first, row) - 1
        start, end = self._start[row], self._end[row]
        text = self._said.get(row) if self._said else None
        if text is None:
            text = self._texts[file_index][start:end]  # type: ignore[index]
        actor, alias, score, origin, rule = self._labels[self._label[row]]
        span = _make_span({"source": self._files[file_index], "start": start, "end": end, "text": text})
        return _make_mention({"actor": actor, "span": span, "alias": alias, "score": score, "origin": origin,
                              "rule": rule})


_make_span = Span.trusted_maker()
_make_mention = Mention.trusted_maker()


class MentionsBuilder:
    """Mentions added one at a time (in any order), then `build()` into a `Mentions`."""

    def __init__(self, texts: Mapping[str, str]) -> None:
        """`texts`: file → text of the sources, in source order (mentions of other files come after)."""
        self._files = list(texts)
        self._texts: list[str | None] = list(texts.values())
        self._file_index = {file: index for index, file in enumerate(self._files)}
        self._file, self._start, self._end, self._label = array(_INT), array(_INT), array(_INT), array(_INT)
        self._labels: dict[Label, int] = {}
        self._said: dict[int, str] = {}
        self._last = (-1, -1)
        self._sorted = True

    def __len__(self) -> int:
        return len(self._start)

    def add(self, file: str, start: int, end: int, actor: str, alias: str, score: float = 100.0,  # noqa: PLR0913
            origin: str = "curated", rule: str = "", text: str | None = None) -> None:
        """One mention; `text` only when it may differ from the slice [start, end) of the file's text."""
        file_index = self._file_index.get(file)
        if file_index is None:
            file_index = self._file_index[file] = len(self._files)
            self._files.append(file)
            self._texts.append(None)
        source_text = self._texts[file_index]
        if text is not None and (source_text is None or source_text[start:end] != text):
            self._said[len(self._start)] = text
        elif source_text is None:
            raise ValueError(f"a mention in {file!r} needs its text")
        key = (file_index, start)
        if key < self._last:
            self._sorted = False
        self._last = key
        label = (actor, alias, score, origin, rule)
        number = self._labels.get(label)
        if number is None:
            number = self._labels[label] = len(self._labels)
        self._file.append(file_index)
        self._start.append(start)
        self._end.append(end)
        self._label.append(number)

    def add_found(self, file: str, rows: list[tuple[int, int, str, str, float, str]], origin: str) -> None:
        """`add(file, start, end, actor, alias, score, origin, rule)` for each row of one source whose text
        the builder has (the mentions extraction finds, in bulk: hundreds of thousands at 10,000 articles)."""
        file_index = self._file_index.get(file)
        if file_index is None or self._texts[file_index] is None:
            for start, end, actor, alias, score, rule in rows:
                self.add(file, start, end, actor, alias, score, origin, rule)
            return
        labels, last, in_order = self._labels, self._last, self._sorted
        files, starts, ends, numbers = self._file, self._start, self._end, self._label
        for start, end, actor, alias, score, rule in rows:
            key = (file_index, start)
            if key < last:
                in_order = False
            last = key
            label = (actor, alias, score, origin, rule)
            number = labels.get(label)
            if number is None:
                number = labels[label] = len(labels)
            files.append(file_index)
            starts.append(start)
            ends.append(end)
            numbers.append(number)
        self._last, self._sorted = last, in_order

    def add_mention(self, mention: Mention) -> None:
        span = mention.span
        self.add(span.source, span.start, span.end, mention.actor, mention.alias, mention.score, mention.origin,
                 mention.rule, span.text)

    def build(self) -> Mentions:
        file, start, end, label, said = self._file, self._start, self._end, self._label, self._said
        if not self._sorted:  # by file, then start; stable
            order = sorted(range(len(start)), key=lambda row: (file[row], start[row]))
            file, start, end, label = (array(_INT, (column[row] for row in order))
                                       for column in (file, start, end, label))
            new_row = {old: new for new, old in enumerate(order)} if said else {}
            said = {new_row[old]: text for old, text in said.items()}
        else:  # the store must not share columns a later add() would change
            start, end, label, said = array(_INT, start), array(_INT, end), array(_INT, label), dict(said)
        counts = Counter(file)
        first = array(_INT, [0])
        for file_index in range(len(self._files)):
            first.append(first[-1] + counts.get(file_index, 0))
        return Mentions(self._files, self._texts, first, start, end, label, list(self._labels), said)


EMPTY = Mentions((), (), array(_INT, [0]), array(_INT), array(_INT), array(_INT), ())
