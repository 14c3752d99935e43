"""positions33 (issue 10): readings that gave a side a stance it does not hold, from a blind round on the London
talks of April 2025: a name that is only the subject of a condition not yet met ("… no land talks until Russia
accepts a ceasefire"), and a name inside the content of an idea ("the idea that Kyiv might recognise …"). The
sentences were written for these tests: the prose is invented."""

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

