"""A name's possessive right after it: "X's", "X’s", and the bare apostrophe a name ending in s takes ("Combs’
lawyers", "Rhodes' friends and fans"). A possessor is not the subject of the verb that follows its noun: "Combs’
lawyers want him freed, saying … “…”" are the lawyers' words, not Combs'."""

from __future__ import annotations

import re

__all__ = ["POSSESSIVE_MARK", "possessive_after"]

#: The possessive mark right after a name, as a regex fragment matched at the name's end: "’s"/"'s", or a bare
#: apostrophe after a final s before a lower-case word that is no speech verb ("Jones' lawyers", not "… Jones'
#: said Smith" where the mark closes a single-quoted quotation).
POSSESSIVE_MARK = r"(?:[’']s|(?<=s)[’'](?=[ \t]+(?!(?:said|says|told|added|asked|wrote)\b)[a-z]))"

_MARK = re.compile(POSSESSIVE_MARK)


def possessive_after(text: str, end: int) -> bool:
    """Whether the name ending at `end` is followed by its possessive mark ("X's", "Combs’ lawyers")."""
    return _MARK.match(text, end) is not None
