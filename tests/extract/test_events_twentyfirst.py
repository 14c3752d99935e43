"""Dated events on unseen text, thirteenth session's events21 (issue 10): a year inside a person's relative clause
dated the sentence's act. "The smuggler, who arrived on the island in 2017, was arrested" is an arrest, not an
arrival in 2017, even when the clause's verb is an event verb; an initial's point ("the U.K.") no longer ends
the clause early; and a person's relative clause after the verb ("police arrested a courier who had landed there
in 2020") dates the clause, not the arrest. The sentence's own day still dates it; otherwise it stays undated.
The articles are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import dated_titles, load_sources

_UNDATED = "Island arrest\n\n{}\n"
_DATED = "Island arrest\nPublished January 15, 2025\n\n{}\n"  # (a Wednesday)


@pytest.mark.parametrize("sentence", [
    # a person's clause whose verb is an event verb, closed by a comma or by an auxiliary
    "The smuggler, who arrived on the island in 2017 with forged papers, was arrested by Maltese police.",
    "The ferry captain who visited the harbour in 2019 was detained by Maltese police.",
    # an initial's point inside the clause
    "The trader, who moved to the U.K. in 2014, was arrested by Maltese police.",
    "The trader who moved to the U.K. in 2014 was arrested by Maltese police.",
    # a person's clause after the verb
    "Maltese police arrested a courier who had landed at the port in 2020.",
    "Maltese police detained a skipper whom the navy had stopped in 2018.",
])
@pytest.mark.parametrize("page", [_UNDATED, _DATED])
def test_a_persons_clause_does_not_date_the_sentences_act(tmp_path: Path, sentence: str, page: str) -> None:
    assert dated_titles(load_sources(tmp_path, a=page.format(sentence))) == []


def test_a_persons_clause_on_an_undated_page_leaves_the_act_undated(tmp_path: Path) -> None:
    # (on a dated page "after the stabbing on Thursday" dates it, as before)
    sentence = ("The suspect, who had arrived in Malta in 2016 and worked in Sliema, was arrested by Maltese police "
                "after the stabbing on Thursday.")
    assert dated_titles(load_sources(tmp_path, a=_UNDATED.format(sentence))) == []


@pytest.mark.parametrize(("sentence", "iso"), [
    # the act's own day still dates it
    ("The smuggler, who arrived on the island in 2017, was arrested by Maltese police on Monday.", "2025-01-13"),
    ("Maltese police arrested the courier, who had fled, on Monday.", "2025-01-13"),
    ("Maltese police arrested a courier on Monday who had landed at the port in 2020.", "2025-01-13"),
    # a thing's clause is not a person's: its first event verb keeps its date
    ("The warehouse fires, which broke out in 2016, were fought by Maltese police for a week.", "2016"),
])
def test_the_acts_own_date_guards(tmp_path: Path, sentence: str, iso: str) -> None:
    assert [day for day, _t in dated_titles(load_sources(tmp_path, a=_DATED.format(sentence)))] == [iso]


@pytest.mark.parametrize(("sentence", "iso"), [
    # a legislature no actor names, as the subject of its own vote (events21's Tempi set: a motion rejected)
    ("The parliament threw out the opposition's censure bid, 171-129, late Friday.", "2025-01-10"),
    ("Parliament approved the island's ferry budget on Monday.", "2025-01-13"),
    ("The legislature adopted the new fishing code on Monday.", "2025-01-13"),
    # a vehicle described by a participle phrase, then its own accident
    ("A commuter train crowded with pupils derailed near the quarry on Monday.", "2025-01-13"),
    ("A fishing boat loaded with migrants capsized off the island on Monday.", "2025-01-13"),
    # arrests told by their noun (events21's Kocani set)
    ("Further arrests were made at the quarry on Monday.", "2025-01-13"),
    ("Three more arrests were made in the fishing village today.", "2025-01-15"),
])
def test_a_chambers_vote_and_a_laden_vehicles_accident_are_dated(tmp_path: Path, sentence: str, iso: str) -> None:
    assert [day for day, _t in dated_titles(load_sources(tmp_path, a=_DATED.format(sentence)))] == [iso]


@pytest.mark.parametrize(("sentence", "page"), [
    ("The parliament approved the ferry budget on Monday.", _UNDATED),  # no day to count from
    ("The assembly hall filled up on Monday.", _DATED),                 # no vote
    ("The parliament building was lit in blue on Monday.", _DATED),     # a building, not the chamber's act
    ("Arrests were made at the quarry on Monday.", _UNDATED),           # no day to count from
])
def test_a_chambers_guards(tmp_path: Path, sentence: str, page: str) -> None:
    assert dated_titles(load_sources(tmp_path, a=page.format(sentence))) == []
