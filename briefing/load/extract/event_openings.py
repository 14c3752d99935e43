"""A date inside a sentence's opening clause of time (events.py asks): "After fleeing the country in late October,
the envoy returned last Thursday" tells of the return; October is the flight's month. When the main clause after
the opening's comma names a day of its own ("last Thursday", "on Tuesday", "today" — resolved or not), the
opening's date is not the act's: the act takes the main clause's day, or stays undated on a page that cannot say
which Thursday. A main clause with no day of its own ("After talks on Monday, the envoy flew home") keeps the
opening's day: the act follows it closely, and this module does not ask.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.load.extract.dates import date_expressions

__all__ = ["OpeningClause", "opening_clause"]

#: What opens a clause of time at the sentence's start: "After", "Before", "Following", "Having", "Upon", "Since",
#: "When", "Once", perhaps after a measure of time ("Days after", "Shortly before", "A week after").
_OPENER = re.compile(r"\s*(?:(?:[Ss]hortly|[Ss]oon|[Jj]ust|[Oo]nly|[Hh]ours|[Dd]ays|[Ww]eeks|[Mm]onths|[Mm]oments|"
                     r"[Mm]inutes|[Aa]\s+(?:day|week|month))\s+)?"
                     r"(?:[Aa]fter|[Bb]efore|[Ff]ollowing|[Hh]aving|[Uu]pon|[Ss]ince|[Ww]hen|[Oo]nce)\s+")
#: The clause, up to its comma: no other clause or sentence break; a comma before a year ("March 2, 2025") and an
#: initial's or a number's point ("the U.S.", "Jan. 7") stay inside.
_CLAUSE = re.compile(r"(?:[^,;:!?.—–“”\"()]|,(?=\s*(?:19|20)\d{2}\b)|\.(?=\s?\d)|(?<=\b[A-Z])\.){3,200}?,")
#: The end of the sentence (a point before a space or the text's end, not an initial's).
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.!?](?:\s|$)")


@dataclass(frozen=True, slots=True)
class OpeningClause:
    """An opening clause of time: its comma's offset, and the end of the main clause after it."""

    comma: int
    main_end: int


def opening_clause(text: str, start: int) -> OpeningClause | None:
    """The opening clause of time of the sentence beginning at `start` when the main clause after it names a day
    of its own (a date expression, resolved or not): then a date inside the opening is not the act's."""
    opener = _OPENER.match(text, start)
    if opener is None:
        return None
    clause = _CLAUSE.match(text, opener.end())
    if clause is None:
        return None
    comma = clause.end() - 1
    end = _SENTENCE_END.search(text, comma, comma + 400)
    main_end = end.start() if end else min(len(text), comma + 400)
    if not date_expressions(text, comma + 1, main_end):
        return None
    return OpeningClause(comma, main_end)
