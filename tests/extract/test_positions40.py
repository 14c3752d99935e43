"""positions40 (issue 10): troops told to leave land, a force as the subject of a demand, captions.

Missed on main: "Kyiv wants Russian troops to leave the occupied territories" gave no position on the territory
issue (its words name either outcome alone); who leaves decides the polarity, and the one who wants, demands or
refuses it holds the stance, never the force told to leave. Wrong on main: "Russian troops must stop …, the EU
said" gave Russia the EU's demand. The sentences were written for these tests: the prose is invented."""

from __future__ import annotations

import pytest

from briefing.model import Stance

from helpers import positions_read

FOR, AGAINST = Stance.FOR, Stance.AGAINST


def read(sentence: str) -> dict[tuple[str, str, Stance], float]:
    return positions_read(sentence)


@pytest.mark.parametrize(("sentence", "expected"), [
    # Russia's troops leaving Ukraine's land: Ukraine regains it (for), whoever wants it
    ("Kyiv wants Russian troops to leave the occupied territories.", ("ukraine", "territory", FOR)),
    ("Ukraine wants Russian forces to withdraw from the occupied territories.", ("ukraine", "territory", FOR)),
    ("Zelensky demanded that Russian troops leave Ukrainian territory.", ("ukraine", "territory", FOR)),
    ("Kyiv insists Russia must pull its troops out of the occupied regions.", ("ukraine", "territory", FOR)),
    ("Zelensky urged Russia to pull its troops out of the occupied territories.", ("ukraine", "territory", FOR)),
    ("Kyiv wants Moscow to withdraw its forces from Ukrainian territory.", ("ukraine", "territory", FOR)),
    ("Kyiv wants Russia to leave Crimea.", ("ukraine", "territory", FOR)),
    ("Ukraine wants Russia to return the occupied territories.", ("ukraine", "territory", FOR)),
    ("Europe wants a Russian withdrawal from Ukraine.", ("europe", "territory", FOR)),
    # …refused by the occupier: against; only the occupier can leave occupied land, named or not
    ("Putin refused to withdraw his troops from the occupied territories.", ("russia", "territory", AGAINST)),
    ("Russia rejected calls to withdraw from the occupied territories.", ("russia", "territory", AGAINST)),
    ("Russia will not return Crimea, Peskov said.", ("russia", "territory", AGAINST)),
    # Ukraine's troops leaving its land: the opposite (Russia keeps it)
    ("Russia wants Ukrainian troops to leave the Donbas.", ("russia", "territory", AGAINST)),
    ("Moscow insisted that Ukrainian troops leave the Donetsk region.", ("russia", "territory", AGAINST)),
    ("Russia wants Ukrainian troops to leave the four regions.", ("russia", "territory", AGAINST)),
    ("Ukraine must leave the Donbas, Putin said.", ("russia", "territory", AGAINST)),
])
def test_troops_leaving_land(sentence: str, expected: tuple) -> None:
    found = read(sentence)
    assert expected in found
    # the force told to leave holds nothing
    told = "russia" if expected[0] != "russia" else "ukraine"
    assert not any(side == told for side, _issue, _stance in found)


@pytest.mark.parametrize("sentence", [
    "Russian troops left Kherson in November 2022.",  # a past fact, no one's stance
    "Trump left Ukraine out of the talks.",           # the country left out, not land left
    "Moscow left Ukraine alone for years.",
    "Putin wants Kyiv to withdraw troops from the Kursk region.",  # land in Russia: not the issue's land
    "Ukrainian troops returned to Kharkiv.",
])
def test_no_land_left(sentence: str) -> None:
    assert not any(issue == "territory" for _side, issue, _stance in read(sentence))


@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    # a side's forces as the subject of an obligation: the demand of whoever says it (main: Russia *for*, 0.75)
    ("Russian troops must stop strikes on energy infrastructure, the EU said.",
     ("russia", "energy_infrastructure", FOR), ("europe", "energy_infrastructure", FOR)),
    ("Russian troops must leave Ukraine, the EU said.", ("russia", "territory", FOR), ("europe", "territory", FOR)),
])
def test_a_force_under_an_obligation_is_no_holder(sentence: str, wrong: tuple, right: tuple) -> None:
    found = read(sentence)
    assert wrong not in found
    assert right in found
