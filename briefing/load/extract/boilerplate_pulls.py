"""Pull-quotes (boilerplate.py calls this pass; a seam of its own):
  boiler:pull-quote  a display line that repeats words of the body: a quotation standing alone on its line
                     (“…”, or “…” — Name), its words in one longer line of the text, and the name line
                     under it (— Name). A copy of what the body says, never a second quote nor evidence.
A line is a pull-quote only when it holds nothing but the quotation (and a dash with a name): a paragraph that
says who spoke ("…,” she said.) is the body. One pass over the lines' words (a dictionary of word runs), linear.
"""

from __future__ import annotations

import re
from collections import Counter

from briefing.load.extract.boilerplate_parts import copy_key

__all__ = ["mark_pull_quotes"]

Lines = list[tuple[int, int, str]]
Marks = list[tuple[str, str] | None]

_MARK = ("boiler:pull-quote", "Pull-quote (a line of the body repeated)")
#: A line that is a quotation and nothing else, or a quotation with a dash and a name after it (a few words,
#: no sentence of its own): “We will not give way” — Anna Berg, negotiator.
_PULL = re.compile(r"[“\"«„‘'](?P<inner>[^“”\"«»]{8,}?)[”\"»’']\s*"
                   r"(?:[—–-]{1,2}\s*[A-Z][^.!?\n]{0,80}\.?)?$")
#: A name line under a pull-quote: "— Anna Berg" or "- Anna Berg, EU negotiator".
_NAME_LINE = re.compile(r"[—–-]{1,2}\s*[A-Z][^.!?\n]{0,80}$")
#: Words a pull-quote holds at least (a phrase of three words repeated is a scare quote, not a display line);
#: its words are compared in runs of this many.
_RUN = 4
_WORDS = 5


def mark_pull_quotes(lines: Lines, line_keys: list[str], marks: Marks) -> None:
    """Mark each line that is only a quotation whose runs of words stand, three in four at least, in one longer
    line of the text, and the dash-and-name line right under it. The first line of four words or more (the headline)
    is left to its own rules. Linear: each line's runs of words go once into a dictionary."""
    keys = [key.split() for key in line_keys]
    head = next((i for i, words in enumerate(keys) if len(words) >= 4), None)
    candidates: dict[int, list[str]] = {}
    for index, (_s, _e, line) in enumerate(lines):
        if marks[index] is None and index != head and line[:1] in "“\"«„‘'":
            match = _PULL.match(line)
            if match is not None:
                words = copy_key(match.group("inner")).split()
                if len(words) >= _WORDS:
                    candidates[index] = words
    if not candidates:
        return
    runs: dict[tuple[str, ...], list[int]] = {}
    for index, words in enumerate(keys):
        for at in range(len(words) - _RUN + 1):
            holders = runs.setdefault(tuple(words[at:at + _RUN]), [])
            if len(holders) < 3 and (not holders or holders[-1] != index):
                holders.append(index)
    for index, words in candidates.items():
        if _repeated(words, index, runs, keys):
            marks[index] = _MARK
            below = index + 1
            if below < len(lines) and marks[below] is None and _NAME_LINE.match(lines[below][2]):
                marks[below] = _MARK


def _repeated(words: list[str], index: int, runs: dict[tuple[str, ...], list[int]], keys: list[list[str]]) -> bool:
    """True when one other line, longer than the quotation, holds its first or last run of words and three in
    four of all its runs (a display line may trim or reword a word or two of the body)."""
    count = len(words) - _RUN + 1
    tally: Counter[int] = Counter()
    for at in range(count):
        tally.update({i for i in runs.get(tuple(words[at:at + _RUN]), ()) if i != index and len(keys[i]) > len(words)})
    return any(4 * held >= 3 * count and _holds_an_end(words, line, runs) for line, held in tally.items())


def _holds_an_end(words: list[str], line: int, runs: dict[tuple[str, ...], list[int]]) -> bool:
    return line in runs.get(tuple(words[:_RUN]), ()) or line in runs.get(tuple(words[-_RUN:]), ())
