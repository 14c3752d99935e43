"""Position classes from the lead's blind sets of the sixth session (a US envoy's interview on a UK plan), on
sentences written for these tests: the prose is invented."""

from __future__ import annotations

import pytest

from briefing.model import Stance
from tests.extract.test_positions import positions_of


@pytest.mark.parametrize("sentence", [
    # refusing another's plan for a means that would serve the keyword refuses the plan, not the keyword
    "Steve Witkoff rejected Keir Starmer’s plan for a naval mission to support a ceasefire at sea.",
    "Keir Starmer's proposal for a monitoring team to support a ceasefire was dismissed as theatre by Witkoff.",
    "Asked about Starmer’s offer of a “club of the able” to provide security guarantees for Ukraine, Witkoff "
    "dismissed it.",
    # one side's belief about another's stance is neither's ("asserting that he believes Russia would accept …")
    "Trump nodded, asserting that he believes Russia would accept European troops after a peace deal.",
    "Macron thinks Russia would accept a ceasefire within weeks.",
])
def test_refusing_anothers_plan_for_a_means_is_no_stance_on_its_goal(sentence: str) -> None:
    assert positions_of(sentence) == set()


@pytest.mark.parametrize(("sentence", "expected"), [
    # without a means between them, refusing a proposal for the thing itself still refuses it
    ("Zelensky rejected Russia’s proposal for a short truce.", {("ukraine", "ceasefire", Stance.AGAINST)}),
    # backing another's plan for a means to support the keyword still reads as support
    ("Trump backed Starmer’s plan for a force to support a ceasefire.", {("us", "ceasefire", Stance.FOR)}),
])
def test_a_proposal_refused_or_a_plan_backed_keeps_its_stance(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected
