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

from briefing.load.extract.printed_shapes import (
    AS_OF_TODAY, AUTHOR_DATE, BRIEFING_HEADLINE, BYLINE, CTIME, DATE_COLON, DATE_RUN_IN, DATE_DASH_NAME, DATELINE, DATELINE_COLON, DATELINE_DASH, DATELINE_DAY,
    DATELINE_TITLE, DESK_DATE, DOUBLE_DATE, FULL_DATE, HEADER_DATE, HEADLINE_STAMP, MONTH_STAMP, NAME_DASH_DATE, NAME_DATE,
    NAME_GLUED_DATE,
    PLACE_DATE, PLACE_NUMERIC, STAMP, TIME)

__all__ = ["FULL_DATE", "HEADER_WINDOW", "TIME", "DateClue", "date_clues", "dateline_days",
           "line_matches", "outlet_name", "prose_starts"]

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
    #: None for a stamp that prints its month only (MONTH_STAMP).
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
    for kind, regex in (("byline", BYLINE), ("byline", AUTHOR_DATE), ("byline", NAME_DATE), ("byline", DESK_DATE),
                        ("dateline", DATELINE), ("dateline", PLACE_DATE), ("dateline", PLACE_NUMERIC),
                        ("dateline", DATELINE_DASH),
                        ("dateline", DATELINE_TITLE), ("dateline", DATELINE_COLON), ("dateline", DATELINE_DAY),
                        ("stamp", STAMP), ("stamp", MONTH_STAMP),
                        ("header", HEADER_DATE), ("header", NAME_DASH_DATE), ("header", DATE_DASH_NAME),
                        ("header", DOUBLE_DATE), ("header", CTIME), ("header", HEADLINE_STAMP),
                        ("header", BRIEFING_HEADLINE), ("header", NAME_GLUED_DATE)):
        last = HEADER_WINDOW if kind in ("stamp", "header") or \
            regex in (PLACE_DATE, PLACE_NUMERIC, NAME_DATE, DESK_DATE, DATELINE_COLON, DATELINE_TITLE, DATELINE_DAY) \
            else len(text)
        if kind == "header" or regex in (DATELINE_TITLE, DATELINE_DAY, MONTH_STAMP):
            prose = _first_prose(text, last)
        for match in line_matches(regex, text, last):
            clue = _month_clue(match, text) if regex is MONTH_STAMP else _clue(kind, match, text)
            if clue is None or (kind == "header" and (clue.year is None or regex in (NAME_DASH_DATE, DATE_DASH_NAME))
                                or regex in (DATELINE_TITLE, DATELINE_DAY, MONTH_STAMP)) and match.start() > prose \
                    and not _outlet_under_standfirst(text, match, regex, prose):
                continue  # under the story's prose: a live page's entry day, a timeline's "- Talks - May 8, 2025"
            if regex is PLACE_DATE and _DASH_BEFORE_DATE.search(match.group(0)) and _prose_above(text, match) > 1:
                continue  # "Council Debate Night – May 8, 2026" under the story's paragraphs: a timeline's entry
            if regex is STAMP and _under_prose(text.rfind("\n", 0, clue.start) + 1,
                                                prose_lines := prose_lines or prose_starts(text, last)):
                continue  # a footer's, a related item's or a counter block's date, not the article's stamp
            clues.append(clue)
    lede = _lede_date(text)
    if lede is not None:
        clues.append(lede)
    today = _today(text)  # (events35) "As of today, July 1, 2025, …"
    if today is not None and not any(c.start <= today.start < c.end for c in clues):
        clues.append(today)
    clues += [after for stamp in list(clues) if (after := _dateline_after(text, stamp)) is not None]
    clues.sort(key=lambda c: c.start)
    return _mark_foot(text, clues)


#: The last word of an outlet's name: "3 Example News – June 1, 2025" under the standfirst is the page's date line.
_OUTLET_WORD = re.compile(r"(?:News|Times|Post|Daily|Herald|Press|Journal|Gazette|Tribune|Wire|Today|Network|Media)"
                          r"[ \t]+[—–|-]")


#: A dash between a place-like name and its date ("Washington, D.C. — July 23, 2025"), not a comma.
_DASH_BEFORE_DATE = re.compile(r"[ \t][—–-][ \t]")


def _prose_above(text: str, match: re.Match[str]) -> int:
    """Lines of the story's prose above `match` (a line cut off with an ellipsis, a breadcrumb's, is none)."""
    return sum(1 for at in prose_starts(text, match.start()) if at < match.start()
               and not text[at:text.find("\n", at)].rstrip().endswith(("...", "…")))


def _outlet_under_standfirst(text: str, match: re.Match[str], regex: re.Pattern[str], prose: int) -> bool:
    """An outlet's name and the page's date (NAME_DASH_DATE, the name ending as an outlet's does) under one line of
    prose only, the standfirst: the page's date line, not a timeline's entry (those stand under the story's
    paragraphs). A line cut off with an ellipsis ("Home Report Paramount Crashes the Party: How a …...", a
    breadcrumb) is no prose."""
    return regex is NAME_DASH_DATE and _OUTLET_WORD.search(match.group(0)) is not None \
        and _prose_above(text, match) <= 1


#: A wire dateline right after a scrape's stamp on its line: "date 2025-06-01 KRAKOW, June 2. /TASS/." (DATELINE
#: read where the stamp ends, not only at a line's start).
_DATELINE_ANYWHERE = re.compile(DATELINE.pattern.removeprefix("^"), re.MULTILINE)
_STAMP_FIRST = re.compile(r"[ \t]*(?i:date)\s*:?\s*(?:19|20)\d{2}-\d{2}-\d{2}[ \t]+")


