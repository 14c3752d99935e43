"""A live page's day lines and relative stamps: the parts of a feed that each entry is written from.

A live page ("live updates") prints its entries newest first, each under a time stamp alone on its line ("14:05 GMT",
"2:05 PM ET", "2h ago", "Updated 3 hours ago"), and a day line between the days ("Tuesday, 11 March"). An entry's
"yesterday" or "on Monday" counts from the day line above it, not from the page's first date: each day line starts
a part dated that day. A relative stamp ("5h ago") counts from the moment the page was captured, which the page does
not print: the entries under it start a part of unknown day, so their relative dates date nothing (an explicit date
still does). A page is read as a feed only when it prints two stamps alone on their lines or more; one "Updated 3
hours ago" under a byline is a page's header, not a feed (see `live_parts`).
"""

from __future__ import annotations

import datetime as dt
import re

from briefing.load.extract.date_names import WEEKDAYS
from briefing.load.extract.date_resolvers import month_number
from briefing.load.extract.printed_dates import line_matches
from briefing.load.extract.printed_shapes import MONTH_NAME
from briefing.model import PartialDate, SourcePart

#: A clock alone on its line: "14:05", "14:05 GMT", "2:05 PM ET", "9.30am BST".
_CLOCK = r"\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*\(?[A-Z]{2,4}\)?){0,2}"
#: A stamp counted back from the moment of capture: "2h ago", "45 mins ago", "Updated 3 hours ago", "1 day ago".
_AGO = r"(?:(?i:updated)[ \t]+)?(?:\d{1,3}|an?)[ \t]*(?i:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)[ \t]+(?i:ago)"
_STAMP = re.compile(rf"^[ \t]*(?:(?P<clock>{_CLOCK})|(?P<ago>{_AGO}))[ \t]*$", re.MULTILINE)
#: A day line: "Tuesday, 11 March", "Tuesday 11 March 2025", "March 11", "Tue, Mar 11, 2025", perhaps with the
#: entry's time before or after it ("11 Mar 2025 14.05 GMT", "2:05 p.m. ET, March 11, 2025") and its author's name
#: before it, often run into it ("Jane Doe14 July 2025 09:36"); never a byline's "Published …", "Updated …", "By …".
_NAME = (r"(?P<name>(?!(?i:by|published|updated|posted|last|first|date|on|at|from)\b)"
         r"(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)[A-Z][a-z'’.-]+(?:[ \t]+[A-Z][a-z'’.-]+){0,3})[ \t]*[,|·–—-]?[ \t]*")
_SEP = r"[ \t]*(?:[,|·–—-]|\bat\b)?[ \t]*"
_DAY = re.compile(rf"^[ \t]*(?:{_NAME})?(?:(?P<pre>{_CLOCK}){_SEP})?"
                  rf"(?:(?P<weekday>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*)\.?,?[ \t]+)?"
                  rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?P<m1>{MONTH_NAME})\.?|(?P<m2>{MONTH_NAME})\.?[ \t]+"
                  rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)(?:,?[ \t]+(?P<year>(?:19|20)\d{{2}}))?"
                  rf"(?:{_SEP}(?P<post>{_CLOCK}))?[ \t]*$", re.MULTILINE)
#: An entry's head run into its text (events34): an "UPDATE" mark or a clock beside the entry's day, then a dash or a
#: colon: "UPDATE (5:00 p.m., July 6) – …", "July 6, 10:42 GMT — …", "Update, 6 July 09:15: …". The day is the
#: entry's stamp, not the day of what it tells; a clock is required, so a chronology's "July 6 – Talks began" is none.
_HEAD = re.compile(rf"^[ \t]*(?:(?i:update[sd]?)[ \t]*,?[ \t]*)?\(?[ \t]*(?:(?P<pre>{_CLOCK})[ \t]*,?[ \t]*)?"
                   rf"(?:(?P<weekday>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*)\.?,?[ \t]+)?"
                   rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?P<m1>{MONTH_NAME})\.?|(?P<m2>{MONTH_NAME})\.?[ \t]+"
                   rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)(?:,?[ \t]+(?P<year>(?:19|20)\d{{2}}))?"
                   rf"(?:[ \t]*,?[ \t]*(?P<post>{_CLOCK}))?[ \t]*\)?[ \t]*[—–:-][ \t]+(?=\S)", re.MULTILINE)
