"""People on stories the rules were not written on (issue 10, 6 December, tenth session, people12): names with
an apostrophe after their first letter ("N'Dour", "O'Brien") or a hyphen and one capital ("Sanha-A"); ranks
written with a hyphen ("Major-General"); a hyphenated country ("Guinea-Bissau") is no surname; titles of
parliaments' members ("People's Deputy", "parliament member"); a minister "of <portfolio> of <country>" placed by
that country. The articles are invented for these tests: no one said or did these things."""

from __future__ import annotations

import pytest

from helpers import auto_people, load_articles

JUNTA = {
    "bissau.txt": "Officers name a transitional leader\n\nBISSAU - The army swore in Major-General Amadu Sanha-A as "
                  "transitional president on Thursday. He named Major-General Tito Cabral as army chief.\n\n"
                  "Army Chief of Staff General Horta N'Dour read the statement. Sanha-A's rule will last a year, "
                  "the statement said.\n\nObservers said New Guinea-Bissau leader Sanha-A spoke for ten minutes. "
                  "The envoy, Conor O'Brien, said the talks would go on.\n",
}


def test_names_with_an_apostrophe_a_hyphen_or_a_hyphenated_rank(tmp_path_factory: pytest.TempPathFactory) -> None:
    people = auto_people(load_articles(tmp_path_factory, "junta12", JUNTA))
    assert {"Amadu Sanha-A", "Tito Cabral", "Horta N'Dour", "Conor O'Brien"} <= set(people)
    assert not [name for name in people if "Major" in name or "Guinea" in name or name == "Amadu Sanha"]


RADA = {
    "kyiv.txt": "Parliament dismisses the cabinet\n\nKYIV - The vote was announced by parliament member Oleksiy "
                "Danyliuk on Telegram, and People's Deputy Maryna Hordiienko confirmed it.\n\nMinister of Internal "
                "Affairs of Ukraine Ihor Petrenko said the police would keep order.\n",
}


def test_members_of_parliament_and_a_minister_of_a_country(tmp_path_factory: pytest.TempPathFactory) -> None:
    people = auto_people(load_articles(tmp_path_factory, "rada12", RADA))
    assert "Oleksiy Danyliuk" in people and "Maryna Hordiienko" in people
    assert people["Ihor Petrenko"].side == "ukraine"


PAIRS = {
    "court.txt": "Two charged in harbour case\n\nVALLETTA - Police on Monday charged suspects Karel Borg and Dorian "
                 "Camilleri with fraud.\n\nOfficials said Maltese ministers Ann Bonnici and Jo Vella would meet on "
                 "Friday.\n",
}


def test_both_names_after_a_plural_calling(tmp_path_factory: pytest.TempPathFactory) -> None:
    people = auto_people(load_articles(tmp_path_factory, "pairs12", PAIRS))
    assert {"Karel Borg", "Dorian Camilleri", "Ann Bonnici", "Jo Vella"} <= set(people)


COPULA = {
    "cabinet.txt": "Kyiv names a premier\n\nKYIV - Ukraine's new prime minister is Marta Kovalenko, who set out her "
                   "plans on Thursday. Her aide was Tom Hale, officials said.\n",
}


def test_a_countrys_title_then_is_before_the_name_places_the_person(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    people = auto_people(load_articles(tmp_path_factory, "copula12", COPULA))
    assert people["Marta Kovalenko"].side == "ukraine"  # (unplaced before: "new" cut the country off the role)
    assert not people["Tom Hale"].placed  # an aide, of no country the text names


OFFICE = {
    "rada.txt": "Parliament gets the nomination\n\nKYIV - Parliament received the nomination to appoint Marta "
                "Kovalenko as Prime Minister of Ukraine. Jo Roe as chair of the panel said the vote was set.\n",
}


def test_a_name_appointed_as_a_countrys_office_is_placed_by_it(tmp_path_factory: pytest.TempPathFactory) -> None:
    people = auto_people(load_articles(tmp_path_factory, "office12", OFFICE))
    assert people["Marta Kovalenko"].side == "ukraine"
    assert "Jo Roe" not in people or not people["Jo Roe"].placed  # "as chair of the panel": no country
