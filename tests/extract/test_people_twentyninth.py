"""People on text never seen (issue 10, 7 December, fourteenth session, people29): an office "of" a place the
lists lack right before a name ("Mayor of <Town> <Given> <Family>": the town opened the name, and quotes went to
that false person), and a sentence's opening participle or adverb before a surname ("Embattled <Surname> told …":
a person of its own, and the surname then read as a namesake's). The articles are invented: no one said or did
these things."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import people_of


@pytest.mark.parametrize(("office", "name"), [
    ("Mayor of Vellport", "Jana Kostrić"), ("Governor of Orrinmark", "Teodor Valesco"),
    ("Minister of Fisheries", "Ivo Brandtner"), ("Bishop of Callow", "Tom Ashby"),
    ("Mayor of Nova Brela", "Mirta Kovačević"), ("Governor of Vellport", "Khalid bin Nasser Al-Orrin"),
])
def test_an_office_of_a_place_keeps_the_place_out_of_the_name(tmp_path: Path, office: str, name: str) -> None:
    # Main made "<place> <name>" a person: the place the lists lack opened the name, and the office was lost.
    article = (f"Port bill splits the council\n\nThe port bill was opposed on Monday by {office} {name}, who "
               f"called it a sale of the harbour. {name.split()[-1]} wants a vote of the whole town.\n")
    people = people_of(tmp_path, {"a.txt": article})[0]
    assert list(people) == [name]
    assert people[name].roles[0].title == office


def test_an_office_of_a_place_with_the_surname_never_again_makes_no_person(tmp_path: Path) -> None:
    # Guard: with the surname never printed again nothing says where the place ends: no person (as on main).
    article = ("Port bill splits the council\n\nThe port bill was opposed on Monday by Mayor of Vellport Jana "
               "Kostrić, who called it a sale of the harbour.\n")
    assert people_of(tmp_path, {"a.txt": article})[0] == {}


@pytest.mark.parametrize("place", ["Vella Nova Brela", "Vellport Harbour Trust"])
def test_a_place_of_three_words_after_an_office_is_no_person(tmp_path: Path, place: str) -> None:
    # Guard: the office is followed by a place alone; its last two words are no one.
    article = f"Port row\n\nThe Mayor of {place} said on Monday that the port bill would fail.\n"
    assert people_of(tmp_path, {"a.txt": article})[0] == {}


def test_a_quote_goes_to_the_mayor_not_to_a_town_named_person(tmp_path: Path) -> None:
    # Main gave the quote to "Vellport Jana Kostrić", a person who does not exist.
    article = ("Port vote\n\nThe port bill was opposed by the leader of the Harbour Party and Mayor of Vellport "
               "Jana Kostrić, who spoke on Monday. “This bill robs the harbour of its future,” said Kostrić.\n")
    people, briefing = people_of(tmp_path, {"a.txt": article})
    assert list(people) == ["Jana Kostrić"]
    assert [q.speaker for q in briefing.quotes] == [people["Jana Kostrić"].id]


def test_a_title_of_state_before_a_long_name_keeps_the_name_whole(tmp_path: Path) -> None:
    # Guard: "Minister of State" then a name with a particle: the name is all four words.
    article = ("Observers named\n\nMinister of State Khalid bin Nasser Al-Orrin will lead the observers, the "
               "council said on Monday.\n")
    people = people_of(tmp_path, {"a.txt": article})[0]
    assert list(people) == ["Khalid bin Nasser Al-Orrin"]


_WHITCOMBE = ("Harbour chief clings on\n\nPort Authority Director Dana Whitcombe faced a vote of no confidence on "
              "Tuesday.\n\n{opener} Whitcombe told the board the audit was unfair. “I will not step aside while the "
              "audit is running,” Whitcombe said.\n")


@pytest.mark.parametrize("opener", ["Embattled", "Beleaguered", "Undaunted", "Ousted", "Angrily"])
def test_an_opening_participle_is_no_given_name(tmp_path: Path, opener: str) -> None:
    # Main made "<Opener> Whitcombe" a second person and then read "Whitcombe" as a namesake's short name, so the
    # director's own quote was shown with no speaker (surnames._OPENER_ENDS never matched a capitalised word).
    people, briefing = people_of(tmp_path, {"a.txt": _WHITCOMBE.format(opener=opener)})
    assert list(people) == ["Dana Whitcombe"]
    assert [q.speaker for q in briefing.quotes] == [people["Dana Whitcombe"].id]


@pytest.mark.parametrize("given", ["Alfred", "Mohammed", "Kimberly"])
def test_a_given_name_of_that_shape_is_another_whitcombe(tmp_path: Path, given: str) -> None:
    # Guard: a given name ending like a participle or an adverb names another Whitcombe: the quote is no one's.
    people, briefing = people_of(tmp_path, {"a.txt": _WHITCOMBE.format(opener=given)})
    assert sorted(people) == sorted(["Dana Whitcombe", f"{given} Whitcombe"])
    assert [q.speaker for q in briefing.quotes] == [None]
