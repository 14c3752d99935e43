"""The printed dates of a text that may date it: bylines, datelines, date stamps and header date lines (`date_clues`),
each with its day and, where printed, its year; metadata.py chooses among them. Every pattern reads one line.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Iterator

from dateutil import parser as date_parser

__all__ = ["HEADER_WINDOW", "DateClue", "date_clues", "dateline_date_at", "line_matches", "outlet_name", "prose_starts"]

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+"
#: A date printed with its year: "February 18, 2025", "Feb. 18 2025", "18 February 2025", or its parts joined by
#: hyphens, the month abbreviated: "29-Dec-2024", "Dec-29-2024" (a month's name between or before the numbers: no
#: product code or range of numbers reads so).
_FULL_DATE = (rf"(?:{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}|"
              rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\.?,?\s+(?:19|20)\d{{2}}|"
              rf"(?:\d{{1,2}}-{_MONTH}|{_MONTH}-\d{{1,2}})-(?:19|20)\d{{2}}(?![\w-]))")
#: A dateline's place is no weekday: "Friday, 12 September, 2025" over a page is a site's date bar (a header).
_NO_WEEKDAY = r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
#: A numeric date: ISO "2025-02-18", day-first "18.02.2025", or with slashes or dashes "18/02/2025" / "02/18/2025" /
#: "18-02-2025" (read only when one of the two numbers is above 12; "04/05/2025" could be either and dates nothing).
_NUMERIC_DATE = r"(?:(?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}|\d{1,2}-\d{1,2}-(?:19|20)\d{2})"
#: A time after a printed date: ", 4:38 PM ET", " at 08:44 AM ET", " 8:01 PM", " 14:05 GMT", " | 21:14".
#: An e-mail style stamp has seconds and a numeric zone ("Tue, 18 Feb 2025 10:03:58 +0200"), a syndicator's an
#: offset after the zone's name ("12 Mar 2025, 03:17 GMT+10"); some pages print the zone twice, in two names
#: ("07:09 PM EDT ET", "14:05 CET / UTC+1").
_ZONE = r"\(?[A-Z]{2,4}(?:[+-]\d{1,2}(?::?\d{2})?)?\)?"
_CLOCK_AFTER = (r",?\s*(?:[|–—-]\s*)?(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?"
                rf"(?:,?\s*{_ZONE}(?:[ \t]*/?[ \t]*{_ZONE})?|\s*[+-]\d{{4}})?")
_TIME = rf"(?:{_CLOCK_AFTER})?"
FULL_DATE, TIME = _FULL_DATE, _TIME  # (read by update_blocks.py too)
#: A time after an ISO date alone on its line: "2025-04-30 21:14", "2025-04-30 21:14:05 GMT".
_CLOCK = r"[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*\(?[A-Z]{2,4}\)?)?"
#: A time before a printed date, as some pages stamp it: "2:38 PM – Friday, August 8, 2025", "05:22 PM, Jul 28, 2025".
_TIME_FIRST = r"(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*\(?[A-Z]{2,4}\)?)?\s*[,–—|-]?\s*)?"
_BYLINE = re.compile(
    rf"^(?:[-•·*][ \t]+)?(?:(?P<outlet>[A-Z][A-Za-z0-9 .&'’-]{{1,40}}?)\s*[|•·]\s*|(?P<agency>[A-Z]{{2,5}})[ \t]+)?"
    rf"(?P<word>(?i:published|updated|posted|last updated|first published|modified|broadcast|aired|filed|dated|"
    rf"(?:date|update)(?=\s*:))|Time(?=\s+\d{{1,2}}[:.]\d{{2}}))"
    rf"(?i:\s+date(?=\s*:))?(?: (?i:on))?:?\s+{_TIME_FIRST}(?:(?i:on)\s+)?(?:{_WEEKDAY})?"
    rf"(?P<date>{_FULL_DATE}|{_NUMERIC_DATE})(?:\b|(?=T\d)|(?=(?i:last updated|updated|modified)\b))", re.MULTILINE)
#: "by The Harbour Post news desk March 3, 2025 9:15 AM": an author line that ends with its date, or with an
#: update after it ("By The Site | Created at 2025-03-26 11:30 | Updated at 2025-03-29 …": the first, not the update),
#: or with the outlet's site in brackets ("by A Writer June 12, 2025 (TownNews.org)").
_AUTHOR_DATE = re.compile(
    rf"^(?i:by)\s+[A-Z][^\n.!?]{{0,100}}?\s(?P<date>{_FULL_DATE}|{_NUMERIC_DATE})\b{_TIME}"
    rf"(?:\s*\([A-Z][\w.-]{{1,40}}\)(?=[ \t]*$))?(?:\s*[|•·,;]\s*(?i:last\s+)?(?i:updated|modified)\b[^\n]{{0,60}}|[^\n.!?]{{0,30}})$", re.MULTILINE)
#: An author's name and the page's dates: "Marta Vella  | 14.10.2025 - Update : 15.10.2025" (the first is the day
#: of publication; the update after it is not read), perhaps an initial and the time first: "Jo K. | 5:45 PM on
#: January 01, 2025".
_NAME_DATE = re.compile(
    rf"^[ \t]*(?:[A-Z][\w'’-]*\.?\s+(?:[a-z]{{1,3}}\s+)?){{1,4}}\|\s*{_TIME_FIRST}(?:(?i:on)\s+)?"
    rf"(?P<date>{_NUMERIC_DATE}|{_FULL_DATE})\b{_TIME}"
    rf"[^\n.!?a-z]*(?:(?i:update[d]?|modified)\b[^\n!?]{{0,40}})?[ \t]*$", re.MULTILINE)
#: A wire dateline: "KYIV, March 18 (Reuters)", "JEDDAH, Saudi Arabia, March 11 (Xinhua) --" (the place may name
#: its country), the day first ("SEOUL, 29th December, 2024 (WAM) --"), or the agency between slashes: "MOSCOW,
#: March 26. /TASS/.".
_DATELINE = re.compile(
    rf"^(?:(?P<place>[A-Z][A-Z ./'’-]{{1,60}}|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,2}}(?:\s*\([A-Z][\w .'’-]{{1,20}}\))?)"
    rf"(?:,\s+[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,2}})?,\s+)?"
    rf"(?P<date>{_MONTH}\.?\s+\d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\.?)(?:,?\s+(?P<year>(?:19|20)\d{{2}}))?\s*"
    rf"(?:\((?P<outlet>[A-Z][A-Za-z .&-]{{1,30}})\)|\.\s*/(?P<slashed>[A-Z][A-Za-z-]{{1,15}})/)", re.MULTILINE)
#: A dateline alone on its line, with its year: "Kyiv, 26 March 2025", "GENEVA, March 24, 2025", "Washington, D.C.
#: — July 23, 2025" (a region after the place, a dash before the date).
_PLACE_DATE = re.compile(
    rf"^[ \t]*{_NO_WEEKDAY}[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){{0,3}}(?:,[ \t]+[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){{0,2}})?"
    rf"(?:,|[ \t]+[—–-])\s+(?:{_WEEKDAY})?(?P<date>{_FULL_DATE}){_TIME}[ \t]*$",
    re.MULTILINE)
#: A dateline that opens the story's first paragraph, with its year: "OSLO, April 7, 2025 — Negotiators …",
#: "KYIV, Ukraine, 18 March 2025 – …", "WASHINGTON/MOSCOW – October 22, 2025 – …" (the place in capitals, places
#: joined by a slash; the clue ends with the date).
_DATELINE_DASH = re.compile(
    rf"^[ \t]*[A-Z][A-Z.'’-]+(?:[ /-][A-Z][A-Z.'’-]+){{0,3}}(?:,\s+[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){{0,2}})?"
    rf"(?:,\s+|[ \t]+[—–][ \t]+)(?:{_WEEKDAY})?(?P<date>{_FULL_DATE})(?=\s*(?:--|[—–-])\s)", re.MULTILINE)
#: The same with the place in title case and a comma after it, a sentence opening after the dash: "Oslo, April 7,
#: 2025 – Negotiators …" (above the first line of prose only, as a header: under it, a timeline's entry; no
#: weekday: "Monday, April 7, 2025 –" is a date bar).
_DATELINE_TITLE = re.compile(
    rf"^[ \t]*{_NO_WEEKDAY}[A-Z][a-z][\w.'’-]*(?:[ /-][A-Z][\w.'’-]*){{0,2}}"
    rf"(?:,\s+[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){{0,2}})?,\s+(?P<date>{_FULL_DATE})"
    rf"(?=\s*(?:--|[—–-])\s+[A-Z\"“‘'])",
    re.MULTILINE)
#: A wire dateline with no year and no agency, a dash after the day: "New Delhi, Nov. 14 -- The count …" (a place
#: required, above the first line of prose only: under it, "March 14 – Talks …" is a timeline's entry).
_DATELINE_DAY = re.compile(
    rf"^[ \t]*{_NO_WEEKDAY}[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,2}},\s+(?P<date>{_MONTH}\.?\s+\d{{1,2}})"
    rf"[ \t]+(?:--|[—–])[ \t]+(?=[A-Z\"“‘'])", re.MULTILINE)
#: A dateline with a colon: "New Delhi/Leh, 21 October, 2024: India and China …" (places joined by a slash).
_DATELINE_COLON = re.compile(
    rf"^[ \t]*{_NO_WEEKDAY}[A-Z][\w.'’-]*(?:[ /-][A-Z][\w.'’-]*){{0,3}},\s+(?:{_WEEKDAY})?(?P<date>{_FULL_DATE}):\s",
    re.MULTILINE)
#: The same without a place, opening the story's first paragraph: "March 14, 2025: Prime Minister …" (read only
#: when no other paragraph opens so and at most one line of prose stands above it: a timeline's entries open so
#: one after another, far into the story).
_DATE_COLON = re.compile(rf"^[ \t]*{_NO_WEEKDAY}(?P<date>{_FULL_DATE}):[ \t]+(?=[A-Z\"“‘'])", re.MULTILINE)
#: A view or comment counter after a date line's time: "● 1 532", "2,391 views" (read only after a time: a number
#: after a bare date may be a range's or a score's).
_COUNTER = r"(?:[●•·|][ \t]*)?\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})*(?:[ \t]+(?i:views?|reads?|comments?|shares?))?"
#: A header line that is only a date, perhaps with its weekday and time, or "on"/"in" before it ("February 13",
#: "February 12, 2025, 4:38 PM ET", "Tuesday, 18 February 2025", "- 05:22 PM, Jul 28, 2025"), or a date and time
#: with the authors after them ("24 June 2025 - 11:41 By Jane Doe and John Roe": the clue ends with the time; "02/16/2025
#: / By Jane Doe": with the date), or with a later edit after them ("2 Oct, 2025 12:00 / Updated 3 weeks ago": the
#: first date and its time; the edit's words are not the clue), or a counter after its time ("12.03.2025 14:05 ● 1
#: 532": the clue ends with the time).
_HEADER_DATE = re.compile(
    rf"^\s*(?:[-•·]\s+)?[\[(]?{_TIME_FIRST}(?:(?i:on|in)[ \t]+)?(?:{_WEEKDAY})?(?P<date>{_FULL_DATE}|{_MONTH}\.?\s+\d{{1,2}}|\d{{1,2}}[./-]\d{{1,2}}[./-](?:19|20)\d{{2}})"
    rf"(?:{_TIME}[\])]?\s*$|{_CLOCK_AFTER}(?=[ \t]+(?i:by)[ \t]+[A-Z][^\n]{{0,80}}$)"
    rf"|(?=[ \t]*[/|•·–—-][ \t]*(?i:by)[ \t]+[A-Z][^\n]{{0,80}}$)"
    rf"|{_TIME}(?=[ \t]*[/|•·–—-][ \t]*(?i:updated|modified|last\s+updated)\b[^\n]{{0,60}}$)"
    rf"|{_CLOCK_AFTER}(?=[ \t]+{_COUNTER}[ \t]*$))", re.MULTILINE)
#: A site's name and its date alone on a header line: "NEWS DESK — 2025-05-08", "- The Daily Example - Thursday,
#: September 18, 2025", "Digest of the Week – June 1, 2025" (a dash between them, words in capitals before it, a
#: few small words between those; not a place: no comma, read as a header).
_NAME_DASH_DATE = re.compile(
    rf"^[ \t]*(?:[-•·][ \t]+)?{_NO_WEEKDAY}[A-Z][\w.&'’]*(?:[ \t](?:(?:of|the|and|for|in|on|at)[ \t]){{0,2}}"
    rf"[A-Z][\w.&'’]*){{0,4}}[ \t]+[—–|-][ \t]+"
    rf"(?:{_WEEKDAY})?(?P<date>{_FULL_DATE}|{_NUMERIC_DATE}){_TIME}[ \t]*$", re.MULTILINE)
#: A header line that prints its date twice, numeric then in words, before the headline: "02/18/2025 February 18,
#: 2025 Trump says …" (perhaps after a "date" stamp's word): the date in words is read (the numeric one may be
#: either way round).
_DOUBLE_DATE = re.compile(
    rf"^[ \t]*(?:(?i:date)\b[^\n\d]{{0,20}})?{_NUMERIC_DATE}[ \t]+(?:{_WEEKDAY})?(?P<date>{_FULL_DATE})(?=[ \t]+\S)",
    re.MULTILINE)
#: A header line that opens with a machine's timestamp, weekday, month, day, time with seconds, zone, year ("Tue Jul 22
#: 08:15:02 UTC 2025: …", as C's ctime prints it).
_CTIME = re.compile(
    rf"^[ \t]*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[ \t]+(?P<date>{_MONTH}[ \t]+\d{{1,2}}[ \t]+\d{{1,2}}:\d{{2}}:\d{{2}}"
    rf"(?:[ \t]+[A-Z]{{2,5}})?[ \t]+(?:19|20)\d{{2}})\b", re.MULTILINE)
#: A date stamp some scrapes put before the text: "date 2025-02-17 …", or an ISO date alone on its line (perhaps
#: with its time and a same-day edit's time: "2025-12-09 08:15 Last Updated At:08:16").
_STAMP = re.compile(r"^[ \t]*(?:(?i:date)\s*:?\s*(?P<iso>(?:19|20)\d{2}-\d{2}-\d{2})(?=[\sT]|$)|"
                    rf"(?P<iso_alone>(?:19|20)\d{{2}}-\d{{2}}-\d{{2}})(?:T[\d:.+Z-]+|{_CLOCK})?"
                    r"(?:[ \t]+(?i:(?:last[ \t]+)?(?:updated|modified)(?:[ \t]+at)?)[ \t]*:?[ \t]*\d{1,2}:\d{2})?"
                    r"[ \t]*$)", re.MULTILINE)
#: A stamp that prints its month only: "date 2025-04", "Published: Apr 2025", "April 2025" alone on its line above the
#: story. It dates the source to a month, never to a day (DateClue.day None).
_MONTH_STAMP = re.compile(r"^[ \t]*(?:(?i:date)\s*:?\s*(?P<iso_month>(?:19|20)\d{2}-(?:0[1-9]|1[0-2]))(?![-\d])|"
                          rf"(?:(?i:published|posted|date)[ \t]*:?[ \t]*)?(?P<date>{_MONTH}\.?[ \t]+(?:19|20)\d{{2}})[ \t]*$)",
                          re.MULTILINE)
#: How far into a text its header (stamp, timestamp line) may sit: navigation menus come first on many pages.
HEADER_WINDOW = 2500

_LEAD = re.compile(r"(?:\s|[-•·*][ \t])*")


@dataclasses.dataclass(slots=True)  # (every source's clues are held through extraction: no dict each)
class DateClue:
    kind: str  # byline | dateline | stamp | header
    start: int
    end: int
    text: str
    month: int
    #: None for a stamp that prints its month only (_MONTH_STAMP).
    day: int | None
    year: int | None
    outlet: str = ""
    #: An "Updated …"/"Modified …" byline: the day of a later edit, not of publication.
    updated: bool = False
    #: Printed under the story's prose with none under it (a byline or date among a page's foot), set only when
    #: the text's clues give more than one year: folder_year does not count it when a clue above it exists.
    foot: bool = False


def outlet_name(raw: str) -> str:
    name = raw.strip().rstrip(".")
    name = re.sub(r"^(?:https?://)?(?:www\.)", "", name)
    if name.isupper() and len(name) > 4:
        name = name.title()
    return name


def date_clues(text: str) -> list[DateClue]:
    """Every printed date of a text that dates it (byline, dateline, stamp, header), in text order."""
    clues: list[DateClue] = []
    prose_lines: list[int] = []
    for kind, regex in (("byline", _BYLINE), ("byline", _AUTHOR_DATE), ("byline", _NAME_DATE), ("dateline", _DATELINE),
                        ("dateline", _PLACE_DATE), ("dateline", _DATELINE_DASH), ("dateline", _DATELINE_TITLE),
                        ("dateline", _DATELINE_COLON), ("dateline", _DATELINE_DAY),
                        ("stamp", _STAMP), ("stamp", _MONTH_STAMP),
                        ("header", _HEADER_DATE), ("header", _NAME_DASH_DATE), ("header", _DOUBLE_DATE),
                        ("header", _CTIME)):
        last = HEADER_WINDOW if kind in ("stamp", "header") or \
            regex in (_PLACE_DATE, _NAME_DATE, _DATELINE_COLON, _DATELINE_TITLE, _DATELINE_DAY) else len(text)
        if kind == "header" or regex in (_DATELINE_TITLE, _DATELINE_DAY, _MONTH_STAMP):
            prose = _first_prose(text, last)
        for match in line_matches(regex, text, last):
            clue = _month_clue(match, text) if regex is _MONTH_STAMP else _clue(kind, match, text)
            if clue is None or (kind == "header" and (clue.year is None or regex is _NAME_DASH_DATE)
                                or regex in (_DATELINE_TITLE, _DATELINE_DAY, _MONTH_STAMP)) and match.start() > prose:
                continue  # under the story's prose: a live page's entry day, a timeline's "- Talks - May 8, 2025"
            if regex is _STAMP and _under_prose(text.rfind("\n", 0, clue.start) + 1,
                                                prose_lines := prose_lines or prose_starts(text, last)):
                continue  # a footer's, a related item's or a counter block's date, not the article's stamp
            clues.append(clue)
    lede = _lede_date(text)
    if lede is not None:
        clues.append(lede)
    clues.sort(key=lambda c: c.start)
    return _mark_foot(text, clues)


def _mark_foot(text: str, clues: list[DateClue]) -> list[DateClue]:
    """`clues` with those under the last line of the story's prose marked `foot`, when they give two years (one
    pass over the lines then; none otherwise)."""
    if len({c.year for c in clues if c.year is not None}) < 2:
        return clues
    prose = prose_starts(text)
    if not prose:
        return clues
    return [dataclasses.replace(c, foot=True) if c.start > prose[-1] else c for c in clues]


def _lede_date(text: str) -> DateClue | None:
    """The date of a placeless colon dateline (_DATE_COLON) when the story's first paragraph opens with it."""
    matches = list(line_matches(_DATE_COLON, text, len(text)))
    if len(matches) != 1 or matches[0].start() > HEADER_WINDOW:
        return None
    at = matches[0].start()
    first = _first_prose(text, HEADER_WINDOW)
    if first < at and _first_prose(text, at - 1, after=first) < at:
        return None  # two lines of prose above it: an entry of the story, not its dateline
    return _clue("dateline", matches[0], text)


#: The words a line of the story's prose has at least (and it ends a sentence).
_PROSE_WORDS = 12
_SENTENCE_END = ".!?\"'”’)"


def dateline_date_at(text: str, at: int) -> bool:
    """Whether the date beginning at `at` is a dateline's ("Oslo, April 7, 2025 – Negotiators …"): the day the
    story was filed, printed before its first sentence, not the day of what that sentence tells; a wire's too
    ("KYIV, March 18 (Reuters) -", "MOSCOW, July 22. /TASS/.")."""
    line = text.rfind("\n", 0, at) + 1
    if at - line > 80:
        return False
    for regex in (_DATELINE_DASH, _DATELINE_TITLE, _DATELINE_COLON, _DATE_COLON, _DATELINE):
        match = regex.match(text, line)
        if match is not None and match.start("date") == at:
            return True
    return False


def _first_prose(text: str, last: int, after: int = -1) -> int:
    """Where the first line of prose begins (len(text) when none does by `last`). A header date is printed above
    the story; a day without a year printed under its prose ("Updates" then "June 17" on a live page) heads the
    entries after it, written later than the story above it ("leaving tonight"). One pass over the lines; with
    `after`, the first line of prose beginning after that offset."""
    pos = text.find("\n", after) + 1 if after >= 0 else 0
    if after >= 0 and pos == 0:
        return len(text)
    while pos <= last:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end].rstrip()
        if line and line[-1] in _SENTENCE_END and line.rstrip(_SENTENCE_END[3:])[-1:] in ".!?" \
                and len(line.split(None, _PROSE_WORDS)) > _PROSE_WORDS - 1:
            return pos
        if end == len(text):
            break
        pos = end + 1
    return len(text)


