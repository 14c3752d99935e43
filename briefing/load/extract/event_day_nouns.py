"""A day's possessive before an act's noun, as the sentence's subject (events35, issue 10): "Friday's decision to cut
the budget angered the union", "Tuesday's ruling by the court surprised lawyers". The day is the act's: the decision
was taken, the ruling given, that day; the event's verb is the noun. Nothing looser: the noun phrase opens the
sentence (after a short opening at most), the noun is one of an act done on a day, and the sentence tells of the past
(no "will", "could", "is expected"): "Friday's vote could decide …" may be next Friday's, and dates nothing here.
"""

from __future__ import annotations

import re

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
#: The day's possessive, an adjective at most, and the act's noun.
_DAY_NOUN = re.compile(
    r"(?:(?i:last)\s+)?(?P<day>" + _WEEKDAY + r")['’]s\s+(?:(?:surprise|sudden|unanimous|narrow|landmark|long-awaited|"
    r"final|formal|snap|brief|deadly|fatal|failed|[a-z]+-[a-z]+)\s+)?"
    r"(?P<verb>decision|ruling|verdict|vote|announcement|resignation|arrest|raid|walkout|agreement|deal|"
    r"approval|sentencing|dismissal|ouster|firing|shooting|crash|collapse|attack|strike|election|referendum)\b")
#: A modal or a future after the noun: the act may not have happened yet.
_NOT_PAST = re.compile(r"\b(?:will|would|could|may|might|can|shall|should|is|are|am)\b|\b(?:expected|due|set|scheduled)\s+"
                       r"to\b|\?")
#: What may lead the noun phrase: a short opening phrase ("In Geneva, ").
_OPENING = re.compile(r"(?:[^,.;:!?“”\"]{1,40},\s+)?")
#: The day's possessive from the date's start to the noun (a mention may begin at "last").
_OWN = re.compile(r"(?:(?i:last)\s+)?" + _WEEKDAY + r"['’]s\s+(?:[\w-]+\s+)?")


def day_noun_act(text: str, start: int, end: int, dates: list[int]) -> re.Match[str] | None:
    """The act's noun of a day's possessive that opens text[start:end] ("Friday's decision …"), its day one of the
    sentence's dates (their starts), in a sentence that tells of the past; else None."""
    for at in (start, _OPENING.match(text, start, end).end()):
        found = _DAY_NOUN.match(text, at, end)
        if found is not None and (found.start() in dates or found.start("day") in dates):
            return None if _NOT_PAST.search(text, found.end(), end) else found
    return None


#: (events37) A day that opens the sentence as the count of a running thing's days: "Friday marks the fourth straight day
#: of the strike", "Monday was the second day of the search" (the day is the thing's; the event's verb is its
#: noun). Not "Monday will be …": a count told in the future is no day gone by.
_DAY_MARKS = re.compile(
    r"(?P<day>" + _WEEKDAY + r")\s+(?:marks|marked|is|was)\s+(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\s+(?:(?:full|straight|consecutive)\s+)?day\s+of\s+"
    r"(?:(?:the|a|its|their)\s+)?(?:[a-z]+\s+){0,2}?(?P<verb>deliberations|trial|search|manhunt|strike|walkout|talks|"
    r"negotiations|hearings?|testimony|protests?|blockade|siege|summit|voting|count|counting|retrial|evacuations?)\b")


def day_marks_act(text: str, start: int, end: int, dates: list[int]) -> re.Match[str] | None:
    """The running thing's noun of a day that opens text[start:end] as its count ("Friday marks the fourth straight day
    of the strike"), its day one of the sentence's dates (their starts); else None."""
    for at in (start, _OPENING.match(text, start, end).end()):
        found = _DAY_MARKS.match(text, at, end)
        if found is not None and found.start("day") in dates:
            return found
    return None


def owns_day(text: str, at: int, verb: re.Match[str]) -> bool:
    """Whether the date at `at` is the possessive day of the act's noun `verb` ("Friday's decision")."""
    return _OWN.fullmatch(text, at, verb.start()) is not None
