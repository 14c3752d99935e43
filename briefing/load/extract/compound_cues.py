"""A stance cue that is the participle of a hyphened compound (issue 10): "a US-brokered peace agreement",
"the Kremlin-backed plan", "a state-sponsored truce".

The compound names its own agent, glued before the participle: "a president who doubts the US-brokered pact"
tells that the US brokered it, not that the doubter is for it (main on a held-out folder: the doubter's side *for*
the deal, 0.9, taken from the sentence's subject because the US held no column there). So such a cue has one possible holder:
the name that is the compound's first part; a common noun there ("state-backed") names no one, and then no one
holds it. A short prefix of the verb itself ("re-imposed", "co-sponsored") is no compound of this kind.
A look at the few characters before the cue: constant work per cue.
"""

from __future__ import annotations

import re

__all__ = ["compound_agent"]

#: The compound's first part right before the hyphen that glues it to the cue: a capitalised word or initials
#: ("US", "U.S.", "Qatar"), or a common noun of four letters or more ("state", "government").
_WORD = re.compile(r"[A-Za-z]{3,30}")
_PREFIX = re.compile(r"(?:(?<![\w.])[A-Z][\w.’']*|(?<![\w-])[a-z]{4,})-$")


def compound_agent(text: str, names, cue: int) -> list | None:  # noqa: ANN001
    """None when the word at `cue` is no participle of a compound; else the names (as (id, start, end)) that end
    at its hyphen: the only agent the compound allows (none: no holder)."""
    if cue < 2 or text[cue - 1] != "-":
        return None
    word = _WORD.match(text, cue)
    if word is None or not word.group(0).lower().endswith("ed"):
        return None
    if _PREFIX.search(text, max(0, cue - 40), cue) is None:
        return None
    return [n for n in names if n[2] == cue - 1][:1]
