"""A keyword inside the relative clause of an object the holder refuses (issues.py, Clauses.readings): "would reject
any deal that would allow foreign troops in" is *against* the troops. The relative's own cue is the object's, not
the holder's (cue_others.py drops it from the main reading); read together with the refusal it says the holder's
stance. Only the plain shape: the refusal, the object and "that/which", then one cue of wanting and the keyword a
few words after it; anything else gives no stance."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING

from briefing.load.extract.cue_others import REFUSED_RELATIVE
from briefing.load.extract.issue_tags import IssueHit, KeywordsName
from briefing.model import Stance

if TYPE_CHECKING:
    from briefing.load.extract.issues import Clauses, Polarity

__all__ = ["refused_relative_reading"]

#: Between the relative's cue and the keyword: a few words, no clause break.
_CUE_TO_KEYWORD = re.compile(r"\s+(?:[\w’'-]+\s+){0,4}?", re.IGNORECASE)


def refused_relative_reading(clauses: Clauses, hit: IssueHit, keywords_name: str) -> Polarity | None:
    """The refuser's stance towards `hit` in "rejected any deal that would allow <keyword>", or None."""
    if keywords_name not in (KeywordsName.PROPOSITION, KeywordsName.OPPOSITE):
        return None
    cues = clauses.cues[bisect_left(clauses.starts, clauses.start):bisect_left(clauses.starts, hit.start)]
    if not cues or cues[-1].kind != "pos" or _CUE_TO_KEYWORD.fullmatch(clauses.text, cues[-1].end, hit.start) is None:
        return None
    wanted = cues[-1]
    refused = REFUSED_RELATIVE.search(clauses.text, max(clauses.start, wanted.start - 120), wanted.start)
    if refused is None:
        return None
    chain = [c for c in cues if refused.start() <= c.start < wanted.start] + [wanted]
    if any(c.kind not in ("pos", "neg", "ruleout", "not") for c in chain) or len(chain) > 3:
        return None  # a condition, a hypothesis or an openness in the chain: not the plain shape
    polarity = clauses.count_polarity(hit, chain)
    if polarity is None or polarity.stance != Stance.AGAINST:
        return None
    if keywords_name == KeywordsName.OPPOSITE:
        polarity = replace(polarity, stance=Stance.FOR, flips=polarity.flips + 1)
    return polarity
