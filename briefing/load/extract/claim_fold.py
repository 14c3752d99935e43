"""Repeated claims folded as they arrive: what a large load holds of the quotes and positions it extracts.

At 10,000 articles extraction finds ~140,000 quotes and ~150,000 positions, nearly all of them copies of a
few thousand claims (syndicated copies repeat their sentences); the loader's merge (load/claims.py,
`merge_quotes` and `merge_positions`, after the curated filter of load/merge.py's `combine`) keeps one
record per claim and only the spans of the copies. Holding every copy's full record until that merge cost
~1 KB each (~280 MB). `ClaimFold` works out, as each source's results arrive, which records the merge
will keep as records (the first of each claim in source order, a copy in that first one's own source, a
claim without words) and holds every other one as a small stand-in that carries only what the filter, the
merge and `quote_renderings` read (speaker or side, holders, issue, stance, span or evidence). The
merge itself is unchanged: it is handed the same items in the same order, and it folds every stand-in
into a kept record, so its output is the same, byte for byte.

Why a stand-in never becomes a kept record: the merge keeps an automatic item as a record only when it is
the first of its claim (among the curated items, then the automatic ones that pass the curated filter,
in source order) or shares a source with that first one. The filter and the curated items are known
before extraction. Sources arrive whole (every item of a source at once), dated ones in source order
then undated ones in source order, so the first of a claim can change only to an item of a source that
arrives later; the items held in full that no longer share its source become stand-ins then, and no
stand-in's source can be the new first one's (that source had no item yet).
"""

from __future__ import annotations

from sys import intern
from typing import TYPE_CHECKING, Any

from briefing.load.claims import words_key
from briefing.model import Position, Quote, Stance

if TYPE_CHECKING:
    from briefing.model import Source, Span


class QuoteCopy:
    """An automatic quote the merge will fold into another (or the curated filter drop): what the filter,
    `merge_quotes` and `quote_renderings` read of it."""

    __slots__ = ("part", "span", "speaker")
    origin = "auto"

    def __init__(self, speaker: str | None, span: Span, part: object) -> None:
        self.speaker, self.span, self.part = speaker, span, part

    @property
    def text(self) -> str:
        return self.span.text

    @property
    def source(self) -> str:
        return self.span.source

    @property
    def id(self) -> QuoteCopy:  # `quote_renderings` asks its part by id: see `Parts`
        return self


class PositionCopy:
    """An automatic position the merge will fold into another (or the curated filter drop): what the
    filter and `merge_positions` read of it."""

    __slots__ = ("evidence", "holders", "issue", "side", "stance")
    origin = "auto"

    def __init__(self, position: Position, holders: tuple[str, ...]) -> None:
        self.side, self.issue, self.stance = intern(position.side), intern(position.issue), position.stance
        self.holders, self.evidence = holders, position.evidence


class Plain:
    """A quote or position as a worker sent it (codec's plain list), read only as far as the fold needs: its
    record is built (`record()`) only when it is held in full. The fields read are checked as the record
    builder would (a per-article record from the cache is plain data too)."""

    __slots__ = ("decoder", "evidence", "holders", "id", "issue", "side", "span", "speaker", "stance", "values")

    def __init__(self, values: list, decoder: Any, quote: bool) -> None:  # noqa: ANN401 - codec._Decoder
        self.values, self.decoder = values, decoder
        if quote:
            self.id, self.speaker = _text(values[_Q_ID]), values[_Q_SPEAKER]
            if self.speaker is not None:
                self.speaker = _text(self.speaker)
            self.span = decoder.span(values[_Q_SPAN])
        else:
            self.id, self.side, self.issue = _text(values[_P_ID]), _text(values[_P_SIDE]), _text(values[_P_ISSUE])
            self.stance, self.holders = Stance(values[_P_STANCE]), values[_P_HOLDERS]
            if type(self.holders) is not tuple or not all(type(h) is str for h in self.holders):
                raise TypeError("Position.holders")
            self.evidence = decoder.spans(values[_P_EVIDENCE])
            if not self.evidence:
                raise ValueError("a position without evidence")

    @property
    def text(self) -> str:
        return self.span.text

    def record(self) -> Any:  # noqa: ANN401
        return self.decoder.value(self.values)


