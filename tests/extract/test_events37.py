"""Dated events from the events37 helper (twentieth session): a plan or a hope as the object of a verb in the past
(no future cue: the weekday is the one gone by), a find, a booking and a last sighting told in the passive, a clock
after "after" (no other event's time), an assassination, a day that marks a count of days ("Wednesday marks the fifth
straight day of …"). Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

from helpers import dated_titles, load_sources

_DATED = "Harbour story\nPublished Wednesday, 18 June 2025\n\n"


def _days(tmp_path: Path, body: str, head: str = _DATED) -> list[tuple[str, str]]:
    return dated_titles(load_sources(tmp_path, a=head + body))


def test_a_plan_as_a_past_verbs_object_is_no_future(tmp_path: Path) -> None:
    body = ("Donald Trump rejected the plan on Saturday.\n\n"
            "Vladimir Putin unveiled his peace plan on Monday.\n")
    # main: both read forwards ("plan" taken for a future cue): 21 and 23 June, a week off and looking sourced
    assert _days(tmp_path, body) == [("2025-06-14", "Donald Trump rejected"), ("2025-06-16", "Vladimir Putin unveiled")]


def test_a_plan_still_reads_forwards(tmp_path: Path) -> None:
    body = ("Donald Trump said he plans to meet Vladimir Putin on Saturday.\n\n"
            "Vladimir Putin cancelled a trip planned for Friday to Minsk.\n")
    # (a participle "planned" after the past verb's object is still a plan's)
    assert _days(tmp_path, body) == [("2025-06-20", "Vladimir Putin cancelled"), ("2025-06-21", "Donald Trump said")]


def test_a_find_told_in_the_passive(tmp_path: Path) -> None:
    body = ("The bodies of the two brothers were discovered June 2 near the river.\n\n"
            "The twins were last seen leaving the quay on May 30, police said.\n\n"
            "The missing kayak was found near a jetty on June 4.\n\n"
            "The brothers’ boat was found June 5.\n")
    # main: nothing (no passive of discovering, of a plain finding, of a last sighting)
    assert _days(tmp_path, body) == [("2025-05-30", "The twins were"), ("2025-06-02", "The bodies of"),
                                     ("2025-06-04", "The missing kayak"), ("2025-06-05", "The brothers’ boat")]


def test_found_guilty_or_to_be_is_no_find(tmp_path: Path) -> None:
    body = ("The old ferry was found to be unsafe on Monday.\n\n"
            "The old tug was found Monday to be unsafe.\n\n"
            "The bodies of the sailors were discovered, officials said on Tuesday.\n")
    assert _days(tmp_path, body) == []


def test_a_booking_after_a_clock(tmp_path: Path) -> None:
    body = ("The ferry's skipper was booked into the Gdansk city jail shortly after 3 a.m. Monday.\n\n"
            "Vance Boelter, 57, was booked into jail at 4 a.m. Sunday.\n")
    # main: nothing (no passive of booking; "after" read as a phrase of time naming another event)
    assert _days(tmp_path, body) == [("2025-06-15", "Vance Boelter, 57,"), ("2025-06-16", "The ferry's skipper")]


def test_after_an_event_still_blocks(tmp_path: Path) -> None:
    body = "The suspect was booked into jail after the raid on Monday.\n"
    assert _days(tmp_path, body) == []


def test_an_assassination(tmp_path: Path) -> None:
    body = "A gunman assassinated the harbour master on Saturday.\n"
    # main: nothing ("assassinated" was no act)
    assert _days(tmp_path, body) == [("2025-06-14", "A gunman assassinated")]


def test_a_day_that_marks_a_count_of_days(tmp_path: Path) -> None:
    body = ("Wednesday marks the fifth straight day of the dock strike in Gdansk.\n\n"
            "Monday was the second day of the search for the missing boat.\n\n"
            "Friday will be the fourth day of the strike.\n")
    # main: nothing (a day as the subject, the running thing its complement)
    assert _days(tmp_path, body) == [("2025-06-16", "Monday was the"), ("2025-06-18", "Wednesday marks the")]
