"""A sentence that opens with its condition ("If Russia keeps the truce, Ukraine would extend it", "Unless the
levies are dropped, the US will impose tariffs"): the keyword after the opening clause's comma is in the main
clause, and that clause holds its stance on the condition's terms (issues.py asks).

"Unless" opening a sentence was read as a condition whose content the holder wants (as "… unless Moscow agrees to
a truce" is, the keyword inside it): the main clause's "will impose heavy new tariffs" then gave no stance, or,
when an aside cut the clause ("Unless …, I, as president, will impose …"), a plain *for* at 0.9.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.load.extract.clause_cues import Cue
    from briefing.load.extract.issue_tags import IssueHit

__all__ = ["OPENING_CONDITION", "opens_the_sentence"]

#: An opening conditional clause, up to its comma.
OPENING_CONDITION = re.compile(r"\s*(?:[\"“‘']\s*)?(?:If|Unless)\b[^,.;:]{0,120},")


def opens_the_sentence(text: str, start: int, condition: Cue, hit: IssueHit) -> bool:
    """Whether the "unless" `condition` opens the sentence from `start` and its clause ends before the keyword."""
    if condition.text.lower() != "unless":
        return False
    opening = OPENING_CONDITION.match(text, start)
    return opening is not None and opening.start() <= condition.start < opening.end() <= hit.start