def _text(value: object) -> str:
    if type(value) is not str:
        raise TypeError(f"not a string: {type(value).__name__}")
    return value


def _at(cls: type, name: str) -> int:
    return 1 + tuple(cls.model_fields).index(name)  # after the record's tag (codec's plain lists)


def _record(item: Any) -> Any:  # noqa: ANN401
    return item.record() if type(item) is Plain else item


class Parts(dict):
    """quote id → the compilation part it is in (extract's `quote_part`), a stand-in's part on the stand-in."""

    def get(self, key: Any, default: Any = None) -> Any:  # noqa: ANN401
        if type(key) is QuoteCopy:
            return key.part
        return super().get(key, default)


class _Claim:
    """The automatic items of one claim held so far: the first in source order and those held in full."""

    __slots__ = ("first", "full", "sources")

    def __init__(self, first: tuple[int, int], sources: set[str], full: list[tuple[int, int]]) -> None:
        self.first, self.sources, self.full = first, sources, full


class _Fold:
    """One kind of claim (quotes or positions): each source's items in its order, each a record or a stand-in."""

    def __init__(self, curated: dict[Any, set[str]]) -> None:
        #: claim key → the sources of the curated item the merge folds it into.
        self.curated = curated
        self.claims: dict[Any, _Claim] = {}
        #: source index → its items, by start (then the order found in)
        self.items: dict[int, list[Any]] = {}

    def add(self, index: int, item: Any, key: Any, sources: set[str], copy: Any) -> bool:  # noqa: ANN401
        """`item`, the next of source `index` (taken by start); `key` its claim (None: the filter drops it,
        or it has no words: never folded), `sources` its sources, `copy()` its stand-in. True when `item`
        is held in full."""
        items = self.items.setdefault(index, [])
        at = (index, len(items))
        if key is None:
            items.append(_record(item))
            return True
        curated = self.curated.get(key)
        if curated is not None:
            items.append(_record(item) if sources & curated else copy())
            return bool(sources & curated)
        claim = self.claims.get(key)
        if claim is None:
            self.claims[key] = _Claim(at, sources, [at])
            items.append(_record(item))
        elif at < claim.first:  # a later source's item first in source order: the others fold into it
            still = []
            for held in claim.full:
                if self._sources(self._at(held)) & sources:
                    still.append(held)
                else:
                    self.items[held[0]][held[1]] = self.stand_in(self._at(held))
            claim.first, claim.sources, claim.full = at, sources, [*still, at]
            items.append(_record(item))
        elif sources & claim.sources:
            claim.full.append(at)
            items.append(_record(item))
        else:
            items.append(copy())
            return False
        return True

    def _at(self, at: tuple[int, int]) -> Any:  # noqa: ANN401
        return self.items[at[0]][at[1]]

    def _sources(self, item: Any) -> set[str]:  # noqa: ANN401
        raise NotImplementedError

    def stand_in(self, item: Any) -> Any:  # noqa: ANN401
        raise NotImplementedError

    def in_order(self) -> list:
        """Every item, by source order then start (as extract sorted the whole list); let go here."""
        items, self.items = self.items, {}
        return [item for index in sorted(items) for item in items.pop(index)]


class _Quotes(_Fold):
    def __init__(self, curated: dict[Any, set[str]], parts: Parts) -> None:
        super().__init__(curated)
        self.parts = parts

    def _sources(self, quote: Quote) -> set[str]:  # type: ignore[override]
        return {quote.span.source}

    def stand_in(self, quote: Quote) -> QuoteCopy:  # type: ignore[override]
        return QuoteCopy(quote.speaker, quote.span, self.parts.pop(quote.id, None))


class _Positions(_Fold):
    def __init__(self, curated: dict[Any, set[str]]) -> None:
        super().__init__(curated)
        self.holders: dict[tuple[str, ...], tuple[str, ...]] = {}

    def _sources(self, position: Position) -> set[str]:  # type: ignore[override]
        return {span.source for span in position.evidence}

    def stand_in(self, position: Position) -> PositionCopy:  # type: ignore[override]
        return self.copy_of(position)

    def copy_of(self, position: Position) -> PositionCopy:
        return PositionCopy(position, self.holders.setdefault(position.holders, position.holders))


