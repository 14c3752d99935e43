"""A rule's cue pattern made to turn away, at once, the places none of its cues can start at.

A cue pattern of many alternatives (the stance cues, the event verbs) is tried at every word of a sentence, and
most words start no cue: the engine tries each alternative there before it moves on. `guarded` puts in front of
the pattern a lookahead on the first three characters any match can start with, worked out from the pattern itself
(`first_chars`): a word whose first characters start no alternative is turned away after a test or two. The
lookahead is a consequence of the pattern (every match's first characters pass it), so the guarded pattern finds
exactly the same matches (tests/extract/test_cue_scan.py checks it over the seeds and a generated text too).

Measured (cold11, benchmarks/README.md) against one pass per text recording per sentence which rules' cue words it
holds: building a sentence's word set (~6 µs) costs more than the cheap scans it would spare (the issue keywords'
~5 µs, the date anchors' ~4 µs), and a sentence that holds a stance cue is still scanned whole; the lookahead
spares the costly scans at every word, in every sentence they read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from re import _constants as sre  # noqa: PLC2701 - the parsed form of a pattern, read only
from re import _parser as sre_parse  # noqa: PLC2701

__all__ = ["MADE", "first_chars", "guarded"]

#: How many first characters the lookahead tests (three: twice as fast as two on the stance cues and event verbs;
#: four, no faster).
_LENGTH = 3
#: A set of characters listed one by one in the lookahead only up to this size (else: any character).
_MOST_CHARS = 64

#: Every pattern `guarded` made, with the pattern and flags it was made from (the tests compare the two).
MADE: list[tuple[re.Pattern[str], str, int]] = []

_Items = list
_Then = Callable[[str], set[str]]


def first_chars(pattern: str, flags: int = 0) -> set[str] | None:
    """The strings of up to three characters (_LENGTH) one of which starts every match of `pattern` (a shorter one:
    any characters after it); None when a match could start with anything (or with nothing: an empty match)."""
    parsed = sre_parse.parse(pattern, flags)
    found = _sequence(list(parsed), "", lambda prefix: {prefix})
    return None if "" in found else found


def _case_blind(pattern: str, flags: int) -> bool:
    """Whether any part of `pattern` matches regardless of case (its flags, or a `(?i:…)` group in it)."""
    return bool(flags & re.IGNORECASE) or "(?i" in pattern or bool(
        re.search(r"\(\?[a-zA-Z]*i[a-zA-Z]*[:)]", pattern))


def guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern` compiled with a lookahead on its first characters in front (the same matches; see above)."""
    found = first_chars(pattern, flags)
    made = re.compile(pattern, flags) if found is None else _with_lookahead(pattern, flags, found)
    MADE.append((made, pattern, flags))
    return made


def _with_lookahead(pattern: str, flags: int, found: set[str]) -> re.Pattern[str]:
    lookahead = _trie(found)
    if _case_blind(pattern, flags):
        # Tested as the pattern's letters are, whatever their case: each of them matches no more than the same
        # letter of the lookahead does (and a letter the pattern takes as it is, the lookahead takes too).
        lookahead = f"(?i:{lookahead})"
    # After the pattern's own word boundary when it starts with one: tried at a word's start only, not at every
    # character (the boundary tested twice is the same test).
    lead = r"\b" if _starts_at_boundary(pattern, flags) else ""
    global_flags = _GLOBAL_FLAGS.match(pattern)  # "(?x)…" stays in front
    head = global_flags.group(0) if global_flags else ""
    return re.compile(f"{head}{lead}(?={lookahead})(?:{pattern[len(head):]})", flags)


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def _trie(starts: set[str]) -> str:
    """An alternation that matches where one of `starts` does, one branch per first character (the engine skips
    a branch whose first character differs at one comparison)."""
    by_first: dict[str, set[str]] = {}
    for start in starts:
        by_first.setdefault(start[0], set()).add(start[1:])
    branches = []
    for first, rests in sorted(by_first.items()):
        if "" in rests:  # any character after this one
            branches.append(re.escape(first))
        elif all(len(r) == 1 for r in rests):
            branches.append(re.escape(first) + "[" + "".join(re.escape(r) for r in sorted(rests)) + "]")
        else:
            branches.append(re.escape(first) + "(?:" + _trie(rests) + ")")
    return "|".join(branches)


def _starts_at_boundary(pattern: str, flags: int) -> bool:
    """Whether every match of `pattern` starts at a word boundary: its first item (or its first group's) is `\\b`."""
    items = list(sre_parse.parse(pattern, flags))
    while items and items[0][0] is sre.SUBPATTERN:
        if (items[0][1][1] | items[0][1][2]) & (sre.SRE_FLAG_LOCALE | sre.SRE_FLAG_ASCII):
            return False  # a boundary of another kind than the pattern's
        items = list(items[0][1][3])
    return bool(items) and items[0] == (sre.AT, sre.AT_BOUNDARY)


def _sequence(items: _Items, prefix: str, then: _Then) -> set[str]:
    """The prefixes (up to _LENGTH characters) a match of `items`, then of what `then` reads, can start with, each
    after `prefix`."""
    if len(prefix) >= _LENGTH:
        return {prefix[:_LENGTH]}
    if not items:
        return then(prefix)
    op, av = items[0]

    def rest(p: str) -> set[str]:
        return _sequence(items[1:], p, then)

    if op is sre.LITERAL:
        return rest(prefix + chr(av))
    if op is sre.IN:
        chars = _chars(av)
        return {prefix} if chars is None else set().union(*(rest(prefix + c) for c in chars))
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return rest(prefix)  # zero width: what follows starts here
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & (sre.SRE_FLAG_LOCALE | sre.SRE_FLAG_ASCII):
            return {prefix}  # a character rule of its own: not followed
        # (a group that ignores case is followed: `guarded` then makes the whole lookahead ignore case)
        return _sequence(list(sub), prefix, rest)
    if op is sre.BRANCH:
        return set().union(*(_sequence(list(alternative), prefix, rest) for alternative in av[1]))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)):
        low, high, sub = av
        # One time through, then the rest when it cannot come again; after a repeat that may come again, anything.
        found = _sequence(list(sub), prefix, rest if high == 1 else (lambda p: {p}))
        return found | rest(prefix) if low == 0 else found
    return {prefix}  # any character, a category, a back-reference…: anything from here


def _chars(av: list) -> list[str] | None:
    """The characters of a character set, or None when it holds a category, a negation or too many."""
    chars: list[str] = []
    for op, value in av:
        if op is sre.LITERAL:
            chars.append(chr(value))
        elif op is sre.RANGE:
            low, high = value
            if high - low >= _MOST_CHARS:
                return None
            chars.extend(chr(c) for c in range(low, high + 1))
        else:
            return None  # NEGATE, CATEGORY, …
        if len(chars) > _MOST_CHARS:
            return None
    return chars
