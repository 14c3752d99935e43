"""A name standing alone after a quotation, its speech verb left out: "“…,” Dmitriev." (quotes.py asks, right
after the said-after rule). The comma inside the marks says an attribution follows; a bare name and a full stop
ending the sentence can only be the speaker's. Only a person the article knows, named in full by the words there.
Also a credit line under a quotation that is its paragraph alone: "— X, aide to …" (`dash_credit`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from briefing.load.extract.speakers import Who

__all__ = ["bare_name", "dash_credit"]

#: One to four capitalised words, then a full stop that ends the sentence (a new line, a space and a capital, or
#: the text's end): "“…,” Dmitriev.", "“…,” Kirill Dmitriev.".
_NAME_THEN_STOP = re.compile(r"[ \t]+(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,3})\.(?=[ \t]*(?:\n|$)|[ \t]+[A-Z“\"])")


def bare_name(text: str, quote_end: int, para_end: int, inner_end: str, who: Callable[..., Who],  # noqa: PLR0913
              persons: Collection[str], opens: bool):  # noqa: ANN201
    """(speaker, rule, confidence, attribution start, end) when a quotation opening its sentence and ending in a
    comma is followed by nothing but a known person's name and a full stop; else None (inside a sentence, "He
    listed “…,” X." may be a list's end)."""
    if inner_end != "," or not opens:
        return None
    return _credited(_NAME_THEN_STOP.match(text, quote_end, para_end), who, persons, "quote:bare-name")


def _credited(match: re.Match[str] | None, who: Callable[..., Who], persons: Collection[str], rule: str):  # noqa: ANN202
    """(speaker, rule, 0.7, start, end) when `match`'s "name" group is all of a known person's name, else None."""
    if match is None:
        return None
    s, e = match.span("name")
    actor, a_s, a_e = who(s, e, "first")
    if actor is None or actor not in persons or a_e != e:
        return None  # a place, an outlet, a name only in part ours: no one plainly
    return actor, rule, 0.7, a_s, a_e


#: A credit line: a dash, one to four capitalised words, then the line's end or a comma and a role ("— Anna
#: Vogel, adviser to the mayor").
_DASH_CREDIT = re.compile(r"[ \t]*(?:[—–]|--)[ \t]*(?P<name>[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){0,3})"
                          r"(?:,[^\n“”\"]{1,100})?[ \t]*")
#: What may follow a quotation alone in its paragraph: its closing marks and punctuation.
_TRAILING = " \t.,;”\"’'"


def dash_credit(text: str, paragraphs: list[tuple[int, int]], p_index: int, open_start: int, close_end: int,  # noqa: PLR0913
                who: Callable[..., Who], persons: Collection[str]):  # noqa: ANN201
    """(speaker, rule, confidence, attribution start, end) when the quotation (its marks at open_start and
    close_end) is its paragraph alone and the next paragraph is a dash and a known person's name, perhaps with a
    role after a comma; else None."""
    ps, pe = paragraphs[p_index]
    if text[ps:open_start].strip() or text[close_end:pe].strip(_TRAILING) or p_index + 1 >= len(paragraphs):
        return None
    return _credited(_DASH_CREDIT.fullmatch(text, *paragraphs[p_index + 1]), who, persons, "quote:dash-credit")
