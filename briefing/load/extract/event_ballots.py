"""An election's day named as what a candidacy is for (events27): "turned down her bid for the coming
parliamentary vote in June", "barred from running in the election on May 4", "registered for a repeat of the
presidential vote in May". The date is the election's, not the day of the rejection, the bar or the filing
(event_background.names_a_thing reads it; the election's own act, "the vote was held in May", keeps its day there).
"""

from __future__ import annotations

import re

#: What a candidacy is for, then the election's noun phrase (a few words, perhaps "a repeat of"), then the words
#: that lead to its day: "for the coming parliamentary vote in", "running in the run-off on".
_FOR_ELECTION = re.compile(
    r"\b(?:for|(?:running|participating|standing|taking\s+part|to\s+run|to\s+stand|to\s+take\s+part)\s+in)\s+"
    r"(?:(?:a|the)\s+(?:repeat|re-?run|rerun)\s+of\s+)?"
    r"(?:(?:the|a|an|this|next|upcoming|coming|forthcoming|new|repeat|rescheduled|[A-Z][\w-]*['’]s)\s+){0,3}"
    r"(?:[\w-]+\s+){0,2}?(?:elections?|vote|ballot|polls|run-?off|re-?run|rerun|referendum|race)\s+"
    r"(?:(?:held|set|scheduled|due|slated)\s+(?:for|on|in)\s+|(?:in|on|for)\s+)?$",
    re.IGNORECASE)

#: How far before a date `_FOR_ELECTION` reads (a bounded look: each date read once, so a pass stays linear).
_REACH = 110


def an_elections_day(text: str, start: int) -> bool:
    """Whether the date starting at `start` is the day of an election a candidacy is for (the phrase right before
    it, `_FOR_ELECTION`)."""
    return _FOR_ELECTION.search(text, max(0, start - _REACH), start) is not None
