"""Position classes from the twenty-fourth positions helper (a refusal of one thing followed by a clause that
wants another, a former office-holder's quotation, a speaker we cannot place inside a subordinate clause, an
indefinite subject inside a quotation), on sentences written for these tests: the prose is invented."""

from __future__ import annotations

import pytest

from briefing.model import Stance
from tests.extract.test_positions import positions_of


@pytest.mark.parametrize(("sentence", "expected"), [
    # the refusal's object is the plan; the "as"/"since" clause, with a subject and verb of its own, says what
    # the subject wants (these read Ukraine *against* a ceasefire, Russia *against* sanctions relief)
    ("Ukraine rejected the plan as it seeks a ceasefire.", {("ukraine", "ceasefire", Stance.FOR)}),
    ("Ukraine turned down the offer as it seeks NATO membership.", {("ukraine", "nato", Stance.FOR)}),
    ("Kyiv rejected the plan since Washington wants a ceasefire.", {("us", "ceasefire", Stance.FOR)}),
])
def test_a_refusal_of_another_thing_does_not_turn_the_clause_after_it(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # guards: the keyword as what is refused, or what the refused thing is called, keeps the refusal
    ("Ukraine rejected the ceasefire as Russia attacked.", {("ukraine", "ceasefire", Stance.AGAINST)}),
    ("Ukraine rejected the plan as a ceasefire trap.", {("ukraine", "ceasefire", Stance.AGAINST)}),
])
def test_a_refusal_of_the_keyword_itself_stays(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected
