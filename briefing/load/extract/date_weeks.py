"""A weekday named with its week (events26): "on Monday last week", "last week on Tuesday", "on Thursday next
week", "Friday of this week". The weekday alone is read as the nearest one in the tense's direction, which on a
Wednesday page puts "Monday last week" on this week's Monday (two days back) and "Thursday next week" on tomorrow.
With its week named, the day is that weekday of the calendar week (Monday to Sunday) before, after or holding
the day of writing. Without a day of writing, nothing (as for any weekday); nor in a reported future ("said he
would come on Thursday next week": the saying's next week, perhaps not the page's).
"""

from __future__ import annotations

import datetime as dt
import re

from briefing.load.extract.date_names import named_weekday
from briefing.load.extract.date_resolvers import RESOLVERS, WEEKDAYS, Context, _Found
from briefing.model import PartialDate

__all__ = ["weekday_of_week"]

#: The week named right after the weekday ("Monday last week", "Thursday of next week") or right before it ("last
#: week on Tuesday", "next week, on Thursday").
_WEEK_AFTER = re.compile(r"[ \t]+(?:of[ \t]+)?(?P<which>last|next|this)[ \t]+week\b", re.IGNORECASE)
_WEEK_BEFORE = re.compile(r"\b(?P<which>last|next|this)[ \t]+week[ \t]*,?[ \t]*(?:on[ \t]+)?$", re.IGNORECASE)
_OFFSET = {"last": -1, "this": 0, "next": 1}
_weekday = RESOLVERS["weekday"]


def weekday_of_week(match: re.Match[str], g: dict, c: Context) -> _Found:
    """A weekday's day in the week the text names beside it, else the weekday resolver's own reading."""
    text, start = match.string, match.start("wd_prefix") if g["wd_prefix"] else match.start("wd")
    week = _WEEK_AFTER.match(text, match.end()) or _WEEK_BEFORE.search(text, max(0, start - 20), start)
    if week is None or c.ref_day is None or c.direction == "near" or not g["wd"][0].isupper() or \
            (g["wd_prefix"] or "").strip().lower() in ("last", "next", "this") or \
            named_weekday(text, match.start("wd"), match.end("wd")):
        return _weekday(match, g, c)
    which = week.group("which").lower()
    monday = c.ref_day - dt.timedelta(days=c.ref_day.weekday())
    day = monday + dt.timedelta(days=7 * _OFFSET[which] + WEEKDAYS.index(g["wd"].lower()))
    return (PartialDate(year=day.year, month=day.month, day=day.day), "date:weekday-week",
            f"the {g['wd']} of {which} week (weeks from Monday)", 0.8, None)
