"""A site's date bar against the page's own date line (events36): "Monday, October 6, 2025" printed above the
headline (the day the page was fetched or the site's "today") and "June 12, 2025" between the headline and the
story. Which is the page's is told by where each is printed: the line under the headline, over the story's first
paragraph, is the article's; the bar above the headline with a later day is the site's. Anything else (two dates
above the headline, a date under the story, a bar earlier than the line under the headline) stays undated.
"""

from __future__ import annotations

import bisect

from briefing.load.extract.printed_dates import DateClue

__all__ = ["headline_start", "own_under_bar"]


def headline_start(text: str, headline: str) -> int:
    """Where `headline` (headlines.headline's line, perhaps clipped) starts in `text`, or -1."""
    key = headline.strip()[:40].rstrip("…").strip()
    return text.find(key) if len(key) >= 12 else -1


def _day(clue: DateClue) -> tuple[int, int, int] | None:
    if clue.year is None or clue.day is None:
        return None
    return clue.year, clue.month, clue.day


def own_under_bar(one: DateClue, other: DateClue, headline_at: int, prose: list[int] | tuple[int, ...]) \
        -> DateClue | None:
    """Of two header dates that give different days, the page's own when one is a date bar over the headline and the
    other the date line under it, above the first line of the story's prose, with an earlier day; else None."""
    if headline_at < 0 or one.kind != "header" or other.kind != "header":
        return None
    bar, own = (one, other) if one.start < other.start else (other, one)
    if not bar.end <= headline_at < own.start:
        return None
    after = bisect.bisect_right(prose, headline_at)
    if after == len(prose) or own.start >= prose[after]:
        return None  # the second date is under the story: a related item's, an entry's
    bar_day, own_day = _day(bar), _day(own)
    if bar_day is None or own_day is None or not own_day < bar_day:
        return None
    return own
