"""A halt told by the state it left (events35, issue 10): "Rail service had been halted since last Friday", "The
harbour has been closed since Monday". The perfect passive tells that the thing is still stopped; the day after
"since" is the day it was stopped, so the act (halted, closed) is dated that day. Nothing looser: the day must
follow "since" at once ("closed for a week since the vote on Monday" names the vote's day), and the verb must stop
something (a state that began, not any perfect: "has been held since 2022" is a detention's, left alone).
"""

from __future__ import annotations

import re

#: The subject: a determined noun phrase or a thing that needs none ("Rail service", "Flights", "Traffic"), at most
#: four words; then the perfect passive of a stop, "since", and the day at once.
_SINCE_ACT = re.compile(
    r"(?:(?i:the|its|their|this|these|those|all)\s+|[A-Z][\w.-]*['’]s\s+)?(?:[\w.'’-]+\s+){0,3}?[\w.'’-]+\s+"
    r"(?:has|have|had)\s+been\s+(?:(?:largely|mostly|partly|partially|fully|completely|indefinitely)\s+)?"
    r"(?P<verb>halted|suspended|closed|shut(?:\s+down)?|stopped|paused|cancell?ed|blocked|frozen|grounded|"
    r"cut\s+off|disconnected|disrupted|shuttered)\s+(?P<since>since)\s+")


def since_act(text: str, at: int, end: int, dates: list[int]) -> re.Match[str] | None:
    """The stop told at `at` whose "since" one of the sentence's dates (their starts) follows at once, or None."""
    found = _SINCE_ACT.match(text, at, end)
    if found is None or (found.end() not in dates and found.start("since") not in dates):  # ("since Monday": one
        return None  # mention, dates.py reads a weekday's prefix into it)
    return found