def _dateline_after(text: str, stamp: DateClue) -> DateClue | None:
    """The dateline printed right after `stamp` on its line, if any: the story's own day, which the stamp (the
    scrape's, in some time zone) may be a day behind; metadata.py prefers a dateline to a stamp."""
    if stamp.kind != "stamp" or stamp.day is None:
        return None
    at = stamp.end + len(text[stamp.end:stamp.end + 8]) - len(text[stamp.end:stamp.end + 8].lstrip(" \t"))
    match = _DATELINE_ANYWHERE.match(text, at) if at > stamp.end else None
    return _clue("dateline", match, text) if match is not None else None


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
    """The date of a placeless colon dateline (DATE_COLON) when the story's first paragraph opens with it, or of
    one run into that paragraph with no colon (DATE_RUN_IN, events35: "Jun 27, 2025 The court's ruling …") when no
    paragraph opens with a colon's."""
    match = _lede_match(text)
    return None if match is None else _clue("dateline", match, text)


def _lede_match(text: str) -> re.Match[str] | None:
    """DATE_COLON's one match at the story's head (else DATE_RUN_IN's), or None (see _lede_date)."""
    matches = list(line_matches(DATE_COLON, text, len(text))) or list(line_matches(DATE_RUN_IN, text, len(text)))
    if len(matches) != 1 or matches[0].start() > HEADER_WINDOW:
        return None
    at = matches[0].start()
    first = _first_prose(text, HEADER_WINDOW)
    if first < at and _first_prose(text, at - 1, after=first) < at:
        return None  # two lines of prose above it: an entry of the story, not its dateline
    return matches[0]


def _today(text: str) -> DateClue | None:
    """The page's day its text tells near its head, outside a quotation: "As of today, July 1, 2025, …" (the first
    such, within HEADER_WINDOW), as a dateline's."""
    match = _today_match(text)
    return None if match is None else _clue("dateline", match, text)


def _today_match(text: str) -> re.Match[str] | None:
    """AS_OF_TODAY's first match within HEADER_WINDOW, unless it stands inside a quotation (the speaker's day)."""
    match = AS_OF_TODAY.search(text, 0, HEADER_WINDOW)
    if match is None:
        return None
    line = text[text.rfind("\n", 0, match.start()) + 1:match.start()]
    return None if line.count('"') % 2 or line.count("“") > line.count("”") else match


#: The words a line of the story's prose has at least (and it ends a sentence).
_PROSE_WORDS = 12
_SENTENCE_END = ".!?\"'”’)"


def dateline_days(text: str) -> frozenset[int]:
    """Where the date of every dateline begins ("Oslo, April 7, 2025 – Negotiators …", "KYIV, March 18 (Reuters)
    -", "MOSCOW, July 22. /TASS/."): the day the story was filed, printed before its first sentence, not the day
    of what that sentence tells, which was as often the day before (stage_b.py). One try of each shape at each
    line's start: linear in the text."""
    days: set[int] = set()
    # (events35) the page's day run into its summary, or told "as of today": no act's day
    days.update(m.start("date") for m in (_lede_match(text), _today_match(text)) if m is not None)
    header = min(_first_prose(text, HEADER_WINDOW), HEADER_WINDOW)  # (where "New Delhi, Nov. 14 --" is one)
    line = 0
    while True:
        days.update(at for at in _datelines_on(text, line, line <= header) if at - line <= _DATELINE_REACH)
        line = text.find("\n", line) + 1
        if line == 0:
            return frozenset(days)


#: How far after its line's start a dateline's date may begin.
_DATELINE_REACH = 80


def _datelines_on(text: str, line: int, header: bool) -> list[int]:
    """The starts of the dates of the datelines that open the line beginning at `line`; a bare day's ("New Delhi,
    Nov. 14 -- …") only at the story's head (`header`, as date_clues reads it: under the prose, a timeline's)."""
    shapes = (DATELINE_DASH, DATELINE_TITLE, DATELINE_COLON, DATE_COLON, DATELINE) + ((DATELINE_DAY,) if header else ())
    found = [match.start("date") for regex in shapes if (match := regex.match(text, line)) is not None]
    stamp = _STAMP_FIRST.match(text, line)  # "date 2025-06-01 KRAKOW, June 2. /TASS/."
    match = _DATELINE_ANYWHERE.match(text, stamp.end()) if stamp is not None else None
    return found + [match.start("date")] if match is not None else found


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
    has_year = bool(re.search(r"(?:19|20)\d{2}|/\d{2}$", raw)) or bool(groups.get("year"))
    year = parsed.year if has_year else None
    if kind == "dateline" and groups.get("year"):
        year = int(groups["year"])
    outlet = groups.get("outlet") or groups.get("slashed") or ""
    raw_text = match.group(0)
    lead = _LEAD.match(raw_text).end()  # (spaces and a list bullet are not the clue)
    start, end = match.start() + lead, match.start() + len(raw_text.rstrip())
    if groups.get("stamp"):
        start = match.start("stamp")  # (a headline's stamp: the stamp alone, not the headline)
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
    year += 2000 if year < 100 else 0  # (a briefing's "10/23/25": printed_shapes.BRIEFING_HEADLINE)
    if "." in raw or first > 12:
        return dt.datetime(year, second, first)
    if second > 12:
        return dt.datetime(year, first, second)
    return None


@functools.lru_cache(maxsize=4096)
def _parse(words: str) -> dt.datetime:
    """dateutil's reading of a date clue (the same few recur across a folder: each is parsed once)."""
    return date_parser.parse(words, default=dt.datetime(2000, 1, 1))
