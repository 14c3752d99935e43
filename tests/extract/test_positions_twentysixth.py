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


@pytest.mark.parametrize(("sentence", "expected"), [
    # Russia leaving Ukraine's land names the land restored, whoever speaks (these gave nothing: "territory" alone
    # names what a side may want either way), and "the military alliance" is NATO's common name in wire copy
    ("Zelensky again demanded that Russia withdraw its troops from every occupied region.",
     {("ukraine", "territory", Stance.FOR)}),
    ("Ukraine insists on a full withdrawal of Russian forces.", {("ukraine", "territory", Stance.FOR)}),
    ("Putin ruled out any withdrawal of Russian troops.", {("russia", "territory", Stance.AGAINST)}),
    ("Ukraine wants to join the military alliance.", {("ukraine", "nato", Stance.FOR)}),
])
def test_russia_withdrawing_and_the_military_alliance_are_read(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a relative whose verb only an agent does has the name before it as subject, even after a preposition
    # (these gave no holder: a name after "to" or "for" is a preposition's object)
    ("The proposal is unacceptable to Zelensky, who still wants to join the military alliance.",
     {("ukraine", "nato", Stance.FOR)}),
    ("It is a blow to Zelensky, who wants NATO membership.", {("ukraine", "nato", Stance.FOR)}),
    ("The plan is a setback for Moscow, which has long demanded neutral status for Ukraine.",
     {("russia", "nato", Stance.AGAINST)}),
    # guards: a verb a document or a thing can have keeps the preposition's object out
    ("Ukraine signed a deal with Russia, which lifts some sanctions.", set()),
    ("Zelensky sent a letter to the White House, which supports a ceasefire.", set()),
])
def test_an_agents_relative_after_a_preposition_has_its_antecedent(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected
