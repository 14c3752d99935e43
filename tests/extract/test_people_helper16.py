"""People on stories the rules were not written on (issue 10, 7 December, eleventh session, people16): a family
name that is also a country or a city ("Luís Montenegro", "Steve Israel") is a person where a formula introduces
the name with a given name before it (a title before, an apposition after); the place's word alone stands for the
person only where every text that writes it also writes the full name and none writes it as a place ("in …",
"of …"), so an article on the country keeps its word a place and its quotation "speaker unknown"; "the Mayor of
Greater London" stays a place's office. From the held-out set: "Treasurer X", "Attorney-General X" are titles,
not part of the name. The articles are invented: no one said or did these things."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import auto_people, load_articles, quotes_of

VOTE = ("Harbour party wins the snap vote\n\nLISBON - Prime Minister Luís Montenegro won Sunday's snap election but "
        "fell short of a majority. Montenegro said he would govern alone. “We will not deal with the far right,” "
        "Montenegro told supporters.\n\nPaula Verdasca, leader of the Greens, said the result was a warning.\n")
BALKANS = ("Balkan hopes\n\nMontenegro hopes to join the bloc by 2028. “We are ready for the last chapters,” "
           "Montenegro said in a statement. Officials in Montenegro said the talks went well.\n")


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    return load_articles(tmp_path_factory, "place16", {"vote.txt": VOTE, "balkans.txt": BALKANS})


def test_a_titled_name_whose_surname_is_a_country_is_a_person_and_says_his_quotation(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, VOTE)
    assert "Luís Montenegro" in ids
    assert quotes["We will not deal with the far right,"] == ids["Luís Montenegro"]


def test_a_name_with_a_country_as_surname_in_an_apposition_is_a_person(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, "A headline\n\nTomás Jordan, leader of the farmers' union, said the vote "
                                      "was stolen. “We will march on Monday,” Jordan said.\n")
    assert "Tomás Jordan" in ids


def test_the_country_alone_is_no_person_in_an_article_on_the_country(both) -> None:  # noqa: ANN001
    person = auto_people(both)["Luís Montenegro"]
    balkans = [m for m in both.mentions if m.actor == person.id and m.span.source == "balkans.txt"]
    assert balkans == []
    said = {q.text: q.speaker for q in both.quotes}
    assert said["We are ready for the last chapters,"] is None


def test_a_place_after_of_or_a_compass_word_is_no_person(tmp_path: Path) -> None:
    _quotes, ids = quotes_of(tmp_path, "A headline\n\nThe Mayor of Greater London said the line would open. "
                                       "Minister for East Jordan Ali Saleh said the road was closed.\n")
    assert "Greater London" not in ids and "East Jordan" not in ids


@pytest.mark.parametrize(("sentence", "name", "role"), [
    ("Treasurer Rhys Calder said voters had rejected the plan.", "Rhys Calder", "Treasurer"),
    ("Attorney-General Mara Lindqvist said the law was sound.", "Mara Lindqvist", "Attorney-General"),
])
def test_a_treasurer_or_attorney_general_is_a_title_not_part_of_the_name(tmp_path: Path, sentence: str, name: str,
                                                                         role: str) -> None:
    _quotes, ids = quotes_of(tmp_path, "A headline\n\n" + sentence + "\n")
    assert name in ids and f"{role} {name}" not in ids
