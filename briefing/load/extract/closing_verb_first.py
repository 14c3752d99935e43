"""A verb-first attribution closing the sentence a quotation stands in, after words of the writer's: "The plan
would be “…” for now, said Senator X." and "…, says Rep. X (R-Ky.)." (attribution.sentence_verb asks, when no
subject stands before the verb). The name right after the verb, after titles only, is the speaker; the rest of
the sentence must be short and hold no other name's clause ("…, said X and Y": both's, no one's we can name).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from briefing.load.extract.joint_subjects import joint_subject
from briefing.load.extract.name_words import TITLES

if TYPE_CHECKING:
    from briefing.load.extract.speakers import Who

__all__ = ["closing_verb_first"]

#: Right before the verb: the comma that sets the attribution off ("…, said X").
_COMMA_BEFORE = re.compile(r",\s*$")
#: The verbs a verb-first attribution takes.
_VERB_FIRST = frozenset({"said", "says", "added", "adds", "wrote", "writes", "noted", "insisted", "explained"})
#: Between the verb and the name: titles and capitalised words only ("Rep.", "U.S. Senator", "Foreign Minister").
_TITLES_ONLY = re.compile(rf"\s+(?:(?:[A-Z][\w.’'-]*|(?i:{TITLES}))\s+){{0,5}}")
#: After the name to the sentence's end: a bracketed party or state, a time or place, the full stop; no quote, no
#: clause ("…, said X, who …", "…, said X as Y …": not read).
_REST = re.compile(r"(?:\s*\([^()\n]{1,24}\))?(?:,?\s+(?:on|in|at|late|early|last|this|earlier|later)\b"
                   r"[^.;:,“”\"\n]{0,40})?\s*[.!?]?\s*")


def closing_verb_first(text: str, left: int, verb: re.Match[str], sentence_end: int,
                       who: Callable[..., Who]) -> tuple[str, int, int] | None:
    """The speaker (actor, start, end) a verb-first attribution closing the sentence names: `left` is where the
    stretch before the verb starts (after the quotation), `verb` the speech verb. None when it is not one."""
    if verb.group(0) not in _VERB_FIRST or not _COMMA_BEFORE.search(text, left, verb.start()):
        return None
    actor, a_s, a_e = who(verb.end(), sentence_end, "first")
    if actor is None or not _TITLES_ONLY.fullmatch(text, verb.end(), a_s) \
            or not _REST.fullmatch(text, a_e, sentence_end) or joint_subject(text, a_s, a_e, verb.end(), sentence_end, who):
        return None
    return actor, a_s, a_e
