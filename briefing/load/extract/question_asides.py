"""A question put to the subject, set off by commas between the subject and its speech verb (quotes31): "X, asked
by a network on Tuesday if the president still plans …, replied: “…”". Whoever the question names (the president,
a rival) is not the verb's subject; the subject is the name before the aside. verb_speaker.py asks it for a
finite speech verb before the quote.
"""

from __future__ import annotations

import re

__all__ = ["question_aside"]

#: Right before the verb: a comma, a participle of being questioned (perhaps behind "when"/"after being"), up to
#: 200 characters of the question with no clause break or quotation mark, and the comma closing the aside.
_ASIDE = re.compile(r",[ \t]*(?:(?:when|after|once|if)[ \t]+(?:being[ \t]+)?)?"
                    r"(?:asked|pressed|questioned|quizzed|challenged)\b[^,;:“”\"‘’\n]{0,200},[ \t]*$")


def question_aside(text: str, window_start: int, verb_start: int) -> int | None:
    """Where a questioning aside right before the speech verb at `verb_start` opens (its first comma), or None."""
    match = _ASIDE.search(text, max(window_start, verb_start - 240), verb_start)
    return match.start() if match is not None else None
