"""Quote classes of the "quotes28" helper (issue 10, thirteenth session), on articles written for these tests: the
prose and every quotation are invented. A family name of three letters is no mention alone ("Roe" may be a word),
so "Ms Roe said she … / “…,” she said" left the pronoun with no one: the sentence before opens with an honorific
and the surname of the one person the article names in full, who is the pronoun's person (not when the
honorific shows the other pronoun)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import speaker_named

PARTY = ("Greens choose a new leader\n\nMaria Roe won the party-room ballot on Tuesday by three votes, with Tom "
         "Baxter second.\n\n")
WORDS = "We will knock on every door in the valley"
TAIL = "\n\nThe party meets again in June.\n"


@pytest.mark.parametrize("surname", ["Roe", "Ivy", "Orr"])
@pytest.mark.parametrize("honorific", ["Ms", "Ms."])
def test_a_short_surname_after_an_honorific_gives_the_pronoun_its_person(tmp_path: Path, surname: str,
                                                                         honorific: str) -> None:
    # main: speaker unknown ("Ms Roe" was no mention, so the sentence before named no one)
    article = PARTY.replace("Roe", surname) + (f"{honorific} {surname} said she wanted to hear from every branch "
                                               f"before the winter.\n\n“{WORDS} before the next poll,” she said.")
    assert speaker_named(tmp_path, article + TAIL, WORDS)[0] == f"Maria {surname}"


def test_an_honorific_of_the_other_pronoun_gives_no_one(tmp_path: Path) -> None:
    # guard: "Mr Roe … / “…,” she said": not Roe
    article = PARTY.replace("Maria Roe", "Peter Roe") + ("Mr Roe said he wanted to hear from every branch before "
                                                          f"the winter.\n\n“{WORDS} before the next poll,” she said.")
    assert speaker_named(tmp_path, article + TAIL, WORDS)[0] != "Peter Roe"
