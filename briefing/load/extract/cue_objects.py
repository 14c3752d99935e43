"""A preposition cue whose object is a noun phrase that goes on as a clause's subject (cue_scope.py asks): the
keyword after that clause's verb is not what the preposition is against.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.load.extract.issue_tags import IssueHit
    from briefing.load.extract.issues import Cue

__all__ = ["against_a_subject"]

#: After "against", its object (a few words, none of them a relative pronoun) and then a finite verb with a participle:
#: "operations against the oil industry are delivering a form of sanctions", "strikes against its ports have
#: prompted new sanctions". The object is the subject of that verb; the keyword is the verb's, not the object's.
#: ("against a plan that would lift sanctions" is no such case: the keyword is in the object's own clause.)
_OBJECT_THEN_VERB = re.compile(r"\s+(?:(?!(?:that|which|who|whom|what|whose)\b)[\w’'.-]+\s+){1,5}?"
                               r"(?:is|are|was|were|has|have|had)\s+(?:(?:now|also|already|still|not|been)\s+)?"
                               r"[a-z]+(?:ing|ed|en)\b", re.IGNORECASE)


def against_a_subject(cue: Cue, hit: IssueHit, text: str) -> bool:
    """Whether `cue` is "against" whose object is the subject of a verb before the keyword `hit`."""
    if cue.kind != "neg" or cue.end > hit.start or cue.text.lower() != "against":
        return False
    clause = _OBJECT_THEN_VERB.match(text, cue.end, hit.start)
    return clause is not None
