"""People on stories the rules were not written on (issue 10, 7 December, eleventh session, people15): a role
after a name ends where the sentence's verb or a relative pronoun begins ("X, House Minority Leader who called
…", "X, the House Speaker was crucial in …": the rest is no part of the role); a dash before a plural title
ends its qualifiers ("three Republicans—Senators A, B and C": senators all three, not "Republicans—Senators");
every name of a comma list after a plural title; a US legislator's party-and-state tag ("X (R-Ky.)")
introduces the person and places them on the US side, as "of <a state>" after a legislator's title does;
"Speaker of the House X" is a title before a name (placed by no guess: the text names no country); a
country that is also a given name opens a name right after a title ("party president Jordan X"); "his
finance minister, X," introduces X (unplaced: whose "his" is, the text does not say in the phrase). The article is invented: no one said or did these
things."""

from __future__ import annotations

import pytest

from helpers import auto_people, load_articles

BILL = {
    "bill.txt": "Harbour bill clears the House\n\nWASHINGTON - The vote was delayed for hours by a speech from "
                "Dorian Whitcombe, House Minority Leader who called the bill a “reckless and cruel bargain” that "
                "would hurt ports everywhere.\n\nEliza Marchetti, the House Speaker was key in passing the bill, "
                "staying up all night with members.\n\nAll Democrats opposed the measure, joined by three "
                "Republicans—Senators Ada Pennock, Rolf Castellan and Mira Ostrowe—who feared its cost.\n\nIn "
                "the end, two Republicans, Reps. Tobias Grunwald (R-Ky.) and Nell Ambrose (R-NY), voted no.\n\n"
                "Speaker of the House Nora Quill said the port towns would thank them. Representative Abel Fenwick "
                "of Texas called the bill a gift to dredging firms.\n\nParty president Jordan Vellacott said the "
                "vote was lost. Outside, residents of the Jordan Valley watched.\n\nThe leader quit a month after "
                "his finance minister, Orla Brennagh, walked out.\n",
}


@pytest.fixture(scope="module")
def people(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return auto_people(load_articles(tmp_path_factory, "bill15", BILL))


def _roles(person) -> list[str]:  # noqa: ANN001
    return [role.title for role in person.roles]


def test_a_role_stops_at_the_verb_or_the_relative_pronoun(people: dict) -> None:
    assert _roles(people["Dorian Whitcombe"]) == ["House Minority Leader"]
    assert _roles(people["Eliza Marchetti"]) == ["the House Speaker"]


def test_a_dash_ends_a_plural_titles_qualifiers_and_every_listed_name_is_a_person(people: dict) -> None:
    for name in ("Ada Pennock", "Rolf Castellan", "Mira Ostrowe"):
        assert _roles(people[name]) == ["Senators"]


def test_a_party_and_state_tag_introduces_and_places_a_legislator(people: dict) -> None:
    for name in ("Tobias Grunwald", "Nell Ambrose"):
        assert people[name].side == "us"


def test_a_title_of_the_house_and_a_state_after_a_legislator(people: dict) -> None:
    assert _roles(people["Nora Quill"]) == ["Speaker of the House"]
    assert people["Nora Quill"].side == "unplaced"  # no country named: visibly unplaced
    assert people["Abel Fenwick"].side == "us"


def test_a_country_that_is_a_given_name_after_a_title(people: dict) -> None:
    assert _roles(people["Jordan Vellacott"]) == ["Party president"]
    assert not any("Valley" in name for name in people)


def test_a_title_after_his_and_before_a_comma_introduces_the_name(people: dict) -> None:
    assert _roles(people["Orla Brennagh"]) == ["his finance minister"]
    assert people["Orla Brennagh"].side == "unplaced"
