"""Speaker classes from the "quotes17" helper's blind sets of the eleventh session (a falling-out between a
president and a donor, a central banker's firing, a flood held out), on articles written for these tests: the
prose and every quotation are invented. Right, or unknown."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import quotes_of


@pytest.mark.parametrize("title", ["Secretary", "Envoy", "Governor", "president"])
def test_a_name_before_a_title_and_another_name_qualifies_the_title(tmp_path: Path, title: str) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Donald Trump was in Ohio on Monday.\n\n"
        f"“The harbour talks are over for this year,” Trump {title} Jane Holloway said.\n\n"
        f"Later, Trump {title} Jane Holloway visited the port. “We go home on Friday,” she said.\n"))
    # The name after the title speaks; the one before it only qualifies the title (main: Donald Trump).
    assert quotes["The harbour talks are over for this year,"] == ids["Jane Holloway"]
    assert quotes["We go home on Friday,"] == ids["Jane Holloway"]


def test_he_after_a_sentence_quoting_someone_other_than_its_subject_is_no_one_plainly(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Mr. Musk posted his reply an hour after Mr. Trump said the “fastest way to trim the budget is to cancel "
        "the rocket deals.”\n\n"
        "“I never understood why nobody tried it!” he said in a post.\n"))
    # "he" may be the sentence's subject or the man it quotes: no one (main: Musk, the subject).
    assert quotes["fastest way to trim the budget is to cancel the rocket deals."] == ids["Donald Trump"]
    assert quotes["I never understood why nobody tried it!"] is None


def test_he_added_after_an_attribution_naming_a_role_in_its_clause_is_the_sayer(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "“We will win the case in the end,” Marco Rubio said on Monday, shortly before the president was due to "
        "meet police chiefs. “The truth will come out.”\n\n"
        "He added drily, “See you in court, boss!”\n"))
    # "the president" in the attribution's time clause is no second subject: "he" is the sayer (main: no one).
    assert quotes["See you in court, boss!"] == ids["Marco Rubio"]


def test_she_after_a_sentence_naming_someone_the_article_shows_as_she_is_not_plainly_the_other(
        tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Kaja Kallas said she was tired of waiting for an answer.\n\n"
        "Volodymyr Zelensky spoke to Kaja Kallas by phone on Monday. “We agreed on the next steps,” she said.\n\n"
        "Volodymyr Zelensky later met Kaja Kallas in Kyiv. “The winter will be hard,” he said.\n"))
    # Only Kallas is shown to be "she": the quote is not plainly Zelensky's (main: Zelensky).
    assert quotes["We agreed on the next steps,"] is None
    # "he" stays with the subject, whom nothing shows to be otherwise.
    assert quotes["The winter will be hard,"] == ids["Volodymyr Zelensky"]


def test_a_meeting_noun_between_the_quote_and_according_to(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Marco Rubio met Sergei Lavrov in Riyadh. The “long and businesslike” talks, according to Marco Rubio, "
        "ended after dark.\n\n"
        "The “calm and correct” talks, according to officials, resumed on Tuesday.\n"))
    # The words are the source's description of the talks (main: no speaker); officials unnamed stay no one.
    assert quotes["long and businesslike"] == ids["Marco Rubio"]
    assert quotes["calm and correct"] is None


def test_alleged_is_a_verb_of_saying_but_not_as_an_adjective(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Later, Marco Rubio alleged Donald Trump “is hiding the harbour files,” a reference to old papers.\n\n"
        "Donald Trump denied the alleged “secret deal to split the port between them” with Marco Rubio.\n"))
    # The charge's words are the accuser's (main: no speaker); "the alleged" before a quote names no one.
    assert quotes["is hiding the harbour files,"] == ids["Marco Rubio"]
    assert quotes["secret deal to split the port between them"] is None
