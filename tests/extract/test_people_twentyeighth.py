"""People on text never seen (issue 10, 7 December, fourteenth session, people28): a title before a family name
that opens with its lower-case particles ("General de Gaulle"), and a head's title of a body described in
lower-case words right before a name ("the leader of the opposition deputies X"). The articles are invented: no
one said or did these things."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import people_of


def _people(tmp_path: Path, files: dict[str, str]) -> dict[str, object]:
    return people_of(tmp_path, files)[0]


@pytest.mark.parametrize(("title", "name"), [
    ("General", "de Varenne"), ("President", "van Dorsten"), ("Chancellor", "von Elst"),
    ("Minister", "van der Kolk"),
])
def test_a_title_before_a_particle_surname_makes_the_person(tmp_path: Path, title: str, name: str) -> None:
    # Main dropped a titled run whose name opened with a lower-case particle: the statesman the article
    # recalls was missing from the people.
    article = (f"Harbour vote recalls an old crisis\n\nIn 1958, {title} {name} dissolved the chamber after a "
               "harbour vote went against the cabinet.\n\nThe new port bill goes to the chamber on Friday.\n")
    people = _people(tmp_path, {"a.txt": article})
    assert list(people) == [name]
    assert name in {a.text for a in people[name].aliases}


def test_a_particle_after_a_title_opens_no_thing(tmp_path: Path) -> None:
    # A particle then a lower-case word is no family name ("President de facto").
    article = ("Harbour vote recalls an old crisis\n\nThe council made the general de facto ruler of the port in "
               "1958, and the harbour vote went against the cabinet.\n")
    assert _people(tmp_path, {"a.txt": article}) == {}


@pytest.mark.parametrize("head", ["the leader of the opposition deputies", "the head of the presidential office",
                                  "the spokeswoman for the rebel members"])
def test_a_head_of_a_described_body_introduces_the_name(tmp_path: Path, head: str) -> None:
    # Main listed no one: no title stood right before the name, and no speech verb beside it.
    article = ("Port bill splits the chamber\n\nThe cabinet tabled the port bill on Monday. But for "
               f"{head} Mirela Ostrovan, “the bill is already dead”, and the vote may fail.\n")
    people = _people(tmp_path, {"a.txt": article})
    assert list(people) == ["Mirela Ostrovan"]
    assert people["Mirela Ostrovan"].side == "unplaced"


@pytest.mark.parametrize("body", ["party", "group", "region"])
def test_the_name_of_a_described_organisation_or_place_is_no_person(tmp_path: Path, body: str) -> None:
    article = ("Port bill splits the chamber\n\nThe cabinet tabled the port bill on Monday. But for the leader "
               f"of the breakaway {body} Novo Sever, the bill is already dead, and the vote may fail.\n")
    assert _people(tmp_path, {"a.txt": article}) == {}


def test_names_in_a_list_of_other_posts_make_no_people(tmp_path: Path) -> None:
    # Held out: main made people of the names in a live page's list of other posts' headlines (furniture:
    # boilerplate_lists.py), though the story never names them.
    article = ("Port bill splits the chamber\n\nThe cabinet tabled the port bill on Monday, and the chamber will "
               "vote on it next week.\n\nDockers gathered at the quay on Tuesday to hear the unions' plans.\n\n"
               "A “long” night at the quay - Pia Lundqvist\nWho owns the old ferry?\n"
               "'We will not sail' says Ola Brekkestad after the vote\nHarbour board says the count was fair\n\n"
               "The unions meet again on Friday to hear the shipyards and the board in turn.\n")
    assert _people(tmp_path, {"a.txt": article}) == {}
