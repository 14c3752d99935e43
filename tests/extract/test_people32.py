"""People on text never seen (issue 10, 7 December, sixteenth session, people32): what is no person (a people
addressed, a ship, a storm), names without the capitalised leaning before them ("Nationalist George Simion"),
roles without the greeting or honorific of an address, and "Jan" a given name. The articles are invented: no one
said or did these things."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import people_of

_HEAD = "Vote count ends\n\nWARSAW, June 2 (Agency) - "


@pytest.mark.parametrize(("word", "name"), [
    ("Nationalist", "Dorin Vasile"), ("Conservative", "Karol Nawrocki"), ("Liberal", "Rafal Trzaskowski"),
    ("Populist", "Herbert Kickl"), ("Veteran", "Ilona Marsh"), ("Billionaire", "Tomas Rybar"),
    ("Pro-Russian", "Ivan Costea"), ("Incumbent", "Anja Berglund"), ("Historian", "Piotr Zalewski"),
])
def test_a_leaning_before_a_name_is_no_part_of_it(tmp_path: Path, word: str, name: str) -> None:
    # Main made "Nationalist Dorin Vasile" the person, with that as an alias a reader searches in vain.
    surname = name.split()[-1]
    article = f"{_HEAD}{word} {name} said the count was fair.\n\n\"We will accept it,\" {surname} said.\n"
    people, briefing = people_of(tmp_path, {"a.txt": article})
    assert name in people
    assert not any(a.text.startswith(word) for a in people[name].aliases)
    quote = next(q for q in briefing.quotes if "accept it" in q.span.text)
    assert quote.speaker == people[name].id


@pytest.mark.parametrize("sentence", [
    "Frank Moreno said the count was fair. \"We accept it,\" Moreno said.",
    "Young Kim said the count was fair. \"We accept it,\" Kim said.",
    "Noble Ochieng said the count was fair. \"We accept it,\" Ochieng said.",
])
def test_given_names_that_are_words_too_stay(tmp_path: Path, sentence: str) -> None:
    name = sentence.split(" said")[0]
    people, _ = people_of(tmp_path, {"a.txt": f"{_HEAD}{sentence}\n"})
    assert name in people


def test_jan_is_a_given_name_before_a_surname(tmp_path: Path) -> None:
    # Main made "Hlava" the person with the role "Chancellor Jan".
    article = (f"{_HEAD}Chancellor Jan Hlava said the talks would go on.\n\n"
               "The vote of Jan 5 was close. \"We go on,\" Hlava said.\n")
    people, _ = people_of(tmp_path, {"a.txt": article})
    assert "Jan Hlava" in people and people["Jan Hlava"].role == "Chancellor"
    assert "Jan" not in people


@pytest.mark.parametrize(("sentence", "name", "role"), [
    ("Dear Prime Minister Eva Kral, thank you for the letter, Olsen wrote.", "Eva Kral", "Prime Minister"),
    ("Mr Speaker Dale Horton said the House would vote.", "Dale Horton", "Speaker"),
    ("Madam President Maria Ionescu said the chamber was ready.", "Maria Ionescu", "President"),
    ("Then-President Ana Bryl said no.", "Ana Bryl", "Then-President"),
])
def test_an_address_is_no_part_of_a_role(tmp_path: Path, sentence: str, name: str, role: str) -> None:
    # Main gave the roles "Dear Prime Minister", "Mr Speaker", "Madam President" and the name "Then-President Ana Bryl".
    people, _ = people_of(tmp_path, {"a.txt": f"{_HEAD}{sentence}\n"})
    assert name in people and people[name].role == role


def test_a_people_addressed_is_no_person(tmp_path: Path) -> None:
    # Main made a person "Americans" with the role "fellow".
    article = (f"{_HEAD}\"My fellow Americans, we are close,\" the senator said.\n\n"
               "\"Dear fellow Poles, the vote is done,\" the mayor wrote.\n")
    people, _ = people_of(tmp_path, {"a.txt": article})
    assert not set(people) & {"Americans", "Poles"}


def test_a_ship_or_a_storm_is_no_person(tmp_path: Path) -> None:
    # Main made people "Makarov" and "Grigorovich", role "Admiral", from two frigates' names.
    article = (f"{_HEAD}The frigate Admiral Makarov was hit on Sunday, and the Russian warship Admiral Grigorovich "
               "sailed home. After storm Darragh passed, Admiral Tony Radakin said the fleet was safe.\n\n"
               "\"We held,\" Radakin said.\n")
    people, _ = people_of(tmp_path, {"a.txt": article})
    assert "Makarov" not in people and "Grigorovich" not in people
    assert "Tony Radakin" in people and people["Tony Radakin"].role == "Admiral"


_PAGE = ("Envoys meet again\n\n"
         "Log In Example Pro\n\n"
         "Free story, usually reserved for members\n\n"
         "AI generated Text-to-speech\n\n"
         "KYIV, March 5 (Agency) - Envoys met in Kyiv on Wednesday. \"We made progress,\" Ukrainian Foreign Minister "
         "Andrii Sybiha said.\n")


@pytest.mark.parametrize("fragment", [
    "Log In Example Pro", "AI generated Text-to-speech", "Free story, usually reserved for members",
])
def test_page_chrome_is_furniture(fragment: str) -> None:
    # Main left each of these lines in the article's text (the credit after a date stamp, a line too long).
    from helpers import furniture_covers

    assert furniture_covers(_PAGE, fragment)
    assert not furniture_covers(_PAGE, "Envoys met in Kyiv")


def test_a_long_credit_after_a_date_stamp_is_furniture() -> None:
    # Main marked only "date 2025-03-05 Jo Roe/Getty": the line's rest, over twelve words, stayed text.
    from helpers import furniture_covers

    page = ("https://example.com/2025/03/envoys-meet\n"
            " date 2025-03-05 Andrea Roe/Getty Images/AFP (Photo by Andrea Roe / EXAMPLE IMAGES NORTH AMERICA / "
            "Getty Images via AFP)"
            "\n\nKYIV, March 5 (Agency) - Envoys met in Kyiv on Wednesday, the ministry said.\n")
    assert furniture_covers(page, "(Photo by Andrea Roe / EXAMPLE IMAGES NORTH AMERICA / Getty Images via AFP)")
    assert not furniture_covers(page, "Envoys met in Kyiv")


@pytest.mark.parametrize("line", [
    "Log in to the portal was slow for hours, officials said on Monday.",
    "This article is for members of the public who want to know more about the new rules.",
])
def test_sentences_like_chrome_stay_text(line: str) -> None:
    from helpers import furniture_touches

    assert not furniture_touches(f"Envoys meet again\n\nKYIV (Agency) - Envoys met.\n\n{line}\n", line)


def test_a_known_persons_aide_in_another_spelling_takes_their_side(tmp_path: Path) -> None:
    # Main left "Zelenskyy's prime minister, Denys Shmyhal" unplaced ("Zelensky's" placed him with Ukraine).
    article = (f"{_HEAD}Earlier, Zelenskyy's prime minister, Denys Shmyhal, said the army could hold the line.\n\n"
               "\"We will hold,\" Shmyhal said.\n")
    people, _ = people_of(tmp_path, {"a.txt": article})
    assert people["Denys Shmyhal"].side == "ukraine"


def test_a_foundation_in_its_own_language_is_no_person(tmp_path: Path) -> None:
    # Main made a person "Friedrich Ebert Stiftung" (alias "Stiftung").
    article = (f"{_HEAD}The Friedrich Ebert Stiftung said the count was fair, and the Adam Mickiewicz Instytut "
               "said so too.\n")
    people, _ = people_of(tmp_path, {"a.txt": article})
    assert not [name for name in people if "Stiftung" in name or "Instytut" in name]


def test_a_name_after_the_storm_is_a_person(tmp_path: Path) -> None:
    article = f"{_HEAD}After the storm Dorota Wilk said the dikes had held.\n\n\"They held,\" Wilk said.\n"
    people, _ = people_of(tmp_path, {"a.txt": article})
    assert "Dorota Wilk" in people
