"""The content of a claim, a report or a fear made into a noun ("faced claims from X that the offer of … would
…", "dismissed reports that the plan …"): what it says of an act is the claimant's account, not the actor's stance,
nor the claimant's (no_stance.py)."""

from __future__ import annotations

import re

__all__ = ["inside_a_claim"]

#: A claim, report or fear as a noun, and its "that" clause with a common noun for its subject, before the keyword:
#: "claims from the industry that the offer …", "reports that the plan …" ("reports that Trump paused aid" names
#: its agent: his act, as reported; a verb, "claimed that", reports a stance as its speaker's: not here either). A
#: name's possessive is a determiner: "rejected the accusation that Europe's online rules single out …" is a claim
#: about the rules (the name owns them; it is no agent), and read the rejecting body *against* them (0.8).
_CLAIM_THAT = re.compile(r"\b(?:claims?|allegations?|accusations?|complaints?|warnings?|fears?|suggestions?|"
                         r"speculation|rumou?rs?|reports?)\s+(?:(?:from|by|of|among)\s+(?:[\w’'.-]+\s+){1,6}?)?"
                         r"that\s+(?:the|its|their|his|her|a|an|this|these|those|such|any|(?-i:[A-Z])[\w.-]*[’']s)\s+"
                         r"(?:(?-i:[a-z])[^.;:!?]*)?$",
                         re.IGNORECASE)

#: An idea as a noun, and its "that" clause with a named subject and a modal, before the keyword: "dismissed the idea
#: that Kyiv might recognise …", "the notion that Kyiv could accept …". A hypothesis put to the name, not its
#: stance (positions33); whoever dismisses or welcomes it, the clause alone does not say which way.
_IDEA_THAT = re.compile(r"\b(?:idea|notion|suggestion|prospect|possibility|thought)\s+that\s+(?:[A-Z][\w.’'-]*\s+){1,4}"
                        r"(?:would|could|might|should|will|may|must|can)\b[^.;:!?]*$")


def inside_a_claim(text: str, start: int, keyword: int) -> bool:
    """Whether the keyword at `keyword` is inside the "that" clause of a claim noun, or of an idea's with a named
    subject and a modal, in the sentence part from `start`."""
    left = max(start, keyword - 160)
    return _CLAIM_THAT.search(text, left, keyword) is not None or _IDEA_THAT.search(text, left, keyword) is not None
