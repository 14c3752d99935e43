"""A person's side from delegations and institutions, and names with a nickname or an abbreviated title (issue 10,
7 December, twelfth session, people20): a country's word inside the name of an office that deals with that
country ("the Foreign Ministry's North American Department") places no one there, the office's own country
does; "the Russian delegation was headed by X" and "X, who led the Ukrainian team" place X; a nickname in
quotation marks and a "VP" or "Amb." before a name are no part of the name. The articles are invented: no one
said or did these things, and the names are made up."""

from __future__ import annotations

import pytest

from helpers import auto_people, load_articles

TALKS = (
    "Prisoner talks resume in Vienna\n\nVIENNA, March 3, 2025 - Negotiators met again on Monday to discuss an "
    "exchange of prisoners.\n\n"
    "The Russian team was headed by Ivan Pelevin, director of the North American Department at Russia's Foreign "
    "Ministry. The U.S. team was headed by Deputy Assistant Secretary of State Janet Rowley.\n\n"
    "Olga Smirnaya, head of the ministry's North American Department, said the talks were useful.\n\n"
    "Karl Wendler, who led the Ukrainian delegation, said his side wanted more names on the list.\n\n"
    "The Ukrainian delegation was headed by Taras Kovalchuk. Kovalchuk said the exchange could come within weeks.\n\n"
    "Russia's delegation, led by Mikhail Sorlov, arrived first. Svetlana Orlova, head of the European Affairs "
    "Directorate, said the talks would resume.\n"
)
FAMILIES = (
    "Families wait for news\n\nWASHINGTON, March 4, 2025 - Reactions came quickly on Tuesday.\n\n"
    "Maria “Masha” Ivankova, a lawyer for one prisoner, said she was hopeful. Ivankova added that the families "
    "were waiting.\n\n"
    "VP Laura Benning welcomed the news on Tuesday. Benning said the work would go on.\n\n"
    "Amb. Peter Hollis said the embassy had worked on the case for months.\n\n"
    "Russian national Andrei Volkin, who was held in Ohio, was flown home. Marine veteran Dale Whitcombe was "
    "freed last year.\n"
)


@pytest.fixture(scope="module")
def people(tmp_path_factory):  # noqa: ANN001, ANN201
    return auto_people(load_articles(tmp_path_factory, "people20", {"talks.txt": TALKS, "families.txt": FAMILIES}))


@pytest.mark.parametrize(("name", "side"), [
    # "American" inside the department's name is what it deals with; the possessive ministry is Russia's
    ("Ivan Pelevin", "russia"),
    # a State Department title only, the U.S. team he leads
    ("Janet Rowley", "us"),
    ("Karl Wendler", "ukraine"),
    ("Taras Kovalchuk", "ukraine"),
    ("Mikhail Sorlov", "russia"),
    ("Andrei Volkin", "russia"),
])
def test_the_side_comes_from_the_delegation_or_the_institutions_own_country(people, name: str, side: str) -> None:
    assert name in people
    assert people[name].side == side


@pytest.mark.parametrize("name", ["Olga Smirnaya", "Svetlana Orlova"])
def test_an_office_named_after_a_region_places_no_one(people, name: str) -> None:  # noqa: ANN001
    # "the ministry's North American Department", "the European Affairs Directorate": whose office the sentence
    # does not say: unplaced, never on the side of the region the office deals with; the office is no person
    assert name in people
    assert not people[name].placed
    assert "Directorate" not in people


@pytest.mark.parametrize(("name", "half"), [
    ("Maria Ivankova", "Maria"),  # "Maria “Masha” Ivankova"
    ("Laura Benning", "VP Laura"),  # "VP Laura Benning"
    ("Dale Whitcombe", "Marine"),  # "Marine veteran Dale Whitcombe"
])
def test_a_nickname_or_an_abbreviated_title_is_no_part_of_the_name(people, name: str, half: str) -> None:
    assert name in people
    assert not any(n.startswith(half) and n != name for n in people)


@pytest.mark.parametrize(("name", "title"), [("Laura Benning", "VP"), ("Peter Hollis", "Amb.")])
def test_an_abbreviated_title_is_the_persons_role(people, name: str, title: str) -> None:  # noqa: ANN001
    assert [r.title for r in people[name].roles] == [title]
