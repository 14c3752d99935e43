"""Holidays named as days ("on Christmas Day", "on Thanksgiving"), resolved against the day of writing; names of
things ("the Christmas market attack") and holidays without a certain rule date nothing. Invented sentences."""

from __future__ import annotations

import pytest

from briefing.load.extract.dates import Reference, find_dates
from briefing.model import PartialDate


def _dates_of(sentence: str, published: str | None) -> dict[str, str]:
    ref = Reference(PartialDate.parse(published) if published else None)
    return {d.text: d.date.iso for d in find_dates(sentence, 0, len(sentence), ref)}


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    ("Drones struck the port of Odesa early on New Year's Day, the regional governor said.", "2025-01-02",
     {"on New Year's Day": "2025-01-01"}),
    ("The mayor said the power station was hit on Christmas Day.", "2024-12-27", {"on Christmas Day": "2024-12-25"}),
    ("Crowds gathered in the square on New Year’s Eve to watch the fireworks.", "2025-01-03",
     {"on New Year’s Eve": "2024-12-31"}),
    ("The hospital was shelled on Christmas Eve, officials said.", "2024-12-26", {"on Christmas Eve": "2024-12-24"}),
    ("The senator spoke at a rally on US Independence Day in Ohio.", "2025-07-08",
     {"on US Independence Day": "2025-07-04"}),
    ("Zelensky addressed the troops on Ukraine's Independence Day.", "2025-08-26",
     {"on Ukraine's Independence Day": "2025-08-24"}),
    ("The prime minister visited a food bank on Boxing Day.", "2025-01-05", {"on Boxing Day": "2024-12-26"}),
    # A computed day: the fourth Thursday of November 2025 is the 27th.
    ("The president pardoned two turkeys and then spoke to reporters on Thanksgiving.", "2025-11-30",
     {"on Thanksgiving": "2025-11-27"}),
    # Easter 2025 fell on 20 April in both reckonings.
    ("The church bells rang on Easter Sunday for the first time in years.", "2025-04-23",
     {"on Easter Sunday": "2025-04-20"}),
    # The time of day goes with the holiday; a future cue looks ahead.
    ("Sirens sounded across the capital on Christmas morning.", "2024-12-26", {"on Christmas morning": "2024-12-25"}),
    ("The leaders will meet again on New Year's Eve, an aide said.", "2025-12-20", {"on New Year's Eve": "2025-12-31"}),
])
def test_a_holiday_named_as_the_day(sentence: str, published: str, expected: dict[str, str]) -> None:
    assert _dates_of(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "published"), [
    # Names of things, not days of the story.
    ("The trial over the Christmas market attack opened in Magdeburg.", "2025-11-10"),
    ("Families sat down to a Thanksgiving dinner as the storm arrived.", "2025-11-28"),
    ("Good Friday Agreement negotiators met again.", "2025-04-20"),
    ("He said the president deliberately chose Christmas for the strike.", "2024-12-26"),
    ("Shops said people spent less on Christmas shopping this season.", "2024-12-27"),
    # Independence Day alone is several countries' day.
    ("The speech was given on Independence Day in the capital.", "2025-08-26"),
    # Easter 2024: Western 31 March, Orthodox 5 May: which one is meant is not known.
    ("Russia said it would observe a pause on Easter Sunday.", "2024-05-08"),
    # No day of writing, no holiday's year.
    ("The hospital was shelled on Christmas Eve, officials said.", None),
    # Most of a year back: beyond the reach of a day printed without its year.
    ("The pipeline was damaged on Christmas Day.", "2025-09-01"),
])
def test_no_day_from_a_name_or_an_uncertain_rule(sentence: str, published: str | None) -> None:
    assert _dates_of(sentence, published) == {}


def test_orthodox_easter_is_computed_on_its_own_calendar() -> None:
    assert _dates_of("Services were held on Orthodox Easter across the region.", "2024-05-08") == \
        {"on Orthodox Easter": "2024-05-05"}


@pytest.mark.parametrize("sentence", [
    "Orthodox believers packed the cathedral, and the patriarch spoke on Christmas Day.",
    "Canadian families gathered on Thanksgiving, the premier said.",
])
def test_no_day_where_the_text_names_another_calendar(sentence: str) -> None:
    assert _dates_of(sentence, "2025-01-08") == {}


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    # A year after the holiday is its year, not the nearest one's.
    ("A similar barrage hit the grid on Christmas Day 2022, the minister recalled.", "2025-12-27",
     {"on Christmas Day 2022": "2022-12-25"}),
    ("The plant was also struck on Christmas Day last year.", "2025-12-27", {"on Christmas Day": "2024-12-25"}),
    ("He recalled the ceremony on Thanksgiving, 2019, in Kabul.", None, {"on Thanksgiving, 2019": "2019-11-28"}),
])
def test_a_holidays_year_printed_or_named_after_it(sentence: str, published: str | None,
                                                   expected: dict[str, str]) -> None:
    found = _dates_of(sentence, published)
    assert {k: v for k, v in found.items() if k in expected} == expected
