"""The resolvers of dates.py for a month named without its day: "March 2025" (`month_year`) and "in March"
(`in_month`), the year of the latter from the day of writing and the tense (split out of date_resolvers.py,
which holds the month-day and weekday resolvers; date_relative.py puts them all in one table).
"""

from __future__ import annotations

import datetime as dt
import re

from briefing.load.extract.date_resolvers import _GUESSED, Context, _Found, month_number, in_folder
from briefing.model import PartialDate


def month_year(match: re.Match[str], g: dict, c: Context) -> _Found:
    if not g["my_month"][0].isupper():
        return None
    return PartialDate(year=int(g["my_year"]), month=month_number(g["my_month"])), "date:month-year", "", 0.9, None


#: A month named without a year up to this many months after the source's own month, with no future cue,
#: is left undated: the reader cannot tell the coming one from last year's.
_AHEAD_UNSURE = 3


def in_month(match: re.Match[str], g: dict, c: Context) -> _Found:
    """"in March": the year from the reference day and the tense."""
    name = g["im_month"]
    if not name[0].isupper():
        return None
    start = match.start("im_month")
    month = month_number(name)
    if c.ref_day is None and c.folder is not None:
        found = in_folder(month, None, c.folder)
        return None if found is None else (*found[:4], start)
    base = c.ref_day if c.ref_day is not None else c.month  # (a month-only stamp dates "in March" too)
    if base is None:
        if c.fallback_year is None or c.cue:
            return None
        return PartialDate(year=c.fallback_year, month=month), "date:month-year-from-corpus", _GUESSED, 0.4, start
    candidate = dt.date(base.year, month, 1)
    if c.direction == "past" and 0 < month - base.month <= _AHEAD_UNSURE:
        # "agreed to meet again in May", written in April: the coming May as likely as last year's, and the
        # tense does not say which. Undated rather than a year off.
        return None
    if c.cue is not None and c.direction == "near":
        return _nearest_month(base, month, c.cue, start)
    year_value, how = _infer_month_year(candidate, base, c.direction, c.cue)
    return PartialDate(year=year_value, month=month), "date:month-inferred", how, 0.8, start


def _nearest_month(base: dt.date, month: int, cue: str, start: int) -> _Found:
    """A month of a plan told in the past ("the run-off was to be held in December", date_tense.future_in_past):
    the plan's month may lie either side of the day of writing, so the nearer one; None when the two lie six
    months off each (not known)."""
    ahead = (month - base.month) % 12
    if ahead == 6:
        return None
    year = base.year + (1 if base.month + ahead > 12 else 0) if ahead < 6 else \
        base.year - (1 if month > base.month else 0)
    return (PartialDate(year=year, month=month), "date:month-inferred",
            f"year inferred: the nearer such month ('{cue}', a plan told in the past)", 0.7, start)


def _infer_month_year(candidate: dt.date, base: dt.date, direction: str, cue: str | None) -> tuple[int, str]:
    first = base.replace(day=1)
    if direction == "future":
        year = candidate.year if candidate >= first else candidate.year + 1
        return year, f"year inferred: the next such month ('{cue}')"
    year = candidate.year if candidate <= first else candidate.year - 1
    return year, "year inferred: the latest such month not after the source date"


#: The month resolvers, by the kind of dates.py's pattern.
MONTH_RESOLVERS = {"my": month_year, "inmonth": in_month}
