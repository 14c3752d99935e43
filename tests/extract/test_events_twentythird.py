"""Dated events on unseen text, thirteenth session's events23 (issue 10): a plan told first and the telling after
it ("The coffin will be moved on Wednesday, a spokesman told reporters later on Monday"): the day after the saying
is the telling's, a day before the day of writing, and it dates the sentence's event; the plan's "will" is the
reported clause's, not the saying's. A place and a numeric date alone on a line under a caption ("Mahón 14/11/2024
09:40") date the page. A crowd that "pelted" or "heckled" a named visitor on a day is an event of that day. The
articles are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import dated_titles, load_sources

_DATED = "Island report\nPublished January 15, 2025\n\n{}\n"  # (a Wednesday)


@pytest.mark.parametrize("sentence", [
    # the saying's object and an adverb between the verb and the day
    "The abbot's casket will be taken up to the chapel on Wednesday, Ansel Borg told reporters later on Monday.",
    # the plan's day further back than a future cue's reach, then the telling
    "The abbot's casket would be borne through the old gate into the chapel on Wednesday evening, "
    "spokesman Ansel Borg told the radio late on Monday.",
    # the plan's day nearer the verb of telling than the telling's own day
    "Prime Minister Robert Abela will fly to Brussels on Thursday, his office confirmed to the island radio early "
    "on Monday.",
])
def test_the_telling_after_a_plan_dates_the_event(tmp_path: Path, sentence: str) -> None:
    assert [day for day, _t in dated_titles(load_sources(tmp_path, a=_DATED.format(sentence)))] == ["2025-01-13"]


@pytest.mark.parametrize(("sentence", "iso"), [
    ("Ansel Borg said the night ferries will sail again on Friday.", "2025-01-17"),  # the plan's own day
    ("Ansel Borg told the radio that the night ferries would sail again on Friday.", "2025-01-17"),
    ("The night ferries will sail again on Friday, Ansel Borg said on Monday.", "2025-01-13"),  # as on main
])
def test_a_plan_told_guards(tmp_path: Path, sentence: str, iso: str) -> None:
    assert [day for day, _t in dated_titles(load_sources(tmp_path, a=_DATED.format(sentence)))] == [iso]


_CAPTION = ("The abbot at the chapel gate on Sunday. Pilgrims lined the lane as the procession passed the mill. | "
            "Photo desk\n")
_STORY = "The abbot will walk the pilgrims' lane again next week, the chapel's wardens said in a short notice.\n"


@pytest.mark.parametrize(("line", "iso"), [
    ("Mahón 14/11/2024 09:40", "2024-11-14"),
    ("Valletta, 03.12.2024", "2024-12-03"),
    ("San Sebastián 28/02/2025", "2025-02-28"),
])
def test_a_place_and_a_numeric_date_date_the_page(tmp_path: Path, line: str, iso: str) -> None:
    briefing = load_sources(tmp_path, a=f"Abbot to walk again\n{_CAPTION}{line}\n{_STORY}")
    assert briefing.sources[0].published is not None and briefing.sources[0].published.iso == iso


@pytest.mark.parametrize("line", [
    "Mahón 05/11/2024 09:40",       # the day and the month could be either way round
    "Mahón 14/11/2024 was the day",  # not alone on its line
])
def test_a_place_and_a_numeric_date_guards(tmp_path: Path, line: str) -> None:
    assert load_sources(tmp_path, a=f"Abbot to walk again\n{_CAPTION}{line}\n{_STORY}").sources[0].published is None


@pytest.mark.parametrize("sentence", [
    "Angry villagers heckled Keir Starmer and pelted his car with eggs on Monday.",
    "Keir Starmer was booed and jeered by dockers at the harbour gate on Monday.",
])
def test_a_crowds_hostility_is_dated(tmp_path: Path, sentence: str) -> None:
    assert [day for day, _t in dated_titles(load_sources(tmp_path, a=_DATED.format(sentence)))] == ["2025-01-13"]
