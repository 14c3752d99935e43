"""Sentences with character spans.

A line is a paragraph (the articles put one paragraph, headline or caption per line); inside a line a
sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets) followed by white space and
a capital, digit or opening quote; a period between a lower-case word and a capital with no space
("unrealistic.He said") ends one too.
It does not end after a known abbreviation ("U.S.", "Feb.", "Mr."; "No." only before a number),
an initial ("J."; not the platform in "posted on X."), inside a number ("$75.25", "2.3%", "4-1/2-hour"), or before an attribution that
follows a quotation ("…?” Lavrov said.").

pysbd (installed) was measured against the gold boundaries in tests/gold/sentences.toml (see
benchmarks/evaluate.py): recall 0.985 against 1.000 here, and about 150x slower (310 ms against 2 ms
for the five seeds), which matters for a 10,000-article folder. It also splits "…?” / Lavrov said."
apart, which would cut an attribution from its quote. So this splitter is ours.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: Tokens (lower case, without the final period) after which a period does not end a sentence.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof st jr sr gen lt col maj sgt capt cmdr adm gov sen rep rev hon pres supt
    u.s u.k u.n e.u u.s.s.r d.c a.m p.m e.g i.e vs v no nos fig approx est dept
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    inc ltd co corp bros
    """.split()
)

_LINE = re.compile(r"[^\n]+")
# A terminator run, closing quotes/brackets, white space, then what may start a sentence. A match only
# starts where a run starts, and the runs are possessive: otherwise a run of n `!` not followed by a
# sentence start is tried from each of its n positions, n steps each (20,000 `!` took 5.7 s).
_BOUNDARY = re.compile(r"(?<![.!?…])([.!?…]++)([\"”’'»)\]]*+)(\s++)(?=[\"“‘'«(\[]?[A-Z0-9\u00C0-\u024F])")
# Sentences run together by a missing space ("was unrealistic.He said", 'had been "frank".She'): a
# lower-case word, a period (closing quotes or brackets on either side), a capitalised word. Abbreviations ("e.g.Putin", "vs.Trump") and anything with a capital or a period
# before ("U.S.Army", "Feb.The", "J.D.Vance") are not cut.
# The next sentence may open with a curly quotation mark ("sources said.“Every …”, said X"): its own quote.
_RUN_TOGETHER = re.compile(r"(?<![\w.’'-])([a-zß-öø-ÿ]{2,}+)[\"”’'»)\]]*+\.[\"”’'»)\]]*+(?=[“‘«]?[A-Z][a-zß-öø-ÿ])")
_TOKEN_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_ATTRIBUTION_AFTER = re.compile(
    r"(?:[A-Z][\w’'.-]*\s+){1,4}(?:said|says|added|wrote|told|asked|stated|warned|noted|insisted|replied|"
    r"responded|recalled|explained|declared|tweeted|posted)\b"
)
_QUOTE_CLOSERS = set("\"”’'»")
#: Abbreviations of "number" ("No. 5"): a period after them ends a sentence unless a digit follows.
_NUMBER_SIGNS = frozenset({"no", "nos"})
#: Right before an "X" that is the platform, not an initial: "posted on X.", "shared on X."
_ON_X = re.compile(r"\b(?:on|via)\s+$")
#: A wire dateline's agency between slashes ("MOSCOW, July 22. /TASS/. The lead …"): the dateline opens the lead
#: sentence, as "KYIV, March 18 (Reuters) - …" does, and dates its act.
_SLASHED_AGENCY = re.compile(r"/[A-Z][A-Za-z-]{1,15}/$")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans [start, end) of `text[start:end]`, stripped of surrounding white space."""
    end = len(text) if end is None else min(end, len(text))
    start = max(0, min(start, end))
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text, start, end):
        spans.extend(_split_line(text, line.start(), line.end()))
    return spans


def _split_line(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    begin = start
    for cut, after in _cuts(text, start, end):
        if cut < begin:
            continue
        span = _strip(text, begin, cut)
        if span:
            yield span
        begin = after
    span = _strip(text, begin, end)
    if span:
        yield span


def _cuts(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(end of a sentence, start of the next) in text order: at white space after a terminator, or
    right after the period of a run-together pair."""
    begin = start
    joined = _RUN_TOGETHER.finditer(text, start, end)
    pending = next(joined, None)
    for match in _BOUNDARY.finditer(text, start, end):
        while pending is not None and pending.end() <= match.start():
            if pending.group(1).lower() not in ABBREVIATIONS:
                yield pending.end(), pending.end()
                begin = pending.end()
            pending = next(joined, None)
        if not _is_boundary(text, match, begin):
            continue
        yield match.start(3), match.end(3)
        begin = match.end(3)
    while pending is not None:
        if pending.group(1).lower() not in ABBREVIATIONS:
            yield pending.end(), pending.end()
        pending = next(joined, None)


def _is_boundary(text: str, match: re.Match[str], begin: int) -> bool:
    terminator = match.group(1)
    if terminator == ".":
        if _SLASHED_AGENCY.search(text, max(begin, match.start(1) - 18), match.start(1)):
            return False
        token = _TOKEN_BEFORE.search(text, max(begin, match.start(1) - 24), match.start(1))
        if token:
            word = token.group(1).lower()
            if word in _NUMBER_SIGNS and not text[match.end(3):match.end(3) + 1].isdigit():
                return True  # "… would receive “a resounding no.” Agriculture …": "No." only before a number
            if word in ABBREVIATIONS:
                return False
            if len(word) == 1 and word.isalpha() and text[token.start(1)].isupper():
                # an initial: "J. Smith", "U." of an unknown "U.X."; not the platform ("… as shared on X.")
                return word == "x" and _ON_X.search(text, max(begin, token.start(1) - 12), token.start(1)) is not None
    if match.group(2) and any(c in _QUOTE_CLOSERS for c in match.group(2)):
        if _ATTRIBUTION_AFTER.match(text, match.end(3), min(len(text), match.end(3) + 80)):
            return False
    return True


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None
