"""A live page's chrome (issue 10, 7 December, thirteenth session, people23): numbered skip links and "Skip next
section …", a link alone on its line, a section run into its topic ("PoliticsEurope"), the page's note that it is
closed, authors joined by a bar with the desk's word, and a caption of a participle and its day. The page is
invented."""

from __future__ import annotations

from helpers import marked_lines

PAGE = """Today : May 07, 2026
1. Skip to main content
  2. Skip to the site menu
  3. Skip to other Example pages
PoliticsEurope

Parliament backs the spending plan

Published May 6, 2026

https://ex.example.com/p/7qwZk
Anna Berg addressing the chamber on May 6, 2026
Anna Berg speaking to parliament on May 6, 2026
Skip next section Berg hails a turning point
This live page on the budget vote is now closed. Thank you for following along.

Berg hails a turning point

Jo Roe | Sam Doe Editor

Finance Minister Anna Berg, speaking to parliament on May 6, 2026, said the vote was a turning point for the country.

The package passed by a wide margin after a long night of debate in the chamber.
"""

FURNITURE = ["Today : May 07, 2026", "1. Skip to main content", "2. Skip to the site menu",
             "3. Skip to other Example pages", "PoliticsEurope",
             "https://ex.example.com/p/7qwZk", "Anna Berg addressing the chamber on May 6, 2026",
             "Anna Berg speaking to parliament on May 6, 2026",
             "Skip next section Berg hails a turning point",
             "This live page on the budget vote is now closed. Thank you for following along.",
             "Jo Roe | Sam Doe Editor"]
STORY = ["Parliament backs the spending plan", "Berg hails a turning point",
         "Finance Minister Anna Berg, speaking to parliament on May 6, 2026, said the vote was a turning point for "
         "the country.",
         "The package passed by a wide margin after a long night of debate in the chamber."]


def test_a_live_pages_chrome_is_furniture() -> None:
    marked = marked_lines(PAGE)
    assert [line for line in FURNITURE if not marked[line]] == []


def test_the_story_around_it_is_not() -> None:
    # (a participle after the name's comma is the story's sentence, not a caption)
    marked = marked_lines(PAGE)
    assert [line for line in STORY if marked[line]] == []
