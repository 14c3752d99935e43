"""An update printed on top of a page's first story: "UPDATE Oct 10, 2025 9:30 AM EDT" alone on its line, the
text written that day under it, then the first story under its own date line ("Oct 6, 2025 7:45 AM EDT").

The page is dated by its posting ("Posted Oct 6, 2025"), so "X met Y on Friday" in the update
would be counted back from the Monday of the posting (the Friday before it) when it was written on the Friday of
the update. The update and the story under it are parts of the page, each with its own date: a weekday, "by Monday"
or "yesterday" in a part counts from that part's day. The page's publication date stays its posting's.
"""

from __future__ import annotations

import datetime as dt
import re

from briefing.load.extract.printed_dates import FULL_DATE, TIME, DateClue, line_matches
from briefing.model import PartialDate, SourcePart

#: "UPDATE Oct 10, 2025 9:30 AM EDT", "Update: 10 October 2025" alone on its line (the word "update", not a
#: header's "Updated …", which says when the page was last edited, not what was written then).
_UPDATE_LINE = re.compile(rf"^[ \t]*(?i:update)[ \t]*:?[ \t]+(?P<date>{FULL_DATE}){TIME}[ \t]*$", re.MULTILINE)


def _day(raw: str) -> dt.date | None:
    words = " ".join(raw.replace(".", " ").replace(",", " ").split())
    for pattern in ("%b %d %Y", "%B %d %Y", "%d %b %Y", "%d %B %Y"):
        try:
            return dt.datetime.strptime(words, pattern).date()
        except ValueError:
            continue
    return None


def update_parts(text: str, clues: list[DateClue], published: PartialDate, outlet: str) -> tuple[SourcePart, ...]:
    """The parts of a page dated `published` (a full day) that prints update blocks after its posting's date
    line: the page before the first update, each update (its day, within a month after the posting), and the
    story under the last one from the next line that is an earlier full date alone (a header clue), dated by it;
    () when the page prints no update."""
    if published.day is None or published.month is None:
        return ()
    posted = dt.date(published.year, published.month, published.day)
    first_clue = min((c.start for c in clues), default=len(text))
    updates = [(m, _day(m.group("date"))) for m in line_matches(_UPDATE_LINE, text, len(text)) if m.start() > first_clue]
    if not updates or any(day is None or not posted < day <= posted + dt.timedelta(days=31) for _m, day in updates):
        return ()  # (an update whose day is not read, or lies before the posting: the page is left as it is)
    name = outlet or "unknown"
    parts = [SourcePart(outlet=name, published=published, start=0)]
    parts += [SourcePart(outlet=name, published=PartialDate(year=day.year, month=day.month, day=day.day),
                         start=found.start()) for found, day in updates if day is not None]
    last_end, last_day = updates[-1][0].end(), updates[-1][1]
    story = next((c for c in clues if c.kind == "header" and c.year is not None and c.start > last_end), None)
    if story is not None and last_day is not None and dt.date(story.year, story.month, story.day) < last_day:
        parts.append(SourcePart(outlet=name, published=PartialDate(year=story.year, month=story.month,
                                                                   day=story.day), start=story.start))
    return tuple(parts)
