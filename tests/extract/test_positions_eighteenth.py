"""Position classes from the eighteenth positions helper's blind sets (a truce brokered between a state and an
armed group, an armed group's disarmament), on sentences written for these tests: the prose is invented."""

from __future__ import annotations

import pytest

from briefing.model import Stance
from tests.extract.test_positions import positions_of


@pytest.mark.parametrize(("sentence", "expected"), [
    # a keyword that names an act carries its own verb: an obligation right before it is a demand, its speaker's
    # (it read nothing: "must" is no cue elsewhere)
    ("Starmer said Russia must stop the war.", {("europe", "ceasefire", Stance.FOR)}),
    ("Zelensky said Ukraine must join NATO without delay.", {("ukraine", "nato", Stance.FOR)}),
    # "will never" before the act: the subject's refusal
    ("Russia will never stop the war, Medvedev said.", {("russia", "ceasefire", Stance.AGAINST)}),
    # the keyword as the subject of its own going on
    ("Rubio said the sanctions will continue.", {("us", "sanctions", Stance.AGAINST)}),
    ("Hegseth said military aid will continue.", {("us", "military_aid", Stance.FOR)}),
    # going on with it, right before it, without a determiner (it read nothing)
    ("Rubio said Washington intends to continue sanctions on Russia.", {("us", "sanctions", Stance.AGAINST)}),
    ("Hegseth said the US would keep up military aid.", {("us", "military_aid", Stance.FOR)}),
])
def test_a_keywords_own_verb(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


def test_a_negated_obligation_is_not_a_demand() -> None:
    # "must never" is the negation's to read (a claim about another side: none), not a demand for membership
    assert positions_of("Putin said Ukraine must never join NATO.") == set()


@pytest.mark.parametrize(("sentence", "expected"), [
    # "insists on X monitoring any ceasefire" sets terms for whatever truce comes: conditional (it read *for*)
    ("Zelensky insisted on the United Nations monitoring any ceasefire.",
     {("ukraine", "ceasefire", Stance.CONDITIONAL)}),
    # with nothing between the want and "any", the want is the keyword's: for
    ("Zelensky said Ukraine would accept any ceasefire.", {("ukraine", "ceasefire", Stance.FOR)}),
])
def test_terms_for_any(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected
