"""One claim, many sources: the same quote or position reported by several articles (syndicated wire
copies, a story picked up by other outlets) becomes one item that carries every source reporting it.

The rule, chosen to stay linear in the number of items (one dictionary lookup each) at 100,000+ quotes:
- Two quotes are the same claim when they have the same speaker (or both have none) and the same words:
  their texts equal once quote marks, dashes, punctuation, whitespace and case are set aside (so wire
  copies that differ only in typography or punctuation collapse). The first in source order is kept, the
  others' spans are added to its `also`.
- Two positions are the same claim when they have the same side, holders, issue and stance, and their
  sentences have the same words by the same rule. The first is kept, the others' evidence is added to it.
- Only automatic items are folded in; a curated item is never removed, but an automatic copy of it in
  another source is added to it.
What it costs: a copy edited by even one word (a wire update, a translation) stays a separate item;
catching those would need a similarity search (shingles and MinHash, say) with thresholds to tune on real
copies, and a wrong merge puts one source's words in another's mouth, which is worse than a repeat.
"""

from __future__ import annotations

import re

from briefing.load.codec_lazy import JoinedSpans
from briefing.model import Position, Quote, Span

_NOT_WORD = re.compile(r"[\W_]+")


def words_key(text: str) -> str:
    """The text's words, lower-cased, with quote marks, punctuation and whitespace set aside."""
    return _NOT_WORD.sub(" ", text.casefold()).strip()


class _Words(dict):
    """words_key of each distinct text, worked out once (copies repeat the same sentences thousands of times)."""

    def __missing__(self, text: str) -> str:
        key = self[text] = words_key(text)
        return key


def merge_quotes(quotes: list[Quote]) -> list[Quote]:
    """`quotes` with each automatic quote that repeats an earlier one (same speaker, same words, another
    source) folded into it."""
    merge = QuoteMerge()
    merge.add(quotes)
    return merge.result()


def merge_positions(positions: list[Position]) -> list[Position]:
    """`positions` with each automatic position that repeats an earlier one (same side, holders, issue,
    stance and sentence words, in other sources) folded into it: its evidence joins the earlier one's."""
    merge = PositionMerge()
    merge.add(positions)
    return merge.result()


class _Merge:
    """A merge as a left fold over the items in order, that can go on: `add` items (any number of times),
    `result()` at any point. Its accumulators (`out`: the items kept, as they came; `extra`: index in `out` →
    the spans of the copies folded into it) are all it needs to go on with (the claim → index map is
    `out`'s first item of each claim: `restored` makes it again), so a folder grown by files that arrive
    last goes on from them (extract/fold_state.py keeps them)."""

    def __init__(self) -> None:
        self.words = _Words()
        self.kept: dict[tuple, int] = {}
        self.out: list = []
        self.extra: dict[int, list[Span]] = {}

    def key(self, item: Quote | Position) -> tuple:
        raise NotImplementedError

    def folds(self, kept: Quote | Position, item: Quote | Position) -> bool:
        raise NotImplementedError

    def spans(self, item: Quote | Position) -> tuple[Span, ...]:
        raise NotImplementedError

    def add(self, items: list) -> None:
        kept, out, extra = self.kept, self.out, self.extra
        for item in items:
            key = self.key(item)
            at = kept.get(key)
            if at is not None and item.origin == "auto" and self.folds(out[at], item):
                spans = extra.get(at)
                if spans is None:
                    spans = extra[at] = []
                spans.extend(self.spans(item))  # (a list, or as a fold state held them: not made)
                continue
            if at is None and key[-1]:
                kept[key] = len(out)
            out.append(item)

    def restored(self, out: list, extra: dict[int, list[Span] | JoinedSpans]) -> None:
        """The accumulators as a merge left them (`out`, `extra`: an item's spans may be a fold state's, not
        made until read), its claim → index map made again."""
        self.out, self.extra, self.kept = out, extra, {}
        for at, item in enumerate(out):
            key = self.key(item)
            if key[-1] and key not in self.kept:
                self.kept[key] = at

    def result(self) -> list:
        out = list(self.out)
        for at, spans in self.extra.items():
            out[at] = self.joined(out[at], tuple(spans) if type(spans) is list else spans.frozen())
        return out

    def joined(self, item: Quote | Position, spans: tuple[Span, ...]) -> Quote | Position:
        raise NotImplementedError


class QuoteMerge(_Merge):
    """merge_quotes as a fold that can go on (see _Merge)."""

    def key(self, quote: Quote) -> tuple:  # type: ignore[override]
        return (quote.speaker, self.words[quote.text])

    def folds(self, kept: Quote, quote: Quote) -> bool:  # type: ignore[override]
        return kept.span.source != quote.span.source

    def spans(self, quote: Quote) -> tuple[Span, ...]:  # type: ignore[override]
        return (quote.span,)

    def joined(self, quote: Quote, spans: tuple[Span, ...]) -> Quote:  # type: ignore[override]
        return quote.model_copy(update={"also": _joined(quote, "also", spans)})


class PositionMerge(_Merge):
    """merge_positions as a fold that can go on (see _Merge)."""

    def key(self, position: Position) -> tuple:  # type: ignore[override]
        evidence = position.evidence
        sentence = self.words[evidence[0].text] if len(evidence) == 1 else words_key(" ".join(s.text for s in evidence))
        return (position.side, position.holders, position.issue, position.stance, sentence)

    def folds(self, kept: Position, position: Position) -> bool:  # type: ignore[override]
        return not _same_sources(kept, position)

    def spans(self, position: Position) -> tuple[Span, ...]:  # type: ignore[override]
        return position.evidence

    def joined(self, position: Position, spans: tuple[Span, ...]) -> Position:  # type: ignore[override]
        return position.model_copy(update={"evidence": _joined(position, "evidence", spans)})


def _joined(item: Quote | Position, name: str, spans: tuple[Span, ...] | JoinedSpans) -> tuple[Span, ...] | JoinedSpans:
    """The item's spans (field `name`) then `spans`: as a tuple, or, when either is not made yet (a fold state's
    runs, a cached record's), as their parts, made on first use."""
    mine = item.__dict__[name]
    if type(spans) is tuple and type(mine) is tuple:
        return mine + spans
    return JoinedSpans.of(mine, spans)


def _same_sources(a: Position, b: Position) -> bool:
    return bool({s.source for s in a.evidence} & {s.source for s in b.evidence})
