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


@pytest.mark.parametrize("sentence", [
    # whom an order or advice is given to is not who holds the stance: these read Russia or Ukraine as holders
    # (*for* the truce, *against* easing the sanctions)
    "Macron told Russia to accept a ceasefire.",
    "The tribunal instructed Russia to cease all plans to lift sanctions.",
    "Merz encouraged Ukraine to accept the ceasefire.",
])
def test_whom_an_order_is_given_to_holds_no_stance(sentence: str) -> None:
    assert not any(side in ("russia", "ukraine") for side, _issue, _stance in positions_of(sentence))


@pytest.mark.parametrize(("sentence", "expected"), [
    # (who is told something still holds what the told clause says of its own subject)
    ("Putin told Trump that Moscow rejects a ceasefire.", {("russia", "ceasefire", Stance.AGAINST)}),
    ("Zelensky told reporters that Kyiv backs the ceasefire.", {("ukraine", "ceasefire", Stance.FOR)}),
    # a warning whose clause has its own verb: the warner holds no stance of that clause's subject
    ("Zelensky warned Putin is trying to gain more land ahead of any truce.", set()),
])
def test_a_told_clause_keeps_its_subject(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a cue with its own object, then "and" and a verb of its own: the cue says nothing of a keyword after that
    # verb (these read Europe *against* the truce, Hungary *for* easing the sanctions)
    ("Kallas said Europe rejects the Kremlin's demands and wants a ceasefire now.", set()),
    ("Hungary rejected the demands and vowed that new sanctions would pass.",
     {("europe", "sanctions", Stance.AGAINST)}),
    # (one object listed with the keyword stays the cue's: "related" is no verb)
    ("Russia rejected the proposal and related security guarantees.",
     {("russia", "security_guarantees", Stance.AGAINST)}),
])
def test_a_predicate_of_its_own_between_a_cue_and_the_keyword(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a refusal that "unless" says how to lift is a yes on terms (these read Russia *against* the truce)
    ("Russia will reject the ceasefire unless Kyiv withdraws its troops.",
     {("russia", "ceasefire", Stance.CONDITIONAL)}),
    ("Russia would not accept a ceasefire unless the West lifts sanctions.",
     {("russia", "ceasefire", Stance.CONDITIONAL), ("russia", "sanctions", Stance.FOR)}),
    # (an "unless" of another clause leaves the refusal plain)
    ("Putin rejected the ceasefire, saying the talks would fail unless Kyiv withdraws.",
     {("russia", "ceasefire", Stance.AGAINST)}),
])
def test_a_refusal_unless_something_is_done(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "threaten" with a definite or possessed object endangers it: no want of it (it read Russia *for* the truce)
    ("Russia is threatening the ceasefire, Zelensky said.", set()),
    # a warning "against" doing something is asked of whom it names (it read Russia *against* the truce)
    ("Macron warned Russia against threatening the ceasefire.", set()),
    # (a measure threatened is still wanted)
    ("Trump threatened new sanctions on Russia.", {("us", "sanctions", Stance.AGAINST)}),
])
def test_a_thing_threatened_and_a_warning_against(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected
