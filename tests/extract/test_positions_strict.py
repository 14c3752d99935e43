"""The strict shape of a position (positions30, strict_shape.py): a named holder at the head of a whole sentence,
one stance verb, its keyword a few words on, gets STRICT_CONFIDENCE; any other automatic position at most
BELOW_STRICT. The sentences were written for these tests: the prose is invented."""

from __future__ import annotations

import pytest

from briefing.load.extract.strict_shape import BELOW_STRICT, STRICT_CONFIDENCE
from briefing.model import Stance

from helpers import positions_read
from tests.extract.test_positions import ACTORS, ISSUES


def read(sentence: str) -> dict[tuple[str, str, Stance], float]:
    return positions_read(sentence, ACTORS, ISSUES, "Talks go on")


@pytest.mark.parametrize(("sentence", "expected"), [
    # a side, a person placed on it or its capital, as the subject of one verb that takes the keyword (0.9 before)
    ("Russia rejected NATO membership for Ukraine.", ("russia", "nato", Stance.AGAINST)),
    ("The Kremlin has firmly rejected a ceasefire.", ("russia", "ceasefire", Stance.AGAINST)),
    ("Donald Trump backed a ceasefire on Tuesday.", ("us", "ceasefire", Stance.FOR)),
    ("Russian President Vladimir Putin has rejected a truce in the south.", ("russia", "ceasefire", Stance.AGAINST)),
    ("Ukraine accepted the ceasefire after a week of talks.", ("ukraine", "ceasefire", Stance.FOR)),
    ("Russia rejected Ukrainian hopes of a ceasefire.", ("russia", "ceasefire", Stance.AGAINST)),
])
def test_a_named_subject_its_verb_and_the_keyword_earn_the_strict_band(sentence: str, expected: tuple) -> None:
    assert read(sentence).get(expected) == STRICT_CONFIDENCE


@pytest.mark.parametrize("sentence", [
    "Russia rejected NATO membership for Ukraine, two officials said.",  # a report of someone's words
    "\u201cWe reject NATO membership for Ukraine,\u201d the Kremlin declared.",  # inside a quotation
    "Russia rejected a ceasefire unless the shelling stopped.",  # a condition
    "Russia Rejects NATO Membership for Ukraine",  # a headline, no full stop
    "After a long night of talks Russia rejected a ceasefire.",  # the holder is not at the head of the sentence
    "Russia, its envoy noted on Friday, rejected a ceasefire.",  # a clause between the holder and its verb
    "Russia rejected calls to discuss a ceasefire.",  # a second verb between the cue and the keyword
    "Russia rejected plans that would bring a ceasefire.",  # a relative clause and a modal
    "Russia would reject a ceasefire.",  # a modal before the verb
    "Russia rejected criticism of the ceasefire.",  # a noun between the verb and the keyword that turns it
    "Russia rejected a plan for talks that could lead to a ceasefire.",  # too many words between verb and keyword
    "Russia and Ukraine backed a ceasefire.",  # a joint subject
])
def test_a_sentence_that_leaves_room_for_doubt_stays_below_the_strict_band(sentence: str) -> None:
    assert all(confidence <= BELOW_STRICT for confidence in read(sentence).values())


def test_no_position_of_another_shape_reaches_the_strict_band() -> None:
    # one plain cue and a named agent scored 0.9 already: the score's top is now kept for the strict shape
    found = read("Moscow said on Friday, after long talks, that Russia fully backs a ceasefire now.")
    assert found and max(found.values()) <= BELOW_STRICT < STRICT_CONFIDENCE


@pytest.mark.parametrize("sentence", [
    "Russia wants European peacekeepers to leave the region.",  # an infinitive the keyword is the subject of
    "Russia expects the peacekeepers to go home.",
    "Russia wants the peacekeepers out of Ukraine.",  # an adverb that sends them away
    "The Kremlin demanded peacekeepers leave at once.",  # a bare verb after the keyword
    "Moscow wants the sanctions gone by summer.",  # a participle that removes them
    "Russia opposed peacekeepers staying after the war.",  # a gerund: the stance is toward the staying
])
def test_a_keyword_that_is_the_subject_of_what_follows_stays_below_the_strict_band(sentence: str) -> None:
    # the verb's object is a whole clause about the keyword ("wants the troops to leave"): the stance is toward
    # what the keyword does next, so the plain reading of the verb alone (for, 0.95 on main) is not sure
    assert read(sentence) and all(confidence <= BELOW_STRICT for confidence in read(sentence).values())


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Russia rejected the ceasefire, calling it a trap.", ("russia", "ceasefire", Stance.AGAINST)),
    ("Ukraine welcomed the peacekeepers into the country.", ("ukraine", "security_guarantees", Stance.FOR)),
])
def test_a_keyword_followed_by_a_participle_clause_or_a_place_keeps_the_strict_band(sentence: str,
                                                                                      expected: tuple) -> None:
    assert read(sentence).get(expected) == STRICT_CONFIDENCE


@pytest.mark.parametrize("sentence", [
    "Russia never rejected a ceasefire.",  # not refusing it is no stance for it (0.95 for on main)
    "Ukraine has not rejected NATO membership for now.",
])
def test_a_negated_refusal_stays_below_the_strict_band(sentence: str) -> None:
    assert all(confidence <= BELOW_STRICT for confidence in read(sentence).values())


def test_a_negated_backing_keeps_the_strict_band() -> None:
    assert read("Russia has not backed a ceasefire.").get(("russia", "ceasefire", Stance.AGAINST)) == STRICT_CONFIDENCE
