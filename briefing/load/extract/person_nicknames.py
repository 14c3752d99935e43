"""Nicknames the folder itself gives: "Ana “Bing” Reyes" says that "Bing Reyes", elsewhere, is the same woman.
Grouped by surname (person_groups.py), "Ana Reyes" and "Bing Reyes" would be two people with different given
names (and the surname alone neither's); a nickname printed in quotation marks between the given name and the
surname of one introduction joins the two given names, for that surname only.

Read from the introductions' own spans (the span of a nicknamed name keeps the nickname as written): linear in
their length.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.load.extract.name_words import fold_accents

if TYPE_CHECKING:
    from briefing.load.extract.person_groups import Introduction

__all__ = ["OPEN_NICK_BEFORE", "nicknamed", "nickname_pairs"]

#: A nickname in quotation marks, inside the span of a name.
_NICK = re.compile(r"[“\"‘']([A-Z][\w.’-]*)[”\"’']")


def nickname_pairs(found: list[Introduction], texts: dict[str, str]) -> set[tuple[str, str, str]]:
    """(surname, first given name, nickname) for each introduction whose name is written with a one-word
    nickname between its given names and its surname, folded of accents, in lower case."""
    pairs: set[tuple[str, str, str]] = set()
    for intro in found:
        text = texts.get(intro.file, "")
        if intro.end - intro.start > 80 or len(intro.words) < 2:
            continue
        nick = _NICK.search(text, intro.start, intro.end)
        if nick is None or nick.group(1) in intro.words:
            continue
        pairs.add(tuple(fold_accents(w).lower() for w in (intro.words[-1], intro.words[0], nick.group(1))))
    return pairs


#: A given name, then an opening quotation mark right before a run: the run opens with a nickname whose closing
#: mark is missing ("Sean “Diddy Combs").
OPEN_NICK_BEFORE = re.compile(r"(?<![\w.’'-])(?P<given>[A-Z][a-z]+)[ \u00a0][“\"]$")


def nicknamed(text: str, n_start: int, run_start: int) -> bool:
    """Whether the name begins before its run with a given name and a nickname in quotation marks ("Sean “Diddy”
    Combs", "Sean “Diddy Combs"): the whole name still, its given name outside the run."""
    between = text[n_start:run_start]
    return n_start < run_start <= n_start + 40 and any(mark in between for mark in "“\"")
