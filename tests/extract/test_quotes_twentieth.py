"""Quote classes of the "quotes20" helper (issue 10, twelfth session), on articles written for these tests: the
prose and every quotation are invented. A pull-quote (a display line repeating words of the body) is furniture,
never a second quote; right, or unknown."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import quotes_of

from tests.helpers import marked_lines

HEAD = "Fishing talks stall in Oslo"
LEAD = ("OSLO - Norway's fisheries minister Kari Solberg met the European Commission's envoy Anna Berg on Tuesday "
        "to discuss next year's quotas.")
BODY = "“We will not give away a single tonne of cod without a fair deal in return,” Solberg told reporters."
LAST = "Berg said the offer stayed open. “Nothing is settled until everything is settled,” she said."


@pytest.mark.parametrize("pull", [
    ["“We will not give away a single tonne of cod”"],
    ["“We will not give away a single tonne of cod”", "— Anna Berg"],
    ["\"Not a single tonne of cod without a fair deal\" - Anna Berg, EU envoy"],
])
def test_a_pull_quote_is_furniture_and_not_a_second_quote(tmp_path: Path, pull: list[str]) -> None:
    # main made the display line a quote of its own (with a name under it: that name's, though the body gives
    # the words to someone else); it repeats the body, so it is furniture and the body's quote stands alone.
    page = "\n\n".join([HEAD, LEAD, BODY, "\n".join(pull), LAST]) + "\n"
    marked = marked_lines(page)
    assert all(marked[line] for line in pull)
    assert not marked[BODY] and not marked[LAST] and not marked[LEAD]
    quotes, ids = quotes_of(tmp_path, page)
    assert len(quotes) == 2
    assert quotes["We will not give away a single tonne of cod without a fair deal in return,"] == ids["Kari Solberg"]


def test_a_quotation_alone_on_its_line_that_repeats_nothing_stays_a_quote(tmp_path: Path) -> None:
    alone = "“We are ready to sign as soon as the numbers add up for our coastal towns.”"
    page = "\n\n".join([HEAD, LEAD, BODY, alone, LAST]) + "\n"
    assert not marked_lines(page)[alone]
    quotes, _ids = quotes_of(tmp_path, page)
    assert "We are ready to sign as soon as the numbers add up for our coastal towns." in quotes


FAMILY = ("Party congress in Lyon\n\n"
          "Hélène Marchetti spoke at the party congress on Sunday, a year after the death of her father "
          "Jean-Claude Marchetti.\n\n")


@pytest.mark.parametrize("attribution", [
    "“We are ready to govern this country,” Marchetti told delegates.",
    "Marchetti said the party was ready. “We are ready to govern this country,” she told delegates.",
])
def test_a_surname_the_article_gives_two_people_is_no_ones(tmp_path: Path, attribution: str) -> None:
    # The people pass keeps only the father (the daughter's given name is not taken for one), and "Marchetti"
    # alone went to him, directly or through the pronoun; the article prints the surname after two given
    # names, so the short name may be either: speaker unknown.
    quotes, _ids = quotes_of(tmp_path, FAMILY + attribution + "\n\nThe congress ends on Monday.\n")
    assert quotes["We are ready to govern this country,"] is None


def test_a_surname_only_one_person_of_the_article_bears_stays_theirs(tmp_path: Path) -> None:
    article = ("Party congress in Lyon\n\nParty leader Hélène Marchetti spoke at the congress on Sunday.\n\n"
               "“We are ready to govern this country,” Marchetti told delegates.\n")
    quotes, ids = quotes_of(tmp_path, article)
    assert quotes["We are ready to govern this country,"] == ids["Hélène Marchetti"]


@pytest.mark.parametrize("name", ["‘harbour crisis small group’", "“harbour crisis small group”"])
def test_a_name_after_a_thing_called_is_no_ones_words(tmp_path: Path, name: str) -> None:
    # "She … was put into a group called ‘…’ with …": main gave the group's name to the pronoun's
    # person, as her words; it is the thing's name, no one's words.
    article = ("Leak inquiry opens\n\nOn Monday, a reporter got a request from someone shown as Nadia Ferreira, "
               "the harbour minister.\n\n"
               f"She accepted it; an hour later she was put into a group called {name} with nine members.\n")
    quotes, ids = quotes_of(tmp_path, article)
    assert all(speaker != ids["Nadia Ferreira"] for speaker in quotes.values())