class _Words(dict):
    def __missing__(self, text: str) -> str:
        key = self[text] = words_key(text)
        return key


def _quote_key(quote: Quote | QuoteCopy, words: _Words) -> tuple | None:
    key = (quote.speaker, words[quote.text])
    return key if key[1] else None


def _position_key(position: Position, words: _Words) -> tuple | None:
    evidence = position.evidence
    sentence = words[evidence[0].text] if len(evidence) == 1 else words_key(" ".join(s.text for s in evidence))
    return (position.side, position.holders, position.issue, position.stance, sentence) if sentence else None


_Q_ID, _Q_SPEAKER, _Q_SPAN = _at(Quote, "id"), _at(Quote, "speaker"), _at(Quote, "span")
_P_ID, _P_SIDE, _P_ISSUE, _P_STANCE, _P_HOLDERS, _P_EVIDENCE = (
    _at(Position, name) for name in ("id", "side", "issue", "stance", "holders", "evidence"))


class ClaimFold:
    """The automatic quotes and positions of an extraction, as the loader's curated filter and merge will
    read them, holding in full only those the merge keeps as records (see the module's note)."""

    def __init__(self, sources: list[Source], quotes: list[Quote], positions: list[Position]) -> None:
        """`sources`: the extraction's, in order; `quotes`, `positions`: the curated ones."""
        self.index = {source.file: number for number, source in enumerate(sources)}
        self.words = _Words()
        self.parts = Parts()
        self.quoted: dict[str, list[Span]] = {}
        for quote in quotes:
            self.quoted.setdefault(quote.span.source, []).append(quote.span)
        self.cells = {(p.side, p.issue) for p in positions}
        self.cited: dict[str, list[Span]] = {}
        for position in positions:
            for span in position.evidence:
                self.cited.setdefault(span.source, []).append(span)
        self.quotes = _Quotes(self._firsts(quotes, _quote_key, lambda q: {q.span.source}), self.parts)
        self.positions = _Positions(self._firsts(positions, _position_key, lambda p: {span.source for span in p.evidence}))

    def _firsts(self, items: list, key_of: Any, sources_of: Any) -> dict[Any, set[str]]:  # noqa: ANN401
        """The merge's first item of each claim among the curated `items`: claim key → its sources."""
        firsts: dict[Any, set[str]] = {}
        for item in items:
            key = key_of(item, self.words)
            if key is not None and key not in firsts:
                firsts[key] = sources_of(item)
        return firsts

    def take(self, source: Source, quotes: list[Quote], positions: list[Position], parts: dict[str, object]) -> None:
        """One source's quotes and positions (stage B's lists, in the order it found them: records, or `Plain`
        as a worker sent them) and their parts."""
        index = self.index[source.file]
        for quote in sorted(quotes, key=lambda q: q.span.start):  # (stable: then in the order found)
            part = parts.get(quote.id)
            if self._overlaps(quote.span, self.quoted):  # the curated filter drops it
                self.quotes.add(index, QuoteCopy(quote.speaker, quote.span, part), None, set(), None)
            elif self.quotes.add(index, quote, _quote_key(quote, self.words), {quote.span.source},
                                 lambda q=quote, p=part: QuoteCopy(q.speaker, q.span, p)):
                self.parts[quote.id] = part
        for position in sorted(positions, key=lambda p: p.evidence[0].start):
            if (position.side, position.issue) in self.cells \
                    or any(self._overlaps(span, self.cited) for span in position.evidence):
                self.positions.add(index, self.positions.copy_of(position), None, set(), None)
            else:
                self.positions.add(index, position, _position_key(position, self.words),
                                   {span.source for span in position.evidence},
                                   lambda p=position: self.positions.copy_of(p))

    @staticmethod
    def _overlaps(span: Span, others: dict[str, list[Span]]) -> bool:
        """load/merge.py's `_overlaps` (the curated filter), the curated spans by source."""
        return any(o.start < span.end and span.start < o.end for o in others.get(span.source, ()))

    def results(self) -> tuple[list, list, Parts]:
        """(quotes, positions, their parts), in source order: records and stand-ins."""
        return self.quotes.in_order(), self.positions.in_order(), self.parts
