"""People on text never seen (issue 10, 7 December, nineteenth session, people36): capitalised particles and
institutions named like people. "De Gaulle said" made a person "Gaulle" (alias "Gaulle", another surname);
"Ten Brink added" gave Bernard ten Brink the alias "Brink"; "Le Pen said" beside Marine and Jean-Marie Le Pen
made a third person "Le Pen" and gave her or him the quote; "The Federal Reserve said" made a person; "on X.
Jean-Marie Le Pen" made a person "X. Jean-Marie Le Pen". The articles are invented: no one said or did these
things."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import alias_texts, people_of

_HEAD = "Talks held\n\n"


def _mention_texts(briefing, actor) -> list[str]:  # noqa: ANN001
    return [m.span.text for m in briefing.mentions_of(actor.id)]


@pytest.mark.parametrize("name", ["De Gaulle", "Del Toro", "Da Silva", "La Russa", "Di Maio", "Le Drian"])
def test_a_capital_particle_and_a_surname_alone_is_the_whole_surname(tmp_path: Path, name: str) -> None:
    # Main made a person "Gaulle" (or "Toro", "Silva", …) with that word alone as an alias: another surname.
    # (people37: "he" after the verb shows a person; "De Beers said" and nothing more may be a firm's name)
    article = f"{_HEAD}{name} said on Monday he would go on with the talks. Officials agreed.\n"
    people = people_of(tmp_path, {"a.txt": article})[0]
    assert list(people) == [name]
    assert alias_texts(people[name]) == [name]


def test_a_capital_particle_alone_later_stays_with_the_full_name(tmp_path: Path) -> None:
    # Guard: the full name, then "Da Silva" alone, is one person; the word after the particle is no alias.
    article = (f"{_HEAD}Brazilian minister Marina da Silva said on Monday the talks would go on. Da Silva added "
               "that the forest law would pass.\n")
    people = people_of(tmp_path, {"a.txt": article})[0]
    assert list(people) == ["Marina da Silva"]
    assert "Da Silva" in alias_texts(people["Marina da Silva"])
    assert "Silva" not in alias_texts(people["Marina da Silva"])


@pytest.mark.parametrize("later", ["Ten Brink added", "“The pumps will run,” Ten Brink said."])
def test_ten_before_a_surname_is_its_particle_not_a_number(tmp_path: Path, later: str) -> None:
    # Main cut "Ten" as a number word: Bernard ten Brink took the alias "Brink" and "Brink" was the mention.
    article = (f"{_HEAD}Dutch minister Bernard ten Brink said on Monday the dikes had held. {later} that the "
               "pumps would run all week.\n")
    people, briefing = people_of(tmp_path, {"a.txt": article})
    assert list(people) == ["Bernard ten Brink"]
    assert "Brink" not in alias_texts(people["Bernard ten Brink"])
    assert "Ten Brink" in _mention_texts(briefing, people["Bernard ten Brink"])


@pytest.mark.parametrize("later", ["“The ruling is unfair,” Le Pen said.", "Le Pen added that the ruling was unfair."])
def test_a_surname_with_its_particle_two_people_bear_is_no_ones(tmp_path: Path, later: str) -> None:
    # Main made a third person "Le Pen" (a Mr Pen called Le) and gave that one the quote.
    article = (f"{_HEAD}Party leader Marine Le Pen said on Monday she would appeal. Her father, Jean-Marie Le Pen, "
               f"founded the party in 1972. {later}\n")
    people, briefing = people_of(tmp_path, {"a.txt": article})
    assert sorted(people) == ["Jean-Marie Le Pen", "Marine Le Pen"]
    for actor in people.values():
        assert "Le Pen" not in alias_texts(actor)
        assert "Le Pen" not in _mention_texts(briefing, actor)
    assert all(q.speaker is None for q in briefing.quotes if "unfair" in q.text)


def test_a_surname_with_its_particle_one_person_bears_is_theirs(tmp_path: Path) -> None:
    # Guard: with one Le Pen in the folder, "Le Pen said" is hers.
    article = (f"{_HEAD}Party leader Marine Le Pen said on Monday she would appeal. “The ruling is unfair,” "
               "Le Pen said.\n")
    people, briefing = people_of(tmp_path, {"a.txt": article})
    assert list(people) == ["Marine Le Pen"]
    assert "Le Pen" in alias_texts(people["Marine Le Pen"])
    assert [q.speaker for q in briefing.quotes if "unfair" in q.text] == [people["Marine Le Pen"].id]


@pytest.mark.parametrize("body", [
    "Federal Reserve", "Federal Judiciary", "Public Protector", "Lok Sabha", "Conseil Constitutionnel",
    "Cour de Cassation", "Assemblée Nationale", "Palacio Nacional", "Reserve Bank", "Supreme Tribunal",
    "Electoral Tribunal", "Cortes Generales", "Corte Suprema", "Conseil d'État",
])
@pytest.mark.parametrize("verb", ["said on Monday that rates would hold", "warned on Monday that growth would slow",
                                  "announced on Monday that it would act"])
def test_an_institution_named_like_a_person_is_no_person(tmp_path: Path, body: str, verb: str) -> None:
    # Main made a person of "Federal Reserve" (alias "Reserve"), "Public Protector", "Lok Sabha", …
    article = f"{_HEAD}The {body} {verb}. Markets fell.\n{body} {verb} again on Tuesday.\n"
    people, briefing = people_of(tmp_path, {"a.txt": article})
    assert people == {}


def test_an_institution_before_a_title_still_introduces_its_officer(tmp_path: Path) -> None:
    # Guard: the institution is the role, the officer the person.
    article = (f"{_HEAD}Federal Reserve Chair Jerome Powell said on Monday that rates would hold. The Federal "
               "Reserve said inflation was easing. Powell added more.\n")
    people = people_of(tmp_path, {"a.txt": article})[0]
    assert list(people) == ["Jerome Powell"]
    assert "Reserve" not in alias_texts(people["Jerome Powell"])


@pytest.mark.parametrize("platform", ["X", "X (formerly Twitter)"])
def test_the_platform_x_ending_a_sentence_is_no_initial(tmp_path: Path, platform: str) -> None:
    # Main made a person "X. Jean-Marie Le Pen": the platform's name read as an initial of the next name.
    article = (f"{_HEAD}The minister wrote on {platform}. Jean-Marie Le Pen, the party's founder, died on Tuesday "
               "at 96, his family said.\n")
    people = people_of(tmp_path, {"a.txt": article})[0]
    assert not any(name.startswith("X") for name in people)


@pytest.mark.parametrize(("name", "later"), [("Jordan Bardella", "Bardella"), ("Israel Katz", "Katz"),
                                             ("Chad Wolf", "Wolf")])
def test_a_country_that_is_a_given_name_before_a_surname_is_the_given_name(tmp_path: Path, name: str,
                                                                           later: str) -> None:
    # Main read "Jordan" (or "Israel", "Chad") as the country and found no one: the quote had no speaker.
    article = f"{_HEAD}“We will win the vote,” said {name} on Monday. {later} added that the count was fair.\n"
    people, briefing = people_of(tmp_path, {"a.txt": article})
    assert list(people) == [name]
    assert later in alias_texts(people[name])
    assert [q.speaker for q in briefing.quotes] == [people[name].id]


def test_a_country_before_an_institution_is_still_no_one(tmp_path: Path) -> None:
    # Guard: "Israel Police", "Jordan Valley" name no one.
    article = (f"{_HEAD}Israel Police said on Monday the road was shut. Jordan Valley farmers said the harvest "
               "was late.\n")
    assert people_of(tmp_path, {"a.txt": article})[0] == {}


@pytest.mark.parametrize("before", ["The president of the RN", "It was posted on X"])
def test_an_acronym_before_a_given_name_and_a_surname_is_no_initials(tmp_path: Path, before: str) -> None:
    # Main gave Paul Martel the aliases "RN Paul Martel", "X Paul Martel" (initials, as in "JD Vance").
    article = (f"{_HEAD}{before} Paul Martel said on Monday the party would win. Party president Paul "
               "Martel spoke in Paris.\n")
    people = people_of(tmp_path, {"a.txt": article})[0]
    assert list(people) == ["Paul Martel"]
    assert all(a.startswith("Paul") or a == "Martel" for a in alias_texts(people["Paul Martel"]))


def test_initials_before_a_surname_stay_the_given_name(tmp_path: Path) -> None:
    # Guard: "JD Vance", "JM Le Pen" keep their initials.
    article = (f"{_HEAD}JD Vance said on Monday the talks would go on. Party founder JM Le Pen said the vote "
               "was lost.\n")
    people = people_of(tmp_path, {"a.txt": article})[0]
    assert sorted(people) == ["JD Vance", "JM Le Pen"]
