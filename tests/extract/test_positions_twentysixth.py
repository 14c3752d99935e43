"""Position classes from the twenty-sixth positions helper (a condition opened by "as soon as" with a subject and
its verb; a refusal of the terms set for a thing, not of the thing), on sentences written for these tests: the
prose is invented."""

from __future__ import annotations

import pytest

from briefing.model import Stance
from tests.extract.test_positions import positions_of


@pytest.mark.parametrize(("sentence", "expected"), [
    # a readiness on terms: "as soon as" + a subject and its verb is a condition (these read a plain *for*)
    ("Russia is ready to declare a truce as soon as Kyiv announces a pullback from the south.",
     {("russia", "ceasefire", Stance.CONDITIONAL)}),
    ("Moscow would agree to a ceasefire as soon as the West halts its deliveries of arms.",
     {("russia", "ceasefire", Stance.CONDITIONAL)}),
    ("Ukraine will sign the truce as soon as Russia withdraws from Crimea.",
     {("ukraine", "ceasefire", Stance.CONDITIONAL)}),
])
def test_as_soon_as_a_subject_acts_is_a_condition(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a keyword inside the condition is what another would have to do, not anyone's stance yet (these read Kyiv
    # *against* NATO membership: the act Moscow asks of it)
    ("Russia will halt its offensive as soon as Kyiv rejects NATO membership.", set()),
    ("Moscow will stop its strikes as soon as Kyiv renounces NATO membership.", set()),
    ("Russia will lift its blockade as soon as Ukraine accepts neutral status.", set()),
])
def test_a_keyword_inside_an_as_soon_as_condition_is_no_stance(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # guards: a time, not a condition, keeps the plain stance
    ("Russia wants a truce as soon as possible.", {("russia", "ceasefire", Stance.FOR)}),
    ("Russia is ready to sign a ceasefire as soon as Monday.", {("russia", "ceasefire", Stance.FOR)}),
])
def test_as_soon_as_a_time_is_no_condition(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the terms set for a thing refused are not the thing refused (these read Ukraine *against* a ceasefire)
    ("Ukraine dismissed the ceasefire conditions set out by the Kremlin as theatre.", set()),
    ("Kyiv rejected Moscow's truce terms on Tuesday.", set()),
    ("Ukraine rejected the ceasefire demands put forward in Moscow.", set()),
])
def test_refusing_the_terms_of_a_thing_is_no_stance_on_it(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # guards: the thing itself refused, and terms accepted, keep their stance
    ("Ukraine rejected the ceasefire outright.", {("ukraine", "ceasefire", Stance.AGAINST)}),
    ("Ukraine rejected a ceasefire on Russia's terms.", {("ukraine", "ceasefire", Stance.AGAINST)}),
])
def test_refusing_the_thing_itself_stays(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected
