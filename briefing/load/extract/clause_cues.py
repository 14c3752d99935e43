"""A stance cue of a sentence (issues.py's Clauses reads them) and where it stands among the issues' keywords:
inside one, which keyword it speaks about, and the cues that read a keyword inside a condition."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.load.extract.issue_tags import IssueHit

__all__ = ["HINGE", "Cue", "condition_cues", "nearest", "refused_until", "within_a_keyword"]


@dataclass(frozen=True)
class Cue:
    kind: str
    start: int
    end: int
    text: str


#: A condition said after what it conditions: "the ceasefire deal is dependent on …" accepts the deal, on terms.
HINGE = re.compile(r"(?:dependent|contingent|conditional|conditioned) (?:on|upon)|depend(?:s|ed)? on|hinges? on")


def condition_cues(condition: Cue, inside: list[Cue]) -> list[Cue]:
    """The cues that read a keyword inside a condition: those after the condition, or the condition itself as
    the holder's want when none of them decides ("in exchange for security guarantees")."""
    after = [c for c in inside if c.start >= condition.end]
    if any(c.kind not in ("cond", "not", "without") for c in after):
        return after
    return [Cue("pos", condition.start, condition.end, condition.text), *after]


def within_a_keyword(cue: Cue, hits: list[IssueHit], starts: list[int]) -> bool:
    i = bisect_left(starts, cue.end)  # hits[i - 1] is the last that starts before the cue ends
    return i > 0 and hits[i - 1].end > cue.start


def nearest(cue: Cue, hits: list[IssueHit], starts: list[int]) -> IssueHit:
    """The keyword a cue speaks about: the nearest, a verb's object (after it) counting before its subject,
    a judgement's subject ("membership … is unrealistic", before it) before what follows. `starts`: the hits'
    starts, in order; only the last hit before the cue and the first after it can be nearest."""
    def distance(hit: IssueHit) -> int:
        after = hit.start >= cue.end
        gap = hit.start - cue.end if after else cue.start - hit.end
        before_first = cue.kind == "judged" or (cue.kind == "cond" and HINGE.fullmatch(cue.text.lower()) is not None)
        return gap if after != before_first else 2 * gap + 20
    i = bisect_left(starts, cue.end)
    if i and 0 <= cue.start - hits[i - 1].end <= 1 and cue.text.lower().endswith("ed"):
        return hits[i - 1]  # a participle right after its noun: "wants sanctions lifted before any truce"
    if i and 0 <= cue.start - hits[i - 1].end <= 1 and cue.text[:3].lower() == "to ":
        return hits[i - 1]  # its leaving right after the noun: "wants the peacekeepers to leave the occupied areas"
    return min(hits[max(0, i - 1):i + 1], key=distance)


#: "… and directly managing any disarmament", "guarantees for any ceasefire": "any" right before the keyword,
#: after words of the cue's own (an act on it, a thing wanted of it).
_ANY = re.compile(r"\S\s+any\s+$", re.IGNORECASE)


def on_terms_for_any(text: str, decisive: list[Cue], keyword: int) -> bool:
    """Whether a want ends in "any <keyword>" after an object or act of its own: "insists on the leader overseeing
    any disarmament" sets terms for whatever disarmament comes (conditional), where "accepts any ceasefire" wants
    it (no words between the cue and "any")."""
    before = [c for c in decisive if c.end <= keyword]
    return bool(before) and _ANY.search(text, before[-1].end, keyword) is not None


#: "will not support the package until the concerns are resolved", "opposes it until Russia withdraws": a refusal held
#: until something happens (a passive, or a named subject's verb) is a refusal on terms. Not a date ("until June",
#: "until the end of the year": no verb), and not after a want ("backs sanctions until Russia withdraws" is for them).
_UNTIL_DONE = re.compile(r"\buntil\s+(?:[\w’'-]+\s+){0,8}?(?:(?:is|are|was|were|has\s+been|have\s+been|be)\s+"
                         r"(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)|(?-i:[A-Z])[\w’'-]*\s+(?-i:[a-z]+s))\b", re.IGNORECASE)


def refused_until(text: str, start: int, end: int) -> bool:
    """Whether, between `start` (the refused keyword's end) and `end` (its sentence's), an "until" clause says
    when the refusal would end (issues.py makes the refusal conditional; read only for a refusal)."""
    done = _UNTIL_DONE.search(text, start, end)
    return done is not None and ";" not in text[start:done.start()]
