"""A schedule told in the future, day after day, on a page dated the day its last weekday names (the lead's
held-out transcripts, after events32 dated such pages by their headline): "On Thursday morning local time, X will
meet Y" after "arrive on Sunday … On Monday …" had been read as today — a week early, or, with "local time"
between the day and the clause, as a day gone by. The sentences are invented."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from helpers import write_folder

from briefing.load import load_briefing
from briefing.load.extract.dates import Reference, find_dates
from briefing.model import PartialDate

THURSDAY = Reference(PartialDate(year=2025, month=10, day=23), "source dated")


def _events(tmp_path: Path, body: str) -> dict[str, str | None]:
    article = "Travel schedule\n\nPublished Thursday, October 23, 2025\n\n" + body + "\n"
    briefing = load_briefing(write_folder(tmp_path, {"a.txt": article}), use_cache=False)
    return {e.title[:40]: (str(e.date) if e.date else None) for e in briefing.events}


def test_local_time_after_a_leading_weekday_keeps_the_clauses_future() -> None:
    sentence = "On Thursday morning local time, the president will meet the premier in Busan."
    (mention,) = find_dates(sentence, 0, len(sentence), THURSDAY)
    assert mention.rule == "date:weekday-future"  # main: "the Thursday on or before the source date (past tense)"


def test_a_weekday_after_a_later_one_in_a_schedule_is_undated(tmp_path: Path) -> None:
    events = _events(tmp_path, (
        "President Donald Trump will arrive in Kuala Lumpur on Sunday morning. He will fly to Tokyo on Monday. "
        "On Thursday morning local time, Donald Trump is due to meet Xi Jinping in Busan."))
    assert [day for title, day in events.items() if title.startswith("President Donald Trump will arrive")] == [
        "2025-10-26"]
    # main: "2025-10-23", the day of writing, a week before the meeting the schedule reaches
    assert not any(title.startswith("On Thursday morning") and day for title, day in events.items())


def test_one_plan_for_the_day_of_writing_stays_that_day() -> None:
    """Guard: with no schedule before it, "will meet … on Thursday" written on a Thursday is that day."""
    sentence = "The president will meet the premier in Busan on Thursday."
    (mention,) = find_dates(sentence, 0, len(sentence), THURSDAY)
    assert (mention.date.year, mention.date.month, mention.date.day) == (2025, 10, 23)
    assert dt.date(2025, 10, 23).weekday() == 3
