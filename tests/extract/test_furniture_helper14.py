"""Site furniture on stories the rules were not written on (issue 10, 6 December, tenth session, people14): an
app-store strip at the top of a page ("Mobile App", "Download", "apple android", "Listen to live radio"); a date
line whose date a script never filled in ("Published Loading..."). The pages are invented."""

from __future__ import annotations

from tests.helpers import marked_lines

HEADLINE = "Island council passes the new harbour budget after a long night of debate"
STORY = ("The island council approved the new harbour budget on Tuesday after a long debate, and the mayor said "
         "the works would start in spring.")
STORY2 = "Fishermen welcomed the vote and asked for a second pier before the summer season begins."


def test_an_app_store_strip_is_furniture() -> None:
    strip = ["Mobile App", "Download", "apple android", "Listen to live radio", "App Store / Google Play"]
    page = "\n".join(strip) + "\n\nMarch 3, 2026 9:10 AM\n\n" + HEADLINE + "\n\n" + STORY + "\n\n" + STORY2 + "\n"
    marked = marked_lines(page)
    assert all(marked[line] for line in strip)
    assert not marked[HEADLINE] and not marked[STORY] and not marked[STORY2]


def test_a_date_line_still_loading_is_furniture() -> None:
    marked = marked_lines(HEADLINE + "\nPublished Loading...\n" + STORY + "\n" + STORY2 + "\n")
    assert marked["Published Loading..."] and not marked[HEADLINE] and not marked[STORY]
