"""Speaker classes from the "quotes14" helper's blind sets of the tenth session (a museum robbery, a suspended
talk show, an air crash held out) and the class left by "quotes13", on articles written for these tests: the prose
and every quotation are invented. Right, or unknown."""

from __future__ import annotations

from pathlib import Path

from helpers import quotes_of


def test_a_clause_with_its_own_subject_before_the_verb_is_not_the_name_s(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "In an interview on Monday, Mayor Anna Vogel said she did not see the trouble coming until the council "
        "announced that the fair would be “cancelled for good this year.”\n\n"
        "Chancellor Olaf Brandt said he was pleased once the ministry confirmed the bridge was “closed for the "
        "whole winter.”\n\n"
        "Karl Hesse said the vote came after “long and careful talks over many days.”\n"))
    # The council announced it, the ministry confirmed it: their words, not the mayor's nor the chancellor's
    # (main: Vogel, Brandt).
    assert quotes["cancelled for good this year."] is None
    assert quotes["closed for the whole winter."] is None
    # No clause between: the speaker's own words.
    assert quotes["long and careful talks over many days."] == ids["Karl Hesse"]


def test_a_relative_clause_s_verb_belongs_to_the_name_before_who(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Critics accused Chancellor Olaf Brandt of twisting the views of Karl Hesse, who prosecutors say wrote "
        "that he objected to “the hate that the council spreads.”\n\n"
        "The council praised Mayor Anna Vogel, who said the bridge was “safe for every car and every bus.”\n"))
    # Hesse wrote it (or no one named): never Brandt, accused of twisting it (main: Brandt).
    assert quotes["the hate that the council spreads."] != ids["Olaf Brandt"]
    # The relative clause's own antecedent speaks.
    assert quotes["safe for every car and every bus."] == ids["Anna Vogel"]


def test_he_is_not_a_person_the_article_has_shown_to_be_she(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Mayor Anna Vogel said on Monday she would not resign. The council met in the evening.\n\n"
        "Mayor Anna Vogel denied it. “The museum was never left open,” he said.\n\n"
        "Vogel spoke again on Tuesday. “We will find the jewels,” she said.\n\n"
        "Chancellor Olaf Brandt visited the museum. “Every guard did the job,” he said.\n"))
    # The article writes "she" for Vogel: "he" is someone else, whom it does not name (main: Vogel).
    assert quotes["The museum was never left open,"] is None
    assert quotes["We will find the jewels,"] == ids["Anna Vogel"]
    # No pronoun shown for Brandt: the one person of the sentence before, as before.
    assert quotes["Every guard did the job,"] == ids["Olaf Brandt"]


def test_a_pronoun_does_not_take_the_object_when_the_subject_was_left_out(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "The row drew in public figures including Chancellor Olaf Brandt, who seemingly criticised Mayor Anna "
        "Vogel when he posted, “Where has all the courage gone in this city?”\n\n"
        "Speaking alongside Chancellor Olaf Brandt, Mayor Anna Vogel said she was sure: “The jewels will come "
        "back to the museum.”\n"))
    # "he" is Brandt, whom the rules leave out after "including", or no one: never Vogel, the object (main: Vogel).
    assert quotes["Where has all the courage gone in this city?"] != ids["Anna Vogel"]
    # A subject after the opening phrase's comma still takes it.
    assert quotes["The jewels will come back to the museum."] == ids["Anna Vogel"]


def test_a_later_verb_does_not_take_the_object_of_an_earlier_one(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Chancellor Olaf Brandt spoke first.\n\n"
        "Karl Hesse called the show \"a disgrace\" and \"a danger to every family\", before Olaf Brandt said it "
        "was \"the best hour on the air\".\n"))
    # What Hesse (no one the article knows) called the show: never Brandt's, whose verb comes later (main: Brandt).
    assert quotes["a danger to every family"] is None
    assert quotes["the best hour on the air"] == ids["Olaf Brandt"]


def test_a_quotation_joined_to_the_next_by_and_shares_its_speaker(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Chancellor Olaf Brandt visited the museum on Monday.\n\n"
        "The stolen pieces were \"priceless\" and \"of a value no one can measure\", Olaf Brandt said.\n\n"
        "Culture minister Anna Vogel spoke later. The men did not use force and looked \"very calm\" and "
        "\"skilled\", she said.\n"))
    # "“Q1” and “Q2”, X said": X's both (main: the first was no one's, or not a quote at all).
    assert quotes["priceless"] == ids["Olaf Brandt"]
    assert quotes["very calm"] == ids["Anna Vogel"]


def test_a_second_quotation_after_a_clause_of_time_is_still_the_speaker_s(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Chancellor Olaf Brandt said the guests were \"already in their chairs\" when the decision was made, \"so "
        "we sent every guest home at once.\"\n\n"
        "Chancellor Olaf Brandt said the guests were \"already in their chairs\" when the minister said, \"we will "
        "send every guest home.\"\n"))
    # Nothing in "when the decision was made" speaks: the sentence's speaker goes on (main: no one).
    assert quotes["so we sent every guest home at once."] == ids["Olaf Brandt"]
    # A clause whose subject speaks is still a voice of its own.
    assert quotes["we will send every guest home."] is None
