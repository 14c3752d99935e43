"""A generation after a name ("Robert F. Kennedy Jr.", "Robert F. Kennedy, Jr.", "Ferdinand Marcos Sr.") is part
of it (people33): the son is not the father. Without it "Robert F. Kennedy, Jr." made a person named
"Robert F. Kennedy", his father's name. The run of capitalised words stops before the comma and takes "Jr"
without its dot; the introduction is widened to the suffix and its dot, and the name ends in "Jr." (person_groups
then keys the surname "Kennedy Jr.", so a "Caroline Kennedy" of the same article is another person and "Kennedy"
alone is neither's). One match at the end of each introduction.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.load.extract.name_words import GENERATIONS
from briefing.load.extract.person_groups import Introduction, given

__all__ = ["with_generation"]

#: The generation after a name: its dot, or a comma and the suffix ("…, Jr.").
_AFTER = re.compile(r",[ \u00a0](?P<word>Jr|Jnr|Sr|Snr)(?P<dot>\.?)(?![\w’'-])|(?P<only>\.)")


def with_generation(intro: Introduction, text: str) -> Introduction:
    """`intro` with the generation the text writes after its name (or the dot of the one it ends with)."""
    words = intro.words
    suffixed = words[-1] in GENERATIONS and len(words) >= 3
    if not suffixed and (len(words) < 2 or not given(words)):
        return intro
    match = _AFTER.match(text, intro.end)
    if match is None:
        return intro
    if suffixed and match.group("only"):
        return replace(intro, words=(*words[:-1], words[-1] + "."), end=match.end())
    if not suffixed and match.group("word"):
        return replace(intro, words=(*words, match.group("word") + match.group("dot")), end=match.end())
    return intro
