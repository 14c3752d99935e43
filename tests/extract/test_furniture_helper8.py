"""Site furniture on stories the rules were not written on (issue 10, 6 December, eighth session): a prompt to
turn on an outlet's notifications at the page's head, which had been taken for the headline. The page is
invented."""

from __future__ import annotations

from tests.helpers import marked_lines

PAGE = """\
Stay up to date with notifications from The Daily Example
Ferry talks end with a deal on fares

Jo Vella
Monday 03 March 2025 10:15 GMT

The two ministers signed the ferry agreement on Monday after a long day of talks, officials said, and both called it fair.
Get breaking news notifications on your phone
The agreement lowers fares from next year, and the port will stay open to every ship that calls there.
"""


def test_a_notifications_prompt_is_furniture_and_not_the_headline() -> None:
    marked = marked_lines(PAGE)
    assert marked["Stay up to date with notifications from The Daily Example"]
    assert marked["Get breaking news notifications on your phone"]
    assert not marked["Ferry talks end with a deal on fares"]  # the headline
