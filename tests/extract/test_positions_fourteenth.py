"""Position classes from the fourteenth positions helper's blind sets (a US exemption from its oil sanctions for one
EU member, the EU's plan to end its imports of Russian gas), on sentences written for these tests: the prose is
invented."""

from __future__ import annotations

import pytest

from briefing.model import Stance
from tests.extract.test_positions import positions_of


@pytest.mark.parametrize("sentence", [
    # a veto held is a power, not its use (it read the EU *for* easing sanctions)
    "Under the treaties, all 27 EU governments have a veto over sanctions.",
    "Under EU rules, each EU member state holds a veto on sanctions.",
    # a name right after "to" and its verb is that verb's object, not who opposes (it read the US *for*)
    "Both governments have worked to weaken US influence in the region and continue to oppose new sanctions.",
    # a keyword made an adjective by "anti-"/"pro-" is no cue's object (they read Trump *for* easing sanctions,
    # Ukraine *against* the ceasefire: the halting is the talks')
    "Trump says talks with Moscow halted over anti-sanctions advert",
    "Kyiv says talks with Moscow suspended over pro-ceasefire rally",
])
def test_no_stance_from_a_held_veto_or_an_infinitives_object(sentence: str) -> None:
    assert positions_of(sentence) == set()


def test_a_veto_used_is_still_a_stance() -> None:
    assert positions_of("Hungary threatened to veto the new sanctions.") == {("europe", "sanctions", Stance.FOR)}


def test_two_names_and_their_verb_after_a_comma_are_a_clause_of_their_own() -> None:
    # a headline: the objection is Poland's and Finland's, not the EU's (it read the EU *against* easing)
    assert positions_of("EU to ease sanctions on Moscow, Poland and Finland oppose") == \
        {("europe", "sanctions", Stance.FOR)}


@pytest.mark.parametrize(("sentence", "expected"), [
    # exempting someone from sanctions eases them
    ("Trump has exempted Hungary from the US sanctions on Russian crude for a year.", {("us", "sanctions", Stance.FOR)}),
    # a time between the subject and the verb of the act
    ("The United States last month sanctioned Gazprom Neft and Surgutneftegas.", {("us", "sanctions", Stance.AGAINST)}),
    # introducing and unveiling sanctions imposes them
    ("Britain introduced another round of sanctions on Russian shipping.", {("europe", "sanctions", Stance.AGAINST)}),
    # trade in Russian gas is the tie itself: phasing it out, getting rid of it, is against; opposing that is for
    ("The European Commission plans to phase out Russian gas imports by the end of 2027.",
     {("europe", "sanctions", Stance.AGAINST)}),
    ("Brussels wants member states to get rid of Russian LNG within two years.", {("europe", "sanctions", Stance.AGAINST)}),
    ("Slovakia opposed the plan to phase out Russian natural gas.", {("europe", "sanctions", Stance.FOR)}),
])
def test_exemptions_impositions_and_gas(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected
