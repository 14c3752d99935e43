"""People on text never seen (issue 10, 7 December, thirteenth session, people25): a lower-case particle of a
Filipino or Spanish surname ("dela", "delos") keeps the name whole, a quoted nickname after a title or before
such a particle keeps the person, a nickname the folder prints between the names joins the person's two given
names, another country's Senate places no one on the US side, "Pro Tempore" is a title, and a hyphened second
surname is the same woman as the plain one. The articles are invented: no one said or did these things."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import people_of


def _people(tmp_path: Path, files: dict[str, str]) -> dict[str, object]:
    return people_of(tmp_path, files)[0]


@pytest.mark.parametrize("particle", ["dela", "delos"])
def test_a_small_particle_keeps_one_person(tmp_path: Path, particle: str) -> None:
    # Main cut the run at the small particle: "Marco" was one person (his given name alone) and the capitalised
    # "Dela Cruz" of the next line another.
    article = (f"Ferry levy stalls in Iloilo\n\nSen. Marco {particle} Cruz tabled a motion on Monday to shelve "
               f"the ferry levy.\n\n{particle.title()} Cruz said the islands could not pay it.\n")
    people = _people(tmp_path, {"a.txt": article})
    assert list(people) == [f"Marco {particle} Cruz"]
    assert f"{particle.title()} Cruz" in {a.text for a in people[f"Marco {particle} Cruz"].aliases}


@pytest.mark.parametrize("before", ["Senator", "Sen.", "Senate President"])
def test_a_quoted_nickname_after_a_title_keeps_the_person(tmp_path: Path, before: str) -> None:
    # Main read the title and the given name as two given names before the nickname, failed them, and listed
    # no one: the senator who tabled the motion was missing.
    article = (f"Ferry levy stalls in Iloilo\n\n{before} Lorna “Didi” Abaya tabled a motion on Monday to shelve "
               "the ferry levy.\n\nAbaya said the islands could not pay it.\n")
    assert "Lorna Abaya" in _people(tmp_path, {"a.txt": article})


def test_a_quoted_nickname_before_a_small_particle(tmp_path: Path) -> None:
    article = ("Ferry levy stalls in Iloilo\n\nSen. Marco “Toto” dela Cruz tabled a motion on Monday to shelve the "
               "ferry levy.\n\nDela Cruz said the islands could not pay it.\n")
    assert list(_people(tmp_path, {"a.txt": article})) == ["Marco dela Cruz"]


def test_a_nickname_the_folder_gives_joins_the_two_given_names(tmp_path: Path) -> None:
    # Main made "Lorna Abaya" and "Didi Abaya" two people, and so the surname alone neither's: the third story,
    # which writes only "Abaya", had no one in it.
    one = ("Ferry levy stalls\n\nSenator Lorna “Didi” Abaya tabled a motion on Monday to shelve the levy.\n\n"
           "Abaya said the islands could not pay it.\n")
    two = ("Levy vote put off\n\nSen. Didi Abaya won a week's delay on Tuesday.\n\nAbaya wants an audit.\n")
    three = ("Audit ordered\n\nAbaya told reporters on Wednesday that the audit would take a month.\n")
    people = _people(tmp_path, {"a.txt": one, "b.txt": two, "c.txt": three})
    assert [name for name in people if "Abaya" in name] == ["Lorna Abaya"]
    assert {"Didi Abaya", "Abaya"} <= {a.text for a in people["Lorna Abaya"].aliases}


def test_another_countrys_senate_places_no_one_on_the_us_side(tmp_path: Path) -> None:
    # Main took "Senate" for the US Senate's cue word: the Philippine senate's president was placed with the
    # Americans, in a story that names no American at all.
    one = ("Levy vote put off\n\nMANILA, Philippines — Senate President Tito Lagman adjourned the chamber on "
           "Tuesday.\n\nLagman said Filipino ferry owners had asked for time.\n")
    two = ("Levy vote\n\nSenate President Tito Lagman set the vote for next week.\n")
    people = _people(tmp_path, {"a.txt": one, "b.txt": two})
    assert people["Tito Lagman"].side != "us"


def test_the_us_senate_still_places_its_leader(tmp_path: Path) -> None:
    # The guard: an American story about the US Senate keeps its leader on the US side.
    article = ("Aid vote set\n\nWASHINGTON — Senate Majority Leader Dale Hollis said on Monday the U.S. Senate would "
               "vote on the aid bill, which the White House backs.\n\nHollis expects it to pass.\n")
    assert _people(tmp_path, {"a.txt": article})["Dale Hollis"].side == "us"


def test_pro_tempore_is_a_title(tmp_path: Path) -> None:
    # Main kept "Pro Tempore" in the name: "Pro Tempore Lito Ramos" was the person.
    article = ("Levy vote put off\n\nSenate President Pro Tempore Lito Ramos said on Monday he had not seen the "
               "draft.\n\nRamos declined to say more.\n")
    assert list(_people(tmp_path, {"a.txt": article})) == ["Lito Ramos"]


def test_a_hyphened_second_surname_is_the_same_woman(tmp_path: Path) -> None:
    one = "Port fees\n\nMayor Sara Cruz spoke on Monday.\n\nCruz said the city would appeal.\n"
    two = "Appeal lodged\n\nMayor Sara Cruz-Lopez lodged the appeal on Tuesday.\n\nCruz-Lopez said the court must act.\n"
    people = _people(tmp_path, {"a.txt": one, "b.txt": two})
    assert [name for name in people if "Sara" in name] == ["Sara Cruz"]
    assert "Sara Cruz-Lopez" in {a.text for a in people["Sara Cruz"].aliases}


def test_two_hyphened_surnames_leave_the_plain_one_apart(tmp_path: Path) -> None:
    # The guard: two women of that first name with two hyphened surnames; which one "Sara Cruz" is, the folder
    # does not say.
    one = "Port fees\n\nMayor Sara Cruz spoke on Monday.\n\nCruz said the city would appeal.\n"
    two = ("Appeal lodged\n\nJudge Sara Cruz-Lopez heard the appeal on Tuesday.\n\nJudge Sara Cruz-Abad "
           "dissented.\n")
    people = _people(tmp_path, {"a.txt": one, "b.txt": two})
    assert {"Sara Cruz", "Sara Cruz-Lopez", "Sara Cruz-Abad"} <= set(people)


def test_the_last_word_of_a_particle_surname_is_no_alias(tmp_path: Path) -> None:
    # Main's gazetteer of the folder's people took "Cruz" of "Marco dela Cruz" as his surname alone: "Cruz" was
    # listed as his alias, and a mention of "Cruz" cut out of "Dela Cruz" pointed at him.
    files = {"a.txt": "Ferry levy\n\nSen. Marco dela Cruz tabled a motion on Monday.\n\nDela Cruz said the islands "
                      "could not pay it.\n",
             "b.txt": "Levy vote\n\nSen. Marco “Toto” dela Cruz spoke on Tuesday.\n\nDela Cruz wants an audit.\n",
             "c.txt": "Audit\n\nSen. Toto Dela Cruz, an ally of the mayor, asked for a delay.\n\n“No,” Dela Cruz said.\n"}
    people = _people(tmp_path, files)
    assert list(people) == ["Marco dela Cruz"]
    assert "Cruz" not in {a.text for a in people["Marco dela Cruz"].aliases}
