"""People on stories the rules were not written on (issue 10, 6 December, tenth session): another country's
Congress places no one on the US side; "another suspect, X" and "X, one of the group's leaders," introduce X; a body a title word qualifies ("Foreign Ministry") introduces no name
after it; an office or a collective speaking ("Presidency says", "the Collective said") is no person. The
articles are invented for these tests: no one said or did these things."""

from __future__ import annotations

import pytest

from helpers import auto_people, load_articles

CONGRESS = {
    "lima.txt": "Andean lawmakers pick a new leader\n\nLIMA - Bolivia's legislature swore in Congress chief Mateo "
                "Quispal as interim president on Friday after a vote that lasted past midnight.\n\nQuispal "
                "promised to restore order before the April vote.\n\nIn Washington, Senate leader Harlan Voss said "
                "the vote was a domestic matter.\n",
}


def test_another_countrys_congress_places_no_one_on_the_us_side(tmp_path_factory: pytest.TempPathFactory) -> None:
    people = auto_people(load_articles(tmp_path_factory, "congress11", CONGRESS))
    assert not people["Mateo Quispal"].placed  # Bolivia's house, not the US Congress: visibly unplaced
    assert people["Harlan Voss"].side == "us"  # the US Senate's leader keeps his side


BODIES = {
    "abuja.txt": "Nigeria Rejects U.S. Tag — Ambassador Aduke, Foreign Ministry Fault Trump’s Decision\n\nABUJA - "
                 "The Presidency says the country will not be lectured. The Presidency added that talks were "
                 "welcome.\n\nKola Adeyemi, the governor's aide for Media and Strategy, said the chiefs had "
                 "met twice since Monday.\n\nThe Harmattan Collective said it would march "
                 "again on Saturday. The Harmattan Collective has marched twice this month.\n",
}


def test_bodies_and_portfolios_are_no_people(tmp_path_factory: pytest.TempPathFactory) -> None:
    people = auto_people(load_articles(tmp_path_factory, "bodies11", BODIES))
    assert "Kola Adeyemi" in people
    assert not {"Fault Trump", "Presidency", "Strategy", "Harmattan Collective"} & set(people)


GROUPS = {
    "court.txt": "Harbour bribery case widens\n\nVALLETTA - Prosecutors charged a port official on Monday. The "
                 "tapes also mention money from another suspect, Karel Zammit, the bureau said.\n\n\"We will march "
                 "again,\" Dorian Fenech, one of the student movement's leaders, told reporters on Tuesday.\n",
}


def test_another_of_a_kind_and_one_of_a_group_introduce_the_person(tmp_path_factory: pytest.TempPathFactory) -> None:
    people = auto_people(load_articles(tmp_path_factory, "groups11", GROUPS))
    assert "Karel Zammit" in people
    assert "Dorian Fenech" in people


CROWD = {
    "rally.txt": "Thousands rally in Valletta\n\nVALLETTA - Thousands marched on Saturday. Marija Galea, 37, a farmer "
                 "from the northern village of Mellieha, said she came to support the students.\n",
}


def test_an_age_then_a_calling_from_a_place_introduces_the_person(tmp_path_factory: pytest.TempPathFactory) -> None:
    assert "Marija Galea" in auto_people(load_articles(tmp_path_factory, "crowd11", CROWD))


LEANINGS = {
    "vote.txt": "Harbour vote goes to a run-off\n\nVALLETTA - Economist Paul Borg came third, followed by far-right "
                "Karin Zerafa and conservative Edith Mallia. Both praised former dictator Anton Spiteri in the "
                "campaign.\n\nThe conservative Nazzjon Gdida party won four seats.\n",
}


def test_a_leaning_or_a_rulers_kind_introduces_the_person_and_a_party_is_no_one(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    people = auto_people(load_articles(tmp_path_factory, "leanings11", LEANINGS))
    assert {"Karin Zerafa", "Edith Mallia", "Anton Spiteri"} <= set(people)
    assert "Nazzjon Gdida" not in people
