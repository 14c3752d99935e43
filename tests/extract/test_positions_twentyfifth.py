"""Position classes from the twenty-fifth positions helper (a past-tense verb coordinated after the keyword and a
time complement, with an object of its own), on sentences written for these tests: the prose is invented."""

from __future__ import annotations

import pytest

from briefing.model import Stance
from tests.extract.test_positions import positions_of


@pytest.mark.parametrize(("sentence", "expected"), [
    # "and condemned …" after the keyword and a time complement is a second predicate of the subject, about its
    # own object (these read the US *against* a ceasefire it demands)
    ("Trump said Putin must agree to a truce by Friday and condemned recent strikes on Kyiv as “vile”.",
     {("us", "ceasefire", Stance.FOR)}),
    ("Trump said Putin must agree to a truce by Friday and criticised Moscow.", {("us", "ceasefire", Stance.FOR)}),
    ("Rubio said Russia must accept a ceasefire within ten days and rejected any delay.",
     {("us", "ceasefire", Stance.FOR)}),
])
def test_a_past_verb_coordinated_after_the_keyword_has_its_own_object(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # guards: a pronoun object stands for the keyword; no time complement keeps the old reading
    ("Russia received the ceasefire plan on Friday and rejected it.", {("russia", "ceasefire", Stance.AGAINST)}),
    ("Russia studied the ceasefire proposal and rejected it.", {("russia", "ceasefire", Stance.AGAINST)}),
    ("Russia was handed a truce plan and rejected the proposal.", {("russia", "ceasefire", Stance.AGAINST)}),
])
def test_a_refusal_of_the_keyword_after_and_stays(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected
