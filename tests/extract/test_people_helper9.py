"""People on stories the rules were not written on (issue 10, 6 December, ninth session): a relation or a role
in lower case before the name ("his deputy, X", "moderator X"), military ranks, and what is no name: a headline's
verb after a title ("… Secretary Sees Hope …"), a portfolio after "envoy on" ("Foreign Investment"), a rank's
abbreviation ("Gen"). The articles are invented for these tests: no one said or did these things."""

from __future__ import annotations

import pytest

from helpers import auto_people, load_articles

ROLES = {
    "talks.txt": "Trump hosts talks on trade at the White House\n\nWASHINGTON, March 3, 2025 (Wirepress) - President "
                 "Donald Trump and his deputy, JD Vance, met the delegation on Monday for two hours of talks on "
                 "tariffs.\n\nLater that evening moderator Kristen Welker asked Trump whether a deal was near, "
                 "and the talks ran late.\n\nThe new mayor, former professional footballer Ivo Kalandadze, and opposition "
                 "politician Nino Berdze watched from the gallery.\n",
}


def test_a_relation_or_a_role_before_the_name_introduces_the_person(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    people = auto_people(load_articles(tmp_path_factory, "roles9", ROLES))
    assert "JD Vance" in people
    assert "Kristen Welker" in people
    assert "Ivo Kalandadze" in people and "Nino Berdze" in people


RANKS = {
    "visit.txt": "Army Secretary Sees Hope in New Harbour Plan After Valletta Meetings\n\nArmy Secretary Tom Keel "
                 "arrived in Valletta on Tuesday with Lt. Gen. Ray Osei and Command Sgt. Maj. Ivo Tanev of the "
                 "Army Transport Command. Col. Lena Marsh said the visit would last two days.\n\nThe group met the "
                 "Special Envoy on Foreign Investment and Economic Cooperation, Pavel Rusev, on Wednesday.\n",
}


def test_ranks_introduce_people_and_headline_words_are_no_names(tmp_path_factory: pytest.TempPathFactory) -> None:
    people = auto_people(load_articles(tmp_path_factory, "ranks9", RANKS))
    assert {"Tom Keel", "Ray Osei", "Ivo Tanev", "Lena Marsh", "Pavel Rusev"} <= set(people)
    assert not {"Sees Hope", "Investment", "Gen", "Maj"} & set(people)


QUOTED = {
    "vote.txt": "Harbour party wins the vote\n\nThe Harbour party won the vote on Sunday. The money came through "
                "the schemes of Pavlo Demchuk, the leader of the rival “Anchor” party, who denies any wrongdoing.\n",
}


def test_an_apposition_that_quotes_a_name_introduces_the_person(tmp_path_factory: pytest.TempPathFactory) -> None:
    people = auto_people(load_articles(tmp_path_factory, "quoted9", QUOTED))
    assert "Pavlo Demchuk" in people  # "the leader of the … “Anchor” party" is his role
