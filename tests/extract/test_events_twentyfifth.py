"""Dated events on unseen text, thirteenth session's events25 (issue 10): a windstorm named by its
common noun ("the tornado", "a twister", "the storms") as the subject of its own act is an event of that day with no
actor, also after an appositive, its own weekday, or an opening phrase that ends with a full date; a forecast and a
later report's day stay no event. The articles are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import dated_titles, load_sources

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

