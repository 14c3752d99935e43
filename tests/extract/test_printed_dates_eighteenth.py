"""A page's date is what it prints above its story, not a date at its foot (among tags, counters, related items);
pages written for these tests: the prose is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.load import load_briefing

_STORY = ("Marco Rubio met Sergey Lavrov early on Friday in Riyadh to prepare a second round of talks, officials said.\n"
          "Both delegations described the meeting as useful and agreed to meet again within a few weeks at most.\n"
          "Neither side gave details of the proposals that were put on the table during the four hours of talks.\n")


def _load(tmp_path: Path, text: str):
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(text, encoding="utf-8")
    return load_briefing(tmp_path, use_cache=False)


@pytest.mark.parametrize("date_line", ["Thursday, 27 March 2025 06:48 PM EDT ET", "27 March 2025, 19:09 CET / UTC+1"])
def test_a_header_date_line_beats_an_iso_date_at_the_pages_foot(tmp_path: Path, date_line: str) -> None:
    """The header line (two zone names after its time) was not read and the footer's ISO date dated the page six
    months late, and "early on Friday" with it."""
    briefing = _load(tmp_path, f"Talks in Riyadh\n{date_line}\n\n{_STORY}\nTags: talks, Riyadh\nShare 12 Comments 3\n"
                               "2025-09-27\n")
    source = briefing.sources[0]
    assert source.published is not None and source.published.iso == "2025-03-27"
    # Under a Thursday evening's timestamp, "early on Friday" is the next day in another time zone as often as last
    # week's Friday (the page this class was found on meant the next day): undated, not six days back.
    assert [e.date.iso for e in briefing.events if e.date is not None] == []


def test_an_iso_date_at_the_foot_of_an_undated_page_dates_nothing(tmp_path: Path) -> None:
    """With no date above the story, the footer's date was taken for the page's stamp: undated is right."""
    briefing = _load(tmp_path, f"Talks in Riyadh\n\n{_STORY}\nRelated\nShare 12\n2025-09-27\n")
    assert briefing.sources[0].published is None
    assert [e.date for e in briefing.events if e.date is not None] == []


@pytest.mark.parametrize(("head", "foot"), [("27 March 2025", "Published: September 27, 2025"),
                                           ("27 March 2025", "Posted September 27, 2025 by the web desk"),
                                           ("Published: 27 March 2025", "Published: September 27, 2025")])
def test_a_byline_under_the_story_does_not_outrank_the_date_above_it(tmp_path: Path, head: str, foot: str) -> None:
    """A byline at the foot outranked the header's date, or began a second part of the page (the later part's date
    dating the page)."""
    more = "The talks are expected to resume after the holiday, when both teams return with new instructions.\n"
    briefing = _load(tmp_path, f"Talks in Riyadh\n{head}\n\n{_STORY}{more}\n{foot}\n")
    source = briefing.sources[0]
    assert source.published is not None and source.published.iso == "2025-03-27"


def test_a_stamp_above_the_story_still_dates_it(tmp_path: Path) -> None:
    """(Kept:) an ISO date alone on its line above the story is the page's stamp, a standfirst above it or not."""
    briefing = _load(tmp_path, "Talks in Riyadh\nThe two sides are to meet again within a few weeks, officials on "
                               "both sides said.\n2025-03-27\n\n" + _STORY)
    source = briefing.sources[0]
    assert source.published is not None and source.published.iso == "2025-03-27"


@pytest.mark.parametrize(("line", "iso"), [("Jo K.  |  5:45 PM on January 01, 2025", "2025-01-01"),
                                           ("in January 2, 2025 at 07:15 AM EST", "2025-01-02"),
                                           ("On 2 January 2025", "2025-01-02")])
def test_an_authors_line_with_its_time_first_and_a_date_line_after_a_preposition_date_the_page(
        tmp_path: Path, line: str, iso: str) -> None:
    """"Name | time on date" (an initial in the name) and "in/on date at time" over a story were not read: undated,
    its weekdays with it."""
    briefing = _load(tmp_path, f"Talks in Riyadh\n{line}\n\n{_STORY}")
    source = briefing.sources[0]
    assert source.published is not None and source.published.iso == iso
