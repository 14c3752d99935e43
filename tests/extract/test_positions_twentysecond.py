"""Position classes from the twenty-second positions helper (an order given to another; an act ordered by its
noun), on sentences written for these tests: the prose is invented."""

from __future__ import annotations

import pytest

from briefing.model import Stance
from tests.extract.test_positions import positions_of


@pytest.mark.parametrize("sentence", [
    # a court's or tribunal's order: the party it instructs holds no stance from it (these read Ukraine *against*
    # joining NATO), and the court is no side of the folder
    "The court issued an order directing Ukraine to cease plans to join NATO.",
    "The tribunal's ruling directed Ukraine to abandon its NATO bid.",
    "A court ruling mandated that Ukraine abandon its NATO bid.",
    "The panel ordered that Ukraine halt its NATO bid.",
    "The court required that Ukraine drop its NATO bid.",
    "Ukraine was told by the judges to drop its NATO bid.",
    "Ukraine has been ordered to drop its NATO bid.",
])
def test_whom_an_order_instructs_holds_no_stance(sentence: str) -> None:
    assert positions_of(sentence) == set()


@pytest.mark.parametrize(("sentence", "expected"), [
    # the body that orders holds the stance when it is a side; an order to one's own forces is one's own
    ("The European Union directed Russia to halt strikes on energy infrastructure.",
     {("europe", "energy_infrastructure", Stance.FOR)}),
    ("Kyiv ordered that Russia cease strikes on energy infrastructure.",
     {("ukraine", "energy_infrastructure", Stance.FOR)}),
    ("Putin ordered that Russian forces halt strikes on energy infrastructure.",
     {("russia", "energy_infrastructure", Stance.FOR)}),
    # (a finding about a side, not an order to it, and a side that is ready, keep their readings)
    ("Putin ruled that Russia would reject any ceasefire.", {("russia", "ceasefire", Stance.AGAINST)}),
    ("Russia was ready to accept a ceasefire.", {("russia", "ceasefire", Stance.FOR)}),
])
def test_the_side_that_orders_holds_the_stance(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # an act ordered, declared or announced by its noun: the one who orders it enacts it
    ("Trump said he intends to order the lifting of all sanctions on Russia.", {("us", "sanctions", Stance.FOR)}),
    ("Trump declared on Tuesday the easing of sanctions on Russia.", {("us", "sanctions", Stance.FOR)}),
    ("The White House announced the suspension of military aid to Ukraine.",
     {("us", "military_aid", Stance.AGAINST)}),
    ("Putin ordered the resumption of strikes on energy infrastructure.",
     {("russia", "energy_infrastructure", Stance.AGAINST)}),
    # (a judgement of the act turns it; "in order to" is no order)
    ("Trump declared the lifting of sanctions on Russia premature.", {("us", "sanctions", Stance.AGAINST)}),
])
def test_an_act_ordered_by_its_noun(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # giving up, ceding or swapping land is Ukraine *not* regaining it: proposing it is against, refusing it for
    ("Zelensky refused to give up territory in the east.", {("ukraine", "territory", Stance.FOR)}),
    ("Rubio floated a territorial swap between the two armies.", {("us", "territory", Stance.AGAINST)}),
    ("Zelensky ruled out a territorial exchange with Moscow.", {("ukraine", "territory", Stance.FOR)}),
    ("Putin demanded a land swap in the south.", {("russia", "territory", Stance.AGAINST)}),
    # a negated modal right before a keyword that names an act refuses it
    ("Zelensky said Ukraine will not cede territory.", {("ukraine", "territory", Stance.FOR)}),
    ("Kyiv won't give up its land, Zelensky said.", {("ukraine", "territory", Stance.FOR)}),
    # (…not when a condition follows, and not for a keyword that names no act: "join NATO" is said by anyone)
    ("Zelensky said Ukraine will not cede territory unless Russia withdraws.", set()),
    ("Russia will not join NATO.", set()),
])
def test_giving_up_and_swapping_land(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # taking back what was granted: revoking, cancelling, rescinding stop the thing named
    ("Trump cancelled the military aid to Ukraine.", {("us", "military_aid", Stance.AGAINST)}),
    ("Putin revoked the ceasefire on Tuesday.", {("russia", "ceasefire", Stance.AGAINST)}),
    ("The White House rescinded the sanctions on Russia.", {("us", "sanctions", Stance.FOR)}),
])
def test_revoking_and_cancelling(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a ban listed beside the keyword, with no object of its own, is no stop to it (these read the US *against*
    # the aid it announced)
    ("Trump retaliated by announcing new military aid to Ukraine, as well as a travel ban for Russian officials.",
     set()),
    ("Trump announced military aid to Ukraine and a travel ban.", set()),
    # (a ban on the thing, and the verb, still stop it)
    ("The EU imposed a ban on Russian gas imports.", {("europe", "sanctions", Stance.AGAINST)}),
    ("The EU banned Russian gas imports.", {("europe", "sanctions", Stance.AGAINST)}),
])
def test_a_ban_listed_beside_the_keyword(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected
