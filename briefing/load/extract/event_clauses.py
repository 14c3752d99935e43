"""A date inside a clause that closes before the sentence's own verb (events.py asks): "The suspect, who came to
the country in 2016 as a student, was arrested on Thursday" tells of the arrest; 2016 is the coming's year, not
the arrest's. The clause is a relative one ("…, who/which/that …,", "… — who … —", or without commas, "The man who
settled there in 2018 was arrested": closed by an auxiliary right before the verb), or a biography's participle
between commas ("The trader, born in 1971 in a village, was arrested"). The sentence's act takes its own date or
stays undated. A clause that holds the sentence's event verb ("The envoy, who visited the port in 2016, was
arrested": the visit) keeps its date: the verb is the first event verb, before the date, and this is not asked —
unless the clause is a person's ("who", "whom", "whose"): then the act told is the one after the clause
(`main_verb`: "The man, who entered the country in 2021, was arrested" is an arrest, not an entry in 2021). A
person's relative clause after the verb ("Police arrested a man who had entered the country in 2021") describes
the person; its date is the clause's own (`in_trailing_person_clause`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["in_closed_clause", "in_trailing_person_clause", "main_verb"]

#: What may stand inside a clause: no clause or sentence break ("Jan. 7" keeps its point).
_INSIDE = r"(?:[^,;:!?.—–“”\"()]|\.(?=\s?\d)|(?<=\b[A-Z])\.)"  # (and an initial's point: "the U.S. in 2021")
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


#: A person's relative clause opened before a point and still open at it: ", who …", "— whom …", "a man who …".
_PERSON_OPENED = re.compile(r"(?:(?P<mark>,|\s[—–]|\s--)\s*|(?<=[a-z]{3}\s))(?:who|whom|whose)\b" + _INSIDE + r"*$")


def main_verb(text: str, start: int, verb: re.Match[str], verbs: Iterable[re.Match[str]]) -> re.Match[str]:
    """The sentence's own event verb when its first, `verb`, stands inside a person's relative clause that closes
    before a later event verb (one of `verbs`, which follow `verb`): "The man, who entered the country in 2021,
    was arrested" tells of the arrest. Otherwise `verb`."""
    opened = _PERSON_OPENED.search(text, max(start, verb.start() - _REACH), verb.start())
    if opened is None:
        return verb
    for later in verbs:
        if later.start() - verb.end() > _REACH:
            break
        if _CLOSED_BY_MARK.fullmatch(text, verb.end(), later.start()) or (
                not opened.group("mark") and _CLOSED_BY_AUXILIARY.fullmatch(text, verb.end(), later.start())):
            return later
    return verb


def in_trailing_person_clause(text: str, verb_end: int, at: int) -> bool:
    """Whether the date beginning at `at` stands in a person's relative clause opened after the sentence's verb
    (ending at `verb_end`) and still open at the date: "Police arrested a man who had entered the country in
    2021" dates the entry, not the arrest."""
    return at > verb_end and _PERSON_OPENED.search(text, max(verb_end, at - _REACH), at) is not None
