"""Printed dates a page's date missed: a day, a month's abbreviation and a year joined by hyphens, a wire dateline
with the day first, a date line with a view counter after its time; and the folder's year voted by a byline at a
page's foot. Pages written for these tests: the prose is invented."""

from __future__ import annotations

import pytest

from briefing.load.extract.metadata import extract_metadata, folder_year
from briefing.load.extract.printed_dates import date_clues

_STORY = ("The two delegations met for six hours on Tuesday and agreed to meet again within a fortnight, officials said.\n"
          "Neither side gave details of the proposals that were put on the table during the long afternoon of talks.\n")


def _published(text: str, corpus_year: int | None = None) -> str | None:
    meta = extract_metadata("a.txt", text, corpus_year)
    return meta.published.iso if meta.published is not None else None


@pytest.mark.parametrize("line", ["29-Dec-2024", "Published: 29-Dec-2024", "Dec-29-2024 10:41 AM",
                                  "By Jane Roe | Dec-29-2024"])
def test_a_date_joined_by_hyphens_dates_the_page(line: str) -> None:
    """"29-Dec-2024" under the headline (alone, after "Published", with its time, after the author) was no date."""
    assert _published(f"Talks resume in the capital\n{line}\n\n{_STORY}") == "2024-12-29"


@pytest.mark.parametrize("line", ["SEOUL, 29th December, 2024 (WAM) -- ", "SEOUL, 29 December 2024 (WAM) - ",
                                  "Kyiv, 3rd March, 2025 -- "])
def test_a_wire_dateline_with_the_day_first_dates_the_page(line: str) -> None:
    """A wire's dateline with an ordinal day, commas and a double dash was no date: the page was undated."""
    expected = "2025-03-03" if "March" in line else "2024-12-29"
    assert _published(f"Talks resume in the capital\n\n{line}{_STORY}") == expected


@pytest.mark.parametrize("line", ["12.03.2025 14:05 ● 1 532", "March 12, 2025 10:41 AM 2,391 views"])
def test_a_date_line_with_a_counter_after_its_time_dates_the_page(line: str) -> None:
    """A view counter after the time made the header line no date line; the clue ends with the time."""
    meta = extract_metadata("a.txt", f"Talks resume in the capital\n{line}\n\n{_STORY}", None)
    assert meta.published is not None and meta.published.iso == "2025-03-12"
    assert meta.published_evidence[0].text in ("12.03.2025 14:05", "March 12, 2025 10:41 AM")


@pytest.mark.parametrize("line", ["Final score 29-12", "Call +44 20 7946 0958", "Seasons 2024-2025",
                                  "Part no. DEC-29-20245", "March 12, 2025 2,391", "Budget 12-30 2025 1 532 views"])
def test_numbers_that_are_no_date_line_date_nothing(line: str) -> None:
    """A score, a phone number, a range of years, a product code, a number after a date without a time."""
    assert _published(f"Talks resume in the capital\n{line}\n\n{_STORY}") is None


def test_a_byline_at_a_pages_foot_does_not_vote_for_the_folders_year() -> None:
    """A page dated above its story in 2025 and printing an old byline twice at its foot voted 2024 for the
    folder's year, and a yearless wire dateline in the folder was dated a year early."""
    footed = (f"Talks resume in the capital\nMarch 3, 2025\n\n{_STORY}\nMore from this author\n"
              "Published: 4 May 2024\nPublished: 9 May 2024\n")
    wire = f"Talks resume\n\nKYIV, March 5 (Reuters) - {_STORY}"
    year = folder_year([date_clues(footed), date_clues(wire)])
    assert year == 2025
    assert _published(wire, year) == "2025-03-05"
    assert _published(footed) == "2025-03-03"


def test_a_date_at_the_foot_of_a_page_with_none_above_still_votes() -> None:
    """With nothing above the story, the page's only dates are at its foot and still give its year."""
    footed = f"Talks resume in the capital\n\n{_STORY}\nPublished: 4 May 2024\nUpdated: 9 May 2025\n"
    assert folder_year([date_clues(footed), date_clues(f"Talks\n\n{_STORY}\nPublished: 2 May 2024\n")]) == 2024
