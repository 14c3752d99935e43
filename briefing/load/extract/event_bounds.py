"""The far end of a span of days, or a deadline: a date that is the day of no event (split out of events.py).

"until 00:00 on August 3", "from July 6 to August 3", "by the end of March", "a truce on May 8-10", "a strike
starting Friday": the day a truce or a strike opens or ends or a goal falls due, not the day the sentence's verb
tells of.
"""

from __future__ import annotations

import re

#: What makes a date the far end of a span, not the day of anything: "until 00:00 on August 3", "through May 5",
#: "from July 6 to August 3" ("to" only right after a date that "from" leads).
_UNTIL = re.compile(r"\b(?:until|till|through|up to)\s+(?:(?:[\d:.]+|midnight|noon)\s+)?(?:on\s+)?$", re.IGNORECASE)
_TO = re.compile(r",?\s*to\s+(?:(?:[\d:.]+|midnight|noon)\s+)?(?:on\s+)?$", re.IGNORECASE)
#: A deadline: "to lift its outlays to 3% of output by 2030", "by the end of March" (the day a goal falls due, not the
#: day of the sentence's act).
_BY = re.compile(r"\bby\s+(?:the\s+(?:end|middle|start|beginning|close)\s+of\s+)?$", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+(?:(?:[\d:.]+|midnight|noon)\s+)?(?:on\s+)?$", re.IGNORECASE)
#: A month-day that opens a range of days: "a truce on May 8-10", "from midnight on May 7–8" (its first day is
#: a span's, not the day of the sentence's act).
_DAY_RANGE = re.compile(r"[-–]\d{1,2}\b(?![-/:.]\d)")
#: A thing's start: "a general strike starting Friday", "a curfew beginning on Thursday", "a ban effective Saturday",
#: "as of Monday" (the day the thing begins, often one to come, not the day it was called or ordered).
_START = re.compile(r"\b(?:starting|beginning|commencing|effective|as\s+of)\s+(?:from\s+)?(?:on\s+)?$", re.IGNORECASE)
#: A weekday's mention that begins with its own bound word ("until Friday", "by Friday": dates.py reads the word
#: as the weekday's prefix, so nothing stands before the mention to say so).
_BOUND_PREFIX = re.compile(r"(?:until|till|by)\s", re.IGNORECASE)


def bounds_span(text: str, at: int, dates: list) -> bool:  # noqa: ANN001 - list[DateMention]
    """Whether the date beginning at `at` is a bound of a span: its far end ("until August 3", "from July 6 to
    August 3"), or its near end once the far end is printed ("from 00:00 on July 6, until …"): a day a truce opens
    or ends or a deadline falls, not the day the sentence's verb tells of (an announcement "that from July 6 until
    August 3 …")."""
    if _UNTIL.search(text, max(0, at - 30), at) or _BY.search(text, max(0, at - 30), at) \
            or _START.search(text, max(0, at - 30), at):
        return True
    mention = next((d for d in dates if d.start == at), None)
    if mention is not None and _BOUND_PREFIX.match(mention.text):
        return True
    if mention is not None and mention.date.day is not None and _DAY_RANGE.match(text, mention.end):
        return True
    if _from_led(text, at, mention):
        # Its near end too ("from 00:00 on July 6, until …"): the day a span opens is no more the verb's day,
        # once the year printed at its far end dates it.
        return any(d.start > at and (_UNTIL.search(text, max(0, d.start - 24), d.start)
                                     or _TO.search(text, max(0, d.start - 16), d.start)) for d in dates)
    to = _TO.search(text, max(0, at - 16), at)
    return to is not None and any(d.end == to.start() and _from_led(text, d.start, d) for d in dates)


def _from_led(text: str, at: int, mention: object) -> bool:  # (mention: DateMention | None)
    """Whether "from" leads the date at `at`: before it ("from 00:00 on July 6") or as a weekday's own prefix,
    which dates.py reads into the mention ("from Monday to Wednesday")."""
    own = getattr(mention, "text", "")
    return _FROM.search(text, max(0, at - 20), at) is not None or own[:5].lower() == "from "


#: A clause of saying after the verb's own date: "A plane crashed in 2015 near the runway, a spokesman recalled on
#: Monday" (Monday is the recollection's day, not the crash's).
_SAYING_AFTER = re.compile(r",\s+(?:[\w.'’-]+\s+){0,4}?(?:said|says|told|reported|announced|added|stated|wrote|posted|"
                           r"recalled|confirmed|noted)\b")


def said_later(text: str, verb_end: int, at: int, dates: list) -> bool:  # noqa: ANN001 - list[DateMention]
    """Whether the date at `at` follows a clause of saying that follows another date after the verb (ending at
    `verb_end`), one wholly before it: the day of that saying, not the verb's (whose own date came first). A
    date not wholly before ("Oman will host a round next week, its ministry said on Tuesday") leaves the
    saying's day to date the news."""
    later = next((d for d in dates if d.start == at), None)
    return later is not None and any(
        verb_end <= d.start and d.end <= at and _before(d.date, later.date) and _SAYING_AFTER.search(text, d.end, at)
        for d in dates)


def _before(first, then) -> bool:  # noqa: ANN001 - PartialDate
    """Whether every day of `first` lies before every day of `then`."""
    return (first.year, first.month or 12, first.day or 31) < (then.year, then.month or 1, then.day or 1)


#: A verb of telling, and what may stand between it and its own day: its hearers and an adverb ("told reporters
#: later on Monday", "confirmed to the radio early on Monday"), no comma, no reported clause ("that …") between.
_TELLING = re.compile(r"(?:said|says|told|announced|confirmed|reported|posted|wrote|stated|added)", re.IGNORECASE)
_TELLING_GAP = re.compile(r"(?:(?!\b(?:that|whether|if)\b)[^,;:.!?\"“”—–()]){0,50}")


def telling_day(text: str, verb: re.Match[str], dates: list):  # noqa: ANN001, ANN201 - list[DateMention] → one
    """The day of a saying, when the sentence's verb is one of telling and a day of the exact day stands in its own
    clause after it: "The casket will be moved on Wednesday, a spokesman told reporters later on Monday" tells
    of Monday's telling; the Wednesday, nearer the verb, is the reported plan's (None when no such day)."""
    if not _TELLING.fullmatch(verb.group(0)):
        return None
    return next((d for d in dates if d.start >= verb.end() and d.date.day is not None
                 and _TELLING_GAP.fullmatch(text, verb.end(), d.start)), None)
