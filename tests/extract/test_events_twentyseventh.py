"""Dated events on unseen text, fourteenth session's events27 (issue 10). A plan told in the past ("the run-off
was to be held in December", "a second round was scheduled to be held in November", "were expected to meet in
December") looks forward from a day gone by, not from the day of writing: its month takes the nearer year, not
the next one (main put a ballot voided last winter in the coming December), and its weekday stays undated (main
read "was to be held on Sunday" as the coming Sunday). The articles are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import dated_titles, load_sources

_MARCH = "Capital letters\nPublished March 10, 2025\n\n{}\nA small crowd waited by the gates until dusk.\n"
_UNDATED = "Capital letters\n\n{}\nA small crowd waited by the gates until dusk.\n"


def _days(text: str, tmp_path: Path) -> list[str]:
    return [day for day, _t in dated_titles(load_sources(tmp_path, a=text))]


@pytest.mark.parametrize(("sentence", "days"), [
    ("Romania's top court voided the ballot shortly before the run-off was to be held in December.", ["2024-12"]),
    ("Moldova's electoral board scrapped the count weeks before a second round was scheduled to be held in "
     "November.", ["2024-11"]),
    ("Ukraine and Russia were expected to meet in Istanbul in December, but the talks fell through.", ["2024-12"]),
])
def test_a_plan_told_in_the_past_takes_the_nearer_year(tmp_path: Path, sentence: str, days: list[str]) -> None:
    """Main dated each a year ahead (2025-12, 2025-11): the coming month, as if the plan were still ahead."""
    assert _days(_MARCH.format(sentence), tmp_path) == days


def test_a_past_plans_weekday_is_not_the_coming_one(tmp_path: Path) -> None:
    """On a Monday page, main dated it to the coming Sunday (2025-03-16), after the page's own day."""
    sentence = "Romania's top court voided the ballot two days before the run-off was to be held on Sunday."
    assert _days(_MARCH.format(sentence), tmp_path) == []


@pytest.mark.parametrize(("text", "days"), [
    # a plan still ahead: the nearer month is the coming one, as before
    (_MARCH.format("Romania's government scrapped talks that were scheduled to be held in May."), ["2025-05"]),
    (_MARCH.format("Ukraine and Russia are expected to meet in Istanbul in December."), ["2025-12"]),
    # no day of writing: no year to take
    (_UNDATED.format("Romania's top court voided the ballot shortly before the run-off was to be held in "
                     "December."), []),
])
def test_plan_guards(tmp_path: Path, text: str, days: list[str]) -> None:
    assert _days(text, tmp_path) == days
