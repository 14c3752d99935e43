"""Dated events and page dates on unseen text, thirteenth session's events25 (issue 10): a windstorm named by its
common noun ("the tornado", "a twister", "the storms") as the subject of its own act is an event of that day with no
actor, also after an appositive, its own weekday, or an opening phrase that ends with a full date; a forecast and a
later report's day stay no event. A capitals dateline whose date and time are in brackets dates the page. The
articles are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import dated_titles, load_sources

from briefing.load.extract.metadata import extract_metadata

_DATED = "Prairie bulletin\nPublished April 3, 2025\n\n{}\n"  # (a Thursday)


@pytest.mark.parametrize(("sentence", "iso"), [
    ("A violent EF-3 tornado tore through the grain town of Millbrook on Tuesday, flattening two silos.",
     "2025-04-01"),
    ("The twister, one arm of a long line of cells, struck the fairground at 9:40 PM on Tuesday.", "2025-04-01"),
    ("The storms Tuesday evening ripped through three counties and left the river road blocked.", "2025-04-01"),
    ("Late on Monday, March 31, 2025, a powerful tornado touched down west of the water tower.", "2025-03-31"),
])
def test_a_windstorm_is_dated(tmp_path: Path, sentence: str, iso: str) -> None:
    assert [day for day, _t in dated_titles(load_sources(tmp_path, a=_DATED.format(sentence)))] == [iso]


@pytest.mark.parametrize("sentence", [
    "A second tornado is expected to hit the valley on Friday, forecasters warned.",   # a forecast
    "The tornado struck without warning, county officials said on Tuesday.",           # the day is the report's
    "A storm of complaints greeted the new toll on Tuesday.",                           # no windstorm's act
])
def test_a_windstorm_guards(tmp_path: Path, sentence: str) -> None:
    assert dated_titles(load_sources(tmp_path, a=_DATED.format(sentence))) == []


_STORY = ("Crews spent the night clearing fallen poles from the main road, and the school stayed shut for the week.\n"
          "Volunteers set up a shelter in the church hall, where about forty families slept on camp beds.\n")


@pytest.mark.parametrize(("line", "iso"), [
    ("MILLBROOK, KS (April 3, 2025, 6:15 AM CDT) – ", "2025-04-03"),
    ("MILLBROOK (3 April 2025, 06:15 CDT) -- ", "2025-04-03"),
])
def test_a_dateline_with_its_date_and_time_in_brackets_dates_the_page(line: str, iso: str) -> None:
    """The page was undated: the bracket after the place was no dateline shape."""
    meta = extract_metadata("a.txt", f"Storm clean-up begins\n\n{line}{_STORY}", None)
    assert meta.published is not None and meta.published.iso == iso


def test_a_bracketed_date_in_prose_dates_no_page() -> None:
    meta = extract_metadata("a.txt", f"Storm clean-up begins\n\n{_STORY}The fund (April 3, 2025) - a start.\n", None)
    assert meta.published is None


@pytest.mark.parametrize("line", ["Metro Desk April 3, 2025", "Staff Writer 3 April 2025 08:10",
                                  "Our Correspondent April 3, 2025 8:10 AM"])
def test_a_desks_credit_and_its_date_date_the_page(line: str) -> None:
    """A credit line with no "By" before it and the date after it left the page undated."""
    meta = extract_metadata("a.txt", f"Storm clean-up begins\n{line}\n\n{_STORY}", None)
    assert meta.published is not None and meta.published.iso == "2025-04-03"


def test_a_headline_ending_with_a_date_is_no_credit() -> None:
    meta = extract_metadata("a.txt", f"Storm Clean-Up Begins April 3, 2025\n\n{_STORY}", None)
    assert meta.published is None
