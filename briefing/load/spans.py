"""Find verbatim excerpts in a source and return exact character spans.

Matching ignores only differences of whitespace and of quote, apostrophe and dash styles, so an
annotator may type straight quotes for curly ones or a line break for a space. The span returned
always points into the original (sanitised) text, so `text[start:end]` is what the source says.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from rapidfuzz import fuzz

_FOLD = str.maketrans(
    {
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"', "\u2033": '"',
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    }
)

_WORD = re.compile(r"\S+")


def fold(text: str) -> str:
    """Fold quote, apostrophe and dash styles and collapse whitespace runs to one space."""
    return " ".join(text.translate(_FOLD).split())


@dataclass(frozen=True)
class Closest:
    start: int
    end: int
    text: str
    score: float


class SpanFinder:
    """Folded view of one text with a map back to original offsets (built on first use)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: str | None = None
        self._starts: list[int] = []  # folded offset where each word starts
        self._origins: list[int] = []  # original offset of that word
        self._lengths: list[int] = []

    @property
    def folded(self) -> str:
        if self._folded is None:
            words: list[str] = []
            position = 0
            for match in _WORD.finditer(self.text.translate(_FOLD)):
                word = match.group(0)
                words.append(word)
                self._starts.append(position)
                self._origins.append(match.start())
                self._lengths.append(len(word))
                position += len(word) + 1
            self._folded = " ".join(words)
        return self._folded

    def _original(self, folded_index: int) -> int:
        """Original offset of a folded character (a folded space maps to the whitespace it stands for)."""
        word = bisect.bisect_right(self._starts, folded_index) - 1
        inside = folded_index - self._starts[word]
        if inside < self._lengths[word]:
            return self._origins[word] + inside
        return self._origins[word] + self._lengths[word]

    def find(self, excerpt: str, nth: int = 1) -> tuple[int, int] | None:
        """Span of the nth occurrence of `excerpt` (1-based), or None."""
        needle = fold(excerpt)
        if not needle:
            return None
        position = -1
        for _ in range(max(nth, 1)):
            position = self.folded.find(needle, position + 1)
            if position < 0:
                return None
        return self._span(position, position + len(needle))

    def find_all(self, excerpt: str) -> list[tuple[int, int]]:
        needle = fold(excerpt)
        spans: list[tuple[int, int]] = []
        if not needle:
            return spans
        position = self.folded.find(needle)
        while position >= 0:
            spans.append(self._span(position, position + len(needle)))
            position = self.folded.find(needle, position + 1)
        return spans

    def _span(self, folded_start: int, folded_end: int) -> tuple[int, int]:
        return self._original(folded_start), self._original(folded_end - 1) + 1

    def closest(self, excerpt: str) -> Closest | None:
        """The passage that best matches an excerpt that was not found verbatim."""
        needle = fold(excerpt)
        if not needle or not self.folded:
            return None
        alignment = fuzz.partial_ratio_alignment(needle, self.folded)
        if alignment is None or alignment.dest_end <= alignment.dest_start:
            return None
        start, end = self._span(alignment.dest_start, alignment.dest_end)
        return Closest(start=start, end=end, text=self.text[start:end], score=round(alignment.score, 1))
