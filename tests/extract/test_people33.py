"""People on text never seen (issue 10, 7 December, seventeenth session, people33): two people of one family name
(a given name alone is the one it begins, the family name alone is neither's), a generation after a name
("Jr."), towns made persons beside a speech verb, and a speech verb whose own subject is a clause's pronoun. The
articles are invented: no one said or did these things."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import people_of

_FAMILY = """\
Thai leader weighs her father's advice
BANGKOK, March 3, 2025 - Thai Prime Minister Paetongtarn Shinawatra met party elders on Monday, while her \
father, former prime minister Thaksin Shinawatra, stayed at home in the capital.
"We will finish the budget before the rains come," Paetongtarn said after the meeting.
"My daughter knows what she is doing," Thaksin told reporters outside his house.
"The coalition is safe for now," Shinawatra said.
"""


def _speaker(briefing, words: str) -> str | None:  # noqa: ANN001
    return next(q for q in briefing.quotes if words in q.span.text).speaker


def test_a_given_name_alone_is_the_one_of_two_namesakes_it_begins(tmp_path: Path) -> None:
    # Main: "Paetongtarn said" and "Thaksin told" left both quotes with no speaker, the given names no alias.
    people, briefing = people_of(tmp_path, {"a.txt": _FAMILY})
    daughter, father = people["Paetongtarn Shinawatra"], people["Thaksin Shinawatra"]
    assert "Paetongtarn" in {a.text for a in daughter.aliases}
    assert "Thaksin" in {a.text for a in father.aliases}
    assert _speaker(briefing, "finish the budget") == daughter.id
    assert _speaker(briefing, "knows what she") == father.id
    # the family name alone is either's: unknown, not a guess
    assert _speaker(briefing, "coalition is safe") is None
    assert not any(a.text == "Shinawatra" for p in people.values() for a in p.aliases)


_COUSINS = """\
Cousins split over the health post
WASHINGTON, Jan. 28, 2025 - Caroline Kennedy asked the committee to turn down her cousin, Robert F. Kennedy, Jr., for the \
health job on Tuesday.
Ms. Kennedy added: "He has never run anything as large as this department."
Mr. Kennedy said in reply: "My cousin has always disagreed with me about medicine."
"The family is divided on this," Kennedy said.
"""


def test_a_family_name_two_people_of_the_article_bear_is_no_ones(tmp_path: Path) -> None:
    # Main: "Robert F. Kennedy" (his father's name) the only person; all three quotes his, Ms. Kennedy's too.
    people, briefing = people_of(tmp_path, {"a.txt": _COUSINS})
    assert "Robert F. Kennedy" not in people
    son = people["Robert F. Kennedy Jr."]
    assert "Robert F. Kennedy, Jr." in {a.text for a in son.aliases}
    assert "Caroline Kennedy" in people
    for words in ("as large as this", "always disagreed", "divided on this"):
        assert _speaker(briefing, words) is None


def test_a_son_named_with_his_generation_alone_takes_the_family_name(tmp_path: Path) -> None:
    article = ("Health chief silent\nWASHINGTON, Nov. 14, 2025 - Health Secretary Robert F. Kennedy Jr. did not "
               "answer questions on Thursday.\n\"We are reviewing every vaccine,\" Kennedy said later.\n")
    people, briefing = people_of(tmp_path, {"a.txt": article})
    assert set(people) == {"Robert F. Kennedy Jr."}
    assert _speaker(briefing, "reviewing every") == people["Robert F. Kennedy Jr."].id


def test_father_and_son_of_one_name_are_two_people(tmp_path: Path) -> None:
    article = ("A dynasty returns\nMANILA, May 2, 2025 - President Ferdinand Marcos Jr. visited the museum of his "
               "father, former president Ferdinand Marcos, on Friday.\n\"History will judge us,\" Marcos said.\n")
    people, briefing = people_of(tmp_path, {"a.txt": article})
    assert {"Ferdinand Marcos Jr.", "Ferdinand Marcos"} <= set(people)
    assert _speaker(briefing, "History will judge") is None


@pytest.mark.parametrize("sentence", [
    "Zielona Gora said it would open two school halls to families leaving the river district.",
    "Jelenia Gora warned residents to stay away from the bridges.",
    "Nowa Sol reported that the water had reached the market square by noon.",
    "Hradec Kralove announced that its dam was holding.",
    "Palm Springs said the road to the valley had closed.",
    "Port Talbot said the army had arrived.",
])
def test_a_town_beside_a_speech_verb_is_no_person(tmp_path: Path, sentence: str) -> None:
    article = (f"Floodwater reaches the towns\nWARSAW, Sept. 16, 2024 - Rivers burst their banks on Monday.\n"
               f"{sentence}\n\"The night will be long,\" Mayor Anna Kowal told reporters.\n")
    people, _ = people_of(tmp_path, {"a.txt": article})
    assert set(people) == {"Anna Kowal"}


def test_a_clause_pronoun_before_the_speech_verb_is_its_subject(tmp_path: Path) -> None:
    # Main gave the quote to Daniel Mercer, the first name of the sentence before: "she says" is his mother's.
    article = ("Letter to the senate\nWASHINGTON, Jan. 28, 2025 - Senator Ruth Mercer wrote to her colleagues on "
               "Tuesday.\nHer son, Daniel Mercer, shared a video of his mother reading the letter, in which she says "
               "the nominee is not fit. \"He has never managed a budget of this size.\"\n")
    people, briefing = people_of(tmp_path, {"a.txt": article})
    assert _speaker(briefing, "never managed a budget") != people["Daniel Mercer"].id


def test_a_known_persons_surname_beside_a_son_named_in_full_is_no_ones(tmp_path: Path) -> None:
    # Main gave "Biden said" to Joe Biden (the gazetteer's "Biden") in an article whose speaker is his son.
    article = ("Pardon debate returns\nWASHINGTON, Feb. 3, 2025 - Hunter Biden, the son of former president Joe "
               "Biden, spoke to a podcast on Monday about the pardon his father signed.\n\"I never asked for any "
               "favour,\" Hunter Biden said.\n\"The pardon was the right call,\" Biden said later in the interview.\n")
    people, briefing = people_of(tmp_path, {"a.txt": article})
    assert _speaker(briefing, "never asked") == people["Hunter Biden"].id
    assert _speaker(briefing, "right call") is None


def test_a_surname_that_is_another_persons_given_name_is_no_ones(tmp_path: Path) -> None:
    # Main made "Nawaz" an alias of Maryam Nawaz and gave her the father's words; "Shahbaz" of Hamza Shahbaz.
    article = ("Family meets in Lahore\nLAHORE, June 4, 2025 - Chief Minister Maryam Nawaz met her father, former "
               "prime minister Nawaz Sharif, and Prime Minister Shahbaz Sharif with his son, lawmaker Hamza "
               "Shahbaz, on Tuesday.\n\"The party stands together,\" Nawaz said.\n\"We will win the next vote,\" "
               "Shahbaz said.\n")
    people, briefing = people_of(tmp_path, {"a.txt": article})
    assert "Nawaz" not in {a.text for a in people["Maryam Nawaz"].aliases}
    assert "Shahbaz" not in {a.text for a in people["Hamza Shahbaz"].aliases}
    assert _speaker(briefing, "stands together") is None
    assert _speaker(briefing, "next vote") is None


def test_a_town_the_article_writes_as_a_place_with_its_accents_is_no_person(tmp_path: Path) -> None:
    # Main made "Glucholazy" a person: the article writes "residents of Głuchołazy" (with its accents).
    article = ("Floodwater reaches the towns\nWARSAW, Sept. 16, 2024 - Rivers burst their banks on Monday.\n"
               "Residents of Głuchołazy were moved to higher ground, and Glucholazy said the bridge had held.\n"
               "\"The night will be long,\" Mayor Anna Kowal told reporters.\n")
    people, _ = people_of(tmp_path, {"a.txt": article})
    assert set(people) == {"Anna Kowal"}


def test_a_sisters_full_name_is_no_spelling_of_her_brothers(tmp_path: Path) -> None:
    # Main listed "Aseefa Bhutto Zardari" as a spelling of Bilawal Bhutto Zardari (the two surnames the same).
    article = ("Budget debate\nISLAMABAD, June 19, 2025 - Party chairman Bilawal Bhutto Zardari opened the debate on "
               "Thursday.\nAseefa Bhutto Zardari praised the budget in a speech to the assembly.\n")
    people, _ = people_of(tmp_path, {"a.txt": article})
    brother = people["Bilawal Bhutto Zardari"]
    assert "Aseefa Bhutto Zardari" not in {a.text for a in brother.aliases}

