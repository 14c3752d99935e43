"""Classes from the lead's blind sets of the eleventh session (a university's funding dispute, a chancellor's
vote), on articles written for these tests: the prose and every quotation are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.model import Stance
from helpers import auto_people, load_sources
from tests.extract.test_positions import positions_of

_DISPUTE = (
    "Rector Anna Lindqvist said on Monday that Northfield would keep its research programmes.\n\n"
    "Officials answered within hours. “Perhaps Northfield should pay for them itself,” the budget office "
    "said in a statement.\n\n"
    "Like Eastbrook, he said Northfield had tightened its rules. Northfield's board met on Tuesday, and "
    "Northfield refused to change course.\n\n"
    "A spokeswoman for the Joint Office to Combat Extremism said the review would go on.\n")


def test_an_opening_adverb_or_preposition_is_no_given_name(tmp_path: Path) -> None:
    # "Perhaps Northfield" and "Like Eastbrook" open a sentence; a university is written alone after them
    people = auto_people(load_sources(tmp_path, page=_DISPUTE))
    assert not any(name.split()[0] in ("Perhaps", "Like") for name in people), sorted(people)


def test_a_doctrine_word_is_no_name(tmp_path: Path) -> None:
    # "to Combat Extremism said": an office's name ending in a doctrine, not a person who spoke
    people = auto_people(load_sources(tmp_path, page=_DISPUTE))
    assert not any("Extremism" in name for name in people), sorted(people)


def test_a_provost_or_rector_is_a_title(tmp_path: Path) -> None:
    people = auto_people(load_sources(tmp_path, page=(
        "Campus news\n\nProvost Jenny Alvarado said in a statement that the college backed the decision. "
        "Rector Anna Lindqvist said the same.\n")))
    assert {"Jenny Alvarado", "Anna Lindqvist"} <= set(people), sorted(people)
    assert not any(name.startswith(("Provost", "Rector")) for name in people)



def test_guarantees_that_name_another_issue_are_that_issues_not_troops() -> None:
    # the Kremlin wants a pledge about NATO, not troops keeping a peace: Russia against membership, no guarantee stance
    sides = positions_of("Moscow wants written guarantees that Kyiv will never join NATO, an envoy said.")
    assert ("russia", "nato", Stance.AGAINST) in sides, sides
    assert not any(issue == "security_guarantees" for _side, issue, _stance in sides), sides


def test_guarantees_that_name_troops_stay_guarantees() -> None:
    # (guard) a that-clause about the troops themselves is the security-guarantees issue as before
    sides = positions_of("Britain offered guarantees that its troops would deploy.")
    assert any(issue == "security_guarantees" for _side, issue, _stance in sides), sides


@pytest.mark.parametrize("sentence", [
    "The Kremlin insisted that Ukrainian troops must withdraw from the four regions before any truce.",
    "Putin demanded that Kyiv cede territory it still holds in the east.",
])
def test_a_demand_that_ukraine_leave_its_land_is_against_regaining_it(sentence: str) -> None:
    assert ("russia", "territory", Stance.AGAINST) in positions_of(sentence)


def test_a_refusal_to_cede_land_is_for_regaining_it() -> None:
    assert ("ukraine", "territory", Stance.FOR) in positions_of("Zelensky refused to cede territory.")
