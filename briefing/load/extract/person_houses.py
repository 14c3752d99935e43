"""Another country's Senate or Congress, across the articles that introduce one person: "Senate President X"
in a story that names no country beside an earlier "MANILA, Philippines — Senate President X …". The
legislature's cue word alone would place X on the US side in the first (person_roles.legislature_side reads one
article at a time); where the person's articles together name countries no side claims more often than they
name that side by any other cue, the cue places no one, in any of them (unplaced, never a guessed side).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from briefing.load.extract.person_roles import Placing, house_abroad, legislature_only

if TYPE_CHECKING:
    from briefing.load.extract.person_groups import Introduction

__all__ = ["unplaced_abroad"]


def unplaced_abroad(members: list[Introduction], texts: dict[str, str], sides: Placing) -> list[Introduction]:
    """`members` (one person's introductions) with the sides only a legislature's cue gives taken off, where
    the articles that introduce the person are about a country no side claims. Reads those articles once, and
    only for a person a legislature's cue places."""
    cued = [i for i in members if i.side is not None and legislature_only(i.role, sides)]
    if not cued or len({i.side for i in cued}) > 1:
        return members
    files = list(dict.fromkeys(i.file for i in members))
    if not house_abroad([texts[f] for f in files], cued[0].side, sides):
        return members
    return [replace(i, side=None) if i in cued else i for i in members]
