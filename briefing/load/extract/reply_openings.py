"""A sentence that opens by replying to someone (issue 10): "Replying to the envoy's claims that the US had quietly
brokered the truce, Oslo rejected any outside mediation."

The opening phrase tells what another side said or did, up to the comma before the main clause's subject; its
verbs are that other side's and do not speak about a keyword of the main clause (main read the claim's "helped …
broker" as the United States' stance on the mediation the main clause's subject denied). The comma that closes
the phrase is a clause break (issues.Clauses), so a cue of either part reads only its own part's keywords, and
the main clause's holder is found from its own start. Only the participles of replying open such a phrase
("Rejecting the truce, Putin ordered …" is the main subject's own act: holder_subjects.opening_participle_subject).
One anchored match of at most a couple of hundred characters: linear.
"""

from __future__ import annotations

import re

__all__ = ["reply_opening_end"]

#: "Responding to …," / "Reacting to …," / "Replying to …," / "Referring to …," / "Commenting on …," up to the
#: comma before a capitalised word (the main clause's subject).
_REPLY_OPENING = re.compile(r"[\s\"“‘']*(?:Responding|Reacting|Replying|Referring|Commenting)\s+(?:to|on)\b"
                            r"[^;:\n]{0,200}?(?=,\s+[A-Z])")


def reply_opening_end(text: str, start: int, end: int) -> int | None:
    """Where the replying phrase that opens the sentence text[start:end] ends (at its comma), else None."""
    found = _REPLY_OPENING.match(text, start, end)
    return found.end() if found is not None else None
