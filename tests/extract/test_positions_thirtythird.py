"""positions33 (issue 10): readings that gave a side a stance it does not hold, from a blind round on the London
talks of April 2025: a name that is only the subject of a condition not yet met ("… no land talks until Russia
accepts a ceasefire"), a name inside the content of an idea ("the idea that Kyiv might recognise …"), the relative
clause of a refused object with qualifiers of its own, and a plan's term for a side that gives way. The sentences
were written for these tests: the prose is invented."""

from __future__ import annotations

import pytest

from briefing.model import Stance
from tests.extract.test_positions_strict import read


@pytest.mark.parametrize(("sentence", "side"), [
    # the condition's subject is whom another side sets it for: its act is asked of it, not wanted by it
    ("Officials quit the room after Ukraine issued a memo saying there would be no land talks until Russia accepts "
     "a ceasefire.", "russia"),
    ("The minister left early after Kyiv circulated a note stating it would not discuss borders until Moscow signs "
     "up to a complete truce.", "russia"),
])
def test_the_subject_of_an_until_clause_not_yet_met_holds_no_stance(sentence: str, side: str) -> None:
    assert not [key for key in read(sentence) if key[0] == side]


@pytest.mark.parametrize("sentence", [
    # the name is the subject inside the idea's content, with a modal: a hypothesis put to it, not its stance
    "She held firm on Friday, brushing aside the idea that Kyiv might one day recognize Russian control of the "
    "peninsula.",
    "Aides played down the notion that Kyiv could accept the annexation of Crimea.",
])
def test_a_name_inside_an_ideas_content_holds_no_stance(sentence: str) -> None:
    assert ("ukraine", "territory", Stance.AGAINST) not in read(sentence)


@pytest.mark.parametrize(("sentence", "held"), [
    # guards: a past verb after "until" tells of the act; a plain subject still holds its stance
    ("Britain kept its sanctions in place until Moscow accepted the truce offer.", ("russia", "ceasefire", Stance.FOR)),
    ("Russia agreed to a full ceasefire on Friday.", ("russia", "ceasefire", Stance.FOR)),
    ("Ukraine will never recognize Russian control of Crimea.", ("ukraine", "territory", Stance.FOR)),
])
def test_a_plain_subject_still_holds_its_stance(sentence: str, held: tuple) -> None:
    assert held in read(sentence)


@pytest.mark.parametrize(("sentence", "not_held"), [
    # a refusal, then the refused object with its own qualifiers, then the object's relative: its cue is the
    # object's, so the refuser is not for what the object would do
    ("Reports said the envoys stayed home because Kyiv had declined to put its name to an accord drafted in "
     "Washington that would recognize Russian sovereignty over Crimea.", ("ukraine", "territory", Stance.AGAINST)),
    # a plan's term for a side ("would involve Ukraine accepting …"): asked of it, not its stance
    ("Such a text would involve Ukraine acknowledging that it will never join NATO.", ("ukraine", "nato", Stance.AGAINST)),
])
def test_a_refused_objects_relative_or_a_plans_term_is_not_the_sides_stance(sentence: str, not_held: tuple) -> None:
    assert not_held not in read(sentence)


@pytest.mark.parametrize(("sentence", "held"), [
    ("Ukraine rejected any deal that would recognise Crimea as Russian territory.", ("ukraine", "territory", Stance.FOR)),
    # the plan's own side, in its term: kept
    ("This draft would also involve the US formally recognising Crimea as part of Russia.",
     ("us", "territory", Stance.AGAINST)),
])
def test_the_plain_refused_relative_and_a_plans_own_side_still_hold(sentence: str, held: tuple) -> None:
    assert held in read(sentence)
