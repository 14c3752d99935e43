"""The according-to rule of quotes.py ("“…,” according to a post she made on X / a statement by X / EU envoy
X"), and where a clause after a speech verb ends (`clause_end`, which attribution.py's other rules read too).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.load.extract.name_words import is_title
from briefing.load.extract.speakers import UNNAMED, Who

__all__ = ["according", "clause_end"]


#: Right after a quote: "…,” according to a post she made on X / a statement by X / EU envoy X.
_ACCORDING = re.compile(r"[\s,;–—-]*according to\s+")
#: What a person writes or says: "a post", "a statement", "his remarks", "an interview".
_UTTERANCE = (r"(?:an?|the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:post|posts|statement|message|tweet|video|interview|letter|"
              r"remarks|comments?|speech|address|op-ed|article)")
#: "a post she made on X", "a statement he posted", "remarks she gave to …": the pronoun is the speaker.
_UTTERANCE_BY_PRONOUN = re.compile(rf"{_UTTERANCE}\s+(?P<who>he|she)\s+(?:made|posted|wrote|published|gave|shared|"
                                   r"issued|sent|recorded|delivered|released)\b")
#: "a statement by X", "a post from X" (a name, with titles before it, then the clause ends).
_UTTERANCE_BY_NAME = re.compile(rf"{_UTTERANCE}\s+(?:by|from)\s+")


def according(text: str, quote_end: int, para_end: int, who: Callable[..., Who], persons: frozenset[str]):  # noqa: ANN202
    """“…,” according to a post she made on X / according to a statement by X / according to EU envoy X:
    the person named (or the pronoun's), when nothing but titles and the name stand there. A source close to
    someone, a report or a readout of a call is no one's words we know: no rule."""
    lead = _ACCORDING.match(text, quote_end, min(para_end, quote_end + 40))
    if lead is None:
        return None
    start = lead.end()
    stop = clause_end(text, start, para_end)
    comma = text.find(",", start, stop)
    stop = comma if comma >= 0 else stop
    pronoun = _UTTERANCE_BY_PRONOUN.match(text, start, stop)
    if pronoun is not None:
        actor, a_s, a_e = who(pronoun.start("who"), pronoun.end("who"), "first")
        return (actor, "quote:according-to", 0.8, lead.start(), a_e) if actor in persons else None
    by_name = _UTTERANCE_BY_NAME.match(text, start, stop)
    name_start = by_name.end() if by_name is not None else start
    words = text[name_start:stop].split()
    if not words or len(words) > 8 or not all(w[:1].isupper() or is_title(w) or w in ("of", "the") for w in words):
        return None  # "according to people familiar with …", "according to the Reuters report": no one named
    if UNNAMED.search(text, name_start, stop):
        return None
    actor, a_s, a_e = who(name_start, stop, "last")
    return (actor, "quote:according-to", 0.8, lead.start(), a_e) if actor in persons else None


#: What a full stop ends without ending the clause: an honorific or an initial ("said Mr. Trump", "Vladimir V. Putin").
_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|Prof|Sgt|Capt|Adm|Amb)|\b[A-Z])$")


def clause_end(text: str, start: int, end: int) -> int:
    for index in range(start, min(end, start + 120)):
        if text[index] in ";“\"" or (text[index] == "." and text[index + 1:index + 2] in (" ", "\n", "")
                                      and not _ABBREVIATION.search(text, max(0, index - 4), index)):
            return index
    return min(end, start + 120)
