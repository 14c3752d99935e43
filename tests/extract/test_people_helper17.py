"""People on stories the rules were not written on (issue 10, 7 December, eleventh session, people17): a title
the word lists lack stays no part of the name where the article writes it in lower case as someone speaking
("Coroner X" where "the coroner said"); abbreviated titles ("Lt. Gov.", "Gov.", "Supt.") are titles, and "Gov"
alone is no one; a place before a lower-case title and a name ("said Exampleton police chief X") is no speaker;
a school or a hospital speaking is no person; a lawyer's or counsel's apposition introduces the full name. The
articles are invented: no one said or did these things."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import quotes_of


@pytest.mark.parametrize(("article", "name", "said"), [
    ("Pell County Coroner Ann Blythe said the toll had risen. “Nine people died overnight,” the coroner said.",
     "Ann Blythe", "Nine people died overnight,"),
    ("“We searched all night,” said Warden Tom Ashgrove. The warden said the gates stayed shut.",
     "Tom Ashgrove", "We searched all night,"),
])
def test_a_title_the_article_writes_as_a_speaking_role_is_no_part_of_the_name(tmp_path: Path, article: str,
                                                                                name: str, said: str) -> None:
    quotes, ids = quotes_of(tmp_path, "A headline\n\n" + article + "\n")
    assert name in ids and quotes[said] == ids[name]
    assert not any(n.startswith(("Coroner", "Warden")) for n in ids)


def test_a_word_the_article_never_writes_as_a_role_stays_no_title(tmp_path: Path) -> None:
    # "Operation" is never said to speak: the run introduces no one, cut or not
    quotes, ids = quotes_of(tmp_path, "A headline\n\nOperation Harbor Lights began on Monday. “It went well,” "
                                      "the operation said, according to a notice.\n")
    assert ids.keys().isdisjoint({"Harbor Lights", "Operation Harbor Lights"})
    assert quotes["It went well,"] is None


@pytest.mark.parametrize(("article", "name", "said"), [
    ("Lt. Gov. Dale Pruett said the state would help. “We stand with you,” Pruett said.", "Dale Pruett",
     "We stand with you,"),
    ("Under Republican Gov. Glen Harwick, the patrol grew. Gov. Harwick stated that crime was at “alarming "
     "levels,” citing no figures.", "Glen Harwick", "alarming levels,"),
])
def test_an_abbreviated_title_is_a_title_and_no_person(tmp_path: Path, article: str, name: str, said: str) -> None:
    quotes, ids = quotes_of(tmp_path, "A headline\n\n" + article + "\n")
    assert "Gov" not in ids and name in ids
    assert quotes[said] == ids[name]


def test_a_place_before_a_lower_case_title_is_no_speaker(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, "A headline\n\nMost of the hurt will recover. “There is a wide range of "
                                      "wounds,” said Exampleton police Chief Dana Okafor.\n")
    assert "Exampleton" not in ids
    assert quotes["There is a wide range of wounds,"] == ids["Dana Okafor"]


@pytest.mark.parametrize("article", [
    "Medics came within minutes. Exampleton Healthcare says more would have died without them.",
    "The gunman fired at the Saint Brigid Catholic School, said Exampleton police Chief Dana Okafor.",
])
def test_a_school_or_a_hospital_is_no_person(tmp_path: Path, article: str) -> None:
    _quotes, ids = quotes_of(tmp_path, "A headline\n\n" + article + "\n")
    assert ids.keys().isdisjoint({"Exampleton Healthcare", "Saint Brigid Catholic School", "Exampleton"})


def test_a_counsels_apposition_introduces_the_full_name(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, "A headline\n\nMarcus Feld, a senior counsel for the city, asked for a "
                                      "delay. “It is the worst muddle I have seen,” Feld said.\n")
    assert quotes["It is the worst muddle I have seen,"] == ids["Marcus Feld"]
