"""Publication dates from the lead's blind sets of the seventh session, on pages written for these tests: the prose
is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.load import load_briefing


@pytest.mark.parametrize("line", ["03/14/2025 / By Lena Marsh", "14 March 2025 | By Lena Marsh"])
def test_a_date_then_a_separator_and_the_author_dates_the_page_and_is_no_headline(tmp_path: Path, line: str) -> None:
    """"MM/DD/YYYY / By Name" as a page's first line: the page was undated (so "on March 12" had no year and the
    event was lost) and the line was taken for the headline."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(
        f"{line}\nMarco Rubio met Sergey Lavrov on March 12 to prepare a second round of talks.\n", encoding="utf-8")
    briefing = load_briefing(tmp_path, use_cache=False)
    source = briefing.sources[0]
    assert source.published is not None and source.published.iso == "2025-03-14"
    assert source.headline.startswith("Marco Rubio met")
    assert [e.date.iso for e in briefing.events if e.date is not None] == ["2025-03-12"]
