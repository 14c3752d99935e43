"""Dated events on unseen text, thirteenth session's events23 (issue 10): a plan told first and the telling after
it ("The coffin will be moved on Wednesday, a spokesman told reporters later on Monday"): the day after the saying
is the telling's, a day before the day of writing, and it dates the sentence's event; the plan's "will" is the
reported clause's, not the saying's. The articles are invented."""

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
