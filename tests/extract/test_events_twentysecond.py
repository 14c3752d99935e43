"""Dated events and page dates on unseen text, thirteenth session's events22 (issue 10): a date line printed as the
date then the site's name ("9 June 2025 | The Quarry Ledger") dates the page; an unnamed person's death ("A
toddler from the valley died on Monday") and a system's outage or disruption that "occurred" are events of their
own day; a date inside a noun phrase after an adjective ("the deadly December 29 collision") names that thing's day,
not the sentence's act; a person "quizzed by reporters" or who "fielded questions" on a day is an event of that
day. The articles are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import dated_titles, load_sources

_BODY = "Gozo ferry crews walked off the job for a day, and the harbour office closed its doors at noon."
_UNDATED = "Island report\n\n{}\n"
_DATED = "Island report\nPublished January 15, 2025\n\n{}\n"  # (a Wednesday)


@pytest.mark.parametrize(("line", "iso"), [
    ("14 January 2025 | The Quarry Ledger", "2025-01-14"),
    ("Tuesday, January 14, 2025 — Coastal Daily", "2025-01-14"),
    ("14.01.2025 - Harbour Times", "2025-01-14"),
])
def test_a_date_then_the_sites_name_dates_the_page(tmp_path: Path, line: str, iso: str) -> None:
    briefing = load_sources(tmp_path, a=f"Ferry strike ends\n{line}\n\n{_BODY}\n")
    assert briefing.sources[0].published is not None and briefing.sources[0].published.iso == iso


@pytest.mark.parametrize("text", [
    f"Ferry strike ends\n\n{_BODY}\n14 January 2025 | The Quarry Ledger\n",  # under the story: a related item's
    f"Ferry strike ends\n\n{_BODY} The crews said the talks of 14 January 2025 | Harbour Times were cut short.\n",
])
def test_a_date_then_a_name_guards(tmp_path: Path, text: str) -> None:
    assert load_sources(tmp_path, a=text).sources[0].published is None


@pytest.mark.parametrize(("sentence", "iso"), [
    # an unnamed person's death
    ("An unvaccinated toddler from the valley died of the fever on Monday.", "2025-01-13"),
    ("A second pupil died in hospital on Sunday, the island's doctors said.", "2025-01-12"),
    ("A patient in the Gozo clinic passed away on Monday.", "2025-01-13"),
    # a system's outage or disruption that occurred
    ("A third, shorter radio outage occurred on January 11, adding to the delays.", "2025-01-11"),
    ("The radar blackout happened early Monday at the harbour tower.", "2025-01-13"),
])
def test_a_death_and_an_outage_are_dated(tmp_path: Path, sentence: str, iso: str) -> None:
    assert [day for day, _t in dated_titles(load_sources(tmp_path, a=_DATED.format(sentence)))] == [iso]


@pytest.mark.parametrize(("sentence", "page"), [
    ("An unvaccinated toddler from the valley died of the fever on Monday.", _UNDATED),  # no day to count from
    ("Doctors warned that a child could die if the fever spread on Monday.", _DATED),    # no death told
    ("A child who died in 2019 was remembered by the crews on Monday.", _DATED),         # no act of Monday's
    ("A radio outage could occur on Monday, the harbour office warned.", _DATED),        # not a past act
])
def test_a_death_and_an_outage_guards(tmp_path: Path, sentence: str, page: str) -> None:
    assert dated_titles(load_sources(tmp_path, a=page.format(sentence))) == []


@pytest.mark.parametrize("sentence", [
    # a date inside a noun phrase, an adjective between "the" and the date: the thing's day, not the act's
    "Maltese police detained the skipper after the deadly December 29 collision near Comino.",
    "The Maltese prime minister met relatives of those lost in the fatal December 29 sinking.",
    "Maltese police detained the skipper after the deadly December 29, 2024, collision near Comino.",
])
def test_a_date_inside_a_noun_phrase_does_not_date_the_act(tmp_path: Path, sentence: str) -> None:
    assert dated_titles(load_sources(tmp_path, a=_DATED.format(sentence))) == []


def test_the_acts_own_day_after_a_named_day_guard(tmp_path: Path) -> None:
    sentence = "The Maltese prime minister visited the wreck of the deadly December 29 collision on Monday."
    assert [day for day, _t in dated_titles(load_sources(tmp_path, a=_DATED.format(sentence)))] == ["2025-01-13"]


@pytest.mark.parametrize("sentence", [
    # questioned by the press or by a chamber on a day
    "Keir Starmer was quizzed by reporters on Monday over the island ferry contract.",
    "Keir Starmer was grilled by MPs on Monday over the island ferry contract.",
    "Keir Starmer fielded questions from reporters on Monday over the island ferry contract.",
])
def test_being_questioned_is_an_event_of_its_day(tmp_path: Path, sentence: str) -> None:
    assert [day for day, _t in dated_titles(load_sources(tmp_path, a=_DATED.format(sentence)))] == ["2025-01-13"]


def test_being_questioned_in_a_persons_clause_guard(tmp_path: Path) -> None:
    sentence = "Keir Starmer, who was quizzed by reporters in 2019, signed the island ferry contract on Monday."
    assert [day for day, _t in dated_titles(load_sources(tmp_path, a=_DATED.format(sentence)))] == ["2025-01-13"]
