"""People on text never seen (issue 10, 7 December, nineteenth session, people37): an outlet or a firm made an
actor or a person ("citing Reuters" under "other", "De Beers said" a person), names after a plural role ("Four
policymakers—A, B and C—", "Advocates A and B"), a person with a court's title in an apposition or a line with
"sponsored by" (read as an advertisement), a person a country's possessive places ("Italy's Salvini") shown as
"the text gives no side", and "Obrador" an alias though the text never writes it alone. The articles are
invented: no one said or did these things."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import alias_texts, furniture_covers, people_of

_HEAD = "Talks held\n\n"


@pytest.mark.parametrize("line", [
    "Rescuers searched the mine on Friday, Mining Daily reports citing Reuters.",
    "SANTIAGO, Aug 1 (Reuters) - Rescuers searched the mine on Friday.",
    "Rescuers searched the mine on Friday, the manager told Reuters.",
    "Rescuers searched the mine on Friday, according to Euractiv.",
])
def test_an_outlet_a_report_comes_from_is_no_actor(tmp_path: Path, line: str) -> None:
    # Main listed Reuters (or Euractiv) as an actor under "other" and a mention of it.
    _people, briefing = people_of(tmp_path, {"a.txt": f"{_HEAD}{line}\n"})
    assert [a.name for a in briefing.actors] == []
    assert list(briefing.mentions) == []


@pytest.mark.parametrize("name", ["De Beers", "Van Cleef"])
def test_a_particle_surname_alone_beside_said_is_no_person(tmp_path: Path, name: str) -> None:
    # Main made a person "De Beers" and gave "it" the firm's quote: a lone name may be a firm's (person_lone.py).
    article = f"{_HEAD}{name} said on Monday it would cut output. “Demand is weak,” {name} said.\n"
    people, briefing = people_of(tmp_path, {"a.txt": article})
    assert list(people) == []
    assert [q.speaker for q in briefing.quotes] == [None]


def test_a_particle_surname_with_a_pronoun_is_still_a_person(tmp_path: Path) -> None:
    # Guard: "he" after the verb shows a person.
    article = f"{_HEAD}De Gaulle said on Monday he would go on with the talks.\n"
    assert list(people_of(tmp_path, {"a.txt": article})[0]) == ["De Gaulle"]


@pytest.mark.parametrize(("line", "names"), [
    ("Four policymakers—Anna Berg, Carl Holm, Erik Lund and Chief Economist Philip Lane—voted to hold rates.",
     ["Anna Berg", "Carl Holm", "Erik Lund", "Philip Lane"]),
    ("Two ministers — Anna Berg and Carl Holm — voted to hold rates.", ["Anna Berg", "Carl Holm"]),
    ("The judge will be assisted by Advocates Sesi Baloyi and Thabo Ndlovu.", ["Sesi Baloyi", "Thabo Ndlovu"]),
])
def test_names_after_a_plural_role_are_people(tmp_path: Path, line: str, names: list[str]) -> None:
    # Main found only the last name (its own title) or no one.
    people = people_of(tmp_path, {"a.txt": f"{_HEAD}{line}\n"})[0]
    assert sorted(people) == sorted(names)


def test_a_name_beside_a_speech_verb_after_a_dash_takes_no_plural_role(tmp_path: Path) -> None:
    # Guard: "The advocates — Anna Berg said —": she is no advocate by that dash.
    people = people_of(tmp_path, {"a.txt": f"{_HEAD}The advocates — Anna Berg said on Monday — were right.\n"})[0]
    assert "advocates" not in people["Anna Berg"].role


@pytest.mark.parametrize("word", ["policymaker", "advocate"])
def test_a_policymaker_or_an_advocate_is_a_title(tmp_path: Path, word: str) -> None:
    article = f"{_HEAD}Bank {word} Isabel Roe met the union on Monday.\n"
    people = people_of(tmp_path, {"a.txt": article})[0]
    assert list(people) == ["Isabel Roe"]
    assert people["Isabel Roe"].role == f"Bank {word}"


@pytest.mark.parametrize("line", [
    "The count put the lawyer ahead of Rosa Ibarra, a Supreme Court justice since 2019.",
    "Rosa Ibarra, a Supreme Court judge, lost the vote.",
    "Rosa Ibarra, the chief justice, lost the vote.",
])
def test_a_court_title_in_an_apposition_introduces_the_name(tmp_path: Path, line: str) -> None:
    # Main: no one ("Supreme Court" read as another person's name; "justice" no title).
    people = people_of(tmp_path, {"a.txt": f"{_HEAD}{line}\n"})[0]
    assert list(people) == ["Rosa Ibarra"]
    assert "justice" in people["Rosa Ibarra"].role or "judge" in people["Rosa Ibarra"].role


@pytest.mark.parametrize("line", ["Families seeking justice met on Monday.", "The Justice Ministry said it would appeal."])
def test_justice_alone_is_no_title(tmp_path: Path, line: str) -> None:
    assert list(people_of(tmp_path, {"a.txt": f"{_HEAD}{line}\n"})[0]) == []


def test_sponsored_by_in_a_story_sentence_is_no_advertisement(tmp_path: Path) -> None:
    # Main marked the line as an advertisement ("sponsored by"): the MP and her words were lost.
    line = ("The private measure, sponsored by Labour MP Jo Marlow, who called the result “what families waited "
            "years for,” passed easily.")
    article = f"Vote held\n\nThe vote passed on Friday after a long debate.\n\n{line}\n\nMembers went home late.\n"
    assert not furniture_covers(article, line)
    assert list(people_of(tmp_path, {"a.txt": article})[0]) == ["Jo Marlow"]


@pytest.mark.parametrize("line", ["Sponsored by Acme Bank", "This story is sponsored by Acme Bank.",
                                  "Content sponsored by Acme"])
def test_a_sponsor_line_is_still_an_advertisement(line: str) -> None:
    article = f"Vote held\n\nThe vote passed on Friday after a long debate.\n\n{line}\n\nMembers went home late.\n"
    assert furniture_covers(article, line)


@pytest.mark.parametrize("article", [
    "Italy's Salvini warns unions before strike\n\nDeputy Prime Minister Matteo Salvini told union leader Maurizio "
    "Landini on Thursday that the strike was illegal.\n",
    "Strike looms\n\nOn Thursday Italy's Matteo Salvini warned the unions that the strike was illegal.\n",
])
def test_a_countrys_possessive_before_the_name_places_the_person(tmp_path: Path, article: str) -> None:
    # Main: Salvini unplaced, and `check` said "the text gives no side".
    people = people_of(tmp_path, {"a.txt": article})[0]
    assert people["Matteo Salvini"].side == "europe"
    assert people["Matteo Salvini"].placed
    if "Maurizio Landini" in people:
        assert not people["Maurizio Landini"].placed


@pytest.mark.parametrize("article", [
    # a person's possessive places no one
    "Strike looms\n\nTrump's Matteo Salvini warned the unions on Thursday that the strike was illegal.\n",
    # two possessors that disagree place no one
    "Strike looms\n\nItaly's Matteo Salvini warned the unions on Thursday. Russia's Salvini was mocked.\n",
])
def test_no_side_from_a_persons_or_two_possessives(tmp_path: Path, article: str) -> None:
    people = people_of(tmp_path, {"a.txt": article})[0]
    assert not people["Matteo Salvini"].placed


@pytest.mark.parametrize("later", ["", " López Obrador added that he had retired."])
def test_a_four_word_names_last_word_never_written_alone_is_no_alias(tmp_path: Path, later: str) -> None:
    # Main gave "Obrador" (a mother's surname) as an alias.
    article = (f"{_HEAD}The reforms were proposed by former president Andrés Manuel López Obrador, who lost several "
               f"fights.{later}\n")
    people = people_of(tmp_path, {"a.txt": article})[0]
    assert "Obrador" not in alias_texts(people["Andrés Manuel López Obrador"])


def test_a_four_word_names_last_word_written_alone_is_an_alias(tmp_path: Path) -> None:
    # Guard: once the text writes it alone, it is theirs.
    article = (f"{_HEAD}Former president Andrés Manuel López Obrador said on Monday the vote was clean. Obrador "
               "added that he had retired.\n")
    people = people_of(tmp_path, {"a.txt": article})[0]
    assert "Obrador" in alias_texts(people["Andrés Manuel López Obrador"])
