"""A quotation printed twice in one article: a headline or a standfirst that quotes, with no speaker of its own,
words the body gives someone ("‘It is the right thing to do’: X's bill passes" / "X said: “It is the right thing
to do. …”"). The words are that speaker's.

Only a quote of four words or more, left unattributed, whose words stand word for word inside quotes attributed
to one speaker of the article (two speakers: no one). One pass over the quotes, indexed by their first four words;
a run of four words that more than _CROWDED different attributed quotes hold decides nothing (no one), so that
each quote is compared with a bounded number of others.
"""

from __future__ import annotations

import re

from briefing.load.extract.speakers import RawQuote

__all__ = ["repeated_words"]

_WORD = re.compile(r"[\w’'-]+")
_MIN_WORDS = 4
_CROWDED = 16


def _words(text: str, start: int, end: int) -> list[str]:
    return [w.group(0).lower().replace("’", "'") for w in _WORD.finditer(text, start, end)]


def repeated_words(text: str, quotes: list[RawQuote]) -> list[RawQuote]:
    """`quotes` with each unattributed one that repeats an attributed quote's words given that quote's speaker."""
    attributed: dict[tuple[str, ...], dict[tuple[str, str | None], RawQuote]] = {}
    for quote in quotes:
        if quote.speaker is None:
            continue
        words = _words(text, quote.start, quote.end)
        joined = " ".join(words)
        for i in range(len(words) - _MIN_WORDS + 1):
            held = attributed.setdefault(tuple(words[i:i + _MIN_WORDS]), {})
            if len(held) <= _CROWDED:  # (one more than the bound marks the run crowded)
                held.setdefault((joined, quote.speaker), quote)
    if not attributed:
        return quotes
    out = list(quotes)
    for index, quote in enumerate(quotes):
        if quote.speaker is not None or quote.rule != "quote:unattributed":
            continue
        words = _words(text, quote.start, quote.end)
        if len(words) < _MIN_WORDS:
            continue
        joined = " ".join(words)
        held = attributed.get(tuple(words[:_MIN_WORDS]), {})
        if len(held) > _CROWDED:
            continue
        found = [q for (whole, _speaker), q in held.items() if f" {joined} " in f" {whole} "]
        if len({q.speaker for q in found}) == 1:
            source = found[0]
            out[index] = RawQuote(quote.start, quote.end, source.speaker, "quote:repeated",
                                  round(min(source.confidence, 0.7), 2), source.attr_start, source.attr_end)
    return out
