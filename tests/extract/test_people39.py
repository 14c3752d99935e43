"""People on text never seen (issue 10, 8 December, twentieth session, people39): a sport's positions and callings
before a name ("Inter goalkeeper X", "French forward X", "substitutes A and B", "Belgian rider X"); a particle
name after a given name shown by its surname alone ("Van Aert" for "Wout van Aert"); two or three names before a
plural calling in apposition ("A and B, computer scientists at …"); a person named only in a credited photo
caption. The articles are invented: no one said or did these things."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import alias_texts, people_of

_HEAD = "Match report\n\n"


@pytest.mark.parametrize(("line", "names"), [
    ("Inter goalkeeper Tomas Berglund was left rooted as the ball flew in on Saturday.", ["Tomas Berglund"]),
    ("The 19-year-old French forward Luc Marchand scored twice on Saturday.", ["Luc Marchand"]),
    ("The Italian defender Paolo Ferri deflected the shot into his own net.", ["Paolo Ferri"]),
    ("Late on, substitutes Remy Okafor and Sami Laine combined for the fifth goal.", ["Remy Okafor", "Sami Laine"]),
    ("Belgian rider Jens Wouters won the stage on Sunday after a long attack.", ["Jens Wouters"]),
    ("The coach Arne Lindberg was unhappy with the result on Saturday.", ["Arne Lindberg"]),
    ("Rovers midfielder Kieran Doyle was sent off in the second half.", ["Kieran Doyle"]),
])
def test_a_sports_position_before_a_name_introduces_a_person(tmp_path: Path, line: str, names: list[str]) -> None:
    # Main introduced none of them: a player's position or a rider's calling was no title.
    people = people_of(tmp_path, {"a.txt": f"{_HEAD}{line}\n"})[0]
    assert sorted(people) == sorted(names)


@pytest.mark.parametrize("line", [
    "The board put forward Harlan Vance's plan on Monday and the members backed it.",
    "The league will look forward Monday to a quieter week.",
])
def test_forward_after_its_verb_is_no_title(tmp_path: Path, line: str) -> None:
    # Guard: "put forward X's plan" is the adverb, no player's position.
    assert people_of(tmp_path, {"a.txt": f"{_HEAD}{line}\n"})[0] == {}


@pytest.mark.parametrize(("full", "lone"), [("Wout van Aert", "Van Aert"), ("Mathieu van der Meulen", "Van der Meulen")])
def test_a_particle_surname_opening_a_sentence_keeps_the_given_name(tmp_path: Path, full: str, lone: str) -> None:
    # Main made the person "Van Aert": the full name after "to" is no introduction, and "Van Aert" opening a
    # sentence was not read as the "van Aert" of "Wout van Aert".
    article = (f"{_HEAD}The stage went to {full}, who attacked on the last climb on Sunday. "
               f"{lone} said he had felt strong all day.\n")
    people = people_of(tmp_path, {"a.txt": article})[0]
    assert list(people) == [full]
    assert lone in alias_texts(people[full])


@pytest.mark.parametrize(("line", "names"), [
    ("Ana Whitfield and Tomas Lindqvist, computer scientists at a Swiss university, won the prize on Monday.",
     ["Ana Whitfield", "Tomas Lindqvist"]),
    ("Ana Whitfield, Tomas Lindqvist and Paul Osei, three professors at Leiden, shared the award on Monday.",
     ["Ana Whitfield", "Paul Osei", "Tomas Lindqvist"]),
])
def test_names_before_a_plural_calling_in_apposition_are_people(tmp_path: Path, line: str,
                                                                  names: list[str]) -> None:
    # Main introduced none of them: the plural calling came after the names.
    people = people_of(tmp_path, {"a.txt": f"Prize news\n\n{line}\n"})[0]
    assert sorted(people) == names
    assert {p.role for p in people.values()} == {"computer scientists" if "computer" in line else "professors"}


def test_names_before_officials_said_are_no_one_introduced(tmp_path: Path) -> None:
    # Guard: "A and B, officials said" says who spoke no more than who the officials are.
    line = "The talks were held in Harbour Point and Elm Ridge, officials said on Monday."
    assert people_of(tmp_path, {"a.txt": f"Talks\n\n{line}\n"})[0] == {}


def test_a_person_named_only_in_a_credited_caption_is_no_person(tmp_path: Path) -> None:
    # Main made a person of the caption's lawyer: a picture's caption in the present tense with its credit
    # is furniture, and no one is introduced by furniture alone.
    article = ("Court hears the case\n\nProsecutors on Tuesday charged the former mayor of Norton with bribery, "
               "a court official said.\n\nTomas Reyes, a lawyer for the town council, poses for photographers "
               "outside the Norton court on May 4. / Source: Norton Daily\n\n"
               "The trial is expected to open in June, the official said.\n")
    assert people_of(tmp_path, {"a.txt": article})[0] == {}


def test_a_lawyer_in_the_story_is_still_a_person(tmp_path: Path) -> None:
    # Guard: the same sentence in the past tense and with no credit is story.
    article = ("Court hears the case\n\nProsecutors on Tuesday charged the former mayor of Norton with bribery, "
               "a court official said.\n\nTomas Reyes, a lawyer for the town council, posed for photographers "
               "outside the Norton court on May 4.\n\n"
               "The trial is expected to open in June, the official said.\n")
    assert list(people_of(tmp_path, {"a.txt": article})[0]) == ["Tomas Reyes"]


@pytest.mark.parametrize(("line", "names"), [
    ("The club replaced big names such as Marco Pellegrini, Dani and Hugo Lemaire with younger players.",
     ["Hugo Lemaire", "Marco Pellegrini"]),
    ("He joins an elite group of coaches including Karl Brenner and Tomas Okonkwo.", ["Karl Brenner", "Tomas Okonkwo"]),
])
def test_full_names_listed_after_such_as_are_people(tmp_path: Path, line: str, names: list[str]) -> None:
    # Main introduced none of them: "names such as", "coaches including" list people, with no role.
    people = people_of(tmp_path, {"a.txt": f"{_HEAD}{line}\n"})[0]
    assert sorted(people) == names
    assert {p.role for p in people.values()} == {""}


@pytest.mark.parametrize("line", [
    "Rivals such as Harbour Point and Elm Ridge objected to the plan on Monday.",
    "Leaders like Harlan Vance's allies were upset on Monday.",
])
def test_no_one_listed_after_such_as_when_no_name_ends_an_item(tmp_path: Path, line: str) -> None:
    # Guard: places and a possessive are no list of people.
    assert people_of(tmp_path, {"a.txt": f"{_HEAD}{line}\n"})[0] == {}
