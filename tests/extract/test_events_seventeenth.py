"""Dated events on unseen text, twelfth session's events17 (issue 10): a page stamp that prints its month only
("date 2025-04", "Published: Apr 2025", "April 2025" over the story) dates the source to that month, never to a
day: a month-day or "in March" takes its year from it, a weekday stays undated. The articles are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import dated_titles, load_sources

_BODY = ("Marco Rubio met Sergei Lavrov in Riyadh on Tuesday to discuss the embassies. Vladimir Putin signed a "
         "decree on March 19 after weeks of argument. Volodymyr Zelensky visited Paris in March. Keir Starmer "
         "visited Kyiv in December.\n")


@pytest.mark.parametrize("stamp", ["date 2025-04 Talks stall again\n\n", "Talks stall again\nPublished: Apr 2025\n\n",
                                   "Talks stall again\n\nApril 2025\n\n"])
def test_a_month_only_stamp_dates_the_source_to_its_month(tmp_path: Path, stamp: str) -> None:
    briefing = load_sources(tmp_path, a=stamp + _BODY)
    (source,) = briefing.sources
    assert source.published is not None and source.published.iso == "2025-04"
    assert dated_titles(briefing) == [("2024-12", "Keir Starmer visited"), ("2025-03", "Volodymyr Zelensky visited"),
                                      ("2025-03-19", "Vladimir Putin signed")]  # the weekday's meeting: undated


def test_a_day_printed_elsewhere_beats_a_month_only_stamp(tmp_path: Path) -> None:
    text = "date 2025-04 Talks stall again\nPublished April 11, 2025\n\n" + _BODY
    (source,) = load_sources(tmp_path, a=text).sources
    assert source.published is not None and source.published.iso == "2025-04-11"


def test_a_month_heading_under_the_story_is_no_stamp(tmp_path: Path) -> None:
    text = ("Talks diary\n\nThe envoys kept talking through the spring without any result that either side "
            "would accept.\n\nApril 2025\n\n" + _BODY)
    (source,) = load_sources(tmp_path, a=text).sources
    assert source.published is None


_DATED = "Hill fires\nPublished January 15, 2025\n\n{}\n"


@pytest.mark.parametrize(("sentence", "iso"), [
    ("RIVERTON (AP) — A grass fire broke out early Tuesday, January 7, 2025, near the reservoir, forcing the "
     "evacuation of two villages.", "2025-01-07"),
    ("Tuesday's wind-driven wildfire in the canyon destroyed nine barns and a chapel.", "2025-01-14"),
    ("The blaze tore through the orchards on Sunday before crews could reach it.", "2025-01-12"),
])
def test_a_fire_after_a_wire_dateline_or_as_the_subject_of_its_act(tmp_path: Path, sentence: str, iso: str) -> None:
    assert [day for day, _title in dated_titles(load_sources(tmp_path, a=_DATED.format(sentence)))] == [iso]


def test_a_fire_that_is_forecast_or_only_reported_dates_nothing(tmp_path: Path) -> None:
    text = _DATED.format("The fire could destroy more homes on Friday. The fire destroyed a school, officials said "
                         "on Monday. The ceasefire destroyed nothing on Sunday.")
    assert dated_titles(load_sources(tmp_path, a=text)) == []
