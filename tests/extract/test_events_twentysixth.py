"""Dated events on unseen text, fourteenth session's events26 (issue 10): a sentence that opens with a clause of time
("After escaping to Lisbon in November 2024, …", "Having quit the island in March 2025, …", "Following his
detention in January 2025, …") and whose main clause names a day of its own tells of the main clause's act: the
opening's date is not that act's. On a page that cannot resolve the main clause's day the act stays undated (main
dated it the opening's month); on a dated page it takes its own day. A main clause with no day of its own keeps
the opening's. A thing's start or bound ("a strike starting Friday", "beginning Thursday", "effective Saturday",
"as of Friday", "until Friday", "by Friday") is no day of the act that calls for it. The articles are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import dated_titles, load_sources

_UNDATED = "Harbour notes\n\n{}\nVolunteers set up a shelter in the church hall for the families.\n"
_DATED = "Harbour news\nPublished April 3, 2025\n\n{}\nVolunteers set up a shelter in the church hall for the families.\n"


def _days(text: str, tmp_path: Path) -> list[str]:
    return [day for day, _t in dated_titles(load_sources(tmp_path, a=text))]


@pytest.mark.parametrize("sentence", [
    "After escaping to Lisbon in early November 2024 amid threats, union chief Tomas Varela returned last Friday "
    "to cheering crowds.",
    "Having quit the island in March 2025, union chief Tomas Varela landed back in the capital on Monday.",
    "Following his detention in January 2025, union chief Tomas Varela resigned from the board on Tuesday.",
    "When dockers blocked the harbour in May 2024, union chief Tomas Varela was arrested on a Sunday.",
])
def test_an_openings_date_is_not_the_main_acts(tmp_path: Path, sentence: str) -> None:
    """The page prints no date: "last Friday" / "on Monday" cannot be placed, so the act is undated (main showed
    it in the opening's month)."""
    assert _days(_UNDATED.format(sentence), tmp_path) == []


def test_the_main_clauses_own_day_dates_its_act(tmp_path: Path) -> None:
    """Main dated the saying to the talks' Monday only."""
    sentence = "After talks with the mayor on Monday, Emmanuel Macron said on Tuesday that the strike had to end."
    assert "2025-04-01" in _days(_DATED.format(sentence), tmp_path)


@pytest.mark.parametrize(("text", "days"), [
    # no day in the main clause: the opening's day stays
    (_UNDATED.format("After escaping to Lisbon on 4 November 2024, union chief Tomas Varela spoke to his members by "
                     "video link."), ["2024-11-04"]),
    (_DATED.format("After talks with the mayor on Monday, Emmanuel Macron met Keir Starmer."), ["2025-03-31"]),
    (_UNDATED.format("Once the port strike ended in June 2024, Emmanuel Macron met Keir Starmer."), ["2024-06"]),
    # the main clause's day, as before
    (_DATED.format("Days after dockers blocked the harbour on March 28, Emmanuel Macron met Keir Starmer on "
                   "Tuesday."), ["2025-04-01"]),
])
def test_opening_guards(tmp_path: Path, text: str, days: list[str]) -> None:
    assert _days(text, tmp_path) == days


_TUESDAY = "Harbour news\nPublished April 1, 2025\n\n{}\nVolunteers set up a shelter in the church hall for the families.\n"


@pytest.mark.parametrize("sentence", [
    "Union chief Tomas Varela has called for a general strike starting Friday.",
    "Union chief Tomas Varela called for a dock strike, starting on Friday.",
    "Union chief Tomas Varela has called for a general strike beginning Thursday.",
    "Union chief Tomas Varela has called for a work stoppage effective Saturday.",
    "Union chief Tomas Varela has called for a go-slow as of Friday.",
    "Union chief Tomas Varela called for sit-ins until Friday.",
    "Union chief Tomas Varela called for sit-ins by Friday.",
])
def test_a_things_start_or_bound_does_not_date_the_call(tmp_path: Path, sentence: str) -> None:
    """The day a strike starts (or a limit falls) is no day of the calling; main read it backwards, as last
    Friday, and dated the call to it."""
    assert _days(_TUESDAY.format(sentence), tmp_path) == []


@pytest.mark.parametrize(("sentence", "days"), [
    # (main also showed a second event on last Friday)
    ("Union chief Tomas Varela announced on Monday a dock strike starting Friday.", ["2025-03-31"]),
    ("Union chief Tomas Varela was arrested by police on Friday.", ["2025-03-28"]),
])
def test_start_guards(tmp_path: Path, sentence: str, days: list[str]) -> None:
    assert _days(_TUESDAY.format(sentence), tmp_path) == days


@pytest.mark.parametrize(("sentence", "days"), [
    ("Fighters backed by Hayat Tahrir al-Sham took over two villages near Idlib on Saturday.", ["2025-03-29"]),
    ("Syrian rebels entered Homs on 29 March 2025.", ["2025-03-29"]),
    ("Rebels stormed the airport on Saturday.", ["2025-03-29"]),
    ("More than 300 inmates broke free from the central jail on Sunday.", ["2025-03-30"]),
    ("Union chief Tomas Varela made a triumphant return to the capital on Saturday.", ["2025-03-29"]),
])
def test_an_armed_advance_a_breakout_and_a_return_are_dated(tmp_path: Path, sentence: str, days: list[str]) -> None:
    """Main gave no event: fighters, rebels and inmates as the subject of entering, storming, taking over or
    breaking free, and "made a … return", were no act it knew."""
    assert _days(_TUESDAY.format(sentence), tmp_path) == days


@pytest.mark.parametrize("sentence", [
    "Union chief Tomas Varela was arrested following the controversial March 2024 elections.",
    "Union chief Tomas Varela was arrested after the snap March 9 vote.",
])
def test_an_elections_day_named_with_its_adjective_dates_no_arrest(tmp_path: Path, sentence: str) -> None:
    """Main dated the arrest to the election's month or day."""
    assert _days(_TUESDAY.format(sentence), tmp_path) == []


def test_an_arrest_in_its_own_month_stays_dated(tmp_path: Path) -> None:
    assert _days(_TUESDAY.format("Union chief Tomas Varela was arrested in March 2024."), tmp_path) == ["2024-03"]


_WEDNESDAY = "Harbour news\nPublished April 2, 2025\n\n{}\nVolunteers set up a shelter in the church hall for the families.\n"


@pytest.mark.parametrize(("sentence", "days"), [
    ("Emmanuel Macron met Keir Starmer on Monday last week.", ["2025-03-24"]),
    ("Emmanuel Macron met Keir Starmer last week on Tuesday.", ["2025-03-25"]),
    ("Emmanuel Macron will meet Keir Starmer on Thursday next week.", ["2025-04-10"]),
    ("Emmanuel Macron will meet Keir Starmer next week, on Thursday.", ["2025-04-10"]),
])
def test_a_weekday_named_with_its_week(tmp_path: Path, sentence: str, days: list[str]) -> None:
    """On a Wednesday, main put "Monday last week" on this week's Monday and "Thursday next week" on tomorrow."""
    assert _days(_WEDNESDAY.format(sentence), tmp_path) == days


@pytest.mark.parametrize(("sentence", "days"), [
    ("Emmanuel Macron met Keir Starmer on Thursday of last week.", ["2025-03-27"]),
    ("Emmanuel Macron met Keir Starmer on Monday.", ["2025-03-31"]),
    ("Emmanuel Macron met Keir Starmer last Thursday.", ["2025-03-27"]),
    ("Emmanuel Macron will meet Keir Starmer on Monday next week.", ["2025-04-07"]),
])
def test_week_guards(tmp_path: Path, sentence: str, days: list[str]) -> None:
    assert _days(_WEDNESDAY.format(sentence), tmp_path) == days
