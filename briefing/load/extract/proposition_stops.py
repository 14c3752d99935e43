"""What an issue's keywords name when its proposition is the stopping of them (issue_tags.py).

issues.toml's `keywords_name` says whether a cue on a keyword reads for or against the proposition; its default,
"proposition", means the keywords name what the proposition wants ("NATO membership" for "Ukraine may join NATO").
A folder's own issues.toml often phrases a proposition as the end of a harm and lists the harm as its keywords:
"The flow of fentanyl into the US is stopped" with keywords "fentanyl", "drug trafficking". Read with the default,
"soldiers sent to stop the flow of fentanyl" put the sender *against* the stopping of fentanyl (a reversed stance at
0.9). When the proposition's last verb stops, ends, lifts or curbs (passive: "is stopped", "are lifted"; or active
at its end: "Strikes on energy targets stop") and one of the issue's keywords stands before that verb in the
proposition, the keywords name what the proposition stops: they are read as "opposite". A file that names
"opposite" or "either" keeps its word; a proposition whose keyword stands after its verb ("Sanctions are lifted on
Russia's banks" has "sanctions" before it: opposite; "Troops guarantee the peace" has no stopping verb) is unchanged.
"""

from __future__ import annotations

import re

from briefing.model import Issue

__all__ = ["keywords_name_of"]

_STOPS = (r"stopped|halted|ended|curbed|banned|lifted|eased|removed|dropped|scrapped|cancell?ed|suspended|paused|"
          r"withdrawn|revoked|blocked|abolished|reversed|rolled\s+back|phased\s+out|cut|reduced|lowered")
#: The proposition's stopping verb at its end: a passive ("is stopped", "are lifted for good") or an active verb
#: of ending as its last word ("Strikes on energy targets stop", "The war ends").
_STOPPING = re.compile(rf"\b(?:(?:is|are|be|gets?|get)\s+(?:[a-z]+ly\s+)?(?:{_STOPS})\b[^.;:]{{0,40}}|"
                       rf"(?:stops?|ends?|ceases?|halts?)\s*)[.!]?\s*$", re.IGNORECASE)


def keywords_name_of(issue: Issue) -> str:
    """The issue's `keywords_name`, or "opposite" where its proposition stops what its keywords name (see above)."""
    if issue.keywords_name != "proposition":
        return issue.keywords_name
    stopping = _STOPPING.search(issue.proposition)
    if stopping is None:
        return issue.keywords_name
    subject = issue.proposition[:stopping.start()].lower()
    if any(re.search(rf"\b{re.escape(k.lower())}(?!\w)", subject) for k in issue.keywords):
        return "opposite"
    return issue.keywords_name
