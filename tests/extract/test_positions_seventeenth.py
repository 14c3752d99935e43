"""Position classes from the seventeenth positions helper's blind sets (a second round of talks where each side
hands over its memorandum, a pause in weapons deliveries), on sentences written for these tests: the prose is
invented."""

from __future__ import annotations

import pytest

from briefing.model import Stance
from tests.extract.test_positions import positions_of


@pytest.mark.parametrize("sentence", [
    # a quotation whose subject is another side's body: the speaker tells of that side's act (it read the speaker's
    # side as holder: Russia *open* / *against* from what Kyiv's officials did, as Lavrov told it)
    'Lavrov added that "Ukrainian army commanders vowed to consider the ceasefire proposal soon."',
    '"The Ukrainian delegation rejected the ceasefire again," Lavrov said.',
])
def test_another_sides_body_in_a_quote_holds_nothing_for_the_speaker(sentence: str) -> None:
    assert positions_of(sentence) == set()


def test_the_speakers_own_body_in_a_quote_still_holds() -> None:
    assert positions_of('"The Russian delegation rejected the ceasefire again," Lavrov said.') == {
        ("russia", "ceasefire", Stance.AGAINST)}


@pytest.mark.parametrize("sentence", [
    # "President of Ukraine X criticised Russia's proposal": the criticism is the sentence, not Russia's proposal (it
    # read Russia *for*: the titled name after "of Ukraine" was taken for the object of "of")
    "President of Ukraine Volodymyr Zelensky has criticised Russia's proposal for a two-day ceasefire.",
])
def test_a_title_of_a_country_opens_the_subject(sentence: str) -> None:
    assert positions_of(sentence) == set()


def test_a_title_of_a_country_before_its_holder_gives_the_holder() -> None:
    assert positions_of("President of Ukraine Volodymyr Zelensky rejected the ceasefire.") == {
        ("ukraine", "ceasefire", Stance.AGAINST)}


@pytest.mark.parametrize("sentence", [
    # two sides' adjectives sharing one body as the subject: each holds what they did together (it gave the first
    # side alone)
    "The Ukrainian and Russian delegations agreed to a ceasefire.",
    "The Russian and Ukrainian delegations agreed on a ceasefire.",
])
def test_a_joint_body_of_two_sides_holds_for_each(sentence: str) -> None:
    assert positions_of(sentence) == {("ukraine", "ceasefire", Stance.FOR), ("russia", "ceasefire", Stance.FOR)}


@pytest.mark.parametrize("sentence", [
    # refraining from a use of the thing, or from an act no cue names, says nothing of the thing (it read Russia
    # *for* the truce, then *against* it)
    "Moscow urged Kyiv to refrain from using the ceasefire as a pause to rearm.",
    "Moscow warned Kyiv against exploiting the truce to regroup its forces.",
    "Moscow urged Kyiv to refrain from breaking the ceasefire.",
])
def test_a_refused_use_of_the_thing_is_no_stance_on_it(sentence: str) -> None:
    assert positions_of(sentence) == set()


def test_refraining_from_a_cued_act_still_composes() -> None:
    assert positions_of("The Kremlin urged Brussels to refrain from imposing new sanctions.") == {
        ("russia", "sanctions", Stance.FOR)}


@pytest.mark.parametrize(("sentence", "expected"), [
    # criticism of a stop of the thing is for the thing (it read Kyiv *against* the aid it wants back)
    ("Kyiv condemned the freeze on military aid.", {("ukraine", "military_aid", Stance.FOR)}),
    ("Kyiv criticised the pause in military aid to Ukraine.", {("ukraine", "military_aid", Stance.FOR)}),
    # a hold on the thing stops it (it read the US *for* the aid it held back)
    ("Hegseth implemented the hold on military aid.", {("us", "military_aid", Stance.AGAINST)}),
    # criticism of the thing itself is still against it
    ("Kyiv criticised the military aid.", {("ukraine", "military_aid", Stance.AGAINST)}),
])
def test_a_stop_of_the_thing(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a refusal's holder after "from", whoever reports it (it read none, or the reporter's side)
    ("The ceasefire plan met resistance from France.", {("europe", "ceasefire", Stance.AGAINST)}),
    ("The ceasefire met resistance from the Kremlin, Zelensky said.", {("russia", "ceasefire", Stance.AGAINST)}),
    ("The new sanctions face opposition from Hungary.", {("europe", "sanctions", Stance.FOR)}),
    # no side after "from", or armed resistance: no holder
    ("The ceasefire met resistance from hardliners, Zelensky said.", set()),
    ("The truce met resistance from Ukrainian forces.", set()),
])
def test_a_refusal_from_a_side(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected
