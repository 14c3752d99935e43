"""Holidays named as days: "on Christmas Day", "early on New Year's Day", "on Boxing Day", "on Thanksgiving",
"on Easter Sunday". A fixed-date holiday is read like a month-day printed without a year (the nearest one in the
tense's direction, within date_resolvers' reach limits); a computed one only where its rule is certain (US
Thanksgiving, the fourth Thursday of November; Easter where the Western and Orthodox reckonings fall on one day,
or named "Orthodox Easter"). Only "on <holiday>" dates anything: "the Christmas market attack", "a Thanksgiving
dinner", "chose Christmas for an attack" name no day of the story, and neither does "on Christmas shopping"; nor
does "on Christmas Day" in a text that speaks of the Orthodox Christmas (7 January), or "on Thanksgiving" in one
that names Canada (October).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

from briefing.load.extract.date_resolvers import FUTURE_REACH, PAST_REACH, Context, _Found
from briefing.model import PartialDate

#: The alternative dates.py's pattern matches: "on" and a holiday's name, perhaps with the time of day after it.
#: Independence Day is read only with its country before it ("on Ukraine's Independence Day", 24 August; "on US
#: Independence Day", 4 July): alone it is several countries' day, and the page does not say which.
HOLIDAY_RE = (r"(?P<holiday>(?i:on)\s+(?P<hol>(?:(?P<hol_country>US|U\.S\.|American|America['’]s|Ukraine['’]s|"
              r"Ukrainian)\s+)?Independence\s+Day|Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s(?:\s+(?:Day|Eve))?|"
              r"Boxing\s+Day|Thanksgiving(?:\s+Day)?|(?:Orthodox\s+)?Easter(?:\s+Sunday)?)"
              r"(?:\s+(?:morning|afternoon|evening|night))?(?:,?[ \t]+(?P<hol_year>(?:19|20)\d{2})\b)?\b)")

#: A noun right after the name that makes it a thing's name, not its day: "spent on Christmas shopping", "on
#: Christmas Day sales", "agreed on an Easter truce" (no "on" before the name there), "on Thanksgiving travel".
_THING_AFTER = re.compile(r"\s+(?:dinners?|lunch(?:es)?|feasts?|markets?|trees?|truces?|ceasefires?|holidays?|"
                          r"weekends?|week|season|break|services?|mass|messages?|address|speech(?:es)?|shopping|"
                          r"gifts?|presents?|part(?:y|ies)|travel|sales?|attacks?|strikes?|offensives?|bombings?|"
                          r"celebrations?|decorations?|lights|cards?|parades?|meals?|period|recess|deadline|bonus(?:es)?|"
                          r"special|episode|edition|rush|lull|tradition|spirit)\b")


#: Words that make a holiday's name name another calendar's day somewhere in the text: Christmas is 7 January in
#: the Russian Orthodox church ("Orthodox", "Julian"), Thanksgiving the second Monday of October in Canada.
_OTHER_CALENDAR = {"christmas": re.compile(r"\b(?:Orthodox|Julian)\b", re.IGNORECASE),
                   "thanksgiving": re.compile(r"\bCanad(?:a|ian|ians)\b")}
#: A one-text memo of which of those the last text read mentions.
_mentions: tuple[str, dict[str, bool]] = ("", {})


def _other_calendar(text: str, kind: str) -> bool:
    """Whether `text` anywhere names the other calendar of the holiday `kind` (read once a text)."""
    global _mentions  # noqa: PLW0603 - a one-text memo
    if _mentions[0] is not text:
        _mentions = (text, {})
    memo = _mentions[1]
    if kind not in memo:
        memo[kind] = _OTHER_CALENDAR[kind].search(text) is not None
    return memo[kind]


#: A year named right after the holiday in words: "on Christmas Day last year", "on Easter this year".
_YEAR_WORDS_AFTER = re.compile(r",?\s+(last|this|next)\s+year\b", re.IGNORECASE)


def _fixed(month: int, day: int) -> Callable[[int], dt.date | None]:
    return lambda year: dt.date(year, month, day)


def _thanksgiving(year: int) -> dt.date:
    """The fourth Thursday of November (US)."""
    first = dt.date(year, 11, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)


def _easter(year: int) -> dt.date | None:
    """Easter Sunday where the Western and Orthodox reckonings agree; else None (which one is meant is not known)."""
    western = easter(year, EASTER_WESTERN)
    return western if western == easter(year, EASTER_ORTHODOX) else None


def _rule(name: str, country: str | None) -> Callable[[int], dt.date | None] | None:
    """The day a holiday falls on in a given year, by its name as printed; None for a name without a certain rule."""
    words = " ".join(name.replace("’", "'").split()).lower()
    if words.startswith("christmas"):
        return _fixed(12, 24) if words.endswith("eve") else _fixed(12, 25)
    if words.startswith("new year's"):
        return _fixed(12, 31) if words.endswith("eve") else _fixed(1, 1)
    if words == "boxing day":
        return _fixed(12, 26)
    if words.startswith("thanksgiving"):
        return _thanksgiving
    if words.startswith("orthodox easter"):
        return lambda year: easter(year, EASTER_ORTHODOX)
    if words.startswith("easter"):
        return _easter
    if country is None:
        return None  # Independence Day alone: whose?
    return _fixed(8, 24) if country.lower().startswith("ukrain") else _fixed(7, 4)


def holiday(match: re.Match[str], g: dict, c: Context) -> _Found:
    """"on Christmas Day": the holiday's day nearest the day of writing in the tense's direction ("would": either
    side), within PAST_REACH back or FUTURE_REACH ahead; None without a day of writing, a certain rule, or where
    the name is a thing's ("on Christmas shopping")."""
    rule = _rule(g["hol"], g["hol_country"])
    kind = g["hol"].split()[0].lower()
    if kind in _OTHER_CALENDAR and _other_calendar(match.string, kind):
        return None  # "on Christmas Day" in a text on the Orthodox Christmas: 25 December or 7 January? not known
    if rule is None or _THING_AFTER.match(match.string, match.end()):
        return None
    if c.ref_day is None and g["hol_year"] is None:
        return None
    in_year = _year_given(match, g, c.ref_day)
    if in_year is not None:
        day = rule(in_year)
        if day is None:
            return None
        return (PartialDate(year=day.year, month=day.month, day=day.day), "date:holiday",
                f"{' '.join(g['hol'].split())} of {in_year} falls on {day.isoformat()}", 0.85, None)
    base = c.ref_day
    options = [day for day in (rule(year) for year in (base.year - 1, base.year, base.year + 1)) if day is not None]
    if c.direction == "future":
        ahead = [o for o in options if o >= base]
        pick = min(ahead, default=None)
        how = f"the next such day ('{c.cue}')"
    elif c.direction == "near":
        pick = min(options, key=lambda o: abs((o - base).days), default=None)
        how = "the nearest such day ('would': the future of a day of saying)"
    else:
        behind = [o for o in options if o <= base + dt.timedelta(days=1)]
        pick = max(behind, default=None)
        how = "the latest such day not after the source date"
    if pick is None or (base - pick).days > PAST_REACH or (pick - base).days > FUTURE_REACH:
        return None
    name = " ".join(g["hol"].split())
    return (PartialDate(year=pick.year, month=pick.month, day=pick.day), "date:holiday",
            f"{name} falls on {pick.isoformat()}: {how}", 0.8, None)


def _year_given(match: re.Match[str], g: dict, ref_day: dt.date | None) -> int | None:
    """The year printed or named after the holiday ("on Christmas Day 2022", "on Christmas Day last year"), if any
    (a named one needs the day of writing)."""
    if g["hol_year"]:
        return int(g["hol_year"])
    words = _YEAR_WORDS_AFTER.match(match.string, match.end())
    if words is None or ref_day is None:
        return None
    return ref_day.year + {"last": -1, "this": 0, "next": 1}[words.group(1).lower()]
