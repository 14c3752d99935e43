"""Two names of one side who say "they" will act: "Spain and Italy have said they are prepared to deploy
peacekeepers" (holders.py asks this when the clause gives no holder of its own: "they" names no one it knows).
The stance is their side's when both are of that side and nothing but the speech verb stands between them and the
"they"; two sides, a name between, or a "they" the speech verb does not open: not read."""

from __future__ import annotations

import re

__all__ = ["joint_they"]

#: Between the second name and "they": the speech verb, its auxiliary and adverbs, an optional "that".
_SAID_THEY = re.compile(r"\s+(?:(?:have|has|had|also|both|repeatedly|publicly|already)\s+){0,3}"
                        r"(?:said|say|stated|state|announced|signall?ed|indicated|declared|confirmed|insisted)"
                        r"\s+(?:that\s+)?they\s+")
_AND = re.compile(r"\s*,?\s+and\s+")
#: Up to the cue after "they": no clause break nor another name (the names list says where names are).
_NO_BREAK = re.compile(r"[^.;:!?\n]*")


def joint_they(text: str, names, actors, cue: int, start: int,  # noqa: ANN001
               negotiating: frozenset[str]) -> list[tuple[str, list[str], str]]:
    """Their side holding the stance, as holders.holder returns it; [] when the shape is not this one."""
    before = [n for n in names if start <= n[1] and n[2] <= cue]
    for x, y in zip(before, before[1:]):
        said = _SAID_THEY.match(text, y[2])
        if said is None or said.end() > cue or _AND.fullmatch(text, x[2], y[1]) is None:
            continue
        if y is not before[-1] or _NO_BREAK.fullmatch(text, said.end(), cue) is None:
            return []
        sides = {actors[x[0]].side, actors[y[0]].side}
        if len(sides) != 1 or not all(side in negotiating for side in sides):
            return []
        return [(actors[x[0]].side, [x[0], y[0]], "pronoun:joint")]
    return []
