"""People on stories the rules were not written on (issue 10, 6 December, eighth session): a title its holder was
elected or designated to ("Mayor-elect"), a shared title ("Co-Chair"), and a known person's surname borne by
another of the family ("the president's grandfather, Friedrich Trump", "Donald Trump Jr."). The articles are
invented for these tests: no one said or did these things."""

from __future__ import annotations

import pytest

from helpers import auto_people, load_articles

ELECT = {
    "city.txt": "Mayor meets the governor\nCity Mayor-elect Ada Kowalski met the governor on Friday. Kowalski "
                "said the budget came first.\nTransition Co-Chair Bram Osei sat beside her.\n",
}


def test_a_title_with_elect_or_co_introduces_the_person(tmp_path_factory: pytest.TempPathFactory) -> None:
    people = auto_people(load_articles(tmp_path_factory, "elect8", ELECT))
    assert "Ada Kowalski" in people  # was "Kowalski" alone, "Ada" an unknown name
    assert "Bram Osei" in people


FAMILY = {
    "gift.txt": "A gift at the White House\nThe chancellor handed President Donald Trump a framed letter of the "
                "president's grandfather, Friedrich Trump, who sailed from Bremen in 1885.\nDonald Trump Jr. was "
                "in Florida on Friday, and so Ivanka Trump read the letter aloud.\n",
}


def test_a_known_surname_after_another_given_name_is_another_person(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    briefing = load_articles(tmp_path_factory, "family8", FAMILY)
    people = auto_people(briefing)
    assert "Friedrich Trump" in people  # introduced by his relation, a person of his own
    trump = next(a for a in briefing.actors if a.id == "trump")
    said = {m.span.text for m in briefing.mentions if m.actor == trump.id}
    # only "Donald Trump" himself is a mention of the president; the grandfather, the son and the daughter are not
    assert said == {"President Donald Trump"}
