"""People on text never seen (issue 10, 8 December, twentieth session, people38): names from several countries
and orders. Another body's commission placing its member with Europe ("vice chairman of the Central Military
Commission"); a syllable of a Korean given name taken for a surname ("Myung" of "Lee Jae Myung"); a calling
made part of a name ("Scientists A", "Physicist B"); a Korean name with a hyphened given name given once; a
role in brackets after a name; a prize named after a person counted as his mention; full names listed beside
a person; one Korean given name hyphened or not made two people. The articles are invented: no one said or did
these things."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import alias_texts, people_of

_HEAD = "Officials named\n\n"


def _side(actor) -> str | None:  # noqa: ANN001
    return actor.side if actor.placed else None


@pytest.mark.parametrize("line", [
    "Liu Jianguo, vice chairman of the Central Military Commission, was expelled on Friday, a spokesman said.",
    "Central Military Commission Vice Chairman Liu Jianguo was expelled on Friday, a spokesman said.",
    "Election Commission chief Ravi Kumar Sharma said on Friday the count would resume.",
    "Federal Trade Commission Chair Andrew Ferguson said on Friday the merger would be reviewed.",
])
def test_another_bodys_commission_places_no_one_in_europe(tmp_path: Path, line: str) -> None:
    # Main placed the person with Europe: "Commission" is a cue of the European Commission.
    people = people_of(tmp_path, {"a.txt": f"{_HEAD}{line}\n"})[0]
    assert len(people) == 1
    assert _side(next(iter(people.values()))) != "europe"


@pytest.mark.parametrize(("line", "side"), [
    ("European Commission spokeswoman Maria Berg said on Friday the rules would change.", "europe"),
    ("EU Commission spokeswoman Maria Berg said on Friday the rules would change.", "europe"),
])
def test_the_commission_alone_or_named_european_still_places(tmp_path: Path, line: str, side: str) -> None:
    # Guard: the Commission named European still places its people with Europe.
    people = people_of(tmp_path, {"a.txt": f"{_HEAD}{line}\n"})[0]
    assert [_side(a) for a in people.values()] == [side]


def test_a_given_syllable_of_a_family_first_name_is_no_alias(tmp_path: Path) -> None:
    # Main gave "Lee Jae Myung" the alias "Myung" (and the mention "Myung denied"): the last word of a name
    # printed family name first is a syllable of the given name, and "Myung" alone is another family's.
    article = (f"{_HEAD}President Lee Jae Myung said on Friday the inquiry would go on. Investigators questioned "
               "the broker Myung Tae-sik on Friday. Myung denied the charges.\n")
    people, briefing = people_of(tmp_path, {"a.txt": article})
    lee = people["Lee Jae Myung"]
    assert "Myung" not in alias_texts(lee)
    assert [m.span.text for m in briefing.mentions_of(lee.id)] == ["Lee Jae Myung"]


def test_the_family_name_of_a_family_first_name_is_still_its_alias(tmp_path: Path) -> None:
    # Guard: "Lee" alone is still his.
    article = f"{_HEAD}President Lee Jae Myung said on Friday the inquiry would go on. Lee met the mayor later.\n"
    people, briefing = people_of(tmp_path, {"a.txt": article})
    assert "Lee" in alias_texts(people["Lee Jae Myung"])


@pytest.mark.parametrize(("line", "name"), [
    ("Scientists Aiko Morita and Paul Brenner shared the prize. Morita, 71, teaches in Osaka.", "Aiko Morita"),
    ("Physicist Tomas R. Lindqvist told the radio on Monday that he had been asleep.", "Tomas R. Lindqvist"),
])
def test_a_calling_before_a_name_is_no_part_of_it(tmp_path: Path, line: str, name: str) -> None:
    # Main named the person "Scientists Aiko Morita" or "Physicist Tomas R. Lindqvist".
    people = people_of(tmp_path, {"a.txt": f"{_HEAD}{line}\n"})[0]
    assert name in people
    assert not any(n.startswith(("Scientists", "Physicist")) for n in people)


@pytest.mark.parametrize(("line", "name"), [
    ("Investigators questioned the broker Myung Tae-sik on Friday over the polls.", "Myung Tae-sik"),
    ("Police also searched the house of the shaman Jeon Dae-ho in Busan.", "Jeon Dae-ho"),
    ("Investigators questioned Kim Tae-ho on Friday over the polls.", "Kim Tae-ho"),
])
def test_a_korean_name_with_a_hyphened_given_name_is_a_person_once(tmp_path: Path, line: str, name: str) -> None:
    # Main found no one: the name was given once, with no title it knew.
    people = people_of(tmp_path, {"a.txt": f"{_HEAD}{line}\n"})[0]
    assert list(people) == [name]


_BRACKETS = ("The nine expelled include Zhou Jianmin (Deputy Director of the Logistics Department), Wang Lifan "
             "(Commander of the Northern Fleet), Wang Deshan (Navy Political Commissar) and Wang Yunfei "
             "(Commander of the Eastern Fleet). With the exception of Wang Yunfei, all had served for decades.")


def test_a_role_in_brackets_after_a_name_introduces_the_person(tmp_path: Path) -> None:
    # Main found only Wang Yunfei (named twice) and gave him "Wang", the family name of two others.
    people = people_of(tmp_path, {"a.txt": f"{_HEAD}{_BRACKETS}\n"})[0]
    assert sorted(people) == ["Wang Deshan", "Wang Lifan", "Wang Yunfei", "Zhou Jianmin"]
    assert [r.title for r in people["Wang Lifan"].roles] == ["Commander of the Northern Fleet"]
    assert "Wang" not in alias_texts(people["Wang Yunfei"])


def test_a_bracket_without_a_title_introduces_no_one(tmp_path: Path) -> None:
    # Guard: "(left)", an age or a party in brackets is no role.
    line = "Zhou Jianmin (left) and Wang Lifan (PLA) arrived on Friday."
    assert list(people_of(tmp_path, {"a.txt": f"{_HEAD}{line}\n"})[0]) == []


def test_a_prize_named_after_a_person_is_no_mention_of_him(tmp_path: Path) -> None:
    # Main counted "the Nobel committee", "Nobel laureates" and "the Nobel Peace Prize" as mentions of Alfred
    # Nobel once the text introduced him.
    article = (f"{_HEAD}The Nobel committee named three laureates on Wednesday. The new Nobel laureates will share "
               "the money. The prizes keep a promise made in his will by the Swedish inventor Alfred Nobel. "
               "The Nobel Peace Prize follows on Friday.\n")
    people, briefing = people_of(tmp_path, {"a.txt": article})
    nobel = people["Alfred Nobel"]
    assert [m.span.text for m in briefing.mentions_of(nobel.id)] == ["Alfred Nobel"]


@pytest.mark.parametrize("line", [
    "Ana Whitfield, Tomas R. Lindqvist and Paul K. Osei shared the medal this year. Whitfield told us she was "
    "on a train.",
    "Ana Whitfield, Tomas Lindqvist and Paul Osei shared the medal this year. Whitfield worked in Bristol, "
    "Lindqvist in Uppsala and Osei in Leeds.",
])
def test_names_listed_beside_a_person_are_people(tmp_path: Path, line: str) -> None:
    # Main found Ana Whitfield alone: the others had no formula and their surnames did nothing alone.
    people = people_of(tmp_path, {"a.txt": f"{_HEAD}{line}\n"})[0]
    assert len(people) == 3
    assert {n.split()[-1] for n in people} == {"Whitfield", "Lindqvist", "Osei"}


@pytest.mark.parametrize("line", [
    "The tour of Governor Anna Berg, Santa Barbara and New Mexico ends on Friday. Berg said she was glad.",
    "The talks with Minister Carl Holm, Goldman Sachs and Deutsche Bank resumed. Holm said they went well.",
])
def test_places_and_firms_listed_beside_a_person_are_no_people(tmp_path: Path, line: str) -> None:
    # Guard: a name listed beside a person needs an initial or its surname written alone.
    people = people_of(tmp_path, {"a.txt": f"{_HEAD}{line}\n"})[0]
    assert len(people) == 1


def test_one_korean_given_name_hyphened_or_not_is_one_person(tmp_path: Path) -> None:
    # Main split the Kims by their first given word ("Keon" and "Keon-hee"): two people of one id, and the one
    # kept had no mention in the second article.
    files = {"a.txt": f"{_HEAD}Former first lady Kim Mi Sook was indicted on Friday.\n",
             "b.txt": f"{_HEAD}Investigators of former first lady Kim Mi-sook also summoned Kakao founder "
                      "Kim Jae-won on Friday.\n"}
    people, briefing = people_of(tmp_path, files)
    assert sorted(people) == ["Kim Jae-won", "Kim Mi Sook"]
    assert "Kim Mi-sook" in alias_texts(people["Kim Mi Sook"])
    assert {m.span.source for m in briefing.mentions_of(people["Kim Mi Sook"].id)} == {"a.txt", "b.txt"}
