"""Position classes from the eleventh session's blind sets (allies buying US weapons for Ukraine, a cabinet's plan
to disarm a militia under a US-brokered truce) and the brief's known classes, on sentences written for these
tests: the prose is invented."""

from __future__ import annotations

import pytest

from briefing.model import Stance
from tests.extract.test_positions import positions_of


@pytest.mark.parametrize("sentence", [
    # what the keyword's thing itself sought or aimed at is no one's stance on it
    "The decision reflects intense U.S. pressure and forms one step of a ceasefire of last year that sought to end "
    "months of raids.",
    # a cue after an opening "Under the <keyword>," says what its terms require
    "Under the truce, Russia must stop its strikes on the grid.",
])
def test_the_keywords_own_verbs_are_no_stance(sentence: str) -> None:
    assert positions_of(sentence) == set()


@pytest.mark.parametrize(("sentence", "expected"), [
    # a withdrawal the terms require is no refusal of the truce (it read US *against*); who brokered it is for it
    ("Under the US-brokered ceasefire, Russian and Ukrainian troops were both required to withdraw from the "
     "plant's grounds.", {("us", "ceasefire", Stance.FOR)}),
    # an opening "Under pressure from …" is no keyword's terms; an object relative keeps its own subject
    ("Under pressure from Washington, Kyiv agreed to the ceasefire.", {("ukraine", "ceasefire", Stance.FOR)}),
    ("Kyiv accepted a ceasefire that Moscow rejected.",
     {("ukraine", "ceasefire", Stance.FOR), ("russia", "ceasefire", Stance.AGAINST)}),
])
def test_terms_and_relatives_keep_the_stances_they_hold(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the name between a verb and the comma the cue follows is the first verb's object (it read Russia *for*)
    ("Poland's cabinet defies Moscow, endorses a German plan to send more weapons to Ukraine.",
     {("europe", "military_aid", Stance.FOR)}),
    ("Trump called Zelensky, urging him to accept the ceasefire.", {("us", "ceasefire", Stance.FOR)}),
])
def test_the_object_of_a_verb_before_the_cue_is_no_agent(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the lifting verb far after a long list of targets still says what the condition wants (it read *against*)
    ("The Kremlin said the truce will take effect only after sanctions on Rosselkhozbank and other financial "
     "organisations involved in servicing international trade in food and fertilisers are lifted.",
     {("russia", "sanctions", Stance.FOR)}),
    ("The Kremlin said the truce will take effect only after sanctions on Rosselkhozbank are lifted.",
     {("russia", "sanctions", Stance.FOR)}),
    # a passive that is no stance cue leaves what is wanted of the keyword unknown
    ("The Kremlin said it would sign only after sanctions on its farm bank are reviewed by a panel of experts "
     "in Brussels.", set()),
])
def test_a_conditions_passive_far_after_the_keyword(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a wish for a return on the aid is no stance on the aid (it read the US *for*)
    ("Trump wants to see some benefit from America's aid to Ukraine.", set()),
    ("Washington expects a return on its military aid to Kyiv.", set()),
    ("Trump wants to continue military aid to Kyiv.", {("us", "military_aid", Stance.FOR)}),
])
def test_a_return_on_the_aid_is_no_stance_on_it(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # paying for weapons for Ukraine is a stance on military aid, the weapons the object of the paying
    ("Belgium said it stood ready to fund shipments of a second weapons package for Ukraine.",
     {("europe", "military_aid", Stance.FOR)}),
    ("Norway will pay for a third Patriot battery for Kyiv.", {("europe", "military_aid", Stance.FOR)}),
    ("Hungary refused to fund weapons for Ukraine.", {("europe", "military_aid", Stance.AGAINST)}),
    # buying another thing near a keyword of another issue is none
    ("India continues to buy Russian oil despite sanctions.", set()),
])
def test_paying_for_weapons_for_ukraine(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # approving, sponsoring a bill or resolution, tasking a body with a plan: the holder wants what it names
    ("The Senate approved more military aid to Ukraine.", {("us", "military_aid", Stance.FOR)}),
    ("Washington co-sponsored a bill imposing sanctions on Russia.", {("us", "sanctions", Stance.AGAINST)}),
    ("Poland tasked its army with drafting a plan for security guarantees.",
     {("europe", "security_guarantees", Stance.FOR)}),
    # a cabinet named after its country is its agent
    ("Germany's cabinet approved a plan to send more weapons to Ukraine.", {("europe", "military_aid", Stance.FOR)}),
    # an approval rating is no approval
    ("Trump's approval rating rose after the military aid to Ukraine resumed.", {("us", "military_aid", Stance.FOR)}),
])
def test_approving_sponsoring_and_tasking(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a cue in a clause that "since" or "because" opens after the keyword is that clause's (it read *against*)
    ("Poland's cabinet tasked the army with a plan to send weapons to Ukraine, a first since Warsaw halted them.",
     {("europe", "military_aid", Stance.FOR)}),
    ("Kyiv backs the ceasefire because it would stop the killing.", {("ukraine", "ceasefire", Stance.FOR)}),
])
def test_a_clause_opened_by_since_keeps_its_cues(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


def test_a_keyword_that_opens_a_clause_after_as_with_a_sides_name() -> None:
    # "as US military aid stalls": the aid is the subject of a clause of its own, not what the support was for
    # (it read Ukraine *for* military aid)
    assert positions_of("Zelensky flew to Rome for a summit aimed at boosting support for rebuilding his country "
                        "as US military aid stalls.") == set()


@pytest.mark.parametrize(("sentence", "expected"), [
    # a stance inside an opening participle clause is held by the subject after its comma
    ("Rejecting the truce, Putin ordered new strikes.", {("russia", "ceasefire", Stance.AGAINST)}),
    ("Seeking to stop the fighting, Trump called Putin on Tuesday.", {("us", "ceasefire", Stance.FOR)}),
    # an opening phrase's own cue is not the main clause's: the main verb alone says the stance
    ("Rejecting the plan, Moscow backed the ceasefire.", {("russia", "ceasefire", Stance.FOR)}),
    ("Backed by Washington, Kyiv accepted the truce.", {("ukraine", "ceasefire", Stance.FOR)}),
    ("With support from Washington, Kyiv accepted the truce.", {("ukraine", "ceasefire", Stance.FOR)}),
    # a participle that is a preposition opens no clause of a subject's
    ("According to Lavrov, Russia rejected the truce.", {("russia", "ceasefire", Stance.AGAINST)}),
])
def test_an_opening_participle_clause(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected
