"""The resolvers of dates.py: the date each kind of expression names ("March 18", "in March", "on Tuesday",
"three days ago", "next month", "today": date_relative.py), read against the day of writing and the tense (date_tense.py), each
with the rule, how it was inferred and a confidence. No day of writing, no relative date.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from dateutil import parser as date_parser
from dateutil.relativedelta import relativedelta

from briefing.load.extract.date_names import WEEKDAYS, calendar_agrees, named_day, named_weekday, printed_weekday
from briefing.model import PartialDate

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")



def month_number(name: str) -> int:
    return MONTHS.index(next(m for m in MONTHS if m.startswith(name.lower()[:3]))) + 1


@dataclass(frozen=True)
class Context:
    """What a resolver reads besides the match: the reference day, the tense and its cue, the folder's year."""

    ref_day: dt.date | None
    direction: str
    cue: str | None
    fallback_year: int | None
    #: The days the sentence prints in full, year included (see `_beside_printed`).
    printed: tuple[dt.date, ...] = ()
    #: The reference day is a scrape's stamp (dates.Reference.stamp).
    stamp: bool = False
    #: The folder's span of dated days (dates.Reference.folder), for a source that is undated and prints no year.
    folder: tuple[dt.date, dt.date] | None = None
    #: The year most of the folder's dated sources have: a month-day an undated source prints with its weekday
    #: ("on Thursday, 8 May") takes it when that day of that year is that weekday (`_weekday_beside`).
    corpus_year: int | None = None
    #: The first day of the month the source is dated to, when its stamp prints no day (dates.Reference.month).
    month: dt.date | None = None


#: (date, rule, how it was inferred, confidence, start of the words when not the match's start)
_Found = tuple[PartialDate, str, str, float, int | None] | None
_GUESSED = "year guessed from the folder (a bound, never shown)"


def _explicit(match: re.Match[str], g: dict, c: Context) -> _Found:
    """"March 18, 2025", "18 March", "March 18": the year printed, else inferred from the reference day; None when
    a weekday printed right before it names another day ("on Tuesday (September 8)" in 2025, a Monday: one of
    the two is wrong, and which is not known)."""
    found = _explicit_day(match, g, c)
    if found is None:
        return None
    weekday, date = printed_weekday(match), found[0]
    if weekday is not None and date.day is not None and \
            not calendar_agrees(weekday, dt.date(date.year, date.month, date.day)):
        return None
    return found


def _explicit_day(match: re.Match[str], g: dict, c: Context) -> _Found:
    """`_explicit` before the weekday printed beside it is read."""
    if match.lastgroup == "mdy":
        month_name = match.group(0).split()[0].rstrip(".")
        day, year = int(g["mdy_day"]), g["mdy_year"]
    else:
        month_name, day, year = g["dmy_month"], int(g["dmy_day"]), g["dmy_year"]
    if not month_name[0].isupper():
        return None
    month = month_number(month_name)
    if year:
        parsed = _parse(f"{month_name} {day} {year}", None)
        return PartialDate(year=parsed.year, month=parsed.month, day=parsed.day), "date:explicit", "", 0.95, None
    if c.ref_day is None and c.folder is not None:
        return None if named_day(match) else in_folder(month, day, c.folder)
    if c.ref_day is None and c.month is not None:
        return None if named_day(match) else _from_month(month, day, c)
    if c.ref_day is None:
        beside = _weekday_beside(match, month, day, c.corpus_year)
        if beside is not None:
            return beside
        if c.fallback_year is None or c.cue:
            return None
        _parse(f"{month_name} {day}", c.fallback_year)  # a real calendar day (raises if not)
        return (PartialDate(year=c.fallback_year, month=month, day=day), "date:explicit-year-from-corpus", _GUESSED,
                0.5, None)
    if named_day(match):
        return None  # "the October 7th attack", "the attacks of October 7": a day named, its year not given
    parsed = _parse(f"{month_name} {day}", c.ref_day.year).date()
    beside = _beside_printed(parsed, c.printed)
    if beside is not None:
        return beside
    if c.direction == "near":
        return _nearest(parsed, c.ref_day, month, day)
    year_value, how = _infer_year(parsed, c.ref_day, c.direction, c.cue)
    if c.direction != "future" and (c.ref_day - parsed.replace(year=year_value)).days > PAST_REACH:
        return _days_ahead(match, parsed, c.ref_day, month, day)  # else None: "a meeting on Aug. 4" in a July
        # article: the next one, or last year's? not known
    if c.direction == "future" and (parsed.replace(year=year_value) - c.ref_day).days > FUTURE_REACH:
        return None  # "will resume on Oct 11" in a page of October 20: a plan gone by, or next year's? not known
    return PartialDate(year=year_value, month=month, day=day), "date:explicit-year-inferred", how, 0.85, None


