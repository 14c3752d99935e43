"""Evidence spans as the JSON export writes them (briefing.export): source, start, end and text, then the
outlet, headline and date of the article (or compilation part) the span is in. For `write_json`, a field's
spans are written from their columns (briefing.json_text.SpanList): a run of spans a warm load has not made
yet stays unmade (model.base.span_columns), and the end of each span's object (its origin and the brace) is
found per source, or per compilation part, once."""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from briefing.cite import source_origin
from briefing.json_text import SpanList, Tails
from briefing.json_text import encode as _encode
from briefing.model import Briefing, Source, Span
from briefing.model.base import LazySpans, span_columns, span_columns_of

_UNSEEN = object()


class Citing:
    """A briefing's evidence spans as the export writes them; `written`: for `write_json` (see `field`)."""

    def __init__(self, briefing: Briefing, written: bool = False) -> None:
        self.briefing = briefing
        self.written = written
        self._sources: dict[str, Source | None] = {}
        #: Per source without compilation parts: its outlet, headline and date (shared, never changed).
        self.whole: dict[str, dict[str, Any]] = {}
        #: (file, part, indentation) → the end of a span's JSON object there (see `tail`).
        self._tails: dict[tuple[str, int, str], str] = {}
        #: Per indentation, the ends of spans' objects found so far (see `tails`).
        self._ends: dict[str, _Ends] = {}

    def source(self, file: str) -> Source | None:
        source = self._sources.get(file, _UNSEEN)
        if source is _UNSEEN:
            source = self._sources[file] = self.briefing.source(file)
        return source  # type: ignore[return-value]

    def origin(self, file: str, start: int) -> dict[str, Any]:
        whole = self.whole.get(file)
        if whole is not None:  # a source without parts: the same for every span in it
            return whole
        source = self.source(file)
        origin = source_origin(source, file, start)
        found = {"outlet": origin.outlet, "headline": origin.headline,
                 "published": origin.published.iso if origin.published else None}
        if source is not None and not source.parts:
            self.whole[file] = found
        return found

    def evidence(self, spans: tuple[Span, ...]) -> list[dict[str, Any]]:
        return [{"source": s.source, "start": s.start, "end": s.end, "text": s.text, **self.origin(s.source, s.start)}
                for s in spans]

    def field(self, record: Any, name: str) -> list[dict[str, Any]] | SpanList:  # noqa: ANN401
        """`evidence` of a record's field of spans; for `write_json`, a `SpanList`, which it writes straight
        from the spans' columns, the records of a field not made yet left unmade."""
        if self.written:
            return SpanList(span_columns(record, name), self.tails)
        return self.evidence(getattr(record, name))

    def of(self, spans: tuple[Span, ...]) -> list[dict[str, Any]] | SpanList:
        """`field` for spans that are no record's field."""
        if self.written:
            return SpanList(span_columns_of(spans), self.tails)
        return self.evidence(spans)

    def tails(self, newline: str) -> Tails:
        """For `SpanList` at `newline`: each source's `tail` where it is the same for all its spans (filled in
        as sources are met), and a function giving it for a source and an offset."""
        ends = self._ends.get(newline)
        if ends is None:
            ends = self._ends[newline] = _Ends(self, newline)
        return ends.same, ends.at

    def tail(self, file: str, start: int, newline: str) -> str:
        """The end of a span's JSON object as `_encode` writes it at `newline`: its origin's outlet, headline
        and date (the same for every span of a source, or of one part of a compilation), and the brace."""
        source = self.source(file)
        part = -1  # (source_origin takes the last part that starts at or before the offset)
        if source is not None:
            for index, each in enumerate(source.parts):
                if each.start <= start:
                    part = index
        key = (file, part, newline)
        tail = self._tails.get(key)
        if tail is None:
            parts: list[str] = []
            _encode({"": None, **self.origin(file, start)}, newline, parts)
            tail = self._tails[key] = "".join(parts).split("null", 1)[1]  # after the placeholder: ,<outlet>...}
        return tail


class _Ends:
    """`Citing.tail` at one indentation, found once per source (`same`: sources without parts) or once per
    compilation part (`parted`: per source, its parts' starts, in order, and the end found for each part,
    the first for an offset before them all)."""

    __slots__ = ("citing", "newline", "parted", "same")

    def __init__(self, citing: Citing, newline: str) -> None:
        self.citing, self.newline = citing, newline
        self.same: dict[str, str] = {}
        self.parted: dict[str, tuple[list[int], list[str | None]]] = {}

    def at(self, file: str, start: int) -> str:
        parted = self.parted.get(file)
        if parted is not None:
            starts, ends = parted
            part = bisect_right(starts, start)  # (1 + the last part starting at or before `start`, as `tail`)
            end = ends[part]
            if end is None:
                end = ends[part] = self.citing.tail(file, start, self.newline)
            return end
        end = self.citing.tail(file, start, self.newline)
        source = self.citing.source(file)
        if source is None or not source.parts:
            if source is not None:
                self.same[file] = end
        else:
            starts = [each.start for each in source.parts]
            if starts == sorted(starts):  # (else `tail` walks them for every span)
                self.parted[file] = (starts, [None] * (len(starts) + 1))
        return end


def any_spans(record: Any, name: str) -> bool:  # noqa: ANN401
    """Whether a record's field of spans holds any, without making them (a run not made yet is never empty)."""
    spans = record.__dict__[name]
    return isinstance(spans, LazySpans) or bool(spans)


