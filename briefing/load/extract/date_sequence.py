"""A schedule told in the future, day after day ("will arrive on Sunday … On Monday he flies to Tokyo … On
Thursday morning he meets Xi"): each coming weekday is read on its own as the first such day on or after the day of
writing, so a weekday the schedule reaches after a later one ("Thursday" on a Thursday, after "Sunday") would be
read as today, a week early. A coming weekday that would fall before one the article has already named is
another week's or today's, and which is not known: it is left undated (stage_b.py). One pass, in text order."""

from __future__ import annotations

import datetime as dt
from typing import Protocol, TypeVar

from briefing.model import PartialDate

__all__ = ["forward_weekdays"]

#: The rule of a weekday read as the coming one (date_resolvers._weekday).
_COMING = "date:weekday-future"


class _Mention(Protocol):
    rule: str
    date: PartialDate


_M = TypeVar("_M", bound=_Mention)


def forward_weekdays(sentence_dates: list[list[_M]], references: list[object]) -> list[list[_M]]:
    """`sentence_dates` (each sentence's dates, in text order) without a coming weekday that falls before the
    schedule it follows: a run of two coming weekdays or more, each later than the one before, against the same
    day of writing (`references`, one a sentence: a compilation's parts are written on days of their own). One
    coming weekday before it is no schedule ("will visit Riyadh on Wednesday … talks begin on Tuesday", written on
    the Tuesday: today's talks), so the day stays."""
    latest: dt.date | None = None
    run = 0
    out: list[list[_M]] = []
    previous: object = None
    for mentions, reference in zip(sentence_dates, references, strict=True):
        if reference != previous:
            latest, run, previous = None, 0, reference
        kept = []
        for mention in mentions:
            if mention.rule == _COMING and mention.date.day is not None and mention.date.month is not None \
                    and mention.date.year is not None:
                day = dt.date(mention.date.year, mention.date.month, mention.date.day)
                if latest is not None and day < latest:
                    if run >= 2:
                        continue  # ("On Thursday" after "Sunday … Monday …": next week's, or today's?)
                    run = 0
                run = run + 1 if latest is None or day > latest else max(run, 1)
                latest = day
            kept.append(mention)
        out.append(kept)
    return out
