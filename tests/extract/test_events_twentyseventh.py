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


# A ruling body's decision and a candidate's filing: "annulled", "barred", "overturned", "disqualified", "submitted his
# candidacy" were no event verbs, so a dated page's sentence telling of them was no event (missed, never wrong).
@pytest.mark.parametrize(("sentence", "days"), [
    ("Romania's electoral bureau on Sunday barred the nationalist from the race.", ["2025-03-09"]),
    ("Romania's top court annulled the first round on December 6.", ["2024-12-06"]),
    ("Romania's top court overturned the ban on Tuesday.", ["2025-03-04"]),
    ("Moldova's election board disqualified the tycoon's party on Friday.", ["2025-03-07"]),
    ("Romania's nationalist leader submitted his candidacy on Friday, March 7.", ["2025-03-07"]),
])
def test_a_ruling_bodys_decision_is_an_event(tmp_path: Path, sentence: str, days: list[str]) -> None:
    assert _days(_MARCH.format(sentence), tmp_path) == days


def test_the_election_a_candidacy_is_for_does_not_date_the_rejection(tmp_path: Path) -> None:
    """Main dated the refusal to the election's month (2025-06)."""
    sentence = "Romania's electoral bureau rejected her bid for the upcoming parliamentary vote in June."
    assert _days(_MARCH.format(sentence), tmp_path) == []


_SEPTEMBER = "Capital letters\nPublished September 15, 2025\n\n{}\nA small crowd waited by the gates until dusk.\n"


@pytest.mark.parametrize(("text", "days"), [
    # no day of writing: "on Sunday" cannot be placed
    (_UNDATED.format("Romania's electoral bureau on Sunday barred the nationalist from the race."), []),
    # a participle before its noun is no act
    (_MARCH.format("Romania's top court heard the banned party's lawyers on Tuesday."), []),
    (_MARCH.format("Romania's top court reviewed last year's annulled ballot on Tuesday."), []),
    # the rejection's own day, with the election's month after it
    (_MARCH.format("Romania's electoral bureau rejected his candidacy on Sunday for the presidential election in "
                   "May."), ["2025-03-09"]),
    # the election's own act keeps its month
    (_SEPTEMBER.format("Romania held its presidential election in May."), ["2025-05"]),
])
def test_ruling_guards(tmp_path: Path, text: str, days: list[str]) -> None:
    assert _days(text, tmp_path) == days
