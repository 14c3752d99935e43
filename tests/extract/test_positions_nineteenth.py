"""Position classes from the nineteenth positions helper's blind sets (a sanctions package held up by one member,
drone strikes on refineries), on sentences written for these tests: the prose is invented."""

from __future__ import annotations

import pytest

from briefing.model import Stance
from tests.extract.test_positions import positions_of


@pytest.mark.parametrize(("sentence", "expected"), [
    # a refusal held until something is done is a refusal on terms (it read *for* easing the sanctions)
    ("Slovakia will not support further sanctions until its worries about gas prices are settled.",
     {("europe", "sanctions", Stance.CONDITIONAL)}),
    ("Hungary opposes further sanctions until Brussels offers it cheaper power.",
     {("europe", "sanctions", Stance.CONDITIONAL)}),
    # (not a date: "until June" has no verb; the refusal stays a plain one)
    ("Hungary opposes further sanctions until June.", {("europe", "sanctions", Stance.FOR)}),
])
def test_a_refusal_until_something_is_done(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a put-off with its own object ("a postponement of the vote") after the keyword says nothing of the keyword:
    # it turned the opposition to the package into support for it (*against* easing)
    ("Hungary rejects the sanctions package and asks for a postponement of the ballot.",
     {("europe", "sanctions", Stance.FOR)}),
    # a reason after the keyword ("due to …") is a clause of its own: its "halt" is of the gas, not the sanctions
    ("Slovakia rejected the sanctions package due to its anger at plans to halt the gas flows.",
     {("europe", "sanctions", Stance.FOR)}),
])
def test_a_cue_with_its_own_object_after_the_keyword(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


def test_against_whose_object_is_a_subject() -> None:
    # "operations against X are delivering sanctions": the "against" is the operations', not a refusal of sanctions
    # (it read Ukraine *for* easing them); no cue is left, so no position
    said = "Zelensky said Ukraine’s drone operations against Moscow’s oil industry are delivering a tough kind of sanctions."
    assert positions_of(said) == set()
    # "against" with the keyword in its own object still refuses it
    assert positions_of("Hungary spoke out against the new sanctions package.") == {("europe", "sanctions", Stance.FOR)}


def test_another_kind_of_security_guarantee() -> None:
    # energy supply guarantees to a member are no guarantee of the peace (it read Europe *for* troops guaranteeing it)
    assert positions_of("The Commission pledged to offer energy security guarantees for Slovakia.") == set()


@pytest.mark.parametrize(("sentence", "expected"), [
    # praising, stepping up: a want of what follows (they read nothing)
    ("Zelensky praised the drone units for targeting refineries deep inside Russia.",
     {("ukraine", "energy_infrastructure", Stance.AGAINST)}),
    ("Kyiv has stepped up attacks on Russian oil depots.", {("ukraine", "energy_infrastructure", Stance.AGAINST)}),
    # the keyword's apostrophe as the text writes it, curly or straight (the curly form read nothing)
    ("Lavrov demanded recognition of Russia’s sovereignty over Crimea.", {("russia", "territory", Stance.AGAINST)}),
    ("Lavrov demanded recognition of Russia's sovereignty over Crimea.", {("russia", "territory", Stance.AGAINST)}),
    # shipments of weapons are military aid (they read nothing)
    ("Hegseth paused weapons shipments to Kyiv.", {("us", "military_aid", Stance.AGAINST)}),
])
def test_found(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected
