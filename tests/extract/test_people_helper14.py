"""People on stories the rules were not written on (issue 10, 6 December, tenth session, people14): a party or a
court named in another language or with a word the organisation list lacked ("Fuerza Patria", "Frente Amplio",
"the Special Crimes Tribunal") is no person; a judge's title ("Judge X", "Justice Md X") is no part of the name;
a name opening a list item with "argued", "conceded" or "acknowledged" introduces a person. The articles are
invented for these tests: no one said or did these things. Also "Emperor X" (a crowned title, like "King X")."""

from __future__ import annotations

import pytest

from helpers import auto_people, load_articles

VOTE = {
    "rosario.txt": "Rosario counts its votes\n\nROSARIO - The ruling party won the provincial vote on Sunday. The "
                   "opposition, Frente Amplio, trailed with 30%.\n\nThe centrist Fuerza Patria gained 21% (14 seats), "
                   "far behind.\n\n- Mariela Quiroga argued the early count did not cost the party any votes.\n"
                   "- Tomas Irigoyen conceded defeat late on Sunday night.\n",
}


def test_a_foreign_party_is_no_person_and_a_list_item_names_one(tmp_path_factory: pytest.TempPathFactory) -> None:
    people = auto_people(load_articles(tmp_path_factory, "vote14", VOTE))
    assert not any("Fuerza" in name or "Frente" in name for name in people)
    assert {"Mariela Quiroga", "Tomas Irigoyen"} <= set(people)


COURT = {
    "dhaka.txt": "A verdict in Dhaka\n\nDHAKA - The Special Crimes Tribunal sentenced former minister Rafiq Hossain "
                 "on Monday. The three-member panel, chaired by Justice Md Anwarul Karim Talukder, read out the "
                 "ruling. Judge Nasima Begum Chowdhury said the charges were proven.\n\n\"The accused failed to act "
                 "when he could,\" the Special Crimes Tribunal said.\n",
}


def test_a_tribunal_is_no_person_and_a_judge_title_no_name(tmp_path_factory: pytest.TempPathFactory) -> None:
    people = auto_people(load_articles(tmp_path_factory, "court14", COURT))
    assert not any("Tribunal" in name for name in people)
    assert {"Md Anwarul Karim Talukder", "Nasima Begum Chowdhury", "Rafiq Hossain"} <= set(people)
    assert not any(name.startswith(("Judge", "Justice")) for name in people)


EMPEROR = {
    "tokyo.txt": "A new cabinet in Tokyo\n\nTOKYO - Emperor Hirotaka received the new prime minister on Tuesday. The "
                 "ceremony at the palace was short.\n",
}


def test_an_emperor_is_named_by_his_title_and_one_name(tmp_path_factory: pytest.TempPathFactory) -> None:
    people = auto_people(load_articles(tmp_path_factory, "emperor14", EMPEROR))
    assert "Emperor Hirotaka" in people  # like "King Abdullah": the crowned title kept with the one name
