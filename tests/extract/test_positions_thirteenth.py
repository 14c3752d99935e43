"""Position classes from the thirteenth positions helper's blind sets (Kyiv's offer to give up its bid for the
alliance in return for guarantees, the US offer of guarantees modelled on the alliance's mutual-defence clause), on
sentences written for these tests: the prose is invented."""

from __future__ import annotations

import pytest

from briefing.model import Stance
from tests.extract.test_positions import positions_of


@pytest.mark.parametrize(("sentence", "expected"), [
    # dropping a bid is against what the bid seeks (it read Ukraine *conditional*: for membership, on terms)
    ("Kyiv could drop its application to join NATO if allies offer firm guarantees.",
     {("ukraine", "nato", Stance.AGAINST)}),
    ("Zelensky has dropped Ukraine's demand for NATO membership.", {("ukraine", "nato", Stance.AGAINST)}),
    # …and dropping an objection to it is for it
    ("Washington dropped its objections to NATO membership for Ukraine.", {("us", "nato", Stance.FOR)}),
    # "in return for" names what the holder wants, as "in exchange for" does
    ("Zelensky offered to shelve the NATO bid in return for security guarantees.",
     {("ukraine", "nato", Stance.AGAINST), ("ukraine", "security_guarantees", Stance.FOR)}),
])
def test_dropping_a_bid_is_against_it(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # a noun "drop", and a verb without an object, say nothing
    "Support for NATO membership saw a drop in the east of the country.",
    # no objection is no stance either way
    "Washington raised no objection to NATO membership for Ukraine.",
])
def test_a_drop_that_is_no_verb_is_no_stance(sentence: str) -> None:
    assert positions_of(sentence) == set()


@pytest.mark.parametrize("sentence", [
    # what a requirement asks of "by X" is the speaker's demand, not X's stance (it read the US *for*)
    "Such guarantees would have to be ratified and endorsed by the US Senate.",
    "Any security guarantees must be approved by the US Senate.",
])
def test_a_required_passive_agent_holds_no_stance(sentence: str) -> None:
    assert positions_of(sentence) == set()


def test_a_plain_passive_agent_still_holds() -> None:
    assert positions_of("The security guarantees were approved by the US Senate.") == \
        {("us", "security_guarantees", Stance.FOR)}


@pytest.mark.parametrize(("sentence", "expected"), [
    # signing and implementing a deal are for it (no stance was read)
    ("Zelensky said Kyiv would sign the ceasefire agreement next week.", {("ukraine", "ceasefire", Stance.FOR)}),
    ("Russia has begun to implement the ceasefire.", {("russia", "ceasefire", Stance.FOR)}),
])
def test_signing_and_implementing_are_for_it(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # a noun "sign" is no verb of signing
    "Kyiv saw the remarks as a sign that the ceasefire would not hold.",
])
def test_a_sign_that_is_no_verb_is_no_stance(sentence: str) -> None:
    assert positions_of(sentence) == set()


@pytest.mark.parametrize(("sentence", "expected"), [
    # continuing a thing is for it; presenting a side with a thing is offering it (no stance was read)
    ("The EU will continue the sanctions on Russia.", {("europe", "sanctions", Stance.AGAINST)}),
    ("Washington presented Kyiv with a set of security guarantees on Tuesday.",
     {("us", "security_guarantees", Stance.FOR)}),
])
def test_continuing_and_presenting_are_for_it(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # a passive presentation names no one who offers; a fall in support is no one's stance
    "Ukraine was presented with security guarantees.",
    "Support for the sanctions dropped this year.",
])
def test_a_passive_presentation_and_a_fall_hold_no_stance(sentence: str) -> None:
    assert positions_of(sentence) == set()


@pytest.mark.parametrize(("sentence", "expected"), [
    # "would have to be" says a requirement as "must be" does (no stance was read)
    ("Zelensky said any security guarantees have to be written into law.", {("ukraine", "security_guarantees", Stance.FOR)}),
    # Ukraine's entry into the alliance, its name between the words (no stance was read)
    ("Trump rejected the admission of Ukraine into NATO.", {("us", "nato", Stance.AGAINST)}),
])
def test_a_requirement_and_an_entry_of_ukraine(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # favouring a thing is for it (no stance was read)
    ("France favoured sending European troops to Ukraine.", {("europe", "security_guarantees", Stance.FOR)}),
    ("Most of the Kremlin's advisers are in favour of a ceasefire, Peskov said.", {("russia", "ceasefire", Stance.FOR)}),
])
def test_favouring_is_for_it(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected
