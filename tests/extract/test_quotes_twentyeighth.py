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


BRIEFING = ("Farm minister marks her first month\n\nAgriculture Minister Hana Petrova met reporters in the capital on "
            "Friday, four weeks after taking office.\n\n")
TITLE = "Forty Days: the Growers Ask and the Minister Answers"


@pytest.mark.parametrize("lead", [
    # main: the minister's words (the title read as a quotation after "She said this at …")
    "She said this at a briefing under the title",
    "Petrova said so at a press event held under the theme",
    "She said this at a gathering held with the title",
])
def test_a_quoted_title_is_no_ones_words(tmp_path: Path, lead: str) -> None:
    from helpers import quotes_of

    quotes, _ids = quotes_of(tmp_path, BRIEFING + f"{lead} “{TITLE}” in the old palace." + TAIL)
    assert all(speaker is None for text, speaker in quotes.items() if text.startswith(TITLE[:10]))


def test_words_called_after_a_subject_stay_hers(tmp_path: Path) -> None:
    # guard: "X called the plan “…”" gives X her words; only a title or a theme is no one's
    article = BRIEFING + "Petrova called the new subsidy plan “a fair deal for every small grower in the north”."
    assert speaker_named(tmp_path, article + TAIL, "a fair deal")[0] == "Hana Petrova"