def _weekday_beside(match: re.Match[str], month: int, day: int, year: int | None) -> _Found:
    """A yearless month-day printed with its weekday in an undated source: the folder's year when that day of it
    is that weekday (the calendar agrees with what is printed), else None."""
    weekday = printed_weekday(match)
    if year is None or weekday is None or named_day(match):
        return None
    try:
        candidate = dt.date(year, month, day)
    except ValueError:
        return None
    if not calendar_agrees(weekday, candidate):
        return None
    return (PartialDate(year=year, month=month, day=day), "date:explicit-year-from-weekday",
            f"year from the folder's dated sources ({year}): {weekday} {candidate.isoformat()} in its "
            f"calendar; the source is undated", 0.6, None)


def printed_days(matches: list[re.Match[str]]) -> tuple[dt.date, ...]:
    """The days a sentence prints in full, year included ("October 8, 2023"): what a month-day printed
    without a year beside them is read against (`_beside_printed`)."""
    days = []
    for match in matches:
        kind = match.lastgroup
        if kind in ("mdy", "dmy") and match.group(f"{kind}_year"):
            month = match.group(0).split()[0] if kind == "mdy" else match.group("dmy_month")
            try:
                days.append(_parse(f"{month.rstrip('.')} {match.group(f'{kind}_day')} "
                                   f"{match.group(f'{kind}_year')}", None).date())
            except (ValueError, OverflowError):
                continue
    return tuple(days)


#: How near a day printed in full a month-day without a year must lie to take its year.
_BESIDE_DAYS = 31


def _beside_printed(candidate: dt.date, printed: tuple[dt.date, ...]) -> _Found:
    """A month-day without a year in a sentence that prints another day in full ("since October 8, 2023,
    … before October 10"): the printed year when the two lie within _BESIDE_DAYS of each other, else None
    (the article's date decides, as for any month-day)."""
    for day in printed:
        for option in _years_around(candidate.replace(year=day.year), day):
            if abs((option - day).days) <= _BESIDE_DAYS:
                return (PartialDate(year=option.year, month=option.month, day=option.day),
                        "date:explicit-year-inferred", f"year from the day printed beside it ({day.isoformat()})",
                        0.8, None)
    return None


def _years_around(candidate: dt.date, base: dt.date) -> list[dt.date]:
    """`candidate`'s month-day in the year before, of and after `base` (29 February only where it exists)."""
    options = []
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            options.append(candidate.replace(year=year))
        except ValueError:  # 29 February
            continue
    return options


def _nearest(candidate: dt.date, base: dt.date, month: int, day: int) -> _Found:
    """A month-day in the future of a past day of saying ("would host"): its year nearest the day of writing,
    if that lies within PAST_REACH days of it."""
    options = _years_around(candidate, base)
    pick = min(options, key=lambda o: abs((o - base).days))
    if abs((pick - base).days) > PAST_REACH:
        return None
    return (PartialDate(year=pick.year, month=month, day=day), "date:explicit-year-inferred",
            "year inferred: the nearest such date ('would': the future of a day of saying)", 0.8, None)


#: A word that makes the date after it a start or a limit: "tariffs of 30% starting August 1", "a deal by July 9".
_LIMIT_BEFORE = re.compile(r"\b(?:starting|beginning|from|effective|until|till|by|before|as of|deadline of|"
                           r"deadline)\s+(?:on\s+)?$", re.IGNORECASE)
#: How far ahead of the day of writing such a start or limit is read as the coming one.
AHEAD_REACH = 14


def _days_ahead(match: re.Match[str], parsed: dt.date, base: dt.date, month: int, day: int) -> _Found:
    """A month-day whose past reading lies most of a year back, led by a start or limit ("threats to raise
    tariffs to 30% starting August 1" in a page of July 28) and falling within AHEAD_REACH days after the day
    of writing: the coming one (news prints the year of last year's day). None otherwise."""
    if not _LIMIT_BEFORE.search(match.string, max(0, match.start() - 20), match.start()):
        return None
    ahead = min((o for o in _years_around(parsed, base) if o > base), default=None)
    if ahead is None or (ahead - base).days > AHEAD_REACH:
        return None
    return (PartialDate(year=ahead.year, month=month, day=day), "date:explicit-year-inferred",
            f"year inferred: the coming such date, a start or limit {(ahead - base).days} days after the source "
            f"date (last year's would print its year)", 0.8, None)


#: How far back a month-day printed without a year is read in the past tense, at most: news prints the year
#: of a day not in the current one, so a day that would lie further back than this (an "Aug. 4" in a July
#: article whose tense the sentence does not show near it) is left undated rather than put a year back.
PAST_REACH = 183


#: How far ahead a month-day printed without a year is read in the future tense, at most (as PAST_REACH back).
FUTURE_REACH = 183


def _from_month(month: int, day: int, c: Context) -> _Found:
    """A month-day ("March 19") of a source dated to a month only ("date 2025-04"): in that month, its year; in
    an earlier month (past tense) or a later one (future), the year that puts it before or after that month,
    within PAST_REACH / FUTURE_REACH days of it; else (or "would": either side) None."""
    base = c.month
    assert base is not None
    if month == base.month:
        year = base.year
    elif c.direction == "past":
        year = base.year if month < base.month else base.year - 1
    elif c.direction == "future":
        year = base.year if month > base.month else base.year + 1
    else:
        return None
    try:
        candidate = dt.date(year, month, day)
    except ValueError:
        return None
    last = base + relativedelta(months=1) - dt.timedelta(days=1)
    if (last - candidate).days > PAST_REACH or (candidate - base).days > FUTURE_REACH:
        return None
    return (PartialDate(year=year, month=month, day=day), "date:explicit-year-from-month",
            f"year from the month the source is dated to ({base:%Y-%m})", 0.8, None)


