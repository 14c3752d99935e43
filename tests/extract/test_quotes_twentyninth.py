"""Quote classes of the "quotes29" helper (issue 10, thirteenth session), on articles written for these tests: the
prose and every quotation are invented. A role phrase ("the prime minister") after an opening phrase of
circumstance ("Yet in a long talk with a weekly paper the prime minister …", with or without its comma) is that
sentence's subject, so "“…,” he said" in the next paragraph is the role's one holder; not when the phrase ends
on a word that takes the role as its object ("In a call with the prime minister …")."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import speaker_named

HEAD = ("Housing targets split the party\n\nPrime Minister Keir Starmer met backbench MPs on Wednesday to defend the "
        "new building targets.\n\n")
WORDS = "Nobody on these benches wants the meadows paved over"
TAIL = "\n\nThe party meets again in June.\n"


@pytest.mark.parametrize("lead", [
    # main: speaker unknown (a lower-case word before the role made it no subject)
    "Yet in a long talk with the Yorkshire Courier the prime minister",
    "Later, in an interview with a regional paper, the Prime Minister",
    "During a visit to a building site in Leeds the prime minister",
    "Speaking to a radio station on Thursday, the prime minister",
])
def test_a_role_after_an_opening_phrase_gives_the_pronoun_its_holder(tmp_path: Path, lead: str) -> None:
    article = HEAD + f"{lead} took a softer line, saying the wording had been “clumsy”.\n\n“{WORDS},” he said."
    assert speaker_named(tmp_path, article + TAIL, WORDS)[0] == "Keir Starmer"


@pytest.mark.parametrize("lead", [
    "In a phone call with the prime minister",
    "At a dinner for the prime minister",
])
def test_a_role_as_the_object_of_the_opening_phrase_gives_no_one(tmp_path: Path, lead: str) -> None:
    # guard: the phrase's object is not the sentence's subject; an unknown mayor speaks
    article = HEAD + (f"{lead} a northern mayor complained about the new targets.\n\n“{WORDS},” he said.")
    assert speaker_named(tmp_path, article + TAIL, WORDS)[0] is None
