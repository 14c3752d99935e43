"""Dated events on unseen text, tenth session's events13 (issue 10): "overnight" on a dated page is the night that
ended on its day; unrest that "turned deadly" on a day is an event with no actor. The articles are invented."""

from __future__ import annotations

from pathlib import Path

from helpers import events_on, load_sources


def test_overnight_on_a_dated_page_is_the_night_before_its_day(tmp_path: Path) -> None:
    text = ("Grid hit again\nPublished 11 November 2025\n\n"
            "Russia launched forty drones at the power stations of Kharkiv overnight, the regional governor said.\n\n"
            "Repair crews were sent out at dawn.\n")
    briefing = load_sources(tmp_path, a=text)
    assert len(events_on(briefing, "2025-11-11")) == 1
    assert all(e.date.iso == "2025-11-11" for e in briefing.events if e.origin == "auto")


def test_overnight_beside_a_named_day_takes_that_day(tmp_path: Path) -> None:
    text = ("Grid hit again\nPublished 13 November 2025\n\n"
            "Russia launched forty drones at the power stations of Kharkiv overnight on Tuesday, the governor said.\n")
    briefing = load_sources(tmp_path, a=text)
    assert events_on(briefing, "2025-11-11") and not events_on(briefing, "2025-11-13")


def test_overnight_after_an_earlier_day_told_is_not_the_page_s_day(tmp_path: Path) -> None:
    text = ("A week of strikes\nPublished 20 November 2025\n\n"
            "Russia attacked the village on November 3 with artillery and drones.\n\n"
            "Overnight, Russia launched drones at the depots near the village.\n")
    briefing = load_sources(tmp_path, a=text)
    assert events_on(briefing, "2025-11-03")  # the day told, kept
    assert not events_on(briefing, "2025-11-20")  # that night is not the night before the day of writing


def test_unrest_that_turned_deadly_on_a_day_is_an_event_without_an_actor(tmp_path: Path) -> None:
    text = ("Protests spread\nPublished 3 October 2025\n\n"
            "The unrest turned deadly on Wednesday night in a small town near the coast.\n")
    deadly = events_on(load_sources(tmp_path, a=text), "2025-10-01")
    assert len(deadly) == 1 and deadly[0].actors == ()


def test_overnight_under_a_scrape_stamp_is_left_undated(tmp_path: Path) -> None:
    text = ("date 2025-11-11 Grid hit again\n\n"
            "Russia launched forty drones at the power stations of Kharkiv overnight, the regional governor said.\n")
    briefing = load_sources(tmp_path, a=text)  # a stamp may be a day behind the page's own day: which night is unsure
    assert not [e for e in briefing.events if e.origin == "auto"]
