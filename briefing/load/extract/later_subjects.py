"""Whether a sentence that gives a pronoun its person also has another person as the subject of a later clause of
its own ("… chairman X noted how Y's parents had given up so much, to which an emotional Y agreed. / “…,” he
added"): the pronoun may be either, so it is no one's (speakers.py's pronoun walk asks; the sentence's subject
stays the pronoun's person when the other is shown taking another pronoun). Reads a few characters around each
person named after the subject: linear."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

__all__ = ["other_clause_subject"]


class _Mention(Protocol):
    start: int
    end: int
    actor: str


#: Right before a name: a clause's opening after a comma or a semicolon ("to which", "whereupon", "and", "but",
#: "while", "as", "when"), perhaps with an article and an adjective or a title ("to which an emotional",
#: ", and chairman").
_CLAUSE_OPENS = re.compile(r"[,;]\s+(?:(?:to|after|by|with|for|at|from|upon)\s+(?:which|whom)|whereupon|and|but|while|"
                           r"as|when|before|after|until|so|though|although)\s+(?:(?:an?|the)\s+(?:[a-z]+\s+){0,2})?"
                           r"(?:[a-z]+\s+)?$")
#: Right after that name: its finite verb, perhaps after an adverb ("agreed", "nodded", "said", "told").
_FINITE_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:[a-z]{2,}ed|said|told|wrote|spoke|replied|went|made|took|gave|"
                           r"felt|saw|met|won|lost|came|left|kept|laughed|smiled|nodded)\b")


def other_clause_subject(text: str, mentions: Sequence[_Mention], actor: str, fits: Callable[[str], bool]) -> bool:
    """Whether one of `mentions` (a sentence's people, by start), after `actor`'s first and naming someone else
    whom `fits` (the pronoun may stand for them), is the subject of a later clause of the sentence."""
    first = next((m.start for m in mentions if m.actor == actor), None)
    if first is None:
        return False
    for m in mentions:
        if m.start > first and m.actor != actor and fits(m.actor) \
                and _CLAUSE_OPENS.search(text, max(0, m.start - 50), m.start) is not None \
                and _FINITE_AFTER.match(text, m.end) is not None:
            return True
    return False
