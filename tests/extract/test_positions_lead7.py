"""Position classes from the lead's blind sets of the seventh session (a leaders' phone call and what a
commentator said it conceded), on sentences written for these tests: the prose is invented."""

from __future__ import annotations

import pytest

from briefing.model import Stance
from tests.extract.test_positions import positions_of


@pytest.mark.parametrize("sentence", [
    # a judgement with an extraposed "it" judges the clause after it, not the keyword before: ruling membership out
    # stays a refusal ("unlikely" is about the land, and two negatives must not make a yes)
    "Critics said Trump gave ground early: he ruled out NATO membership for Kyiv, deeming it “unlikely” Kyiv "
    "would regain the east.",
    "Trump ruled out NATO membership for Ukraine and called it unrealistic that Kyiv could win back its land.",
])
def test_a_judgement_of_the_clause_after_it_leaves_a_refusal_before_it(sentence: str) -> None:
    assert ("us", "nato", Stance.FOR) not in positions_of(sentence)
    assert ("us", "nato", Stance.AGAINST) in positions_of(sentence)


def test_a_judgement_that_refers_back_still_judges_the_keyword() -> None:
    # "it" is the membership itself: no clause follows the judgement
    assert positions_of("Asked about NATO membership for Ukraine, Rubio said it was unlikely.") == {
        ("us", "nato", Stance.AGAINST)}


@pytest.mark.parametrize("sentence", [
    # a silence about a measure is no stance on its issue (the suspension's "not" had turned it into support)
    "In her speech the minister did not mention Washington's suspension of military aid to Ukraine.",
    "Rubio made no mention of the pause in military aid to Ukraine.",
])
def test_not_mentioning_a_measure_is_no_stance(sentence: str) -> None:
    assert positions_of(sentence) == set()
