"""Full names listed beside a person (issue 10, people38): "Ana Whitfield, Tomas R. Lindqvist and Paul K. Osei
shared …" where the text introduces one of them ("Whitfield said …") and names the others with no formula.

Each item of a list of names ("A, B and C", "A and B") that is an untitled name (a given name and a surname, the
name rules' reading) becomes a person (person:listed) when a neighbouring item is a person an introduction names
at that very place, and the name is a person's by its shape: an initial between given name and surname ("Tomas
R. Lindqvist", "Omar M Yaghi"), or a surname the article also writes alone ("… and Osei at Leeds"). "Governor
Anna Berg, Santa Barbara and New Mexico", "Minister X, Goldman Sachs and …" add no one. The walk goes on from
each person it adds; a list item that is not such a name ends it. One pass over the article's introductions and
its untitled names' places (a search of the text per candidate surname).
"""

from __future__ import annotations

import re
from collections import Counter

from briefing.load.extract.person_groups import Introduction, given

__all__ = ["listed_beside"]

#: Between two items of a list: ", ", ", and ", " and " (and "&").
_SEPARATOR = re.compile(r",?[ \u00a0]+(?:and|&)[ \u00a0]+|,[ \u00a0]+")
#: The same, right before an item (read back from its start).
_SEPARATOR_BEFORE = re.compile(r"(?:,?[ \u00a0]+(?:and|&)|,)[ \u00a0]+$")


def listed_beside(text: str, file: str, found: list[Introduction],
                  untitled: dict[tuple[str, ...], list[tuple[int, int]]]) -> list[Introduction]:
    """The introductions of the untitled full names listed next to a person `found` introduces in `text`."""
    todo = [(i.start, i.end) for i in found if i.file == file and i.end > i.start]
    if not todo or not untitled:
        return []
    by_start: dict[int, tuple[int, tuple[str, ...]]] = {}
    by_end: dict[int, tuple[int, tuple[str, ...]]] = {}
    for words, places in untitled.items():
        if given(words):
            for start, end in places:
                by_start[start] = (end, words)
                by_end[end] = (start, words)
    alone = _Alone(text, untitled)
    introduced = {i.words for i in found}
    added: list[Introduction] = []
    seen: set[int] = set()
    while todo:
        start, end = todo.pop()
        if start in seen:
            continue
        seen.add(start)
        neighbours = []
        if (after := _SEPARATOR.match(text, end)) is not None and after.end() in by_start:
            neighbours.append((after.end(), *by_start[after.end()]))
        before = _SEPARATOR_BEFORE.search(text, max(0, start - 8), start)
        if before is not None and before.start() in by_end:
            n_start, words = by_end[before.start()]
            neighbours.append((n_start, before.start(), words))
        for n_start, n_end, words in neighbours:
            if len(words) == 3 and _INITIAL.fullmatch(words[1]) is not None or alone.written(words[-1]):
                todo.append((n_start, n_end))
                if words not in introduced:
                    introduced.add(words)
                    added.append(Introduction(file, n_start, n_end, words, "person:listed", "", -1, -1, None))
    return added


#: A middle initial: "R." of "Tomas R. Lindqvist", "K" of "Paul K Osei".
_INITIAL = re.compile(r"[A-Z]\.?")
_CAPITALISED = re.compile(r"(?<![\w’'.-])[A-Z][\w’'-]+")


class _Alone:
    """Whether the article writes a surname alone: its capitalised words counted once (on first use), less the
    times the untitled names end with it."""

    def __init__(self, text: str, untitled: dict[tuple[str, ...], list[tuple[int, int]]]) -> None:
        self._text = text
        self._untitled = untitled
        self._counts: Counter[str] | None = None

    def written(self, surname: str) -> bool:
        if self._counts is None:
            self._counts = Counter(m.group(0) for m in _CAPITALISED.finditer(self._text))
            for words, places in self._untitled.items():
                self._counts[words[-1]] -= len(places)
        return len(surname) >= 3 and self._counts[surname] > 0
