"""A thing kept out of talks (cue_scope.py asks): "travels to negotiate a deal, excluding the bloc's tech rules from
discussions" read the bloc *against* its own rules (0.9, a ruling-out cue). Keeping a thing off the negotiating
table shields it; it is no refusal of the thing. The cue is dropped, so no stance is read from it (right, or none).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.load.extract.issue_tags import IssueHit
    from briefing.load.extract.issues import Cue

__all__ = ["kept_off_the_table"]

#: After the keyword, within its clause: "from" and the talks it is kept out of.
_FROM_TALKS = re.compile(r"[^.;:!?]{0,60}?\bfrom\s+(?:the\s+|any\s+|these\s+|those\s+|all\s+)?(?:negotiating\s+table|"
                         r"table|talks|discussions?|negotiations?|agenda|trade\s+(?:talks|negotiations|deal))\b",
                         re.IGNORECASE)


def kept_off_the_table(cue: Cue, hit: IssueHit, text: str) -> bool:
    """Whether `cue` is "exclude" before the keyword `hit`, which it keeps out of talks."""
    return cue.kind == "ruleout" and cue.text.lower().startswith("exclud") and cue.end <= hit.start \
        and _FROM_TALKS.match(text, hit.end) is not None