#: How far before the folder's first dated day or after its last a month-day of a source printing no year may lie.
FOLDER_REACH = 90


def in_folder(month: int, day: int | None, span: tuple[dt.date, dt.date]) -> _Found:
    """A month-day ("June 13") or a month ("in mid-June") of a source that is undated and prints no year, in a
    folder whose dated sources run from span[0] to span[1]: the one year that puts it within FOLDER_REACH days
    of that span, else None (two years would do, or none: not known). A weekday has no such reading."""
    low, high = span[0] - dt.timedelta(days=FOLDER_REACH), span[1] + dt.timedelta(days=FOLDER_REACH)
    fits = []
    for year in range(low.year, high.year + 1):
        try:
            first = dt.date(year, month, day or 1)
            last = first if day else (first + relativedelta(months=1) - dt.timedelta(days=1))
        except ValueError:
            continue
        if first <= high and last >= low:
            fits.append(year)
    if len(fits) != 1:
        return None
    how = (f"year from the folder's dated sources ({span[0].isoformat()} to {span[1].isoformat()}): the one year "
           f"within {FOLDER_REACH} days of them; the source prints no year")
    rule = "date:explicit-year-from-folder" if day else "date:month-year-from-folder"
    return PartialDate(year=fits[0], month=month, day=day), rule, how, 0.6, None


def _year(match: re.Match[str], g: dict, c: Context) -> _Found:
    return PartialDate(year=int(g["year_value"])), "date:year", "", 0.9, match.start("year_value")


def _weekday(match: re.Match[str], g: dict, c: Context) -> _Found:
    """"on Tuesday", "next Monday", "last Friday": against the reference day, by tense or its prefix."""
    ref_day = c.ref_day
    if not g["wd"][0].isupper() or ref_day is None or c.direction == "near" or \
            named_weekday(match.string, match.start("wd"), match.end("wd")):
        return None  # ("Good Friday", "the Friday Accord": a name, no day)
    target = WEEKDAYS.index(g["wd"].lower())
    prefix = (g["wd_prefix"] or "").strip().lower()
    direction, cue = c.direction, c.cue
    if prefix == "next":
        direction, cue = "future", "next"
    elif prefix == "last":
        direction, cue = "past", None
    if direction == "future":
        delta = (target - ref_day.weekday()) % 7
        if prefix == "next" and delta == 0:
            delta = 7
        elif prefix == "next" and target > ref_day.weekday():
            return None  # "next Wednesday" written on a Tuesday: tomorrow, or next week's? writers differ; not known
        date = ref_day + dt.timedelta(days=delta)
        how, rule = f"the {g['wd']} on or after the source date ('{cue}')", "date:weekday-future"
    else:
        delta = (ref_day.weekday() - target) % 7
        if prefix == "last" and delta == 0:
            delta = 7
        if delta == 6 and prefix != "last" and c.stamp:
            return None  # last week's, or the stamp a day behind the text's own day (time zones): not known
        date = ref_day - dt.timedelta(days=delta)
        how, rule = f"the {g['wd']} on or before the source date (past tense)", "date:weekday-past"
    return PartialDate(year=date.year, month=date.month, day=date.day), rule, how, 0.85, None


def _numeric(match: re.Match[str], g: dict, c: Context) -> _Found:
    """"23.02.2025", "(23.02.2025)": a day-first date with dots, its year printed (dots are day-first, as in
    printed_dates)."""
    try:
        day = dt.date(int(g["num_y"]), int(g["num_m"]), int(g["num_d"]))
    except ValueError:
        return None
    return PartialDate(year=day.year, month=day.month, day=day.day), "date:explicit", "", 0.95, None


#: The resolvers of dates printed or named; those counted from the day of writing are date_relative.py's.
RESOLVERS = {"num": _numeric,
             "mdy": _explicit, "dmy": _explicit, "year": _year,
             "weekday": _weekday}


@functools.lru_cache(maxsize=4096)
def _parse(words: str, default_year: int | None) -> dt.datetime:
    """dateutil's reading of a month and day (and year), the year defaulting to `default_year`."""
    if default_year is None:
        return date_parser.parse(words)
    return date_parser.parse(words, default=dt.datetime(default_year, 1, 1))


def _infer_year(candidate: dt.date, base: dt.date, direction: str, cue: str | None) -> tuple[int, str]:
    options = _years_around(candidate, base)
    if direction == "future":
        later = [o for o in options if o >= base]
        pick = min(later) if later else max(options)
        return pick.year, f"year inferred: the next such date ('{cue}')"
    earlier = [o for o in options if o <= base + relativedelta(days=1)]
    pick = max(earlier) if earlier else min(options)
    return pick.year, "year inferred: the latest such date not after the source date"