def prose_starts(text: str, last: int | None = None) -> list[int]:
    """Where each line of the story's prose begins (a line of _PROSE_WORDS words or more that ends a sentence), in
    one pass over the lines; with `last`, those that begin by `last` and the first one after it (whether any prose
    lies under an offset before `last` is all that is asked there)."""
    starts: list[int] = []
    limit = len(text) if last is None else last
    found = _first_prose(text, len(text))
    while found < len(text):
        starts.append(found)
        if found > limit:
            break
        found = _first_prose(text, len(text), after=found)  # (from the line after this one)
    return starts


def _under_prose(at: int, prose: list[int]) -> bool:
    """Whether a date on the line beginning at `at` is printed under the story rather than above it: two lines of
    prose above its line, or one and none under it (a short story, then tags, counters and a date at its foot)."""
    above = bisect.bisect_left(prose, at)
    return above >= 2 or (above == 1 and len(prose) == 1)


def _clue(kind: str, match: re.Match[str], text: str) -> DateClue | None:
    groups = match.groupdict()
    if kind == "stamp":
        iso = groups["iso"] or groups["iso_alone"]
        try:
            day = dt.date.fromisoformat(iso)
        except ValueError:
            return None
        start = match.start("iso") if groups["iso"] else match.start("iso_alone")
        start = text.rfind("\n", 0, start) + 1
        start += len(text[start:match.end()]) - len(text[start:match.end()].lstrip())
        end = (match.end("iso") if groups["iso"] else match.end())
        return DateClue(kind=kind, start=start, end=end, text=text[start:end], month=day.month, day=day.day,
                        year=day.year)
    raw = match.group("date")
    try:
        parsed = _numeric(raw) if not re.search(r"[A-Za-z]", raw) else \
            _parse(" ".join(raw.replace(".", " ").replace(",", " ").replace("-", " ").split()))
    except (ValueError, OverflowError):
        return None
    if parsed is None:
        return None
    has_year = bool(re.search(r"(?:19|20)\d{2}", raw)) or bool(groups.get("year"))
    year = parsed.year if has_year else None
    if kind == "dateline" and groups.get("year"):
        year = int(groups["year"])
    outlet = groups.get("outlet") or groups.get("slashed") or ""
    raw_text = match.group(0)
    lead = _LEAD.match(raw_text).end()  # (spaces and a list bullet are not the clue)
    start, end = match.start() + lead, match.start() + len(raw_text.rstrip())
    word = (groups.get("word") or "").lower()
    return DateClue(kind=kind, start=start, end=end, text=text[start:end], month=parsed.month, day=parsed.day,
                    year=year, outlet=outlet_name(outlet), updated="update" in word or word == "modified")


