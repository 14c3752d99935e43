"""Position classes from the twelfth session's blind sets (a sanctions package held up by one member state and
then let through, a defence bill's money for Ukraine) on sentences written for these tests: the prose is
invented."""

from __future__ import annotations

import pytest

from briefing.model import Stance
from tests.extract.test_positions import positions_of

# (the sanctions issue reads toward its proposition, "Sanctions on Russia are eased": blocking sanctions is *for*)


@pytest.mark.parametrize(("sentence", "expected"), [
    # "not the first time" is no negation: the block stands (it read Slovakia *against* easing)
    ("It is not the first time Slovakia has held up sanctions on Russia.", {("europe", "sanctions", Stance.FOR)}),
    ("This is not for the first time that Hungary has vetoed new sanctions on Moscow.",
     {("europe", "sanctions", Stance.FOR)}),
    # a real negation still turns the cue
    ("Slovakia has not blocked the sanctions on Russia.", {("europe", "sanctions", Stance.AGAINST)}),
])
def test_not_the_first_time_is_no_negation(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # dropping an opposition, lifting a reservation: for the package, so against easing (it read *for* easing)
    ("Slovakia has dropped its opposition to the new sanctions on Russia.", {("europe", "sanctions", Stance.AGAINST)}),
    ("Slovakia finally lifted its reservations on the new package of sanctions against Russia.",
     {("europe", "sanctions", Stance.AGAINST)}),
    # dropping the thing itself
    ("Washington dropped the sanctions on Russia's airline.", {("us", "sanctions", Stance.FOR)}),
])
def test_dropping_an_opposition_is_for_the_thing(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the body a bill bars from a cut is no agent of the cut (it read the Pentagon *against* aid)
    ("The new law forbids the Pentagon from reducing military aid to Ukraine.", set()),
    ("Congress barred the Defense Department from halting military aid to Ukraine.",
     {("us", "military_aid", Stance.FOR)}),
    # a name and its verb after ", as" are a clause of their own (the headline read the EU *for* easing)
    ("EU set to adopt new sanctions on Russia, as Slovakia backs down.", {("europe", "sanctions", Stance.AGAINST)}),
])
def test_a_prohibition_and_an_as_clause(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Senate authorized $300 million for the Ukraine Security Assistance Initiative.",
     {("us", "military_aid", Stance.FOR)}),
    ("Congress voted to renew USAI for two more years.", {("us", "military_aid", Stance.FOR)}),
])
def test_a_bills_money_for_ukraine(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # an adverb between a country and its verb (it was no agent: no position at all)
    ("Slovakia finally approved the new sanctions on Russia.", {("europe", "sanctions", Stance.AGAINST)}),
    ("Poland swiftly agreed to send more weapons to Ukraine.", {("europe", "military_aid", Stance.FOR)}),
    # a noun in -ly after a demonym is no adverb: the family is no side's agent
    ("A Russian family welcomed the ceasefire.", set()),
])
def test_an_adverb_between_a_country_and_its_verb(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a reduced passive after the weapons: its "by" agent holds the aid (there was no position at all)
    ("The Patriot batteries supplied by Germany reached the front last week.", {("europe", "military_aid", Stance.FOR)}),
    ("Weapons for Ukraine paid for by Norway will leave port this month.", {("europe", "military_aid", Stance.FOR)}),
    # …and no one else: who destroys the weapons holds no stance on the aid
    ("Russia claimed it hit Patriot systems supplied by Germany.", set()),
])
def test_weapons_supplied_by_a_side(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Hungary expressed interest in the ceasefire.", {("europe", "ceasefire", Stance.FOR)}),
    ("Moscow showed little interest in a ceasefire.", {("russia", "ceasefire", Stance.AGAINST)}),
    ("Putin is not interested in a ceasefire.", {("russia", "ceasefire", Stance.AGAINST)}),
])
def test_an_interest_in_the_thing(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # who passed the bill holds what a relative clause says it provides (there was no position at all)
    ("The US Senate approved the defence bill (NDAA), which, among other things, provides for $300 million in "
     "military aid to Ukraine.", {("us", "military_aid", Stance.FOR)}),
    ("Congress passed a bill that provides military aid to Ukraine.", {("us", "military_aid", Stance.FOR)}),
    # not who rejected or criticised it
    ("Russia criticised the bill, which provides military aid to Ukraine.", set()),
])
def test_who_passed_a_document_holds_what_it_provides(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a country before "remains", "seems", "appears" is their subject (it was no agent: no position)
    ("Hungary remains opposed to new sanctions on Russia.", {("europe", "sanctions", Stance.FOR)}),
    ("Poland appears ready to send more weapons to Ukraine.", {("europe", "military_aid", Stance.FOR)}),
])
def test_a_country_before_a_linking_verb(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a body or a role of a side opening the sentence: the side after "of"/"for" is the agent's (it was none)
    ("The Upper House of the US Congress approved military aid to Ukraine.", {("us", "military_aid", Stance.FOR)}),
    ("A spokesman for the Kremlin rejected the ceasefire.", {("russia", "ceasefire", Stance.AGAINST)}),
    ("The leaders of the EU approved new sanctions on Russia.", {("europe", "sanctions", Stance.AGAINST)}),
    # not whoever is named after "of" elsewhere: critics of a side are not the side
    ("Critics of the Kremlin rejected the ceasefire.", set()),
    ("Trump met the leaders of the EU and rejected the ceasefire.", {("us", "ceasefire", Stance.AGAINST)}),
])
def test_a_body_of_a_side_as_subject(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # support conditioned on something is conditional, not a plain for
    ("Zelensky conditioned his backing for a ceasefire on a prisoner exchange.",
     {("ukraine", "ceasefire", Stance.CONDITIONAL)}),
    # guarantees of energy or money are no security guarantees (it read Britain *for* guarantees)
    ("Britain offered guarantees on energy supplies.", set()),
    ("Britain offered guarantees for Ukraine.", {("europe", "security_guarantees", Stance.FOR)}),
])
def test_conditioned_support_and_other_guarantees(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected
