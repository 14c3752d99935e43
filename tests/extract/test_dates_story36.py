"""Publication-date class of the "story36" helper (issue 10, fourteenth session), on header lines written for these
tests: a header's date line with a share bar left dangling after it ("Mar 6, 2025  |  ") dates the page; a
date with a bar and more prose after it still does not."""

from __future__ import annotations

import pytest

from briefing.load.extract.metadata import extract_metadata

HEAD = "Envoy calls the freeze a wake-up call\n"
BODY = "\n\nWASHINGTON -- The envoy told a forum on Thursday that the freeze would end soon.\n"


@pytest.mark.parametrize(("line", "day"), [
    ("Mar 6, 2025  |  ", "2025-03-06"),  # main: undated
    ("6 March 2025 |", "2025-03-06"),  # main: undated
    ("Mar 6, 2025 | the freeze will end soon, he said", None),  # guard, as on main: a bar with prose after it
])
def test_a_date_line_with_a_dangling_bar_dates_the_page(line: str, day: str | None) -> None:
    meta = extract_metadata("page.txt", HEAD + line + "\nSHARE\n" + BODY, corpus_year=None)
    assert (meta.published.iso if meta.published is not None else None) == day
