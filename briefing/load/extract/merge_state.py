"""The merges of a folder that grows, kept between loads: one claim, many sources (load/claims.py) and the
quote renderings (renderings.py), as the folds they are.

A folder with no curated quotes or positions (the only kind a fold state is kept for: see load/fold.py)
merges its automatic quotes and positions alone, in source order, and finds the renderings over the same
quotes; each is a left fold over the items in source order. Files added after every old one arrive last,
so the accumulators as the last load left them, given the new files' items, make what a load of the grown
folder makes: the next load no longer reads every copy of every claim back (201,000 items at 10,000 long
articles), only the claims kept, the spans of their copies and the open buckets of the renderings.

The spans folded into a kept claim are written as a list of runs, each marshalled on its own: a fold writes
the runs it read again as the bytes they were read as (a merge only ever appends to a claim's spans), and
adds one run for the spans the new files folded in (up to MAX_RUNS; then the claim's spans as one run again).
"""

from __future__ import annotations

import marshal
from collections.abc import Iterator
from dataclasses import dataclass
from sys import intern
from typing import TYPE_CHECKING, Any

from briefing.load.claims import PositionMerge, QuoteMerge
from briefing.load.codec_lazy import JoinedSpans
from briefing.load.extract.renderings import Member, Renderings
from briefing.model import Position, Quote

if TYPE_CHECKING:
    from briefing.load.codec import _Decoder, _Encoder
    from briefing.model import Span

#: Records, or spans of copies, per part of the state file (one part's plain data in memory at a time).
PART = 20_000
#: Runs of spans kept for one claim at most: each fold that folds copies into a claim adds one.
MAX_RUNS = 8


@dataclass(frozen=True)
class ReadRuns:
    """The spans folded into one kept item as a state held them: what was restored into the merge (`spans`,
    which the merge then only appends to; runs not made: a JoinedSpans), how many it held, and the marshalled
    runs they were read from."""

    spans: list | JoinedSpans
    count: int
    runs: list[bytes]


class Merges:
    """The quotes' and positions' merges and the quote renderings, taking the items in source order."""

    def __init__(self, names: dict[str, str]) -> None:
        self.quotes = QuoteMerge()
        self.positions = PositionMerge()
        self.renderings = Renderings(names)
        #: merge ("quotes", "positions") → index of a kept item → its spans as read from a state (MergesReader).
        self.read: dict[str, dict[int, ReadRuns]] = {"quotes": {}, "positions": {}}

    def add(self, quotes: list, positions: list, parts: dict[str, object]) -> None:
        """The next quotes and positions (records, or claim_fold's stand-ins), each list in source order;
        `parts`: quote id → its compilation part."""
        self.quotes.add(quotes)
        self.positions.add(positions)
        self.renderings.add(quotes, parts)


def merges_parts(merges: Merges, encoder: _Encoder) -> Iterator[tuple]:
    """`merges` as tagged parts of plain data (made as they are written): each merge's kept records and the
    spans folded into them (as marshalled runs of columns: read back in one tight loop), then the renderings."""
    runs, encoder.runs = encoder.runs, True
    try:
        yield from _parts(merges, encoder)
    finally:
        encoder.runs = runs


def _parts(merges: Merges, encoder: _Encoder) -> Iterator[tuple]:
    for tag, merge in (("quotes", merges.quotes), ("positions", merges.positions)):
        for at in range(0, len(merge.out), PART):
            yield (tag + " kept", [encoder.value(item) for item in merge.out[at:at + PART]])
            encoder.end_chunk()
        chunk: list = []
        size = 0
        read = merges.read[tag]
        for at, spans in merge.extra.items():
            chunk.append((at, _runs(spans, read.get(at), encoder)))
            size += len(spans)
            if size >= PART:
                yield (tag + " extra", chunk)
                encoder.end_chunk()
                chunk, size = [], 0
        if chunk:
            yield (tag + " extra", chunk)
            encoder.end_chunk()
    renderings = merges.renderings
    yield ("renderings", renderings.count, sorted(renderings.full, key=_order),
           sorted(renderings.buckets.items(), key=lambda item: _order(item[0])),
           [(number, m.speaker, encoder.span(m.span), m.part) for number, m in renderings.members.items()],
           [(a, b, summary, score, encoder.span(first), encoder.span(second))
            for a, b, summary, score, first, second in renderings.found])
    encoder.end_chunk()


