"""Dates a sentence prints beside its act, not of it (events35, issue 10; read by event_background.is_background):

- a source's citation in brackets: "… overran the base the previous day (Example News, 28 Oct 2025)." The bracket
  gives the day the cited outlet reported, not the day of the act; on an undated page that day was the only full
  date of the sentence and dated the act (a wrong date that looked sourced);
- a place's relative clause with a perfect, after the verb: "His statement was broadcast from the port, where the
  leadership has been based since 2023" (the clause's state began in 2023; the broadcast is not of 2023).
"""

from __future__ import annotations

import re

#: An opening bracket, a name (an outlet's, an agency's: capitalised words, "&", dots), a comma, then the date.
_CITATION = re.compile(r"\(\s*[A-Z][\w.&'’-]*(?:\s+[A-Z&][\w.&'’-]*){0,4},\s*$")
#: ", where" after the verb, a perfect in its clause before the date, no other clause between.
_WHERE_PERFECT = re.compile(r",\s*where\b[^,.;:!?“”\"()]{0,80}\b(?:has|have|had)\s+(?:\w+\s+){0,3}?"
                            r"(?:since|in|from)\s+$")


def cited_or_placed(text: str, start: int, verb_end: int, at: int) -> bool:
    """Whether the date beginning at `at` is a citation's (in brackets after an outlet's name) or stands in a place's
    relative clause with a perfect opened after the verb (ending at `verb_end`)."""
    return bool(_CITATION.search(text, max(start, at - 60), at)
                or _WHERE_PERFECT.search(text, max(verb_end, at - 120), at))
