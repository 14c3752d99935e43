"""Position classes from the twenty-fifth positions helper (a past-tense verb coordinated after the keyword and a
time complement, with an object of its own; a stance inferred from the terms of a threat is less sure; an act
drawn back from), on sentences written for these tests: the prose is invented."""

from __future__ import annotations

import pytest

from briefing.load.extract import extract
from briefing.load.extract.boilerplate import find_regions
from briefing.model import Source, Stance
from tests.extract.test_positions import ACTORS, ISSUES, positions_of


@pytest.mark.parametrize(("sentence", "expected"), [
    # "and condemned …" after the keyword and a time complement is a second predicate of the subject, about its
    # own object (these read the US *against* a ceasefire it demands)
    ("Trump said Russia must agree to a truce by Friday and condemned recent strikes on Kyiv as “vile”.",
     {("us", "ceasefire", Stance.FOR)}),
    ("Trump said Russia must agree to a truce by Friday and criticised Moscow.", {("us", "ceasefire", Stance.FOR)}),
    ("Rubio said Russia must accept a ceasefire within ten days and rejected any delay.",
     {("us", "ceasefire", Stance.FOR)}),
])
def test_a_past_verb_coordinated_after_the_keyword_has_its_own_object(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # guards: a pronoun object stands for the keyword; no time complement keeps the old reading
    ("Russia received the ceasefire plan on Friday and rejected it.", {("russia", "ceasefire", Stance.AGAINST)}),
    ("Russia studied the ceasefire proposal and rejected it.", {("russia", "ceasefire", Stance.AGAINST)}),
    ("Russia was handed a truce plan and rejected the proposal.", {("russia", "ceasefire", Stance.AGAINST)}),
])
def test_a_refusal_of_the_keyword_after_and_stays(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


def _confidences(sentence: str) -> dict[tuple[str, str, Stance], float]:
    text = f"Talks go on\n\n{sentence}\n"
    source = Source(file="a.txt", text=text, regions=tuple(find_regions(text)))
    return {(p.side, p.issue, p.stance): p.confidence for p in extract([source], ACTORS, ISSUES, workers=1).positions}


@pytest.mark.parametrize("sentence", [
    # a threat's terms, once read as what the holder wants (0.9, then 0.7): since positions41 no stance at all
    # (terms set for another's act say nothing of the holder's own on the issue)
    "Trump said he could impose new tariffs on Russian oil unless Putin helps to end the war in Ukraine.",
    "Trump warned he would impose tariffs unless Moscow agrees to a truce.",
])
def test_a_stance_read_from_a_threats_terms_is_less_sure(sentence: str) -> None:
    found = _confidences(sentence)
    assert ("us", "ceasefire", Stance.FOR) not in found


@pytest.mark.parametrize(("sentence", "expected"), [
    # guards: a plain verb of the holder's, and the holder's own terms (no one else named as the condition's
    # subject), stay as sure as before
    ("Trump wants a truce.", ("us", "ceasefire", Stance.FOR)),
    ("Zelensky said Kyiv would accept a freeze of the front in exchange for security guarantees.",
     ("ukraine", "security_guarantees", Stance.FOR)),
    ("The Kremlin said Moscow would keep the deal only after Western sanctions are lifted.",
     ("russia", "sanctions", Stance.FOR)),
])
def test_a_holders_own_verb_or_terms_stay_sure(sentence: str, expected: tuple) -> None:
    assert _confidences(sentence)[expected] >= 0.8


@pytest.mark.parametrize("sentence", [
    # an act the holder steps back from, or stops short of, is not wanted (these read Russia/Ukraine *against* a
    # ceasefire, the US *against* sanctions relief)
    "Moscow would step back before abandoning the truce.",
    "Kyiv held off before rejecting the truce.",
    "Washington stopped short of imposing new sanctions on Moscow.",
    "Trump pulled back just before imposing sanctions on Russia.",
])
def test_an_act_drawn_back_from_is_no_stance(sentence: str) -> None:
    assert positions_of(sentence) == set()


@pytest.mark.parametrize(("sentence", "expected"), [
    # guards: an act done after another ("before" with no retreat) keeps its stance
    ("Ukraine consulted allies before accepting the ceasefire.", {("ukraine", "ceasefire", Stance.FOR)}),
    ("Kyiv paused before rejecting the truce.", {("ukraine", "ceasefire", Stance.AGAINST)}),
])
def test_an_act_done_after_a_pause_keeps_its_stance(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected
