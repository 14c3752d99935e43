"""Where a bundled gazetteer actor stands in a folder with its own sides (sides.on_sides): the side whose cue
word its current role names ("British Prime Minister" → a folder's "uk" side listing "British"), else "other".

The bundled data/actors.toml places its people on the bundled sides (Starmer on "europe"). A folder about another
negotiation lists its own sides; a bundled person whose side it does not list was "other" there, so a UK prime
minister in talks between London and Brussels held no position at all. His role's title says which of the
folder's sides he is on. Only a current role counts (no `until`, not "former …"), matched as whole words and
case-sensitively, as the sides' cues are in the text; two sides named (or none): "other", never a guess.
"""

from __future__ import annotations

import re

from briefing.model import OTHER, UNPLACED, Actor, Side

__all__ = ["side_of_roles"]

_FORMER = re.compile(r"^\s*(?:former|ex-|one-time|late|outgoing|acting)\b", re.IGNORECASE)


def _cue_pattern(sides: tuple[Side, ...]) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    table: dict[str, str] = {}
    for side in sides:
        if side.id in (OTHER, UNPLACED):
            continue
        for cue in side.cues:
            table.setdefault(cue, side.id)
    if not table:
        return None, table
    words = sorted(table, key=len, reverse=True)
    return re.compile(r"(?<![\w.-])(?:" + "|".join(re.escape(w) for w in words) + r")(?=(?:[’']s)?(?![\w-]))"), table


def side_of_roles(actor: Actor, sides: tuple[Side, ...]) -> str:
    """The one folder side a current role of `actor` names by a cue, else "other"."""
    pattern, table = _cue_pattern(sides)
    if pattern is None:
        return OTHER
    found = {table[m.group(0)] for role in actor.roles if role.until is None and not _FORMER.match(role.title)
             for m in pattern.finditer(role.title)}
    return found.pop() if len(found) == 1 else OTHER
