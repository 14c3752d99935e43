"""The content of a claim, a report or a fear made into a noun ("faced claims from X that the offer of … would
…", "dismissed reports that the plan …"): what it says of an act is the claimant's account, not the actor's stance,
nor the claimant's (no_stance.py)."""

from __future__ import annotations

import re

__all__ = ["inside_a_claim"]

#: A claim, report or fear as a noun, and its "that" clause with a common noun for its subject, before the keyword:
#: "claims from the industry that the offer …", "reports that the plan …" ("reports that Trump paused aid" names
#: its agent: his act, as reported; a verb, "claimed that", reports a stance as its speaker's: not here either).
_CLAIM_THAT = re.compile(r"\b(?:claims?|allegations?|accusations?|complaints?|warnings?|fears?|suggestions?|"
                         r"speculation|rumou?rs?|reports?)\s+(?:(?:from|by|of|among)\s+(?:[\w’'.-]+\s+){1,6}?)?"
                         r"that\s+(?:the|its|their|his|her|a|an|this|these|those|such|any)\s+(?:(?-i:[a-z])[^.;:!?]*)?$",
                         re.IGNORECASE)


def inside_a_claim(text: str, start: int, keyword: int) -> bool:
    """Whether the keyword at `keyword` is inside the "that" clause of a claim noun in the sentence part from `start`."""
    return _CLAIM_THAT.search(text, max(start, keyword - 160), keyword) is not None
