"""Dated events from the events34 helper (nineteenth session): a subject whose day stands before its verb ("The
court on February 24 sentenced …", "Lawmakers on Tuesday approved …"), a vote's support, a strike's workers and
its other names, a court's decisions, and a reported clause's act, which takes no day printed before the report.
Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

from helpers import dated_titles, load_sources

_DATED = "Talks in Geneva\nPublished Thursday, 27 February 2025\n\n"
_UNDATED = "Talks in Geneva\n\n"


def _days(tmp_path: Path, body: str, head: str = _DATED) -> list[tuple[str, str]]:
    return dated_titles(load_sources(tmp_path, a=head + body))


def test_a_bodys_day_between_it_and_its_verb_dates_its_act(tmp_path: Path) -> None:
    body = ("The court on February 24 sentenced the mayor to five years.\n\n"
            "Lawmakers on Tuesday approved the harbour budget.\n\n"
            "Ministers on Wednesday agreed a new package of sanctions.\n\n"
            "The jury, late on Monday, found the captain guilty.\n")
    # main: nothing on the timeline (the day broke the subject from its verb)
    assert _days(tmp_path, body) == [("2025-02-24", "The court on"), ("2025-02-24", "The jury, late"),
                                     ("2025-02-25", "Lawmakers on Tuesday"), ("2025-02-26", "Ministers on Wednesday")]


def test_a_weekday_before_the_verb_dates_nothing_without_a_page_date(tmp_path: Path) -> None:
    body = ("Ministers on Tuesday agreed a new package of sanctions.\n\n"
            "The court on 24 February 2025 sentenced the mayor to five years.\n")
    # the weekday has no day to count from; the printed date still dates its act (main: neither)
    assert _days(tmp_path, body, _UNDATED) == [("2025-02-24", "The court on")]


def test_a_vote_that_backed_or_supported_a_text_is_an_event(tmp_path: Path) -> None:
    body = ("The UN General Assembly on February 24 supported a resolution drafted by Ukraine.\n\n"
            "A Kyiv-backed text was read out in the hall.\n")
    # main: nothing ("supported" was no event verb); "Kyiv-backed" is no act
    assert _days(tmp_path, body) == [("2025-02-24", "The UN General")]


def test_a_reported_clause_takes_no_day_printed_before_the_report(tmp_path: Path) -> None:
    body = ("Officials on Monday said the court sentenced the mayor.\n\n"
            "Police said on Tuesday firefighters contained the blaze.\n\n"
            "Officials said that talks resumed on Wednesday.\n")
    # main: the sentencing dated Monday, the saying's day (a wrong date that looked sourced)
    assert _days(tmp_path, body) == [("2025-02-26", "Officials said that")]


def test_a_strikes_workers_and_its_other_names(tmp_path: Path) -> None:
    body = ("Springfield Metro Transit's bus drivers agreed on a new contract Sunday.\n\n"
            "The stoppage that began Friday was the first in the city for decades.\n\n"
            "Bus service resumes Friday after the deal.\n")
    # main: nothing
    assert _days(tmp_path, body) == [("2025-02-21", "The stoppage that"), ("2025-02-23", "Springfield Metro Transit's"),
                                     ("2025-02-28", "Bus service resumes")]


def test_a_courts_decision_and_an_answers_label(tmp_path: Path) -> None:
    body = ("Today, the Supreme Court decided the harbour appeal.\n\n"
            "WASHINGTON — The Supreme Court sharply scaled back the powers of judges in a ruling Monday that angered "
            "many.\n\n"
            "Q: What happened next?\nA: On February 12, the Supreme Court ruled that the order stands.\n")
    # main: nothing
    assert _days(tmp_path, body) == [("2025-02-12", "A: On February"), ("2025-02-24", "The Supreme Court"),
                                     ("2025-02-27", "Today, the Supreme")]


# A live page's entry heads run into their text: "UPDATE (5:00 p.m., July 6) – …", "10:42 GMT — …", "Update 3: …".

_LIVE = "Floods live: rivers rise\nPublished Monday, 7 July 2025\n\n"


def _titles(tmp_path: Path, page: str) -> list[tuple[str, str]]:
    briefing = load_sources(tmp_path, a=page)
    return sorted((e.date.iso, e.title) for e in briefing.events if e.origin == "auto" and e.date is not None)


def test_an_entry_heads_day_is_the_day_its_entry_counts_from(tmp_path: Path) -> None:
    page = _LIVE + ("UPDATE (9:00 a.m., July 7) – Rubio met Yermak yesterday.\n\n"
                    "UPDATE (5:00 p.m., July 5) – Witkoff met Putin yesterday.\n\n"
                    "July 5, 10:42 GMT — Zelensky met Macron yesterday.\n")
    # main: all three 2025-07-06 (the head's own day taken as the meeting's, or "yesterday" from the page's date)
    assert _titles(tmp_path, page) == [("2025-07-04", "Witkoff met Putin yesterday."),
                                       ("2025-07-04", "Zelensky met Macron yesterday."),
                                       ("2025-07-06", "Rubio met Yermak yesterday.")]


def test_an_entry_head_is_no_part_of_its_events_title(tmp_path: Path) -> None:
    page = ("Talks live\nPublished Monday, 10 March 2025\n\n10:42 GMT — Rubio met Yermak in Jeddah on Sunday.\n\n"
            "Update 3: Witkoff met Putin in Moscow on Saturday.\n\nUPDATE (5:00) – Zelensky met Macron on Friday.\n")
    # main: "10:42 GMT — Rubio met …", "Update 3: Witkoff met …", "UPDATE (5:00) – Zelensky met …"
    assert _titles(tmp_path, page) == [("2025-03-07", "Zelensky met Macron on Friday."),
                                       ("2025-03-08", "Witkoff met Putin in Moscow on Saturday."),
                                       ("2025-03-09", "Rubio met Yermak in Jeddah on Sunday.")]


def test_a_chronologys_days_without_a_clock_stay_its_events_days(tmp_path: Path) -> None:
    page = "Timeline\nPublished Monday, 7 July 2025\n\nJuly 4 – Rubio met Yermak in Jeddah.\n\nJuly 5 – Witkoff met Putin.\n"
    assert [day for day, _title in _titles(tmp_path, page)] == ["2025-07-04", "2025-07-05"]


def test_a_date_in_a_clause_of_its_own_after_the_verb_dates_nothing(tmp_path: Path) -> None:
    body = ("Zelensky proposed a truce to Macron, as Russia launched its offensive last year.\n\n"
            "Rubio met Yermak in Jeddah on Monday, as Russia struck Kyiv.\n")
    # main: the proposal dated 2024, the offensive's year
    assert _days(tmp_path, body) == [("2025-02-24", "Rubio met Yermak")]


def test_a_date_line_whose_time_ends_in_a_full_stop_dates_the_page(tmp_path: Path) -> None:
    page = ("Live Streaming\n\nUnion moves to rotating strikes\n\nOctober 10, 2025 6:11 am PST.\n"
            "The union said on Thursday it will switch to rotating strikes.\n")
    briefing = load_sources(tmp_path, a=page)
    # main: the page undated (the zone's full stop ended no header date)
    assert briefing.sources[0].published.iso == "2025-10-10"
