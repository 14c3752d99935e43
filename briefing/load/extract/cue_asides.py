"""Cues that belong to a phrase of their own rather than to the clause's stance on a keyword (issues.py,
cue_scope.py): a reduced passive set off by commas ("Macron, backed by his parliament, said the deal …"), and the
preposition "against" that a refusing noun already governs ("a blocking minority against the deal")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.load.extract.issue_tags import IssueHit
    from briefing.load.extract.issues import Cue

__all__ = ["against_of_the_cue", "participle_aside"]

#: A past participle with its agent right after: "supported by", "backed by", "opposed by".
_AGENT_NEXT = re.compile(r"\s+by\b", re.IGNORECASE)
#: A comma (an adverb between allowed) right before the participle: the aside opens there.
_COMMA_BEFORE = re.compile(r",\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)


def participle_aside(cue: Cue, hit: IssueHit, text: str) -> bool:
    """Whether `cue` is a past participle with its agent in an aside between commas that closes before the
    keyword ("Macron, backed by his party, argues that the deal …"): the participle qualifies the
    noun before the aside, not the keyword after it."""
    if cue.kind not in ("pos", "neg") or cue.end > hit.start or not cue.text.lower().endswith("ed"):
        return False
    if _AGENT_NEXT.match(text, cue.end) is None:
        return False
    if _COMMA_BEFORE.search(text, max(0, cue.start - 20), cue.start) is None:
        return False
    close = text.find(",", cue.end, hit.start)
    return close != -1 and "." not in text[cue.end:close]


#: Between a refusing noun (or an adjective before one) and "against": nothing ("a veto against"), or the noun
#: the adjective qualifies ("a blocking minority against").
_NOUN_BETWEEN = re.compile(r"\s+(?:(?:minority|coalition|alliance|front|bloc|majority|vote)\s+)?", re.IGNORECASE)
#: Refusals that are nouns or attributive adjectives, whose own preposition "against" is.
_NOUN_CUE = re.compile(r"blocking|vetos?|vetoes|opposition|reservations?|ban", re.IGNORECASE)


def against_of_the_cue(cues: list[Cue], text: str) -> list[Cue]:
    """`cues` without an "against" that is the preposition of the refusal right before it ("formed a blocking
    minority against the deal", "threatened a veto against the sanctions"): one refusal, counted once, not two
    that cancel out."""
    kept: list[Cue] = []
    for cue in cues:
        before = kept[-1] if kept else None
        if (cue.kind == "neg" and cue.text.lower() == "against" and before is not None and before.kind == "neg"
                and _NOUN_CUE.fullmatch(before.text) is not None
                and _NOUN_BETWEEN.fullmatch(text, before.end, cue.start) is not None):
            continue
        kept.append(cue)
    return kept
