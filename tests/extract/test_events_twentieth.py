"""Dated events on unseen text, twelfth session's events20 (issue 10): an unnamed person (or a structure) as the
subject of its own act; a day counted from a thing the article dated once ("two days after the attack"); the
verbs "exploded", "collapsed", "caught fire", "was admitted to hospital". The articles are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import dated_titles, load_sources

_UNDATED = "Harbour news\n\n{}\n"
_DATED = "Harbour news\nPublished January 15, 2025\n\n{}\n"  # (a Wednesday)


@pytest.mark.parametrize("sentence", [
    "A man drove a car into a crowd in the harbour district on Monday.",
    "A gunman opened fire outside a harbour bar on Monday.",
    "Two suspects were arrested on Monday.",
    "A 42-year-old driver rammed a pickup truck into a crowd of revellers on Monday.",
    "A man armed with a knife stabbed three dock workers on Monday.",
    "The old harbour bridge collapsed on Monday.",
    "A parked car bomb exploded outside the harbour office on Monday.",
    "Pope Francis was admitted to hospital on Monday with a chest infection.",
    "Olaf Scholz's car caught fire on Monday near the harbour.",
])
def test_an_unnamed_subjects_act_is_dated(tmp_path: Path, sentence: str) -> None:
    assert [day for day, _t in dated_titles(load_sources(tmp_path, a=_DATED.format(sentence)))] == ["2025-01-13"]


@pytest.mark.parametrize("sentence", [
    # a forecast, a clause's subject, a report's day, a phrase of time: no act of that day
    "A man is expected to drive a float through the harbour on Monday.",
    "The men who attacked the harbour were never found, police said on Monday.",
    "A man was arrested after the attack on Monday.",
    "Suspects arrested on Monday in harbour raid",
])
def test_an_unnamed_subject_guards(tmp_path: Path, sentence: str) -> None:
    assert dated_titles(load_sources(tmp_path, a=_DATED.format(sentence))) == []


def test_an_unnamed_subjects_act_on_an_undated_page_stays_undated(tmp_path: Path) -> None:
    text = _UNDATED.format("A gunman opened fire outside a harbour bar on Monday.")
    assert dated_titles(load_sources(tmp_path, a=text)) == []


@pytest.mark.parametrize(("first", "second", "iso"), [
    ("Gunmen attacked the harbour office on Monday, police said.",
     "Two days after the attack, German police arrested a harbour pilot.", "2025-01-15"),
    ("The vote took place on Sunday.", "The day after the vote, Olaf Scholz visited the harbour.", "2025-01-13"),
    ("Olaf Scholz criticised Sunday's vote in a speech on Tuesday.",
     "Two days before the vote, German police raided a harbour depot.", "2025-01-10"),
])
def test_a_day_counted_from_a_dated_thing(tmp_path: Path, first: str, second: str, iso: str) -> None:
    titles = dated_titles(load_sources(tmp_path, a=_DATED.format(f"{first}\n\n{second}")))
    assert (iso, " ".join(second.split()[:3])) in titles


@pytest.mark.parametrize(("first", "second"), [
    # the thing dated on two days, or never: which day is not known
    ("Gunmen attacked the harbour office on Monday.\n\nGunmen attacked the harbour gate on Tuesday.",
     "Two days after the attack, German police arrested a harbour pilot."),
    ("Olaf Scholz visited the harbour on Monday.", "Two days after the vote, German police arrested a harbour pilot."),
])
def test_a_day_counted_from_a_thing_dated_twice_or_never_is_undated(tmp_path: Path, first: str, second: str) -> None:
    titles = dated_titles(load_sources(tmp_path, a=_DATED.format(f"{first}\n\n{second}")))
    assert not any(title.startswith("Two days after") for _d, title in titles)


@pytest.mark.parametrize(("sentence", "expected"), [
    # a place's relative clause: its act takes the day after its verb
    ("Flowers were laid at the quay close to where three people were injured on Monday.",
     [("2025-01-13", "Flowers were laid")]),
    # the main clause's day before "where" is not the day of the clause's act
    ("Police returned on Tuesday to the bar where a gunman opened fire.", [("2025-01-14", "Police returned on")]),
])
def test_an_act_in_a_where_clause(tmp_path: Path, sentence: str, expected: list) -> None:
    assert dated_titles(load_sources(tmp_path, a=_DATED.format(sentence))) == expected
