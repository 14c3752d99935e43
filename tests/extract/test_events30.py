"""Dated events from the events30 helper's blind sets (sixteenth session): previews and schedules of a visit and
of talks. Found there: a stay "from Monday to Wednesday" dated by its far end, and "over the next month and a half"
dated the month after the day of writing. Found by probing date_plans.py with invented sentences: a caption's
present ("X meets Y on Monday, in this handout picture released by …") and a headline's or list line's "X meets Y
on Monday" read as the coming Monday; "behind closed doors" read as a verb in the past; a present passive ("are
held … on Thursday") read as the day gone by; "announced on Monday he would visit Paris on Tuesday" read as the
Tuesday after the day of writing. Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import dated_titles, load_sources

# Wednesday 26 March 2025
_PAGE = "Harbour notes\nPublished Wednesday, March 26, 2025\n\nThe ferry left on time.\n\n{}\n\nThe gulls stayed.\n"


def _days(line: str, tmp_path: Path) -> list[str]:
    return sorted({day for day, _t in dated_titles(load_sources(tmp_path, a=_PAGE.format(line)))})


@pytest.mark.parametrize("sentence", [
    # main: 2025-03-26, the far end (the Wednesday of writing), as the day of the stay and the meeting
    "Sybiha will be in Geneva from Monday to Wednesday and meet the American team.",
    "Sybiha was in Geneva from Monday to Wednesday and met the American team.",
])
def test_a_span_of_weekdays_dates_no_event_by_its_far_end(tmp_path: Path, sentence: str) -> None:
    assert _days(sentence, tmp_path) == []


@pytest.mark.parametrize("sentence", [
    "Trump said he would visit the kingdom over the next month and a half.",  # main: 2025-04
    "Trump said he would visit the kingdom in the next month or so.",  # main: 2025-04
    "The talks were held over the last year.",  # main: 2024
    "The talks resumed the next week in Geneva.",  # main: the week after 26 March
])
def test_a_stretch_of_time_is_no_calendar_month_or_year(tmp_path: Path, sentence: str) -> None:
    assert _days(sentence, tmp_path) == []


@pytest.mark.parametrize(("sentence", "days"), [
    ("Trump said he would visit the kingdom next month.", ["2025-04"]),
    ("Trump visited the kingdom last year.", ["2024"]),
])
def test_next_month_and_last_year_keep_their_dates(tmp_path: Path, sentence: str, days: list[str]) -> None:
    assert _days(sentence, tmp_path) == days


@pytest.mark.parametrize("line", [
    # main: 2025-03-31, the coming Monday, each
    "Zelensky meets Mohammed bin Salman in Jeddah on Monday, in this handout picture released by the palace.",
    "Zelensky meets Saudi crown prince on Monday",
])
def test_a_caption_or_a_headline_in_the_present_tells_what_happened(tmp_path: Path, line: str) -> None:
    assert _days(line, tmp_path) == ["2025-03-24"]


@pytest.mark.parametrize(("sentence", "days"), [
    ("Zelensky meets Mohammed bin Salman in Jeddah on Monday.", ["2025-03-31"]),
    ("Rubio arrives in Jeddah on Monday evening, the State Department said.", ["2025-03-31"]),
])
def test_a_schedule_told_in_a_sentence_stays_the_coming_day(tmp_path: Path, sentence: str, days: list[str]) -> None:
    assert _days(sentence, tmp_path) == days


@pytest.mark.parametrize(("sentence", "days"), [
    # main: 2025-03-21 / 2025-03-20 each, the day gone by
    ("Macron and Zelensky meet behind closed doors on Friday.", ["2025-03-28"]),  # "closed" is no verb
    ("Zelensky, whose plane lands in Jeddah on Thursday, has no plans to meet Russian officials.", ["2025-03-27"]),
    # the day may be the talks' ("for talks … on Thursday"), told in the present: undated (date_plans.py)
    ("Zelensky's team stays in Jeddah for talks with the Americans on Thursday.", []),
    ("The talks are held behind closed doors on Thursday.", []),  # a present passive: this Thursday or the last
])
def test_a_plan_in_the_present_is_not_the_day_gone_by(tmp_path: Path, sentence: str, days: list[str]) -> None:
    assert _days(sentence, tmp_path) == days


@pytest.mark.parametrize(("sentence", "days"), [
    ("Macron and Zelensky met behind closed doors on Friday.", ["2025-03-21"]),
    ("The talks were held behind closed doors on Thursday.", ["2025-03-20"]),
    ("Zelensky, whose plane landed in Jeddah on Thursday, has no plans to meet Russian officials.", ["2025-03-20"]),
])
def test_the_past_keeps_the_day_gone_by(tmp_path: Path, sentence: str, days: list[str]) -> None:
    assert _days(sentence, tmp_path) == days


@pytest.mark.parametrize(("sentence", "days"), [
    # main: 2025-04-01, the Tuesday after the day of writing
    ("Zelensky announced on Monday he would visit Paris on Tuesday.", ["2025-03-24", "2025-03-25"]),
    ("Zelensky told reporters on Monday that talks would begin on Tuesday.", ["2025-03-24", "2025-03-25"]),
    ("On Monday, Zelensky said he would visit Paris on Tuesday.", ["2025-03-25"]),
    # main: 2025-03-31 as well; later that Monday, or a week on? not known
    ("Zelensky announced on Monday he would meet Macron on Monday.", ["2025-03-24"]),
])
def test_what_someone_said_they_would_do_counts_from_the_day_they_said_it(tmp_path: Path, sentence: str,
                                                                          days: list[str]) -> None:
    assert _days(sentence, tmp_path) == days


@pytest.mark.parametrize(("sentence", "days"), [
    # a day fronted from a clause of its own dates no saying: the Tuesday is read from the day of writing
    ("Zelensky, who met Macron on Monday, said he would visit Paris on Tuesday.", ["2025-04-01"]),
    ("Zelensky said on Monday that he will travel to Paris on Tuesday.", ["2025-03-24"]),
])
def test_a_will_or_an_undated_saying_keeps_its_reading(tmp_path: Path, sentence: str, days: list[str]) -> None:
    assert _days(sentence, tmp_path) == days


@pytest.mark.parametrize(("sentence", "days"), [
    # main: 2025-03-29 alone (the arrival dated by the meeting's Saturday)
    ("Zelensky arrives in Washington on Friday and meets Trump on Saturday.", ["2025-03-28", "2025-03-29"]),
    ("Zelensky travels to Washington on Friday and meets Trump on Saturday.", ["2025-03-28", "2025-03-29"]),
])
def test_each_step_of_a_trip_has_its_day(tmp_path: Path, sentence: str, days: list[str]) -> None:
    assert _days(sentence, tmp_path) == days
