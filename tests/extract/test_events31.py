"""Dated events from the events31 helper (seventeenth session): a weekday told in the present after the fact, and
the two readers of a schedule in the present. Found by probing dates.py with invented sentences while labelling
blind sets of live pages and previews: a live page or a feature telling the day before in the present ("Zelensky
arrives at the White House on Friday" under a Saturday date) read as the Friday a week on; a weekday leading a
clause in the present ("On Monday, the talks open in Riyadh") read as the day gone by, though a preview tells the
coming one alike; date_tense's schedule reader reading forwards across a verb in the past ("Zelensky heads home
after talks that collapsed on Monday": the collapse's Monday read as the coming one) and across another thing's
phrase ("Trump meets Putin after the row on Monday"), where date_plans reads neither way. Every sentence here is
invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import dated_titles, load_sources

_PAGE = "Harbour notes\nPublished {}\n\nThe ferry left on time.\n\n{}\n\nThe gulls stayed.\n"
_WEDNESDAY = "Wednesday, March 26, 2025"
_SATURDAY = "Saturday, March 1, 2025"
_SUNDAY = "Sunday, March 2, 2025"


def _days(published: str, line: str, tmp_path: Path) -> list[str]:
    return sorted({day for day, _t in dated_titles(load_sources(tmp_path, a=_PAGE.format(published, line)))})


@pytest.mark.parametrize(("published", "sentence"), [
    # main: 2025-03-07, the Friday a week after a live page's Saturday update
    (_SATURDAY, "Zelensky arrives at the White House on Friday for talks with Trump."),
    (_SATURDAY, "Zelensky and Trump meet in the Oval Office on Friday."),
    (_SATURDAY, "Zelensky meets Trump in the Oval Office on Friday, and the meeting soon turns into a shouting match."),
    # main: 2025-03-08
    (_SUNDAY, "Starmer hosts European leaders in London on Saturday."),
])
def test_the_day_before_told_in_the_present_is_not_dated_a_week_on(tmp_path: Path, published: str,
                                                                     sentence: str) -> None:
    assert _days(published, sentence, tmp_path) == []


def test_a_stamp_a_day_after_the_present_dates_no_week_on(tmp_path: Path) -> None:
    page = "date 2025-03-01\nHarbour notes\n\nZelensky arrives at the White House on Friday for talks with Trump.\n"
    assert sorted({day for day, _t in dated_titles(load_sources(tmp_path, a=page))}) == []  # main: 2025-03-07


@pytest.mark.parametrize(("published", "sentence", "days"), [
    # a preview's present a few days ahead stays the coming day; the day of writing stays itself
    (_WEDNESDAY, "Zelensky meets Mohammed bin Salman in Jeddah on Monday.", ["2025-03-31"]),
    (_WEDNESDAY, "Witkoff flies to Moscow on Thursday and meets Putin.", ["2025-03-27"]),
    (_SATURDAY, "Zelensky meets Trump in the Oval Office on Saturday.", ["2025-03-01"]),
    (_WEDNESDAY, "On Wednesday, Rubio meets the crown prince.", ["2025-03-26"]),
    (_WEDNESDAY, "On Monday, Rubio met the crown prince.", ["2025-03-24"]),
    (_WEDNESDAY, "On Monday, Trump said the talks open in Riyadh.", ["2025-03-24"]),
])
def test_a_plan_in_the_present_and_a_day_told_in_the_past_keep_their_days(tmp_path: Path, published: str,
                                                                          sentence: str, days: list[str]) -> None:
    assert _days(published, sentence, tmp_path) == days


@pytest.mark.parametrize("sentence", [
    # main: 2025-03-24, the Monday gone by, each
    "On Monday, the talks open in Riyadh with a briefing by Rubio.",
    "On Monday, Witkoff flies to Moscow and meets Putin.",
    "On Monday, Rubio meets the crown prince.",
])
def test_a_weekday_leading_a_clause_in_the_present_is_read_neither_way(tmp_path: Path, sentence: str) -> None:
    assert _days(_WEDNESDAY, sentence, tmp_path) == []


@pytest.mark.parametrize(("sentence", "days"), [
    # main: 2025-03-31 and 2025-04-01, the coming days
    ("Zelensky heads home after talks that collapsed on Monday.", ["2025-03-24"]),
    ("Witkoff flies to Moscow hours after Ukraine accepted the truce on Tuesday.", ["2025-03-25"]),
    # main: 2025-03-31 (date_plans reads it neither way: the row's Monday may be gone by)
    ("Trump meets Putin after the row on Monday.", []),
])
def test_a_schedule_verb_does_not_read_forwards_across_another_clause(tmp_path: Path, sentence: str,
                                                                     days: list[str]) -> None:
    assert _days(_WEDNESDAY, sentence, tmp_path) == days


_MARCH_2026 = "Tuesday, March 3, 2026"


@pytest.mark.parametrize("sentence", [
    # main: 2026-02-28, 2026-02-28, 2026-02-24, 2026-03-01 and 2026-02-28: the page's year for a month-day the
    # sentence puts in another year
    "In 2025, Zelensky and Trump clashed in the Oval Office on February 28.",
    "Last year, Zelensky and Trump clashed in the Oval Office on February 28.",
    "Russia invaded Ukraine in 2022; its troops crossed the border on February 24.",
    "Russia invaded Ukraine in February 2022 and its troops reached Kyiv on March 1.",
    # (which clause the year is whose is not known: neither dates the sentence; main's 2026-02-28 is right here,
    # given up, since "… on February 28 in the worst row of 2025" is told alike and its 2026 would be wrong)
    "Zelensky and Trump met in Paris on February 28, a year after their clash in 2025.",
])
def test_a_month_day_in_a_sentence_naming_another_year_is_undated(tmp_path: Path, sentence: str) -> None:
    assert _days(_MARCH_2026, sentence, tmp_path) == []


@pytest.mark.parametrize(("sentence", "days"), [
    # main: 2026-02-28; the year named right after the month-day is its own
    ("Zelensky and Trump clashed in the Oval Office on February 28 last year.", ["2025-02-28"]),
    ("In 2026, Zelensky and Trump met in Paris on February 28.", ["2026-02-28"]),
    ("Zelensky and Trump met in Paris on February 28.", ["2026-02-28"]),
    ("Back in 2014, Russia annexed Crimea on March 18 after a referendum.", ["2014"]),
])
def test_a_month_day_keeps_the_year_the_sentence_gives_it(tmp_path: Path, sentence: str, days: list[str]) -> None:
    assert _days(_MARCH_2026, sentence, tmp_path) == days


@pytest.mark.parametrize("sentence", [
    # main: 2025-03-24, the Monday gone by, each (found on the held-out set after its run: a day given a name is
    # the day named, which "has dubbed" does not place; here it is the coming one)
    "Macron has dubbed Monday “Europe Day” and is planning a summit at the palace to unveil his plan.",
    "Zelensky dubbed Monday “Unity Day” and held a rally in Kyiv.",
    "Putin designated Monday a day of mourning after the strike.",
])
def test_a_weekday_given_a_name_is_no_day_of_the_naming(tmp_path: Path, sentence: str) -> None:
    assert _days(_WEDNESDAY, sentence, tmp_path) == []


def test_a_weekday_named_afterwards_keeps_its_day(tmp_path: Path) -> None:
    sentence = "Zelensky held a rally in Kyiv on Monday, which he dubbed “Unity Day”."
    assert _days(_WEDNESDAY, sentence, tmp_path) == ["2025-03-24"]
