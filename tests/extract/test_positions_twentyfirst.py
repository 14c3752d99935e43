"""Position classes from the twenty-first positions helper (the holder of a stance, never the wrong side), on
sentences written for these tests: the prose is invented."""

from __future__ import annotations

import pytest

from briefing.model import Stance
from tests.extract.test_positions import positions_of


@pytest.mark.parametrize(("sentence", "expected"), [
    # a participle aside opening the clause, then a verb coordinated after it: a name inside the aside ("Kyiv's
    # refusal") is not the subject of that verb; these read Ukraine *against* its own land
    ("Lavrov questioned the deal, noting Zelensky's wish to stall, and demanded Russian control over Crimea.",
     {("russia", "territory", Stance.AGAINST)}),
    ("Putin spoke on Friday. He also doubted the talks, citing Kyiv's refusal to hold a vote, and wanted the "
     "world to accept Russia's territorial gains.", {("russia", "territory", Stance.AGAINST)}),
    ("Putin questioned the plan, citing Ukraine's losses, and demanded Russia's gains in Ukraine be recognised.",
     {("russia", "territory", Stance.AGAINST)}),
])
def test_a_name_in_a_participle_aside_is_not_the_holder_of_the_next_verb(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # (the aside's own stance, and a subject named after the "and", are unchanged)
    ("Zelensky rejected the terms, insisting on a full ceasefire first.", {("ukraine", "ceasefire", Stance.FOR)}),
    ("Zelensky rejected the plan, citing Moscow's strikes, and called for a ceasefire.",
     {("ukraine", "ceasefire", Stance.FOR)}),
    ("Zelensky refused to recognise Russia's gains in Ukraine.", {("ukraine", "territory", Stance.FOR)}),
])
def test_the_aside_and_the_sentence_subject_keep_their_stances(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected
