"""Dated events from the events33 helper (eighteenth session): a live page's day lines and relative stamps. A live
page prints its entries under time stamps ("14:05 GMT", "2h ago") with a day line between the days ("Wednesday,
12 March"); an entry's "yesterday" or "on Monday" was counted from the page's first date ("Published Monday, 10
March 2025"), so "flew to Moscow yesterday" under the Wednesday was dated 9 March, a wrong date that looked sourced.
Now each day line starts a part of the page dated that day, and an entry under a stamp counted back from the
unprinted moment of capture ("5h ago") is written from no known day: its relative dates date nothing, an explicit
date still does. Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import dated_titles, load_sources

_HEAD = "Talks live: envoys meet in Geneva\nPublished Monday, 10 March 2025\n\nLive updates\n\n"


def _days(tmp_path: Path, page: str) -> list[tuple[str, str]]:
    return dated_titles(load_sources(tmp_path, a=page))


def test_an_entrys_yesterday_counts_from_its_own_day_line(tmp_path: Path) -> None:
    page = _HEAD + ("Wednesday, 12 March\n\n14:05 GMT\nRubio met Yermak in Geneva on Tuesday, the State Department "
                    "said.\n\n09:30 GMT\nWitkoff flew to Moscow yesterday and met Putin.\n\nTuesday, 11 March\n\n"
                    "18:00 GMT\nZelensky met Macron in Paris on Sunday.\n")
    # main: Witkoff's flight 2025-03-09 (the day before the page's first date), Rubio's meeting 2025-03-04
    assert _days(tmp_path, page) == [("2025-03-09", "Zelensky met Macron"), ("2025-03-11", "Rubio met Yermak"),
                                     ("2025-03-11", "Witkoff flew to")]


def test_a_day_line_without_a_weekday_and_one_whose_weekday_does_not_fit(tmp_path: Path) -> None:
    page = _HEAD + ("March 13\n\n08:15 GMT\nWitkoff flew to Moscow yesterday and met Putin.\n\n"
                    "Friday, 12 March\n\n17:40 GMT\nRubio met Yermak in Geneva yesterday.\n")
    # main: both 2025-03-09. "Friday, 12 March" is no day of 2025: its entry is written from no known day
    assert _days(tmp_path, page) == [("2025-03-12", "Witkoff flew to")]


def test_an_entry_under_a_stamp_counted_from_capture_dates_nothing_relative(tmp_path: Path) -> None:
    page = _HEAD + ("2h ago\nMacron met Starmer in Lisbon on Monday.\n\n5h ago\nWitkoff flew to Moscow yesterday "
                    "and met Putin.\n\n7h ago\nZelensky met Macron in Paris on 8 March 2025.\n")
    # main: 2025-03-10 and 2025-03-09, counted from the page's first date
    assert _days(tmp_path, page) == [("2025-03-08", "Zelensky met Macron")]


def test_one_updated_stamp_under_a_byline_is_no_feed(tmp_path: Path) -> None:
    page = ("Envoys meet in Geneva\nPublished Monday, 10 March 2025\nUpdated 3 hours ago\n\n"
            "Witkoff flew to Moscow yesterday and met Putin.\n")
    assert _days(tmp_path, page) == [("2025-03-09", "Witkoff flew to")]


def test_clock_stamps_without_day_lines_keep_the_pages_date(tmp_path: Path) -> None:
    page = _HEAD + ("14:05 GMT\nRubio met Yermak in Geneva on Monday.\n\n09:30 GMT\nWitkoff flew to Moscow "
                    "yesterday and met Putin.\n")
    assert _days(tmp_path, page) == [("2025-03-09", "Witkoff flew to"), ("2025-03-10", "Rubio met Yermak")]


_FEED = ("Storm live: rivers rise across the valley\n\n"
         "Witkoff flew to Moscow yesterday and met Putin.\n\n"
         "Mara Quill14 July 2025 09:36\n"
         "Macron met Starmer in London on Sunday.\n\n"
         "Mara Quill13 July 2025 18:05\n"
         "Rubio met Yermak in Geneva yesterday.\n")


def test_entry_stamps_with_their_authors_name_run_in_date_the_entries_and_the_page(tmp_path: Path) -> None:
    briefing = load_sources(tmp_path, a=_FEED)
    # main: the page undated and nothing on the timeline. The entry above the first stamp is newer than it, from no
    # known day: its "yesterday" dates nothing
    assert briefing.sources[0].published.iso == "2025-07-14"
    assert dated_titles(briefing) == [("2025-07-12", "Rubio met Yermak"), ("2025-07-13", "Macron met Starmer")]


def test_a_byline_and_its_update_line_are_no_feed(tmp_path: Path) -> None:
    page = ("Envoys meet in Geneva\nPublished 10 March 2025 14:05\nUpdated 11 March 2025 09:00\n\n"
            "Witkoff flew to Moscow yesterday and met Putin.\n")
    assert _days(tmp_path, page) == [("2025-03-09", "Witkoff flew to")]


@pytest.mark.parametrize(("newer", "older"), [
    ("12 Mar 2025 14.05 GMT", "11 Mar 2025 18.00 GMT"),
    ("2:05 p.m. ET, March 12, 2025", "6:00 p.m. ET, March 11, 2025"),
    ("Wednesday 12 March 2025 | 14:05", "Tuesday 11 March 2025 | 18:00"),
])
def test_the_shapes_of_a_dated_entry_stamp(tmp_path: Path, newer: str, older: str) -> None:
    page = _HEAD + (f"{newer}\nWitkoff flew to Moscow yesterday and met Putin.\n\n"
                    f"{older}\nZelensky met Macron in Paris yesterday.\n")
    # main: both 2025-03-09, counted from the page's first date
    assert _days(tmp_path, page) == [("2025-03-10", "Zelensky met Macron"), ("2025-03-11", "Witkoff flew to")]


def test_a_sites_date_bar_is_no_day_line(tmp_path: Path) -> None:
    page = _HEAD + ("Thu, March 13, 2025\nWed, March 12, 2025\nTue, March 11, 2025\n\n"
                    "14:05 GMT\nWitkoff flew to Moscow yesterday and met Putin.\n\n09:30 GMT\nRubio met Yermak in Geneva.\n")
    assert _days(tmp_path, page) == [("2025-03-09", "Witkoff flew to")]


def test_an_updated_stamp_and_a_videos_length_are_no_feed(tmp_path: Path) -> None:
    page = ("Envoys meet in Geneva\nPublished Monday, 10 March 2025\nUpdated 3 hours ago\n\nWatch: the envoys arrive\n"
            "02:58\n\nWitkoff flew to Moscow yesterday and met Putin.\n")
    assert _days(tmp_path, page) == [("2025-03-09", "Witkoff flew to")]
