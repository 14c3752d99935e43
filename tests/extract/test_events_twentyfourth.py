"""Dated events on unseen text, thirteenth session's events24 (issue 10): natural events as things. A volcano
shown to be one ("Mount …", "… volcano", "the volcano") as the subject of its eruption, an eruption that "began" on
a day, and a quake "felt" or "recorded" on a day are events of that day with no actor; a bare name that erupts, a
forecast, and a day that is a later report's stay no event. The articles are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import dated_titles, load_sources

_DATED = "Valley bulletin\nPublished April 3, 2025\n\n{}\n"  # (a Thursday)


@pytest.mark.parametrize(("sentence", "iso"), [
    ("Mount Skarvik erupted on Tuesday, April 1st, dusting the sheep farms with grey grit.", "2025-04-01"),
    ("Norland's Mount Skarvik, the valley's most restless peak, erupted violently early on Tuesday.", "2025-04-01"),
    ("The Skarvik volcano in Norland began erupting on Monday after a week of small jolts.", "2025-03-31"),
    ("An eruption began on 30 March 2025 along a fissure north of the harbour.", "2025-03-30"),
    ("A magnitude-4.9 tremor was felt as far as the port on Sunday.", "2025-03-30"),
    ("Two sharp tremors off the cape were recorded on Monday, according to the survey office.", "2025-03-31"),
])
def test_a_natural_event_is_dated(tmp_path: Path, sentence: str, iso: str) -> None:
    assert [day for day, _t in dated_titles(load_sources(tmp_path, a=_DATED.format(sentence)))] == [iso]


@pytest.mark.parametrize("sentence", [
    "Skarvik erupted on Tuesday, and the farms lost their hay.",       # a bare name: no volcano the text shows
    "Mount Skarvik is expected to erupt again on Friday.",              # a forecast
    "Mount Skarvik erupted, geologists said on Tuesday.",               # the day is the report's
    "The tremor was recorded at noon, the survey office said on Monday.",
    "A larger quake is possible on Monday, the survey office warned.",
])
def test_a_natural_event_guards(tmp_path: Path, sentence: str) -> None:
    assert dated_titles(load_sources(tmp_path, a=_DATED.format(sentence))) == []
