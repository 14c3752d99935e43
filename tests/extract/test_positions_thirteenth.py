"""Position classes from the thirteenth positions helper's blind sets (Kyiv's offer to give up its bid for the
alliance in return for guarantees, the US offer of guarantees modelled on the alliance's mutual-defence clause), on
sentences written for these tests: the prose is invented."""

from __future__ import annotations

import pytest

from briefing.model import Stance
from tests.extract.test_positions import positions_of


@pytest.mark.parametrize("sentence", [
    # what a requirement asks of "by X" is the speaker's demand, not X's stance (it read the US *for*)
    "The guarantees would have to be legally binding and backed by the US Congress.",
    "Any security guarantees must be approved by the US Senate.",
])
def test_a_required_passive_agent_holds_no_stance(sentence: str) -> None:
    assert positions_of(sentence) == set()


def test_a_plain_passive_agent_still_holds() -> None:
    assert positions_of("The security guarantees were approved by the US Senate.") == \
        {("us", "security_guarantees", Stance.FOR)}
