"""A weekday after a word of what may happen ("could sign it as early as Friday", "talks might resume on
Monday", "as soon as Thursday") is not put on the weekday gone by. Main read such a sentence by its finite verb in
the past ("has agreed … and may sign it as early as Friday") and dated the agreement to the Friday before the
page. The day may be the coming one, or the last one of a "could" told of the past ("said they could meet on
Monday"): the weekday stays undated. The articles are invented (sixteenth session, the lead's minerals set)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import dated_titles, load_sources

# Tuesday 25 February 2025
_PAGE = "Harbour notes\nPublished Tuesday, February 25, 2025\n\n{}\nThe ferry left on time in the rain.\n"


def _days(sentence: str, tmp_path: Path) -> list[str]:
    return sorted({day for day, _t in dated_titles(load_sources(tmp_path, a=_PAGE.format(sentence)))})


@pytest.mark.parametrize("sentence", [
    # main: 2025-02-21, the Friday before the page
    "Moldova has agreed the terms of a grain deal with Romania and may sign it as early as Friday.",
    "Moldova and Romania have settled the grain dispute, and talks might resume on Friday in Chisinau.",
    "Moldova approved the grain deal, which may be signed on Friday, officials said.",
    "Romania's envoy said the two sides could meet on Monday to settle the grain dispute.",
])
def test_a_day_of_what_may_happen_is_not_the_day_gone_by(tmp_path: Path, sentence: str) -> None:
    assert _days(sentence, tmp_path) == []


@pytest.mark.parametrize(("sentence", "days"), [
    # the day belongs to a verb in the past right before it, whatever "could" came earlier
    ("Moldova, which could not wait any longer, signed the grain deal on Friday.", ["2025-02-21"]),
    # a modal after the date does not move it
    ("Moldova signed the grain deal on Monday and could ratify it within weeks.", ["2025-02-24"]),
    # "May" the month is no modal
    ("Moldova signed the grain deal on Monday, ahead of elections in May.", ["2025-02-24"]),
    # a plan keeps its coming day
    ("Moldova will sign the grain deal on Friday.", ["2025-02-28"]),
    ("Moldova accepted the grain deal and will meet Romanian officials as soon as Thursday.", ["2025-02-27"]),
])
def test_modal_guards(tmp_path: Path, sentence: str, days: list[str]) -> None:
    assert _days(sentence, tmp_path) == days
