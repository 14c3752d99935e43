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
    words = _Words()
    kept: dict[tuple[str | None, str], int] = {}
    out: list[Quote] = []
    extra: dict[int, list[Span]] = {}
    for quote in quotes:
        key = (quote.speaker, words[quote.text])
        at = kept.get(key)
        if at is not None and quote.origin == "auto" and out[at].span.source != quote.span.source:
            extra.setdefault(at, []).append(quote.span)
            continue
        if at is None and key[1]:
            kept[key] = len(out)
        out.append(quote)
    for at, spans in extra.items():
        quote = out[at]
        out[at] = quote.model_copy(update={"also": quote.also + tuple(spans)})
    return out


def merge_positions(positions: list[Position]) -> list[Position]:
    """`positions` with each automatic position that repeats an earlier one (same side, holders, issue,
    stance and sentence words, in other sources) folded into it: its evidence joins the earlier one's."""
    words = _Words()
    kept: dict[tuple, int] = {}
    out: list[Position] = []
    extra: dict[int, list[Span]] = {}
    for position in positions:
        evidence = position.evidence
        sentence = words[evidence[0].text] if len(evidence) == 1 else words_key(" ".join(s.text for s in evidence))
        key = (position.side, position.holders, position.issue, position.stance, sentence)
        at = kept.get(key)
        if at is not None and position.origin == "auto" and not _same_sources(out[at], position):
            extra.setdefault(at, []).extend(position.evidence)
            continue
        if at is None and sentence:
            kept[key] = len(out)
        out.append(position)
    for at, spans in extra.items():
        position = out[at]
        out[at] = position.model_copy(update={"evidence": position.evidence + tuple(spans)})
    return out


def _same_sources(a: Position, b: Position) -> bool:
    return bool({s.source for s in a.evidence} & {s.source for s in b.evidence})
