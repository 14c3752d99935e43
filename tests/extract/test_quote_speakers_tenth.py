"""Speaker classes from the "quotes10" helper's blind sets of the ninth session's second wave (a papal offer to
host talks, a diplomatic row between two capitals), on articles written for these tests: the prose and every
quotation are invented. Right, or unknown."""

from __future__ import annotations

from pathlib import Path

from helpers import quotes_of


def test_a_titled_subject_after_an_opening_phrase_of_time_is_the_subject(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Premier Ilse Marten has offered the town hall as a venue for the river talks.\n\n"
        "Secretary of State Piet Kruger arrived in the capital on Monday.\n\n"
        "Later in the day Secretary of State Piet Kruger said Premier Ilse Marten ‘means to offer the town hall "
        "for a meeting of both sides’.\n\n"
        "He added: ‘It is sad because we hoped for more. We are back at the start.’\n\n"
        "On Tuesday morning Cardinal Piet Kruger told reporters: ‘We pray for both sides.’\n"))
    # "in the day" is a phrase of its own: the titled name after it is the sentence's subject, not its object.
    assert quotes["means to offer the town hall for a meeting of both sides"] == ids["Piet Kruger"]
    assert quotes["We pray for both sides."] == ids["Piet Kruger"]
    # The subject of the sentence before, after its phrase of time; never the premier it speaks of (main gave her,
    # the one person it found there).
    assert quotes["It is sad because we hoped for more. We are back at the start."] == ids["Piet Kruger"]


def test_a_pronoun_after_a_sentence_closed_by_its_reporter_is_the_reporter(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Premier Ilse Marten has agreed to host the river talks, her office said on Monday.\n\n"
        "President Tomas Reker and a number of northern leaders discussed the plan in a call after Reker spoke "
        "with Chancellor Olaf Brandt, Marten said in a statement.\n\n"
        "She said “the offer of the lakeside town was judged warmly by all”.\n\n"
        "President Tomas Reker met Chancellor Olaf Brandt on Tuesday, Brandt told reporters.\n\n"
        "“We talked about the river for an hour,” he said.\n"))
    # ", Marten said in a statement." makes the sentence hers: "she" goes on with her report, not the president
    # its clause opens with (main gave him for both).
    assert quotes["the offer of the lakeside town was judged warmly by all"] == ids["Ilse Marten"]
    assert quotes["We talked about the river for an hour,"] == ids["Olaf Brandt"]


def test_a_newspaper_s_name_set_in_as_a_source_is_not_the_speaker(tmp_path: Path) -> None:
    quotes, _ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Premier Ilse Marten has offered the town hall as a venue for the river talks.\n\n"
        "Reporter Piet Kruger broke the story on Monday.\n\n"
        "A spokesperson for the town, as per Piet Kruger, said that the offer hopes to end a \"long and bitter "
        "quarrel\" and give an \"opening for calm\".\n"))
    # ", as per X," names whose report it is; the one who spoke, a spokesperson, is not named (main gave X).
    assert quotes["long and bitter quarrel"] is None
    assert quotes["opening for calm"] is None


def test_the_names_in_a_subject_s_inserted_past_are_not_the_speaker(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Pope Pius XIV has offered the abbey as a venue for the river talks.\n\n"
        "Pius, known as Cardinal Jan Brook until the electors chose him last week to follow the late Pope Gregory, "
        "urged calm in his first sermon at the abbey, sending a word to the two mayors and stressing that he was "
        "\"repeating the old plea for peace on the river.\"\n"))
    # The predecessor named inside ", known as … until the electors chose him to follow …," is not who stresses it
    # (main gave him); "Pius" alone is no one the article knows, so no one.
    assert quotes["repeating the old plea for peace on the river."] != ids["Pope Gregory"]
    assert quotes["repeating the old plea for peace on the river."] is None


def test_a_reporter_whose_title_says_she_is_not_he(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "President Tomas Reker will meet Chancellor Olaf Brandt on Friday, spokeswoman Anna Vogel told reporters.\n\n"
        "“It will be a long day on the river,” he said.\n\n"
        "President Tomas Reker met Chancellor Olaf Brandt on Tuesday, spokeswoman Anna Vogel told reporters.\n\n"
        "“They talked about the river for an hour,” she said.\n"))
    assert quotes["They talked about the river for an hour,"] == ids["Anna Vogel"]
    # "he" after her report: not the spokeswoman, and not plainly either man (no one, rather than a guess).
    assert quotes["It will be a long day on the river,"] not in (ids["Anna Vogel"], ids["Olaf Brandt"])



def test_a_name_after_with_and_a_country_s_initials_is_the_preposition_s_object(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "President Volodymyr Zelensky said on Saturday that the two sides had agreed to build more boats.\n\n"
        "About the phone talk on Monday with U.S. President Donald Trump, he told reporters: \"It was the best "
        "talk we have had so far.\"\n"))
    # "he" is Zelensky: the US president is only the object of "with" (main gave him).
    assert quotes["It was the best talk we have had so far."] == ids["Volodymyr Zelensky"]
