"""Dates known to the day, the month or only the year."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import model_validator

from briefing.model.base import Frozen

Precision = Literal["day", "month", "year"]

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


class PartialDate(Frozen):
    """A date known to the day, the month or only the year."""

    year: int
    month: int | None = None
    day: int | None = None

    @model_validator(mode="after")
    def _check(self) -> PartialDate:
        import datetime as _dt

        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is not 1-12")
        if self.day is not None:
            _dt.date(self.year, self.month or 1, self.day)  # raises ValueError on 2025-02-30
        return self

    @classmethod
    def parse(cls, value: str) -> PartialDate:
        match = _PARTIAL_DATE.match(value.strip())
        if not match:
            raise ValueError(f"{value!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
        year, month, day = (int(g) if g else None for g in match.groups())
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"month {month} is not 1-12")
        if day is not None:
            import datetime as _dt

            try:
                _dt.date(year, month, day)  # type: ignore[arg-type]
            except ValueError:
                raise ValueError(f"{value.strip()} is not a day of the calendar") from None
        return cls(year=year, month=month, day=day)  # type: ignore[arg-type]

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    @property
    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def display(self) -> str:
        """Human form at its precision: '12 Feb 2025', 'Mar 2025', '2014'."""
        if self.month is None:
            return str(self.year)
        if self.day is None:
            return f"{_MONTHS[self.month - 1]} {self.year}"
        return f"{self.day:2d} {_MONTHS[self.month - 1]} {self.year}"

    @property
    def sort_key(self) -> tuple[int, int, int]:
        # A month-only date sorts before the days of that month; a year before its months.
        return (self.year, self.month or 0, self.day or 0)

    @property
    def reading_key(self) -> tuple[int, int, int]:
        """Where a reader expects it in a timeline: a month-only date after the days of that month, a year-only
        one after the months of that year (so "2025: aid suspended" does not come before every February day)."""
        return (self.year, self.month or 13, self.day or 32)

    def __str__(self) -> str:
        return self.iso
