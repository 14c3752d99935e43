"""People on stories the rules were not written on (issue 10, 6 December, tenth session, people13): the office a
name is given after it ("X was appointed Minister of …", "X became … minister", "X (44) appointed as …", "X (70)
as …", "X took over the post of …") or before it ("A new … minister was also appointed, X,"); "head of state X";
which holder a title's holder is ("Japan's first female prime minister X" is placed by the country); another
country's party named with a US cue word ("Liberal Democratic Party President X" is no US Democrat); a
Portuguese "e" between surnames ("Gouveia e Melo"); a ballot's callings ("candidate", "contender"). The
articles are invented for these tests: no one said or did these things."""

from __future__ import annotations

import pytest

from helpers import auto_people, load_articles

CABINET = {
    "tokyo.txt": "A new cabinet in Tokyo\n\nTOKYO - The new government took office on Tuesday. Kenta Arakawa became "
                 "Minister of Health, Labour and Welfare, Yumi Hoshino was appointed Minister of Land, and Daichi "
                 "Morimoto took over the post of Minister of Digital Affairs.\n\nAmong the rest, Ren Tachibana (51) "
                 "appointed as Defense Minister, Aiko Fujiwara (63) as Foreign Minister, were the best known.\n\n"
                 "A new energy minister was also appointed, Sota Kameyama, who starts next week.\n",
}


def test_the_office_given_to_a_name_introduces_it(tmp_path_factory: pytest.TempPathFactory) -> None:
    people = auto_people(load_articles(tmp_path_factory, "cabinet13", CABINET))
    assert {"Kenta Arakawa", "Yumi Hoshino", "Daichi Morimoto", "Ren Tachibana", "Aiko Fujiwara",
            "Sota Kameyama"} <= set(people)
    assert people["Kenta Arakawa"].role == "Minister of Health, Labour and Welfare"  # not run into the next name
    assert people["Sota Kameyama"].role == "new energy minister"
    assert not any("Minister" in name or "Among" in name for name in people)


ACTIVE = {
    "embassy.txt": "An envoy for Delhi\n\nOSLO - Foreign ministry official Ingrid Solberg said on Monday that "
                   "the cabinet had met. Lars Henriksen named the new ambassador to India on Friday, she said.\n",
}


def test_an_active_naming_gives_the_namer_no_office(tmp_path_factory: pytest.TempPathFactory) -> None:
    people = auto_people(load_articles(tmp_path_factory, "active13", ACTIVE))
    assert "Ingrid Solberg" in people  # (a guard: "X named the new ambassador" is X naming someone else)
    assert "Lars Henriksen" not in people or "ambassador" not in people["Lars Henriksen"].role


HEAD = {
    "dublin.txt": "Ireland votes\n\nDUBLIN - Voters chose a successor to current head of state Brendan Mac Giolla on "
                  "Friday. Counting starts on Saturday.\n",
}


def test_head_of_state_is_a_title(tmp_path_factory: pytest.TempPathFactory) -> None:
    people = auto_people(load_articles(tmp_path_factory, "head13", HEAD))
    assert "Brendan Mac Giolla" in people


PARTIES = {
    "diet.txt": "Tokyo picks a leader\n\nTOKYO - Japan's first female Prime Minister Emiko Sawada was sworn in on "
                "Tuesday.\n\nLiberal Democratic Party President Kenta Oshiro said the budget would pass. Republican "
                "People's Party leader Deniz Aksoy said he would vote against it.\n",
}


def test_another_countrys_party_is_no_us_cue_and_a_first_holder_keeps_the_country(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    people = auto_people(load_articles(tmp_path_factory, "parties13", PARTIES))
    assert people["Emiko Sawada"].side == "other"
    assert people["Kenta Oshiro"].side != "us" and people["Deniz Aksoy"].side != "us"


FORMER = {
    "lisbon.txt": "A new cabinet in Lisbon\n\nLISBON - Rui Valente, 61, who served as fisheries minister in the last "
                  "government, is to lead the talks. He worked under three prime ministers: Ana Correia, Paulo Sequeira "
                  "and Marta Lobo.\n\nThe cabinet named two ministries: Foreign Affairs and Home Affairs.\n",
}


def test_an_office_held_in_a_relative_clause_and_a_list_after_a_plural_title(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    people = auto_people(load_articles(tmp_path_factory, "former13", FORMER))
    assert {"Rui Valente", "Ana Correia", "Paulo Sequeira", "Marta Lobo"} <= set(people)
    assert not any("Affairs" in name for name in people)


BALLOT = {
    "porto.txt": "A run-off in Portugal\n\nPORTO - Retired admiral Duarte Vasconcelos e Lima came fourth, and "
                 "satirical contender Tiago Rebordão split the rest. Rita Alvim, a centrist candidate from the north, "
                 "came fifth.\n",
}


def test_a_portuguese_e_between_surnames_and_the_callings_of_a_ballot(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    people = auto_people(load_articles(tmp_path_factory, "ballot13", BALLOT))
    assert {"Duarte Vasconcelos e Lima", "Tiago Rebordão", "Rita Alvim"} <= set(people)
    assert "Duarte Vasconcelos" not in people  # (not cut before "e Lima")


NOT_AN_OFFICE = {
    "talks.txt": "Talks in Oslo\n\nOSLO - Marta Lind became a close ally of the US ambassador during the talks, "
                 "officials said. Tomas Hale, 45, as well as the Ukrainian director of the fund, spoke on Monday.\n",
}


def test_no_office_through_a_preposition_or_as_well_as(tmp_path_factory: pytest.TempPathFactory) -> None:
    people = auto_people(load_articles(tmp_path_factory, "notoffice13", NOT_AN_OFFICE))
    placed = {name: person.side for name, person in people.items() if person.side not in ("unplaced", None)}
    assert "Marta Lind" not in placed and "Tomas Hale" not in placed
