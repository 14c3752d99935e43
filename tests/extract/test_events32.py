"""Dated events from the events32 helper (seventeenth session): a story with no sides of its own (a disaster, a
court case) told through its bodies and its casualties. "The commission visited the hospital on Friday", "A Paris
court sentenced him on Thursday", "Firefighters contained the blaze on Wednesday", "At least 12 people were feared
killed in a crush on Wednesday": no side's cue and no gazetteer names the subject, so no event verb was sought and
such a folder showed no event at all. The body's own past act is now the event (event_bodies.py), its actors left
empty; a plan, a report or a phrase of time before the day still dates nothing. Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import dated_titles, load_sources

_PAGE = "Valley notes\nPublished {}\n\nThe river was high.\n\n{}\n\nThe gulls stayed.\n"
_FRIDAY = "Friday, January 10, 2025"


def _days(line: str, tmp_path: Path, published: str = _FRIDAY) -> list[str]:
    return sorted({day for day, _t in dated_titles(load_sources(tmp_path, a=_PAGE.format(published, line)))})


@pytest.mark.parametrize(("sentence", "day"), [
    ("The commission visited the hospital on Thursday.", "2025-01-09"),
    ("The panel members reached their office in Lucknow on Thursday.", "2025-01-09"),
    ("A Paris court sentenced the former minister on Thursday to five years in prison.", "2025-01-09"),
    ("A judge in Manhattan sentenced the singer on Wednesday.", "2025-01-08"),
    ("The jury found the actor guilty on Wednesday.", "2025-01-08"),
    ("The city council voted on Tuesday to rebuild the library.", "2025-01-07"),
    ("Paris prosecutors opened an inquiry on Tuesday.", "2025-01-07"),
    ("Firefighters contained the blaze on Wednesday.", "2025-01-08"),
    ("At least 12 people were feared killed in a crush at the fair on Wednesday, officials said.", "2025-01-08"),
    ("Thirty people were killed in a crush at the fair on Wednesday.", "2025-01-08"),
    ("More than 40 pilgrims were killed in a crush at the fair on Wednesday.", "2025-01-08"),
])
def test_a_bodys_or_a_crowds_own_dated_act_is_an_event(tmp_path: Path, sentence: str, day: str) -> None:
    assert _days(sentence, tmp_path) == [day]  # main: no event


@pytest.mark.parametrize("sentence", [
    "The court will rule on Monday.",                        # a plan: not a past act
    "The commission is expected to visit the site on Monday.",
    "The court met after the attack on Monday.",             # the attack's day, not surely the meeting's
    "The government said on Monday that it was sad.",        # a saying, no act
    "Prosecutors will charge him on Monday.",
    "Court rules on the appeal on Monday.",                  # a headline's bare noun
    "Some people were killed after the storm on Wednesday.",
])
def test_no_plan_report_or_other_things_day_becomes_a_bodys_event(tmp_path: Path, sentence: str) -> None:
    assert _days(sentence, tmp_path) == []


def test_a_bodys_event_names_no_side(tmp_path: Path) -> None:
    briefing = load_sources(tmp_path, a=_PAGE.format(_FRIDAY, "The commission visited the hospital on Thursday."))
    events = [e for e in briefing.events if e.origin == "auto"]
    assert [e.date.iso for e in events] == ["2025-01-09"]
    assert all(not e.actors and not e.sides for e in events)


@pytest.mark.parametrize(("published", "sentence", "days"), [
    # main: not read at all, capitalised at a sentence's head
    ("Wednesday, March 12, 2025", "Next week, Emmanuel Macron visits Lyon. Macron said so.", ["2025-03"]),
    ("Wednesday, March 12, 2025", "Next month, Emmanuel Macron visits Lyon. Macron said so.", ["2025-04"]),
    ("Wednesday, March 12, 2025", "This week, Emmanuel Macron visited Lyon. Macron said so.", ["2025-03"]),
    ("Wednesday, March 12, 2025", "This year, Emmanuel Macron visited Lyon. Macron said so.", ["2025"]),
    # the possessive at a sentence's head stays unread: a thing's year ("This year's summit is the first held since
    # …", test_events_eighth), not the act's
    ("Wednesday, March 12, 2025", "This year's summit was held in Lyon. Macron said so.", []),
    # main: 2024-12 and 2025-02, the month of a week's Monday when its Sunday is in the next month
    (_FRIDAY, "Emmanuel Macron visited Lyon last week. Macron said so.", []),
    ("Friday, March 7, 2025", "Emmanuel Macron visited Lyon last week. Macron said so.", ["2025"]),
])
def test_this_next_and_last_week_month_and_year(tmp_path: Path, published: str, sentence: str,
                                                days: list[str]) -> None:
    assert _days(sentence, tmp_path, published) == days


def test_a_week_within_one_month_keeps_its_month(tmp_path: Path) -> None:
    assert _days("Emmanuel Macron visited Lyon last week. Macron said so.", tmp_path,
                 "Friday, March 14, 2025") == ["2025-03"]


_BRIEFING = "{}\n\nMR PIGOTT: Good afternoon. Secretary Rubio met the Qatari prime minister on Tuesday. Rubio said so.\n" \
            "Rubio travels to Doha tomorrow.\n"


@pytest.mark.parametrize("headline", ["Department Press Briefing on 10/23/25",
                                      "Press Briefing by Press Secretary Karoline Leavitt, 10/23/25"])
def test_a_briefings_headline_day_dates_the_page(tmp_path: Path, headline: str) -> None:
    briefing = load_sources(tmp_path, a=_BRIEFING.format(headline))
    assert briefing.sources[0].published is not None
    assert briefing.sources[0].published.iso == "2025-10-23"  # main: undated
    assert sorted({day for day, _t in dated_titles(briefing)}) == ["2025-10-21", "2025-10-24"]  # main: none


def test_a_briefings_headline_day_that_could_be_the_month_dates_nothing(tmp_path: Path) -> None:
    briefing = load_sources(tmp_path, a=_BRIEFING.format("Department Press Briefing on 3/4/25"))
    assert briefing.sources[0].published is None
    assert dated_titles(briefing) == []


@pytest.mark.parametrize(("sentence", "days"), [
    ("A new blaze sparked in the hills on Wednesday night, prompting more evacuations.", ["2025-01-08"]),  # main: none
    ("Kenneth Fire initially started 2:30 p.m. Jan. 8 in the county.", ["2025-01-08"]),  # main: none
    ("The vote sparked protests on Monday.", []),  # sparked with an object: the protests' day, not the vote's
])
def test_a_fires_start_told_without_an_object(tmp_path: Path, sentence: str, days: list[str]) -> None:
    assert _days(sentence, tmp_path) == days
