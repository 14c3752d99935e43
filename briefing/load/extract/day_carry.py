"""Days counted from the sentence before ("The next day, …", counted_day, moved here from event_agents.py), and a
day carried over one sentence that tells no time and no act (events36, issue 10): "Talks ended on Monday
without a deal. The mood was grim. However, the next day, they met again" — the next day is Tuesday, counted from
the last told day two sentences back. Only over one sentence, and only one with no word of time at all (no date,
no number, no "later", "week", "then", "when" …: it could have moved the story's clock) and no act (no event verb,
no past participle or past tense in -ed: "Sybiha spoke to the press. Later that day, …" counts from the speaking,
whose day is not told).
"""

from __future__ import annotations

import datetime as dt
import re

from briefing.load.extract.dates import DateMention
from briefing.load.extract.event_verbs import EVENT_VERBS
from briefing.load.extract.printed_shapes import MONTH_NAME
from briefing.model import PartialDate

__all__ = ["counted_day", "tells_no_time"]

_TIME_WORD = re.compile(
    rf"\d|\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|{MONTH_NAME}|yesterday|today|tonight|tomorrow|"
    r"later|earlier|after|afterwards|before|since|until|ago|then|meanwhile|previously|once|when|while|during|"
    r"(?:this|last|next)\s+\w+|(?:minute|hour|day|night|morning|afternoon|evening|week|weekend|month|year|decade|"
    r"spring|summer|autumn|fall|winter)s?|one|two|three|four|five|six|seven|eight|nine|ten|several|first|second)\b",
    re.IGNORECASE)


_PAST = re.compile(r"\b[a-z]{2,}ed\b")


def tells_no_time(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds no word of time and no act, so a day told before it still holds after it."""
    return _TIME_WORD.search(text, start, end) is None and _PAST.search(text, start, end) is None \
        and EVENT_VERBS.search(text, start, end) is None


#: A day counted from the one before: the same day, the day after, the day before (not "the day before the vote":
#: a day counted from the thing named, not from the sentence before).
_COUNTED = re.compile(
    r"\b(?:(?P<same>later\s+(?:that|the\s+same)\s+day|(?:on\s+)?that\s+same\s+day|(?:on\s+)?the\s+same\s+day)|"
    r"(?P<next>(?:on\s+)?the\s+(?:next|following)\s+day|a\s+day\s+later|(?:on\s+)?the\s+day\s+after)|"
    r"(?P<previous>(?:on\s+)?the\s+(?:day\s+before|previous\s+day)|a\s+day\s+earlier))"
    r"(?=\s*[,.;:!?]|\s*$|\s+(?!as\b|of\b|that\b|when\b|the\b|an?\b|its\b|his\b|her\b|their\b)[a-z])", re.IGNORECASE)
#: (events35) "that" after a saying's verb opens the saying's clause, not the day's: "X confirmed the following day
#: that …" is a day counted from the sentence before ("the day that the talks ended" is none: _COUNTED).
_COUNTED_SAID = re.compile(
    r"\b(?:confirmed|announced|said|stated|reported|added|insisted|denied|claimed|declared|admitted|acknowledged|"
    r"revealed|wrote)\s+(?P<next>(?:on\s+)?the\s+(?:next|following)\s+day)(?=\s+that\b)", re.IGNORECASE)


def counted_day(text: str, start: int, end: int, before: DateMention | None,
                quoted: list[tuple[int, int]], hops: int = 0) -> list[DateMention]:
    """The day text[start:end] (a sentence with no date of its own) counts from `before`, the day of the one
    event of the sentence before: "Talks ended on Monday. The next day, X flew home" → Tuesday."""
    if before is None:
        return []
    if (found := _COUNTED.search(text, start, end)) is not None:
        (begin, stop), shift = found.span(), 0 if found.group("same") else 1 if found.group("next") else -1
    elif (said := _COUNTED_SAID.search(text, start, end)) is not None:
        (begin, stop), shift = said.span("next"), 1  # (the day's words alone)
    else:
        return []
    if any(a <= begin < b for a, b in quoted):
        return []
    words, base = text[begin:stop], before.date
    day = dt.date(base.year, base.month, base.day) + dt.timedelta(days=shift)
    where = "two sentences before, none between telling a time" if hops else "in the sentence before"
    basis = f"{words!r} → {day.isoformat()}, {shift:+d} day from {before.text!r} {where}"
    return [DateMention(begin, stop, words, PartialDate(year=day.year, month=day.month, day=day.day),
                        "date:counted-day", basis, min(before.confidence, 0.8))]
