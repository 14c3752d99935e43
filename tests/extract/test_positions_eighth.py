"""Position classes from the eighth session's blind sets (talks in Paris and the weeks around them), on sentences
written for these tests: the prose is invented."""

from __future__ import annotations

import pytest

from briefing.model import Stance
from tests.extract.test_positions import positions_of


@pytest.mark.parametrize(("sentence", "expected"), [
    # an object relative after the keyword has a subject of its own: its cue is that subject's, not the main clause's
    ("Moscow has accepted a ceasefire that Ukraine has rejected.",
     {("russia", "ceasefire", Stance.FOR), ("ukraine", "ceasefire", Stance.AGAINST)}),
    ("Kyiv backed the truce, which Moscow rejected.",
     {("ukraine", "ceasefire", Stance.FOR), ("russia", "ceasefire", Stance.AGAINST)}),
    # coordinated relatives each name their own subject
    ("The Kremlin turned down a ceasefire that Washington has backed and Kyiv has endorsed.",
     {("russia", "ceasefire", Stance.AGAINST), ("us", "ceasefire", Stance.FOR), ("ukraine", "ceasefire", Stance.FOR)}),
    # a negation inside the relative turns its own cue only
    ("Russia rejected a truce that Ukraine has not accepted either.",
     {("russia", "ceasefire", Stance.AGAINST), ("ukraine", "ceasefire", Stance.AGAINST)}),
])
def test_an_object_relative_holds_its_own_stance(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


def test_a_reported_relative_gives_no_stance_of_its_own() -> None:
    # "that Trump said Kyiv endorsed": a report inside the relative, whose holder is not read
    assert positions_of("Moscow has refused a ceasefire that Trump said Kyiv endorsed.") == {
        ("russia", "ceasefire", Stance.AGAINST)}


@pytest.mark.parametrize(("sentence", "expected"), [
    # the items of a list of demands are the demands of whoever set them, not of the side named in each item
    ("However, Moscow has laid down terms for any deal, including Ukraine renouncing its NATO ambitions.",
     {("russia", "nato", Stance.AGAINST)}),
    ("The Kremlin has listed its conditions, such as Kyiv abandoning NATO membership.",
     {("russia", "nato", Stance.AGAINST)}),
])
def test_a_listed_demand_is_the_demanders(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


def test_a_sides_adjective_before_a_noun_cue_is_its_agent() -> None:
    # the gulf "between European calls for guarantees and …": the calls are Europe's, not the sentence subject's
    sentence = ("Vance has praised the Kremlin’s approach, exposing the distance between European calls for "
                "robust security guarantees and the priorities of the White House.")
    assert positions_of(sentence) == {("europe", "security_guarantees", Stance.FOR)}
    # a noun cue after the adjective, not a verb: the adjective's side is still the agent, not the name before
    assert positions_of("Rubio’s remarks on a possible peacekeeping force drew swift Russian rejection.") == {
        ("russia", "security_guarantees", Stance.AGAINST)}
    # a side that disputes another's noun cue still makes it no one's stance
    assert positions_of("Zelensky criticised Russian demands for neutral status.") == set()


@pytest.mark.parametrize(("sentence", "expected"), [
    # two acts coordinated before the keyword, each with its own object: only the last speaks about the keyword
    ("Moscow has refused a truce, tying any deal to Ukraine halting its mobilisation and Western nations "
     "suspending arms deliveries.",
     {("russia", "ceasefire", Stance.AGAINST), ("russia", "military_aid", Stance.AGAINST)}),
    ("Britain refused to halt and to suspend military aid to Ukraine.", {("europe", "military_aid", Stance.FOR)}),
])
def test_coordinated_acts_before_the_keyword(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # verbs that bring the thing about, and a push or a help towards it
    ("Rubio has led the American effort to forge a ceasefire.", {("us", "ceasefire", Stance.FOR)}),
    ("Witkoff flew to Moscow to broker a truce.", {("us", "ceasefire", Stance.FOR)}),
    ("Starmer is pushing for security guarantees.", {("europe", "security_guarantees", Stance.FOR)}),
    ("Vance voiced hope that the United States could help stop the fighting.", {("us", "ceasefire", Stance.FOR)}),
    # turning down and rebuffing refuse what follows
    ("The Kremlin turned down the ceasefire.", {("russia", "ceasefire", Stance.AGAINST)}),
    ("Putin has rebuffed a full truce.", {("russia", "ceasefire", Stance.AGAINST)}),
])
def test_cues_that_bring_about_or_refuse(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


def test_a_country_that_says_where_a_city_is_is_no_agent() -> None:
    # "arrived in Riyadh, Saudi Arabia, …" or "in St. Petersburg, Russia, …": the country places the city
    found = positions_of("Witkoff landed in St. Petersburg, Russia, on Friday for talks aimed at securing a truce.")
    assert not {p for p in found if p[0] == "russia"}
