"""A keyword inside a clause that opens the sentence (cue_scope.py asks): "Since the crews went on strike, the
council leader said a fair offer was on the table". The opening clause, up to its comma,
says when or why; the main clause after the comma has its own subject and its own object, and a cue there ("offer",
"rejected") says nothing about the opening clause's keyword (on main the council read *for* the strike at 0.8).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.load.extract.issue_tags import IssueHit
    from briefing.load.extract.issues import Cue

__all__ = ["keyword_in_a_fronted_clause"]

#: From the sentence's start to the keyword: no comma, semicolon or colon, and a subordinator that opens a clause
#: of its own ("Since …", "In his first interview since …", "After …", "Although …"). Not "before", "until" (a
#: condition stance_cues reads: "Before any ceasefire, Moscow wants …"), nor "as" ("As part of the truce, …").
_FRONTED = re.compile(r"[^,;:.]*?\b(?:since|after|when|whenever|while|because|although|though|whereas|even\s+as)\s+"
                      r"[^,;:]*$", re.IGNORECASE)
#: Between the keyword and the cue: the comma that closes the opening clause (one comma, no full stop).
_CLOSED = re.compile(r"[^,;:.]*,[^;:]*$")


def keyword_in_a_fronted_clause(cue: Cue, hit: IssueHit, text: str, sentence_start: int) -> bool:
    """Whether `cue`, after the comma that closes a sentence-opening subordinate clause, is about that clause's
    keyword `hit` (it is not)."""
    if cue.kind not in ("pos", "neg", "ruleout", "judged") or cue.start < hit.end:
        return False
    return (_CLOSED.match(text, hit.end, cue.start) is not None
            and _FRONTED.match(text, sentence_start, hit.start) is not None)
