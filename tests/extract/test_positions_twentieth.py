"""Position classes from the twentieth positions helper's blind sets (other negotiations: a dam on the Nile, a
Security Council vote on an autonomy plan), on sentences written for these tests: the prose is invented."""

from __future__ import annotations

import pytest

from briefing.model import Stance
from tests.extract.test_positions import positions_of


@pytest.mark.parametrize("sentence", [
    # leaving or stopping a broker's effort toward a thing says who stopped trying, not what they want: these read
    # the United States *for* the truce (two refusals cancelled) or *against* it
    "Washington raised the prospect of a withdrawal from the efforts to broker a ceasefire.",
    "Rubio said the United States could withdraw from efforts to broker a ceasefire within days.",
    "Trump halted efforts to broker a ceasefire after the strikes.",
])
def test_leaving_an_effort_toward_a_thing_is_no_stance_on_it(sentence: str) -> None:
    assert positions_of(sentence) == set()


@pytest.mark.parametrize(("sentence", "expected"), [
    # (an effort that is the holder's own want stays a stance; so does blocking another's effort)
    ("Zelensky dropped his bid for NATO membership.", {("ukraine", "nato", Stance.AGAINST)}),
    ("Hungary blocked efforts to impose new sanctions.", {("europe", "sanctions", Stance.FOR)}),
    ("The United States will continue its efforts to broker a ceasefire.", {("us", "ceasefire", Stance.FOR)}),
])
def test_an_own_effort_or_a_block_stays_a_stance(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected
