"""A month-day printed without its year in a sentence that names another year: "In 2025, Zelensky and Trump
clashed in the Oval Office on February 28" in a page of March 2026, "Russia invaded Ukraine in 2022; its troops
crossed the border on February 24", "met in Paris on February 28, a year after their clash in 2025". The year the
month-day takes from the day of writing is then no better than a guess against the one the sentence names, and
which clause each belongs to is not known, so neither dates anything: the sentence is undated, not shown with a
wrong year. A year named right after the month-day is its own ("on March 13 last year", "on February 24 of 2022").
"""

from __future__ import annotations

import dataclasses
import re
from typing import Protocol, TypeVar

from briefing.model import PartialDate


class _Mention(Protocol):
    start: int
    end: int
    date: PartialDate
    rule: str
    basis: str


_M = TypeVar("_M", bound=_Mention)

#: The rules of a month-day whose year was not printed (dates.py, date_resolvers.py).
_YEAR_NOT_PRINTED = "date:explicit-year"
#: The basis of a month-day that took its year from a day the sentence prints in full: that year is printed.
_FROM_PRINTED = "from the day printed beside it"
#: What may stand between a month-day and the year that is its own ("March 13 last year", "February 24 of 2022").
_OWN_GAP = re.compile(r"\s*,?\s*(?:of\s+)?")


def without_other_years(text: str, found: list[_M]) -> list[_M]:
    """`found` (one sentence's dates, spans in `text`) with each month-day whose inferred year the sentence does not
    name given the year named right after it, or else left out with the years that disagree with it; unchanged
    when the sentence names no year alone ("in 2022", "in February 2022", "last year")."""
    years = [m for m in found if m.date.day is None and m.date.year is not None]
    if not years:
        return found
    named = {m.date.year for m in years}
    dropped: set[int] = set()
    kept: list[_M] = []
    for m in found:
        if not (m.rule.startswith(_YEAR_NOT_PRINTED) and _FROM_PRINTED not in m.basis and m.date.day is not None
                and m.date.year not in named):
            kept.append(m)
            continue
        own = next((y for y in years if _OWN_GAP.fullmatch(text, m.end, y.start)), None)
        if own is not None:
            kept.append(dataclasses.replace(m, date=PartialDate(year=own.date.year, month=m.date.month,
                                                                   day=m.date.day),
                                            basis=f"{m.basis}; the year named right after it ({own.date.year})"))
            dropped.add(id(own))
        else:
            dropped.update(id(y) for y in years if y.date.year != m.date.year)
            dropped.add(id(m))
    return [m for m in kept if id(m) not in dropped]
