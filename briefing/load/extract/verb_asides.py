"""A participial or prepositional aside between a speech verb's subject and the verb (verb_speaker asks, quotes35):

  "X, standing beside the mayor's husband, Y, told the crowd …, adding, “…”"   X speaks, never Y
  "Speaking from a bus, X, flanked by Y, said: “…”"                           X

The aside opens with a comma after the subject and a participle of posture or company ("standing", "flanked
by", "joined by") or a preposition of place or company ("alongside", "beside", "next to", "with"); it closes
with the comma right before the verb. The subject is the person named right before the aside's opening comma;
no one named there leaves the quote unknown ("along with" is no such aside: who() reads a name after "with" as no
subject already). One match at a bounded reach before the verb: constant work per verb.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["aside_subject"]

#: What opens an aside of company or posture after a subject's comma.
_OPENERS = (r"standing|sitting|seated|speaking|flanked|joined|accompanied|surrounded|backed|escorted|"
            r"alongside|beside|next\s+to|in\s+front\s+of|with")
#: A comma, the aside's opener, then words up to a comma right before the verb, with no clause's end, quotation
#: or second aside opener's verb in it ("…, Y, told", "…, Y, said").
_ASIDE = re.compile(rf",\s+(?:{_OPENERS})\b[^.;:!?“”\"\n]{{1,160}},\s*$")
#: How far before the verb an aside is looked for.
_REACH = 220


def aside_subject(text: str, window_start: int, name_start: int, verb_start: int,
                  who: Callable[..., tuple[str | None, int, int]]) -> tuple[str | None, int, int] | None:
    """When the person named at `name_start` (the last before the verb) stands inside an aside set off between
    the verb's subject and the verb: (the subject before the aside, its start, its end), with None for no one
    named there; None when the name stands in no such aside."""
    low = max(window_start, verb_start - _REACH)
    # The first: the aside that opens right after the subject (a comma inside it opens none).
    aside = next(_ASIDE.finditer(text, low, verb_start), None)
    if aside is None or aside.end() != verb_start or aside.start() >= name_start:
        return None
    actor, a_s, a_e = who(window_start, aside.start(), "last")
    if actor is None or text[a_e:aside.start()].strip():
        return None, -1, -1  # the aside follows no name: its subject is no one we can name
    return actor, a_s, a_e
