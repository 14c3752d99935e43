"""Speaker classes from the "quotes19" helper's blind set of the eleventh session (a governor's race), on articles
written for these tests: the prose and every quotation are invented. Right, or unknown."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import quotes_of


@pytest.mark.parametrize(("town", "state"), [("Dayton", "Ohio"), ("Haddonfield", "New Jersey"),
                                             ("Scranton", "Pennsylvania")])
def test_a_voter_from_a_town_and_state_is_not_the_state_nor_the_candidate(tmp_path: Path, town: str,
                                                                          state: str) -> None:
    # "Jane Roe, from Town, State, said she …": the state closing the apposition of origin is a place, not the
    # subject (main made it the speaker, or the candidate named after the pronoun); the voter, whom the
    # gazetteer does not know, is unknown.
    article = (
        "Governor's race called\n\n"
        "President Donald Trump congratulated the winner of the race for governor late on Tuesday.\n\n"
        f"Rosa Pendergast, from {town}, {state}, said she was pleased Donald Trump had backed the winner.\n\n"
        "“He has been listening to farmers for years,” she said. “I trust him with the budget.”\n"
    )
    quotes, ids = quotes_of(tmp_path, article)
    assert quotes["He has been listening to farmers for years,"] is None
    assert quotes["I trust him with the budget."] is None
    # (the state is no actor at all where place_words.py lists it: then no quotation can be its)
    assert state not in ids or all(speaker != ids[state] for speaker in quotes.values())


@pytest.mark.parametrize("pronoun", ["He", "She"])
def test_a_pronoun_inside_the_quotation_before_is_not_the_next_quotes_speaker(tmp_path: Path, pronoun: str) -> None:
    # "“He …,” a farmer said. “…”": the second quotation's speaker is the first's (unknown here), never the
    # person the pronoun inside the first quotation points to (main gave it to that person).
    article = (
        "Farm vote counted\n\n"
        "Senator Maria Cantwell spoke to growers at the county fair on Saturday.\n\n"
        f"“{pronoun} never listened to us about the water rights,” a farmer from the valley said. "
        "“We will remember that in the autumn.”\n"
    )
    quotes, _ids = quotes_of(tmp_path, article)
    assert quotes["We will remember that in the autumn."] is None
