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

#: A subordinator that opens a clause of its own ("Since …", "In his first interview since …", "After …",
#: "Although …"), between the sentence's start and the keyword with no comma, semicolon or colon. Not "before",
#: "until" (a condition stance_cues reads: "Before any ceasefire, Moscow wants …"), nor "as" ("As part of the truce").
_SUBORDINATOR = re.compile(r"\b(?:since|after|when|whenever|while|because|although|though|whereas|even\s+as)\s",
                           re.IGNORECASE)


def keyword_in_a_fronted_clause(cue: Cue, hit: IssueHit, text: str, sentence_start: int) -> bool:
    """Whether `cue`, after the comma that closes a sentence-opening subordinate clause, is about that clause's
    keyword `hit` (it is not). Each text between is read once: linear in the sentence."""
    if cue.kind not in ("pos", "neg", "ruleout", "judged") or cue.start < hit.end:
        return False
    between = text[hit.end:cue.start]
    comma = between.find(",")
    if comma < 0 or "." in between[:comma] or ";" in between or ":" in between:
        return False  # the comma that closes the opening clause, and no other clause break before the cue
    opening = text[sentence_start:hit.start]
    if "," in opening or ";" in opening or ":" in opening:
        return False
    found = _SUBORDINATOR.search(opening)
    return found is not None and "." not in opening[:found.start()]
