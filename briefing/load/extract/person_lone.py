"""A lone word beside a speech verb is no person unless the text shows one (people.py's last look at a group).

"“Deliveries resume in May,” Kestrel said": a firm, a carmaker or an airline speaks through its name alone, and
no word around it need say it is a firm (firm_words.py reads the cues there are: "Kestrel Inc", "the airline
Kestrel"). A person named only by a surname beside a speech verb, whom the folder never gives a first name, a
title, an honorific or any other introduction, is as often a brand as a person, and which the text cannot say
(so is a surname with its capital particle: "De Beers said", a diamond firm).
Such a group makes no automatic person (its quotation shows "speaker unknown"), unless the sentence goes on to
speak of a person: a personal pronoun after the verb ("Roe said he …", "said Roe, who …", "Roe said her …").
The look is bounded: from the name to the sentence's end, at most `_REACH` characters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.load.extract.person_groups import Introduction, given

__all__ = ["lone_brand"]

_REACH = 240
#: What only a person is: a personal pronoun, or "who" right after the name's comma ("said Roe, who …").
_PERSONAL = re.compile(r"\b(?:he|she|him|his|her|hers|himself|herself)\b|^,[ \u00a0]+who\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=[\s”’\"']|$)|\n")


def lone_brand(members: Sequence[Introduction], texts: dict[str, str]) -> bool:
    """Whether `members` (one person's introductions, over the folder) are only a single word beside a speech
    verb, with no title and no personal pronoun after it in its sentence: a name that may be a firm's."""
    # (a surname alone with its capital particle is one word here: "De Beers said", "Van Cleef said")
    if not members or any(given(m.words) or m.rule != "person:speech" or m.role for m in members):
        return False
    for member in members:
        text = texts[member.file]
        stop = _SENTENCE_END.search(text, member.end, member.end + _REACH)
        tail = text[member.end:stop.start() if stop else min(len(text), member.end + _REACH)]
        if _PERSONAL.search(tail):
            return False
    return True
