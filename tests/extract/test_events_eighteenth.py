"""Dated events on unseen text, twelfth session's events18 (issue 10): a vehicle's accident or an accident's toll
as the subject of its own act, a weekday inside that subject (or a talks' or a vote's), a relative clause that dates
its antecedent's own act, an official's count of the dead. The articles are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import dated_titles, load_sources

_DATED = "Lake crash\nPublished January 15, 2025\n\n{}\n"  # (a Wednesday)


@pytest.mark.parametrize(("sentence", "iso"), [
    ("A regional plane carrying 60 passengers and four crew crashed near the lake on Monday.", "2025-01-13"),
    ("A night ferry bound for the islands capsized off the cape on Sunday, January 12, 2025.", "2025-01-12"),
    ("The Wednesday night collision killed 67 people on the bridge.", "2025-01-15"),
    ("Sunday's derailment injured 40 commuters near the depot.", "2025-01-12"),
    ("The fires, which started on Jan. 7, destroyed 900 homes in the valley.", "2025-01-07"),
    ("The Friday talks ended without a deal on the grain corridor.", "2025-01-10"),
    ("The county medical examiner confirmed 25 deaths on Monday.", "2025-01-13"),
])
def test_an_accident_as_the_subject_of_its_own_act(tmp_path: Path, sentence: str, iso: str) -> None:
    assert [day for day, _title in dated_titles(load_sources(tmp_path, a=_DATED.format(sentence)))] == [iso]


def test_an_accident_forecast_reported_or_after_another_thing_dates_nothing(tmp_path: Path) -> None:
    text = _DATED.format("The old plane could crash on Friday. The bus crashed, officials said on Tuesday. "
                         "The truck overturned after the storm on Monday. The pilots' collision warnings sounded "
                         "on Tuesday. The coroner confirmed the deaths were accidental, officials said on Monday. A Sunday "
                         "paper blamed the pilots.")
    assert dated_titles(load_sources(tmp_path, a=text)) == []


def test_a_later_clause_of_saying_does_not_date_the_verbs_own_past(tmp_path: Path) -> None:
    text = _DATED.format("Talks collapsed in 2015 near the border, a spokesman recalled on Monday. A cargo plane "
                         "crashed in 2019 on the same runway, the airport's director recalled on Tuesday.")
    assert [day for day, _title in dated_titles(load_sources(tmp_path, a=text))] == ["2015", "2019"]