#: A feed prints at least this many stamps alone on their lines.
FEED_STAMPS = 2


def _day_of(found: re.Match[str], published: PartialDate | None) -> dt.date | None:
    """The day a day line names: its year, else the year that puts it nearest the page's date; None when it
    has neither, is no calendar day, or its weekday does not fit."""
    month = month_number(found.group("m1") or found.group("m2"))
    day = int(found.group("d1") or found.group("d2"))
    if found.group("year"):
        years = [int(found.group("year"))]
    elif published is not None and published.month is not None and published.day is not None:
        years = [published.year - 1, published.year, published.year + 1]
    else:
        return None
    days = []
    for year in years:
        try:
            days.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not days:
        return None
    chosen = days[0] if len(days) == 1 else min(
        days, key=lambda d: abs((d - dt.date(published.year, published.month, published.day)).days))
    weekday = found.group("weekday")
    if weekday is not None and WEEKDAYS[chosen.weekday()][:3] != weekday[:3].lower():
        return None
    return chosen


def _heading_text(text: str, days: list[re.Match[str]]) -> list[re.Match[str]]:
    """The day lines with text under them: a run of day lines with nothing between ("Sat, July 26, 2025" over
    "Fri, July 25, 2025" …) is a site's date bar, not the days of the entries under it."""
    kept = []
    for index, found in enumerate(days):
        joined_above = index > 0 and not text[days[index - 1].end():found.start()].strip()
        joined_below = index + 1 < len(days) and not text[found.end():days[index + 1].start()].strip()
        if not joined_above and not joined_below:
            kept.append(found)
    return kept


def live_parts(text: str, published: PartialDate | None, outlet: str) -> tuple[SourcePart, ...]:
    """The parts of a live page: the page above its first day line or relative stamp (dated `published`), then
    one part from each day line (its day) and from each relative stamp (day unknown); () when it prints neither.
    Relative stamps count when the page prints FEED_STAMPS of them or more; day lines when it prints as many
    clocks (alone, or on a day line). One "Updated 3 hours ago" under a byline, or one video's length, is no feed."""
    stamps = list(line_matches(_STAMP, text, len(text)))
    days = list(line_matches(_DAY, text, len(text)))
    heads = entry_heads(text)
    ago = [m for m in stamps if m.group("ago")]
    clocks = len(stamps) - len(ago) + sum(1 for m in days if m.group("pre") or m.group("post")) + len(heads)
    marks = [(m.start(), None) for m in ago] if len(ago) >= FEED_STAMPS else []
    if clocks >= FEED_STAMPS:
        marks += [(m.start(), _day_of(m, published)) for m in _heading_text(text, days)]
    marks += [(m.start(), _day_of(m, published)) for m in heads]  # (its day and its clock: an entry's, even alone)
    if not marks:
        return ()
    name = outlet or "unknown"
    parts = [SourcePart(outlet=name, published=published, start=0)]
    for start, day in sorted(marks, key=lambda mark: mark[0]):
        date = None if day is None else PartialDate(year=day.year, month=day.month, day=day.day)
        if parts[-1].published == date and parts[-1].start > 0:
            continue  # (a stamp under the last: the same part goes on)
        parts.append(SourcePart(outlet=name, published=date, start=start))
    return tuple(parts) if len(parts) > 1 else ()


def entry_heads(text: str) -> list[re.Match[str]]:
    """The heads of entries run into their text that print the entry's day ("UPDATE (5:00 p.m., July 6) – …")."""
    return [m for m in line_matches(_HEAD, text, len(text)) if m.group("pre") or m.group("post")]


def entry_head_days(text: str) -> frozenset[int]:
    """Where the day of each entry head begins (its weekday's start, and its day's): an entry's stamp, the day of no
    act the entry tells (stage_b.py leaves it out of the sentence's dates, as a dateline's)."""
    return frozenset(at for m in entry_heads(text) for at in (m.start("weekday"), m.start("d1"), m.start("m2"))
                     if at >= 0)


def feed_published(parts: tuple[SourcePart, ...]) -> PartialDate | None:
    """The day of a live page that prints no date of its own: the latest day its entries are stamped with (the
    text above the first of them, newer still, is then written from no known day: see `live_parts`)."""
    days = [p.published for p in parts if p.published is not None and p.published.day is not None]
    return max(days, key=lambda d: d.sort_key) if days else None