def _runs(spans: list, read: ReadRuns | None, encoder: _Encoder) -> list[bytes]:
    """The spans folded into a kept item as marshalled runs: those read from the state as they were read, then
    one for the spans folded in since (or all of them as one run, when the item's spans were not read so)."""
    if read is not None and read.spans is spans and read.count <= len(spans) and len(read.runs) < MAX_RUNS:
        if read.count == len(spans):
            return read.runs
        since = tuple(spans.more) if type(spans) is JoinedSpans else tuple(spans[read.count:])  # (not made: the runs)
        return [*read.runs, marshal.dumps(encoder.lone_run(since))]
    return [marshal.dumps(encoder.lone_run(spans.realise() if type(spans) is JoinedSpans else tuple(spans)))]


class MergesReader:
    """Merges made again from the parts `merges_parts` wrote, a part at a time (`take`)."""

    def __init__(self, names: dict[str, str], decoder: _Decoder) -> None:
        self.merges = Merges(names)
        self.decoder = decoder
        self.kept: dict[str, list] = {"quotes": [], "positions": []}
        self.extra: dict[str, dict[int, list[Span] | JoinedSpans]] = {"quotes": {}, "positions": {}}
        self.done = False

    def take(self, tag: str, payload: tuple) -> bool:
        """Take the part `tag` (False: not one of the merges')."""
        kind, _space, what = tag.partition(" ")
        if what == "kept" and kind in self.kept:
            record = Quote if kind == "quotes" else Position
            for item in payload[0]:
                value = self.decoder.value(item)
                if type(value) is not record:
                    raise TypeError(f"a kept {kind[:-1]} of another kind")
                self.kept[kind].append(value)
        elif what == "extra" and kind in self.extra:
            extra, count, read = self.extra[kind], len(self.kept[kind]), self.merges.read[kind]
            plains = []  # (alive until the part is read: the decoder knows spans by their plain lists' ids)
            lazy = self.decoder.lazy_spans  # (each run checked now, its spans made when read or folded into)
            for at, runs in payload[0]:
                if type(at) is not int or not 0 <= at < count or at in extra:
                    raise ValueError("spans folded into no kept item")
                if type(runs) is not list or not runs or not all(type(run) is bytes for run in runs):
                    raise ValueError("runs of spans of the wrong shape")
                plains += [marshal.loads(run) for run in runs]  # noqa: S302 - inside a sealed part
                spans = JoinedSpans.of(*[lazy(plain) for plain in plains[-len(runs):]])
                extra[at] = spans = list(spans) if type(spans) is tuple else spans
                read[at] = ReadRuns(spans, len(spans), runs)
        elif tag == "renderings":
            self._renderings(*payload)
        else:
            return False
        return True

    def _renderings(self, count: int, full: list, buckets: list, members: list, found: list) -> None:
        renderings, decoder = self.merges.renderings, self.decoder
        if type(count) is not int or count < 0:
            raise ValueError("renderings of the wrong shape")
        renderings.count = count
        renderings.full = {_bucket_key(key) for key in full}
        for key, numbers in buckets:
            if type(numbers) is not list or not all(type(n) is int and 0 <= n < count for n in numbers):
                raise ValueError("a bucket of the wrong shape")
            renderings.buckets[_bucket_key(key)] = numbers
        for number, speaker, span, part in members:
            if type(number) is not int or not 0 <= number < count:
                raise ValueError("a member of the wrong shape")
            renderings.members[number] = Member(_speaker(speaker), decoder.span(span), part)
        if any(n not in renderings.members for numbers in renderings.buckets.values() for n in numbers):
            raise ValueError("a bucket holding a quote not kept")
        renderings.found = [(int(a), int(b), _text(summary), float(score), decoder.span(first), decoder.span(second))
                            for a, b, summary, score, first, second in found]
        self.done = True

    def result(self) -> Merges:
        if not self.done:
            raise ValueError("merges left unread")
        merges = self.merges
        merges.quotes.restored(self.kept["quotes"], self.extra["quotes"])
        merges.positions.restored(self.kept["positions"], self.extra["positions"])
        return merges


def _order(key: tuple[str | None, str]) -> tuple[bool, str, str]:
    return (key[0] is None, key[0] or "", key[1])


def _text(value: object) -> str:
    if type(value) is not str:
        raise TypeError("not a string")
    return value


def _speaker(value: object) -> str | None:
    return None if value is None else intern(_text(value))


def _bucket_key(key: Any) -> tuple[str | None, str]:  # noqa: ANN401
    speaker, word = key
    return (_speaker(speaker), _text(word))
