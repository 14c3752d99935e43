"""People on text never seen (issue 10, 7 December, fifteenth session, people30): a title and a comma, then an
age before the name ("the president, 61-year-old <Given> <Family>"), and an office in brackets after a name
("<Given> <Family> (Foreign Minister)"): neither made a person. The articles are invented: no one said or did
these things."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import people_of

_HEAD = "Cabinet sworn in\n\n"


@pytest.mark.parametrize(("before", "name", "after", "role"), [
    ("For the first time both the premier and the president, 61-year-old ", "Sigrún Hallsdóttir",
     ", are women, officials said on Monday.", "the president"),
    ("The vote was called by the finance minister, 48-year-old ", "Petar Ilić", ", late on Friday.",
     "the finance minister"),
    ("Norway's deputy foreign minister, 39-year-old ", "Ingrid Solvang-Aas", ", will attend the meeting.",
     "Norway's deputy foreign minister"),
])
def test_an_age_between_a_title_and_a_name_introduces_the_name(tmp_path: Path, before: str, name: str,
                                                                 after: str, role: str) -> None:
    # Main made no person (the title's comma was not right before the name), or, with the surname printed again,
    # a person with no role.
    article = f"{_HEAD}{before}{name}{after}\n"
    people = people_of(tmp_path, {"a.txt": article})[0]
    assert list(people) == [name]
    assert people[name].roles[0].title == role


def test_an_age_after_a_title_before_a_party_member_makes_no_person(tmp_path: Path) -> None:
    # Guard: "a 36-year-old Social Democrat" names no one (no comma after a title either).
    article = (f"{_HEAD}A 36-year-old Social Democrat now heads a cabinet of three parties, the first such "
               "cabinet since the vote in the autumn.\n")
    assert people_of(tmp_path, {"a.txt": article})[0] == {}


def test_an_age_after_a_title_and_comma_before_a_place_makes_no_person(tmp_path: Path) -> None:
    # Guard: what follows the age is a single word (a place, a thing): no person of one word.
    article = (f"{_HEAD}The ceremony was held in the old capital, 900-year-old Vellport, on Monday, and the "
               "president, 61-year-old Reykholt, opened it.\n")
    assert people_of(tmp_path, {"a.txt": article})[0] == {}


def test_an_office_in_brackets_after_a_name_introduces_the_name(tmp_path: Path) -> None:
    # Main made neither: an office in brackets after a name was no formula.
    article = (f"{_HEAD}Women outnumber men in the new cabinet, with key posts going to Ragnheiður Ósk "
               "Einarsdóttir (Foreign Minister) and Tómas Berg (Social and Housing Minister). Einarsdóttir "
               "takes office on Tuesday.\n")
    people = people_of(tmp_path, {"a.txt": article})[0]
    assert sorted(people) == ["Ragnheiður Ósk Einarsdóttir", "Tómas Berg"]
    assert people["Ragnheiður Ósk Einarsdóttir"].roles[0].title == "Foreign Minister"
    assert people["Tómas Berg"].roles[0].title == "Social and Housing Minister"


@pytest.mark.parametrize("sentence", [
    "The bill was sent to the Harbour Party (the Prime Minister's party) for a vote.",
    "Officials at the Vellport Harbour Board (Transport Ministry) said the port would reopen.",
    "The grant came from Nordic Harbour Fund (Minister for Fisheries and the Coast said yes) last year.",
])
def test_a_bracket_after_a_body_makes_no_person(tmp_path: Path, sentence: str) -> None:
    # Guard: a party or a board before a bracket with an office in it is no person.
    assert people_of(tmp_path, {"a.txt": f"{_HEAD}{sentence}\n"})[0] == {}


def test_an_age_after_a_countrys_title_places_the_person(tmp_path: Path) -> None:
    # The title before the age gives the side, as it does with the name right after its comma.
    article = (f"{_HEAD}The talks were opened by Norway's deputy foreign minister, 39-year-old Ingrid Solvang-Aas, "
               "on Monday.\n")
    people = people_of(tmp_path, {"a.txt": article})[0]
    assert people["Ingrid Solvang-Aas"].side == "europe"


def test_a_title_list_before_the_comma_gives_the_last_title_only(tmp_path: Path) -> None:
    # Main gave her "the premier and the president": two offices, one of them another person's.
    article = (f"{_HEAD}For the first time both the premier and the president, Sigrún Hallsdóttir, are women, "
               "officials said on Monday.\n")
    people = people_of(tmp_path, {"a.txt": article})[0]
    assert people["Sigrún Hallsdóttir"].roles[0].title == "the president"


def test_icelands_title_places_the_person_in_europe(tmp_path: Path) -> None:
    # Main left her unplaced: the European side's cues had "Icelandic" but not "Iceland" (nor "Iceland's").
    article = (f"{_HEAD}Iceland's foreign minister, Ragnheiður Einarsdóttir, said on Monday that the coalition "
               "would hold its vote in the spring.\n")
    people = people_of(tmp_path, {"a.txt": article})[0]
    assert people["Ragnheiður Einarsdóttir"].side == "europe"


@pytest.mark.parametrize(("sentence", "name", "role"), [
    ("Tánaiste Aoife Ní Bhriain said the talks had been hard.", "Aoife Ní Bhriain", "Tánaiste"),
    ("Ceann Comhairle Nuala Breen said the house would sit again on Tuesday.", "Nuala Breen", "Ceann Comhairle"),
    ("The deal was announced by the outgoing Taoiseach, Ciarán Doyle, on Monday.", "Ciarán Doyle",
     "the outgoing Taoiseach"),
])
def test_irelands_titles_are_titles(tmp_path: Path, sentence: str, name: str, role: str) -> None:
    # Main made "Tánaiste Aoife Ní Bhriain" and "Ceann Comhairle Nuala Breen" people (the title inside the
    # name), and no one of "the outgoing Taoiseach, Ciarán Doyle,".
    people = people_of(tmp_path, {"a.txt": f"Coalition agreed\n\n{sentence}\n"})[0]
    assert list(people) == [name]
    assert people[name].roles[0].title == role


@pytest.mark.parametrize(("calling", "role"), [("young firebrand", "firebrand"), ("party hardliner", "party hardliner"),
                                               ("political newcomer", "political newcomer")])
def test_a_political_calling_before_a_name_introduces_it(tmp_path: Path, calling: str, role: str) -> None:
    # Main made no person: the calling was not among the lower-case words that introduce a name.
    article = (f"{_HEAD}The Harbour Party came second, powered by {calling} Sirka-Malu Rasbech-Dam, who left the "
               "ruling party last year.\n")
    people = people_of(tmp_path, {"a.txt": article})[0]
    assert list(people) == ["Sirka-Malu Rasbech-Dam"]
    assert people["Sirka-Malu Rasbech-Dam"].roles[0].title == role
