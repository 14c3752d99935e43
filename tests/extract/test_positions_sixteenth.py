"""Position classes from the sixteenth positions helper's blind sets (a trade deal one member state fights, a
summit between two trading blocs), on sentences written for these tests: the prose is invented."""

from __future__ import annotations

import pytest

from briefing.model import Stance
from tests.extract.test_positions import positions_of


@pytest.mark.parametrize(("sentence", "expected"), [
    # a call for a delay is against what it puts off (it read the caller *for* it, from "called for" alone)
    ("Zelensky called for a postponement of the ceasefire.", {("ukraine", "ceasefire", Stance.AGAINST)}),
    ("Hungary called for a delay in the new sanctions on Moscow.", {("europe", "sanctions", Stance.FOR)}),
    ("Kyiv wants to delay the ceasefire.", {("ukraine", "ceasefire", Stance.AGAINST)}),
])
def test_putting_off_is_against(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


def test_no_delay_is_no_refusal() -> None:
    assert positions_of("Kyiv will implement the ceasefire without delay.") == {
        ("ukraine", "ceasefire", Stance.FOR)}


def test_a_participle_aside_says_nothing_of_the_clause_after_it() -> None:
    # "backed by" qualifies Zelensky, not the ceasefire (it read him *for* the truce he argues against)
    assert positions_of("However, Zelensky, backed by European leaders, contends that the ceasefire would leave "
                        "Ukraine exposed.") == set()


def test_a_reduced_passive_after_its_noun_still_reads() -> None:
    assert positions_of("Zelensky, backed by European leaders, rejected the ceasefire.") == {
        ("ukraine", "ceasefire", Stance.AGAINST)}


@pytest.mark.parametrize("sentence", [
    # "against" is the refusing noun's own preposition: one refusal, not two that cancel out (it read Hungary
    # *for* the sanctions)
    "Hungary formed a blocking minority against the new sanctions.",
    "Hungary threatened a veto against the new sanctions.",
])
def test_a_refusals_own_against_counts_once(sentence: str) -> None:
    assert positions_of(sentence) == {("europe", "sanctions", Stance.FOR)}


def test_blocking_a_measure_against_still_composes() -> None:
    assert positions_of("Hungary blocked a resolution against the new sanctions.") == {
        ("europe", "sanctions", Stance.AGAINST)}


@pytest.mark.parametrize(("sentence", "expected"), [
    # resisting is against what it resists, and turns what it resists being pressed to do (it read Kyiv *for*)
    ("Kyiv resisted pressure to accept the ceasefire.", {("ukraine", "ceasefire", Stance.AGAINST)}),
    ("Hungary has resisted new sanctions on Moscow.", {("europe", "sanctions", Stance.FOR)}),
    # refraining from a thing: against it
    ("The Kremlin urged Brussels to refrain from imposing new sanctions.", {("russia", "sanctions", Stance.FOR)}),
])
def test_resisting_and_refraining(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


def test_resisting_an_offensive_names_no_issue() -> None:
    assert positions_of("Ukraine resisted the Russian offensive near the border.") == set()
