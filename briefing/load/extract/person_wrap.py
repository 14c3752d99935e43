"""A hard-wrapped page read by paragraphs for people (quote_wrap.py tells the wrap from a page of short lines).

People extraction reads each usable piece (a line) alone, so a name the wrap cut ("… said French President
Emmanuel / Macron") is half a name or none. On a page quote_wrap.wrapped_joins reads as hard-wrapped, the
pieces of one paragraph are joined and the single line break between two of them is read as a space: the text
keeps its length, so every offset (and every span made from the original text) is unchanged. A blank line, a
short line, an indented line, a bullet or a transcript label still ends a paragraph (quote_wrap's rules), and
pieces of furniture never join: they are no pieces. One pass over the pieces.
"""

from __future__ import annotations

from briefing.load.extract.quote_wrap import wrapped_joins
from briefing.model import Source


def unwrapped(source: Source, pieces: list[tuple[int, int]]) -> tuple[Source, list[tuple[int, int]]]:
    """`source` with its wrapped line breaks read as spaces, and its pieces joined by paragraph; `source` and
    `pieces` themselves where the page is not hard-wrapped."""
    pieces = list(pieces)
    joins = wrapped_joins(source.text, pieces) if len(pieces) > 3 else set()
    if not joins:
        return source, pieces
    text = source.text
    parts: list[str] = []
    joined: list[tuple[int, int]] = []
    at = 0
    for index, (start, end) in enumerate(pieces):
        if index in joins and joined:
            gap = text.index("\n", joined[-1][1], start)  # wrapped_joins: one line break, nothing else
            parts.append(text[at:gap])
            parts.append(" ")
            at = gap + 1
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    parts.append(text[at:])
    return source.model_copy(update={"text": "".join(parts)}), joined
