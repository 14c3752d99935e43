"""positions39 (issue 10): stances on blind text about trade talks and a party's talks with a government (2025).

Wrong readings main showed: a side's own proposal that another rejected ("Ukraine's proposal for a ceasefire was
rejected by Russia") made the proposer *against* it (0.75); a pair of names glued by a hyphen ("U.S.-India trade
relations", "the EU–US talks") gave its first name as the agent of a cue after it (0.9, from a market's "ethanol
demand"); an outlet named after a side ("sources told India Today TV") made that side a holder (0.8). Missed: "is demanding", "has requested" (only "demands", "demanded" were cues). The sentences were
written for these tests: the prose is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.load import load_briefing
from briefing.model import Stance

from helpers import positions_read

FOR, AGAINST = Stance.FOR, Stance.AGAINST


def read(sentence: str) -> dict[tuple[str, str, Stance], float]:
    return positions_read(sentence)


@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    # another's passive on a side's proposal is not the proposer's (main: the proposer *against*, 0.75)
    ("Ukraine's proposal for a ceasefire was rejected by Russia.", ("ukraine", "ceasefire", AGAINST),
     ("ukraine", "ceasefire", FOR)),
    ("Ukraine's call for a ceasefire was dismissed by Moscow.", ("ukraine", "ceasefire", AGAINST),
     ("ukraine", "ceasefire", FOR)),
    ("Russia's demand for sanctions relief was rejected by Kyiv.", ("russia", "sanctions", AGAINST),
     ("russia", "sanctions", FOR)),
    # a pair of names glued by a dash qualifies the talks; it is no agent (main: the US *for*, 0.9)
    ("The EU–US talks will demand a ceasefire.", ("us", "ceasefire", FOR), None),
    ("Pro-Russia forces rejected the ceasefire.", ("russia", "ceasefire", AGAINST), None),
])
def test_wrong_holder_or_polarity_is_gone(sentence: str, wrong: tuple, right: tuple | None) -> None:
    found = read(sentence)
    assert wrong not in found
    if right is not None:
        assert right in found


@pytest.mark.parametrize(("sentence", "expected"), [
    # the verbs of a demand and a request in every form (main: nothing)
    ("Russia is demanding sanctions relief.", ("russia", "sanctions", FOR)),
    ("Zelensky requested more military aid.", ("ukraine", "military_aid", FOR)),
    ("Kyiv is requesting more military aid.", ("ukraine", "military_aid", FOR)),
])
def test_demanding_and_requested_are_read(sentence: str, expected: tuple) -> None:
    assert expected in read(sentence)


@pytest.mark.parametrize(("sentence", "expected"), [
    # guards: the keyword's own passive in a demanded clause, a wanted passive, the participle of a compound
    ("Russia's demand that the sanctions are lifted was noted.", ("russia", "sanctions", FOR)),
    ("Ukraine wants sanctions on Russia to be tightened.", ("ukraine", "sanctions", AGAINST)),
    ("Ukraine rejected the US-brokered ceasefire.", ("ukraine", "ceasefire", AGAINST)),
    ("Ukraine backed a ceasefire that was rejected by Russia.", ("russia", "ceasefire", AGAINST)),
    ("Russia rejected a request for a ceasefire.", ("russia", "ceasefire", AGAINST)),
])
def test_guards_keep_their_reading(sentence: str, expected: tuple) -> None:
    assert expected in read(sentence)


@pytest.mark.parametrize("sentence", [
    "The ceasefire talks were demanding, Zelensky said.",  # the adjective is no demand
    "The EU–US summit could affect sanctions relief, energy demand and imports.",
])
def test_no_stance(sentence: str) -> None:
    assert read(sentence) == {}


SIDES = """[[side]]
id = "us"
label = "United States"
letter = "U"
key = "U"
negotiating = true
cues = ["US", "U.S.", "United States", "Washington"]

[[side]]
id = "india"
label = "India"
letter = "I"
key = "I"
negotiating = true
cues = ["India", "Indian", "New Delhi"]
"""
ISSUES_TOML = """[[issue]]
id = "farm"
name = "Farm access"
proposition = "India opens its dairy market to US goods"
keywords = ["dairy"]
"""


def test_a_pair_of_a_folders_sides_is_no_holder(tmp_path: Path) -> None:
    """A folder's own sides: "U.S.-India trade ties" named the US as the agent of a market's "demand" (main: the
    US *for* opening the dairy market, 0.9)."""
    (tmp_path / "sides.toml").write_text(SIDES)
    (tmp_path / "issues.toml").write_text(ISSUES_TOML)
    (tmp_path / "a.txt").write_text("Trade notes\n\nThe outcome could shape U.S.-India trade ties, particularly in "
                                    "areas like dairy exports, fuel demand and car imports.\n\nIndia has "
                                    "rejected any opening of its dairy market.\n")
    briefing = load_briefing(tmp_path, use_cache=False)
    shown = {(p.side, p.issue, p.stance) for p in briefing.positions}
    assert ("us", "farm", FOR) not in shown
    assert ("india", "farm", AGAINST) in shown


def test_an_outlet_named_after_a_side_is_no_holder(tmp_path: Path) -> None:
    """"sources told India Today TV" made India the holder of the talks' "dairy demands" (main: India *for*
    opening its own dairy market, 0.8); a place word that begins a longer name is no agent ("India Monday
    rejected …", a day after it, still is)."""
    (tmp_path / "sides.toml").write_text(SIDES)
    (tmp_path / "issues.toml").write_text(ISSUES_TOML)
    (tmp_path / "a.txt").write_text("Trade notes\n\nTalks ended in a deadlock over key dairy demands, sources told "
                                    "India Today TV.\n\nIndia Monday rejected any opening of its dairy market.\n")
    briefing = load_briefing(tmp_path, use_cache=False)
    shown = {(p.side, p.issue, p.stance) for p in briefing.positions}
    assert ("india", "farm", FOR) not in shown
    assert ("india", "farm", AGAINST) in shown


@pytest.mark.parametrize("sentence", [
    # wanting a body or a truce set up is wanting it, and a purpose after it is its own (main: 0.9, not shown)
    "Kyiv demanded the establishment of a ceasefire.",
    "Ukraine has proposed establishing a ceasefire.",
    "Ukraine demanded the creation of a ceasefire to protect the ports.",
])
def test_a_body_set_up_is_the_strict_shape(sentence: str) -> None:
    found = read(sentence)
    assert found.get(("ukraine", "ceasefire", FOR)) == 0.95


@pytest.mark.parametrize("sentence", [
    "Ukraine wants a ceasefire to hold.",  # a predicate of the keyword: the stance is toward that
    "Ukraine demanded the establishment of a ceasefire commission.",  # the keyword qualifies another noun
    "Ukraine demanded the establishment and formation of a ceasefire.",
])
def test_not_the_strict_shape(sentence: str) -> None:
    assert all(confidence < 0.95 for confidence in read(sentence).values())
