"""How far a negation and a refusal reach (issues.py, no_stance.py): two ways a clause's cues were read across a
boundary they do not cross.

- A negation turns a cue after it only inside its own clause: "Trudeau did not hesitate when imposing tariffs"
  is no refusal of the tariffs; a conjunction that opens a clause of its own ("when", "while", "after",
  "because", …) between the two ends the negation's reach. ("as" is left out: "did not go as far as imposing
  tariffs" is a refusal.)
- A refusal of a thing whose aim is the keyword ("rejected a deal aimed at ending the strike", "turned down a
  plan designed to lift the sanctions") refuses the thing, its terms or its author, and says nothing of the aim:
  the refuser may want the aim on other terms. No stance is read (right, or none)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.load.extract.issue_tags import IssueHit
    from briefing.load.extract.issues import Cue

__all__ = ["negation_crosses_a_clause", "refused_aim"]

#: A conjunction opening a clause of its own between a negation and a cue.
_CLAUSE_OPENER = re.compile(r"[;:]|\b(?:when|whenever|while|whilst|after|before|because|since|although|though|"
                            r"whereas|once|until|unless)\b", re.IGNORECASE)


def negation_crosses_a_clause(text: str, negation_end: int, cue_start: int) -> bool:
    """Whether a conjunction opening a clause of its own stands between a negation and the cue after it."""
    return _CLAUSE_OPENER.search(text, negation_end, cue_start) is not None


#: After a refusal, its object (a few words, no clause break) and then that object's aim, up to the keyword's verb:
#: "a deal aimed at ending", "the council's plan intended to stop", "an offer meant to avert".
_AIM_BETWEEN = re.compile(r"\s+(?:[\w’'$%.-]+\s+){1,6}?(?:(?:that|which)\s+(?:was|were|is|are)\s+)?"
                          r"(?:aim(?:ed|ing)\s+at|designed\s+to|intended\s+to|meant\s+to|seeking\s+to|"
                          r"geared\s+(?:at|to(?:wards?)?)|targeted\s+at)\s", re.IGNORECASE)


def refused_aim(text: str, hit: IssueHit, inside: Sequence[Cue]) -> bool:
    """Whether a refusal before the keyword refuses a thing whose stated aim holds the keyword."""
    for cue in inside:
        if cue.kind in ("neg", "ruleout") and cue.end <= hit.start:
            aim = _AIM_BETWEEN.match(text, cue.end, hit.start)
            if aim is not None and not re.search(r"[,;:]", text[cue.end:aim.end()]):
                return True
    return False
