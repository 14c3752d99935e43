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
    # Never the premier his sentence speaks of (main gave her, the one person it found there).
    assert quotes["It is sad because we hoped for more. We are back at the start."] != ids["Ilse Marten"]


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

