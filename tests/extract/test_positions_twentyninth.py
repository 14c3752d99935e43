"""Position classes from the twenty-ninth positions helper (a proposal noun judged as its clause's subject; a cue
inside the relative clause of an object the holder refuses; a main clause's cue after an opening "While …," clause
that holds the keyword), on sentences written for these tests: the prose is invented."""

from __future__ import annotations

import pytest

from briefing.load.extract import extract
from briefing.load.extract.boilerplate import find_regions
from briefing.model import Issue, Source, Stance
from tests.extract.test_positions import ACTORS, ISSUES

#: A folder's own issue on foreign soldiers.
TROOPS = Issue(id="troops", name="Troops", proposition="Foreign troops are deployed in Ukraine",
               keywords=["foreign troops"])


def positions_with(sentence: str, issues: list[Issue]) -> set[tuple[str, str, Stance]]:
    text = f"Talks go on\n\n{sentence}\n"
    source = Source(file="a.txt", text=text, regions=tuple(find_regions(text)))
    return {(p.side, p.issue, p.stance) for p in extract([source], ACTORS, issues, workers=1).positions}


@pytest.mark.parametrize("sentence", [
    # a proposal noun after "the/that/such" and then its clause's verb is judged, not made (these read Russia *for*
    # peacekeeping, 0.8-0.9)
    "The Russian envoy said the scheme needed the Kremlin's consent, and that the proposal looked less like "
    "peacekeeping than an act of war.",
    "Lavrov said such a proposal was a pretext for peacekeeping troops to occupy the country.",
    "Lavrov said that proposal was a pretext for peacekeeping.",
])
def test_a_proposal_judged_is_not_the_holders(sentence: str) -> None:
    assert positions_with(sentence, ISSUES) == set()


@pytest.mark.parametrize(("sentence", "expected"), [
    # guards: a proposal made, after an article or a verb of making
    ("Russia put forward a proposal for a ceasefire.", {("russia", "ceasefire", Stance.FOR)}),
    ("Russia tabled the proposal for a ceasefire on Monday.", {("russia", "ceasefire", Stance.FOR)}),
])
def test_a_proposal_made_keeps_its_maker(sentence: str, expected: set) -> None:
    assert positions_with(sentence, ISSUES) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a cue in the relative clause of an object the holder refuses is the object's; read with the refusal it is
    # *against* (these read Russia *for* the troops, 0.9)
    ("Moscow has repeatedly said it would reject any deal that would allow foreign troops into Ukraine.",
     {("russia", "troops", Stance.AGAINST)}),
    ("Russia has said it will not accept any agreement that would allow foreign troops in Ukraine.",
     {("russia", "troops", Stance.AGAINST)}),
    ("Russia rejected any settlement that would allow Ukraine to join NATO.", {("russia", "nato", Stance.AGAINST)}),
    # guard: a relative that stops the keyword is not read (no plain shape)
    ("Kyiv will not accept a deal that would bar Ukraine from joining NATO.", set()),
    # guard: an object accepted keeps the relative's cue
    ("Russia said it would accept a deal that would allow foreign troops in Ukraine.",
     {("russia", "troops", Stance.FOR)}),
])
def test_a_cue_in_a_refused_objects_relative_clause(sentence: str, expected: set) -> None:
    assert positions_with(sentence, ISSUES + [TROOPS]) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the main clause's cue does not reach back into an opening "While …," clause (this read the US *against* a
    # ceasefire, 0.75); the opening clause's own cue stays
    ("While Trump has said he wants a ceasefire, Moscow has shown no sign of halting its offensive.",
     {("us", "ceasefire", Stance.FOR)}),
    ("Although Russia rejected a ceasefire, it agreed to exchange prisoners.",
     {("russia", "ceasefire", Stance.AGAINST)}),
    # guard: the keyword after the opening clause is the main clause's own
    ("While talks went on in Riyadh, Russia rejected a ceasefire.", {("russia", "ceasefire", Stance.AGAINST)}),
])
def test_a_main_clauses_cue_after_an_opening_clause(sentence: str, expected: set) -> None:
    assert positions_with(sentence, ISSUES) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # keeping clear of a thing is a refusal of it (the preference or wish alone was counted: these read the holder
    # *for* what it would avoid)
    ("Russia said it would prefer to avoid sanctions on its banks.", {("russia", "sanctions", Stance.FOR)}),
    ("Ukraine said it wanted to avoid a ceasefire that would freeze the front.",
     {("ukraine", "ceasefire", Stance.AGAINST)}),
])
def test_avoiding_a_thing_is_against_it(sentence: str, expected: set) -> None:
    assert positions_with(sentence, ISSUES) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a cue with its own object does not reach a keyword after "and" and a verb of starting (these read Russia
    # *against* a ceasefire, 0.75-0.9)
    ("Moscow is set to suspend its strikes and enter ceasefire talks in Riyadh.", set()),
    # the verb before "to" governs both predicates
    ("Moscow agreed to suspend its strikes and enter ceasefire talks in Riyadh.",
     {("russia", "ceasefire", Stance.FOR)}),
    # guard: no starting verb, the refusal stays
    ("The Kremlin rejected the truce and the ceasefire talks.", {("russia", "ceasefire", Stance.AGAINST)}),
])
def test_a_cue_does_not_reach_across_a_starting_predicate(sentence: str, expected: set) -> None:
    assert positions_with(sentence, ISSUES) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # cutting the thing is against it (this read the US *for* aid from the signing alone, 0.9)
    ("It came after Trump signed an order that cut military aid to Ukraine.",
     {("us", "military_aid", Stance.AGAINST)}),
    ("Washington cut military aid to Kyiv last week.", {("us", "military_aid", Stance.AGAINST)}),
    # guards: striking a deal, ending talks early
    ("The two leaders could cut a quick deal on a ceasefire.", set()),
    ("Trump may cut short the ceasefire talks.", set()),
])
def test_cutting_a_thing_is_against_it(sentence: str, expected: set) -> None:
    assert positions_with(sentence, ISSUES) == expected
