"""metadata.py before it was made faster: each date-clue pattern searched at every character."""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as date_parser

from briefing.load.extract.metadata import _BYLINE, _DATELINE, _HEADER_DATE, DateClue, _outlet_name

def date_clues(text: str) -> list[DateClue]:
    """Every byline, dateline and header date of a text, in text order."""
    clues: list[DateClue] = []
    for kind, regex in (("byline", _BYLINE), ("dateline", _DATELINE), ("header", _HEADER_DATE)):
        for match in regex.finditer(text):
            if kind == "header" and match.start() > 400:
                continue
            raw = match.group("date")
            try:
                parsed = date_parser.parse(raw.replace(".", ""), default=dt.datetime(2000, 1, 1))
            except (ValueError, OverflowError):
                continue
            has_year = bool(re.search(r"(?:19|20)\d{2}", raw)) or bool(match.groupdict().get("year"))
            year = parsed.year if has_year else None
            if kind == "dateline" and match.group("year"):
                year = int(match.group("year"))
            outlet = match.groupdict().get("outlet") or ""
            raw_text = match.group(0)
            lead = len(raw_text) - len(raw_text.lstrip())
            start, end = match.start() + lead, match.start() + len(raw_text.rstrip())
            clues.append(DateClue(kind=kind, start=start, end=end, text=text[start:end],
                                  month=parsed.month, day=parsed.day, year=year, outlet=_outlet_name(outlet)))
    clues.sort(key=lambda c: c.start)
    return clues
