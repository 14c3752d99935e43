"""The resolvers of dates.py counted from the day of writing alone (and the holidays of date_holidays.py): "three days ago", "last year", "next month",
"this week", "today", "yesterday", "overnight". No day of writing, no date (split from date_resolvers.py).
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from briefing.load.extract.date_holidays import holiday
from briefing.load.extract.date_months import MONTH_RESOLVERS
from briefing.load.extract.date_resolvers import RESOLVERS as _PRINTED
from briefing.load.extract.date_resolvers import Context, _Found
from briefing.load.extract.date_weeks import weekday_of_week
from briefing.model import PartialDate

_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": None, "few": None}


#: What a page's own stamp prints before its "N days ago": a clock time, or "Updated"/"Posted" on the same line.
_STAMP_BEFORE = re.compile(r"(?:\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?|"
                           r"\b(?i:updated|posted|published|created|modified)\b[^.!?\n]{0,50}?)[ \t|•·,–—-]*$")


def _ago(match: re.Match[str], g: dict, c: Context) -> _Found:
    """"three days ago", "two weeks ago": back from the reference day, at the unit's precision."""
    ref_day = c.ref_day
    if ref_day is None or _STAMP_BEFORE.search(match.string, max(0, match.start() - 60), match.start()):
        return None  # "Updated at 2025-04-04 17:44:20 2 days ago": a page's stamp, no day of anything told
    number = _NUMBER_WORDS.get(g["ago_n"].lower()) if not g["ago_n"].isdigit() else int(g["ago_n"])
    if number is None:
        return None
    unit = g["ago_unit"].lower().rstrip("s")
    if unit == "day":
        d = ref_day - dt.timedelta(days=number)
        return PartialDate(year=d.year, month=d.month, day=d.day), "date:ago", "", 0.85, None
    if unit == "week":
        d = ref_day - relativedelta(weeks=number)
        return PartialDate(year=d.year, month=d.month), "date:ago", f"week of {d.isoformat()}; month kept", 0.6, None
    if unit == "month":
        d = ref_day - relativedelta(months=number)
        return PartialDate(year=d.year, month=d.month), "date:ago", "", 0.7, None
    d = ref_day - relativedelta(years=number)
    return PartialDate(year=d.year), "date:ago", "", 0.7, None


def _relative(match: re.Match[str], g: dict, c: Context) -> _Found:
    """"last year", "next month", "this week": from the reference day."""
    ref_day = c.ref_day
    if ref_day is None:
        return None
    which, unit = g["rel_which"].lower(), g["rel_unit"].lower()
    step = {"last": -1, "this": 0, "next": 1}[which]
    if unit == "year":
        return PartialDate(year=ref_day.year + step), "date:relative-year", "", 0.8, None
    if unit == "month":
        d = ref_day + relativedelta(months=step)
        return PartialDate(year=d.year, month=d.month), "date:relative-month", "", 0.75, None
    monday = ref_day - relativedelta(days=ref_day.weekday()) + relativedelta(weeks=step)
    sunday = monday + relativedelta(days=6)
    if sunday.month != monday.month:  # a week across two months ("last week" on 10 January: 30 Dec – 5 Jan)
        if sunday.year != monday.year:
            return None  # no month and no year is surely its
        return (PartialDate(year=monday.year), f"date:{which}-week",
                f"week of Monday {monday.isoformat()}, across two months; year kept", 0.6, None)
    return (PartialDate(year=monday.year, month=monday.month), f"date:{which}-week",
            f"week of Monday {monday.isoformat()}; month kept", 0.6, None)


def _day_word(match: re.Match[str], g: dict, c: Context) -> _Found:
    """"today", "this morning", "yesterday", "tomorrow": from the reference day."""
    if c.ref_day is None:
        return None
    word = " ".join(g["day_word"].lower().split())
    if word == "overnight":  # a night that ended on the day of writing, told as past ("launched … overnight");
        # not under a scrape's stamp, which may be a day behind the text's own (dates.Reference.stamp)
        if c.direction != "past" or c.stamp:
            return None
        day = PartialDate(year=c.ref_day.year, month=c.ref_day.month, day=c.ref_day.day)
        return day, "date:relative-day", "the night before the day of writing", 0.7, None
    shift = -1 if word == "yesterday" else 1 if word == "tomorrow" else 0  # today, tonight, this morning, …
    d = c.ref_day + dt.timedelta(days=shift)
    return PartialDate(year=d.year, month=d.month, day=d.day), "date:relative-day", "", 0.85, None


#: Every kind of dates.py's pattern and its resolver.
RESOLVERS = {**_PRINTED, **MONTH_RESOLVERS, "ago": _ago, "rel": _relative, "day": _day_word, "holiday": holiday,
             "weekday": weekday_of_week}  # ("Monday last week": date_weeks.py; else the printed resolver's reading)
