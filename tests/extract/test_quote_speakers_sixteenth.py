"""Speaker classes from the "quotes16" helper's blind sets of the eleventh session (a leaders' phone call, a
nationwide blackout, a snap election held out), on articles written for these tests: the prose and every
quotation are invented. Right, or unknown."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import quotes_of


@pytest.mark.parametrize("head", ["the White House chief noted", "the Kremlin boss said", "the Kremlin head said"])
def test_whoever_heads_a_body_is_not_the_body(tmp_path: Path, head: str) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        f"Donald Trump spoke to reporters at the base. “We are helping them as best we can,” {head}.\n"))
    # The body's head speaks, whom the text does not name: no speaker, never the White House or the Kremlin
    # themselves (main: the institution).
    assert quotes["We are helping them as best we can,"] is None


def test_he_added_after_a_quotation_said_of_someone_else_is_the_sayer(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "“I am not pleased with him at all,” Donald Trump said of Vladimir Putin. “We will see what he does "
        "next,” he added.\n\n"
        "“Call me when you land,” Donald Trump told Vladimir Putin. “I will,” he replied.\n\n"
        "“I am not pleased with him,” Donald Trump said of Vladimir Putin, who told reporters the call was "
        "“frank”. “We will see about that,” he added.\n"))
    # The attribution's subject, not the man he spoke of (main: no speaker).
    assert quotes["We will see what he does next,"] == ids["Donald Trump"]
    # Told to someone, the reply may be the addressee's: not read as the teller's.
    assert quotes.get("I will,") in (None, ids["Vladimir Putin"])
    # The man spoken of speaks later in that sentence: "he" may be either, so no one.
    assert quotes["We will see about that,"] is None


def test_a_verb_first_attribution_closing_the_sentence_names_the_speaker(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "The harbour deal is “going nowhere at all” for now, said Senator Lindsey Graham.\n\n"
        "The bridge toll will be “far too high for farmers” next year, says Rep. Thomas Massie (R-Ky.).\n\n"
        "The plan is “a step too far for the council” today, said Marco Rubio and Kaja Kallas.\n"))
    # The name right after a closing "said"/"says" is the speaker (main: no speaker).
    assert quotes["going nowhere at all"] == ids["Lindsey Graham"]
    assert quotes["far too high for farmers"] == ids["Thomas Massie"]
    # Two people after the verb: both's, no one's we can name.
    assert quotes["a step too far for the council"] is None


def test_the_prime_minister_is_not_plainly_the_known_one_when_a_stranger_holds_the_title(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Spanish Prime Minister Pedro Sánchez said the grid was stable again on Tuesday, and thanked France for "
        "its help.\n\n"
        "In Lisbon, Portuguese Prime Minister Luís Montenegro said there was no sign of sabotage. “We rule "
        "nothing out for now,” the prime minister told reporters.\n"))
    # The title before his name says the article has a second prime minister: the bare role is not plainly
    # Sánchez (quotes16's main: Sánchez). Since people16 a surname that is a place ("Montenegro") after a
    # given name a title introduces is a person: the nearer prime minister, his.
    assert quotes["We rule nothing out for now,"] == ids["Luís Montenegro"]


def test_the_prime_minister_is_still_the_one_known_holder_beside_a_former_one(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Spanish Prime Minister Pedro Sánchez met former Prime Minister Felipe Marqués in Madrid on Tuesday.\n\n"
        "The grid was stable again by the evening. “The worst is behind us now,” the prime minister told "
        "reporters.\n"))
    # A former holder is no second prime minister.
    assert quotes["The worst is behind us now,"] == ids["Pedro Sánchez"]


def test_as_someone_put_it_names_the_speaker(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Yuri Ushakov briefed reporters on the call. A summit was not on the agenda but, as Ushakov phrased it, "
        "“the thought is floating about.”\n\n"
        "As Donald Trump put it, “We are not at the finish line yet.”\n"))
    # "put it" and "phrased it" before a mark are verbs of saying (main: no speaker).
    assert quotes["the thought is floating about."] == ids["Yuri Ushakov"]
    assert quotes["We are not at the finish line yet."] == ids["Donald Trump"]


def test_a_credit_line_under_a_quotation_names_its_speaker(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Yuri Ushakov briefed reporters after the call. Donald Trump left for Iowa.\n\n"
        "“Our side has made its aims plain, and it will not step back from them.”\n\n"
        "— Yuri Ushakov, aide to the Russian president\n\n"
        "“The river will rise again before spring.”\n\n"
        "— Reuters, Moscow\n"))
    # The credit line under a quotation standing alone names its speaker (main: no speaker).
    assert quotes["Our side has made its aims plain, and it will not step back from them."] == ids["Yuri Ushakov"]
    # A credit that is no person we know: no one.
    assert quotes["The river will rise again before spring."] is None


def test_a_family_name_opening_another_full_name_is_not_the_known_bearer(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Park Ji-hoon leads with 52%, ahead of his rival Kim Moon-soo, who stands at 40%.\n\n"
        "Kim conceded late on Tuesday.\n\n"
        "The mood in the capital was calm. Kim Hae-won, 70, said:\n"
        "“We need a quiet year after all this.”\n"))
    # "Kim" is the article's short name for Kim Moon-soo, but "Kim Hae-won" is someone else: no one we know
    # (main: Kim Moon-soo).
    assert quotes["We need a quiet year after all this."] in (None, ids.get("Kim Hae-won"))
