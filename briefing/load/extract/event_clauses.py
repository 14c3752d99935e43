"""A date inside a clause that closes before the sentence's own verb (events.py asks): "The suspect, who came to
the country in 2016 as a student, was arrested on Thursday" tells of the arrest; 2016 is the coming's year, not
the arrest's. The clause is a relative one ("…, who/which/that …,", "… — who … —", or without commas, "The man who
settled there in 2018 was arrested": closed by an auxiliary right before the verb), or a biography's participle
between commas ("The trader, born in 1971 in a village, was arrested"). The sentence's act takes its own date or
stays undated. A clause that holds the sentence's event verb ("The envoy, who visited the port in 2016, was
arrested": the visit) keeps its date: the verb is the first event verb, before the date, and this is not asked.
"""

from __future__ import annotations

import re

__all__ = ["in_closed_clause"]

#: What may stand inside a clause: no clause or sentence break ("Jan. 7" keeps its point).
_INSIDE = r"(?:[^,;:!?.—–“”\"()]|\.(?=\s?\d))"
#: A clause opened before the date and still open at it: a comma or a dash, then a relative pronoun or a
#: biography's participle; or, without a comma, a relative pronoun right after a lower-case noun.
_OPENED = re.compile(
    r"(?:(?P<mark>,|\s[—–]|\s--)\s*(?:who|whom|whose|which|that|born|raised|educated|trained|naturali[sz]ed|"
    r"married)\b|(?<=[a-z]{3}\s)(?:who|that|which)\b)" + _INSIDE + r"*$")
#: Words between the clause's close and the sentence's verb: an auxiliary, an adverb.
_BEFORE_VERB = r"(?:(?:was|were|is|are|has|have|had|been|being|will|would|later|then|also|[a-z]+ly)\s+){0,3}$"
#: The close of a clause its comma or dash opened: the same mark (or the other), then only _BEFORE_VERB.
_CLOSED_BY_MARK = re.compile(_INSIDE + r"{0,80}?(?:,|\s[—–]|\s--)\s+" + _BEFORE_VERB)
#: The close of a clause with no comma: an auxiliary right before the verb ("… in 2018 as a trader was arrested").
_CLOSED_BY_AUXILIARY = re.compile(_INSIDE + r"{0,60}?\s(?:was|were|is|are|has been|had been|have been)\s+"
                                  r"(?:[a-z]+ly\s+)?$")

#: How far before the date the clause may open.
_REACH = 120


def in_closed_clause(text: str, start: int, at: int, end: int, verb_start: int) -> bool:
    """Whether the date text[at:end] (in the sentence beginning at `start`) stands in a clause that closes before
    the sentence's event verb (beginning at `verb_start`, after the date): the clause's day, not the verb's."""
    if verb_start < end:
        return False
    opened = _OPENED.search(text, max(start, at - _REACH), at)
    if opened is None:
        return False
    if _CLOSED_BY_MARK.fullmatch(text, end, verb_start):
        return True  # ("The suspect — a student who came in 2016 — was arrested": a dash closes it too)
    return not opened.group("mark") and _CLOSED_BY_AUXILIARY.fullmatch(text, end, verb_start) is not None
