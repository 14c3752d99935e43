"""Positions from the blind sets of positions31 (issue 10, a treaty handing over an island group): a subject that
turns its own earlier stance round ("reversed its opposition to") read as that earlier stance at 0.9; a subject that
meets others' opposition ("has faced opposition to") read as opposing; "took aim at" someone read as an aim of its
own. The sentences were written for these tests: the prose is invented."""

from __future__ import annotations

import pytest

from briefing.model import Stance
from tests.extract.test_positions_strict import read


@pytest.mark.parametrize(("sentence", "expected", "wrong"), [
    ("The White House has now reversed its opposition to a ceasefire in the east.",
     ("us", "ceasefire", Stance.FOR), ("us", "ceasefire", Stance.AGAINST)),
    ("The Kremlin U-turned on its opposition to a ceasefire last week.",
     ("russia", "ceasefire", Stance.FOR), ("russia", "ceasefire", Stance.AGAINST)),
    ("Ukraine reversed its support for the ceasefire after the shelling.",
     ("ukraine", "ceasefire", Stance.AGAINST), ("ukraine", "ceasefire", Stance.FOR)),
])
def test_a_stance_turned_round_reads_as_the_new_stance(sentence: str, expected: tuple, wrong: tuple) -> None:
    found = read(sentence)
    assert expected in found
    assert wrong not in found


def test_opposition_the_subject_meets_is_not_its_own() -> None:
    found = read("Poland has faced fierce opposition to the ceasefire at home.")
    assert not any(side == "europe" for side, _issue, _stance in found)


def test_anothers_opposition_met_by_the_subject_stays_that_others() -> None:
    assert read("Kyiv has met Russia's opposition to a ceasefire with calm.").get(
        ("russia", "ceasefire", Stance.AGAINST)) is not None


@pytest.mark.parametrize("sentence", [
    "Poland has taken aim at Russia over its plan for a ceasefire.",
    "Poland took aim at Kyiv for its U-turn on the ceasefire.",
])
def test_taking_aim_at_another_is_no_aim_of_ones_own(sentence: str) -> None:
    assert ("europe", "ceasefire", Stance.FOR) not in read(sentence)
