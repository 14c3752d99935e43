"""Position classes from the fifteenth positions helper's blind sets (a summit resetting ties between London and
Brussels, tariffs on Brazil tied to a former president's trial), on sentences written for these tests: the prose
is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.load import load_briefing
from briefing.model import Stance
from tests.extract.test_positions import positions_of


@pytest.mark.parametrize("sentence", [
    # "increase(s)" right after the keyword, as the clause's subject, names the thing: no stance for it (it read
    # the speaker *for* what he threatens to answer)
    "The Kremlin said any sanctions increases would be answered in kind.",
    "Moscow warned that sanctions increases would hurt Europe more than Russia.",
])
def test_the_keywords_own_noun_is_no_stance(sentence: str) -> None:
    assert positions_of(sentence) == set()


def test_an_increase_as_an_object_still_reads() -> None:
    assert positions_of("Moscow rejected the sanctions increase.") == {("russia", "sanctions", Stance.FOR)}


@pytest.mark.parametrize(("sentence", "expected"), [
    # criticism of the keyword itself is against it (no stance was read)
    ("Hungary criticised the new sanctions on Moscow.", {("europe", "sanctions", Stance.FOR)}),
    ("Zelensky condemned the ceasefire as a trap.", {("ukraine", "ceasefire", Stance.AGAINST)}),
    # …and it turns the act it criticises another for (it read Kyiv *for* easing, from "blocking" alone)
    ("Kyiv criticised Hungary for blocking the sanctions.", {("ukraine", "sanctions", Stance.AGAINST)}),
    # prioritising a thing
    ("Britain has prioritised security guarantees for Ukraine.", {("europe", "security_guarantees", Stance.FOR)}),
])
def test_criticism_and_priority(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


def test_criticising_anothers_proposal_is_not_against_the_thing() -> None:
    assert positions_of("Zelensky criticised Russia's proposal for a three-day ceasefire.") == set()


SIDES = """[[side]]
id = "uk"
label = "UK government"
letter = "U"
negotiating = true
cues = ["British", "Britain", "UK", "Downing Street"]

[[side]]
id = "eu"
label = "EU"
letter = "E"
negotiating = true
cues = ["EU", "Brussels", "European Commission"]
"""
ISSUES = """[[issue]]
id = "single_market"
name = "Single market"
proposition = "The UK rejoins the single market"
keywords = ["single market", "customs union"]
"""
TEXT = """Summit ends with modest deals

LONDON, May 20, 2025 — Starmer has ruled out rejoining the customs union, officials in both capitals said.
"""


def test_a_bundled_person_is_placed_on_a_folders_side_by_his_role(tmp_path: Path, monkeypatch) -> None:
    # the bundled gazetteer has Starmer on "europe" (as "British Prime Minister"): in a folder whose sides are the
    # UK and the EU he was "other" and held no position
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "data"
    (folder / "sources").mkdir(parents=True)
    (folder / "sides.toml").write_text(SIDES, encoding="utf-8")
    (folder / "issues.toml").write_text(ISSUES, encoding="utf-8")
    (folder / "sources" / "a.txt").write_text(TEXT, encoding="utf-8")
    briefing = load_briefing(folder, use_cache=False)
    assert {a.id: a.side for a in briefing.actors}.get("starmer") == "uk"
    assert {(p.side, p.issue, p.stance) for p in briefing.positions} == {("uk", "single_market", Stance.AGAINST)}


def test_bringing_down_is_lowering() -> None:
    # (held-out set) "had hoped to bring down the tariffs" read *for* the tariffs, from "hoped to" alone
    assert positions_of("Moscow had hoped to bring down the sanctions on its banks.") == \
        {("russia", "sanctions", Stance.FOR)}


@pytest.mark.parametrize("sentence", [
    # lowering the number of ways around the sanctions is no stance against them (it read Kyiv *for* easing)
    "Kyiv wants to reduce the number of sanctions exemptions.",
    "Kyiv wants to bring down the number of sanctions exemptions.",
])
def test_a_way_around_the_keyword_is_no_stance_on_it(sentence: str) -> None:
    assert positions_of(sentence) == set()


def test_a_persons_office_is_its_agent() -> None:
    # "Zelensky's office" is who acts, not a thing qualified by the name (no stance was read)
    assert positions_of("Zelensky's office rejected the ceasefire.") == {("ukraine", "ceasefire", Stance.AGAINST)}
