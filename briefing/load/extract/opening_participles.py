"""A quotation inside a participle phrase that opens its sentence: "Calling X a “true friend” of Y, Prime Minister Z
emphasised …". The participle has no subject of its own: it is the main clause's, the person named right after
the phrase's comma (titles and capitalised words only before the name, a lower-case word after it). Read by
attribution.before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.load.extract.antecedents import LEADING_CLAUSE
from briefing.load.extract.quote_marks import quote_spans
from briefing.load.extract.speakers import Who

__all__ = ["opening_participle"]

#: The participles of naming and judging that may open a sentence (not "Saying …": "Speaking to reporters, X said"
#: is read by the verb after the phrase).
_OPENING = re.compile(r"[ \t]*(?:Calling|Describing|Dubbing|Branding|Labell?ing|Terming|Hailing|Praising|"
                      r"Characteri[sz]ing|Denouncing|Condemning)\b")
#: After the phrase's comma: the main clause's subject words and the name's end, then a lower-case word (its verb).
_SUBJECT = re.compile(r"[ \t]*(?P<subject>(?:[A-Z][\w.’'-]*[ \t]+){1,6}?)(?=(?!(?:and|or)\b)[a-z])")
_UNNAMED = (None, "quote:unnamed", 0.5, -1, -1)
#: How far after the quotation the phrase's comma may be (" of the valley,").
_REACH = 80


def opening_participle(text: str, sentence_start: int, quote_start: int,
                       who: Callable[..., Who]) -> tuple[str | None, str, float, int, int] | None:
    """The speaker of a quotation in a participle phrase opening the sentence at `sentence_start` (its main
    clause's named subject); no one named (a speaker of None) when the subject is not plainly one person named
    ("…, she thanked him", "…, officials said", "…, X and Y signed"); None when the quotation is in no such
    phrase (the other rules then read it)."""
    opening = _OPENING.match(text, sentence_start, quote_start)
    if opening is None or re.search(r"[,;:“”\"]", text[opening.end():quote_start - 1]):
        return None
    spans = quote_spans(text, quote_start, quote_start + 400, 1)
    if not spans or spans[0][0] != quote_start:
        return None
    quote_end = spans[0][1]
    comma = text.find(",", quote_end, quote_end + _REACH)
    if comma < 0 or re.search(r"[;:.!?“”\"]", text[quote_end:comma]):
        return None
    subject = _SUBJECT.match(text, comma + 1, comma + 1 + 120)
    if subject is None or not LEADING_CLAUSE.search(subject.group("subject")):
        return _UNNAMED
    actor, a_s, a_e = who(subject.start("subject"), subject.end("subject"), "first")
    if actor is None or who(subject.start("subject"), subject.end("subject"), "last")[0] != actor:
        return _UNNAMED
    return actor, "quote:said-before", 0.8, opening.start(), a_e
