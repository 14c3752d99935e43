"""Site furniture on stories the rules were not written on (issue 10, 7 December, eleventh session, people17): a
wire service's "FILE - …" caption of a file photo, an ISO date line with its update time, a helpline note under
a story on a death, and "This is a breaking news story …" inside the last paragraph. The pages are invented."""

from __future__ import annotations

import pytest

from briefing.load.extract.boilerplate import find_regions
from tests.helpers import marked_lines

HEADLINE = "Island council passes the new harbour budget after a long night of debate"
LEAD = ("HARBOURTOWN - In a late vote on Tuesday, the island council approved the new harbour budget after a long "
        "debate, and the mayor said the works would start in spring.")
STORY2 = "Fishermen welcomed the vote and asked for a second pier before the summer season begins."


@pytest.mark.parametrize("furniture", [
    "FILE - The old quay at Harbourtown stands empty at low tide, March 3, 2021, on the north shore. The council "
    "said Tuesday the works would begin in spring.",
    "If you or someone you know needs support, the island crisis line can help at any hour.",
])
def test_a_file_caption_a_date_line_and_a_helpline_note_are_furniture(furniture: str) -> None:
    marked = marked_lines("\n\n".join([HEADLINE, LEAD, furniture, STORY2]) + "\n")
    assert marked[furniture] and not marked[LEAD] and not marked[STORY2]


def test_an_iso_date_line_with_its_update_under_the_headline_is_furniture() -> None:
    date = "2024-03-14 09:12 Last Updated At:09:40"
    marked = marked_lines("\n\n".join([HEADLINE, date, LEAD, STORY2]) + "\n")
    assert marked[date] and not marked[LEAD]


def test_a_breaking_news_note_inside_a_paragraph_is_furniture_alone() -> None:
    last = "The harbour master said the pier would wait. This is a breaking news story, and more will follow."
    page = "\n\n".join([HEADLINE, LEAD, last]) + "\n"
    at = page.index("This is a breaking")
    regions = find_regions(page)
    assert any(r.start <= at and page.index("follow.") < r.end for r in regions)
    assert not any(r.start <= page.index("The harbour master") < r.end for r in regions)
