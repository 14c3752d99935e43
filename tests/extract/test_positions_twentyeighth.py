"""Position classes from the twenty-eighth positions helper (whose stance an absolute "with X insisting …" phrase
gives; harming a thing as a cue; the content of a claim made into a noun; a bare demand dropped; a relative
clause reported by a name), on sentences written for these tests: the prose is invented."""

from __future__ import annotations

import pytest

from briefing.model import Stance
from tests.extract.test_positions import positions_of


@pytest.mark.parametrize(("sentence", "expected"), [
    # the name after "with" acts in its absolute phrase, not the speaker named before it (these gave the
    # speaker's side on main)
    ("The truce talks will resume on Monday, Putin has said, with Zelensky insisting the ceasefire must come first.",
     {("ukraine", "ceasefire", Stance.FOR)}),
    ("Kyiv will host the envoys next week, Zelensky said, with Lavrov rejecting any ceasefire along the front.",
     {("russia", "ceasefire", Stance.AGAINST)}),
    # a person of no side that holds positions: no holder rather than the speaker
    ("The truce talks will resume on Monday, Putin has said, with Recep Tayyip Erdogan insisting the ceasefire "
     "must come first.", set()),
    # guard: a "with" phrase after the cue leaves the cue to its own subject
    ("Putin rejected a ceasefire, with Zelensky watching closely.", {("russia", "ceasefire", Stance.AGAINST)}),
])
def test_an_absolute_with_phrase_names_its_own_agent(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # harming a thing is against it; not harming it, or "without" harming it, is for it (these read nothing on main)
    ("Russia undermined the ceasefire on Tuesday.", {("russia", "ceasefire", Stance.AGAINST)}),
    ("Zelensky vowed never to compromise Ukraine's territorial integrity.", {("ukraine", "territory", Stance.FOR)}),
    ("Zelensky said the truce would not compromise Ukraine's security guarantees.",
     {("ukraine", "security_guarantees", Stance.FOR)}),
    ("Starmer said Britain would reach a trade deal without compromising its security guarantees.",
     {("europe", "security_guarantees", Stance.FOR)}),
    # guards: a compromise as a noun, or "compromise on", is no harm; a plain "without" still gives nothing
    ("Macron warned that a compromise on territory was near.", set()),
    ("Kyiv signed the deal without providing security guarantees.", set()),
])
def test_harming_a_thing_is_against_it(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # what a claim, a report or a fear says of an unnamed act is no one's stance (these read one on main)
    ("The Kremlin dismissed claims from Kyiv that the truce offer was sincere.", set()),
    ("The Kyiv government faced claims from Polish farmers that the offer of a truce to Moscow was reckless.", set()),
    # guard: a report naming its agent is that agent's act
    ("The announcement came after reports that Trump paused military aid to Ukraine.",
     {("us", "military_aid", Stance.AGAINST)}),
])
def test_the_content_of_a_claim_is_no_stance(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a bare demand or bid dropped, as a headline writes it, is read as "dropped its demand" is (main: *for*, or
    # nothing)
    ("Kyiv is ready to drop demand for NATO membership, officials say.", {("ukraine", "nato", Stance.AGAINST)}),
    ("Ukraine dropped bid for NATO membership on Friday.", {("ukraine", "nato", Stance.AGAINST)}),
])
def test_a_bare_demand_dropped_is_against_it(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a relative clause reported by a name of its own: the cue before it speaks of its head noun (main: *open*)
    ("The envoys were still negotiating over the part of the plan that Zelensky said would bring security "
     "guarantees.", set()),
    # guard: "said that" opens the reported clause as before
    ("Zelensky said that Ukraine would accept a ceasefire.", {("ukraine", "ceasefire", Stance.FOR)}),
])
def test_a_relative_clause_reported_by_a_name_is_its_own_clause(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected
