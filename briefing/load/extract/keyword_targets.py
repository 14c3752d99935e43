"""Whom an issue's keyword is aimed at, when that says the keyword is not about the issue: "lifted sanctions against
Dmitriev" is one man's sanctions (a visa for a visit), not the sanctions on his country (findings.py drops it); and a
keyword that is itself the act, a verb with its subject and object ("Britain sanctioned Rosneft": issues.py)."""

from __future__ import annotations

import re
from bisect import bisect_left

__all__ = ["acts", "aimed_at_a_person"]

#: A measure's keyword, its preposition, and the person's titles before the name: "sanctions against Russian
#: investment envoy ", "sanctions imposed on ". No "and" or comma: "sanctions on Russia and its envoy X" names Russia.
_AT_A_PERSON = re.compile(r"\s+(?:(?:imposed|placed|slapped)\s+)?(?:on|against|targeting)\s+(?:the\s+)?"
                          r"(?:(?!(?:and|or)\s)[\w.’'-]+\s+){0,4}")
_MEASURE = re.compile(r"\b(?:sanctions|restrictions|travel ban|asset freeze)$", re.IGNORECASE)


def aimed_at_a_person(text: str, keyword_start: int, keyword_end: int, persons_at: tuple[int, ...]) -> bool:
    """Whether the measure named by text[keyword_start:keyword_end] is aimed at a person named right after it
    (`persons_at`: where the sentence names a person, in order)."""
    if _MEASURE.search(text, keyword_start, keyword_end) is None:
        return False
    i = bisect_left(persons_at, keyword_end)
    return i < len(persons_at) and persons_at[i] - keyword_end <= 60 and \
        _AT_A_PERSON.fullmatch(text, keyword_end, persons_at[i]) is not None


#: A keyword that is a verb of the act it names ("sanctioned", "sanctioning"; the cue of the same words: stance_cues).
_ACT = re.compile(r"sanction(?:ed|ing)\Z", re.IGNORECASE)
#: A time between the subject and its verb: "The United States last month sanctioned Rosneft", "Britain recently
#: sanctioned …" (not "newly": "the newly sanctioned firms" is an adjective).
_WHEN_BETWEEN = (r"\b(?:(?:last|this|earlier\s+this)\s+(?:week|month|year|spring|summer|autumn|fall|winter)|yesterday|"
                 r"today|earlier|later|recently|formally|officially|separately|jointly|swiftly|subsequently)\s+$")
#: Before the verb, its subject or auxiliary: "Britain sanctioned", "has sanctioned", "is sanctioning" (not a passive
#: "was sanctioned", nor an adjective "sanctioned oil", "the sanctioned firms").
_SUBJECT_BEFORE = re.compile(r"(?:\b(?:has|have|had|will|would|to|also|already|is|are|were|was)|(?-i:[A-Z])[\w.’'-]*)\s+$"
                             r"|" + _WHEN_BETWEEN, re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$", re.IGNORECASE)
#: After it, its object: a name or a determiner ("sanctioned Rosneft", "sanctioning Russia’s two largest …").
_OBJECT_AFTER = re.compile(r"\s+(?:(?-i:[A-Z])|(?:the|both|two|three|more|its|their|several|dozens|major|further|new)\b)",
                           re.IGNORECASE)


def acts(text: str, cue_start: int, cue_end: int, keyword_start: int, keyword_end: int) -> bool:
    """Whether the cue at [cue_start, cue_end) is the keyword itself used as the verb of its act."""
    if (cue_start, cue_end) != (keyword_start, keyword_end) or _ACT.match(text, cue_start, cue_end) is None:
        return False
    before = _SUBJECT_BEFORE.search(text, max(0, cue_start - 30), cue_start)
    if before is None or (text[cue_start:cue_end].lower().endswith("ed")
                          and _PASSIVE_BEFORE.search(text, max(0, cue_start - 10), cue_start)):
        return False
    return _OBJECT_AFTER.match(text, cue_end) is not None
