"""Dated events from the events35 helper (nineteenth session): a group's plan dated only where the text fixes its
day, a halt "since" a day, a day's possessive as a noun ("Friday's decision to …"), a day inside a phrase of time in
the subject ("The talks after the vote on Sunday …": the vote's day, not the talks'), and a page's date run into its
summary or given "as of today". Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

from helpers import dated_titles, load_sources

_DATED = "Talks in Geneva\nPublished Thursday, 27 February 2025\n\n"


def _days(tmp_path: Path, body: str, head: str = _DATED) -> list[tuple[str, str]]:
    return dated_titles(load_sources(tmp_path, a=head + body))


def test_a_day_inside_a_phrase_of_time_in_the_subject_dates_nothing(tmp_path: Path) -> None:
    body = ("The talks after the vote on Sunday turned violent.\n\n"
            "The protests before the ruling on Monday turned deadly.\n")
    # main: the first dated Sunday, the vote's day (a wrong date that looked sourced); the second guards
    assert _days(tmp_path, body) == []


def test_a_things_own_day_before_its_verb_still_dates_it(tmp_path: Path) -> None:
    body = "The talks on Monday ended without a deal.\n\nThe vote on Sunday turned violent.\n"
    assert _days(tmp_path, body) == [("2025-02-23", "The vote on"), ("2025-02-24", "The talks on")]


def test_a_groups_plan_is_dated_where_the_text_fixes_its_day(tmp_path: Path) -> None:
    body = ("Engineers will return to work Tuesday after the deal.\n\n"
            "Drivers are set to resume their routes on Monday, the union said.\n\n"
            "Nurses will return to work soon.\n\n"
            "Pilots will return to work after talks on Monday.\n")
    # main: nothing ("return" and "resume" were no group's acts); "soon" and "after talks on Monday" fix no day
    assert _days(tmp_path, body) == [("2025-03-03", "Drivers are set"), ("2025-03-04", "Engineers will return")]


def test_a_halt_since_a_day_is_dated_that_day(tmp_path: Path) -> None:
    body = ("Rail service had been halted since last Friday.\n\n"
            "The harbour has been closed since Monday.\n\n"
            "The bridge had been closed for a week since the vote on Monday.\n")
    # main: nothing; the third's day is the vote's, not the closing's
    assert _days(tmp_path, body) == [("2025-02-21", "Rail service had"), ("2025-02-24", "The harbour has")]


def test_a_days_possessive_as_a_noun_dates_its_act(tmp_path: Path) -> None:
    body = ("Friday's decision to cut the budget angered the union.\n\n"
            "Tuesday's ruling by the court surprised the lawyers.\n")
    # main: nothing
    assert _days(tmp_path, body) == [("2025-02-21", "Friday's decision to"), ("2025-02-25", "Tuesday's ruling by")]


def _page(tmp_path: Path, page: str) -> tuple[str | None, list[tuple[str, str]]]:
    briefing = load_sources(tmp_path, a=page)
    published = briefing.sources[0].published
    return (published.iso if published is not None else None), dated_titles(briefing)


def test_a_page_date_run_into_its_summary_dates_the_page(tmp_path: Path) -> None:
    page = ("Court rules on harbour fees\n"
            "Jun 27, 2025 The harbour court's ruling on fees limited the port's powers.\n\n"
            "The court ruled on Friday that the port had overstepped.\n")
    # main: the page undated, so "on Friday" dated nothing
    assert _page(tmp_path, page) == ("2025-06-27", [("2025-06-27", "The court ruled")])


def test_a_chronologys_run_in_days_date_no_page(tmp_path: Path) -> None:
    page = ("Court rules on harbour fees\n\n"
            "June 2, 2025 The port raised its fees for the third time that year.\n"
            "June 9, 2025 The shipping union filed a complaint against the port.\n")
    assert _page(tmp_path, page)[0] is None


def test_as_of_today_dates_the_page_and_no_act(tmp_path: Path) -> None:
    page = ("Court rules on harbour fees\n\n"
            "As of today, July 1, 2025, the court has ruled that the port overstepped. The court ruled on Friday.\n\n"
            "The mayor said: \"As of today, June 3, 2025, nothing has changed.\"\n")
    # main: the page undated and the ruling dated 1 July, the day the page was written (not the ruling's)
    assert _page(tmp_path, page) == ("2025-07-01", [("2025-06-27", "The court ruled")])


_UNDATED = "Harbour town falls\n\n"


def test_a_citations_date_in_brackets_dates_no_act(tmp_path: Path) -> None:
    body = ("Army chief General Ivan Petrov confirmed late Monday that the last units have left the town, after rebels "
            "overran the base the previous day (Example News, 28 Oct 2025).\n")
    # main: the confirmation dated 28 October, the day the cited outlet reported (a wrong date that looked sourced);
    # on an undated page "late Monday" has no day to count from
    assert _days(tmp_path, body, _UNDATED) == []


def test_a_places_relative_clause_with_a_perfect_dates_no_act(tmp_path: Path) -> None:
    body = "Kallas's statement was broadcast from Tallinn, where the Estonian government has been based since 2023.\n"
    # main: the broadcast dated 2023
    assert _days(tmp_path, body, _UNDATED) == []


def test_a_saying_the_following_day_that_counts_from_the_sentence_before(tmp_path: Path) -> None:
    body = ("Rebels stormed the harbour base on October 26, 2025.\n\n"
            "Army chief General Ivan Petrov confirmed the following day that the harbour garrison was gone.\n")
    # main: the confirmation undated ("the following day that …" was read as "the day that …")
    assert _days(tmp_path, body, _UNDATED) == [("2025-10-26", "Rebels stormed the"), ("2025-10-27", "Army chief General")]


def test_a_thing_that_befell_a_subject_is_dated(tmp_path: Path) -> None:
    body = ("On February 20, the cloud provider experienced a major outage in its eastern region.\n\n"
            "The harbour authority suffered a cyber attack on Sunday.\n\n"
            "The cloud provider experienced strong growth in February 2025.\n")
    # main: nothing; growth is no thing that happened on a day
    assert _days(tmp_path, body) == [("2025-02-20", "On February 20,"), ("2025-02-23", "The harbour authority")]


def test_a_things_own_act_counts_when_a_country_is_named_in_passing(tmp_path: Path) -> None:
    body = "A large-scale outage occurred in the Japan region on Monday, February 24.\n"
    # main: nothing (the sentence named Japan, and a named party's sentence wanted a party's verb)
    assert _days(tmp_path, body) == [("2025-02-24", "A large-scale outage")]
