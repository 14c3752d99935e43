"""Position classes from the tenth session's blind sets (a multinational force for Ukraine after a ceasefire, a
long-range missile debate) and the brief's known classes, on sentences written for these tests: the prose is
invented."""

from __future__ import annotations

import pytest

from briefing.model import Stance
from tests.extract.test_positions import positions_of


@pytest.mark.parametrize("sentence", [
    # a truce that dates another thing is no one's stance on the truce
    "French President Emmanuel Macron said the mission was ready to move once a ceasefire is agreed.",
    "Germany is ready to help rebuild the grid as soon as a ceasefire is reached.",
])
def test_a_ceasefire_that_dates_another_thing_is_no_stance_on_it(sentence: str) -> None:
    assert positions_of(sentence) == set()


@pytest.mark.parametrize(("sentence", "expected"), [
    # the time clause's own verb is not the holder's ("stops" is Russia's, in the clause "once" opens)
    ("Kyiv is ready to accept a ceasefire once Russia stops its strikes.", {("ukraine", "ceasefire", Stance.FOR)}),
    # "once again" is no time clause
    ("Moscow rejected the truce once again.", {("russia", "ceasefire", Stance.AGAINST)}),
    # a holder's condition ("until", "only after") still reads as before
    ("Zelensky agreed to a ceasefire after talks with the envoys.", {("ukraine", "ceasefire", Stance.FOR)}),
])
def test_a_time_clause_keeps_its_own_cues(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # the force that would keep a truce is what is wanted, not the truce itself
    "Britain is building a reassurance force aimed at patrolling a later ceasefire.",
    "Starmer wants a European mission to monitor any truce along the front.",
])
def test_a_force_that_would_keep_a_ceasefire_is_no_stance_on_the_ceasefire(sentence: str) -> None:
    assert positions_of(sentence) == set()


@pytest.mark.parametrize(("sentence", "expected"), [
    # "stop the war" with a word or two on how long or how bad it is between ("end the war", with them or
    # without, names no order of truce and settlement: test_positions42)
    ("Trump wants to stop the three-year-long war quickly.", {("us", "ceasefire", Stance.FOR)}),
    ("Zelensky said he wanted to stop this senseless war.", {("ukraine", "ceasefire", Stance.FOR)}),
    # another war is not this one
    ("Washington wants to stop the trade war with Beijing.", set()),
])
def test_end_the_war_with_words_between(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # sending or deploying peacekeepers is a stance on them
    ("France would send peacekeepers to Ukraine, Macron said.", {("europe", "security_guarantees", Stance.FOR)}),
    ("Hungary refuses to send peacekeepers, Orban said.", {("europe", "security_guarantees", Stance.AGAINST)}),
    # a mission of long ago is history, not a stance
    ("The United Nations sent peacekeepers to Lebanon in 2006.", set()),
])
def test_sending_peacekeepers(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # the second of a pair after a preposition is governed by it too: not the clause's agent
    "With British and NATO backing, Kyiv could regain its pre-war borders.",
    # "appears to believe": a belief about Ukraine's chances, not Ukraine's (nor Europe's) stance
    "The president now seems to believe that Kyiv can restore its pre-war borders.",
])
def test_no_holder_from_a_preposition_pair_or_a_belief(sentence: str) -> None:
    assert positions_of(sentence) == set()


@pytest.mark.parametrize(("sentence", "expected"), [
    # weapons in a passive to the recipient, announced by a speaker tag
    ("Patriot systems will be delivered to Ukraine next month, German Chancellor Friedrich Merz said.",
     {("europe", "military_aid", Stance.FOR)}),
    ("The missiles will not be delivered to Kyiv, German Defence Minister Boris Pistorius said.",
     {("europe", "military_aid", Stance.AGAINST)}),
    # a person sent to Ukraine is no aid; nor are weapons sent elsewhere
    ("Kellogg will be sent to Ukraine next week, Trump said.", set()),
    ("The tanks were delivered to Poland last year, Polish officials said.", set()),
])
def test_weapons_delivered_to_ukraine_in_the_passive(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected
