"""Bodies named after a country that are no government of it ("the American Chamber of Commerce in Russia", "the
Russian Union of Industrialists"): a place word inside such a name gives no side (holder_places.py for positions,
person_roles.py for a person's role)."""

from __future__ import annotations

import re

__all__ = ["BODY_AFTER", "BODY_BEFORE", "names_a_body"]

#: The head of a name of a body that is no government, after the place word and its other capitalised words.
_BODY_HEAD = (r"(?:Chambers?|Institute|University|College|Foundation|Association|Society|Academy|Museum|Airlines?|"
              r"Business\s+(?:Council|Club|Forum)|Bar|Red\s+Cross|Studies|Club|Orchestra|Olympic\s+Committee|"
              r"(?:Union|Federation|Confederation)\s+of)\b")
#: After a place word: "American Chamber of Commerce", "Russian Geographical Society".
BODY_AFTER = re.compile(r"(?:\s+(?:[A-Z][\w’'-]*|of|for|and))*?\s+" + _BODY_HEAD)
#: Before it, the place at the name's end: "the American Chamber of Commerce in Russia", "University of Kyiv".
BODY_BEFORE = re.compile(_BODY_HEAD + r"(?:\s+(?:[A-Z][\w’'-]*|of|for|and))*?\s+(?:in|of|for)\s+(?:the\s+)?$")


def names_a_body(text: str, start: int, end: int, left: int = 0) -> bool:
    """Whether the place word text[start:end] is part of the name of such a body (`left`: where to look back from)."""
    return BODY_AFTER.match(text, end) is not None or BODY_BEFORE.search(text, max(left, start - 60), start) is not None
