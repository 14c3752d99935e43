"""Which printed dates of a page's part are its own: a date printed above the part's prose ("Thursday, 27 March 2025
06:48 PM EDT" under the headline) against one printed under it (a date among the tags and counters at the page's
foot, a related item's, a comment's). A page prints its own date above its story; under it, a date that an earlier
one contradicts is not the page's, whatever its kind (a "Published …" byline at the foot does not outrank the date
line under the headline). metadata.py reads only the clues kept here.
"""

from __future__ import annotations

import bisect
import re

from briefing.load.extract.printed_dates import DateClue

__all__ = ["labelled_publication", "printed_above"]


#: A byline that names itself the publication date: "Publish Date : 14 July 2025", "Publication date: …".
_LABELLED = re.compile(r"(?i:publish(?:ed)?\s+date|publication\s+date|date\s+published)\b")


def labelled_publication(clue: DateClue) -> bool:
    """Whether `clue` is a byline whose words say it is the publication date (not only "Published …")."""
    return clue.kind == "byline" and not clue.updated and _LABELLED.match(clue.text) is not None


def _day(clue: DateClue) -> tuple[int | None, int, int | None]:
    return clue.year, clue.month, clue.day


def _agree(low: DateClue, high: DateClue) -> bool:
    """Whether two clues may give the same day (a clue without its year or day agrees on what it prints)."""
    return low.month == high.month and (low.day is None or high.day is None or low.day == high.day) and \
        (low.year is None or high.year is None or low.year == high.year)


def printed_above(clues: list[DateClue], starts: list[int], prose: list[int]) -> list[DateClue]:
    """`clues` (in text order) without those printed under their part's first line of prose (`prose`: where each
    line of prose begins, prose_starts) that contradict a clue of the same part printed above it; `starts`: where
    each part begins, in text order. A part with no clue above its prose keeps all its clues."""
    if not prose:
        return clues
    kept: list[DateClue] = []
    index = 0
    above: list[DateClue] = []
    first_prose = _first_prose_after(prose, starts[0])
    for clue in clues:
        while index + 1 < len(starts) and starts[index + 1] <= clue.start:
            index += 1
            above, first_prose = [], _first_prose_after(prose, starts[index])
        if clue.start <= first_prose:
            above.append(clue)
        elif any(not _agree(earlier, clue) for earlier in above) and not (
                labelled_publication(clue) and all(e.kind == "header" for e in above if not _agree(e, clue))):
            continue  # under the prose, and the part's own date above says otherwise
        # (a "Publish Date : 14 July 2025" line at the foot against a date bar alone above the headline is kept:
        # metadata.py then leaves the page undated, the two being a site's date bar and the page's, or the other
        # way round)
        kept.append(clue)
    return kept


def _first_prose_after(prose: list[int], start: int) -> int:
    at = bisect.bisect_left(prose, start)
    return prose[at] if at < len(prose) else 1 << 62
