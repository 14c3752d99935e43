"""Holders named by reference rather than by name (holders.py): a "he"/"she" right before the cue, standing for
the person the sentence (or the one before) names; a role phrase tagging a quotation ("a senior Kremlin aide
said") that names one side."""

from __future__ import annotations

import re

from briefing.load.sides import HoldingSides

__all__ = ["pronoun_subject", "role_tag"]


#: "he"/"she" right before a cue, as its subject: "where he called for", "she also rejected".
_PRONOUN_BEFORE = re.compile(r"\b(?:he|she)\s+(?:(?:also|again|then|later|has|had|have|would|will|strongly|"
                             r"repeatedly|firmly|once more|flatly)\s+){0,2}$")


def pronoun_subject(text: str, names, actors, previous_person: str | None, start: int, cue: int,  # noqa: ANN001
                    negotiating, persons_at: tuple[int, ...]) -> list:  # noqa: ANN001
    """The person a "he"/"she" right before the cue stands for: the persons named before it in the sentence when
    they are all of one side (the last of them), else, when the sentence names none, the person last named."""
    pronoun = _PRONOUN_BEFORE.search(text, max(start, cue - 40), cue)
    if pronoun is None:
        return []
    persons = [n for n in names if start <= n[1] and n[2] <= pronoun.start() and actors[n[0]].kind == "person"]
    if len(persons) != sum(1 for at in persons_at if at < pronoun.start()):
        return []  # someone we cannot place is named before "he": he may be that one
    if persons:
        return persons[-1:] if len({actors[n[0]].side for n in persons}) == 1 else []
    if previous_person in actors and actors[previous_person].side in negotiating:
        return [(previous_person, pronoun.start(), pronoun.end())]
    return []


#: The tag after a quotation that names its speaker by a role of one side: "…," a U.S. official told AFP;
#: "…," a senior Kremlin aide said. The side's word is checked against the sides' cues (HoldingSides).
_ROLE_TAG = re.compile(r"[\s,”\"’']*(?:(?:a|an|the|one|another)\s+)?(?:(?:senior|top|high-ranking|unnamed|"
                       r"anonymous)\s+)?(?P<side>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s+(?:[a-z]+\s+)?"
                       r"(?:officials?|spokes(?:man|woman|person)|diplomats?|sources?|negotiators?|envoys?|aides?|"
                       r"delegates?|delegation)\s+(?:said|says|told|added|stated|noted)\b")


def role_tag(text: str, quote_end: int, negotiating) -> str | None:  # noqa: ANN001
    """The side of the role phrase that tags a quotation right after it, if one side's word names it alone."""
    if not isinstance(negotiating, HoldingSides):
        return None
    tag = _ROLE_TAG.match(text, quote_end, min(len(text), quote_end + 90))
    if tag is None:
        return None
    named = negotiating.named(text, tag.start("side"), tag.end("side"))
    whole = [side for side, s, e in named if (s, e) == (tag.start("side"), tag.end("side"))]
    return whole[0] if whole else None  # "a U.S. official", "a Kremlin spokesman"; not "a Saudi-based source"
