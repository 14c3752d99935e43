"""A country's possessive right before a person's name ("Italy's Salvini", "Italy's Matteo Salvini", in a
headline or the body) places the person where no introduction of theirs did: people.py asks it for a person
whose introductions give no side at all (two that disagree stay unplaced). The possessor must be a side's cue
word ("Italy", "Kremlin") or a country no side claims (side "other"); a person's name ("Trump's Witkoff") or any
other word places no one, and two possessors that disagree place no one. One pass over each text."""

from __future__ import annotations

import re

from briefing.load.extract.person_roles import Placing, country_word, side_of

__all__ = ["Possessors", "possessed_sides", "possessor_side"]

#: "<Country>’s <Name …>": the possessor (one or two capitalised words) and up to four capitalised words after.
_POSSESSED = re.compile(r"(?<![\w’'.-])(?P<owner>[A-Z][\w.]*(?:[ \u00a0][A-Z][\w.]*)?)[’']s[ \u00a0]+"
                        r"(?P<name>[A-Z][\w’'-]*(?:[ \u00a0]+[A-Z][\w’'-]*){0,3})")

#: written form of a name ("Salvini", "Matteo Salvini") → the sides its possessors give it
Possessors = dict[str, set[str]]


def possessed_sides(texts: list[str], sides: Placing) -> Possessors:
    """Every run of one to four capitalised words after a country's possessive, with the side it gives."""
    found: Possessors = {}
    for text in texts:
        for match in _POSSESSED.finditer(text):
            # ("on Thursday Italy’s Salvini": the possessor is the last word when the two are no cue)
            owner = next((o for o in (match.group("owner"), match.group("owner").split()[-1])
                          if o in sides.cues or country_word(o)), None)
            if owner is None:
                continue
            side = side_of(owner + "’s", sides)
            if side is None:
                continue
            words = match.group("name").split()
            for k in range(1, len(words) + 1):
                found.setdefault(" ".join(words[:k]), set()).add(side)
    return found


def possessor_side(names: list[str], possessors: Possessors) -> str | None:
    """The one side the possessives before any of `names` (a person's full name and aliases) give, or None."""
    given = set().union(*(possessors.get(name, set()) for name in names)) if names else set()
    return next(iter(given)) if len(given) == 1 else None
