"""The same words of one speaker rendered differently in two sources (or two parts of a compilation): the
`quote_renderings` discrepancies, as a fold over the quotes in order that can go on.

Each quote's long words (7 letters or more) put it in a bucket per (speaker, word); only a bucket's first
LIMIT quotes are compared (no list of 100,000 held), pairwise, when they are worded differently and both long
enough (6 words or more); a pair is reported when its texts are alike (token set ratio ≥ 60) without one
holding the other. The pairs are numbered in their order (by the first quote's place, then the second's).

Taken in batches (`add`), the result is the same as in one: a quote added later only joins buckets that are
not full yet, and only the pairs it is in are new (a full bucket never changes again, so it is kept by its
key alone; the quotes the open buckets hold are kept with their speaker, span and part). So a folder grown by
files that arrive last goes on from these accumulators (extract/fold_state.py keeps them).
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from typing import Any

from rapidfuzz import fuzz

from briefing.load.spans import fold
from briefing.model import Discrepancy, Quote, Span

#: A bucket's quotes compared, at most.
LIMIT = 50


class _Reading:
    """One wording's folded text, its long words, and whether it is long enough to compare."""

    __slots__ = ("folded", "long_enough", "words")

    def __init__(self, text: str) -> None:
        self.folded = fold(text).lower()
        self.words = {w.strip(".,;:!?…—-()") for w in self.folded.split() if len(w) >= 7}
        self.long_enough = len(self.folded.split()) >= 6


class Member:
    """A quote an open bucket holds: what comparing it reads."""

    __slots__ = ("part", "span", "speaker")

    def __init__(self, speaker: str | None, span: Span, part: object) -> None:
        self.speaker, self.span, self.part = speaker, span, part


class Renderings:
    """The quote-rendering discrepancies of the quotes taken so far (`add`, in order; `result()`)."""

    def __init__(self, names: dict[str, str] | None = None) -> None:
        self.names = names or {}
        #: How many quotes were taken (the next one's number).
        self.count = 0
        #: (speaker, word) → the numbers of its quotes, for the buckets not full yet.
        self.buckets: dict[tuple[str | None, str], list[int]] = defaultdict(list)
        #: The buckets full (LIMIT quotes): nothing joins them again.
        self.full: set[tuple[str | None, str]] = set()
        #: The quotes the open buckets hold, by number.
        self.members: dict[int, Member] = {}
        #: The pairs reported: (first, second, summary, score, first's span, second's span), in order.
        self.found: list[tuple[int, int, str, float, Span, Span]] = []
        self._readings: dict[str, _Reading] = {}

    def reading(self, text: str) -> _Reading:
        reading = self._readings.get(text)
        if reading is None:
            reading = self._readings[text] = _Reading(text)
        return reading

    def add(self, quotes: list[Any], part_of: dict[str, object]) -> None:
        """The next `quotes` (records or claim_fold's stand-ins), in order; `part_of`: quote id → its part."""
        start = self.count
        touched: set[tuple[str | None, str]] = set()
        buckets, full = self.buckets, self.full
        for quote in quotes:
            number = self.count
            self.count += 1
            member = None
            for word in self.reading(quote.text).words:
                key = (quote.speaker, word)
                if key in full:
                    continue
                if member is None:
                    member = self.members[number] = Member(quote.speaker, quote.span, part_of.get(quote.id))
                bucket = buckets[key]
                bucket.append(number)
                touched.add(key)
                if len(bucket) >= LIMIT:
                    full.add(key)
        pairs: set[tuple[int, int]] = set()
        for key in touched:
            pairs.update(pair for pair in self._differently_worded(buckets[key]) if pair[1] >= start)
        self._report(sorted(pairs))
        for key in touched & full:
            del buckets[key]
        held = {number for bucket in buckets.values() for number in bucket}
        self.members = {number: self.members[number] for number in sorted(held)}

    def _differently_worded(self, numbers: list[int]) -> list[tuple[int, int]]:
        """The pairs (low, high) of `numbers` worded differently and both long enough (without making the
        others: the same quote carried by many sources makes most pairs)."""
        groups: dict[str, list[int]] = defaultdict(list)
        for number in numbers:
            text = self.members[number].span.text
            if self.reading(text).long_enough:
                groups[text].append(number)
        if len(groups) < 2:
            return []
        pairs = []
        for one, other in combinations(groups.values(), 2):
            pairs.extend((a, b) if a < b else (b, a) for a in one for b in other)
        return pairs

    def _report(self, pairs: list[tuple[int, int]]) -> None:
        found = []
        for a, b in pairs:
            qa, qb = self.members[a], self.members[b]
            if (qa.span.source, qa.part) == (qb.span.source, qb.part):
                continue
            folded_a, folded_b = self.reading(qa.span.text).folded, self.reading(qb.span.text).folded
            if folded_a == folded_b:
                continue
            score = fuzz.token_set_ratio(folded_a, folded_b)
            if score < 60 or folded_a in folded_b or folded_b in folded_a:
                continue
            who = self.names.get(qa.speaker or "", qa.speaker) or "an unnamed speaker"
            where = "two parts of one compilation" if qa.span.source == qb.span.source else "two sources"
            found.append((a, b, f"The same words of {who} are rendered differently in {where} ({score:.0f}% alike)",
                          score, qa.span, qb.span))
        if found:
            self.found = sorted(self.found + found, key=lambda entry: entry[:2])

    def result(self) -> list[Discrepancy]:
        return [Discrepancy(id=f"auto-quote-{number}", kind="translation", summary=summary, evidence=(a, b),
                            origin="auto", confidence=round(score / 100, 2), rule="disc:quote-rendering")
                for number, (_a, _b, summary, score, a, b) in enumerate(self.found, 1)]


def quote_renderings(quotes: list[Quote], part_of: dict[str, object],
                     names: dict[str, str] | None = None) -> list[Discrepancy]:
    """Two quotes of one speaker, in different sources or parts, alike but not the same words."""
    renderings = Renderings(names)
    renderings.add(quotes, part_of)
    return renderings.result()