def _month_clue(match: re.Match[str], text: str) -> DateClue | None:
    """A month-only stamp's clue (under the story's first prose line it is a heading of the story, not a stamp)."""
    if match.group("iso_month"):
        year, month = (int(part) for part in match.group("iso_month").split("-"))
    else:
        parsed = _parse(" ".join(match.group("date").replace(".", " ").split()))
        year, month = parsed.year, parsed.month
    start = match.start() + _LEAD.match(match.group(0)).end()
    end = match.end("iso_month") if match.group("iso_month") else match.end("date")
    return DateClue(kind="stamp", start=start, end=end, text=text[start:end], month=month, day=None, year=year)


def line_matches(regex: re.Pattern[str], text: str, last: int) -> Iterator[re.Match[str]]:
    """`regex.finditer(text)` for the matches that start at or before `last`, for a pattern that starts
    with ^ (MULTILINE) and never matches empty: tried only where a line begins, not at every character."""
    pos = 0
    while pos <= last:
        match = regex.match(text, pos)
        if match is not None:
            yield match
            pos = match.end()
            if pos > 0 and text[pos - 1] == "\n":
                continue  # the match took its line's end: the next line begins here
        pos = text.find("\n", pos) + 1
        if pos == 0:
            return


def _numeric(raw: str) -> dt.datetime | None:
    """A numeric date, or None when it could be read two ways (day and month both 12 or less, with
    slashes; dots are day-first)."""
    if re.match(r"\d{4}-", raw):
        return dt.datetime.fromisoformat(raw)
    first, second, year = (int(part) for part in re.split(r"[./-]", raw))
    if "." in raw or first > 12:
        return dt.datetime(year, second, first)
    if second > 12:
        return dt.datetime(year, first, second)
    return None


@functools.lru_cache(maxsize=4096)
def _parse(words: str) -> dt.datetime:
    """dateutil's reading of a date clue (the same few recur across a folder: each is parsed once)."""
    return date_parser.parse(words, default=dt.datetime(2000, 1, 1))
