"""People on text never seen (issue 10, 7 December, thirteenth session, people24): a surname with a joined
particle ("LeBlanc", "DeSantis") is one word, a titled person whose given name is hyphened ("Jean-Luc") keeps
his mentions, a two-word name the folder prints in both orders ("Taro Sato", "Sato Taro") is one person, and
a place before a titled name ("In Costa Rica, President X said") is no person. The articles are invented: no one
said or did these things."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import people_of, quotes_of


def _people(tmp_path: Path, files: dict[str, str]) -> dict[str, object]:
    people, briefing = people_of(tmp_path, files)
    return {"people": people, "briefing": briefing}


@pytest.mark.parametrize("surname", ["LeRoux", "LaFleur", "DeWitt", "DiMarco", "DuPont"])
def test_a_joined_particle_stays_in_the_surname(tmp_path: Path, surname: str) -> None:
    # Main cut the word at its inner capital: "Trade Minister Owen Le" was the person, with no mention at all.
    article = (f"Cabinet shuffle in Halden\n\nTrade Minister Owen {surname} will take over the energy file, "
               f"the premier's office said on Monday.\n\n“We start at once,” {surname} said.\n")
    quotes, ids = quotes_of(tmp_path, article)
    assert f"Owen {surname}" in ids
    assert not any(name == "Owen " + surname[:2] for name in ids)
    assert quotes["We start at once,"] == ids[f"Owen {surname}"]


@pytest.mark.parametrize("given", ["Jean-Luc", "Marie-Claire"])
def test_a_hyphened_given_name_after_a_title_keeps_its_mentions(tmp_path: Path, given: str) -> None:
    # Main split the run at the hyphen and took "Luc" for another given name before the known surname: the
    # person was listed but never mentioned, so nothing in the text pointed at him.
    article = ("Cabinet shuffle in Halden\n\nThe premier named a new team on Monday. Industry Minister "
               f"{given} Poirot moves to the trade portfolio.\n\nPoirot thanked the outgoing team.\n")
    got = _people(tmp_path, {"a.txt": article})
    person = got["people"][f"{given} Poirot"]
    mentions = got["briefing"].mentions_of(person.id)
    assert [m.span.text for m in mentions][:1] == [f"{given} Poirot"]


def test_a_name_printed_in_both_orders_is_one_person(tmp_path: Path) -> None:
    # One outlet writes "Taro Sato", another (family name first) "Sato Taro": main made two people, the second
    # unplaced and with "Taro" as his surname.
    one = ("Vote count drags on\n\nJapanese Prime Minister Taro Sato said on Monday his party would stay in "
           "government.\n\nSato spoke at party headquarters.\n")
    two = ("Opposition claims a mandate\n\nThe opposition leader said voters had turned on the government of "
           "Prime Minister Sato Taro.\n\nHe wants Sato to explain himself.\n")
    people = _people(tmp_path, {"a.txt": one, "b.txt": two})["people"]
    assert [name for name in people if "Sato" in name] == ["Taro Sato"]
    aliases = {a.text for a in people["Taro Sato"].aliases}
    assert "Sato Taro" in aliases and "Taro" not in aliases
    assert people["Taro Sato"].side == "other"


def test_two_people_whose_names_only_share_a_word_stay_apart(tmp_path: Path) -> None:
    # Guard: "Ann Grant" and "Grant Ann…" are not reversals unless exactly the two words swap.
    article = ("Board meets\n\nChair Ann Grant opened the session on Monday. Director Grant Hollis said the "
               "budget was tight.\n")
    people = _people(tmp_path, {"a.txt": article})["people"]
    assert {"Ann Grant", "Grant Hollis"} <= set(people)


@pytest.mark.parametrize("place", ["El Salvador", "Costa Rica", "Santa Cruz"])
def test_a_place_before_a_titled_name_is_no_person(tmp_path: Path, place: str) -> None:
    # "In Costa Rica, President Ada Bello said …": main read the title and name after the comma as an apposition
    # describing the place, and made the place a person with the place's last word as a surname.
    article = (f"Talks resume\n\nSpeaking in {place}, President Ada Bello said the talks would go on. Both "
               "delegations will meet again within a month.\n")
    _quotes, ids = quotes_of(tmp_path, article)
    assert "Ada Bello" in ids
    assert place not in ids and place.split()[-1] not in ids


def test_an_apposition_that_is_a_role_still_introduces(tmp_path: Path) -> None:
    # Guard: a role after the comma with no name after its title still describes the name before it.
    article = ("Talks resume\n\nAnn Roe, Chief of Staff to the premier, said on Sunday that the two delegations "
               "would meet again within a month.\n")
    _quotes, ids = quotes_of(tmp_path, article)
    assert "Ann Roe" in ids
